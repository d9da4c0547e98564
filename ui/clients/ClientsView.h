// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/ViewPage.h"

class QTableView;

namespace Bureau
{

class ClientListModel;
class Database;

/** The client list, paged from the database and sorted in SQL. */
class ClientsView final : public ViewPage
{
    Q_OBJECT

public:
    explicit ClientsView(Database& database, QWidget* parent = nullptr);

    void refresh();
    QTableView* table() const { return m_table; }
    ClientListModel* model() const { return m_model; }

protected:
    void retranslateUi() override;

private:
    void updateEmptyState();

    ClientListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace Bureau

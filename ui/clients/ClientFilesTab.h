// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ClientRecords.h"
#include "ui/clients/ClientTab.h"

class QTreeWidget;

namespace Bureau
{

/**
 * Files attached to the client (contract, procedures): copied into Bureau's data folder, listed
 * with their original name, category, size and date, opened with the system's viewer.
 */
class ClientFilesTab final : public ClientTab
{
    Q_OBJECT

public:
    explicit ClientFilesTab(AppContext& context, QWidget* parent = nullptr);

    void reload() override;
    QTreeWidget* list() const { return m_list; }

    /** Copies @p path in as a file of the client; false (after saying why) when refused. */
    bool attachFile(const QString& path, ClientFile::Category category);
    void chooseAndAttach(ClientFile::Category category);
    void openFile(qint64 id);
    void setCategory(qint64 id, ClientFile::Category category);
    void removeFile(qint64 id);

protected:
    void retranslateUi() override;

private:
    void showMenu(const QPoint& position);
    void updateButtons();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
    QMenu* m_attachMenu = nullptr;
};

} // namespace Bureau

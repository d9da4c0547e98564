// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/clients/ClientTab.h"

class QCheckBox;
class QTreeWidget;

namespace Bureau
{

/** The client's tasks: open ones by due date, then done ones; add, edit, mark done, reopen, delete. */
class ClientTasksTab final : public ClientTab
{
    Q_OBJECT

public:
    explicit ClientTasksTab(AppContext& context, QWidget* parent = nullptr);

    void reload() override;
    QTreeWidget* list() const { return m_list; }
    QCheckBox* showDoneBox() const { return m_showDone; }

    qint64 addTask();
    void editTask(qint64 id);
    void toggleDone(qint64 id);
    void removeTask(qint64 id);

protected:
    void retranslateUi() override;

private:
    void showMenu(const QPoint& position);
    void updateButtons();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_done = nullptr;
    QCheckBox* m_showDone = nullptr;
};

} // namespace Bureau

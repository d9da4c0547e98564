// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientTasksTab.h"

#include "core/Clock.h"
#include "core/models/Roles.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/clients/TaskDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>

namespace Bureau
{

namespace
{
constexpr int DoneRole = Qt::UserRole + 10;

enum Column
{
    TitleColumn,
    StatusColumn,
    PriorityColumn,
    DueColumn,
    MissionColumn,
    ColumnCount
};
} // namespace

ClientTasksTab::ClientTasksTab(AppContext& context, QWidget* parent)
    : ClientTab(context, QStringLiteral("tasks"), parent)
{
    setObjectName(QStringLiteral("tasksTab"));
    m_edit = new QPushButton(this);
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("markDone"));
    m_showDone = new QCheckBox(this);
    m_showDone->setObjectName(QStringLiteral("showDone"));
    m_showDone->setChecked(true);
    actionsLayout()->insertWidget(1, m_edit);
    actionsLayout()->insertWidget(2, m_done);
    actionsLayout()->addWidget(m_showDone);

    m_list = ClientUi::createRecordList(this, QStringLiteral("taskList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setItemDelegateForColumn(StatusColumn, ClientUi::taskStatusDelegate(m_list));
    m_list->setItemDelegateForColumn(PriorityColumn, ClientUi::taskPriorityDelegate(m_list));
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(StatusColumn, 140);
    m_list->setColumnWidth(PriorityColumn, 100);
    m_list->setColumnWidth(DueColumn, 110);
    m_list->setColumnWidth(MissionColumn, 150);
    setContent(m_list);

    connect(addButton(), &QPushButton::clicked, this, [this] { addTask(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editTask(ClientUi::currentRecordId(m_list)); });
    connect(m_done, &QPushButton::clicked, this, [this] { toggleDone(ClientUi::currentRecordId(m_list)); });
    connect(m_showDone, &QCheckBox::toggled, this, &ClientTasksTab::reload);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { editTask(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ClientTasksTab::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ClientTasksTab::showMenu);
    retranslateUi();
}

void ClientTasksTab::reload()
{
    const qint64 current = ClientUi::currentRecordId(m_list);
    m_list->clear();
    if (client().id == 0) {
        showEmptyState(true);
        return;
    }
    auto tasks = TaskRepository(m_context.database).listForClient(client().id, m_showDone->isChecked());
    if (!tasks) {
        MessageBox::showError(this, tr("The tasks cannot be read"), tasks.error());
        return;
    }
    QHash<qint64, QString> missions;
    if (auto list = MissionRepository(m_context.database).listForClient(client().id)) {
        for (const Mission& mission : list.value())
            missions.insert(mission.id, mission.title);
    }
    const QDate today = m_context.clock.nowUtc().toTimeZone(ClientUi::userTimeZone(m_context.database)).date();
    const bool dark = Theme::isDark(palette());
    for (const Task& task : tasks.value()) {
        QTreeWidgetItem* item =
            ClientUi::addRecordRow(m_list,
                                   {task.title, Task::statusText(task.status), Task::priorityText(task.priority),
                                    ClientUi::formatDate(task.dueOn), missions.value(task.missionId)},
                                   task.id);
        item->setData(StatusColumn, RawValueRole, Task::statusKey(task.status));
        item->setData(PriorityColumn, RawValueRole, Task::priorityKey(task.priority));
        const bool done = task.status == Task::Status::Done;
        item->setData(0, DoneRole, done);
        if (done) {
            // Done tasks read as such: struck out and muted.
            QFont struck = item->font(TitleColumn);
            struck.setStrikeOut(true);
            item->setFont(TitleColumn, struck);
            QColor muted = palette().color(QPalette::Text);
            muted.setAlphaF(0.55f);
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, muted);
        } else if (task.dueOn.isValid() && task.dueOn < today) {
            item->setForeground(DueColumn, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
            item->setToolTip(DueColumn, tr("Overdue since %1").arg(ClientUi::formatDate(task.dueOn)));
        }
        if (task.id == current)
            m_list->setCurrentItem(item);
    }
    showEmptyState(m_list->topLevelItemCount() == 0 && m_showDone->isChecked());
    updateButtons();
}

qint64 ClientTasksTab::addTask()
{
    Task task;
    task.clientId = client().id;
    const QDate today = m_context.clock.nowUtc().toTimeZone(ClientUi::userTimeZone(m_context.database)).date();
    TaskDialog dialog(m_context.database, client(), task, today, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    reload();
    emit changed();
    return dialog.saved().id;
}

void ClientTasksTab::editTask(qint64 id)
{
    if (id == 0)
        return;
    auto task = TaskRepository(m_context.database).find(id);
    if (!task) {
        MessageBox::showError(this, tr("The task cannot be read"), task.error());
        return;
    }
    const QDate today = m_context.clock.nowUtc().toTimeZone(ClientUi::userTimeZone(m_context.database)).date();
    TaskDialog dialog(m_context.database, client(), task.value(), today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void ClientTasksTab::toggleDone(qint64 id)
{
    if (id == 0)
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool done = item && item->data(0, DoneRole).toBool();
    TaskRepository repository(m_context.database);
    auto result = done ? repository.reopen(id) : repository.markDone(id);
    if (!result) {
        MessageBox::showError(this, tr("The task cannot be changed"), result.error());
        return;
    }
    reload();
    emit changed();
}

void ClientTasksTab::removeTask(qint64 id)
{
    const auto answer = MessageBox::question(this, tr("Delete task"), tr("Delete this task for good?"),
                                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = TaskRepository(m_context.database).remove(id); !removed) {
        MessageBox::showError(this, tr("The task cannot be deleted"), removed.error());
        return;
    }
    reload();
    emit changed();
}

void ClientTasksTab::showMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_list->itemAt(position);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, [this, id] { editTask(id); });
    menu.addAction(item->data(0, DoneRole).toBool() ? tr("Reopen") : tr("Mark done"), this,
                   [this, id] { toggleDone(id); });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, id] { removeTask(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ClientTasksTab::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_edit->setEnabled(item);
    m_done->setEnabled(item);
    m_done->setText(item && item->data(0, DoneRole).toBool() ? tr("Reopen") : tr("Mark done"));
}

void ClientTasksTab::retranslateUi()
{
    setTexts(tr("Add task"), tr("Nothing to do for this client"), tr("What you owe this client, with its due date."));
    m_edit->setText(tr("Edit…"));
    m_showDone->setText(tr("Show done tasks"));
    m_list->setHeaderLabels({tr("Task"), tr("Status"), tr("Priority"), tr("Due"), tr("Mission")});
    updateButtons();
    if (client().id != 0)
        reload();
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/TaskDialog.h"

#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Bureau
{

namespace
{
using Field = Task::Field;
const QString kStatus = QStringLiteral("status");
const QString kPriority = QStringLiteral("priority");
const QString kDue = QStringLiteral("dueOn");
} // namespace

TaskDialog::TaskDialog(Database& database, const Client& client, const Task& task, const QDate& today, QWidget* parent)
    : RecordDialog(parent)
    , m_db(database)
    , m_client(client)
    , m_base(task)
{
    setObjectName(QStringLiteral("taskDialog"));
    QWidget* body = formWidget();
    m_title = new QLineEdit(task.title, body);
    rows()->addRow(QString(Field::title), m_title);

    m_mission = new QComboBox(body);
    m_mission->addItem(QString(), qint64(0));
    if (auto missions = MissionRepository(m_db).listForClient(client.id)) {
        for (const Mission& mission : missions.value())
            m_mission->addItem(mission.title, mission.id);
    }
    m_mission->setCurrentIndex(std::max(0, m_mission->findData(task.missionId)));
    rows()->addRow(QString(Field::mission), m_mission, nullptr, false, 340);

    m_status = new QComboBox(body);
    for (const auto status :
         {Task::Status::Todo, Task::Status::InProgress, Task::Status::WaitingOnClient, Task::Status::Done})
        m_status->addItem(Task::statusText(status), Task::statusKey(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(Task::statusKey(task.status))));
    rows()->addRow(kStatus, m_status, nullptr, false, 240);

    m_priority = new QComboBox(body);
    for (const auto priority :
         {Task::Priority::Low, Task::Priority::Normal, Task::Priority::High, Task::Priority::Urgent})
        m_priority->addItem(Task::priorityText(priority), Task::priorityKey(priority));
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(Task::priorityKey(task.priority))));
    rows()->addRow(kPriority, m_priority, nullptr, false, 240);

    auto* due = new QWidget(body);
    auto* dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->setSpacing(8);
    m_hasDue = new QCheckBox(due);
    m_due = new QDateEdit(task.dueOn.isValid() ? task.dueOn : today.addDays(7), due);
    m_due->setObjectName(QStringLiteral("dueDate"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_hasDue->setChecked(task.dueOn.isValid());
    m_due->setEnabled(task.dueOn.isValid());
    dueLayout->addWidget(m_hasDue);
    dueLayout->addWidget(m_due);
    dueLayout->addStretch(1);
    rows()->addRow(kDue, m_hasDue, due);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);

    m_notes = new QPlainTextEdit(task.notes, body);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(96);
    rows()->addRow(QString(Field::notes), m_notes);
    rows()->setCheck([this] { return FormRows::firstErrors(this->task().validate()); });
    retranslateUi();
    fitToContent(560);
}

Task TaskDialog::task() const
{
    Task task = m_base;
    task.clientId = m_client.id;
    task.title = m_title->text();
    task.missionId = m_mission->currentData().toLongLong();
    task.status = Task::statusFromKey(m_status->currentData().toString()).value_or(Task::Status::Todo);
    task.priority = Task::priorityFromKey(m_priority->currentData().toString()).value_or(Task::Priority::Normal);
    task.dueOn = m_hasDue->isChecked() ? m_due->date() : QDate();
    task.notes = m_notes->toPlainText();
    return task;
}

bool TaskDialog::save()
{
    TaskRepository repository(m_db);
    const Task typed = task();
    auto saved = typed.id == 0 ? repository.add(typed) : repository.update(typed);
    if (!saved) {
        MessageBox::showError(this, tr("The task cannot be saved"), saved.error());
        return false;
    }
    m_saved = saved.value();
    return true;
}

void TaskDialog::retranslateUi()
{
    setHeading(m_base.id == 0 ? tr("New task for %1").arg(m_client.name) : tr("Edit task"));
    setSaveText(m_base.id == 0 ? tr("Add task") : tr("Save changes"));
    rows()->setLabelText(QString(Field::title), tr("&Task:"));
    rows()->setLabelText(QString(Field::mission), tr("&Mission:"));
    rows()->setLabelText(kStatus, tr("&Status:"));
    rows()->setLabelText(kPriority, tr("&Priority:"));
    rows()->setLabelText(kDue, tr("&Due:"));
    rows()->setLabelText(QString(Field::notes), tr("N&otes:"));
    m_title->setPlaceholderText(tr("e.g. Send the monthly invoices"));
    m_mission->setItemText(0, tr("No mission"));
    m_hasDue->setText(tr("Due on"));
}

} // namespace Bureau

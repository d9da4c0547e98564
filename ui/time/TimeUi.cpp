// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/time/TimeUi.h"

#include "core/domain/ClientRecords.h"
#include "core/domain/Duration.h"
#include "core/models/ClientListModel.h"
#include "core/models/Roles.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TimeEntryRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/shell/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QSet>

namespace Bureau::TimeUi
{

QList<ClientChoice> clientChoices(Database& database, int recentCount, qint64 alsoId)
{
    QList<ClientChoice> choices;
    QSet<qint64> listed;
    ClientRepository clients(database);
    if (recentCount > 0) {
        if (auto recent = TimeEntryRepository(database).recentClientIds(recentCount)) {
            for (const qint64 id : recent.value()) {
                auto client = clients.load(id);
                if (!client || client->archived)
                    continue;
                choices << ClientChoice{id, client->name, true};
                listed.insert(id);
            }
        }
    }
    // The active clients, by name: the list model reads them a page at a time, without loading each.
    ClientListModel active(database);
    active.setStatusFilter(QStringLiteral("active"));
    while (active.canFetchMore({}))
        active.fetchMore({});
    QList<ClientChoice> others;
    for (int row = 0; row < active.rowCount(); ++row) {
        const QModelIndex index = active.index(row, ClientListModel::Name);
        const qint64 id = index.data(IdRole).toLongLong();
        if (!listed.contains(id)) {
            others << ClientChoice{id, index.data().toString(), false};
            listed.insert(id);
        }
    }
    if (alsoId > 0 && !listed.contains(alsoId)) {
        if (auto client = clients.load(alsoId))
            others << ClientChoice{alsoId, client->name, false};
    }
    return choices + others;
}

void makeSearchable(QComboBox* picker)
{
    picker->setEditable(true);
    picker->setInsertPolicy(QComboBox::NoInsert);
    QCompleter* completer = picker->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
}

void fillClientPicker(QComboBox* picker, const QList<ClientChoice>& choices, qint64 selected)
{
    const QSignalBlocker blocker(picker);
    picker->clear();
    bool hadRecent = false;
    for (const ClientChoice& choice : choices) {
        if (hadRecent && !choice.recent) {
            picker->insertSeparator(picker->count());
            hadRecent = false;
        }
        picker->addItem(choice.name, choice.id);
        hadRecent = hadRecent || choice.recent;
    }
    selectId(picker, selected);
}

qint64 pickedId(const QComboBox* picker)
{
    const QString text = picker->isEditable() ? picker->currentText().trimmed() : picker->currentText();
    if (picker->currentIndex() >= 0 && picker->itemText(picker->currentIndex()) == text)
        return picker->currentData().toLongLong();
    const int index = picker->findText(text, Qt::MatchFixedString);
    return index >= 0 ? picker->itemData(index).toLongLong() : 0;
}

void selectId(QComboBox* picker, qint64 id)
{
    const int index = id > 0 ? picker->findData(id) : -1;
    picker->setCurrentIndex(index);
    if (index < 0 && picker->isEditable())
        picker->setEditText(QString());
}

int fillMissionPicker(QComboBox* picker, Database& database, qint64 clientId, qint64 keepId)
{
    const QSignalBlocker blocker(picker);
    picker->clear();
    picker->addItem(QCoreApplication::translate("TimeUi", "No mission"), qint64(0));
    int count = 0;
    if (clientId > 0) {
        if (auto missions = MissionRepository(database).listForClient(clientId)) {
            for (const Mission& mission : missions.value()) {
                if (mission.status == Mission::Status::Ended && mission.id != keepId)
                    continue;
                picker->addItem(mission.title, mission.id);
                ++count;
            }
        }
    }
    picker->setCurrentIndex(std::max(0, picker->findData(keepId)));
    return count;
}

int fillTaskPicker(QComboBox* picker, Database& database, qint64 clientId, qint64 keepId)
{
    const QSignalBlocker blocker(picker);
    picker->clear();
    picker->addItem(QCoreApplication::translate("TimeUi", "No task"), qint64(0));
    int count = 0;
    if (clientId > 0) {
        if (auto tasks = TaskRepository(database).listForClient(clientId, true)) {
            for (const Task& task : tasks.value()) {
                if (task.status == Task::Status::Done && task.id != keepId)
                    continue;
                picker->addItem(task.title, task.id);
                ++count;
            }
        }
    }
    picker->setCurrentIndex(std::max(0, picker->findData(keepId)));
    return count;
}

QString styleSheet(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = Theme::isDark(palette);
    const QColor border = dark ? window.lighter(150) : window.darker(118);
    QColor muted = palette.color(QPalette::WindowText);
    muted.setAlpha(185);
    QColor selected = Theme::accent(palette);
    selected.setAlpha(dark ? 90 : 46);
    const auto rgba = [](const QColor& c) {
        return QStringLiteral("rgba(%1, %2, %3, %4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
    };
    return ClientUi::listStyleSheet(palette) + QStringLiteral(R"css(
QTableView#timesheetTable, QTableView#entryTable, QTreeView#dayEntries {
    border: 1px solid %1;
    background: %2;
    selection-background-color: %4;
    selection-color: %5;
}
QTableView#timesheetTable QHeaderView::section, QTableView#entryTable QHeaderView::section {
    background: %2;
    color: %3;
    border: none;
    border-bottom: 1px solid %1;
    padding: 6px 4px;
    font-weight: 600;
}
QWidget#timeModeSwitch QToolButton {
    border: 1px solid %1;
    background: %2;
    padding: 5px 16px;
}
QWidget#timeModeSwitch QToolButton#weekMode { border-top-left-radius: 6px; border-bottom-left-radius: 6px; }
QWidget#timeModeSwitch QToolButton#dayMode { border-left: none; border-right: none; }
QWidget#timeModeSwitch QToolButton#allMode { border-top-right-radius: 6px; border-bottom-right-radius: 6px; }
QWidget#timeModeSwitch QToolButton:checked { background: %4; color: %5; font-weight: 600; }
QWidget#timeModeSwitch QToolButton:hover:!checked { background: %6; }
)css")
        .arg(border.name(), palette.color(QPalette::Base).name(), rgba(muted), rgba(selected),
             palette.color(QPalette::Text).name(), palette.color(QPalette::AlternateBase).name());
}

QString formatMinutes(qint64 minutes)
{
    return Duration::fromMinutes(minutes).format(QLocale());
}

QString formatElapsed(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    const QLocale locale;
    return QCoreApplication::translate("TimeUi", "%1:%2:%3", "elapsed hours:minutes:seconds")
        .arg(locale.toString(seconds / 3600))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Bureau::TimeUi

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/time/TimeEntryDialog.h"

#include "core/Clock.h"
#include "core/services/PackageUsage.h"
#include "core/services/TimeTracker.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/TimeEntryRepository.h"
#include "ui/time/TimeUi.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace Bureau
{

namespace
{
using Field = TimeEntry::Field;
const QString kBillable = QStringLiteral("billable");
constexpr qint64 kMinuteMs = 60000;
} // namespace

TimeEntryDialog::TimeEntryDialog(Database& database, TimeTracker& tracker, const TimeEntry& entry, QWidget* parent)
    : RecordDialog(parent)
    , m_db(database)
    , m_tracker(tracker)
    , m_base(entry)
    , m_calendar(LocalCalendar::forDatabase(database))
{
    setObjectName(QStringLiteral("timeEntryDialog"));
    QWidget* body = formWidget();

    m_client = new QComboBox(body);
    m_client->setObjectName(QStringLiteral("entryClient"));
    TimeUi::makeSearchable(m_client);
    TimeUi::fillClientPicker(m_client, TimeUi::clientChoices(database, 5, entry.clientId), entry.clientId);
    rows()->addRow(QString(Field::client), m_client, nullptr, false, 340);

    m_mission = new QComboBox(body);
    m_mission->setObjectName(QStringLiteral("entryMission"));
    rows()->addRow(QString(Field::mission), m_mission, nullptr, true, 340);
    m_task = new QComboBox(body);
    m_task->setObjectName(QStringLiteral("entryTask"));
    rows()->addRow(QString(Field::task), m_task, nullptr, false, 340);

    m_description = new QLineEdit(entry.description, body);
    m_description->setObjectName(QStringLiteral("entryDescription"));
    m_description->setMaxLength(TimeEntry::kMaxDescriptionLength);
    rows()->addRow(QString(Field::description), m_description);

    // The day, the start and the end on one row; the duration under it, kept in step.
    const qint64 now = database.clock().nowMs();
    const qint64 start = entry.startedAtMs > 0 ? entry.startedAtMs : m_calendar.toUtcMs(m_calendar.dayOf(now), QTime(9, 0));
    const qint64 minutes = entry.startedAtMs > 0 ? entry.minutes : 60;
    auto* when = new QWidget(body);
    auto* whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->setSpacing(8);
    m_date = new QDateEdit(m_calendar.toLocal(start).date(), when);
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_start = new QTimeEdit(m_calendar.toLocal(start).time(), when);
    m_start->setObjectName(QStringLiteral("entryStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_to = new QLabel(when);
    m_end = new QTimeEdit(m_calendar.toLocal(start + minutes * kMinuteMs).time(), when);
    m_end->setObjectName(QStringLiteral("entryEnd"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    whenLayout->addWidget(m_date);
    whenLayout->addSpacing(8);
    whenLayout->addWidget(m_start);
    whenLayout->addWidget(m_to);
    whenLayout->addWidget(m_end);
    whenLayout->addStretch(1);
    rows()->addRow(QString(Field::start), m_date, when);
    rows()->watch(QString(Field::start), m_start);
    rows()->watch(QString(Field::start), m_end);

    m_duration = new QLineEdit(TimeUi::formatMinutes(minutes), body);
    m_duration->setObjectName(QStringLiteral("entryDuration"));
    rows()->addRow(QString(Field::duration), m_duration, nullptr, true, 160);

    m_billable = new QCheckBox(body);
    m_billable->setObjectName(QStringLiteral("entryBillable"));
    m_billable->setChecked(entry.billable);
    rows()->addRow(kBillable, m_billable);

    m_notes = new QPlainTextEdit(entry.notes, body);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(80);
    rows()->addRow(QString(Field::notes), m_notes);

    m_overlap = new QLabel(body);
    m_overlap->setObjectName(QStringLiteral("overlapWarning"));
    m_overlap->setWordWrap(true);
    m_overlap->setStyleSheet(QStringLiteral("QLabel { background: rgba(230, 150, 20, 0.14); border-radius: 6px;"
                                            " padding: 8px; }"));
    m_overlap->hide();
    formLayout()->addRow(m_overlap);

    clientChanged();
    m_mission->setCurrentIndex(std::max(0, m_mission->findData(entry.missionId)));
    m_task->setCurrentIndex(std::max(0, m_task->findData(entry.taskId)));

    connect(m_client, &QComboBox::currentIndexChanged, this, &TimeEntryDialog::clientChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &TimeEntryDialog::checkOverlaps);
    connect(m_date, &QDateEdit::dateChanged, this, &TimeEntryDialog::updatePackageHint);
    connect(m_mission, &QComboBox::currentIndexChanged, this, &TimeEntryDialog::updatePackageHint);
    connect(m_start, &QTimeEdit::timeChanged, this, &TimeEntryDialog::startChanged);
    connect(m_end, &QTimeEdit::timeChanged, this, &TimeEntryDialog::endChanged);
    connect(m_duration, &QLineEdit::textEdited, this, &TimeEntryDialog::durationEdited);

    rows()->setCheck([this] {
        QHash<QString, QString> errors;
        if (TimeUi::pickedId(m_client) <= 0)
            errors.insert(QString(Field::client), tr("Choose the client this time is for."));
        auto parsed = Duration::parse(m_duration->text());
        if (!parsed)
            errors.insert(QString(Field::duration), parsed.error().message);
        const auto validation = FormRows::firstErrors(this->entry().validate());
        for (auto it = validation.cbegin(); it != validation.cend(); ++it) {
            // The end is on the start's row; the client check above says it better.
            const QString key = it.key() == Field::end ? QString(Field::start) : it.key();
            if (!errors.contains(key) && !(it.key() == Field::end && !parsed))
                errors.insert(key, it.value());
        }
        return errors;
    });
    retranslateUi();
    checkOverlaps();
    updatePackageHint();
    fitToContent(600);
}

qint64 TimeEntryDialog::startMs() const
{
    return m_calendar.toUtcMs(m_date->date(), m_start->time());
}

std::optional<qint64> TimeEntryDialog::typedMinutes() const
{
    auto parsed = Duration::parse(m_duration->text());
    if (!parsed)
        return std::nullopt;
    return parsed->minutes();
}

TimeEntry TimeEntryDialog::entry() const
{
    TimeEntry entry = m_base;
    entry.clientId = TimeUi::pickedId(m_client);
    entry.missionId = m_mission->currentData().toLongLong();
    entry.taskId = m_task->currentData().toLongLong();
    entry.description = m_description->text().trimmed();
    entry.notes = m_notes->toPlainText();
    entry.startedAtMs = startMs();
    const qint64 minutes = typedMinutes().value_or(0);
    entry.minutes = minutes;
    entry.endedAtMs = entry.startedAtMs + minutes * kMinuteMs;
    entry.billable = m_billable->isChecked();
    return entry;
}

void TimeEntryDialog::clientChanged()
{
    const qint64 clientId = TimeUi::pickedId(m_client);
    const qint64 keepMission = clientId == m_base.clientId ? m_base.missionId : 0;
    const qint64 keepTask = clientId == m_base.clientId ? m_base.taskId : 0;
    rows()->setRowVisible(QString(Field::mission), TimeUi::fillMissionPicker(m_mission, m_db, clientId, keepMission) > 0);
    rows()->setRowVisible(QString(Field::task), TimeUi::fillTaskPicker(m_task, m_db, clientId, keepTask) > 0);
    if (m_base.id == 0 && clientId > 0) {
        // A new entry is billable unless the client is billed nothing by the hour... which the
        // invoice decides: billable by default.
        m_billable->setChecked(true);
    }
}

void TimeEntryDialog::updatePackageHint()
{
    // A monthly package: how much of it the month has used (nothing for other missions).
    const qint64 missionId = m_mission->currentData().toLongLong();
    QString hint;
    if (missionId > 0) {
        if (auto month = PackageUsage(m_db).forMission(missionId, m_date->date()))
            hint = PackageUsage::describe(month.value(), QLocale());
    }
    rows()->setHint(QString(Field::mission), hint);
}

void TimeEntryDialog::startChanged()
{
    // The duration stays; the end moves with the start.
    if (const auto minutes = typedMinutes()) {
        const QSignalBlocker blocker(m_end);
        m_end->setTime(m_calendar.toLocal(startMs() + *minutes * kMinuteMs).time());
    }
    checkOverlaps();
}

void TimeEntryDialog::endChanged()
{
    // An end at or before the start is on the next day.
    const QDate endDay = m_end->time() <= m_start->time() ? m_date->date().addDays(1) : m_date->date();
    const qint64 endMs = m_calendar.toUtcMs(endDay, m_end->time());
    m_duration->setText(TimeUi::formatMinutes(TimeEntry::minutesBetween(startMs(), endMs)));
    rows()->edited(QString(Field::duration));
    checkOverlaps();
}

void TimeEntryDialog::durationEdited()
{
    if (const auto minutes = typedMinutes()) {
        const QSignalBlocker blocker(m_end);
        m_end->setTime(m_calendar.toLocal(startMs() + *minutes * kMinuteMs).time());
    }
    checkOverlaps();
}

void TimeEntryDialog::checkOverlaps()
{
    const auto minutes = typedMinutes();
    QList<TimeEntry> overlaps;
    if (minutes && *minutes > 0) {
        const qint64 start = startMs();
        auto found = TimeEntryRepository(m_db).overlapping(start, start + *minutes * kMinuteMs, m_db.clock().nowMs(),
                                                            m_base.id);
        if (found)
            overlaps = found.value();
    }
    QList<qint64> ids;
    QStringList lines;
    ClientRepository clients(m_db);
    for (const TimeEntry& other : overlaps) {
        ids << other.id;
        if (lines.size() >= 3)
            continue;
        QString name;
        if (auto client = clients.load(other.clientId))
            name = client->name;
        const QString from = QLocale().toString(m_calendar.toLocal(other.startedAtMs).time(), QLocale::ShortFormat);
        const QString to = other.isRunning()
                               ? tr("now", "an overlapping running entry's end")
                               : QLocale().toString(m_calendar.toLocal(other.endedAtMs).time(), QLocale::ShortFormat);
        lines << tr("%1, %2–%3", "overlapping entry: client, start–end").arg(name, from, to);
    }
    m_overlapIds = ids;
    if (overlaps.isEmpty()) {
        m_overlap->hide();
    } else {
        m_overlap->setText(tr("This time overlaps %n other entry(ies): %1. You can still save it.", "",
                              int(overlaps.size()))
                               .arg(lines.join(QStringLiteral("; "))));
        m_overlap->show();
    }
    retranslateUi();
}

bool TimeEntryDialog::save()
{
    const TimeEntry typed = entry();
    auto saved = typed.id == 0 ? m_tracker.add(typed) : m_tracker.update(typed);
    if (!saved) {
        MessageBox::showError(this, tr("The time cannot be saved"), saved.error());
        return false;
    }
    m_saved = saved->entry;
    return true;
}

void TimeEntryDialog::retranslateUi()
{
    setHeading(m_base.id == 0 ? tr("Add time") : tr("Edit time"));
    setSaveText(!m_overlapIds.isEmpty() ? tr("Save anyway") : (m_base.id == 0 ? tr("Add time") : tr("Save changes")));
    rows()->setLabelText(QString(Field::client), tr("&Client:"));
    rows()->setLabelText(QString(Field::mission), tr("&Mission:"));
    rows()->setLabelText(QString(Field::task), tr("&Task:"));
    rows()->setLabelText(QString(Field::description), tr("&Description:"));
    rows()->setLabelText(QString(Field::start), tr("D&ate:"));
    rows()->setLabelText(QString(Field::duration), tr("D&uration:"));
    rows()->setLabelText(kBillable, QString());
    rows()->setLabelText(QString(Field::notes), tr("N&otes:"));
    rows()->setHint(QString(Field::duration), tr("For example 1h30, 1:30, 90m or 1,5 (a number alone is hours)."));
    m_to->setText(tr("to", "from a start time to an end time"));
    m_billable->setText(tr("&Billable"));
    m_description->setPlaceholderText(tr("What was done"));
    m_client->lineEdit()->setPlaceholderText(tr("Client…"));
    if (m_mission->count() > 0)
        m_mission->setItemText(0, QCoreApplication::translate("TimeUi", "No mission"));
    if (m_task->count() > 0)
        m_task->setItemText(0, QCoreApplication::translate("TimeUi", "No task"));
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/TimeTracker.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/TimeEntryRepository.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <algorithm>
#include <cstdlib>

namespace Bureau
{

namespace
{

constexpr qint64 kMinuteMs = 60000;

bool byStart(const TimeEntry& a, const TimeEntry& b)
{
    return a.startedAtMs < b.startedAtMs || (a.startedAtMs == b.startedAtMs && a.id < b.id);
}

QString clientName(const Database& db, qint64 clientId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name FROM clients WHERE id = ?"));
    query.addBindValue(clientId);
    QString name;
    if (query.exec() && query.next())
        name = query.value(0).toString();
    query.finish();
    return name;
}

/** A start time for people: "09:15" today, else with its date, in the user's zone. */
QString localStart(const LocalCalendar& calendar, qint64 startMs, qint64 nowMs)
{
    const QDateTime local = calendar.toLocal(startMs);
    const QLocale locale;
    if (local.date() == calendar.dayOf(nowMs))
        return locale.toString(local.time(), QLocale::ShortFormat);
    return QString(locale.toString(local.date(), QLocale::ShortFormat) + u' '
                   + locale.toString(local.time(), QLocale::ShortFormat));
}

QString dayText(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

TimeTracker::TimeTracker(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
{
}

Result<std::optional<TimeEntry>> TimeTracker::running() const
{
    return TimeEntryRepository(m_db).running();
}

bool TimeTracker::hasRunTooLong(const TimeEntry& entry) const
{
    return entry.isRunning() && entry.elapsedMs(m_db.clock().nowMs()) > TimeEntry::kLongRunningMs;
}

namespace
{

/** The refusal of a second timer: names the running one's client and local start. */
Error alreadyRunning(const Database& db, const TimeEntry& timer, qint64 nowMs)
{
    return Error::make(
        Error::Kind::Conflict,
        TimeTracker::tr("A timer is already running for %1 since %2: stop it, or switch to the new "
                        "client.")
            .arg(clientName(db, timer.clientId), localStart(LocalCalendar::forDatabase(db), timer.startedAtMs, nowMs)),
        QStringLiteral("time entry %1 running").arg(timer.id));
}

TimeEntry newTimer(const TimeTracker::StartRequest& request, qint64 nowMs)
{
    TimeEntry entry;
    entry.clientId = request.clientId;
    entry.missionId = request.missionId;
    entry.taskId = request.taskId;
    entry.description = request.description;
    entry.billable = request.billable;
    entry.startedAtMs = nowMs;
    return entry;
}

/** Stops @p timer at @p atMs inside the caller's transaction, with the checks of stop(). */
Result<TimeEntry> stopTimer(Database& db, TimeEntryRepository& repository, const TimeEntry& timer, qint64 atMs,
                            bool endGiven)
{
    const qint64 now = db.clock().nowMs();
    if (atMs < timer.startedAtMs)
        return Error::make(Error::Kind::Invalid,
                           TimeTracker::tr("The timer cannot stop before it started (%1).")
                               .arg(localStart(LocalCalendar::forDatabase(db), timer.startedAtMs, now)),
                           QStringLiteral("stop %1 before start %2").arg(atMs).arg(timer.startedAtMs));
    if (atMs > now)
        return Error::make(Error::Kind::Invalid, TimeTracker::tr("The timer cannot stop in the future."),
                           QStringLiteral("stop %1 after now %2").arg(atMs).arg(now));
    if (TimeEntry::minutesBetween(timer.startedAtMs, atMs) > TimeEntry::kMaxMinutes) {
        const QString since = localStart(LocalCalendar::forDatabase(db), timer.startedAtMs, now);
        return Error::make(Error::Kind::Invalid,
                           endGiven ? TimeTracker::tr("The timer started at %1: an entry lasts at most 24 hours. Give "
                                                      "an end within a day of its start.")
                                          .arg(since)
                                    : TimeTracker::tr("The timer has been running since %1, more than 24 hours: say "
                                                      "when the work ended, or discard the timer.")
                                          .arg(since),
                           QStringLiteral("time entry %1 over 24 h").arg(timer.id));
    }
    TimeEntry stopped = timer;
    stopped.endedAtMs = atMs;
    return repository.updateInTransaction(stopped);
}

} // namespace

Result<TimeEntry> TimeTracker::start(const StartRequest& request)
{
    TimeEntryRepository repository(m_db);
    TimeEntry started;
    Status written = m_db.write([&]() -> Status {
        const qint64 now = m_db.clock().nowMs();
        auto current = repository.running();
        if (!current)
            return current.error();
        if (current->has_value())
            return alreadyRunning(m_db, **current, now);
        auto added = repository.addInTransaction(newTimer(request, now));
        if (!added)
            return added.error();
        started = added.value();
        return {};
    });
    if (!written)
        return written.error();
    emit entriesChanged();
    emit runningChanged();
    return started;
}

Result<TimeTracker::Saved> TimeTracker::stop(std::optional<qint64> atMs)
{
    TimeEntryRepository repository(m_db);
    Saved saved;
    Status written = m_db.write([&]() -> Status {
        const qint64 now = m_db.clock().nowMs();
        auto current = repository.running();
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error::make(Error::Kind::NotFound, tr("No timer is running."));
        auto stopped = stopTimer(m_db, repository, **current, atMs.value_or(now), atMs.has_value());
        if (!stopped)
            return stopped.error();
        saved.entry = stopped.value();
        auto overlaps = repository.overlapping(saved.entry.startedAtMs, saved.entry.endedAtMs, now, saved.entry.id);
        if (!overlaps)
            return overlaps.error();
        saved.overlaps = overlaps.value();
        return {};
    });
    if (!written)
        return written.error();
    emit entriesChanged();
    emit runningChanged();
    return saved;
}

Result<TimeTracker::Switched> TimeTracker::switchTo(const StartRequest& request)
{
    TimeEntryRepository repository(m_db);
    Switched switched;
    Status written = m_db.write([&]() -> Status {
        const qint64 now = m_db.clock().nowMs();
        auto current = repository.running();
        if (!current)
            return current.error();
        if (current->has_value()) {
            // The stopped entry ends exactly when the next one starts.
            auto stopped = stopTimer(m_db, repository, **current, now, false);
            if (!stopped)
                return stopped.error();
            switched.stopped = stopped.value();
        }
        auto added = repository.addInTransaction(newTimer(request, now));
        if (!added)
            return added.error();
        switched.started = added.value();
        return {};
    });
    if (!written)
        return written.error();
    emit entriesChanged();
    emit runningChanged();
    return switched;
}

Status TimeTracker::discardRunning()
{
    TimeEntryRepository repository(m_db);
    Status written = m_db.write([&]() -> Status {
        auto current = repository.running();
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error::make(Error::Kind::NotFound, tr("No timer is running."));
        return repository.removeInTransaction((*current)->id);
    });
    if (!written)
        return written;
    emit entriesChanged();
    emit runningChanged();
    return {};
}

Result<TimeTracker::Saved> TimeTracker::add(const TimeEntry& entry)
{
    if (entry.endedAtMs == 0)
        return Error::make(Error::Kind::Invalid,
                           tr("The time entry was not saved: give its end or its duration (use the timer to "
                              "record time as it runs)."),
                           QStringLiteral("manual entry without an end"));
    TimeEntryRepository repository(m_db);
    Saved saved;
    Status written = m_db.write([&]() -> Status {
        TimeEntry row = entry;
        row.id = 0;
        auto added = repository.addInTransaction(row);
        if (!added)
            return added.error();
        saved.entry = added.value();
        auto overlaps = repository.overlapping(saved.entry.startedAtMs, saved.entry.endedAtMs, m_db.clock().nowMs(),
                                               saved.entry.id);
        if (!overlaps)
            return overlaps.error();
        saved.overlaps = overlaps.value();
        return {};
    });
    if (!written)
        return written.error();
    emit entriesChanged();
    return saved;
}

Result<TimeTracker::Saved> TimeTracker::update(const TimeEntry& entry)
{
    TimeEntryRepository repository(m_db);
    Saved saved;
    bool timerChanged = false;
    Status written = m_db.write([&]() -> Status {
        const qint64 now = m_db.clock().nowMs();
        auto existing = repository.find(entry.id);
        if (!existing)
            return existing.error();
        auto updated = repository.updateInTransaction(entry);
        if (!updated)
            return updated.error();
        saved.entry = updated.value();
        timerChanged = existing->isRunning() || saved.entry.isRunning();
        const qint64 end = saved.entry.isRunning() ? std::max(now, saved.entry.startedAtMs) : saved.entry.endedAtMs;
        auto overlaps = repository.overlapping(saved.entry.startedAtMs, end, now, saved.entry.id);
        if (!overlaps)
            return overlaps.error();
        saved.overlaps = overlaps.value();
        return {};
    });
    if (!written)
        return written.error();
    emit entriesChanged();
    if (timerChanged)
        emit runningChanged();
    return saved;
}

Status TimeTracker::remove(qint64 id)
{
    return remove(QList<qint64>{id});
}

Status TimeTracker::remove(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return {};
    TimeEntryRepository repository(m_db);
    bool timerRemoved = false;
    Status written = m_db.write([&]() -> Status {
        QSet<qint64> done;
        for (const qint64 id : ids) {
            if (done.contains(id))
                continue;
            done.insert(id);
            auto existing = repository.find(id);
            if (!existing)
                return existing.error();
            timerRemoved = timerRemoved || existing->isRunning();
            if (Status removed = repository.removeInTransaction(id); !removed)
                return removed;
        }
        return {};
    });
    if (!written)
        return written;
    emit entriesChanged();
    if (timerRemoved)
        emit runningChanged();
    return {};
}

namespace
{

/** Split and merge change finished entries that are on no invoice: says why @p entry is not one. */
Status checkEditable(const TimeEntry& entry)
{
    if (entry.isRunning())
        return Error::make(Error::Kind::Conflict,
                           TimeTracker::tr("The timer of %1 is still running: stop it first.").arg(dayText(entry.day)),
                           QStringLiteral("time entry %1 running").arg(entry.id));
    if (entry.locked)
        return Error::make(
            Error::Kind::Conflict,
            TimeTracker::tr("The time entry of %1 is invoiced and can no longer be changed.").arg(dayText(entry.day)),
            QStringLiteral("time entry %1 locked").arg(entry.id));
    if (entry.documentId > 0)
        return Error::make(Error::Kind::Conflict,
                           TimeTracker::tr("The time entry of %1 is on a draft invoice: remove it from the invoice "
                                           "first.")
                               .arg(dayText(entry.day)),
                           QStringLiteral("time entry %1 on document %2").arg(entry.id).arg(entry.documentId));
    return {};
}

} // namespace

Result<std::pair<TimeEntry, TimeEntry>> TimeTracker::split(qint64 id, qint64 atMs)
{
    TimeEntryRepository repository(m_db);
    std::pair<TimeEntry, TimeEntry> halves;
    Status written = m_db.write([&]() -> Status {
        auto existing = repository.find(id);
        if (!existing)
            return existing.error();
        if (Status editable = checkEditable(existing.value()); !editable)
            return editable;
        // Each half's minutes are rounded on their own, so the halves must add up to the entry's
        // minutes: a cut at 10:30 of 10:00:40–11:00:10 (60 minutes) would give 29 + 30. Such a cut
        // moves, by less than half a minute, to the nearer of the two that leave one half in whole
        // minutes (here 10:30:10).
        qint64 cutMs = atMs;
        if (TimeEntry::minutesBetween(existing->startedAtMs, atMs)
                + TimeEntry::minutesBetween(atMs, existing->endedAtMs)
            != existing->minutes) {
            const qint64 fromStart =
                existing->startedAtMs + TimeEntry::minutesBetween(existing->startedAtMs, atMs) * kMinuteMs;
            const qint64 fromEnd =
                existing->endedAtMs - TimeEntry::minutesBetween(atMs, existing->endedAtMs) * kMinuteMs;
            cutMs = std::abs(fromEnd - atMs) < std::abs(fromStart - atMs) ? fromEnd : fromStart;
        }
        if (atMs <= existing->startedAtMs || atMs >= existing->endedAtMs || cutMs <= existing->startedAtMs
            || cutMs >= existing->endedAtMs) {
            const LocalCalendar calendar = LocalCalendar::forDatabase(m_db);
            const QLocale locale;
            return Error::make(
                Error::Kind::Invalid,
                tr("The entry can only be cut strictly between its start (%1) and its end (%2).")
                    .arg(locale.toString(calendar.toLocal(existing->startedAtMs).time(), QLocale::ShortFormat),
                         locale.toString(calendar.toLocal(existing->endedAtMs).time(), QLocale::ShortFormat)),
                QStringLiteral("cut %1 outside [%2, %3]")
                    .arg(atMs)
                    .arg(existing->startedAtMs)
                    .arg(existing->endedAtMs));
        }
        TimeEntry first = existing.value();
        first.endedAtMs = cutMs;
        TimeEntry second = existing.value();
        second.id = 0;
        second.startedAtMs = cutMs;
        auto updated = repository.updateInTransaction(first);
        if (!updated)
            return updated.error();
        auto added = repository.addInTransaction(second);
        if (!added)
            return added.error();
        halves = {updated.value(), added.value()};
        return {};
    });
    if (!written)
        return written.error();
    emit entriesChanged();
    return halves;
}

Result<TimeEntry> TimeTracker::merge(const QList<qint64>& ids)
{
    TimeEntryRepository repository(m_db);
    TimeEntry merged;
    Status written = m_db.write([&]() -> Status {
        QList<TimeEntry> entries;
        QSet<qint64> seen;
        for (const qint64 id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto entry = repository.find(id);
            if (!entry)
                return entry.error();
            if (Status editable = checkEditable(entry.value()); !editable)
                return editable;
            entries.append(entry.value());
        }
        if (entries.size() < 2)
            return Error::make(Error::Kind::Invalid, tr("Choose at least two time entries to merge."));
        std::sort(entries.begin(), entries.end(), byStart);
        const TimeEntry& head = entries.first();
        qint64 minutes = 0;
        QStringList descriptions;
        QStringList notes;
        for (const TimeEntry& entry : std::as_const(entries)) {
            if (entry.clientId != head.clientId)
                return Error::make(Error::Kind::Invalid, tr("Only entries of the same client can be merged."));
            if (entry.missionId != head.missionId || entry.taskId != head.taskId)
                return Error::make(Error::Kind::Invalid,
                                   tr("Only entries of the same mission and task can be merged."));
            if (entry.billable != head.billable)
                return Error::make(Error::Kind::Invalid, tr("Billable and non-billable entries cannot be merged."));
            minutes += entry.minutes;
            const QString description = entry.description.trimmed();
            if (!description.isEmpty() && !descriptions.contains(description))
                descriptions << description;
            const QString note = entry.notes.trimmed();
            if (!note.isEmpty() && !notes.contains(note))
                notes << note;
        }
        if (minutes > TimeEntry::kMaxMinutes)
            return Error::make(Error::Kind::Invalid,
                               tr("The merged entry would last more than 24 hours: merge fewer entries."),
                               QStringLiteral("%1 minutes").arg(minutes));
        TimeEntry row = head;
        row.endedAtMs = head.startedAtMs + minutes * kMinuteMs;
        row.description = descriptions.join(QStringLiteral("; "));
        row.notes = notes.join(QStringLiteral("\n\n"));
        for (qsizetype i = 1; i < entries.size(); ++i) {
            if (Status removed = repository.removeInTransaction(entries.at(i).id); !removed)
                return removed;
        }
        auto updated = repository.updateInTransaction(row);
        if (!updated)
            return updated.error();
        merged = updated.value();
        return {};
    });
    if (!written)
        return written.error();
    emit entriesChanged();
    return merged;
}

Result<QList<TimeEntry>> TimeTracker::setCellTotal(qint64 clientId, qint64 missionId, QDate day, bool billable,
                                                   Duration total)
{
    if (total.isNegative())
        return Error::make(Error::Kind::Invalid, tr("A duration cannot be negative."));
    if (total.minutes() > TimeEntry::kMaxMinutes)
        return Error::make(Error::Kind::Invalid, tr("A day holds at most 24 hours."),
                           QStringLiteral("%1 minutes").arg(total.minutes()));
    if (!day.isValid())
        return Error::make(Error::Kind::Invalid, tr("Choose a day."));
    TimeEntryRepository repository(m_db);
    const auto inCell = [&](const TimeEntry& entry) {
        return entry.clientId == clientId && entry.missionId == std::max<qint64>(0, missionId)
               && entry.billable == billable;
    };
    QList<TimeEntry> cell;
    bool changed = false;
    Status written = m_db.write([&]() -> Status {
        const qint64 now = m_db.clock().nowMs();
        auto dayEntries = repository.listForDays(day, day);
        if (!dayEntries)
            return dayEntries.error();
        QList<TimeEntry> current;
        qint64 currentMinutes = 0;
        qint64 lockedMinutes = 0;
        for (const TimeEntry& entry : std::as_const(dayEntries.value())) {
            if (!inCell(entry))
                continue;
            if (entry.isRunning())
                return Error::make(Error::Kind::Conflict,
                                   tr("A timer is running on this day: stop it before changing the total."),
                                   QStringLiteral("time entry %1 running").arg(entry.id));
            current.append(entry);
            currentMinutes += entry.minutes;
            if (entry.locked)
                lockedMinutes += entry.minutes;
        }
        const qint64 difference = total.minutes() - currentMinutes;
        if (difference > 0) {
            QList<TimeEntry> editable;
            for (const TimeEntry& entry : std::as_const(current)) {
                if (!entry.locked)
                    editable.append(entry);
            }
            if (editable.size() == 1) {
                TimeEntry grown = editable.first();
                grown.endedAtMs = grown.startedAtMs + (grown.minutes + difference) * kMinuteMs;
                auto updated = repository.updateInTransaction(grown);
                if (!updated)
                    return updated.error();
            } else {
                // After the day's last entry (whatever its client), else at 09:00. An entry that runs
                // past midnight cannot be followed on this day: the latest end before midnight is taken.
                const LocalCalendar calendar = LocalCalendar::forDatabase(m_db);
                const qint64 dayEndMs = calendar.startOfDayMs(day.addDays(1));
                qint64 startMs = 0;
                for (const TimeEntry& entry : std::as_const(dayEntries.value())) {
                    const qint64 endMs = entry.isRunning() ? std::max(now, entry.startedAtMs) : entry.endedAtMs;
                    if (endMs < dayEndMs)
                        startMs = std::max(startMs, endMs);
                }
                if (startMs == 0)
                    startMs = calendar.toUtcMs(day, QTime(9, 0));
                TimeEntry added;
                added.clientId = clientId;
                added.missionId = std::max<qint64>(0, missionId);
                added.billable = billable;
                added.startedAtMs = startMs;
                added.endedAtMs = startMs + difference * kMinuteMs;
                auto stored = repository.addInTransaction(added);
                if (!stored)
                    return stored.error();
            }
            changed = true;
        } else if (difference < 0) {
            if (lockedMinutes > total.minutes())
                return Error::make(
                    Error::Kind::Conflict,
                    tr("This day already holds %1 of invoiced time: the total cannot be less.")
                        .arg(Duration::fromMinutes(lockedMinutes).format(QLocale())),
                    QStringLiteral("locked %1 min, asked %2 min").arg(lockedMinutes).arg(total.minutes()));
            qint64 toRemove = -difference;
            // Latest first.
            for (auto it = current.crbegin(); it != current.crend() && toRemove > 0; ++it) {
                if (it->locked)
                    continue;
                if (it->minutes <= toRemove) {
                    if (Status removed = repository.removeInTransaction(it->id); !removed)
                        return removed;
                    toRemove -= it->minutes;
                } else {
                    TimeEntry shortened = *it;
                    shortened.endedAtMs = shortened.startedAtMs + (shortened.minutes - toRemove) * kMinuteMs;
                    auto updated = repository.updateInTransaction(shortened);
                    if (!updated)
                        return updated.error();
                    toRemove = 0;
                }
            }
            changed = true;
        }
        auto after = repository.listForDays(day, day, clientId);
        if (!after)
            return after.error();
        for (const TimeEntry& entry : std::as_const(after.value())) {
            if (inCell(entry))
                cell.append(entry);
        }
        return {};
    });
    if (!written)
        return written.error();
    if (changed)
        emit entriesChanged();
    return cell;
}

} // namespace Bureau

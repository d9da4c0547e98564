// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TimeEntryRepository.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/WriteResult.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace Bureau
{

namespace
{

const QString kSelect = QStringLiteral("SELECT id, client_id, mission_id, task_id, description, notes, started_at, "
                                       "ended_at, minutes, day, billable, document_id, locked, created_at, "
                                       "updated_at FROM time_entries");

/** Longest gap between an entry's start and end: kMaxMinutes, plus the half minute rounding lets through. */
constexpr qint64 kMaxSpanMs = TimeEntry::kMaxMinutes * 60000 + 30000;
/** Rows of the newest entries read to find the recent clients (a tray menu, not a report). */
constexpr int kRecentScanRows = 5000;

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInteger();
}

/** The columns an entry's INSERT and UPDATE both write, in that order: client_id … billable. */
void bindContent(QSqlQuery& query, const TimeEntry& row)
{
    query.addBindValue(row.clientId);
    query.addBindValue(idOrNull(row.missionId));
    query.addBindValue(idOrNull(row.taskId));
    query.addBindValue(row.description);
    query.addBindValue(row.notes);
    query.addBindValue(row.startedAtMs);
    query.addBindValue(row.isRunning() ? nullInteger() : QVariant(row.endedAtMs));
    query.addBindValue(row.minutes);
    query.addBindValue(row.day.toString(Qt::ISODate));
    query.addBindValue(row.billable ? 1 : 0);
}

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

TimeEntry readRow(const QSqlQuery& query)
{
    TimeEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.clientId = query.value(1).toLongLong();
    entry.missionId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    entry.taskId = query.value(3).isNull() ? 0 : query.value(3).toLongLong();
    entry.description = query.value(4).toString();
    entry.notes = query.value(5).toString();
    entry.startedAtMs = query.value(6).toLongLong();
    entry.endedAtMs = query.value(7).isNull() ? 0 : query.value(7).toLongLong();
    entry.minutes = query.value(8).toLongLong();
    entry.day = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    entry.billable = query.value(10).toInt() != 0;
    entry.documentId = query.value(11).isNull() ? 0 : query.value(11).toLongLong();
    entry.locked = query.value(12).toInt() != 0;
    entry.createdAtMs = query.value(13).toLongLong();
    entry.updatedAtMs = query.value(14).toLongLong();
    return entry;
}

/** Whether the engine refused a second running timer (the partial unique index). */
bool isSecondRunningTimer(const QSqlError& error)
{
    const QString text = error.databaseText();
    return text.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive)
           && text.contains(QStringLiteral("time_entries"), Qt::CaseInsensitive);
}

} // namespace

TimeEntryRepository::TimeEntryRepository(Database& database)
    : m_db(database)
{
}

namespace
{

/** The same entry as the caller gave it, with what the repository owns recomputed. */
TimeEntry normalized(const TimeEntry& entry, const LocalCalendar& calendar)
{
    TimeEntry row = entry;
    row.description = notNull(entry.description.trimmed());
    row.notes = notNull(entry.notes);
    if (row.startedAtMs > 0)
        row.day = calendar.dayOf(row.startedAtMs);
    row.minutes = row.isRunning() ? 0 : std::max<qint64>(0, TimeEntry::minutesBetween(row.startedAtMs, row.endedAtMs));
    return row;
}

Error lockedError(const TimeEntry& entry)
{
    return Error::make(Error::Kind::Conflict,
                       TimeEntryRepository::tr("The time entry of %1 is invoiced and can no longer be changed.")
                           .arg(QLocale().toString(entry.day, QLocale::ShortFormat)),
                       QStringLiteral("time entry %1 is locked (document %2)").arg(entry.id).arg(entry.documentId));
}

Error runningError()
{
    return Error::make(Error::Kind::Conflict,
                       TimeEntryRepository::tr("A timer is already running: stop it before starting another one."),
                       QStringLiteral("time_entries_one_running"));
}

/** Whether two versions of an entry differ only in their notes (all a locked entry may change). */
bool onlyNotesDiffer(const TimeEntry& a, const TimeEntry& b)
{
    return a.clientId == b.clientId && a.missionId == b.missionId && a.taskId == b.taskId
           && a.description == b.description && a.startedAtMs == b.startedAtMs && a.endedAtMs == b.endedAtMs
           && a.billable == b.billable;
}

} // namespace

Result<TimeEntry> TimeEntryRepository::add(const TimeEntry& entry)
{
    return writeResult(m_db, [&] { return addInTransaction(entry); });
}

Result<TimeEntry> TimeEntryRepository::update(const TimeEntry& entry)
{
    return writeResult(m_db, [&] { return updateInTransaction(entry); });
}

Status TimeEntryRepository::remove(qint64 id)
{
    return m_db.write([&]() { return removeInTransaction(id); });
}

namespace
{

Status checkEntry(const Database& db, const TimeEntry& entry)
{
    if (const QList<FieldError> errors = entry.validate(); !errors.isEmpty()) {
        QStringList messages;
        QStringList fields;
        for (const FieldError& error : errors) {
            messages << error.message;
            fields << error.field;
        }
        return Error::make(Error::Kind::Invalid,
                           TimeEntryRepository::tr("The time entry was not saved. %1").arg(messages.join(u' ')),
                           QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", "))));
    }
    const QString failed = TimeEntryRepository::tr("The time entry cannot be saved.");
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
    query.addBindValue(entry.clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(failed, query.lastError());
    const bool clientExists = query.value(0).toBool();
    query.finish();
    if (!clientExists)
        return Error::make(Error::Kind::NotFound,
                           TimeEntryRepository::tr("No client has the number %1.").arg(entry.clientId));

    // Table names come from this file.
    const auto ownerOf = [&](const QString& table, qint64 id) -> Result<qint64> {
        query.prepare(QString(QStringLiteral("SELECT client_id FROM ") + table + QStringLiteral(" WHERE id = ?")));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(failed, query.lastError());
        const qint64 owner = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        return owner;
    };
    if (entry.missionId > 0) {
        auto owner = ownerOf(QStringLiteral("missions"), entry.missionId);
        if (!owner)
            return owner.error();
        if (owner.value() == 0)
            return Error::make(Error::Kind::NotFound,
                               TimeEntryRepository::tr("No mission has the number %1.").arg(entry.missionId));
        if (owner.value() != entry.clientId)
            return Error::make(Error::Kind::Invalid,
                               TimeEntryRepository::tr("The time entry was not saved: the mission chosen belongs to "
                                                       "another client."),
                               QStringLiteral("mission %1 of client %2, entry of client %3")
                                   .arg(entry.missionId)
                                   .arg(owner.value())
                                   .arg(entry.clientId));
    }
    if (entry.taskId > 0) {
        auto owner = ownerOf(QStringLiteral("tasks"), entry.taskId);
        if (!owner)
            return owner.error();
        if (owner.value() == 0)
            return Error::make(Error::Kind::NotFound,
                               TimeEntryRepository::tr("No task has the number %1.").arg(entry.taskId));
        if (owner.value() != entry.clientId)
            return Error::make(Error::Kind::Invalid,
                               TimeEntryRepository::tr("The time entry was not saved: the task chosen belongs to "
                                                       "another client."),
                               QStringLiteral("task %1 of client %2, entry of client %3")
                                   .arg(entry.taskId)
                                   .arg(owner.value())
                                   .arg(entry.clientId));
    }
    return {};
}

} // namespace

Status TimeEntryRepository::noTimerRunning() const
{
    auto current = running();
    if (!current)
        return current.error();
    if (current->has_value())
        return runningError();
    return {};
}

Result<TimeEntry> TimeEntryRepository::addInTransaction(const TimeEntry& entry)
{
    const qint64 now = m_db.clock().nowMs();
    TimeEntry row = normalized(entry, LocalCalendar::forDatabase(m_db));
    // Invoicing links entries through attachToDocumentInTransaction(), never through add().
    row.documentId = 0;
    row.locked = false;
    if (Status checked = checkEntry(m_db, row); !checked)
        return checked.error();
    if (row.isRunning()) {
        if (Status alone = noTimerRunning(); !alone)
            return alone.error();
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO time_entries (client_id, mission_id, task_id, description, notes, "
                                 "started_at, ended_at, minutes, day, billable, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindContent(query, row);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        if (isSecondRunningTimer(query.lastError()))
            return runningError();
        return Database::sqlError(tr("The time entry cannot be saved."), query.lastError());
    }
    row.id = query.lastInsertId().toLongLong();
    row.createdAtMs = now;
    row.updatedAtMs = now;
    return row;
}

Result<TimeEntry> TimeEntryRepository::updateInTransaction(const TimeEntry& entry)
{
    auto existing = find(entry.id);
    if (!existing)
        return existing.error();
    const qint64 now = m_db.clock().nowMs();
    TimeEntry row = normalized(entry, LocalCalendar::forDatabase(m_db));
    // The invoice link is the stored one: only the attach/lock/release calls change it.
    row.documentId = existing->documentId;
    row.locked = existing->locked;
    row.createdAtMs = existing->createdAtMs;
    if (existing->locked && !onlyNotesDiffer(row, existing.value()))
        return lockedError(existing.value());
    if (existing->locked) {
        // Its day and minutes are those of the issued invoice: the trigger refuses any change to
        // them, even when the user's zone now puts its start on another day.
        row.day = existing->day;
        row.minutes = existing->minutes;
    }
    if (row.isRunning() && row.documentId > 0)
        return Error::make(Error::Kind::Conflict,
                           tr("The time entry of %1 is on an invoice: it cannot become a running timer.")
                               .arg(QLocale().toString(existing->day, QLocale::ShortFormat)),
                           QStringLiteral("time entry %1 on document %2").arg(row.id).arg(row.documentId));
    if (Status checked = checkEntry(m_db, row); !checked)
        return checked.error();
    if (row.isRunning() && !existing->isRunning()) {
        if (Status alone = noTimerRunning(); !alone)
            return alone.error();
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE time_entries SET client_id = ?, mission_id = ?, task_id = ?, description = ?, "
                                 "notes = ?, started_at = ?, ended_at = ?, minutes = ?, day = ?, billable = ?, "
                                 "updated_at = ? WHERE id = ?"));
    bindContent(query, row);
    query.addBindValue(now);
    query.addBindValue(row.id);
    if (!query.exec()) {
        if (isSecondRunningTimer(query.lastError()))
            return runningError();
        return Database::sqlError(tr("The time entry cannot be saved."), query.lastError());
    }
    row.updatedAtMs = now;
    return row;
}

Status TimeEntryRepository::removeInTransaction(qint64 id)
{
    auto existing = find(id);
    if (!existing)
        return existing.error();
    if (existing->locked)
        return lockedError(existing.value());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM time_entries WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(tr("The time entry cannot be deleted."), query.lastError());
    return {};
}

Result<TimeEntry> TimeEntryRepository::find(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kSelect + QStringLiteral(" WHERE id = ?")));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(tr("The time entries cannot be read."), query.lastError());
    if (!query.next()) {
        query.finish();
        return Error::make(Error::Kind::NotFound, tr("No time entry has the number %1.").arg(id));
    }
    TimeEntry entry = readRow(query);
    query.finish();
    return entry;
}

Result<std::optional<TimeEntry>> TimeEntryRepository::running() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The partial unique index's expression, so that the planner reads that index.
    query.prepare(QString(kSelect + QStringLiteral(" WHERE ended_at IS NULL AND coalesce(ended_at, 0) = 0")));
    if (!query.exec())
        return Database::sqlError(tr("The time entries cannot be read."), query.lastError());
    std::optional<TimeEntry> found;
    if (query.next())
        found = readRow(query);
    query.finish();
    return found;
}

Result<QList<TimeEntry>> TimeEntryRepository::listForDays(QDate first, QDate last, qint64 clientId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kSelect
                          + (clientId > 0 ? QStringLiteral(" WHERE client_id = ? AND day BETWEEN ? AND ?")
                                          : QStringLiteral(" WHERE day BETWEEN ? AND ?"))
                          + QStringLiteral(" ORDER BY started_at, id")));
    if (clientId > 0)
        query.addBindValue(clientId);
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(last.toString(Qt::ISODate));
    if (!query.exec())
        return Database::sqlError(tr("The time entries cannot be read."), query.lastError());
    QList<TimeEntry> entries;
    while (query.next())
        entries.append(readRow(query));
    query.finish();
    return entries;
}

Result<QList<TimeEntry>> TimeEntryRepository::overlapping(qint64 startMs, qint64 endMs, qint64 nowMs,
                                                          qint64 exceptId) const
{
    QList<TimeEntry> entries;
    if (endMs <= startMs)
        return entries;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // A finished entry lasts at most a day, so only those that start in the day before the range
    // can reach into it: a range scan of time_entries_by_start, then the exact half-open test.
    query.prepare(QString(kSelect
                          + QStringLiteral(" WHERE started_at >= ? AND started_at < ? AND ended_at IS NOT NULL "
                                           "AND ended_at > ? AND id <> ? ORDER BY started_at, id")));
    query.addBindValue(startMs - kMaxSpanMs);
    query.addBindValue(endMs);
    query.addBindValue(startMs);
    query.addBindValue(exceptId);
    if (!query.exec())
        return Database::sqlError(tr("The time entries cannot be read."), query.lastError());
    while (query.next())
        entries.append(readRow(query));
    query.finish();

    // The running entry lasts until now, however long it has been forgotten.
    auto current = running();
    if (!current)
        return current.error();
    if (current->has_value()) {
        const TimeEntry& timer = **current;
        if (timer.id != exceptId && timer.startedAtMs < endMs && std::max(nowMs, timer.startedAtMs) > startMs
            && nowMs > timer.startedAtMs) {
            const auto at =
                std::upper_bound(entries.begin(), entries.end(), timer, [](const TimeEntry& a, const TimeEntry& b) {
                    return a.startedAtMs < b.startedAtMs || (a.startedAtMs == b.startedAtMs && a.id < b.id);
                });
            entries.insert(at, timer);
        }
    }
    return entries;
}

Result<QList<qint64>> TimeEntryRepository::recentClientIds(int limit) const
{
    QList<qint64> ids;
    if (limit <= 0)
        return ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Newest entries first along time_entries_by_start, stopping as soon as enough clients are seen.
    query.prepare(QStringLiteral("SELECT client_id FROM time_entries ORDER BY started_at DESC, id DESC LIMIT ?"));
    query.addBindValue(kRecentScanRows);
    if (!query.exec())
        return Database::sqlError(tr("The time entries cannot be read."), query.lastError());
    QSet<qint64> seen;
    while (query.next() && ids.size() < limit) {
        const qint64 id = query.value(0).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    query.finish();
    return ids;
}

Status TimeEntryRepository::attachToDocumentInTransaction(const QList<qint64>& entryIds, qint64 documentId)
{
    if (documentId <= 0)
        return Error::make(Error::Kind::Invalid, tr("The time cannot be billed: the invoice is not saved yet."),
                           QStringLiteral("document id %1").arg(documentId));
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE time_entries SET document_id = ?, updated_at = ? WHERE id = ?"));
    for (const qint64 id : entryIds) {
        auto entry = find(id);
        if (!entry)
            return entry.error();
        const QString day = QLocale().toString(entry->day, QLocale::ShortFormat);
        if (entry->isRunning())
            return Error::make(Error::Kind::Conflict,
                               tr("The time entry of %1 is still running: stop the timer before billing it.").arg(day),
                               QStringLiteral("time entry %1 running").arg(id));
        if (entry->locked)
            return lockedError(entry.value());
        if (entry->documentId == documentId)
            continue;
        if (entry->documentId > 0)
            return Error::make(Error::Kind::Conflict,
                               tr("The time entry of %1 is already on another invoice.").arg(day),
                               QStringLiteral("time entry %1 on document %2").arg(id).arg(entry->documentId));
        update.addBindValue(documentId);
        update.addBindValue(now);
        update.addBindValue(id);
        if (!update.exec())
            return Database::sqlError(tr("The time entry cannot be saved."), update.lastError());
    }
    return {};
}

Status TimeEntryRepository::lockDocumentInTransaction(qint64 documentId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE time_entries SET locked = 1, updated_at = ? WHERE document_id = ? AND locked = 0"));
    query.addBindValue(m_db.clock().nowMs());
    query.addBindValue(documentId);
    if (!query.exec())
        return Database::sqlError(tr("The time entries cannot be saved."), query.lastError());
    return {};
}

Status TimeEntryRepository::releaseDocumentInTransaction(qint64 documentId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM time_entries WHERE document_id = ? AND locked = 1"));
    query.addBindValue(documentId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The time entries cannot be read."), query.lastError());
    const qint64 locked = query.value(0).toLongLong();
    query.finish();
    if (locked > 0)
        return Error::make(Error::Kind::Conflict,
                           tr("The time of an issued invoice stays billed: it cannot be released."),
                           QStringLiteral("document %1 has %2 locked entries").arg(documentId).arg(locked));
    query.prepare(QStringLiteral("UPDATE time_entries SET document_id = NULL, updated_at = ? WHERE document_id = ?"));
    query.addBindValue(m_db.clock().nowMs());
    query.addBindValue(documentId);
    if (!query.exec())
        return Database::sqlError(tr("The time entries cannot be saved."), query.lastError());
    return {};
}

} // namespace Bureau

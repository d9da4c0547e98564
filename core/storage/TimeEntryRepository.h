// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/TimeEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Bureau
{

class Database;

/**
 * Time entries in the database (table `time_entries`, migration 0006). Storage only: the rules of
 * the timer (one running, switch, overlaps) live in TimeTracker, which is what the GUI and the CLI
 * call.
 *
 * On every write the repository recomputes `day` from the start in the user's zone
 * (LocalCalendar::forDatabase) and `minutes` from the start and end of a finished entry, checks
 * TimeEntry::validate(), that the client exists, and that the mission and task belong to that
 * client. A locked (invoiced) entry is refused with a Conflict error naming it — before the
 * database's trigger would.
 */
class TimeEntryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TimeEntryRepository)

public:
    explicit TimeEntryRepository(Database& database);

    /** Stores a new entry (finished, or running when endedAtMs is 0); returns it as stored. */
    Result<TimeEntry> add(const TimeEntry& entry);
    /** Replaces the stored entry of the same id; refused when it is locked. Returns it as stored. */
    Result<TimeEntry> update(const TimeEntry& entry);
    /** Refused when locked; NotFound when no entry has that id. */
    Status remove(qint64 id);
    Result<TimeEntry> find(qint64 id) const;

    /** The running entry, if any (there is at most one: a unique index says so). */
    Result<std::optional<TimeEntry>> running() const;
    /** Entries whose local day is in [first, last], by start; one client's when clientId > 0. */
    Result<QList<TimeEntry>> listForDays(QDate first, QDate last, qint64 clientId = 0) const;
    /**
     * Finished or running entries that share time with [startMs, endMs) (a running entry lasts
     * until @p nowMs), other than @p exceptId; by start.
     */
    Result<QList<TimeEntry>> overlapping(qint64 startMs, qint64 endMs, qint64 nowMs, qint64 exceptId = 0) const;
    /** The clients most recently worked for, latest first, at most @p limit (for the tray menu). */
    Result<QList<qint64>> recentClientIds(int limit) const;

    /** add(), update() and remove() inside the caller's write transaction. */
    Result<TimeEntry> addInTransaction(const TimeEntry& entry);
    Result<TimeEntry> updateInTransaction(const TimeEntry& entry);
    Status removeInTransaction(qint64 id);

    /**
     * For invoicing (issue 6), inside its write transaction: links finished, unlocked, unbilled
     * entries to a draft invoice (refused, naming the entry, when one is running, locked or already
     * on another document); locks every entry of a document when it is issued; releases the
     * entries of a draft that is deleted (refused for a locked one).
     */
    Status attachToDocumentInTransaction(const QList<qint64>& entryIds, qint64 documentId);
    Status lockDocumentInTransaction(qint64 documentId);
    Status releaseDocumentInTransaction(qint64 documentId);

private:
    /** A Conflict naming the running timer when there is one. */
    Status noTimerRunning() const;

    Database& m_db;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/TimeEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>

#include <optional>

namespace Bureau
{

class Database;

/**
 * The use cases of time tracking (DESIGN.md, core/services): the timer, manual entries, split and
 * merge, and the timesheet's cell edits. The GUI and the CLI both go through it. Reads "now" from
 * the database's Clock. Each call is one write transaction (BEGIN IMMEDIATE), so a timer started by
 * the CLI and one started by the GUI never both run.
 *
 * A QObject only to tell the GUI's widgets (toolbar timer, time view, reports) that entries changed
 * through this instance; other processes' writes are seen through DatabaseWatcher.
 */
class TimeTracker final : public QObject
{
    Q_OBJECT

public:
    /** What a new timer runs on. */
    struct StartRequest
    {
        qint64 clientId = 0;
        qint64 missionId = 0;
        qint64 taskId = 0;
        QString description;
        bool billable = true;
    };

    /** A saved entry and the entries it overlaps (a warning, not a refusal). */
    struct Saved
    {
        TimeEntry entry;
        QList<TimeEntry> overlaps;
    };

    /** The entry that stopped and the one that started. */
    struct Switched
    {
        std::optional<TimeEntry> stopped;
        TimeEntry started;
    };

    explicit TimeTracker(Database& database, QObject* parent = nullptr);

    /** The running entry, if any. */
    Result<std::optional<TimeEntry>> running() const;
    /** Whether a running entry has run longer than TimeEntry::kLongRunningMs by now. */
    bool hasRunTooLong(const TimeEntry& entry) const;

    /**
     * Starts a timer now. Refused (Conflict, naming the client and the start) when one is already
     * running: stop it or switch.
     */
    Result<TimeEntry> start(const StartRequest& request);
    /**
     * Stops the running timer now, or at @p atMs (not before its start, not in the future). NotFound
     * when none runs. Refused with a hint to give the end time when it would last more than
     * TimeEntry::kMaxMinutes.
     */
    Result<Saved> stop(std::optional<qint64> atMs = std::nullopt);
    /** Stops the running timer (if any) and starts the next one at the same instant, in one transaction. */
    Result<Switched> switchTo(const StartRequest& request);
    /** Deletes the running entry (the "discard" answer to a forgotten timer). NotFound when none runs. */
    Status discardRunning();

    /** A manual entry (finished: an end is required); warns of overlaps. */
    Result<Saved> add(const TimeEntry& entry);
    /** Edits an entry (refused when locked); warns of overlaps. */
    Result<Saved> update(const TimeEntry& entry);
    /** Refused when locked. */
    Status remove(qint64 id);
    /** Deletes several entries in one transaction; refused whole when one is locked or missing. */
    Status remove(const QList<qint64>& ids);

    /**
     * Cuts a finished, unlocked entry in two at @p atMs (strictly inside it); both halves keep the
     * client, mission, task, description, notes and billable flag. Returns (first, second).
     */
    Result<std::pair<TimeEntry, TimeEntry>> split(qint64 id, qint64 atMs);
    /**
     * Merges two or more finished, unlocked entries of the same client, mission, task and billable
     * flag into the first (earliest) one: it starts at the earliest start and lasts the sum of
     * their minutes; distinct descriptions are joined with "; " and notes with a blank line. The
     * others are deleted. Refused whole (saying why) otherwise.
     */
    Result<TimeEntry> merge(const QList<qint64>& ids);

    /**
     * A timesheet cell: makes the entries of (client, mission — 0 for none, local day, billable) total
     * @p total. Adding time: with exactly one unlocked entry in the cell, extends it; otherwise adds an
     * entry for the difference, starting where the day's last entry ends (09:00 on an empty day).
     * Removing time: shortens, then deletes, the cell's unlocked entries latest first; refused when the
     * invoiced (locked) minutes alone exceed @p total, and when a running entry is in the cell.
     * Returns the cell's entries afterwards.
     */
    Result<QList<TimeEntry>> setCellTotal(qint64 clientId, qint64 missionId, QDate day, bool billable,
                                          Duration total);

signals:
    /** Entries were written through this tracker (any of the calls above that succeeded). */
    void entriesChanged();
    /** The running timer started, stopped, switched or was discarded. */
    void runningChanged();

private:
    Database& m_db;
};

} // namespace Bureau

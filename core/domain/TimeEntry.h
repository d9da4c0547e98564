// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h" // FieldError
#include "core/domain/Duration.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Bureau
{

/**
 * Time worked for a client (table `time_entries`, migration 0006). Plain data with validation.
 *
 * A running timer is an entry without an end (endedAtMs == 0): a stored row, so that it survives
 * a crash or a reboot. `minutes` is the worked time of a finished entry — the UTC instants' gap
 * rounded to the nearest minute (half up) — and 0 while it runs. `day` is the day of the start in
 * the user's zone, written by the repository (never trusted from the caller).
 *
 * An entry billed on an invoice carries that document's id; once the invoice is issued the entry is
 * `locked`: nothing it says changes again (a trigger refuses it), only its notes.
 */
struct TimeEntry final
{
    Q_DECLARE_TR_FUNCTIONS(TimeEntry)

public:
    struct Field
    {
        static constexpr QLatin1String client{"client"};
        static constexpr QLatin1String mission{"mission"};
        static constexpr QLatin1String task{"task"};
        static constexpr QLatin1String description{"description"};
        static constexpr QLatin1String notes{"notes"};
        static constexpr QLatin1String start{"start"};
        static constexpr QLatin1String end{"end"};
        static constexpr QLatin1String duration{"duration"};
    };

    /** An entry lasts at most a day: longer work is several entries. */
    static constexpr qint64 kMaxMinutes = 24 * 60;
    /** A timer that has run longer than this is asked about when Bureau starts again. */
    static constexpr qint64 kLongRunningMs = 12LL * 3600 * 1000;
    static constexpr int kMaxDescriptionLength = 500;
    static constexpr int kMaxNotesLength = 10000;

    qint64 id = 0;
    qint64 clientId = 0;
    /** 0 for none; else one of the client's missions. */
    qint64 missionId = 0;
    /** 0 for none; else one of the client's tasks. */
    qint64 taskId = 0;
    QString description;
    QString notes;
    /** UTC ms. */
    qint64 startedAtMs = 0;
    /** UTC ms; 0 while the timer runs. */
    qint64 endedAtMs = 0;
    /** Worked minutes of a finished entry; 0 while running. */
    qint64 minutes = 0;
    /** The day of the start in the user's zone (set by the repository). */
    QDate day;
    bool billable = true;
    /** The invoice it was billed on, 0 for none (invoicing, issue 6). */
    qint64 documentId = 0;
    /** True once that invoice is issued: not editable any more. */
    bool locked = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const TimeEntry&, const TimeEntry&) = default;

    bool isRunning() const { return endedAtMs == 0; }
    Duration duration() const { return Duration::fromMinutes(minutes); }
    /** Minutes between two instants, to the nearest minute (30 s and more count as a minute). */
    static qint64 minutesBetween(qint64 startMs, qint64 endMs);
    /** The running time at @p nowMs of a running entry (its minutes when finished). */
    qint64 elapsedMs(qint64 nowMs) const;

    /**
     * Every problem with a field: no client, no start, an end before the start, more than
     * kMaxMinutes, text too long or on several lines (description). Empty when it can be saved.
     * A running entry (no end) is valid.
     */
    QList<FieldError> validate() const;
};

} // namespace Bureau

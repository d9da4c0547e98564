// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace Bureau
{

class Database;

/**
 * The user's calendar: days, weeks, months in the user's IANA zone (the business profile's), and
 * the UTC instants that bound them (DESIGN.md, Time: an entry belongs to the day, week and month
 * of its start in the user's zone). A day is not always 24 hours: across a DST change the local
 * day lasts 23 or 25, and its bounds come from the zone, never from adding 86,400,000 ms.
 *
 * Weeks start on Monday (ISO 8601). Ranges of days are inclusive of both ends; ranges of
 * instants are half-open [from, to).
 */
class LocalCalendar final
{
public:
    /** An invalid zone falls back to Europe/Paris (Bureau's default profile zone). */
    explicit LocalCalendar(const QTimeZone& zone);
    /** The zone of the stored business profile (Europe/Paris without a profile or when unknown). */
    static LocalCalendar forDatabase(const Database& database);
    /** The calendar of an IANA id (Europe/Paris when unknown to the system). */
    static LocalCalendar forZoneId(const QString& ianaId);

    const QTimeZone& zone() const { return m_zone; }

    /** The local date and time of an instant. */
    QDateTime toLocal(qint64 utcMs) const;
    /** The local day an instant falls on. */
    QDate dayOf(qint64 utcMs) const;
    /**
     * The instant of a local wall time on a day. A time skipped by a DST change (02:30 on the last
     * Sunday of March in Paris) is moved forward by the gap (03:30); a time that happens twice (02:30
     * on the last Sunday of October) is its first occurrence.
     */
    qint64 toUtcMs(QDate day, QTime time) const;
    /** The first instant of a local day (usually midnight; after the gap where midnight is skipped). */
    qint64 startOfDayMs(QDate day) const;
    /** [startOfDayMs(first), startOfDayMs(last + 1 day)): the instants of a range of days. */
    std::pair<qint64, qint64> boundsMs(QDate first, QDate last) const;

    /** The Monday of the day's ISO week. */
    static QDate weekStart(QDate day);
    static QDate monthStart(QDate day);
    static QDate quarterStart(QDate day);
    static QDate yearStart(QDate day);
    /** "2026-11" for a day of November 2026: the month key of `time_month_totals`. */
    static QString monthKey(QDate day);

private:
    QTimeZone m_zone;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LocalCalendar.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

#include <optional>

namespace Bureau
{

namespace
{
QTimeZone validOrParis(const QTimeZone& zone)
{
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris"));
}
} // namespace

LocalCalendar::LocalCalendar(const QTimeZone& zone)
    : m_zone(validOrParis(zone))
{
}

LocalCalendar LocalCalendar::forZoneId(const QString& ianaId)
{
    if (ianaId.trimmed().isEmpty())
        return LocalCalendar(QTimeZone());
    return LocalCalendar(QTimeZone(ianaId.trimmed().toUtf8()));
}

LocalCalendar LocalCalendar::forDatabase(const Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    QString zone;
    if (query.exec(QStringLiteral("SELECT timezone FROM business_profile LIMIT 1")) && query.next())
        zone = query.value(0).toString();
    query.finish();
    return forZoneId(zone);
}

QDateTime LocalCalendar::toLocal(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_zone);
}

QDate LocalCalendar::dayOf(qint64 utcMs) const
{
    return toLocal(utcMs).date();
}

qint64 LocalCalendar::toUtcMs(QDate day, QTime time) const
{
    // The wall time read as if it were UTC, then shifted by each offset the zone has around it;
    // a candidate that shows the same wall time in the zone is an occurrence of it.
    constexpr qint64 kHalfDayMs = 12LL * 3600 * 1000;
    const qint64 wall = QDateTime(day, time, Qt::UTC).toMSecsSinceEpoch();
    std::optional<qint64> earliest;
    for (const qint64 probe : {wall - kHalfDayMs, wall, wall + kHalfDayMs}) {
        const int offset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, Qt::UTC));
        const qint64 candidate = wall - qint64(offset) * 1000;
        const QDateTime local = toLocal(candidate);
        if (local.date() == day && local.time() == time && (!earliest || candidate < *earliest))
            earliest = candidate;
    }
    if (earliest)
        return *earliest;
    // Inside a DST gap: read with the offset before the gap, i.e. moved forward by the gap.
    const int before = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wall - kHalfDayMs, Qt::UTC));
    return wall - qint64(before) * 1000;
}

qint64 LocalCalendar::startOfDayMs(QDate day) const
{
    return day.startOfDay(m_zone).toMSecsSinceEpoch();
}

std::pair<qint64, qint64> LocalCalendar::boundsMs(QDate first, QDate last) const
{
    return {startOfDayMs(first), startOfDayMs(last.addDays(1))};
}

QDate LocalCalendar::weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate LocalCalendar::monthStart(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate LocalCalendar::quarterStart(QDate day)
{
    return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
}

QDate LocalCalendar::yearStart(QDate day)
{
    return QDate(day.year(), 1, 1);
}

QString LocalCalendar::monthKey(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

} // namespace Bureau

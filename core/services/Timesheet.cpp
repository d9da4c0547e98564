// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/Timesheet.h"

#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

// One row per (client, mission, billable, day) of the week, with the names, in the order the
// timesheet shows its rows. The inner query reads the covering index time_entries_by_day for the
// sums; `locked` and the running flag need the row itself, but a week holds a few hundred entries.
const QString kWeekSql = QStringLiteral(
    "SELECT w.client_id, w.mission_id, w.billable, w.day, w.minutes, w.locked_minutes, w.running,"
    "       c.name, coalesce(m.title, '')"
    " FROM (SELECT client_id, coalesce(mission_id, 0) AS mission_id, billable, day, sum(minutes) AS minutes,"
    "              sum(CASE WHEN locked = 1 THEN minutes ELSE 0 END) AS locked_minutes,"
    "              max(CASE WHEN ended_at IS NULL THEN 1 ELSE 0 END) AS running"
    "       FROM time_entries WHERE day BETWEEN ? AND ?"
    "       GROUP BY client_id, coalesce(mission_id, 0), billable, day) w"
    " JOIN clients c ON c.id = w.client_id"
    " LEFT JOIN missions m ON m.id = w.mission_id"
    " ORDER BY c.name_folded, c.id, w.mission_id <> 0, m.title COLLATE NOCASE, w.mission_id, w.billable DESC");

} // namespace

qint64 Timesheet::Row::total() const
{
    qint64 sum = 0;
    for (const qint64 value : minutes)
        sum += value;
    return sum;
}

Timesheet::Timesheet(Database& database)
    : m_db(database)
{
}

Result<Timesheet::Week> Timesheet::week(QDate anyDay) const
{
    if (!anyDay.isValid())
        return Error::make(Error::Kind::Invalid, tr("The week cannot be shown: the day is not a valid date."));
    Week week;
    week.monday = LocalCalendar::weekStart(anyDay);
    const QDate sunday = week.monday.addDays(6);

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kWeekSql);
    query.addBindValue(week.monday.toString(Qt::ISODate));
    query.addBindValue(sunday.toString(Qt::ISODate));
    if (!query.exec())
        return Database::sqlError(tr("The timesheet cannot be read."), query.lastError());
    while (query.next()) {
        const qint64 clientId = query.value(0).toLongLong();
        const qint64 missionId = query.value(1).toLongLong();
        const bool billable = query.value(2).toInt() != 0;
        const QDate day = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        const qint64 dayIndex = week.monday.daysTo(day);
        if (dayIndex < 0 || dayIndex > 6)
            continue;
        // Rows arrive grouped by (client, mission, billable): a new key starts a new row.
        if (week.rows.isEmpty() || week.rows.last().clientId != clientId || week.rows.last().missionId != missionId
            || week.rows.last().billable != billable) {
            Row row;
            row.clientId = clientId;
            row.clientName = query.value(7).toString();
            row.missionId = missionId;
            row.missionTitle = query.value(8).toString();
            row.billable = billable;
            week.rows << row;
        }
        Row& row = week.rows.last();
        const auto index = static_cast<std::size_t>(dayIndex);
        const qint64 minutes = query.value(4).toLongLong();
        row.minutes[index] += minutes;
        row.lockedMinutes[index] += query.value(5).toLongLong();
        row.running[index] = row.running[index] || query.value(6).toInt() != 0;
        week.dayTotals[index] += minutes;
        (billable ? week.billableMinutes : week.nonBillableMinutes) += minutes;
    }
    query.finish();
    return week;
}

} // namespace Bureau

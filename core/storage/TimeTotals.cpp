// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TimeTotals.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Bureau
{

namespace
{

// What each rollup holds, summed from the entries; the column order of its table.
const QLatin1String kFineFromEntries{
    "SELECT substr(day, 1, 7) AS month, client_id, coalesce(mission_id, 0), coalesce(task_id, 0), billable, "
    "CASE WHEN document_id IS NULL THEN 0 ELSE 1 END, sum(minutes), count(*) FROM time_entries "
    "GROUP BY 1, 2, 3, 4, 5, 6"};
const QLatin1String kFineStored{
    "SELECT month, client_id, mission_id, task_id, billable, invoiced, minutes, entries FROM time_month_totals"};
const QLatin1String kFineColumns{"month, client_id, mission_id, task_id, billable, invoiced, minutes, entries"};

const QLatin1String kCoarseFromEntries{
    "SELECT substr(day, 1, 7) AS month, client_id, coalesce(mission_id, 0), sum(minutes), "
    "sum(billable * minutes), sum(CASE WHEN billable = 1 AND document_id IS NULL THEN minutes ELSE 0 END), "
    "count(*) FROM time_entries GROUP BY 1, 2, 3"};
const QLatin1String kCoarseStored{"SELECT month, client_id, mission_id, minutes, billable_minutes, unbilled_minutes, "
                                  "entries FROM time_month_client_totals"};
const QLatin1String kCoarseColumns{"month, client_id, mission_id, minutes, billable_minutes, unbilled_minutes, entries"};

} // namespace

Status TimeTotals::rebuildInTransaction(Database& database)
{
    QSqlQuery query(database.connection());
    const auto run = [&](const QString& sql) -> Status {
        if (!query.exec(sql))
            return Database::sqlError(tr("Could not recompute the time totals."), query.lastError());
        return {};
    };
    for (const QString& sql :
         {QStringLiteral("DELETE FROM time_month_totals"), QStringLiteral("DELETE FROM time_month_client_totals"),
          QStringLiteral("INSERT INTO time_month_totals (%1) %2").arg(kFineColumns, kFineFromEntries),
          QStringLiteral("INSERT INTO time_month_client_totals (%1) %2").arg(kCoarseColumns, kCoarseFromEntries)}) {
        if (Status done = run(sql); !done)
            return done;
    }
    return {};
}

Result<QStringList> TimeTotals::disagreeingMonths(Database& database, int limit)
{
    QStringList months;
    if (!database.hasTable(QStringLiteral("time_month_client_totals")))
        return months;
    // Rows on one side only, in either direction and either rollup, reported by month.
    const QString sql = QStringLiteral("SELECT month FROM (SELECT * FROM (%1 EXCEPT %2) UNION ALL SELECT * FROM (%2 "
                                       "EXCEPT %1)) UNION SELECT month FROM (SELECT * FROM (%3 EXCEPT %4) UNION ALL "
                                       "SELECT * FROM (%4 EXCEPT %3)) ORDER BY month LIMIT %5")
                            .arg(kFineFromEntries, kFineStored, kCoarseFromEntries, kCoarseStored)
                            .arg(limit);
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Database::sqlError(tr("Could not compare the time totals with the entries."), query.lastError());
    while (query.next())
        months << query.value(0).toString();
    query.finish();
    return months;
}

} // namespace Bureau

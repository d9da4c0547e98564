// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DatabaseCheck.h"

#include "core/storage/Database.h"
#include "core/storage/SyncedFolder.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Bureau
{

namespace
{

// What time_month_totals must hold, computed from the entries (migration 0006's triggers keep it).
const QLatin1String kTimeTotalsFromEntries{
    "SELECT substr(day, 1, 7) AS month, client_id, coalesce(mission_id, 0), coalesce(task_id, 0), billable, "
    "CASE WHEN document_id IS NULL THEN 0 ELSE 1 END, sum(minutes), count(*) FROM time_entries "
    "GROUP BY 1, 2, 3, 4, 5, 6"};
const QLatin1String kTimeTotalsStored{
    "SELECT month, client_id, mission_id, task_id, billable, invoiced, minutes, entries FROM time_month_totals"};

/** The months whose stored totals differ from the entries', at most a few, in order. */
Result<QStringList> timeTotalsProblems(Database& database)
{
    QStringList problems;
    if (!database.hasTable(QStringLiteral("time_month_totals")))
        return problems;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // Rows present on one side only, in either direction; reported by month.
    const QString differing = QStringLiteral("SELECT month FROM (SELECT * FROM (%1 EXCEPT %2) UNION ALL "
                                             "SELECT * FROM (%2 EXCEPT %1)) "
                                             "GROUP BY month ORDER BY month LIMIT 12")
                                  .arg(kTimeTotalsFromEntries, kTimeTotalsStored);
    if (!query.exec(differing))
        return Database::sqlError(DatabaseCheck::tr("Could not compare the time totals with the entries."),
                                  query.lastError());
    while (query.next())
        problems << DatabaseCheck::tr("The time totals of %1 disagree with its entries.").arg(query.value(0).toString());
    query.finish();
    return problems;
}

} // namespace

Result<CheckReport> DatabaseCheck::run(Database& database)
{
    CheckReport report;
    report.path = database.path();
    report.uuid = database.uuid();
    report.schemaVersion = database.schemaVersion();
    report.latestSchemaVersion = database.latestSchemaVersion();
    report.syncedFolderService = SyncedFolder::serviceFor(database.path());

    auto integrity = database.integrityCheck();
    if (!integrity)
        return integrity.error();
    report.integrityProblems = integrity.value();

    // Links are only meaningful in a sound file.
    if (report.integrityProblems.isEmpty()) {
        auto links = database.foreignKeyCheck();
        if (!links)
            return links.error();
        report.foreignKeyProblems = links.value();
        auto derived = timeTotalsProblems(database);
        if (!derived)
            return derived.error();
        report.derivedProblems = derived.value();
    }
    return report;
}

Status DatabaseCheck::rebuildTimeTotals(Database& database)
{
    return database.write([&]() -> Status {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("DELETE FROM time_month_totals")))
            return Database::sqlError(tr("Could not rebuild the time totals."), query.lastError());
        if (!query.exec(QStringLiteral("INSERT INTO time_month_totals (month, client_id, mission_id, task_id, "
                                       "billable, invoiced, minutes, entries) %1")
                            .arg(kTimeTotalsFromEntries)))
            return Database::sqlError(tr("Could not rebuild the time totals."), query.lastError());
        return {};
    });
}

} // namespace Bureau

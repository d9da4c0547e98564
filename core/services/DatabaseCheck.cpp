// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DatabaseCheck.h"

#include "core/services/DocumentChain.h"
#include "core/storage/Database.h"
#include "core/storage/SyncedFolder.h"
#include "core/storage/TimeTotals.h"

namespace Bureau
{

namespace
{

/** The months whose stored time totals differ from their entries'. */
Result<QStringList> timeTotalsProblems(Database& database)
{
    auto months = TimeTotals::disagreeingMonths(database);
    if (!months)
        return months.error();
    QStringList problems;
    for (const QString& month : std::as_const(months.value()))
        problems << DatabaseCheck::tr("The time totals of %1 disagree with its entries.").arg(month);
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
        auto documents = DocumentChain::verify(database);
        if (!documents)
            return documents.error();
        report.documentProblems = documents.value();
    }
    return report;
}

Status DatabaseCheck::rebuildTimeTotals(Database& database)
{
    return database.write([&]() -> Status { return TimeTotals::rebuildInTransaction(database); });
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Bureau
{

class Database;

/** What `bureau-cli check` reports: the file's integrity, its links and its schema state. */
struct CheckReport
{
    QString path;
    QString uuid;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QStringList integrityProblems;
    QStringList foreignKeyProblems;
    /** Derived data that disagrees with what it is derived from (the monthly time totals). */
    QStringList derivedProblems;
    /**
     * Invoices, credit notes and quotes (DocumentChain::verify): a document changed after issue, a
     * broken or cut chain, a gap or duplicate in the numbers, a counter or balance that disagrees.
     * Never repaired: issued documents are not touched.
     */
    QStringList documentProblems;
    /** The sync service whose folder holds the database (a warning, not a failure). */
    QString syncedFolderService;

    bool migrationPending() const { return schemaVersion < latestSchemaVersion; }
    bool ok() const
    {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() && derivedProblems.isEmpty()
               && documentProblems.isEmpty();
    }
};

/** Runs every check that does not change the database. Later areas add theirs (invoice chains). */
class DatabaseCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    static Result<CheckReport> run(Database& database);

    /**
     * Recomputes `time_month_totals` from the time entries in one write transaction: the repair for
     * a derived problem that run() reports (`bureau-cli check --repair`). The entries are not touched.
     */
    static Status rebuildTimeTotals(Database& database);
};

} // namespace Bureau

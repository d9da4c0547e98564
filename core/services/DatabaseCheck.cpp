// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DatabaseCheck.h"

#include "core/storage/Database.h"
#include "core/storage/SyncedFolder.h"

namespace Bureau
{

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
    }
    return report;
}

} // namespace Bureau

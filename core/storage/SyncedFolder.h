// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Bureau
{

/**
 * DESIGN.md: the database should not live in a synced folder (a sync client may copy or replace
 * it mid-write, and conflicts fork it); backups may. Recognises the usual clients by the folder
 * names they create.
 */
class SyncedFolder final
{
public:
    /** The sync service whose folder holds `path` ("Dropbox", "Nextcloud"…), or an empty string. */
    static QString serviceFor(const QString& path);
};

} // namespace Bureau

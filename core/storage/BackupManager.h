// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Bureau
{

class Clock;
class Database;

/**
 * Verified, rotating backups of a Bureau database (DESIGN.md, Storage).
 *
 * A backup is one ZIP archive named `bureau-<yyyyMMdd-HHmmss>-<reason>[-N].zip`, the time being the
 * Clock's in **UTC** (unambiguous across DST changes and travel; -2, -3… when a name is taken), with
 *   - `bureau.sqlite`: a consistent copy made by VACUUM INTO (never a copy of the live file),
 *     integrity-checked before it is archived;
 *   - `documents/…` and `archive/…`: every file under the folders of those names beside the
 *     database (attachments, issued PDFs), same relative paths;
 *   - `manifest.json`, written last: `{"format": 1, "application": "Bureau", "applicationVersion",
 *     "created" (ISO 8601 UTC), "reason" ("manual" | "automatic" | "pre-migration"),
 *     "schemaVersion", "databaseUuid", "files": [{"path", "size", "sha256"}]}` listing every other
 *     entry.
 * Archives and copies are 0600, the backup folder 0700, written through QSaveFile.
 *
 * A backup is *verified* when its archive reads back, every listed file has its size and SHA-256,
 * nothing unlisted is present, and the database copy passes `PRAGMA integrity_check`.
 */
class BackupManager final
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    enum class Reason
    {
        Manual,
        Automatic,
        PreMigration,
    };

    struct BackupInfo
    {
        QString path;
        QDateTime created; // UTC, from the manifest (or the file name when the manifest is unreadable)
        Reason reason = Reason::Manual;
        int schemaVersion = 0;
        QString databaseUuid;
        qint64 size = 0; // of the archive
        /** The full verification (sizes, SHA-256, integrity_check) passed in the call that returned this. */
        bool verified = false;
        /** list(): why the archive's manifest could not be read (translated); empty when it could. */
        QString problem;
        /** create(): what went wrong after the backup itself was safely written (copy to the second
         *  folder, rotation); translated, empty when nothing did. The backup stands either way. */
        QString warning;
    };

    /** Where backups go by default: `<folder of the database>/backups`. */
    static QString defaultBackupDir(const QString& databasePath);

    /**
     * `backupDir` empty: defaultBackupDir(db.path()). `secondDir`: an optional second folder (another
     * disk, a synced folder) that receives a copy of every archive.
     */
    BackupManager(Database& db, const Clock& clock, QString backupDir = {}, QString secondDir = {});

    const QString& backupDir() const { return m_backupDir; }
    const QString& secondDir() const { return m_secondDir; }

    /**
     * Takes a backup and verifies it. Fails (and leaves nothing behind) when the database copy fails
     * its integrity check or the archive cannot be written to the backup folder. A failure to copy it
     * to the second folder does not fail the call: it is reported in BackupInfo::warning.
     */
    Result<BackupInfo> create(Reason reason);

    /**
     * The backups of this database (same UUID) in the backup folder, newest first, from their
     * manifests; `verified` is false (listing does not decompress). An archive whose manifest cannot
     * be read is listed too, with `problem` set and what its file name tells.
     */
    Result<QList<BackupInfo>> list() const;
    /** list() for any folder, without a Database (e.g. when the database is damaged). */
    static Result<QList<BackupInfo>> listIn(const QString& backupDir, const QString& databaseUuid = {});

    /**
     * Deletes the automatic backups of this database that fall out of the rotation, in the backup
     * folder and in the second folder (each on its own). Manual and pre-migration backups, other
     * databases' backups and unreadable archives are never deleted. Kept: the newest automatic backup
     * of each of the 7 most recent local days that have one; then, among automatic backups of ISO
     * weeks strictly before the week of the oldest of those days, the newest of each of the 4 most
     * recent ISO weeks that have one. Days and weeks are taken in `zone`.
     */
    Status rotate(const QTimeZone& zone = QTimeZone::systemTimeZone());

    /**
     * Creates an automatic backup and rotates, unless this database already has an automatic backup
     * taken on the Clock's current day in `zone`. A rotation failure is reported in the warning.
     */
    Result<std::optional<BackupInfo>> createAutomaticIfDue(const QTimeZone& zone = QTimeZone::systemTimeZone());

    /** The newest backup of this database that verifies (backup folder, then second folder). */
    Result<std::optional<BackupInfo>> lastGood() const;
    /**
     * The newest backup in `backupDir` that verifies, without an open Database: what the app offers
     * when the database fails to open or check. `databaseUuid` empty: any database's backups.
     */
    static Result<std::optional<BackupInfo>> lastGoodIn(const QString& backupDir, const QString& databaseUuid = {});

    /**
     * Checks an archive in full: manifest, every listed file present with its size and SHA-256, no
     * unlisted file, the database copy passing integrity_check, its user_version matching the
     * manifest's schemaVersion. A mismatch is an Error of kind Corrupt whose message names the file.
     */
    static Result<BackupInfo> verify(const QString& archive);

    /**
     * Puts a backup in place of the database at `targetDatabasePath`, and its documents/ and archive/
     * folders beside it. The archive is verified first and the database extracted and checked beside
     * the target before anything existing is touched; nothing is deleted: an existing database (with
     * its -wal and -shm) is renamed to `<target>.before-restore-<yyyyMMdd-HHmmss>` (UTC, from
     * `clock`), likewise existing documents/ and archive/ folders. On failure the target is left as
     * it was.
     *
     * The caller guarantees that no connection to the target is open (in this or another process).
     */
    static Status restore(const QString& archive, const QString& targetDatabasePath, const Clock& clock);

    static QString reasonName(Reason reason);
    static std::optional<Reason> reasonFromName(const QString& name);

private:
    Result<BackupInfo> writeArchive(const QString& databaseCopy, Reason reason, const QDateTime& created,
                                    int schemaVersion);
    Status copyToSecondDir(const QString& archive) const;
    Status rotateIn(const QString& dir, const QTimeZone& zone) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_backupDir;
    QString m_secondDir;
};

} // namespace Bureau

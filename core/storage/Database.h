// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Bureau
{

class Clock;

/**
 * The one SQLite file that holds a user's practice (DESIGN.md, Storage).
 *
 * open() creates the file and its folder with owner-only permissions, validates an existing file
 * without writing to it (a damaged file is never modified, never deleted), applies the pragmas and,
 * unless told not to, takes a verified backup and applies pending migrations.
 *
 * One Database is one connection, used by the thread that opened it. Writes go through write(),
 * which wraps them in `BEGIN IMMEDIATE` … `COMMIT` sent as SQL.
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Migrate
    {
        Yes, // bring the schema up to date (taking a verified backup first)
        No,  // open as it is (check, backup verify, inspection)
    };

    struct Options
    {
        Migrate migrate = Migrate::Yes;
        bool readOnly = false;
        int busyTimeoutMs = 5000;
        /** Where backups taken before a migration go; empty: BackupManager's default beside the file. */
        QString backupDir;
        /** Migrations to apply; empty: the ones embedded in the binary. Tests inject their own. */
        QList<Migration> migrations;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path, const Clock& clock)
    {
        return open(path, clock, Options{});
    }

    /** Default location: AppDataLocation/bureau.sqlite. */
    static QString defaultPath();

    /**
     * Checks a file without opening it for writing: the SQLite header, the size it claims, and the
     * schema can be read. Cheap; the full integrity_check is integrityCheck().
     */
    static Status validateFile(const QString& path);

    const QString& path() const { return m_path; }
    QSqlDatabase connection() const;
    const Clock& clock() const { return m_clock; }

    /** This database's identity (in the meta table), used to scope keychain entries. */
    QString uuid() const { return m_uuid; }

    int schemaVersion() const;
    int latestSchemaVersion() const;
    bool needsMigration() const { return schemaVersion() < latestSchemaVersion(); }
    /** Applies pending migrations, each in its transaction, after a verified backup. */
    Status migrate();
    /** Whether the schema holds a table or view of that name. */
    bool hasTable(const QString& name) const;

    /** Runs `fn` inside `BEGIN IMMEDIATE` … `COMMIT`; rolls back when it fails. Not reentrant. */
    Status write(const std::function<Status()>& fn);

    /** PRAGMA integrity_check: empty list when the file is sound, else SQLite's messages. */
    Result<QStringList> integrityCheck();
    /** PRAGMA quick_check: the cheaper check (no index cross-check), run before a CLI write. */
    Result<QStringList> quickCheck();
    /** PRAGMA foreign_key_check: one line per violation. */
    Result<QStringList> foreignKeyCheck();

    /** PRAGMA data_version: changes when another connection commits. */
    qint64 dataVersion() const;

    /** A consistent copy of the whole database (VACUUM INTO), for backups. */
    Status copyTo(const QString& targetFile);

    /** Runs one statement (with no bound value) and reports a translated error if it fails. */
    Status exec(const QString& sql);

    /** Turns a failed query into an Error (technical detail: the driver's text). */
    static Error sqlError(const QString& message, const class QSqlError& error);

private:
    Database(const QString& path, const Clock& clock, const QString& connectionName);
    Status configure(const Options& options);
    Status loadIdentity();
    Status applyMigration(const Migration& migration);
    Result<QStringList> runCheck(const QString& pragma);

    QString m_path;
    const Clock& m_clock;
    QString m_connectionName;
    QString m_uuid;
    QString m_backupDir;
    QList<Migration> m_migrations;
    bool m_inTransaction = false;
};

} // namespace Bureau

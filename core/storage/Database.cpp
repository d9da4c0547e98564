// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/Clock.h"
#include "core/storage/BackupManager.h"
#include "core/storage/ClientRepository.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDatabase, "bureau.database")

namespace Bureau
{

namespace
{

QAtomicInteger<quint64> s_connectionCounter;

// PRAGMA application_id of Bureau's files: 'BURE' (set by migration 1).
constexpr qint64 kApplicationId = 0x42555245;

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates the file with mode 0600 before SQLite does, so that -wal and -shm (which SQLite
// creates with the database file's permissions) are owner-only too.
Status createEmptyFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Database", "The database file “%1” cannot be created.").arg(path),
                           QString::fromLocal8Bit(strerror(errno)));
    }
    ::close(fd);
    return {};
}

Error corruptError(const QString& path, const QString& detail)
{
    return Error::make(Error::Kind::Corrupt,
                       QCoreApplication::translate("Database",
                                                   "“%1” is not a Bureau database, or it is damaged. "
                                                   "The file has been left untouched.")
                           .arg(QDir::toNativeSeparators(path)),
                       detail);
}

bool isCorruptionError(const QSqlError& error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), and their extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && ((code & 0xff) == 11 || (code & 0xff) == 26))
        return true;
    const QString text = error.driverText() + u' ' + error.databaseText();
    return text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed"));
}

} // namespace

Database::Database(const QString& path, const Clock& clock, const QString& connectionName)
    : m_path(path)
    , m_clock(clock)
    , m_connectionName(connectionName)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bureau.sqlite");
}

Status Database::validateFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::Kind::NotFound,
                           tr("The database file “%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("The database file “%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
                           file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return {}; // a new, empty database
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return corruptError(path, QStringLiteral("file shorter than the 100-byte SQLite header"));
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return corruptError(path, QStringLiteral("no SQLite header"));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return corruptError(path, QStringLiteral("invalid page size %1").arg(pageSize));
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header size is trusted only when written by SQLite 3.7.0 or later (valid-for matches).
    if (changeCounter == validFor && pageCount > 0 && size < qint64(pageCount) * pageSize)
        return corruptError(path, QStringLiteral("truncated: %1 bytes for %2 pages of %3 bytes")
                                      .arg(size)
                                      .arg(pageCount)
                                      .arg(pageSize));
    if (size % pageSize != 0)
        return corruptError(path, QStringLiteral("size %1 is not a multiple of the page size %2").arg(size).arg(pageSize));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock, const Options& options)
{
    if (path.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("No database file was given."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();

    const QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (options.readOnly)
            return Error::make(Error::Kind::NotFound,
                               tr("The database file “%1” does not exist.").arg(QDir::toNativeSeparators(absolute)));
        if (!QDir().mkpath(dir.absolutePath()))
            return Error::make(Error::Kind::Io,
                               tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(dir.absolutePath())));
        // Only a folder Bureau creates is made private; an existing one (/tmp…) is the user's.
        QFile::setPermissions(dir.absolutePath(), kOwnerDir);
    }

    if (!info.exists()) {
        if (options.readOnly)
            return Error::make(Error::Kind::NotFound,
                               tr("The database file “%1” does not exist.").arg(QDir::toNativeSeparators(absolute)));
        if (auto created = createEmptyFile(absolute); !created)
            return created.error();
    } else if (info.isDir()) {
        return Error::make(Error::Kind::Invalid,
                           tr("“%1” is a folder, not a database file.").arg(QDir::toNativeSeparators(absolute)));
    } else if (auto valid = validateFile(absolute); !valid) {
        return valid.error();
    }

    const QString connectionName = QStringLiteral("bureau-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(absolute, clock, connectionName));
    database->m_backupDir = options.backupDir;
    database->m_migrations = options.migrations.isEmpty() ? Migration::embedded() : options.migrations;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(absolute);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            if (isCorruptionError(error))
                return corruptError(absolute, error.text());
            return sqlError(tr("The database “%1” cannot be opened.").arg(QDir::toNativeSeparators(absolute)), error);
        }
    }
    if (auto configured = database->configure(options); !configured)
        return configured.error();
    return database;
}

Status Database::configure(const Options& options)
{
    QSqlQuery query(connection());
    // Reading the schema first fails fast on a file that is not a database, before any pragma
    // that could write (journal_mode) runs.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        if (isCorruptionError(query.lastError()))
            return corruptError(m_path, query.lastError().text());
        return sqlError(tr("The database “%1” cannot be read.").arg(QDir::toNativeSeparators(m_path)), query.lastError());
    }
    const int objects = query.value(0).toInt();
    query.finish();

    // Another program's SQLite file is never taken over: Bureau's carry its application_id from
    // migration 1 on; a file with tables but no schema version is not one of them either.
    if (options.migrations.isEmpty()) {
        qint64 applicationId = 0;
        if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
            applicationId = query.value(0).toLongLong();
        query.finish();
        const int version = schemaVersion();
        if ((version == 0 && objects > 0) || (version > 0 && applicationId != kApplicationId)) {
            return Error::make(Error::Kind::Invalid,
                               tr("“%1” is an SQLite database of another program, not a Bureau database. It has "
                                  "been left untouched.")
                                   .arg(QDir::toNativeSeparators(m_path)),
                               QStringLiteral("application_id %1, user_version %2, %3 schema objects")
                                   .arg(applicationId)
                                   .arg(version)
                                   .arg(objects));
        }
    }

    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!options.readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma)) {
            if (isCorruptionError(query.lastError()))
                return corruptError(m_path, query.lastError().text());
            return sqlError(tr("The database “%1” cannot be configured.").arg(QDir::toNativeSeparators(m_path)),
                            query.lastError());
        }
        query.finish();
    }
    if (!options.readOnly) {
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(m_path + suffix))
                QFile::setPermissions(m_path + suffix, kOwnerFile);
        }
    }

    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        return Error::make(Error::Kind::TooNew,
                           tr("The database “%1” was written by a newer version of Bureau (schema %2; this version "
                              "knows up to %3). Update Bureau to open it.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(version)
                               .arg(latestSchemaVersion()));
    }
    if (options.migrate == Migrate::Yes && !options.readOnly && needsMigration()) {
        if (auto migrated = migrate(); !migrated)
            return migrated;
    }
    // Clients without a search row (stored before version 5 added the folded index, or written by
    // another tool) get it now: the folding is Bureau's own, in C++, so SQL alone cannot keep it.
    // One cheap query when nothing is missing; retried at every open until it succeeds.
    if (!options.readOnly && hasTable(QStringLiteral("client_search"))) {
        if (auto indexed = ClientRepository(*this).reindexMissing(); !indexed)
            return indexed.error();
    }
    return loadIdentity();
}

Status Database::loadIdentity()
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // Databases built by test migrations may have no meta table: they simply have no identity.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))
        || !query.next() || query.value(0).toInt() == 0)
        return {};
    query.finish();
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'database_uuid'"));
    if (!query.exec())
        return sqlError(tr("The database identity cannot be read."), query.lastError());
    if (query.next()) {
        m_uuid = query.value(0).toString();
        return {};
    }
    query.finish();
    if (QSqlDatabase db = connection(); db.connectOptions().contains(QLatin1String("READONLY")))
        return {};
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto written = write([&]() -> Status {
        QSqlQuery insert(connection());
        insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_uuid', ?), ('created_at', ?)"));
        insert.addBindValue(uuid);
        insert.addBindValue(QString::number(m_clock.nowMs()));
        if (!insert.exec())
            return sqlError(tr("The database identity cannot be written."), insert.lastError());
        return {};
    });
    if (!written)
        return written;
    m_uuid = uuid;
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Database::latestSchemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Status Database::migrate()
{
    const int from = schemaVersion();
    if (from < 0)
        return Error::make(Error::Kind::Database, tr("The schema version of the database cannot be read."));
    if (from >= latestSchemaVersion())
        return {};

    // A verified backup before touching the schema of a database that holds data.
    if (from > 0) {
        BackupManager backups(*this, m_clock, m_backupDir);
        auto backup = backups.create(BackupManager::Reason::PreMigration);
        if (!backup) {
            return Error::make(backup.error().kind,
                               tr("The database was not updated, because the backup taken first failed: %1")
                                   .arg(backup.error().message),
                               backup.error().detail);
        }
        qCInfo(lcDatabase) << "backup before migration:" << backup->path;
    }

    for (const Migration& migration : std::as_const(m_migrations)) {
        if (migration.version <= from)
            continue;
        if (auto applied = applyMigration(migration); !applied)
            return applied;
        qCInfo(lcDatabase) << "applied migration" << migration.version << migration.name;
    }
    return {};
}

bool Database::hasTable(const QString& name) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

Status Database::applyMigration(const Migration& migration)
{
    auto statements = SqlSplitter::split(migration.sql);
    if (!statements)
        return Error::make(Error::Kind::Invalid,
                           tr("The database update %1 (%2) is malformed.").arg(migration.version).arg(migration.name),
                           statements.error().detail);

    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // Rebuilding a table: foreign keys off *before* BEGIN (inside a transaction the pragma is a
    // no-op, and DROP TABLE would cascade to child rows).
    if (migration.rebuildsTables && !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return sqlError(tr("The database update %1 cannot start.").arg(migration.version), query.lastError());

    auto restoreForeignKeys = [&] {
        if (migration.rebuildsTables)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    };
    auto fail = [&](const QString& message, const QString& detail) -> Status {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        restoreForeignKeys();
        return Error::make(Error::Kind::Database, message, detail);
    };

    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        restoreForeignKeys();
        return sqlError(tr("The database update %1 cannot start.").arg(migration.version), query.lastError());
    }
    for (const QString& statement : std::as_const(*statements)) {
        if (!query.exec(statement)) {
            return fail(tr("The database update %1 (%2) failed; nothing was changed.")
                            .arg(migration.version)
                            .arg(migration.name),
                        query.lastError().text() + QStringLiteral(" in: ") + statement.left(300));
        }
        query.finish();
    }
    if (migration.rebuildsTables) {
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail(tr("The database update %1 could not be checked; nothing was changed.").arg(migration.version),
                        query.lastError().text());
        QStringList violations;
        while (query.next())
            violations << query.value(0).toString() + u'#' + query.value(1).toString();
        query.finish();
        if (!violations.isEmpty())
            return fail(tr("The database update %1 would break links between records; nothing was changed.")
                            .arg(migration.version),
                        QStringLiteral("foreign_key_check: ") + violations.join(QStringLiteral(", ")));
    }
    // PRAGMA takes no bound value; the version is an integer from code.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
        return fail(tr("The database update %1 cannot be recorded; nothing was changed.").arg(migration.version),
                    query.lastError().text());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() || query.value(0).toInt() != migration.version)
        return fail(tr("The database update %1 cannot be recorded; nothing was changed.").arg(migration.version),
                    QStringLiteral("user_version did not take the new value"));
    query.finish();
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(tr("The database update %1 cannot be saved; nothing was changed.").arg(migration.version),
                    query.lastError().text());
    restoreForeignKeys();
    return {};
}

Status Database::write(const std::function<Status()>& fn)
{
    Q_ASSERT_X(!m_inTransaction, "Database::write", "write transactions do not nest");
    if (m_inTransaction)
        return Error::make(Error::Kind::Generic, tr("Internal error: a write was started inside another one."));
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (isCorruptionError(query.lastError()))
            return corruptError(m_path, query.lastError().text());
        return sqlError(tr("The database is busy or cannot be written."), query.lastError());
    }
    m_inTransaction = true;
    Status result = fn();
    if (!result) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
        return result;
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = query.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
        return sqlError(tr("The changes cannot be saved."), error);
    }
    m_inTransaction = false;
    return {};
}

Result<QStringList> Database::integrityCheck()
{
    return runCheck(QStringLiteral("PRAGMA integrity_check"));
}

Result<QStringList> Database::quickCheck()
{
    return runCheck(QStringLiteral("PRAGMA quick_check"));
}

Result<QStringList> Database::runCheck(const QString& pragma)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        if (isCorruptionError(query.lastError()))
            return QStringList{query.lastError().text()};
        return sqlError(tr("The integrity check cannot run."), query.lastError());
    }
    QStringList messages;
    while (query.next())
        messages << query.value(0).toString();
    if (query.lastError().isValid() && isCorruptionError(query.lastError()))
        messages << query.lastError().text();
    if (messages == QStringList{QStringLiteral("ok")})
        return QStringList{};
    return messages;
}

Result<QStringList> Database::foreignKeyCheck()
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(tr("The check of links between records cannot run."), query.lastError());
    QStringList violations;
    while (query.next()) {
        violations << QStringLiteral("%1 row %2 → %3")
                          .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }
    return violations;
}

qint64 Database::dataVersion() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Status Database::copyTo(const QString& targetFile)
{
    if (QFile::exists(targetFile))
        return Error::make(Error::Kind::Conflict,
                           tr("“%1” already exists.").arg(QDir::toNativeSeparators(targetFile)));
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetFile);
    if (!query.exec()) {
        QFile::remove(targetFile);
        if (isCorruptionError(query.lastError()))
            return corruptError(m_path, query.lastError().text());
        return sqlError(tr("The database cannot be copied to “%1”.").arg(QDir::toNativeSeparators(targetFile)),
                        query.lastError());
    }
    QFile::setPermissions(targetFile, kOwnerFile);
    return {};
}

Status Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(tr("The database refused an operation."), query.lastError());
    return {};
}

Error Database::sqlError(const QString& message, const QSqlError& error)
{
    qCWarning(lcDatabase).noquote() << message << '|' << error.text();
    return Error::make(Error::Kind::Database, message, error.text());
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LargeDataset.h"

#include "core/Clock.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <filesystem>
#include <system_error>

namespace Bureau::Bench
{

namespace
{

// SQLite's companions of a database file.
QStringList sidecarsOf(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

Status removeFiles(const QStringList& files)
{
    for (const QString& file : files) {
        if (QFile::exists(file) && !QFile::remove(file))
            return Error::make(Error::Kind::Io, QStringLiteral("cannot remove %1").arg(file));
    }
    return {};
}

Result<qint64> countRows(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // The table name comes from code, never from input.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return Database::sqlError(QStringLiteral("cannot count %1").arg(table), query.lastError());
    return query.value(0).toLongLong();
}

} // namespace

LargeDataset::LargeDataset(const QString& dataDir, const Clock& clock)
    : m_dataDir(dataDir)
    , m_clock(clock)
{
}

QString LargeDataset::path() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("large.sqlite"));
}

QString LargeDataset::staleReason() const
{
    if (!QFileInfo::exists(path()))
        return QStringLiteral("absent");
    Database::Options options;
    options.migrate = Database::Migrate::No;
    auto opened = Database::open(path(), m_clock, options);
    if (!opened)
        return QStringLiteral("unreadable: ") + opened.error().oneLine();
    Database& database = *opened.value();
    if (database.schemaVersion() != database.latestSchemaVersion())
        return QStringLiteral("schema %1, the binary's latest is %2")
            .arg(database.schemaVersion())
            .arg(database.latestSchemaVersion());
    auto clients = countRows(database, QStringLiteral("clients"));
    if (!clients)
        return QStringLiteral("unreadable: ") + clients.error().oneLine();
    if (*clients == 0)
        return QStringLiteral("holds no clients");
    // Written before the demo generator made time entries (issue 5).
    auto entries = countRows(database, QStringLiteral("time_entries"));
    if (!entries)
        return QStringLiteral("unreadable: ") + entries.error().oneLine();
    if (*entries == 0)
        return QStringLiteral("holds no time entries");
    return {};
}

Result<LargeDataset::Info> LargeDataset::prepare(bool regenerate)
{
    if (!QDir().mkpath(m_dataDir))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot create the data folder %1").arg(m_dataDir));
    if (DatabaseLock::isHeldByAnother(path()))
        return Error::make(Error::Kind::Locked,
                           QStringLiteral("%1 is open in a running Bureau; close it first").arg(path()));

    const QString reason = regenerate ? QStringLiteral("--regenerate") : staleReason();
    double generationMs = 0;
    if (!reason.isEmpty()) {
        QTextStream(stderr) << "bench: generating the large dataset (" << reason << ") in " << path() << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        if (auto generated = generate(); !generated)
            return generated.error();
        generationMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    auto info = describe();
    if (!info)
        return info;
    info->generated = !reason.isEmpty();
    info->reason = reason.isEmpty() ? QStringLiteral("reused") : reason;
    info->generationMs = generationMs;
    return info;
}

Status LargeDataset::generate()
{
    const QString partial = path() + QStringLiteral(".partial");
    if (auto removed = removeFiles(QStringList{partial} + sidecarsOf(partial)); !removed)
        return removed;
    {
        auto opened = Database::open(partial, m_clock);
        if (!opened)
            return opened.error();
        Database& database = *opened.value();
        DemoGenerator generator(database);
        auto generated = generator.generate(DemoGenerator::Size::Large);
        if (!generated)
            return generated.error();
        // Fold the WAL into the main file, so that the file renamed below is the whole dataset.
        QSqlQuery checkpoint(database.connection());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return Database::sqlError(QStringLiteral("cannot checkpoint the dataset"), checkpoint.lastError());
    }
    const QFileInfo wal(partial + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return Error::make(Error::Kind::Io,
                           QStringLiteral("%1 still has a write-ahead log after closing").arg(partial));

    // The old dataset's -wal and -shm must go first: a stale WAL replayed over the new file would corrupt it.
    if (auto removed = removeFiles(sidecarsOf(path())); !removed)
        return removed;
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(path()).toStdString(), error);
    if (error)
        return Error::make(Error::Kind::Io, QStringLiteral("cannot rename %1 to %2").arg(partial, path()),
                           QString::fromStdString(error.message()));
    return removeFiles(sidecarsOf(partial));
}

Result<LargeDataset::Info> LargeDataset::describe() const
{
    Database::Options options;
    options.migrate = Database::Migrate::No;
    auto opened = Database::open(path(), m_clock, options);
    if (!opened)
        return opened.error();
    Database& database = *opened.value();
    auto clients = countRows(database, QStringLiteral("clients"));
    if (!clients)
        return clients.error();
    auto contacts = countRows(database, QStringLiteral("contacts"));
    if (!contacts)
        return contacts.error();
    Info info;
    info.path = path();
    info.clients = *clients;
    info.contacts = *contacts;
    info.bytes = QFileInfo(path()).size();
    return info;
}

} // namespace Bureau::Bench

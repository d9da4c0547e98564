// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/BackupManager.h"

#include "core/storage/Migration.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/ZipReader.h"
#include "core/storage/ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <algorithm>

namespace Bureau
{

namespace
{

constexpr int ManifestFormat = 1;
constexpr qint64 MaxManifestSize = 16 * 1024 * 1024;
constexpr int KeepDays = 7;
constexpr int KeepWeeks = 4;
constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

const QString& databaseEntry()
{
    static const QString name = QStringLiteral("bureau.sqlite");
    return name;
}

const QString& manifestEntry()
{
    static const QString name = QStringLiteral("manifest.json");
    return name;
}

/** The folders beside the database whose files a backup carries (attachments, issued PDFs, the logo). */
QStringList carriedFolders()
{
    return {QStringLiteral("documents"), QStringLiteral("archive"), QStringLiteral("profile")};
}

QString stampOf(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

const QRegularExpression& archiveNamePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^bureau-(\\d{8}-\\d{6})-(manual|automatic|pre-migration)(?:-(\\d{1,6}))?\\.zip$"));
    return pattern;
}

/** Creates a folder (and its parents) that does not exist yet, owner-only. Existing ones are left as they are. */
Status ensureDir(const QString& path)
{
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, OwnerOnlyDir)) {
        return Error::make(Error::Kind::Io, BackupManager::tr("Could not create the folder %1.").arg(path),
                           QStringLiteral("mkpath/chmod failed"));
    }
    return {};
}

/** `<dir>/<base><ext>`, or `<dir>/<base>-2<ext>`, -3… when taken. */
QString uniquePath(const QString& dir, const QString& base, const QString& extension)
{
    QString candidate = dir + u'/' + base + extension;
    for (int n = 2; QFileInfo::exists(candidate) && n < 100000; ++n)
        candidate = dir + u'/' + base + u'-' + QString::number(n) + extension;
    return candidate;
}

struct CheckedDatabase
{
    int userVersion = 0;
};

/** Opens a database file read-only on its own connection and runs PRAGMA integrity_check. */
Result<CheckedDatabase> checkDatabaseFile(const QString& path, const QString& label)
{
    const QString connectionName = u"bureau-backup-check-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Error> error;
    CheckedDatabase result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        const QString failed = BackupManager::tr("The database in %1 failed its integrity check.").arg(label);
        if (!db.open()) {
            error = Error::make(Error::Kind::Corrupt, failed, db.lastError().text());
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            QStringList messages;
            if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
                error = Error::make(Error::Kind::Corrupt, failed, query.lastError().text());
            } else {
                while (query.next())
                    messages.append(query.value(0).toString());
                query.finish();
                if (messages != QStringList{QStringLiteral("ok")})
                    error = Error::make(Error::Kind::Corrupt, failed, messages.mid(0, 10).join(u"; "));
            }
            if (!error) {
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    result.userVersion = query.value(0).toInt();
                else
                    error = Error::make(Error::Kind::Corrupt, failed, query.lastError().text());
                query.finish();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (error)
        return *error;
    return result;
}

struct ManifestFile
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; // hex, lower case
};

struct Manifest
{
    int format = 0;
    QDateTime created;
    BackupManager::Reason reason = BackupManager::Reason::Manual;
    int schemaVersion = 0;
    QString databaseUuid;
    QList<ManifestFile> files;
};

bool isCarriedPath(const QString& path)
{
    if (path == databaseEntry())
        return true;
    const QStringList folders = carriedFolders();
    return std::any_of(folders.cbegin(), folders.cend(),
                       [&path](const QString& folder) { return path.startsWith(folder + u'/'); });
}

Result<Manifest> parseManifest(const QByteArray& json, const QString& archive)
{
    const auto invalid = [&archive](const QString& detail) {
        return Error::make(Error::Kind::Corrupt,
                           BackupManager::tr("The manifest of the backup %1 is invalid.").arg(archive), detail);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(parseError.errorString());
    const QJsonObject object = document.object();
    const auto integer = [](const QJsonValue& value, qint64 max) -> std::optional<qint64> {
        if (!value.isDouble())
            return std::nullopt;
        const double number = value.toDouble();
        if (number < 0 || number > static_cast<double>(max)
            || number != static_cast<double>(static_cast<qint64>(number)))
            return std::nullopt;
        return static_cast<qint64>(number);
    };

    Manifest manifest;
    const auto format = integer(object.value(u"format"), 1000000);
    if (!format || *format < 1)
        return invalid(QStringLiteral("format"));
    manifest.format = static_cast<int>(*format);
    if (manifest.format > ManifestFormat) {
        return Error::make(Error::Kind::TooNew,
                           BackupManager::tr("The backup %1 was made by a newer version of Bureau.").arg(archive),
                           QStringLiteral("manifest format %1").arg(manifest.format));
    }
    if (object.value(u"application").toString() != u"Bureau")
        return invalid(QStringLiteral("application"));
    manifest.created = QDateTime::fromString(object.value(u"created").toString(), Qt::ISODateWithMs).toUTC();
    if (!manifest.created.isValid())
        return invalid(QStringLiteral("created"));
    const auto reason = BackupManager::reasonFromName(object.value(u"reason").toString());
    if (!reason)
        return invalid(QStringLiteral("reason"));
    manifest.reason = *reason;
    const auto schemaVersion = integer(object.value(u"schemaVersion"), 1000000);
    if (!schemaVersion)
        return invalid(QStringLiteral("schemaVersion"));
    manifest.schemaVersion = static_cast<int>(*schemaVersion);
    if (!object.value(u"databaseUuid").isString())
        return invalid(QStringLiteral("databaseUuid"));
    manifest.databaseUuid = object.value(u"databaseUuid").toString();

    if (!object.value(u"files").isArray())
        return invalid(QStringLiteral("files"));
    QSet<QString> seen;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue& value : object.value(u"files").toArray()) {
        const QJsonObject file = value.toObject();
        ManifestFile entry;
        entry.path = file.value(u"path").toString();
        const auto size = integer(file.value(u"size"), Q_INT64_C(1) << 52);
        const QString sha256 = file.value(u"sha256").toString();
        if (!ZipReader::checkName(entry.path) || entry.path.endsWith(u'/') || !isCarriedPath(entry.path)
            || seen.contains(entry.path)) {
            return invalid(u"files: path \"" + entry.path + u'"');
        }
        if (!size || !hex.match(sha256).hasMatch())
            return invalid(u"files: size or sha256 of \"" + entry.path + u'"');
        entry.size = *size;
        entry.sha256 = sha256.toLatin1();
        seen.insert(entry.path);
        manifest.files.append(entry);
    }
    if (!seen.contains(databaseEntry()))
        return invalid(QStringLiteral("files: no bureau.sqlite"));
    return manifest;
}

Result<Manifest> readManifest(ZipReader& reader, const QString& archive)
{
    if (!reader.contains(manifestEntry())) {
        return Error::make(Error::Kind::Corrupt, BackupManager::tr("The backup %1 has no manifest.").arg(archive),
                           QStringLiteral("manifest.json missing"));
    }
    auto json = reader.read(manifestEntry(), MaxManifestSize);
    if (!json) {
        return Error::make(Error::Kind::Corrupt,
                           BackupManager::tr("The manifest of the backup %1 is invalid.").arg(archive),
                           json.error().oneLine());
    }
    return parseManifest(*json, archive);
}

Status openArchive(ZipReader& reader, const QString& archive)
{
    auto opened = reader.open(archive);
    if (opened)
        return {};
    if (opened.error().kind == Error::Kind::Io)
        return Error::make(Error::Kind::Io, BackupManager::tr("Could not read the backup %1.").arg(archive),
                           opened.error().oneLine());
    return Error::make(Error::Kind::Corrupt,
                       BackupManager::tr("The backup %1 is damaged or is not a Bureau backup.").arg(archive),
                       opened.error().oneLine());
}

BackupManager::BackupInfo infoFrom(const QString& archive, const Manifest& manifest)
{
    BackupManager::BackupInfo info;
    info.path = archive;
    info.created = manifest.created;
    info.reason = manifest.reason;
    info.schemaVersion = manifest.schemaVersion;
    info.databaseUuid = manifest.databaseUuid;
    info.size = QFileInfo(archive).size();
    return info;
}

/** The -N suffix of an archive name (1 without one), to order backups taken in the same second. */
int sequenceOf(const QString& path)
{
    const auto match = archiveNamePattern().match(QFileInfo(path).fileName());
    return match.hasMatch() && match.hasCaptured(3) ? match.captured(3).toInt() : 1;
}

void sortNewestFirst(QList<BackupManager::BackupInfo>& backups)
{
    std::sort(backups.begin(), backups.end(), [](const auto& a, const auto& b) {
        if (a.created != b.created)
            return a.created > b.created;
        if (sequenceOf(a.path) != sequenceOf(b.path))
            return sequenceOf(a.path) > sequenceOf(b.path);
        return a.path > b.path;
    });
}

enum class Extract
{
    Nothing,  // hash every file, check nothing else
    Database, // also extract the database to a temporary file and check it
    All,      // extract every file under a folder and check the database there
};

/**
 * Reads an archive in full against its manifest. With Extract::All, the files land under
 * `extractTo` with their relative paths (the caller removes them on failure).
 */
Result<BackupManager::BackupInfo> inspect(const QString& archive, Extract extract, const QString& extractTo = {})
{
    ZipReader reader;
    if (auto status = openArchive(reader, archive); !status)
        return status.error();
    auto manifest = readManifest(reader, archive);
    if (!manifest)
        return manifest.error();

    QSet<QString> listed;
    for (const auto& file : std::as_const(manifest->files))
        listed.insert(file.path);
    for (const auto& entry : reader.entries()) {
        if (entry.name != manifestEntry() && !listed.contains(entry.name)) {
            return Error::make(Error::Kind::Corrupt,
                               BackupManager::tr("The backup %1 holds the file %2, which its manifest does not list.")
                                   .arg(archive, entry.name),
                               QStringLiteral("unlisted entry"));
        }
    }

    std::optional<QTemporaryFile> temporary;
    QString databaseFile;
    for (const auto& file : std::as_const(manifest->files)) {
        const ZipReader::Entry* entry = reader.find(file.path);
        if (!entry) {
            return Error::make(
                Error::Kind::Corrupt,
                BackupManager::tr("The backup %1 lacks the file %2 that its manifest lists.").arg(archive, file.path),
                QStringLiteral("missing entry"));
        }
        const QString mismatch =
            BackupManager::tr("The file %2 in the backup %1 does not match its manifest.").arg(archive, file.path);
        if (entry->isDirectory || entry->size != file.size) {
            return Error::make(Error::Kind::Corrupt, mismatch,
                               QStringLiteral("size %1, manifest says %2").arg(entry->size).arg(file.size));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        Status status;
        if (extract == Extract::All) {
            const QString target = extractTo + u'/' + file.path;
            if (auto made = ensureDir(QFileInfo(target).absolutePath()); !made)
                return made.error();
            QSaveFile out(target);
            out.setDirectWriteFallback(false);
            if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(OwnerOnlyFile)) {
                return Error::make(Error::Kind::Io, BackupManager::tr("Could not write %1.").arg(target),
                                   out.errorString());
            }
            status = reader.extract(file.path, out, &hash);
            if (status && !out.commit()) {
                status = Error::make(Error::Kind::Io, BackupManager::tr("Could not write %1.").arg(target),
                                     out.errorString());
            }
            if (file.path == databaseEntry())
                databaseFile = target;
        } else if (extract == Extract::Database && file.path == databaseEntry()) {
            // Beside the archive (room for it is likely there; /tmp may be a small tmpfs), else in /tmp.
            temporary.emplace(QFileInfo(archive).absolutePath() + u"/.bureau-verify-XXXXXX.sqlite");
            if (!temporary->open()) {
                temporary.emplace(QDir::tempPath() + u"/bureau-verify-XXXXXX.sqlite");
                if (!temporary->open()) {
                    return Error::make(Error::Kind::Io,
                                       BackupManager::tr("Could not create a temporary file to check the backup."),
                                       temporary->errorString());
                }
            }
            status = reader.extract(file.path, *temporary, &hash);
            if (status && !temporary->flush()) {
                status = Error::make(Error::Kind::Io,
                                     BackupManager::tr("Could not create a temporary file to check the backup."),
                                     temporary->errorString());
            }
            temporary->close(); // SQLite opens it next: no other descriptor may hold it (POSIX locks)
            databaseFile = temporary->fileName();
        } else {
            status = reader.check(file.path, &hash);
        }
        if (!status) {
            if (status.error().kind != Error::Kind::Corrupt)
                return status.error();
            return Error::make(Error::Kind::Corrupt,
                               BackupManager::tr("The file %2 in the backup %1 is damaged.").arg(archive, file.path),
                               status.error().oneLine());
        }
        if (hash.result().toHex() != file.sha256)
            return Error::make(Error::Kind::Corrupt, mismatch, QStringLiteral("SHA-256 differs"));
    }

    if (!databaseFile.isEmpty()) {
        auto checked = checkDatabaseFile(databaseFile, archive);
        if (!checked)
            return checked.error();
        if (checked->userVersion != manifest->schemaVersion) {
            return Error::make(Error::Kind::Corrupt,
                               BackupManager::tr("The file %2 in the backup %1 does not match its manifest.")
                                   .arg(archive, databaseEntry()),
                               QStringLiteral("user_version %1, manifest says %2")
                                   .arg(checked->userVersion)
                                   .arg(manifest->schemaVersion));
        }
    }
    auto info = infoFrom(archive, *manifest);
    info.verified = extract != Extract::Nothing;
    return info;
}

/** What a backup's file name tells, for an archive whose manifest cannot be read. */
BackupManager::BackupInfo infoFromName(const QString& path)
{
    BackupManager::BackupInfo info;
    info.path = path;
    const QFileInfo file(path);
    info.size = file.size();
    const auto match = archiveNamePattern().match(file.fileName());
    if (match.hasMatch()) {
        info.created = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        info.created.setTimeSpec(Qt::UTC);
        info.reason = BackupManager::reasonFromName(match.captured(2)).value_or(BackupManager::Reason::Manual);
    }
    if (!info.created.isValid())
        info.created = file.lastModified().toUTC();
    return info;
}

/** Streams a file to a new file through QSaveFile, owner-only. */
Status copyFile(const QString& from, const QString& to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, BackupManager::tr("Could not read %1.").arg(from), source.errorString());
    QSaveFile target(to);
    target.setDirectWriteFallback(false);
    if (!target.open(QIODevice::WriteOnly) || !target.setPermissions(OwnerOnlyFile))
        return Error::make(Error::Kind::Io, BackupManager::tr("Could not write %1.").arg(to), target.errorString());
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = source.read(buffer.data(), buffer.size());
        if (got < 0) {
            target.cancelWriting();
            return Error::make(Error::Kind::Io, BackupManager::tr("Could not read %1.").arg(from),
                               source.errorString());
        }
        if (got == 0)
            break;
        if (target.write(buffer.constData(), got) != got) {
            target.cancelWriting();
            return Error::make(Error::Kind::Io, BackupManager::tr("Could not write %1.").arg(to), target.errorString());
        }
    }
    if (!target.commit())
        return Error::make(Error::Kind::Io, BackupManager::tr("Could not write %1.").arg(to), target.errorString());
    return {};
}

/** Removes the temporary database copies that a crashed backup may have left (older than a day). */
void removeStaleCopies(const QString& dir, const QDateTime& nowUtc)
{
    const QDir folder(dir);
    const auto stale =
        folder.entryInfoList({QStringLiteral(".bureau-backup-*.sqlite*"), QStringLiteral(".bureau-verify-*.sqlite")},
                             QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : stale) {
        if (file.lastModified().toUTC().secsTo(nowUtc) > 24 * 3600)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace

QString BackupManager::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Manual:
        return QStringLiteral("manual");
    case Reason::Automatic:
        return QStringLiteral("automatic");
    case Reason::PreMigration:
        return QStringLiteral("pre-migration");
    }
    return QStringLiteral("manual");
}

std::optional<BackupManager::Reason> BackupManager::reasonFromName(const QString& name)
{
    for (const Reason reason : {Reason::Manual, Reason::Automatic, Reason::PreMigration}) {
        if (reasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

QString BackupManager::defaultBackupDir(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + u"/backups";
}

BackupManager::BackupManager(Database& db, const Clock& clock, QString backupDir, QString secondDir)
    : m_db(db)
    , m_clock(clock)
    , m_backupDir(backupDir.isEmpty() ? defaultBackupDir(db.path()) : QFileInfo(backupDir).absoluteFilePath())
    , m_secondDir(secondDir.isEmpty() ? QString() : QFileInfo(secondDir).absoluteFilePath())
{
}

Result<BackupManager::BackupInfo> BackupManager::create(Reason reason)
{
    if (auto status = ensureDir(m_backupDir); !status)
        return status.error();
    const QDateTime created = m_clock.nowUtc();
    removeStaleCopies(m_backupDir, created);

    // VACUUM INTO refuses an existing file: a fresh name, created by SQLite, removed whatever happens.
    const QString copy =
        m_backupDir + u"/.bureau-backup-" + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite";
    struct Remove final
    {
        QString path;
        ~Remove()
        {
            QFile::remove(path);
            QFile::remove(path + u"-journal");
        }
    } removeCopy{copy};

    if (auto status = m_db.copyTo(copy); !status)
        return status.error();
    QFile::setPermissions(copy, OwnerOnlyFile);
    auto checked = checkDatabaseFile(copy, m_db.path());
    if (!checked)
        return checked.error();

    auto written = writeArchive(copy, reason, created, checked->userVersion);
    if (!written)
        return written.error();
    // Read it back: every entry decompresses and matches the manifest (the database bytes were
    // checked above, and their SHA-256 proves the archive holds those very bytes).
    auto info = inspect(written->path, Extract::Nothing);
    if (!info) {
        QFile::remove(written->path);
        return info.error();
    }
    info->verified = true;

    if (!m_secondDir.isEmpty()) {
        if (auto status = copyToSecondDir(info->path); !status)
            info->warning = status.error().message;
    }
    return info;
}

Result<BackupManager::BackupInfo> BackupManager::writeArchive(const QString& databaseCopy, Reason reason,
                                                              const QDateTime& created, int schemaVersion)
{
    const QString path =
        uniquePath(m_backupDir, u"bureau-" + stampOf(created) + u'-' + reasonName(reason), QStringLiteral(".zip"));
    ZipWriter writer;
    if (auto status = writer.open(path, OwnerOnlyFile); !status)
        return status.error();
    writer.setDefaultTime(created);

    QJsonArray files;
    const auto add = [&writer, &files, &created](const QString& name, const QString& source, bool keepTime) -> Status {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        ZipWriter::EntryOptions options;
        options.hash = &hash;
        if (!keepTime)
            options.modified = created;
        if (auto status = writer.addFile(name, source, options); !status)
            return status;
        files.append(QJsonObject{
            {QStringLiteral("path"), name},
            {QStringLiteral("size"), static_cast<double>(writer.lastEntrySize())},
            {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())},
        });
        return {};
    };

    if (auto status = add(databaseEntry(), databaseCopy, false); !status)
        return status.error();
    const QString base = QFileInfo(m_db.path()).absolutePath();
    for (const QString& folder : carriedFolders()) {
        const QString root = base + u'/' + folder;
        if (!QFileInfo(root).isDir())
            continue;
        // Symbolic links are not followed: a backup carries the practice's own files, nothing else.
        QStringList relative;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext())
            relative.append(QDir(base).relativeFilePath(it.next()));
        relative.sort();
        for (const QString& name : std::as_const(relative)) {
            if (auto status = add(name, base + u'/' + name, true); !status)
                return status.error();
        }
    }

    const QJsonObject manifest{
        {QStringLiteral("format"), ManifestFormat},
        {QStringLiteral("application"), QStringLiteral("Bureau")},
        {QStringLiteral("applicationVersion"), QStringLiteral(BUREAU_VERSION)},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), reasonName(reason)},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("databaseUuid"), m_db.uuid()},
        {QStringLiteral("files"), files},
    };
    if (auto status = writer.addData(manifestEntry(), QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        !status) {
        return status.error();
    }
    if (auto status = writer.finish(); !status)
        return status.error();

    BackupInfo info;
    info.path = path;
    info.created = created;
    info.reason = reason;
    info.schemaVersion = schemaVersion;
    info.databaseUuid = m_db.uuid();
    info.size = QFileInfo(path).size();
    return info;
}

Status BackupManager::copyToSecondDir(const QString& archive) const
{
    if (QFileInfo(m_secondDir).canonicalFilePath() == QFileInfo(m_backupDir).canonicalFilePath())
        return {};
    const auto failed = [this](const Error& error) {
        return Error::make(error.kind, tr("The backup was written, but copying it to %1 failed.").arg(m_secondDir),
                           error.oneLine());
    };
    if (auto status = ensureDir(m_secondDir); !status)
        return failed(status.error());
    const QFileInfo source(archive);
    const QString target = uniquePath(m_secondDir, source.completeBaseName(), QStringLiteral(".zip"));
    if (auto status = copyFile(archive, target); !status)
        return failed(status.error());
    if (auto copied = inspect(target, Extract::Nothing); !copied) {
        QFile::remove(target);
        return failed(copied.error());
    }
    return {};
}

Result<QList<BackupManager::BackupInfo>> BackupManager::list() const
{
    return listIn(m_backupDir, m_db.uuid());
}

Result<QList<BackupManager::BackupInfo>> BackupManager::listIn(const QString& backupDir, const QString& databaseUuid)
{
    QList<BackupInfo> backups;
    const QDir dir(backupDir);
    if (!dir.exists())
        return backups;
    const QStringList names = dir.entryList({QStringLiteral("bureau-*.zip")}, QDir::Files);
    for (const QString& name : names) {
        const QString path = dir.absoluteFilePath(name);
        ZipReader reader;
        auto status = openArchive(reader, path);
        std::optional<Result<Manifest>> manifest;
        if (status)
            manifest = readManifest(reader, path);
        if (!status || !*manifest) {
            BackupInfo info = infoFromName(path);
            info.problem = status ? (*manifest).error().message : status.error().message;
            backups.append(info);
            continue;
        }
        const Manifest& parsed = manifest->value();
        if (!databaseUuid.isEmpty() && parsed.databaseUuid != databaseUuid)
            continue;
        backups.append(infoFrom(path, parsed));
    }
    sortNewestFirst(backups);
    return backups;
}

Status BackupManager::rotate(const QTimeZone& zone)
{
    auto status = rotateIn(m_backupDir, zone);
    if (!m_secondDir.isEmpty()) {
        auto second = rotateIn(m_secondDir, zone);
        if (status && !second)
            status = second;
    }
    return status;
}

Status BackupManager::rotateIn(const QString& dir, const QTimeZone& zone) const
{
    auto all = listIn(dir, m_db.uuid());
    if (!all)
        return all.error();
    QList<BackupInfo> automatic;
    for (const auto& backup : std::as_const(*all)) {
        // Only what is certainly this database's automatic backup may go.
        if (backup.problem.isEmpty() && backup.reason == Reason::Automatic && backup.databaseUuid == m_db.uuid())
            automatic.append(backup);
    }
    // Newest first, so the first one met of a day (a week) is that day's (week's) newest.
    QSet<QString> keep;
    QList<QDate> days;
    for (const auto& backup : std::as_const(automatic)) {
        const QDate day = backup.created.toTimeZone(zone).date();
        if (days.size() < KeepDays && !days.contains(day)) {
            days.append(day);
            keep.insert(backup.path);
        }
    }
    if (days.size() == KeepDays) {
        const auto weekKey = [](const QDate& date) {
            int year = 0;
            const int week = date.weekNumber(&year);
            return year * 100 + week;
        };
        const int dailyWeek = weekKey(days.constLast());
        QList<int> weeks;
        for (const auto& backup : std::as_const(automatic)) {
            const int week = weekKey(backup.created.toTimeZone(zone).date());
            if (week < dailyWeek && weeks.size() < KeepWeeks && !weeks.contains(week)) {
                weeks.append(week);
                keep.insert(backup.path);
            }
        }
    }
    QStringList failed;
    for (const auto& backup : std::as_const(automatic)) {
        if (!keep.contains(backup.path) && !QFile::remove(backup.path))
            failed.append(backup.path);
    }
    if (!failed.isEmpty()) {
        return Error::make(Error::Kind::Io,
                           tr("Could not delete %n old backup(s).", "", static_cast<int>(failed.size())),
                           failed.join(u", "));
    }
    return {};
}

Result<std::optional<BackupManager::BackupInfo>> BackupManager::createAutomaticIfDue(const QTimeZone& zone)
{
    auto backups = list();
    if (!backups)
        return backups.error();
    const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
    for (const auto& backup : std::as_const(*backups)) {
        if (backup.problem.isEmpty() && backup.reason == Reason::Automatic
            && backup.created.toTimeZone(zone).date() == today) {
            return std::optional<BackupInfo>();
        }
    }
    auto created = create(Reason::Automatic);
    if (!created)
        return created.error();
    if (auto status = rotate(zone); !status) {
        created->warning =
            created->warning.isEmpty() ? status.error().message : created->warning + u'\n' + status.error().message;
    }
    return std::optional<BackupInfo>(*created);
}

Result<std::optional<BackupManager::BackupInfo>> BackupManager::lastGood() const
{
    auto found = lastGoodIn(m_backupDir, m_db.uuid());
    if (!found || found->has_value() || m_secondDir.isEmpty())
        return found;
    return lastGoodIn(m_secondDir, m_db.uuid());
}

Result<std::optional<BackupManager::BackupInfo>> BackupManager::lastGoodIn(const QString& backupDir,
                                                                           const QString& databaseUuid)
{
    auto backups = listIn(backupDir, databaseUuid);
    if (!backups)
        return backups.error();
    for (const auto& backup : std::as_const(*backups)) {
        if (!backup.problem.isEmpty())
            continue;
        auto verified = verify(backup.path);
        if (verified)
            return std::optional<BackupInfo>(*verified);
    }
    return std::optional<BackupInfo>();
}

Result<BackupManager::BackupInfo> BackupManager::verify(const QString& archive)
{
    return inspect(archive, Extract::Database);
}

Status BackupManager::restore(const QString& archive, const QString& targetDatabasePath, const Clock& clock)
{
    const QFileInfo targetInfo(targetDatabasePath);
    const QString target = targetInfo.absoluteFilePath();
    const QString targetDir = targetInfo.absolutePath();
    if (targetInfo.isDir())
        return Error::make(Error::Kind::Invalid, tr("%1 is a folder, not a database file.").arg(target));
    if (auto status = ensureDir(targetDir); !status)
        return status;

    // Everything is extracted and checked in a staging folder beside the target (same file system,
    // so the final moves are renames) before anything that exists is touched.
    const QString staging = targetDir + u"/.bureau-restore-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkdir(staging, OwnerOnlyDir)) {
        return Error::make(Error::Kind::Io, tr("Could not create the folder %1.").arg(staging),
                           QStringLiteral("mkdir failed"));
    }
    struct RemoveStaging final
    {
        QString path;
        ~RemoveStaging() { QDir(path).removeRecursively(); }
    } removeStaging{staging};

    auto inspected = inspect(archive, Extract::All, staging);
    if (!inspected)
        return inspected.error();
    // A backup this version cannot open must not replace a database it can.
    if (const QList<Migration> known = Migration::embedded();
        !known.isEmpty() && inspected->schemaVersion > known.constLast().version) {
        return Error::make(Error::Kind::TooNew,
                           tr("The backup %1 was made by a newer version of Bureau: update Bureau to restore it.")
                               .arg(archive),
                           QStringLiteral("schema %1").arg(inspected->schemaVersion));
    }

    // Set aside, never delete: the database with its journal files, then the carried folders, all
    // under one tag (the Clock's UTC time, -2, -3… when taken).
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    const QString marker = QStringLiteral(".before-restore-");
    const auto tagFree = [&](const QString& tag) {
        const bool databaseFree = std::none_of(suffixes.cbegin(), suffixes.cend(), [&](const QString& suffix) {
            return QFileInfo::exists(target + marker + tag + suffix);
        });
        const QStringList folders = carriedFolders();
        return databaseFree && std::none_of(folders.cbegin(), folders.cend(), [&](const QString& folder) {
                   return QFileInfo::exists(targetDir + u'/' + folder + marker + tag);
               });
    };
    const QString stamp = stampOf(clock.nowUtc());
    QString tag = stamp;
    for (int n = 2; !tagFree(tag) && n < 100000; ++n)
        tag = stamp + u'-' + QString::number(n);

    QList<std::pair<QString, QString>> moved; // from, to: undone in reverse order on failure
    const auto move = [&moved](const QString& from, const QString& to) -> Status {
        if (QFileInfo::exists(to) || !QDir().rename(from, to)) {
            return Error::make(Error::Kind::Io, tr("Could not move %1 to %2.").arg(from, to),
                               QStringLiteral("rename failed"));
        }
        moved.append({from, to});
        return {};
    };
    const auto undo = [&moved]() {
        for (auto it = moved.crbegin(); it != moved.crend(); ++it)
            QDir().rename(it->second, it->first);
    };

    Status status;
    for (const QString& suffix : suffixes) {
        if (status && QFileInfo::exists(target + suffix))
            status = move(target + suffix, target + marker + tag + suffix);
    }
    for (const QString& folder : carriedFolders()) {
        const QString existing = targetDir + u'/' + folder;
        if (status && QFileInfo::exists(existing))
            status = move(existing, existing + marker + tag);
    }
    if (status)
        status = move(staging + u'/' + databaseEntry(), target);
    for (const QString& folder : carriedFolders()) {
        if (status && QFileInfo(staging + u'/' + folder).isDir())
            status = move(staging + u'/' + folder, targetDir + u'/' + folder);
    }
    if (!status) {
        undo();
        return status;
    }
    QFile::setPermissions(target, OwnerOnlyFile);
    return {};
}

} // namespace Bureau

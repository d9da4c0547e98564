// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/storage/BackupManager.h"
#include "core/storage/ZipReader.h"
#include "core/storage/ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <map>

using namespace Bureau;
using Bureau::Test::readAll;
using Bureau::Test::TempDatabase;
using Bureau::Test::TempDir;
using Info = BackupManager::BackupInfo;
using Reason = BackupManager::Reason;

namespace
{

constexpr auto OwnerFile = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr auto OwnerDir = OwnerFile | QFile::ExeOwner | QFile::ExeUser;

void writeFile(const QString& path, const QByteArray& bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

void addClient(Database& db, const QString& name)
{
    BUREAU_REQUIRE_OK(db.write([&db, &name]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"));
        query.addBindValue(name);
        if (!query.exec())
            return Error::make(Error::Kind::Database, QStringLiteral("insert"), QStringLiteral("insert failed"));
        return {};
    }));
}

QStringList clientNames(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM clients ORDER BY id")));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

/** Every entry of an archive, by name, in order. */
std::vector<std::pair<QString, QByteArray>> entriesOf(const QString& archive)
{
    ZipReader reader;
    BUREAU_REQUIRE_OK(reader.open(archive));
    std::vector<std::pair<QString, QByteArray>> entries;
    for (const auto& entry : reader.entries()) {
        auto bytes = reader.read(entry.name, 1 << 30);
        BUREAU_REQUIRE_OK(bytes);
        entries.emplace_back(entry.name, *bytes);
    }
    return entries;
}

void writeArchive(const QString& path, const std::vector<std::pair<QString, QByteArray>>& entries)
{
    QFile::remove(path);
    ZipWriter writer;
    BUREAU_REQUIRE_OK(writer.open(path));
    for (const auto& [name, bytes] : entries)
        BUREAU_REQUIRE_OK(writer.addData(name, bytes));
    BUREAU_REQUIRE_OK(writer.finish());
}

QJsonObject manifestOf(const QString& archive)
{
    ZipReader reader;
    BUREAU_REQUIRE_OK(reader.open(archive));
    auto json = reader.read(QStringLiteral("manifest.json"), 1 << 20);
    BUREAU_REQUIRE_OK(json);
    const QJsonDocument document = QJsonDocument::fromJson(*json);
    REQUIRE(document.isObject());
    return document.object();
}

QByteArray& entryBytes(std::vector<std::pair<QString, QByteArray>>& entries, const QString& name)
{
    for (auto& [entryName, bytes] : entries) {
        if (entryName == name)
            return bytes;
    }
    FAIL("no entry " << name.toStdString());
    return entries.front().second;
}

/** The database entry with one byte changed (in a page's unused area, so only the hash can tell). */
void tamperDatabase(const QString& archive, const QString& target)
{
    auto entries = entriesOf(archive);
    QByteArray& database = entryBytes(entries, QStringLiteral("bureau.sqlite"));
    REQUIRE(database.size() > 100);
    database[database.size() - 1] = static_cast<char>(database.at(database.size() - 1) ^ 0x5A);
    writeArchive(target, entries);
}

QStringList filesIn(const QString& dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    return names;
}

} // namespace

TEST_CASE("backup create writes a verified archive with a manifest", "[backup]")
{
    TempDatabase tdb;
    addClient(tdb.db(), QStringLiteral("Élodie Martin"));
    writeFile(tdb.dir() + QStringLiteral("/documents/clients/1/contrat signé.pdf"), QByteArrayLiteral("%PDF-contrat"));
    writeFile(tdb.dir() + QStringLiteral("/archive/2026/F2026-0001.pdf"), QByteArrayLiteral("%PDF-facture"));

    BackupManager backups(tdb.db(), tdb.clock());
    CHECK(backups.backupDir() == tdb.dir() + QStringLiteral("/backups"));
    auto created = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(created);
    CHECK(created->verified);
    CHECK(created->warning.isEmpty());
    CHECK(created->reason == Reason::Manual);
    CHECK(created->databaseUuid == tdb->uuid());
    CHECK_FALSE(tdb->uuid().isEmpty());
    CHECK(created->schemaVersion == tdb->schemaVersion());
    CHECK(created->created == QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    CHECK(QFileInfo(created->path).fileName() == QStringLiteral("bureau-20261127-100000-manual.zip"));
    CHECK(created->size == QFileInfo(created->path).size());

    // Owner-only, and nothing left behind but the archive.
    CHECK(QFileInfo(created->path).permissions() == OwnerFile);
    CHECK(QFileInfo(backups.backupDir()).permissions() == OwnerDir);
    CHECK(filesIn(backups.backupDir()) == QStringList{QStringLiteral("bureau-20261127-100000-manual.zip")});

    const QJsonObject manifest = manifestOf(created->path);
    CHECK(manifest.value(QStringLiteral("format")).toInt() == 1);
    CHECK(manifest.value(QStringLiteral("application")).toString() == QStringLiteral("Bureau"));
    CHECK(manifest.value(QStringLiteral("created")).toString() == QStringLiteral("2026-11-27T10:00:00.000Z"));
    CHECK(manifest.value(QStringLiteral("reason")).toString() == QStringLiteral("manual"));
    CHECK(manifest.value(QStringLiteral("schemaVersion")).toInt() == tdb->schemaVersion());
    CHECK(manifest.value(QStringLiteral("databaseUuid")).toString() == tdb->uuid());

    // The manifest lists every other entry with its size and SHA-256, computed here independently.
    const auto entries = entriesOf(created->path);
    std::map<QString, QJsonObject> listed;
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray())
        listed[value.toObject().value(QStringLiteral("path")).toString()] = value.toObject();
    QStringList names;
    for (const auto& [name, bytes] : entries) {
        names.append(name);
        if (name == QStringLiteral("manifest.json"))
            continue;
        INFO(name.toStdString());
        REQUIRE(listed.count(name) == 1);
        CHECK(listed[name].value(QStringLiteral("size")).toInteger() == bytes.size());
        CHECK(listed[name].value(QStringLiteral("sha256")).toString()
              == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    CHECK(names
          == QStringList{QStringLiteral("bureau.sqlite"), QStringLiteral("documents/clients/1/contrat signé.pdf"),
                         QStringLiteral("archive/2026/F2026-0001.pdf"), QStringLiteral("manifest.json")});
    CHECK(listed.size() == 3);

    // The database entry is a real SQLite file holding the client.
    for (const auto& [name, bytes] : entries) {
        if (name == QStringLiteral("bureau.sqlite")) {
            CHECK(bytes.startsWith(QByteArrayLiteral("SQLite format 3")));
            CHECK(bytes.contains(QByteArrayLiteral("Élodie Martin")));
        }
        if (name == QStringLiteral("documents/clients/1/contrat signé.pdf"))
            CHECK(bytes == QByteArrayLiteral("%PDF-contrat"));
    }

    auto verified = BackupManager::verify(created->path);
    BUREAU_REQUIRE_OK(verified);
    CHECK(verified->verified);
    CHECK(verified->databaseUuid == tdb->uuid());
}

TEST_CASE("backups taken in the same second get distinct names and list newest first", "[backup]")
{
    TempDatabase tdb;
    BackupManager backups(tdb.db(), tdb.clock());
    auto first = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(first);
    auto second = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(second);
    CHECK(QFileInfo(second->path).fileName() == QStringLiteral("bureau-20261127-100000-manual-2.zip"));
    tdb.clock().advanceMs(3600 * 1000);
    auto third = backups.create(Reason::PreMigration);
    BUREAU_REQUIRE_OK(third);
    CHECK(QFileInfo(third->path).fileName() == QStringLiteral("bureau-20261127-110000-pre-migration.zip"));

    // An archive that cannot be read is listed (so the user sees it), flagged, not hidden.
    writeFile(backups.backupDir() + QStringLiteral("/bureau-20261126-090000-automatic.zip"), "not a zip");

    auto listed = backups.list();
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 4);
    CHECK(listed->at(0).path == third->path);
    CHECK(listed->at(1).path == second->path);
    CHECK(listed->at(2).path == first->path);
    CHECK(listed->at(0).reason == Reason::PreMigration);
    CHECK(listed->at(0).problem.isEmpty());
    CHECK_FALSE(listed->at(3).problem.isEmpty());
    CHECK(listed->at(3).reason == Reason::Automatic);
    CHECK(listed->at(3).created == QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    CHECK_FALSE(listed->at(3).verified);
}

TEST_CASE("backup verify detects a database entry that does not match the manifest", "[backup]")
{
    TempDatabase tdb;
    addClient(tdb.db(), QStringLiteral("Dupont SARL"));
    BackupManager backups(tdb.db(), tdb.clock());
    auto created = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(created);
    TempDir dir;

    SECTION("a rewritten database with the old manifest")
    {
        const QString tampered = dir.file(QStringLiteral("tampered.zip"));
        tamperDatabase(created->path, tampered);
        auto verified = BackupManager::verify(tampered);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().kind == Error::Kind::Corrupt);
        CHECK(verified.error().message.contains(QStringLiteral("bureau.sqlite")));
    }
    SECTION("a flipped byte in the compressed database entry")
    {
        QByteArray bytes = readAll(created->path);
        qint64 offset = 0;
        qint64 length = 0;
        {
            ZipReader reader;
            BUREAU_REQUIRE_OK(reader.open(created->path));
            const ZipReader::Entry* entry = reader.find(QStringLiteral("bureau.sqlite"));
            REQUIRE(entry);
            offset = entry->dataOffset;
            length = entry->compressedSize;
        }
        bytes[offset + length / 2] = static_cast<char>(bytes.at(offset + length / 2) ^ 0x01);
        const QString flipped = dir.file(QStringLiteral("flipped.zip"));
        writeFile(flipped, bytes);
        auto verified = BackupManager::verify(flipped);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().kind == Error::Kind::Corrupt);
        CHECK(verified.error().message.contains(QStringLiteral("bureau.sqlite")));
    }
    SECTION("a database that matches its manifest but fails integrity_check")
    {
        auto entries = entriesOf(created->path);
        QByteArray& database = entryBytes(entries, QStringLiteral("bureau.sqlite"));
        // Zero the second page (the clients table or an index): the header stays valid.
        REQUIRE(database.size() >= 3 * 4096);
        const int pageSize = (static_cast<quint8>(database.at(16)) << 8) | static_cast<quint8>(database.at(17));
        database.replace(pageSize, pageSize, QByteArray(pageSize, '\x01'));
        QJsonObject manifest = QJsonDocument::fromJson(entryBytes(entries, QStringLiteral("manifest.json"))).object();
        QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        for (int i = 0; i < files.size(); ++i) {
            QJsonObject file = files.at(i).toObject();
            if (file.value(QStringLiteral("path")).toString() == QStringLiteral("bureau.sqlite")) {
                file.insert(
                    QStringLiteral("sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex()));
                files.replace(i, file);
            }
        }
        manifest.insert(QStringLiteral("files"), files);
        entryBytes(entries, QStringLiteral("manifest.json")) = QJsonDocument(manifest).toJson();
        const QString damaged = dir.file(QStringLiteral("damaged.zip"));
        writeArchive(damaged, entries);
        auto verified = BackupManager::verify(damaged);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().kind == Error::Kind::Corrupt);
        CHECK(verified.error().message.contains(QStringLiteral("integrity")));
    }
    SECTION("the untouched archive verifies")
    {
        BUREAU_REQUIRE_OK(BackupManager::verify(created->path));
    }
}

TEST_CASE("backup verify refuses unlisted and missing files", "[backup]")
{
    TempDatabase tdb;
    writeFile(tdb.dir() + QStringLiteral("/documents/note.txt"), QByteArrayLiteral("note"));
    BackupManager backups(tdb.db(), tdb.clock());
    auto created = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(created);
    TempDir dir;
    const QString rewritten = dir.file(QStringLiteral("rewritten.zip"));

    SECTION("an extra file the manifest does not list")
    {
        auto entries = entriesOf(created->path);
        entries.emplace_back(QStringLiteral("documents/extra.txt"), QByteArrayLiteral("sneaked in"));
        writeArchive(rewritten, entries);
        auto verified = BackupManager::verify(rewritten);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().kind == Error::Kind::Corrupt);
        CHECK(verified.error().message.contains(QStringLiteral("documents/extra.txt")));
    }
    SECTION("a listed file that is missing")
    {
        auto entries = entriesOf(created->path);
        std::erase_if(entries, [](const auto& entry) { return entry.first == QStringLiteral("documents/note.txt"); });
        writeArchive(rewritten, entries);
        auto verified = BackupManager::verify(rewritten);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().kind == Error::Kind::Corrupt);
        CHECK(verified.error().message.contains(QStringLiteral("documents/note.txt")));
    }
    SECTION("an archive without a manifest")
    {
        auto entries = entriesOf(created->path);
        std::erase_if(entries, [](const auto& entry) { return entry.first == QStringLiteral("manifest.json"); });
        writeArchive(rewritten, entries);
        auto verified = BackupManager::verify(rewritten);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().kind == Error::Kind::Corrupt);
    }
    SECTION("a file that is not an archive")
    {
        writeFile(rewritten, "PK but not really");
        auto verified = BackupManager::verify(rewritten);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().kind == Error::Kind::Corrupt);
    }
}

TEST_CASE("backup rotation over 60 days keeps 7 daily and 4 weekly automatic backups", "[backup]")
{
    TempDatabase tdb;
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    REQUIRE(paris.isValid());
    const QDateTime start(QDate(2026, 9, 29), QTime(10, 0), Qt::UTC);
    BackupManager backups(tdb.db(), tdb.clock());

    // Another database sharing the folder, and an archive nobody can read: rotation leaves both.
    TempDatabase other;
    other.clock().set(start.addSecs(3600));
    auto foreign = BackupManager(other.db(), other.clock(), backups.backupDir()).create(Reason::Automatic);
    BUREAU_REQUIRE_OK(foreign);
    const QString unreadable = backups.backupDir() + QStringLiteral("/bureau-20261001-120000-automatic.zip");
    writeFile(unreadable, "garbage");

    QString manual;
    QString preMigration;
    for (int day = 0; day < 60; ++day) {
        tdb.clock().set(start.addDays(day));
        INFO("day " << day);
        auto due = backups.createAutomaticIfDue(paris);
        BUREAU_REQUIRE_OK(due);
        REQUIRE(due->has_value());
        CHECK((*due)->warning.isEmpty());
        auto again = backups.createAutomaticIfDue(paris);
        BUREAU_REQUIRE_OK(again);
        CHECK_FALSE(again->has_value());
        if (day == 0) {
            auto created = backups.create(Reason::Manual);
            BUREAU_REQUIRE_OK(created);
            manual = created->path;
        }
        if (day == 10) {
            auto created = backups.create(Reason::PreMigration);
            BUREAU_REQUIRE_OK(created);
            preMigration = created->path;
        }
        if (day == 58) {
            // A second automatic backup that day, later: the newest of the day is the one kept.
            tdb.clock().set(start.addDays(day).addSecs(10 * 3600));
            BUREAU_REQUIRE_OK(backups.create(Reason::Automatic));
            BUREAU_REQUIRE_OK(backups.rotate(paris));
        }
    }

    // Last day Friday 2026-11-27. Daily: 21–27 November (the 26th's 20:00 backup). The oldest of
    // those, Saturday the 21st, is in ISO week 47; the weekly ones are the newest (Sunday) of weeks
    // 46, 45, 44 and 43.
    const QStringList expected{
        QStringLiteral("bureau-20261025-100000-automatic.zip"), QStringLiteral("bureau-20261101-100000-automatic.zip"),
        QStringLiteral("bureau-20261108-100000-automatic.zip"), QStringLiteral("bureau-20261115-100000-automatic.zip"),
        QStringLiteral("bureau-20261121-100000-automatic.zip"), QStringLiteral("bureau-20261122-100000-automatic.zip"),
        QStringLiteral("bureau-20261123-100000-automatic.zip"), QStringLiteral("bureau-20261124-100000-automatic.zip"),
        QStringLiteral("bureau-20261125-100000-automatic.zip"), QStringLiteral("bureau-20261126-200000-automatic.zip"),
        QStringLiteral("bureau-20261127-100000-automatic.zip"),
    };
    QStringList remaining = QDir(backups.backupDir()).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    QStringList automatic;
    for (const QString& name : std::as_const(remaining)) {
        if (name.endsWith(QStringLiteral("-automatic.zip")) && name != QFileInfo(foreign->path).fileName()
            && name != QFileInfo(unreadable).fileName()) {
            automatic.append(name);
        }
    }
    CHECK(automatic == expected);
    CHECK(QFileInfo::exists(manual));
    CHECK(QFileInfo::exists(preMigration));
    CHECK(QFileInfo::exists(foreign->path));
    CHECK(QFileInfo::exists(unreadable));
    CHECK(remaining.size() == expected.size() + 4);
    // Nothing but archives in the folder (no temporary copy left by 60 backups).
    CHECK(filesIn(backups.backupDir()).size() == remaining.size());

    // list() shows this database's backups only (the other database's is not among them).
    auto listed = backups.list();
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->size() == expected.size() + 3);
    for (const Info& info : *listed)
        CHECK(info.path != foreign->path);
}

TEST_CASE("an automatic backup is due once per local day", "[backup]")
{
    TempDatabase tdb;
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    BackupManager backups(tdb.db(), tdb.clock());
    auto first = backups.createAutomaticIfDue(paris);
    BUREAU_REQUIRE_OK(first);
    REQUIRE(first->has_value());

    // 23:59 in Paris, same local day: not due.
    tdb.clock().set(QDateTime(QDate(2026, 11, 27), QTime(22, 59), Qt::UTC));
    auto late = backups.createAutomaticIfDue(paris);
    BUREAU_REQUIRE_OK(late);
    CHECK_FALSE(late->has_value());

    // 00:30 in Paris on the 28th while still the 27th in UTC: due in Paris, not in UTC.
    tdb.clock().set(QDateTime(QDate(2026, 11, 27), QTime(23, 30), Qt::UTC));
    auto utc = backups.createAutomaticIfDue(QTimeZone::utc());
    BUREAU_REQUIRE_OK(utc);
    CHECK_FALSE(utc->has_value());
    auto nextDay = backups.createAutomaticIfDue(paris);
    BUREAU_REQUIRE_OK(nextDay);
    CHECK(nextDay->has_value());
}

TEST_CASE("backup restore onto an existing database keeps the old one aside", "[backup]")
{
    TempDatabase tdb;
    addClient(tdb.db(), QStringLiteral("Avant"));
    writeFile(tdb.dir() + QStringLiteral("/documents/contrat.txt"), QByteArrayLiteral("v1"));
    writeFile(tdb.dir() + QStringLiteral("/archive/2026/F2026-0001.pdf"), QByteArrayLiteral("%PDF-1"));
    BackupManager backups(tdb.db(), tdb.clock());
    auto created = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(created);

    addClient(tdb.db(), QStringLiteral("Après"));
    writeFile(tdb.dir() + QStringLiteral("/documents/contrat.txt"), QByteArrayLiteral("v2"));
    writeFile(tdb.dir() + QStringLiteral("/documents/nouveau.txt"), QByteArrayLiteral("new"));
    tdb.close();
    const QString path = tdb.path();
    const QByteArray before = readAll(path);
    REQUIRE_FALSE(before.isEmpty());
    const bool hadWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const QByteArray walBefore = readAll(path + QStringLiteral("-wal"));

    tdb.clock().set(QDateTime(QDate(2026, 11, 28), QTime(8, 15, 30), Qt::UTC));
    BUREAU_REQUIRE_OK(BackupManager::restore(created->path, path, tdb.clock()));

    const QString aside = path + QStringLiteral(".before-restore-20261128-081530");
    REQUIRE(QFileInfo::exists(aside));
    CHECK(readAll(aside) == before);
    CHECK(QFileInfo::exists(aside + QStringLiteral("-wal")) == hadWal);
    if (hadWal)
        CHECK(readAll(aside + QStringLiteral("-wal")) == walBefore);
    CHECK(QFileInfo(path).permissions() == OwnerFile);

    // The documents folder as it was at backup time; the later one set aside whole.
    CHECK(readAll(tdb.dir() + QStringLiteral("/documents/contrat.txt")) == QByteArrayLiteral("v1"));
    CHECK_FALSE(QFileInfo::exists(tdb.dir() + QStringLiteral("/documents/nouveau.txt")));
    const QString documentsAside = tdb.dir() + QStringLiteral("/documents.before-restore-20261128-081530");
    CHECK(readAll(documentsAside + QStringLiteral("/contrat.txt")) == QByteArrayLiteral("v2"));
    CHECK(readAll(documentsAside + QStringLiteral("/nouveau.txt")) == QByteArrayLiteral("new"));
    CHECK(readAll(tdb.dir() + QStringLiteral("/archive/2026/F2026-0001.pdf")) == QByteArrayLiteral("%PDF-1"));
    CHECK(QFileInfo(tdb.dir() + QStringLiteral("/archive.before-restore-20261128-081530")).isDir());
    // No staging folder left.
    for (const QString& name : filesIn(tdb.dir()))
        CHECK_FALSE(name.startsWith(QStringLiteral(".bureau-restore")));

    tdb.reopen();
    CHECK(clientNames(tdb.db()) == QStringList{QStringLiteral("Avant")});

    // Restoring again in the same second does not reuse the name set aside.
    tdb.close();
    const QByteArray restored = readAll(path);
    BUREAU_REQUIRE_OK(BackupManager::restore(created->path, path, tdb.clock()));
    CHECK(readAll(aside) == before);
    CHECK(readAll(path + QStringLiteral(".before-restore-20261128-081530-2")) == restored);
}

TEST_CASE("backup restore onto a missing database creates it", "[backup]")
{
    TempDatabase tdb;
    addClient(tdb.db(), QStringLiteral("Client restauré"));
    BackupManager backups(tdb.db(), tdb.clock());
    auto created = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(created);

    TempDir dir;
    const QString target = dir.file(QStringLiteral("nouveau/bureau.sqlite"));
    BUREAU_REQUIRE_OK(BackupManager::restore(created->path, target, tdb.clock()));
    CHECK(QFileInfo(target).permissions() == OwnerFile);
    CHECK(filesIn(dir.file(QStringLiteral("nouveau"))) == QStringList{QStringLiteral("bureau.sqlite")});
    FixedClock clock;
    auto reopened = Database::open(target, clock);
    BUREAU_REQUIRE_OK(reopened);
    CHECK(clientNames(**reopened) == QStringList{QStringLiteral("Client restauré")});
    CHECK((*reopened)->uuid() == tdb->uuid());
}

TEST_CASE("backup restore of a corrupt archive leaves the target untouched", "[backup]")
{
    TempDatabase tdb;
    addClient(tdb.db(), QStringLiteral("Intact"));
    writeFile(tdb.dir() + QStringLiteral("/documents/a.txt"), QByteArrayLiteral("a"));
    BackupManager backups(tdb.db(), tdb.clock());
    auto created = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(created);
    TempDir dir;
    const QString tampered = dir.file(QStringLiteral("tampered.zip"));
    tamperDatabase(created->path, tampered);
    const QString garbage = dir.file(QStringLiteral("garbage.zip"));
    writeFile(garbage, QByteArray(4096, '\x07'));

    tdb.close();
    const QByteArray before = readAll(tdb.path());
    const QStringList listingBefore = filesIn(tdb.dir());
    for (const QString& archive : {tampered, garbage}) {
        INFO(archive.toStdString());
        auto status = BackupManager::restore(archive, tdb.path(), tdb.clock());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Corrupt);
        CHECK(readAll(tdb.path()) == before);
        CHECK(filesIn(tdb.dir()) == listingBefore);
        CHECK(readAll(tdb.dir() + QStringLiteral("/documents/a.txt")) == QByteArrayLiteral("a"));
    }
    tdb.reopen();
    CHECK(clientNames(tdb.db()) == QStringList{QStringLiteral("Intact")});
}

TEST_CASE("the last good backup is found without a database", "[backup]")
{
    TempDatabase tdb;
    BackupManager backups(tdb.db(), tdb.clock());
    auto older = backups.create(Reason::Automatic);
    BUREAU_REQUIRE_OK(older);
    tdb.clock().advanceMs(24 * 3600 * 1000);
    auto newer = backups.create(Reason::Automatic);
    BUREAU_REQUIRE_OK(newer);

    auto good = BackupManager::lastGoodIn(backups.backupDir());
    BUREAU_REQUIRE_OK(good);
    REQUIRE(good->has_value());
    CHECK((*good)->path == newer->path);
    CHECK((*good)->verified);

    // The newest one damaged in place: the one before it is offered.
    tamperDatabase(newer->path, newer->path);
    good = BackupManager::lastGoodIn(backups.backupDir(), tdb->uuid());
    BUREAU_REQUIRE_OK(good);
    REQUIRE(good->has_value());
    CHECK((*good)->path == older->path);
    auto viaManager = backups.lastGood();
    BUREAU_REQUIRE_OK(viaManager);
    REQUIRE(viaManager->has_value());
    CHECK((*viaManager)->path == older->path);

    // Another database's backups are not offered for this one.
    auto none = BackupManager::lastGoodIn(backups.backupDir(), QStringLiteral("not-this-database"));
    BUREAU_REQUIRE_OK(none);
    CHECK_FALSE(none->has_value());

    tamperDatabase(older->path, older->path);
    good = BackupManager::lastGoodIn(backups.backupDir());
    BUREAU_REQUIRE_OK(good);
    CHECK_FALSE(good->has_value());
}

TEST_CASE("backups are copied to the second folder", "[backup]")
{
    TempDatabase tdb;
    TempDir dir;
    const QString second = dir.file(QStringLiteral("nuage/Bureau"));
    BackupManager backups(tdb.db(), tdb.clock(), {}, second);
    auto created = backups.create(Reason::Manual);
    BUREAU_REQUIRE_OK(created);
    CHECK(created->warning.isEmpty());
    const QString copy = second + QStringLiteral("/bureau-20261127-100000-manual.zip");
    REQUIRE(QFileInfo::exists(copy));
    CHECK(readAll(copy) == readAll(created->path));
    CHECK(QFileInfo(copy).permissions() == OwnerFile);
    BUREAU_REQUIRE_OK(BackupManager::verify(copy));

    // A second folder that cannot be written: the backup stands, the problem is reported.
    const QString notAFolder = dir.file(QStringLiteral("a-file"));
    writeFile(notAFolder, "x");
    BackupManager broken(tdb.db(), tdb.clock(), {}, notAFolder + QStringLiteral("/sub"));
    auto stands = broken.create(Reason::Manual);
    BUREAU_REQUIRE_OK(stands);
    CHECK_FALSE(stands->warning.isEmpty());
    CHECK(QFileInfo::exists(stands->path));
    BUREAU_REQUIRE_OK(BackupManager::verify(stands->path));
}

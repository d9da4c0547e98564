// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/services/DemoGenerator.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"
#include "core/storage/Migration.h"
#include "core/storage/SyncedFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// The schema as SQLite records it: every table, index and trigger with its SQL.
QStringList schemaOf(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name")));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

Migration migration(int version, const QString& name, const QString& sql)
{
    auto made = Migration::fromFile(QStringLiteral("%1_%2.sql").arg(version, 4, 10, QLatin1Char('0')).arg(name), sql);
    REQUIRE(made.ok());
    return made.value();
}

const QString kParentChildV1 = QStringLiteral(R"sql(
CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL, total INTEGER NOT NULL DEFAULT 0);
CREATE TABLE child (id INTEGER PRIMARY KEY,
                    parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
                    amount INTEGER NOT NULL);
CREATE INDEX parent_by_name ON parent (name);
-- Keeps parent.total equal to the sum of its children; a semicolon; inside a comment.
CREATE TRIGGER child_adds AFTER INSERT ON child
BEGIN
    UPDATE parent SET total = total + NEW.amount WHERE id = NEW.parent_id;
END;
INSERT INTO parent (id, name) VALUES (1, 'one; with a semicolon'), (2, 'two');
INSERT INTO child (parent_id, amount) VALUES (1, 10), (1, 20), (2, 5);
)sql");

// Rebuilds parent with a new column (SQLite cannot add a CHECK by ALTER TABLE).
const QString kRebuildParent = QStringLiteral(R"sql(
CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) > 0),
                         total INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '');
INSERT INTO parent_new (id, name, total) SELECT id, name, total FROM parent;
DROP TRIGGER child_adds;
DROP TABLE parent;
ALTER TABLE parent_new RENAME TO parent;
CREATE INDEX parent_by_name ON parent (name);
CREATE TRIGGER child_adds AFTER INSERT ON child
BEGIN
    UPDATE parent SET total = total + NEW.amount WHERE id = NEW.parent_id;
END;
)sql");

} // namespace

TEST_CASE("A new database is created private with the pragmas of DESIGN.md", "[database]")
{
    TempDir dir;
    const QString folder = dir.file(QStringLiteral("data/nested"));
    const QString path = folder + QStringLiteral("/bureau.sqlite");
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
    const auto parentPermissions = QFileInfo(dir.path()).permissions();
    auto opened = Database::open(path, clock);
    BUREAU_REQUIRE_OK(opened);
    Database& db = *opened.value();

    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong() == 0x42555245);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    CHECK(db.schemaVersion() == db.latestSchemaVersion());
    CHECK(db.latestSchemaVersion() >= 2);
    CHECK(db.uuid().size() == 36);

    // Write something so that -wal and -shm exist, then check every file's mode.
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        return db.exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES ('A', 0, 0)"));
    }));
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto ownerUser = owner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    const auto mask = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                      | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        INFO(file.toStdString());
        REQUIRE(QFile::exists(file));
        const auto permissions = QFile::permissions(file);
        CHECK((permissions & mask) == 0);
        CHECK((permissions & ownerUser) == ownerUser);
    }
    const QFileInfo folderInfo(folder);
    CHECK((folderInfo.permissions() & mask) == 0);
    CHECK(folderInfo.permissions().testFlag(QFileDevice::ExeOwner));
    // The parent folder that already existed is left as the user had it.
    CHECK(QFileInfo(dir.path()).permissions() == parentPermissions);
}

TEST_CASE("The database identity survives reopening", "[database]")
{
    TempDatabase temp;
    const QString uuid = temp->uuid();
    REQUIRE_FALSE(uuid.isEmpty());
    temp.reopen();
    CHECK(temp->uuid() == uuid);

    TempDatabase other;
    CHECK(other->uuid() != uuid);
}

TEST_CASE("Migrations from every earlier version reach the schema of a new database", "[migration]")
{
    const QList<Migration> all = Migration::embedded();
    REQUIRE(all.size() >= 2);
    for (int i = 0; i < all.size(); ++i)
        CHECK(all.at(i).version == i + 1); // numbered without gaps

    TempDatabase fresh;
    const QStringList expected = schemaOf(fresh.db());

    for (int from = 0; from < all.size(); ++from) {
        INFO("from version " << from);
        TempDir dir;
        const QString path = dir.file(QStringLiteral("old.sqlite"));
        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        {
            Database::Options old;
            old.migrations = all.mid(0, from);
            if (from == 0)
                old.migrate = Database::Migrate::No;
            auto opened = Database::open(path, clock, old);
            BUREAU_REQUIRE_OK(opened);
            CHECK(opened.value()->schemaVersion() == from);
            if (from >= 1) {
                BUREAU_REQUIRE_OK(opened.value()->exec(QStringLiteral(
                    "INSERT INTO clients (name, created_at, updated_at) VALUES ('Élodie Marchand', 1, 1)")));
            }
        }
        Database::Options current;
        current.backupDir = dir.file(QStringLiteral("backups"));
        auto upgraded = Database::open(path, clock, current);
        BUREAU_REQUIRE_OK(upgraded);
        Database& db = *upgraded.value();
        CHECK(db.schemaVersion() == all.constLast().version);
        CHECK(schemaOf(db) == expected);
        if (from >= 1) {
            CHECK(scalar(db, QStringLiteral("SELECT name FROM clients")).toString() == QStringLiteral("Élodie Marchand"));
            // A database that held data was backed up, verified, before its schema changed.
            const QStringList archives = QDir(current.backupDir).entryList({QStringLiteral("*.zip")}, QDir::Files);
            REQUIRE(archives.size() == 1);
            auto verified = BackupManager::verify(current.backupDir + u'/' + archives.first());
            BUREAU_REQUIRE_OK(verified);
            CHECK(verified->schemaVersion == from);
        }
    }
}

TEST_CASE("A failing migration changes nothing and stops there", "[migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("x.sqlite"));
    FixedClock clock(0);
    Database::Options options;
    options.migrations = {
        migration(1, QStringLiteral("first"), QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY);")),
        migration(2, QStringLiteral("broken"),
                  QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);")),
        migration(3, QStringLiteral("never"), QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY);")),
    };
    auto opened = Database::open(path, clock, options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QLatin1String("2")));
    CHECK(opened.error().detail.contains(QLatin1String("nowhere")));

    options.migrate = Database::Migrate::No;
    auto reopened = Database::open(path, clock, options);
    BUREAU_REQUIRE_OK(reopened);
    Database& db = *reopened.value();
    CHECK(db.schemaVersion() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'a'")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('b', 'c')")).toInt() == 0);
}

TEST_CASE("A table rebuild keeps child rows and triggers", "[migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("rebuild.sqlite"));
    FixedClock clock(0);
    const Migration v1 = migration(1, QStringLiteral("parent_child"), kParentChildV1);

    SECTION("with the rebuild procedure the children and the trigger survive")
    {
        Database::Options options;
        options.backupDir = dir.file(QStringLiteral("backups"));
        options.migrations = {v1, migration(2, QStringLiteral("rebuild_parent"),
                                            QStringLiteral("-- Rebuilds parent.\n-- bureau:rebuild\n") + kRebuildParent)};
        REQUIRE(options.migrations.last().rebuildsTables);
        auto opened = Database::open(path, clock, options);
        BUREAU_REQUIRE_OK(opened);
        Database& db = *opened.value();
        CHECK(db.schemaVersion() == 2);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM child")).toInt() == 3);
        CHECK(scalar(db, QStringLiteral("SELECT total FROM parent WHERE id = 1")).toInt() == 30);
        CHECK(scalar(db, QStringLiteral("SELECT name FROM parent WHERE id = 1")).toString()
              == QStringLiteral("one; with a semicolon"));
        // The recreated trigger still fires; the recreated index exists; foreign keys are back on.
        BUREAU_REQUIRE_OK(db.exec(QStringLiteral("INSERT INTO child (parent_id, amount) VALUES (2, 7)")));
        CHECK(scalar(db, QStringLiteral("SELECT total FROM parent WHERE id = 2")).toInt() == 12);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'parent_by_name'")).toInt()
              == 1);
        CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO child (parent_id, amount) VALUES (99, 1)")).ok());
    }

    SECTION("without it DROP TABLE cascades: the danger the procedure avoids")
    {
        Database::Options options;
        options.backupDir = dir.file(QStringLiteral("backups"));
        options.migrations = {v1, migration(2, QStringLiteral("rebuild_parent"), kRebuildParent)};
        REQUIRE_FALSE(options.migrations.last().rebuildsTables);
        auto opened = Database::open(path, clock, options);
        BUREAU_REQUIRE_OK(opened);
        CHECK(scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM child")).toInt() == 0);
    }

    SECTION("a rebuild that breaks links is rolled back")
    {
        Database::Options options;
        options.backupDir = dir.file(QStringLiteral("backups"));
        options.migrations = {
            v1, migration(2, QStringLiteral("lose_parent"),
                          QStringLiteral("-- bureau:rebuild\nCREATE TABLE parent_new (id INTEGER PRIMARY KEY, "
                                         "name TEXT NOT NULL, total INTEGER NOT NULL DEFAULT 0);\n"
                                         "INSERT INTO parent_new SELECT * FROM parent WHERE id = 2;\n"
                                         "DROP TRIGGER child_adds;\nDROP TABLE parent;\nALTER TABLE parent_new RENAME TO parent;\n"))};
        auto opened = Database::open(path, clock, options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().detail.contains(QLatin1String("foreign_key_check")));
        options.migrate = Database::Migrate::No;
        auto reopened = Database::open(path, clock, options);
        BUREAU_REQUIRE_OK(reopened);
        CHECK(reopened.value()->schemaVersion() == 1);
        CHECK(scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM parent")).toInt() == 2);
        CHECK(scalar(*reopened.value(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    }
}

TEST_CASE("SQL text splits into statements by SQLite's own rule", "[migration]")
{
    auto split = SqlSplitter::split(kParentChildV1);
    BUREAU_REQUIRE_OK(split);
    REQUIRE(split->size() == 6);
    CHECK(split->at(3).startsWith(QLatin1String("-- Keeps parent.total")));
    CHECK(split->at(3).endsWith(QLatin1String("END;")));
    CHECK(split->at(4).contains(QLatin1String("'one; with a semicolon'")));

    auto incomplete = SqlSplitter::split(QStringLiteral("CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id"));
    CHECK_FALSE(incomplete.ok());

    auto commentsOnly = SqlSplitter::split(QStringLiteral("-- nothing here;\n-- at all\n"));
    BUREAU_REQUIRE_OK(commentsOnly);
    CHECK(commentsOnly->isEmpty());
}

TEST_CASE("Migration file names are numbered", "[migration]")
{
    CHECK(Migration::fromFile(QStringLiteral("0003_add_tasks.sql"), QString()).ok());
    CHECK_FALSE(Migration::fromFile(QStringLiteral("3_add_tasks.sql"), QString()).ok());
    CHECK_FALSE(Migration::fromFile(QStringLiteral("0000_zero.sql"), QString()).ok());
    CHECK_FALSE(Migration::fromFile(QStringLiteral("0004_Tasks.sql"), QString()).ok());
}

TEST_CASE("A database from a newer Bureau is refused untouched", "[database]")
{
    TempDatabase temp;
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("PRAGMA user_version = 999")));
    temp.close();
    const QByteArray before = readAll(temp.path());
    auto opened = Database::open(temp.path(), temp.clock());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == Error::Kind::TooNew);
    CHECK(readAll(temp.path()) == before);
}

TEST_CASE("Write transactions commit or roll back whole", "[database]")
{
    TempDatabase temp;
    Database& db = temp.db();
    auto failed = db.write([&]() -> Status {
        if (auto r = db.exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES ('A', 0, 0)")); !r)
            return r;
        return Error::make(Error::Kind::Invalid, QStringLiteral("refused"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM clients")).toInt() == 0);

    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        return db.exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES ('B', 0, 0)"));
    }));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM clients")).toInt() == 1);

    // BEGIN IMMEDIATE takes the write lock at once: a second connection cannot start a write.
    Database::Options quick;
    quick.busyTimeoutMs = 50;
    auto other = Database::open(temp.path(), temp.clock(), quick);
    BUREAU_REQUIRE_OK(other);
    bool innerRan = false;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        auto blocked = other.value()->write([&]() -> Status {
            innerRan = true;
            return {};
        });
        CHECK_FALSE(blocked.ok());
        return {};
    }));
    CHECK_FALSE(innerRan);
}

TEST_CASE("Damaged files are refused and left byte for byte untouched", "[database][corruption]")
{
    TempDatabase temp;
    {
        DemoGenerator generator(temp.db());
        BUREAU_REQUIRE_OK(generator.generate(DemoGenerator::Size::Small));
    }
    temp.close();
    const QByteArray good = readAll(temp.path());
    REQUIRE(good.size() > 8192);

    struct Damage
    {
        const char* name;
        QByteArray bytes;
    };
    QByteArray zeroedFirstPage = good;
    std::fill(zeroedFirstPage.begin(), zeroedFirstPage.begin() + 4096, '\0');
    QByteArray random(good.size(), '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);
    const Damage damages[] = {
        {"truncated", good.left(good.size() / 2 + 100)},
        {"random bytes", random},
        {"zeroed first page", zeroedFirstPage},
        {"not a database", QByteArray("Nom;Montant\nÉlodie;1 234,50\n")},
        {"header only", good.left(100)},
    };
    for (const Damage& damage : damages) {
        INFO(damage.name);
        TempDir dir;
        const QString path = dir.file(QStringLiteral("damaged.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(damage.bytes);
        file.close();
        auto opened = Database::open(path, temp.clock());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().kind == Error::Kind::Corrupt);
        CHECK(opened.error().message.contains(QLatin1String("untouched")));
        CHECK(readAll(path) == damage.bytes);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
}

TEST_CASE("A database in a synced folder is recognised", "[database]")
{
    CHECK(SyncedFolder::serviceFor(QStringLiteral("/home/camille/Dropbox/bureau.sqlite")) == QStringLiteral("Dropbox"));
    CHECK(SyncedFolder::serviceFor(QStringLiteral("/home/camille/nextcloud/Pro/bureau.sqlite"))
          == QStringLiteral("Nextcloud"));
    CHECK(SyncedFolder::serviceFor(QStringLiteral("/home/camille/.local/share/Bureau/bureau/bureau.sqlite")).isEmpty());
    // A name that merely contains a service's name is not its folder.
    CHECK(SyncedFolder::serviceFor(QStringLiteral("/home/camille/dropbox-export/bureau.sqlite")).isEmpty());
}

TEST_CASE("Another program's SQLite file is refused untouched", "[database]")
{
    TempDir dir;
    FixedClock clock(0);
    for (const auto& [name, sql] : {std::pair{"tables without a version", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"},
                                     std::pair{"a version without Bureau's id", "PRAGMA user_version = 3"}}) {
        INFO(name);
        const QString path = dir.file(QString::fromLatin1(name).replace(u' ', u'_') + QStringLiteral(".sqlite"));
        {
            Database::Options raw;
            raw.migrate = Database::Migrate::No;
            raw.migrations = {Migration{1, QStringLiteral("none"), QString(), false}};
            auto created = Database::open(path, clock, raw);
            BUREAU_REQUIRE_OK(created);
            BUREAU_REQUIRE_OK(created.value()->exec(QString::fromLatin1(sql)));
        }
        const QByteArray before = readAll(path);
        auto opened = Database::open(path, clock);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QLatin1String("not a Bureau database")));
        CHECK(readAll(path) == before);
    }
}

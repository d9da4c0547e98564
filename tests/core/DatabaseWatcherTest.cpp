// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/storage/DatabaseWatcher.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Qt::StringLiterals;

namespace
{

void insertClient(Database& db, const QString& name)
{
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery insert(db.connection());
        insert.prepare(u"INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"_s);
        insert.addBindValue(name);
        if (!insert.exec())
            return Database::sqlError(u"insert"_s, insert.lastError());
        return {};
    }));
}

/** Another connection on the same file, as bureau-cli running beside the GUI would have. */
std::unique_ptr<Database> openOther(Test::TempDatabase& tmp)
{
    auto other = Database::open(tmp.path(), tmp.clock());
    BUREAU_REQUIRE_OK(other);
    return std::move(other).value();
}

} // namespace

TEST_CASE("Watcher reports a commit made by another connection once", "[watcher]")
{
    Test::TempDatabase tmp;
    DatabaseWatcher watcher(tmp.db());
    QSignalSpy changed(&watcher, &DatabaseWatcher::changedExternally);
    CHECK_FALSE(watcher.checkNow());

    auto other = openOther(tmp);
    CHECK_FALSE(watcher.checkNow()); // opening is not writing
    insertClient(*other, u"Written by the CLI"_s);

    CHECK(watcher.checkNow());
    CHECK(changed.count() == 1);
    CHECK_FALSE(watcher.checkNow()); // reported once, not at every tick
    CHECK(changed.count() == 1);

    insertClient(*other, u"Again"_s);
    insertClient(*other, u"And again"_s);
    CHECK(watcher.checkNow()); // several commits between two ticks: one signal
    CHECK(changed.count() == 2);
}

TEST_CASE("Watcher ignores commits made on its own connection", "[watcher]")
{
    Test::TempDatabase tmp;
    auto other = openOther(tmp);
    DatabaseWatcher watcher(tmp.db());
    QSignalSpy changed(&watcher, &DatabaseWatcher::changedExternally);

    // SQLite: data_version "is unchanged for changes committed on the same database connection".
    const qint64 before = tmp->dataVersion();
    insertClient(tmp.db(), u"Written by the GUI"_s);
    CHECK(tmp->dataVersion() == before);
    CHECK_FALSE(watcher.checkNow());
    CHECK(changed.count() == 0);

    // The other connection sees the GUI's commit as external: the CLI's view of it would refresh.
    DatabaseWatcher otherWatcher(*other);
    insertClient(tmp.db(), u"Once more"_s);
    CHECK(otherWatcher.checkNow());

    // And the watcher itself is not blind: the other connection's commit is seen.
    insertClient(*other, u"From elsewhere"_s);
    CHECK(watcher.checkNow());
    CHECK(changed.count() == 1);
}

TEST_CASE("Watcher polls on its timer until stopped", "[watcher]")
{
    Test::TempDatabase tmp;
    DatabaseWatcher watcher(tmp.db());
    CHECK(watcher.isActive());
    CHECK(watcher.intervalMs() == DatabaseWatcher::DefaultIntervalMs);
    watcher.setIntervalMs(10);
    QSignalSpy changed(&watcher, &DatabaseWatcher::changedExternally);

    auto other = openOther(tmp);
    insertClient(*other, u"Written by the CLI"_s);
    REQUIRE(changed.wait(5000));
    CHECK(changed.count() == 1);

    watcher.stop();
    CHECK_FALSE(watcher.isActive());
    insertClient(*other, u"Unseen while stopped"_s);
    CHECK_FALSE(changed.wait(100));
    CHECK(changed.count() == 1);

    watcher.start();
    REQUIRE(changed.wait(5000)); // a change made while stopped is reported on restart
    CHECK(changed.count() == 2);
}

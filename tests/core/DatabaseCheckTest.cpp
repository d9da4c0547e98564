// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DatabaseCheck.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Bureau;
using Bureau::Test::TempDatabase;

namespace
{
void exec(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}
} // namespace

TEST_CASE("check finds monthly time totals that disagree with the entries and repair rebuilds them", "[check][time]")
{
    TempDatabase temp;
    Database& db = temp.db();
    exec(db, QStringLiteral("INSERT INTO clients (id, name, name_folded, created_at, updated_at) "
                            "VALUES (1, 'Acme', 'acme', 0, 0), (2, 'Bolt', 'bolt', 0, 0)"));
    exec(db, QStringLiteral("INSERT INTO time_entries (client_id, started_at, ended_at, minutes, day, billable, "
                            "created_at, updated_at) VALUES (1, 0, 5400000, 90, '2026-10-30', 1, 0, 0), "
                            "(1, 0, 1800000, 30, '2026-11-02', 0, 0, 0), (2, 0, 600000, 10, '2026-11-03', 1, 0, 0)"));

    auto clean = DatabaseCheck::run(db);
    BUREAU_REQUIRE_OK(clean);
    CHECK(clean.value().derivedProblems.isEmpty());
    CHECK(clean.value().ok());

    // A total changed behind the triggers' back, and one month's row lost.
    exec(db, QStringLiteral("UPDATE time_month_totals SET minutes = 95 WHERE month = '2026-10'"));
    exec(db, QStringLiteral("DELETE FROM time_month_totals WHERE client_id = 2"));
    auto broken = DatabaseCheck::run(db);
    BUREAU_REQUIRE_OK(broken);
    REQUIRE(broken.value().derivedProblems.size() == 2);
    CHECK(broken.value().derivedProblems.at(0).contains(QLatin1String("2026-10")));
    CHECK(broken.value().derivedProblems.at(1).contains(QLatin1String("2026-11")));
    CHECK_FALSE(broken.value().ok());

    BUREAU_REQUIRE_OK(DatabaseCheck::rebuildTimeTotals(db));
    auto repaired = DatabaseCheck::run(db);
    BUREAU_REQUIRE_OK(repaired);
    CHECK(repaired.value().derivedProblems.isEmpty());
    QSqlQuery sum(db.connection());
    REQUIRE(sum.exec(QStringLiteral("SELECT sum(minutes), sum(entries) FROM time_month_totals")));
    REQUIRE(sum.next());
    CHECK(sum.value(0).toLongLong() == 130);
    CHECK(sum.value(1).toLongLong() == 3);

    // The coarser rollup is checked as well: unbilled minutes that went astray.
    exec(db, QStringLiteral("UPDATE time_month_client_totals SET unbilled_minutes = 0 WHERE month = '2026-11'"));
    auto coarse = DatabaseCheck::run(db);
    BUREAU_REQUIRE_OK(coarse);
    CHECK(coarse.value().derivedProblems
          == QStringList{QStringLiteral("The time totals of 2026-11 disagree with its entries.")});
    BUREAU_REQUIRE_OK(DatabaseCheck::rebuildTimeTotals(db));
    REQUIRE(sum.exec(QStringLiteral("SELECT sum(minutes), sum(billable_minutes), sum(unbilled_minutes) "
                                    "FROM time_month_client_totals")));
    REQUIRE(sum.next());
    CHECK(sum.value(0).toLongLong() == 130);
    CHECK(sum.value(1).toLongLong() == 100);
    CHECK(sum.value(2).toLongLong() == 100);
}

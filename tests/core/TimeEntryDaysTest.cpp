// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LocalCalendar.h"
#include "core/services/DatabaseCheck.h"
#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/TimeEntryDays.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Bureau;
using Bureau::Test::TempDatabase;

namespace
{
qint64 utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

void addEntry(Database& db, qint64 startMs, int minutes, const QString& day)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO time_entries (client_id, started_at, ended_at, minutes, day, "
                                 "created_at, updated_at) VALUES (1, ?, ?, ?, ?, 0, 0)"));
    query.addBindValue(startMs);
    query.addBindValue(startMs + minutes * 60000LL);
    query.addBindValue(minutes);
    query.addBindValue(day);
    REQUIRE(query.exec());
}

QStringList days(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT day FROM time_entries ORDER BY started_at")));
    QStringList out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}
} // namespace

TEST_CASE("Changing the profile's zone moves time entries to the day of their start in the new zone", "[time][calendar]")
{
    TempDatabase temp;
    Database& db = temp.db();
    QSqlQuery client(db.connection());
    REQUIRE(client.exec(QStringLiteral("INSERT INTO clients (id, name, name_folded, created_at, updated_at) "
                                       "VALUES (1, 'Acme', 'acme', 0, 0)")));
    ProfileRepository profiles(db);
    BusinessProfile profile = ProfileRepository::demoProfile();
    BUREAU_REQUIRE_OK(profiles.save(profile)); // Europe/Paris

    // 23:30 UTC on 31 October is 1 November in Paris and 31 October in Montréal; 12:00 UTC is the
    // same day in both; 03:00 UTC on 1 December is 30 November in Montréal.
    addEntry(db, utc(2026, 10, 31, 23, 30), 20, QStringLiteral("2026-11-01"));
    addEntry(db, utc(2026, 11, 15, 12, 0), 60, QStringLiteral("2026-11-15"));
    addEntry(db, utc(2026, 12, 1, 3, 0), 30, QStringLiteral("2026-12-01"));

    profile.timeZone = QStringLiteral("America/Montreal");
    BUREAU_REQUIRE_OK(profiles.save(profile));
    CHECK(days(db) == QStringList{QStringLiteral("2026-10-31"), QStringLiteral("2026-11-15"), QStringLiteral("2026-11-30")});

    // The monthly totals followed: October has the 20 minutes, November 90, December nothing.
    auto check = DatabaseCheck::run(db);
    BUREAU_REQUIRE_OK(check);
    CHECK(check.value().derivedProblems.isEmpty());
    QSqlQuery totals(db.connection());
    REQUIRE(totals.exec(QStringLiteral("SELECT month, sum(minutes) FROM time_month_totals GROUP BY month ORDER BY month")));
    QStringList months;
    while (totals.next())
        months << totals.value(0).toString() + u'=' + totals.value(1).toString();
    CHECK(months == QStringList{QStringLiteral("2026-10=20"), QStringLiteral("2026-11=90")});

    // Saving the profile again in the same zone writes no entry.
    auto unchanged = TimeEntryDays::relocalizeInTransaction(db, LocalCalendar::forZoneId(profile.timeZone));
    BUREAU_REQUIRE_OK(unchanged);
    CHECK(unchanged.value() == 0);

    // An invoiced entry keeps its day; the others move back, and the profile is saved.
    QSqlQuery lock(db.connection());
    REQUIRE(lock.exec(QStringLiteral("UPDATE time_entries SET document_id = 7, locked = 1 WHERE day = '2026-11-30'")));
    profile.timeZone = QStringLiteral("Europe/Paris");
    BUREAU_REQUIRE_OK(profiles.save(profile));
    CHECK(days(db) == QStringList{QStringLiteral("2026-11-01"), QStringLiteral("2026-11-15"), QStringLiteral("2026-11-30")});
}

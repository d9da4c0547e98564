// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"
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
constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

TEST_CASE("The local day of an instant is taken in the user's zone", "[time][calendar]")
{
    const auto paris = LocalCalendar::forZoneId(QStringLiteral("Europe/Paris"));
    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris (winter time, UTC+1).
    CHECK(paris.dayOf(utc(2026, 10, 31, 23, 30)) == QDate(2026, 11, 1));
    CHECK(paris.dayOf(utc(2026, 10, 31, 22, 59)) == QDate(2026, 10, 31));
    const auto reunion = LocalCalendar::forZoneId(QStringLiteral("Indian/Reunion"));
    CHECK(reunion.dayOf(utc(2026, 10, 31, 20, 0)) == QDate(2026, 11, 1));
    const auto montreal = LocalCalendar::forZoneId(QStringLiteral("America/Montreal"));
    CHECK(montreal.dayOf(utc(2026, 11, 1, 3, 0)) == QDate(2026, 10, 31));
}

TEST_CASE("Local days across DST changes last 23 and 25 hours", "[time][calendar]")
{
    const auto paris = LocalCalendar::forZoneId(QStringLiteral("Europe/Paris"));
    const auto spring = paris.boundsMs(QDate(2026, 3, 29), QDate(2026, 3, 29));
    CHECK(spring.second - spring.first == 23 * kHourMs);
    const auto autumn = paris.boundsMs(QDate(2026, 10, 25), QDate(2026, 10, 25));
    CHECK(autumn.second - autumn.first == 25 * kHourMs);
    CHECK(paris.startOfDayMs(QDate(2026, 10, 25)) == utc(2026, 10, 24, 22, 0));
    const auto week = paris.boundsMs(QDate(2026, 10, 19), QDate(2026, 10, 25));
    CHECK(week.second - week.first == (7 * 24 + 1) * kHourMs);
}

TEST_CASE("Wall times skipped or repeated by DST resolve as documented", "[time][calendar]")
{
    const auto paris = LocalCalendar::forZoneId(QStringLiteral("Europe/Paris"));
    // 02:30 does not exist on 29 March 2026: it moves forward by the gap, to 03:30 CEST = 01:30 UTC.
    CHECK(paris.toUtcMs(QDate(2026, 3, 29), QTime(2, 30)) == utc(2026, 3, 29, 1, 30));
    // 02:30 happens twice on 25 October 2026: the first, still CEST (UTC+2) = 00:30 UTC.
    CHECK(paris.toUtcMs(QDate(2026, 10, 25), QTime(2, 30)) == utc(2026, 10, 25, 0, 30));
    CHECK(paris.toUtcMs(QDate(2026, 11, 27), QTime(9, 0)) == utc(2026, 11, 27, 8, 0));
    CHECK(paris.toLocal(utc(2026, 11, 27, 8, 0)).time() == QTime(9, 0));
}

TEST_CASE("Weeks start on Monday and periods on their first day", "[time][calendar]")
{
    CHECK(LocalCalendar::weekStart(QDate(2026, 11, 29)) == QDate(2026, 11, 23)); // a Sunday
    CHECK(LocalCalendar::weekStart(QDate(2026, 11, 23)) == QDate(2026, 11, 23));
    CHECK(LocalCalendar::weekStart(QDate(2027, 1, 1)) == QDate(2026, 12, 28));
    CHECK(LocalCalendar::monthStart(QDate(2026, 11, 27)) == QDate(2026, 11, 1));
    CHECK(LocalCalendar::quarterStart(QDate(2026, 11, 27)) == QDate(2026, 10, 1));
    CHECK(LocalCalendar::quarterStart(QDate(2026, 3, 31)) == QDate(2026, 1, 1));
    CHECK(LocalCalendar::yearStart(QDate(2026, 11, 27)) == QDate(2026, 1, 1));
    CHECK(LocalCalendar::monthKey(QDate(2026, 3, 5)) == QStringLiteral("2026-03"));
}

TEST_CASE("The calendar follows the business profile's zone", "[time][calendar]")
{
    TempDatabase temp;
    CHECK(LocalCalendar::forDatabase(temp.db()).zone().id() == QByteArrayLiteral("Europe/Paris"));
    QSqlQuery query(temp.db().connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO business_profile (id, timezone, updated_at) VALUES (1, 'America/Montreal', 0)")));
    CHECK(LocalCalendar::forDatabase(temp.db()).zone().id() == QByteArrayLiteral("America/Montreal"));
    CHECK(LocalCalendar::forZoneId(QStringLiteral("Not/AZone")).zone().id() == QByteArrayLiteral("Europe/Paris"));
}

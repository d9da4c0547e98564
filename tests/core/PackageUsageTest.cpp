// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly packages of hours: months in the user's zone, DST days, overage carried from month to
// month, the 80 % and 100 % levels, and the dashboard's warnings.
#include "TimeTestData.h"

#include "support/TestSupport.h"

#include "core/services/PackageUsage.h"

#include <QDateTime>
#include <QTimeZone>

#include <vector>

using namespace Bureau;
using namespace Bureau::TimeTest;
using Bureau::Test::TempDatabase;
using Level = PackageUsage::Level;

namespace
{

qint64 packageMission(Database& db, qint64 clientId, const QString& title, int minutes, bool carried,
                      QDate startsOn = QDate(2026, 1, 1), const QString& status = QStringLiteral("active"))
{
    MissionSpec spec;
    spec.clientId = clientId;
    spec.title = title;
    spec.billing = QStringLiteral("package");
    spec.packageMinutes = minutes;
    spec.overage = carried ? QStringLiteral("carried") : QStringLiteral("billed");
    spec.startsOn = startsOn;
    spec.status = status;
    return addMission(db, spec);
}

qint64 client(Database& db, const QString& name)
{
    return addClient(db,
                     ClientSpec{name, QStringLiteral("EUR"), 6000, 0, QStringLiteral("up"), QStringLiteral("entry")});
}

PackageUsage::Month usage(Database& db, qint64 mission, QDate day)
{
    auto month = PackageUsage(db).forMission(mission, day);
    BUREAU_REQUIRE_OK(month);
    return month.value();
}

} // namespace

TEST_CASE("Package months are the user's months", "[package]")
{
    TempDatabase db;
    const qint64 acme = client(db.db(), QStringLiteral("Acme"));
    const qint64 mission = packageMission(db.db(), acme, QStringLiteral("Support package"), 600, false);

    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris: November's.
    const qint64 lateOctober = QDateTime(QDate(2026, 10, 31), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    addEntry(db.db(), EntrySpec{acme, mission, 0, lateOctober, 60, true, 0});
    // 00:30 to 03:30 on 25 October 2026, when 03:00 falls back to 02:00: four hours of work.
    const qint64 start = parisMs(QDate(2026, 10, 25), QTime(0, 30));
    const qint64 end = parisMs(QDate(2026, 10, 25), QTime(3, 30));
    REQUIRE((end - start) / 60000 == 240);
    addEntry(db.db(), EntrySpec{acme, mission, 0, start, (end - start) / 60000, true, 0});
    // Non-billable time uses the package too.
    addEntry(db.db(), EntrySpec{acme, mission, 0, parisMs(QDate(2026, 10, 1), QTime(0, 10)), 30, false, 0});

    const auto october = usage(db.db(), mission, QDate(2026, 10, 15));
    CHECK(october.month == QDate(2026, 10, 1));
    CHECK(october.workedMinutes == 270);
    CHECK(october.remainingMinutes == 330);
    CHECK(october.percentUsed == 45);
    CHECK(october.level == Level::Ok);
    CHECK(october.clientName == QStringLiteral("Acme"));
    CHECK(october.missionTitle == QStringLiteral("Support package"));

    const auto november = usage(db.db(), mission, QDate(2026, 11, 30));
    CHECK(november.month == QDate(2026, 11, 1));
    CHECK(november.workedMinutes == 60);
    CHECK(november.carriedInMinutes == 0);
}

TEST_CASE("Overage is carried month after month from the mission's start", "[package]")
{
    TempDatabase db;
    const qint64 acme = client(db.db(), QStringLiteral("Acme"));
    const qint64 carried = packageMission(db.db(), acme, QStringLiteral("Carried"), 600, true, QDate(2026, 7, 1));
    const qint64 billed = packageMission(db.db(), acme, QStringLiteral("Billed"), 600, false, QDate(2026, 7, 1));
    // July 15 h, August 8h20, September 1h40, October nothing, November 9 h.
    const std::vector<std::pair<QDate, qint64>> work{{QDate(2026, 7, 10), 480},
                                                     {QDate(2026, 7, 31), 420},
                                                     {QDate(2026, 8, 3), 500},
                                                     {QDate(2026, 9, 30), 100},
                                                     {QDate(2026, 11, 2), 540}};
    for (const auto& [day, minutes] : work) {
        for (const qint64 mission : {carried, billed})
            addEntry(db.db(), EntrySpec{acme, mission, 0, parisMs(day, QTime(9, 0)), minutes, true, 0});
    }

    struct Expected
    {
        QDate month;
        qint64 worked;
        qint64 carriedIn;
        qint64 remaining;
        qint64 overage;
        int percent;
        Level level;
    };
    const std::vector<Expected> carriedMonths{
        {QDate(2026, 6, 1), 0, 0, 600, 0, 0, Level::Ok},
        {QDate(2026, 7, 1), 900, 0, 0, 300, 150, Level::Reached},
        {QDate(2026, 8, 1), 500, 300, 0, 200, 133, Level::Reached},
        {QDate(2026, 9, 1), 100, 200, 300, 0, 50, Level::Ok},
        {QDate(2026, 10, 1), 0, 0, 600, 0, 0, Level::Ok},
        {QDate(2026, 11, 1), 540, 0, 60, 0, 90, Level::Near},
    };
    for (const Expected& e : carriedMonths) {
        CAPTURE(e.month.toString(Qt::ISODate).toStdString());
        const auto month = usage(db.db(), carried, e.month.addDays(9));
        CHECK(month.month == e.month);
        CHECK(month.includedMinutes == 600);
        CHECK(month.workedMinutes == e.worked);
        CHECK(month.carriedInMinutes == e.carriedIn);
        CHECK(month.usedMinutes == e.worked + e.carriedIn);
        CHECK(month.remainingMinutes == e.remaining);
        CHECK(month.overageMinutes == e.overage);
        CHECK(month.percentUsed == e.percent);
        CHECK(month.level == e.level);
    }
    // Billed overage is not carried: August stands alone.
    const auto august = usage(db.db(), billed, QDate(2026, 8, 20));
    CHECK(august.carriedInMinutes == 0);
    CHECK(august.usedMinutes == 500);
    CHECK(august.percentUsed == 83);
    CHECK(august.level == Level::Near);
}

TEST_CASE("Package levels turn at 80 and 100 percent", "[package]")
{
    struct Case
    {
        qint64 minutes;
        int percent;
        Level level;
        qint64 overage;
    };
    const std::vector<Case> cases{
        {0, 0, Level::Ok, 0},
        {479, 79, Level::Ok, 0},
        {480, 80, Level::Near, 0},
        {599, 99, Level::Near, 0},
        {600, 100, Level::Reached, 0},
        {601, 100, Level::Reached, 1},
        {1200, 200, Level::Reached, 600},
    };
    for (const Case& c : cases) {
        CAPTURE(c.minutes);
        TempDatabase db;
        const qint64 acme = client(db.db(), QStringLiteral("Acme"));
        const qint64 mission = packageMission(db.db(), acme, QStringLiteral("Pack"), 600, false);
        // In pieces of at most a day.
        for (qint64 left = c.minutes, day = 1; left > 0; left -= 600, ++day) {
            addEntry(db.db(), EntrySpec{acme, mission, 0, parisMs(QDate(2026, 11, int(day)), QTime(8, 0)),
                                        std::min<qint64>(left, 600), true, 0});
        }
        const auto month = usage(db.db(), mission, QDate(2026, 11, 27));
        CHECK(month.workedMinutes == c.minutes);
        CHECK(month.percentUsed == c.percent);
        CHECK(month.level == c.level);
        CHECK(month.overageMinutes == c.overage);
    }
}

TEST_CASE("Package alerts list active packages near or past their hours", "[package]")
{
    TempDatabase db;
    const qint64 acme = client(db.db(), QStringLiteral("Acme"));
    const qint64 beta = client(db.db(), QStringLiteral("Beta"));
    const qint64 near = packageMission(db.db(), acme, QStringLiteral("Support package"), 600, false);
    const qint64 over = packageMission(db.db(), beta, QStringLiteral("Office"), 120, false);
    const qint64 calm = packageMission(db.db(), beta, QStringLiteral("Admin"), 600, false);
    const qint64 paused =
        packageMission(db.db(), acme, QStringLiteral("Paused"), 60, false, QDate(2026, 1, 1), QStringLiteral("paused"));
    const qint64 later = packageMission(db.db(), acme, QStringLiteral("Next year"), 60, false, QDate(2027, 1, 1));
    // 2 h in October against 1 h: the hour beyond is November's first.
    const qint64 carry = packageMission(db.db(), acme, QStringLiteral("Carry"), 60, true, QDate(2026, 10, 1));
    MissionSpec hourly;
    hourly.clientId = acme;
    hourly.title = QStringLiteral("Hourly");
    const qint64 hourlyMission = addMission(db.db(), hourly);
    const QDate day(2026, 11, 10);
    addEntry(db.db(), EntrySpec{acme, near, 0, parisMs(day, QTime(9, 0)), 510, true, 0});
    addEntry(db.db(), EntrySpec{beta, over, 0, parisMs(day, QTime(9, 0)), 150, true, 0});
    addEntry(db.db(), EntrySpec{beta, calm, 0, parisMs(day, QTime(9, 0)), 60, true, 0});
    addEntry(db.db(), EntrySpec{acme, paused, 0, parisMs(day, QTime(9, 0)), 120, true, 0});
    addEntry(db.db(), EntrySpec{acme, later, 0, parisMs(day, QTime(9, 0)), 120, true, 0});
    addEntry(db.db(), EntrySpec{acme, hourlyMission, 0, parisMs(day, QTime(9, 0)), 600, true, 0});
    addEntry(db.db(), EntrySpec{acme, carry, 0, parisMs(QDate(2026, 10, 20), QTime(9, 0)), 120, true, 0});

    PackageUsage packages(db.db());
    auto all = packages.all(QDate(2026, 11, 27));
    BUREAU_REQUIRE_OK(all);
    REQUIRE(all->size() == 4);
    CHECK(all->at(0).missionId == carry); // Acme: Carry before Support package
    CHECK(all->at(0).carriedInMinutes == 60);
    CHECK(all->at(0).workedMinutes == 0);
    CHECK(all->at(1).missionId == near);
    CHECK(all->at(2).missionId == calm); // Beta: Admin before Office
    CHECK(all->at(3).missionId == over);

    auto alerts = packages.alerts(QDate(2026, 11, 1));
    BUREAU_REQUIRE_OK(alerts);
    REQUIRE(alerts->size() == 3);
    CHECK(alerts->at(0).missionId == over); // 125 %, then 100 %, then 85 %
    CHECK(alerts->at(0).level == Level::Reached);
    CHECK(alerts->at(1).missionId == carry);
    CHECK(alerts->at(1).level == Level::Reached);
    CHECK(alerts->at(2).missionId == near);
    CHECK(alerts->at(2).level == Level::Near);

    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(PackageUsage::describe(alerts->at(2), english)
          == QStringLiteral("Acme — Support package: 85 % of 10h00 used in November 2026."));
    CHECK(PackageUsage::describe(alerts->at(1), english)
          == QStringLiteral("Acme — Carry: all of the package of 1h00 used in November 2026."));
    CHECK(PackageUsage::describe(alerts->at(0), english)
          == QStringLiteral("Beta — Office: 2h30 used in November 2026, 0h30 beyond the package of 2h00."));

    auto october = packages.alerts(QDate(2026, 10, 1));
    BUREAU_REQUIRE_OK(october);
    REQUIRE(october->size() == 1);
    CHECK(october->at(0).missionId == carry);
    CHECK(october->at(0).overageMinutes == 60);

    auto notPackage = packages.forMission(hourlyMission, day);
    REQUIRE_FALSE(notPackage.ok());
    CHECK(notPackage.error().kind == Error::Kind::Invalid);
    auto unknown = packages.forMission(9999, day);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::NotFound);
}

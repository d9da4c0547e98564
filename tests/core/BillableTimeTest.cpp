// SPDX-License-Identifier: GPL-3.0-or-later
// Billable time: the client's rounding rule (a table of steps, modes and scopes), the rate's
// precedence (mission, client, profile; none for fixed fees) and the prospective invoice lines.
#include "TimeTestData.h"

#include "support/TestSupport.h"

#include "core/services/BillableTime.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

using namespace Bureau;
using namespace Bureau::TimeTest;
using Bureau::Test::TempDatabase;

namespace
{

using Mode = RoundingRule::Mode;
using Scope = RoundingRule::Scope;

RoundingRule rule(int step, Mode mode, Scope scope = Scope::PerEntry)
{
    RoundingRule out;
    out.stepMinutes = step;
    out.mode = mode;
    out.scope = scope;
    return out;
}

Money euros(qint64 cents)
{
    return Money::fromCents(cents, QStringLiteral("EUR"));
}

} // namespace

TEST_CASE("Rounding one entry follows a table of steps and modes", "[billable][rounding]")
{
    struct Case
    {
        int step;
        Mode mode;
        qint64 minutes;
        qint64 expected;
    };
    // Nearest: to the closest multiple, an exact half step up; a short entry may round to nothing.
    const std::vector<Case> cases{
        {0, Mode::Up, 0, 0},
        {0, Mode::Up, 1, 1},
        {0, Mode::Up, 7, 7},
        {0, Mode::Nearest, 61, 61},
        {0, Mode::Nearest, 1, 1},

        {5, Mode::Up, 0, 0},
        {5, Mode::Up, 1, 5},
        {5, Mode::Up, 5, 5},
        {5, Mode::Up, 6, 10},
        {5, Mode::Nearest, 1, 0},
        {5, Mode::Nearest, 2, 0},
        {5, Mode::Nearest, 3, 5},
        {5, Mode::Nearest, 5, 5},
        {5, Mode::Nearest, 12, 10},
        {5, Mode::Nearest, 13, 15},

        {6, Mode::Up, 1, 6},
        {6, Mode::Up, 6, 6},
        {6, Mode::Up, 7, 12},
        {6, Mode::Nearest, 2, 0},
        {6, Mode::Nearest, 3, 6},
        {6, Mode::Nearest, 8, 6},
        {6, Mode::Nearest, 9, 12},
        {6, Mode::Nearest, 12, 12},

        {10, Mode::Up, 1, 10},
        {10, Mode::Up, 10, 10},
        {10, Mode::Up, 11, 20},
        {10, Mode::Up, 95, 100},
        {10, Mode::Nearest, 4, 0},
        {10, Mode::Nearest, 5, 10},
        {10, Mode::Nearest, 14, 10},
        {10, Mode::Nearest, 15, 20},
        {10, Mode::Nearest, 94, 90},

        {15, Mode::Up, 0, 0},
        {15, Mode::Up, 1, 15},
        {15, Mode::Up, 7, 15},
        {15, Mode::Up, 15, 15},
        {15, Mode::Up, 16, 30},
        {15, Mode::Up, 44, 45},
        {15, Mode::Nearest, 0, 0},
        {15, Mode::Nearest, 1, 0},
        {15, Mode::Nearest, 7, 0},
        {15, Mode::Nearest, 8, 15},
        {15, Mode::Nearest, 22, 15},
        {15, Mode::Nearest, 23, 30},
        {15, Mode::Nearest, 37, 30},
        {15, Mode::Nearest, 38, 45},
        {15, Mode::Nearest, 60, 60},

        {30, Mode::Up, 1, 30},
        {30, Mode::Up, 30, 30},
        {30, Mode::Up, 31, 60},
        {30, Mode::Up, 89, 90},
        {30, Mode::Nearest, 14, 0},
        {30, Mode::Nearest, 15, 30},
        {30, Mode::Nearest, 44, 30},
        {30, Mode::Nearest, 45, 60},
        {30, Mode::Nearest, 74, 60},
        {30, Mode::Nearest, 75, 90},
        {30, Mode::Nearest, 1440, 1440},
    };
    for (const Case& c : cases) {
        CAPTURE(c.step, c.mode == Mode::Up, c.minutes);
        CHECK(BillableTime::roundMinutes(c.minutes, rule(c.step, c.mode)) == c.expected);
        // The scope does not matter for one entry.
        CHECK(BillableTime::roundedTotal({c.minutes}, rule(c.step, c.mode, Scope::PerLine)) == c.expected);
        CHECK(BillableTime::roundedTotal({c.minutes}, rule(c.step, c.mode, Scope::PerEntry)) == c.expected);
    }
}

TEST_CASE("Rounding per entry and per line differ on several entries", "[billable][rounding]")
{
    struct Case
    {
        QList<qint64> entries;
        int step;
        Mode mode;
        qint64 perEntry;
        qint64 perLine;
    };
    const std::vector<Case> cases{
        {{}, 15, Mode::Up, 0, 0},
        {{0, 0}, 15, Mode::Up, 0, 0},
        {{7, 8}, 0, Mode::Up, 15, 15},
        {{7, 7, 7}, 15, Mode::Up, 45, 30},
        {{7, 7, 7}, 15, Mode::Nearest, 0, 15},
        {{3, 3}, 6, Mode::Nearest, 12, 6},
        {{20, 40}, 30, Mode::Up, 90, 60},
        {{20, 40}, 30, Mode::Nearest, 60, 60},
        {{5, 5, 5, 5}, 10, Mode::Nearest, 40, 20},
        {{1}, 5, Mode::Up, 5, 5},
        {{50, 20, 10}, 15, Mode::Up, 105, 90},
        {{2, 2, 2}, 5, Mode::Nearest, 0, 5},
    };
    for (const Case& c : cases) {
        CAPTURE(c.entries, c.step, c.mode == Mode::Up);
        CHECK(BillableTime::roundedTotal(c.entries, rule(c.step, c.mode, Scope::PerEntry)) == c.perEntry);
        CHECK(BillableTime::roundedTotal(c.entries, rule(c.step, c.mode, Scope::PerLine)) == c.perLine);
    }
}

TEST_CASE("The hourly rate is the mission's then the client's then the profile's", "[billable][rate]")
{
    TempDatabase db;
    BillableTime billable(db.db());

    const qint64 noRate =
        addClient(db.db(), ClientSpec{QStringLiteral("Sans tarif"), QStringLiteral("EUR"), std::nullopt, 0,
                                      QStringLiteral("up"), QStringLiteral("entry")});
    const qint64 dollars = addClient(db.db(), ClientSpec{QStringLiteral("Maple"), QStringLiteral("USD"), 4000, 0,
                                                         QStringLiteral("up"), QStringLiteral("entry")});

    MissionSpec spec;
    spec.clientId = noRate;
    spec.title = QStringLiteral("Hourly, no rate");
    const qint64 hourlyNoRate = addMission(db.db(), spec);
    spec.title = QStringLiteral("Hourly at 50");
    spec.hourlyCents = 5000;
    const qint64 hourlyOwn = addMission(db.db(), spec);
    spec.clientId = dollars;
    spec.currency = QStringLiteral("USD");
    spec.title = QStringLiteral("Package billed");
    spec.billing = QStringLiteral("package");
    spec.hourlyCents.reset();
    spec.packageMinutes = 600;
    spec.overageCents = 7000;
    const qint64 packageBilled = addMission(db.db(), spec);
    spec.title = QStringLiteral("Package carried");
    spec.overage = QStringLiteral("carried");
    spec.overageCents.reset();
    const qint64 packageCarried = addMission(db.db(), spec);
    spec.title = QStringLiteral("Fixed");
    spec.billing = QStringLiteral("fixed");
    const qint64 fixed = addMission(db.db(), spec);

    const auto rateOf = [&](qint64 client, qint64 mission) {
        auto rate = billable.hourlyRate(client, mission);
        BUREAU_REQUIRE_OK(rate);
        return rate.value();
    };

    SECTION("Without a profile rate")
    {
        CHECK_FALSE(rateOf(noRate, 0).has_value());
        CHECK_FALSE(rateOf(noRate, hourlyNoRate).has_value());
        CHECK(rateOf(noRate, hourlyOwn) == euros(5000));
    }
    SECTION("With a profile rate")
    {
        setProfile(db.db(), 3000);
        CHECK(rateOf(noRate, 0) == euros(3000));
        CHECK(rateOf(noRate, hourlyNoRate) == euros(3000));
        CHECK(rateOf(noRate, hourlyOwn) == euros(5000));
        // The client's rate, in the client's currency, comes before the profile's.
        CHECK(rateOf(dollars, 0) == Money::fromCents(4000, QStringLiteral("USD")));
        CHECK(rateOf(dollars, packageBilled) == Money::fromCents(7000, QStringLiteral("USD")));
        CHECK(rateOf(dollars, packageCarried) == Money::fromCents(4000, QStringLiteral("USD")));
        // A fixed fee has no hourly rate at all, whatever the client and profile say.
        CHECK_FALSE(rateOf(dollars, fixed).has_value());
    }
    SECTION("Unknown clients and other clients' missions are refused")
    {
        auto unknown = billable.hourlyRate(9999, 0);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().kind == Error::Kind::NotFound);
        auto foreign = billable.hourlyRate(noRate, packageBilled);
        REQUIRE_FALSE(foreign.ok());
        CHECK(foreign.error().kind == Error::Kind::NotFound);
    }
}

namespace
{

/** Work for "Alpha" (15 min up per entry, 60 €/h) in November 2026, with entries that must be left out. */
struct Alpha
{
    qint64 client = 0;
    qint64 admin = 0;
    qint64 fixed = 0;
    qint64 support = 0;
    qint64 invoices = 0;
    QList<qint64> supportEntries;

    explicit Alpha(Database& db)
    {
        setProfile(db, 3000);
        client = addClient(db, ClientSpec{QStringLiteral("Alpha"), QStringLiteral("EUR"), 6000, 15,
                                          QStringLiteral("up"), QStringLiteral("entry")});
        const qint64 other = addClient(db, ClientSpec{QStringLiteral("Other"), QStringLiteral("EUR"), 6000, 0,
                                                      QStringLiteral("up"), QStringLiteral("entry")});
        MissionSpec spec;
        spec.clientId = client;
        spec.title = QStringLiteral("Support");
        spec.hourlyCents = 4500;
        support = addMission(db, spec);
        spec.title = QStringLiteral("Admin");
        spec.hourlyCents.reset();
        admin = addMission(db, spec);
        spec.title = QStringLiteral("Fixed");
        spec.billing = QStringLiteral("fixed");
        fixed = addMission(db, spec);
        invoices = addTask(db, client, support, QStringLiteral("Invoices"));

        const auto at = [](int day, int hour, int minute) {
            return parisMs(QDate(2026, 11, day), QTime(hour, minute));
        };
        supportEntries << addEntry(db, EntrySpec{client, support, invoices, at(2, 9, 0), 50, true, 0});
        supportEntries << addEntry(db, EntrySpec{client, support, invoices, at(3, 9, 0), 20, true, 0});
        supportEntries << addEntry(db, EntrySpec{client, support, 0, at(3, 14, 0), 10, true, 0});
        addEntry(db, EntrySpec{client, admin, 0, at(2, 10, 0), 35, true, 0});
        addEntry(db, EntrySpec{client, 0, 0, at(4, 10, 0), 7, true, 0});
        addEntry(db, EntrySpec{client, fixed, 0, at(9, 10, 0), 60, true, 0});
        // The last evening of the range: its day is 30 November though it ends in December.
        addEntry(db, EntrySpec{client, admin, 0, at(30, 23, 30), 20, true, 0});
        // Left out: not billable, already on a document, outside the range, another client's.
        addEntry(db, EntrySpec{client, support, 0, at(5, 9, 0), 30, false, 0});
        addEntry(db, EntrySpec{client, support, 0, at(6, 9, 0), 30, true, 99});
        addEntry(db, EntrySpec{client, support, 0, parisMs(QDate(2026, 10, 31), QTime(23, 59)), 30, true, 0});
        addEntry(db, EntrySpec{client, support, 0, parisMs(QDate(2026, 12, 1), QTime(0, 0)), 30, true, 0});
        addEntry(db, EntrySpec{other, 0, 0, at(10, 9, 0), 30, true, 0});
        // Left out: a timer still running.
        BUREAU_REQUIRE_OK(db.write([&]() -> Status {
            QSqlQuery query(db.connection());
            query.prepare(QStringLiteral("INSERT INTO time_entries (client_id, mission_id, started_at, day, "
                                         "created_at, updated_at) VALUES (?, ?, ?, '2026-11-27', 0, 0)"));
            query.addBindValue(client);
            query.addBindValue(support);
            query.addBindValue(at(27, 9, 0));
            if (!query.exec())
                return Database::sqlError(QStringLiteral("running"), query.lastError());
            return {};
        }));
    }
};

} // namespace

TEST_CASE("Unbilled lines group billable finished work by mission", "[billable][lines]")
{
    TempDatabase db;
    const Alpha alpha(db.db());
    auto lines = BillableTime(db.db()).unbilledLines(alpha.client, QDate(2026, 11, 1), QDate(2026, 11, 30),
                                                     BillableTime::Grouping::Mission);
    BUREAU_REQUIRE_OK(lines);
    REQUIRE(lines->size() == 4);

    const BillableTime::Line& admin = lines->at(0);
    CHECK(admin.label == QStringLiteral("Admin"));
    CHECK(admin.missionId == alpha.admin);
    CHECK(admin.rawMinutes == 55);
    CHECK(admin.roundedMinutes == 75); // 35 → 45, 20 → 30
    CHECK(admin.quantityThousandths == 1250);
    CHECK(admin.rate == euros(6000)); // the client's: the mission has none
    CHECK(admin.amount == euros(7500));

    const BillableTime::Line& fixed = lines->at(1);
    CHECK(fixed.label == QStringLiteral("Fixed"));
    CHECK(fixed.rawMinutes == 60);
    CHECK(fixed.quantityThousandths == 1000);
    CHECK_FALSE(fixed.rate.has_value());
    CHECK_FALSE(fixed.amount.has_value());

    const BillableTime::Line& support = lines->at(2);
    CHECK(support.label == QStringLiteral("Support"));
    CHECK(support.rawMinutes == 80);
    CHECK(support.roundedMinutes == 105); // 50 → 60, 20 → 30, 10 → 15
    CHECK(support.quantityThousandths == 1750);
    CHECK(support.rate == euros(4500));
    CHECK(support.amount == euros(7875));
    CHECK(support.entryIds == alpha.supportEntries);

    const BillableTime::Line& other = lines->at(3);
    CHECK(other.label == QStringLiteral("Other work"));
    CHECK(other.missionId == 0);
    CHECK(other.rawMinutes == 7);
    CHECK(other.roundedMinutes == 15);
    CHECK(other.amount == euros(1500));
}

TEST_CASE("Unbilled lines by task and by day split missions apart", "[billable][lines]")
{
    TempDatabase db;
    const Alpha alpha(db.db());
    BillableTime billable(db.db());

    SECTION("By task")
    {
        auto lines =
            billable.unbilledLines(alpha.client, QDate(2026, 11, 1), QDate(2026, 11, 30), BillableTime::Grouping::Task);
        BUREAU_REQUIRE_OK(lines);
        QStringList labels;
        for (const auto& line : *lines)
            labels << line.label;
        CHECK(labels
              == QStringList{QStringLiteral("Admin"), QStringLiteral("Fixed"), QStringLiteral("Invoices"),
                             QStringLiteral("Support"), QStringLiteral("Other work")});
        const BillableTime::Line& invoices = lines->at(2);
        CHECK(invoices.taskId == alpha.invoices);
        CHECK(invoices.missionId == alpha.support);
        CHECK(invoices.rawMinutes == 70);
        CHECK(invoices.roundedMinutes == 90);
        CHECK(invoices.amount == euros(6750));
        CHECK(lines->at(3).rawMinutes == 10);
        CHECK(lines->at(3).roundedMinutes == 15);
    }
    SECTION("By day")
    {
        auto lines =
            billable.unbilledLines(alpha.client, QDate(2026, 11, 1), QDate(2026, 11, 30), BillableTime::Grouping::Day);
        BUREAU_REQUIRE_OK(lines);
        REQUIRE(lines->size() == 6);
        CHECK(lines->at(0).day == QDate(2026, 11, 2));
        CHECK(lines->at(0).missionId == alpha.admin);
        CHECK(lines->at(1).day == QDate(2026, 11, 2));
        CHECK(lines->at(1).missionId == alpha.support);
        CHECK(lines->at(2).day == QDate(2026, 11, 3));
        CHECK(lines->at(2).rawMinutes == 30);
        CHECK(lines->at(2).roundedMinutes == 45);
        CHECK(lines->at(2).entryIds.size() == 2);
        CHECK(lines->at(5).day == QDate(2026, 11, 30));
        CHECK(lines->at(5).roundedMinutes == 30);
    }
    SECTION("A range of one day, and an inverted range")
    {
        auto lines = billable.unbilledLines(alpha.client, QDate(2026, 11, 3), QDate(2026, 11, 3),
                                            BillableTime::Grouping::Mission);
        BUREAU_REQUIRE_OK(lines);
        REQUIRE(lines->size() == 1);
        CHECK(lines->at(0).rawMinutes == 30);
        auto inverted = billable.unbilledLines(alpha.client, QDate(2026, 11, 3), QDate(2026, 11, 2),
                                               BillableTime::Grouping::Mission);
        REQUIRE_FALSE(inverted.ok());
        CHECK(inverted.error().kind == Error::Kind::Invalid);
    }
}

TEST_CASE("Unbilled amounts round per line and half away from zero", "[billable][lines]")
{
    TempDatabase db;
    // 30 minutes to the nearest, per line: 10 + 10 + 5 = 25 → 30 (per entry each would be 0).
    const qint64 beta = addClient(db.db(), ClientSpec{QStringLiteral("Beta"), QStringLiteral("EUR"), 4545, 30,
                                                      QStringLiteral("nearest"), QStringLiteral("line")});
    // No rounding: 20 minutes are 0.33 h on the invoice.
    const qint64 gamma = addClient(db.db(), ClientSpec{QStringLiteral("Gamma"), QStringLiteral("EUR"), 5000, 0,
                                                       QStringLiteral("up"), QStringLiteral("entry")});
    const QDate day(2026, 11, 12);
    addEntry(db.db(), EntrySpec{beta, 0, 0, parisMs(day, QTime(9, 0)), 10, true, 0});
    addEntry(db.db(), EntrySpec{beta, 0, 0, parisMs(day, QTime(10, 0)), 10, true, 0});
    addEntry(db.db(), EntrySpec{beta, 0, 0, parisMs(day, QTime(11, 0)), 5, true, 0});
    addEntry(db.db(), EntrySpec{gamma, 0, 0, parisMs(day, QTime(9, 0)), 20, true, 0});

    BillableTime billable(db.db());
    auto betaLines = billable.unbilledLines(beta, day, day, BillableTime::Grouping::Mission);
    BUREAU_REQUIRE_OK(betaLines);
    REQUIRE(betaLines->size() == 1);
    CHECK(betaLines->at(0).rawMinutes == 25);
    CHECK(betaLines->at(0).roundedMinutes == 30);
    CHECK(betaLines->at(0).quantityThousandths == 500);
    CHECK(betaLines->at(0).amount == euros(2273)); // 0.5 × 45.45 = 22.725 → 22.73

    auto gammaLines = billable.unbilledLines(gamma, day, day, BillableTime::Grouping::Day);
    BUREAU_REQUIRE_OK(gammaLines);
    REQUIRE(gammaLines->size() == 1);
    CHECK(gammaLines->at(0).quantityThousandths == 330);
    CHECK(gammaLines->at(0).amount == euros(1650));
    CHECK(gammaLines->at(0).day == day);
}

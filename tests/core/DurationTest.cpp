// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Duration.h"
#include "core/i18n/Translations.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QString>

#include <vector>

using Bureau::Duration;

namespace
{

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

const QLocale kFrench(QLocale::French, QLocale::France);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

} // namespace

TEST_CASE("Duration reads the ways people write worked time", "[duration]")
{
    struct Row
    {
        const char* text;
        qint64 minutes;
    };
    const std::vector<Row> rows{
        // Hours and minutes.
        {"1h30", 90},
        {"1h", 60},
        {"1 h 30", 90},
        {"2h05", 125},
        {"2h5", 125},
        {"2H05", 125},
        {"1h30m", 90},
        {"1h30min", 90},
        {"1 h 30 min", 90},
        {"0h45", 45},
        {"12h00", 720},
        {"1 heure", 60},
        {"2 hours", 120},
        {"3hrs", 180},
        {"1234h00", 74040},
        {"  1h30  ", 90},
        // Hours:minutes.
        {"1:30", 90},
        {"0:05", 5},
        {"10:00", 600},
        {"1 : 30", 90},
        {"25:00", 1500}, // explicit hours: not refused
        // Minutes.
        {"90m", 90},
        {"90 min", 90},
        {"90mn", 90},
        {"45 minutes", 45},
        {"1500m", 1500},
        // Decimal hours; a bare number is hours.
        {"1,5", 90},
        {"1.5", 90},
        {"1,5h", 90},
        {"1.5 h", 90},
        {"0,25", 15},
        {".5", 30},
        {",75", 45},
        {"2", 120},
        {"0", 0},
        {"24", 1440},
        {"24,0", 1440},
        {"25h", 1500},
        {"90h", 5400},
        {"36,5h", 2190},
        // Fractional hours round to the nearest minute, half a minute up.
        {"1,333", 80}, // 79.98 min
        {"0,01", 1},   // 0.6 min
        {"0,005", 0},  // 0.3 min
        {"0,025", 2},  // 1.5 min
        {"0,075", 5},  // 4.5 min
        {"0,0083", 0}, // 0.498 min
        {"0,0084", 1}, // 0.504 min
        {"1,999999", 120},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text);
        const auto parsed = Duration::parse(u8(row.text));
        BUREAU_REQUIRE_OK(parsed);
        CHECK(parsed->minutes() == row.minutes);
    }
}

TEST_CASE("Duration refuses what it cannot read with a message naming the text", "[duration]")
{
    struct Row
    {
        const char* text;
        const char* messagePart; // English source text, no translator is installed in tests
    };
    const std::vector<Row> rows{
        {"", "Enter a duration"},
        {"   ", "Enter a duration"},
        {"-1h", "cannot be negative"},
        {"−0,5", "cannot be negative"},
        {"-30m", "cannot be negative"},
        {"1:75", "between 0 and 59"},
        {"1:60", "between 0 and 59"},
        {"1h75", "between 0 and 59"},
        {"1h60m", "between 0 and 59"},
        {"1h075", "between 0 and 59"},
        {"abc", "is not a duration"},
        {"h30", "is not a duration"},
        {"1:5", "is not a duration"}, // 1:05 or 1:50?
        {"1:300", "is not a duration"},
        {"1,5:30", "is not a duration"},
        {":30", "is not a duration"},
        {"1:30:00", "is not a duration"},
        {"1h30x", "is not a duration"},
        {"1h30h", "is not a duration"},
        {"1,5h30", "is not a duration"},
        {"1h30,5", "is not a duration"},
        {"1,5m", "is not a duration"}, // whole minutes only
        {"1 2", "is not a duration"},
        {"1,", "is not a duration"},
        {"1..5", "is not a duration"},
        {"1,5,5", "is not a duration"},
        {"1 jour", "is not a duration"},
        {"1h+30", "is not a duration"},
        {"0,1234567891", "is not a duration"}, // more than nine decimals
        {"9999999999h", "too long"},
        {"99999999999999999999999m", "too long"},
        // A bare number above 24 is more likely minutes: refused with a hint.
        {"90", "write 90m"},
        {"25", "write 25h"},
        {"24,5", "more than 24 hours"},
        {"24.01", "more than 24 hours"},
        {"99999999999999999999999", "more than 24 hours"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text);
        const auto parsed = Duration::parse(u8(row.text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == Bureau::Error::Kind::Invalid);
        CHECK(parsed.error().message.contains(u8(row.messagePart)));
        CHECK_FALSE(parsed.error().detail.isEmpty());
        if (!u8(row.text).trimmed().isEmpty())
            CHECK(parsed.error().message.contains(u8(row.text).trimmed()));
    }
}

TEST_CASE("Duration hint for a bare number above 24 hours is one whole sentence", "[duration]")
{
    const auto parsed = Duration::parse(QStringLiteral("45"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message
          == QStringLiteral("“45” would be more than 24 hours. For minutes, write 45m; for hours, write 45h."));
}

TEST_CASE("Duration formats as hours and two digits of minutes in both locales", "[duration]")
{
    struct Row
    {
        qint64 minutes;
        const char* expected;
    };
    const std::vector<Row> rows{
        {90, "1h30"},   {5, "0h05"},        {0, "0h00"},    {60, "1h00"},  {125, "2h05"},
        {719, "11h59"}, {74040, "1234h00"}, {-90, "-1h30"}, {-5, "-0h05"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.minutes);
        const Duration duration = Duration::fromMinutes(row.minutes);
        CHECK(duration.format(kFrench) == u8(row.expected));
        CHECK(duration.format(kEnglish) == u8(row.expected));
    }
}

TEST_CASE("Duration reads back what it writes", "[duration]")
{
    for (const qint64 minutes : {0, 1, 5, 59, 60, 61, 90, 599, 1440, 1441, 6000, 74040, 599999}) {
        for (const QLocale& locale : {kFrench, kEnglish}) {
            CAPTURE(minutes, locale.name());
            const QString text = Duration::fromMinutes(minutes).format(locale);
            const auto parsed = Duration::parse(text);
            BUREAU_REQUIRE_OK(parsed);
            CHECK(parsed->minutes() == minutes);
        }
        // The decimal hours of an invoice too, when they fall on whole minutes.
        const QString hours = Duration::fromMinutes(minutes).toDecimalHours(6);
        CAPTURE(hours);
        const auto parsedHours = Duration::parse(hours + QStringLiteral("h"));
        BUREAU_REQUIRE_OK(parsedHours);
        CHECK(parsedHours->minutes() == minutes);
    }
}

TEST_CASE("Duration as decimal hours for invoices", "[duration]")
{
    struct Row
    {
        qint64 minutes;
        int decimals;
        const char* expected;
    };
    const std::vector<Row> rows{
        {90, 2, "1.50"},   {80, 2, "1.33"}, {5, 2, "0.08"},   {0, 2, "0.00"},        {1, 2, "0.02"},
        {40, 2, "0.67"},   {20, 2, "0.33"}, {3, 2, "0.05"},   {600, 2, "10.00"},     {80, 3, "1.333"},
        {90, 0, "2"},      {30, 0, "1"},    {29, 0, "0"},     {150, 0, "3"},         {90, 1, "1.5"},
        {-80, 2, "-1.33"}, {-90, 0, "-2"},  {-1, 2, "-0.02"}, {1, 9, "0.016666667"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.minutes, row.decimals);
        CHECK(Duration::fromMinutes(row.minutes).toDecimalHours(row.decimals) == u8(row.expected));
    }
    CHECK(Duration::fromMinutes(80).toDecimalHours() == QStringLiteral("1.33"));
}

TEST_CASE("Duration gives an invoice quantity in thousandths rounded to hundredths of an hour", "[duration]")
{
    struct Row
    {
        qint64 minutes;
        qint64 thousandths;
    };
    const std::vector<Row> rows{
        {80, 1330},              // 1.333… h → 1.33
        {90, 1500},   {5, 80},   // 0.0833… → 0.08
        {1, 20},                 // 0.0166… → 0.02
        {0, 0},       {20, 330}, // 0.333… → 0.33
        {40, 670},               // 0.666… → 0.67
        {3, 50},                 // 0.05 exactly
        {100, 1670},             // 1.666… → 1.67
        {600, 10000}, {-80, -1330}, {-40, -670},
    };
    for (const Row& row : rows) {
        CAPTURE(row.minutes);
        CHECK(Duration::fromMinutes(row.minutes).toInvoiceQuantityThousandths() == row.thousandths);
    }
}

TEST_CASE("Duration arithmetic and comparisons", "[duration]")
{
    const Duration a = Duration::fromMinutes(90);
    const Duration b = Duration::fromMinutes(15);
    CHECK((a + b).minutes() == 105);
    CHECK((a - b).minutes() == 75);
    CHECK((b - a).isNegative());
    CHECK((-a).minutes() == -90);
    Duration total;
    CHECK(total.isZero());
    total += a;
    total += b;
    total -= b;
    CHECK(total == a);
    CHECK(b < a);
    CHECK(a > b);
    CHECK(a != b);
    CHECK(Duration() == Duration::fromMinutes(0));
}

TEST_CASE("Duration reads what French and English speakers type", "[duration][time]")
{
    struct Row
    {
        const char* text;
        qint64 minutes;
    };
    const std::vector<Row> rows{
        // French.
        {"1 h 30", 90},
        {"1,5 h", 90},
        {"2 heures", 120},
        {"1 heure 15", 75},
        {"90 min", 90},
        {"45 mn", 45},
        {"0,75", 45},
        {"1h30", 90},
        // English.
        {"1.5 hours", 90},
        {"90 minutes", 90},
        {"2 hrs", 120},
        {"1 hour 30 minutes", 90},
        {"1:30", 90},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text);
        const auto parsed = Duration::parse(u8(row.text));
        BUREAU_REQUIRE_OK(parsed);
        CHECK(parsed->minutes() == row.minutes);
    }
}

TEST_CASE("Duration refusals read in French with the French catalogue installed", "[duration][time]")
{
    // The catalogue and the default locale go back to English whatever happens below.
    struct RestoreLocale
    {
        QLocale before;
        ~RestoreLocale() { QLocale::setDefault(before); }
    } restore;
    Bureau::Translations translations;
    REQUIRE(translations.apply(QStringLiteral("fr")));
    struct Row
    {
        const char* text;
        const char* messagePart;
    };
    const std::vector<Row> rows{
        {"deux heures", "n’est pas une durée"},
        {"1h75", "les minutes doivent être comprises entre 0 et 59"},
        {"-1h", "ne peut pas être négative"},
        {"90", "dépasserait 24 heures"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text);
        const auto parsed = Duration::parse(u8(row.text));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(u8(row.messagePart)));
        CHECK(parsed.error().message.contains(u8(row.text)));
    }
    const auto empty = Duration::parse(QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.startsWith(QStringLiteral("Saisissez une durée")));
    REQUIRE(translations.apply(QStringLiteral("en")));
    const auto english = Duration::parse(QStringLiteral("deux heures"));
    REQUIRE_FALSE(english.ok());
    CHECK(english.error().message.contains(QStringLiteral("is not a duration")));
}

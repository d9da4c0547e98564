// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Money.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QString>

#include <limits>
#include <vector>

using Bureau::Money;
using Bureau::Rounding;

namespace
{

enum class Lang
{
    French,
    English,
    C,
};

QLocale localeFor(Lang lang)
{
    switch (lang) {
    case Lang::French:
        return QLocale(QLocale::French, QLocale::France);
    case Lang::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Lang::C:
        return QLocale::c();
    }
    return QLocale::c();
}

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

const QString EUR = QStringLiteral("EUR");
const QString USD = QStringLiteral("USD");

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

const char* roundingName(Rounding rounding)
{
    switch (rounding) {
    case Rounding::HalfAwayFromZero:
        return "HalfAwayFromZero";
    case Rounding::HalfEven:
        return "HalfEven";
    case Rounding::Up:
        return "Up";
    case Rounding::Down:
        return "Down";
    }
    return "?";
}

} // namespace

TEST_CASE("Money parses amounts as people type them in French and English", "[money]")
{
    struct Row
    {
        const char* text;
        Lang lang;
        const char* currency;
        qint64 cents;
    };
    const std::vector<Row> rows{
        // French: "," is decimal, spaces (as QLocale writes them) and "." group.
        {"1 234,50", Lang::French, "EUR", 123450},
        {"1\u202F234,50\u00A0€", Lang::French, "EUR", 123450},
        {"1\u00A0234,50 €", Lang::French, "EUR", 123450},
        {"1.234,50", Lang::French, "EUR", 123450},
        {"1.234.567,89 €", Lang::French, "EUR", 123456789},
        {"-12,30", Lang::French, "EUR", -1230},
        {"−12,30 €", Lang::French, "EUR", -1230},
        {"-12,30 €", Lang::French, "EUR", -1230},
        {"12", Lang::French, "EUR", 1200},
        {"12,5", Lang::French, "EUR", 1250},
        {"0,05", Lang::French, "EUR", 5},
        {"1234.5", Lang::French, "EUR", 123450}, // "." is decimal too when there is no ","
        {"1 234.5", Lang::French, "EUR", 123450},
        {"1,234.50", Lang::French, "EUR", 123450}, // both: the last one is decimal
        {"12 EUR", Lang::French, "EUR", 1200},
        {"EUR 12", Lang::French, "EUR", 1200},
        {"12eur", Lang::French, "EUR", 1200},
        {"12 euros", Lang::French, "EUR", 1200},
        {"€12", Lang::French, "EUR", 1200},
        {"  +12,00  ", Lang::French, "EUR", 1200},
        {"1'234.50 CHF", Lang::French, "CHF", 123450},
        {"1 234 567", Lang::French, "EUR", 123456700},
        {"0", Lang::French, "EUR", 0},
        {"-0,00", Lang::French, "EUR", 0},
        // English: "," groups and "." is decimal.
        {"1234.5", Lang::English, "EUR", 123450},
        {"1,234.50", Lang::English, "USD", 123450},
        {"$1,234.50", Lang::English, "USD", 123450},
        {"-$12.30", Lang::English, "USD", -1230},
        {"$-12.30", Lang::English, "USD", -1230},
        {"1,234", Lang::English, "USD", 123400},
        {"1,234,567", Lang::English, "USD", 123456700},
        {"1.234,50", Lang::English, "EUR", 123450}, // both: the last one is decimal
        {"£3.07", Lang::English, "GBP", 307},
        {"GBP 3.07", Lang::English, "GBP", 307},
        {"12 USD", Lang::English, "usd", 1200},
        // One "," or "." followed by 1 or 2 digits at the end is decimal whatever the locale.
        {"100,00", Lang::English, "EUR", 10000},
        {"100,5", Lang::English, "EUR", 10050},
        {"100,00", Lang::C, "EUR", 10000},
        {"100.00", Lang::C, "EUR", 10000},
        {"1,234", Lang::C, "EUR", 123400},
        // Minor units other than two.
        {"1,234", Lang::English, "JPY", 1234},
        {"¥1,234", Lang::English, "JPY", 1234},
        {"1 234", Lang::French, "JPY", 1234},
        {"1,234", Lang::French, "KWD", 1234},
        {"1.5", Lang::English, "KWD", 1500},
        // Limits of qint64 minor units.
        {"92233720368547758.07", Lang::English, "EUR", kMax},
        {"-92233720368547758.07", Lang::English, "EUR", -kMax},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text, row.currency, static_cast<int>(row.lang));
        const auto parsed = Money::parse(u8(row.text), u8(row.currency), localeFor(row.lang));
        BUREAU_REQUIRE_OK(parsed);
        CHECK(parsed->cents() == row.cents);
        CHECK(parsed->currency() == u8(row.currency).toUpper());
    }
}

TEST_CASE("Money refuses garbage and ambiguous amounts with a message naming the text", "[money]")
{
    struct Row
    {
        const char* text;
        Lang lang;
        const char* currency;
        const char* messagePart; // English source text, no translator is installed in tests
    };
    const std::vector<Row> rows{
        {"", Lang::French, "EUR", "Enter an amount"},
        {"   ", Lang::English, "EUR", "Enter an amount"},
        {"abc", Lang::French, "EUR", "is not an amount"},
        {"EUR", Lang::French, "EUR", "is not an amount"},
        {"12x", Lang::French, "EUR", "is not an amount"},
        {"1 2 3", Lang::French, "EUR", "is not an amount"}, // groups of three after the first
        {"12 34,50", Lang::French, "EUR", "is not an amount"},
        {"1234 567", Lang::French, "EUR", "is not an amount"}, // first group longer than three
        {"12,", Lang::French, "EUR", "is not an amount"},
        {",50", Lang::French, "EUR", "is not an amount"},
        {"1,,5", Lang::English, "EUR", "is not an amount"},
        {"1,2,3.4", Lang::English, "EUR", "is not an amount"},
        {"1.234,567,89", Lang::English, "EUR", "is not an amount"},
        {"1,50.000", Lang::English, "EUR", "is not an amount"},
        {"1.234 567,50", Lang::French, "EUR", "is not an amount"}, // mixed group separators
        {"--12", Lang::French, "EUR", "is not an amount"},
        {"12-", Lang::French, "EUR", "is not an amount"},
        {"1-2", Lang::French, "EUR", "is not an amount"},
        {"€12€", Lang::French, "EUR", "is not an amount"},
        {"12 dollars", Lang::English, "USD", "is not an amount"},
        {"١٢", Lang::English, "EUR", "is not an amount"}, // only ASCII digits
        // A currency that is not the one expected.
        {"12 $", Lang::French, "EUR", "must be in EUR"},
        {"$12", Lang::English, "EUR", "must be in EUR"},
        {"12 USD", Lang::English, "EUR", "must be in EUR"},
        {"€12", Lang::English, "USD", "must be in USD"},
        {"£12", Lang::English, "USD", "must be in USD"},
        // More decimals than the currency has: also how the ambiguous cases end.
        {"1,234", Lang::French, "EUR", "too many decimal places"}, // French "," is decimal
        {"1.234", Lang::French, "EUR", "too many decimal places"}, // "." is decimal in French too
        {"1.234", Lang::English, "EUR", "too many decimal places"},
        {"12,345", Lang::French, "EUR", "too many decimal places"},
        {"0.001", Lang::English, "EUR", "too many decimal places"},
        {"1.5", Lang::English, "JPY", "too many decimal places"},
        {"1,00", Lang::French, "JPY", "too many decimal places"},
        {"1.2345", Lang::English, "KWD", "too many decimal places"},
        // Beyond qint64 minor units.
        {"92233720368547758.08", Lang::English, "EUR", "too large"},
        {"-92233720368547758.08", Lang::English, "EUR", "too large"},
        {"99999999999999999999999999", Lang::French, "EUR", "too large"},
        {"9223372036854775808", Lang::English, "JPY", "too large"},
        // The currency argument itself.
        {"12", Lang::French, "EURO", "is not a currency code"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.text, row.currency, static_cast<int>(row.lang));
        const auto parsed = Money::parse(u8(row.text), u8(row.currency), localeFor(row.lang));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == Bureau::Error::Kind::Invalid);
        CHECK(parsed.error().message.contains(u8(row.messagePart)));
        CHECK_FALSE(parsed.error().detail.isEmpty());
        if (!u8(row.text).trimmed().isEmpty() && QString::fromUtf8(row.messagePart) != u"is not a currency code")
            CHECK(parsed.error().message.contains(u8(row.text).trimmed()));
    }
}

TEST_CASE("Money formats with the locale and the symbol of its currency", "[money]")
{
    struct Row
    {
        qint64 cents;
        const char* currency;
        Lang lang;
        const char* expected;
    };
    const std::vector<Row> rows{
        {123450, "EUR", Lang::French, "1\u202F234,50\u00A0€"},
        {-123450, "EUR", Lang::French, "-1\u202F234,50\u00A0€"},
        {5, "EUR", Lang::French, "0,05\u00A0€"},
        {-5, "EUR", Lang::French, "-0,05\u00A0€"},
        {0, "EUR", Lang::French, "0,00\u00A0€"},
        {123456789, "EUR", Lang::French, "1\u202F234\u202F567,89\u00A0€"},
        {123450, "USD", Lang::French, "1\u202F234,50\u00A0USD"},
        {123450, "GBP", Lang::French, "1\u202F234,50\u00A0£"},
        {1234, "JPY", Lang::French, "1\u202F234\u00A0JPY"},
        {123450, "EUR", Lang::English, "€1,234.50"},
        {-1230, "USD", Lang::English, "-$12.30"},
        {123450, "USD", Lang::English, "$1,234.50"},
        {1234, "JPY", Lang::English, "JPY\u00A01,234"},
        {1234, "KWD", Lang::English, "KWD\u00A01.234"},
        {100, "CHF", Lang::English, "CHF\u00A01.00"},
        {kMax, "EUR", Lang::English, "€92,233,720,368,547,758.07"},
        {kMin, "EUR", Lang::English, "-€92,233,720,368,547,758.08"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.cents, row.currency, static_cast<int>(row.lang));
        CHECK(Money::fromCents(row.cents, u8(row.currency)).format(localeFor(row.lang)) == u8(row.expected));
    }
}

TEST_CASE("Money gives plain text for files", "[money]")
{
    struct Row
    {
        qint64 cents;
        const char* currency;
        const char* expected;
    };
    const std::vector<Row> rows{
        {123450, "EUR", "1234.50"},
        {-1230, "EUR", "-12.30"},
        {5, "EUR", "0.05"},
        {-5, "EUR", "-0.05"},
        {0, "EUR", "0.00"},
        {1234, "JPY", "1234"},
        {-1234, "JPY", "-1234"},
        {1234, "KWD", "1.234"},
        {kMax, "EUR", "92233720368547758.07"},
        {kMin, "EUR", "-92233720368547758.08"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.cents, row.currency);
        CHECK(Money::fromCents(row.cents, u8(row.currency)).toPlainString() == u8(row.expected));
    }
}

TEST_CASE("Money reads back what it writes in both locales", "[money]")
{
    const std::vector<qint64> amounts{0, 1, -1, 5, 99, 100, 123450, -123450, 100000000, 123456789012, kMax, -kMax};
    const std::vector<const char*> currencies{"EUR", "USD", "GBP", "JPY", "KWD", "CHF"};
    for (const Lang lang : {Lang::French, Lang::English}) {
        const QLocale locale = localeFor(lang);
        for (const char* currency : currencies) {
            for (const qint64 cents : amounts) {
                const Money money = Money::fromCents(cents, u8(currency));
                CAPTURE(cents, currency, money.format(locale), money.toPlainString());
                const auto fromFormat = Money::parse(money.format(locale), u8(currency), locale);
                BUREAU_REQUIRE_OK(fromFormat);
                CHECK(fromFormat->cents() == cents);
                const auto fromPlain = Money::parse(money.toPlainString(), u8(currency), locale);
                BUREAU_REQUIRE_OK(fromPlain);
                CHECK(fromPlain->cents() == cents);
            }
        }
    }
}

TEST_CASE("Money rounds a ratio with the named mode", "[money]")
{
    struct Row
    {
        qint64 cents;
        qint64 numerator;
        qint64 denominator;
        qint64 halfAwayFromZero;
        qint64 halfEven;
        qint64 up;
        qint64 down;
    };
    const std::vector<Row> rows{
        {5, 1, 10, 1, 0, 1, 0},       // 0.5
        {-5, 1, 10, -1, 0, -1, 0},    // -0.5
        {15, 1, 10, 2, 2, 2, 1},      // 1.5
        {25, 1, 10, 3, 2, 3, 2},      // 2.5
        {-25, 1, 10, -3, -2, -3, -2}, // -2.5
        {-35, 1, 10, -4, -4, -4, -3}, // -3.5
        {1, 1, 3, 0, 0, 1, 0},        // 0.333…
        {2, 1, 3, 1, 1, 1, 0},        // 0.666…
        {-2, 1, 3, -1, -1, -1, 0},    // -0.666…
        {1000, 1, 1, 1000, 1000, 1000, 1000},
        {7, -1, 2, -4, -4, -4, -3},   // negative numerator: -3.5
        {7, 1, -2, -4, -4, -4, -3},   // negative denominator: -3.5
        {-7, -1, -2, -4, -4, -4, -3}, // -7 × -1 / -2 = -3.5
        {0, 7, 3, 0, 0, 0, 0},
        {10000, 1, 3, 3333, 3333, 3334, 3333},
    };
    for (const Row& row : rows) {
        for (const auto& [rounding, expected] :
             {std::pair{Rounding::HalfAwayFromZero, row.halfAwayFromZero}, std::pair{Rounding::HalfEven, row.halfEven},
              std::pair{Rounding::Up, row.up}, std::pair{Rounding::Down, row.down}}) {
            CAPTURE(row.cents, row.numerator, row.denominator, roundingName(rounding));
            const auto product =
                Money::fromCents(row.cents, EUR).multipliedByRatio(row.numerator, row.denominator, rounding);
            BUREAU_REQUIRE_OK(product);
            CHECK(product->cents() == expected);
            CHECK(product->currency() == EUR);
        }
    }
    const auto byDefault = Money::fromCents(-25, EUR).multipliedByRatio(1, 10);
    BUREAU_REQUIRE_OK(byDefault);
    CHECK(byDefault->cents() == -3); // half away from zero unless told otherwise
}

TEST_CASE("Money times a quantity in thousandths gives a line net", "[money]")
{
    struct Row
    {
        qint64 unitCents;
        qint64 quantityThousandths;
        Rounding rounding;
        qint64 expected;
    };
    const std::vector<Row> rows{
        {4500, 1330, Rounding::HalfAwayFromZero, 5985}, // 1.33 h × 45.00 €
        {4500, 1500, Rounding::HalfAwayFromZero, 6750}, // 1.5 h × 45.00 €
        {3331, 1500, Rounding::HalfAwayFromZero, 4997}, // 4996.5
        {3331, 1500, Rounding::HalfEven, 4996},         // 4996.5
        {3333, 1500, Rounding::HalfEven, 5000},         // 4999.5
        {3331, 1500, Rounding::Down, 4996},
        {3331, 1500, Rounding::Up, 4997},
        {-3331, 1500, Rounding::HalfAwayFromZero, -4997}, // credit note line
        {-3331, 1500, Rounding::HalfEven, -4996},
        {999, 1, Rounding::HalfAwayFromZero, 1}, // 0.999 cent
        {999, 1, Rounding::Down, 0},
        {4500, 0, Rounding::HalfAwayFromZero, 0},
        {4500, -1000, Rounding::HalfAwayFromZero, -4500},
    };
    for (const Row& row : rows) {
        CAPTURE(row.unitCents, row.quantityThousandths, roundingName(row.rounding));
        const auto net =
            Money::fromCents(row.unitCents, EUR).multipliedByThousandths(row.quantityThousandths, row.rounding);
        BUREAU_REQUIRE_OK(net);
        CHECK(net->cents() == row.expected);
    }
}

TEST_CASE("Money takes a VAT rate in basis points", "[money]")
{
    struct Row
    {
        qint64 baseCents;
        qint64 basisPoints;
        Rounding rounding;
        qint64 expected;
    };
    const std::vector<Row> rows{
        {10000, 2000, Rounding::HalfAwayFromZero, 2000}, // 20 % of 100.00
        {1234, 2000, Rounding::HalfAwayFromZero, 247},   // 246.8
        {1000, 550, Rounding::HalfAwayFromZero, 55},     // 5.5 % of 10.00
        {1010, 550, Rounding::HalfAwayFromZero, 56},     // 55.55
        {1010, 550, Rounding::Down, 55},
        {-1010, 550, Rounding::HalfAwayFromZero, -56}, // credit note
        {-1010, 550, Rounding::Up, -56},
        {-1010, 550, Rounding::Down, -55},
        {999, 210, Rounding::HalfAwayFromZero, 21},    // 2.1 %: 20.979
        {1000, 1000, Rounding::HalfAwayFromZero, 100}, // 10 %
        {25, 2000, Rounding::HalfAwayFromZero, 5},
        {2250, 2000, Rounding::HalfAwayFromZero, 450},
        {12345, 0, Rounding::HalfAwayFromZero, 0}, // franchise, reverse charge
        {2, 2500, Rounding::HalfAwayFromZero, 1},  // 0.5
        {2, 2500, Rounding::HalfEven, 0},
        {6, 2500, Rounding::HalfEven, 2}, // 1.5
    };
    for (const Row& row : rows) {
        CAPTURE(row.baseCents, row.basisPoints, roundingName(row.rounding));
        const auto vat = Money::fromCents(row.baseCents, EUR).percentage(row.basisPoints, row.rounding);
        BUREAU_REQUIRE_OK(vat);
        CHECK(vat->cents() == row.expected);
    }
}

TEST_CASE("Money detects overflow instead of wrapping", "[money]")
{
    const Money max = Money::fromCents(kMax, EUR);
    const Money min = Money::fromCents(kMin, EUR);
    const Money one = Money::fromCents(1, EUR);

    CHECK_FALSE(max.add(one).ok());
    CHECK(max.add(one).error().message.contains(QStringLiteral("too large")));
    CHECK_FALSE(min.subtract(one).ok());
    CHECK_FALSE(min.add(Money::fromCents(-1, EUR)).ok());
    CHECK_FALSE(max.multipliedByThousandths(1001).ok());
    CHECK_FALSE(max.percentage(10001).ok());
    CHECK_FALSE(min.multipliedByRatio(-1, 1).ok());
    CHECK_FALSE(Money::fromCents(kMax / 2 + 1, EUR).multipliedByRatio(2, 1).ok());

    // The 128-bit intermediate: the product overflows 64 bits, the result does not.
    const auto same = max.multipliedByThousandths(1000);
    BUREAU_REQUIRE_OK(same);
    CHECK(same->cents() == kMax);
    const auto vat = max.percentage(2000);
    BUREAU_REQUIRE_OK(vat);
    CHECK(vat->cents() == kMax / 5); // 1844674407370955161.4 rounds down
}

TEST_CASE("Money refuses to mix currencies in checked arithmetic", "[money]")
{
    const Money euros = Money::fromCents(1000, EUR);
    const Money dollars = Money::fromCents(1000, USD);

    const auto sum = euros.add(dollars);
    REQUIRE_FALSE(sum.ok());
    CHECK(sum.error().message.contains(QStringLiteral("EUR")));
    CHECK(sum.error().message.contains(QStringLiteral("USD")));
    CHECK_FALSE(euros.subtract(dollars).ok());
    CHECK_FALSE(Money().add(euros).ok()); // "no amount" has no currency
    CHECK_FALSE(euros.add(Money()).ok());

    CHECK(euros != dollars);
    CHECK_FALSE(euros == dollars);
    CHECK(euros == Money::fromCents(1000, QStringLiteral("eur")));
}

TEST_CASE("Money operators on one currency", "[money]")
{
    const Money a = Money::fromCents(1050, EUR);
    const Money b = Money::fromCents(-230, EUR);

    CHECK((a + b).cents() == 820);
    CHECK((a - b).cents() == 1280);
    CHECK((-a).cents() == -1050);
    CHECK((-a).currency() == EUR);
    Money total = Money::zero(EUR);
    total += a;
    total += a;
    total -= b;
    CHECK(total.cents() == 2330);
    CHECK(total.currency() == EUR);
    CHECK(b < a);
    CHECK(a > b);
    CHECK(a >= a);
    CHECK(b <= Money::zero(EUR));
    CHECK_FALSE(a < b);
    CHECK(a.isPositive());
    CHECK(b.isNegative());
    CHECK(Money::zero(EUR).isZero());
    CHECK(Money::zero(EUR).isValid());
    CHECK_FALSE(Money().isValid());
    CHECK(Money::fromCents(5, QStringLiteral("usd")).currency() == USD);
}

TEST_CASE("Money allocates without losing a cent", "[money]")
{
    struct Row
    {
        qint64 cents;
        std::vector<qint64> weights;
        std::vector<qint64> expected;
    };
    const std::vector<Row> rows{
        {100, {1, 1, 1}, {34, 33, 33}},
        {-100, {1, 1, 1}, {-34, -33, -33}},
        {5, {3, 7}, {2, 3}}, // 1.5 and 3.5: a tie goes to the earlier part
        {1000, {1, 0, 1}, {500, 0, 500}},
        {101, {1, 0, 1}, {51, 0, 50}},
        {0, {1, 2}, {0, 0}},
        {200, {1}, {200}},
        {10, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0}},
        {kMax, {1, 1}, {kMax / 2 + 1, kMax / 2}},
        {100, {2, 1}, {67, 33}},
    };
    for (const Row& row : rows) {
        CAPTURE(row.cents, row.weights);
        const auto parts =
            Money::fromCents(row.cents, EUR).allocate(QList<qint64>(row.weights.begin(), row.weights.end()));
        BUREAU_REQUIRE_OK(parts);
        std::vector<qint64> cents;
        for (const Money& part : *parts) {
            cents.push_back(part.cents());
            CHECK(part.currency() == EUR);
        }
        CHECK(cents == row.expected);
    }
    CHECK_FALSE(Money::fromCents(100, EUR).allocate({1, -1, 1}).ok());
    CHECK_FALSE(Money::fromCents(100, EUR).allocate({0, 0}).ok());
    CHECK_FALSE(Money::fromCents(100, EUR).allocate({}).ok());
}

TEST_CASE("Money knows the minor units of a currency", "[money]")
{
    CHECK(Money::minorUnits(EUR) == 2);
    CHECK(Money::minorUnits(USD) == 2);
    CHECK(Money::minorUnits(QStringLiteral("JPY")) == 0);
    CHECK(Money::minorUnits(QStringLiteral("jpy")) == 0);
    CHECK(Money::minorUnits(QStringLiteral("XPF")) == 0);
    CHECK(Money::minorUnits(QStringLiteral("KWD")) == 3);
    CHECK(Money::isValidCurrencyCode(QStringLiteral("EUR")));
    CHECK_FALSE(Money::isValidCurrencyCode(QStringLiteral("EU")));
    CHECK_FALSE(Money::isValidCurrencyCode(QStringLiteral("EU1")));
    CHECK_FALSE(Money::isValidCurrencyCode(QStringLiteral("€")));
}

TEST_CASE("Money refuses a division by zero", "[money]")
{
    const auto result = Money::fromCents(100, EUR).multipliedByRatio(1, 0);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Bureau::Error::Kind::Invalid);
}

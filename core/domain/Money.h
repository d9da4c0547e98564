// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <compare>

namespace Bureau
{

/**
 * How a division that does not fall on a whole minor unit is rounded (DESIGN.md, Money: every
 * rounding names its mode). Half away from zero is the default unless the law says otherwise.
 */
enum class Rounding
{
    HalfAwayFromZero, // 0.5 → 1, -0.5 → -1 (the default)
    HalfEven,         // 0.5 → 0, 1.5 → 2, 2.5 → 2 (banker's rounding)
    Up,               // away from zero: 0.1 → 1, -0.1 → -1
    Down,             // toward zero (truncation): 0.9 → 0, -0.9 → 0
};

/**
 * An amount of money: a whole number of minor units (cents for EUR, yen for JPY, fils for KWD) and an
 * ISO 4217 currency code, as stored in the database (INTEGER cents + TEXT currency). Never a double.
 *
 * Constructors name their unit (Money::fromCents, Money::zero); there is no constructor from a
 * number of euros. A default-constructed Money is "no amount": zero with no currency (isValid() is
 * false); give it a currency before computing with it.
 *
 * Mixing currencies is a programming error. The operators (+, -, +=, -=, unary -, <, <=, >, >=)
 * require both sides in the same currency and a result that fits in qint64: a violation stops the
 * program with qFatal(), in release builds too, because a wrong total on a legal document is worse
 * than a crash. Where currencies or magnitudes come from data, use the checked add() and subtract(),
 * which return an error instead. == and != compare amount and currency and never stop the program.
 *
 * Multiplications and divisions compute with a 128-bit intermediate, round once with a named mode
 * and refuse a result that does not fit in qint64.
 */
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /** "No amount": zero minor units, no currency. */
    Money() = default;

    /** @p cents minor units of @p currency (an ISO 4217 code; letters are upper-cased). */
    static Money fromCents(qint64 cents, const QString& currency);
    /** Zero in @p currency: the start of a sum. */
    static Money zero(const QString& currency);

    /**
     * Reads an amount typed by a person or found in a file, in @p currency, following @p locale.
     *
     * Accepted: an optional sign (-, U+2212 or +), an optional currency symbol or code before or
     * after the number (€, $, £, ¥ or a three-letter code such as EUR, USD, GBP, CHF, in any case),
     * which must denote @p currency; digits with group separators (space, U+00A0, U+202F, U+2009,
     * apostrophe, "." or ",") in groups of three; and a decimal separator ("." or ",") followed by at
     * most minorUnits(currency) digits. Which of "," and "." is the decimal separator:
     * - when both occur, the last one (which must occur once) is decimal and the other groups;
     * - when one of them occurs several times, it groups;
     * - when exactly one "," or "." occurs and 1 or 2 digits follow it at the end, it is decimal
     *   whatever the locale ("100,00" in English is 100.00, "1.5" in French is 1.50);
     * - otherwise it is decimal if it is the locale's decimal point, grouping if it is the locale's
     *   group separator, decimal otherwise (so in French "1.234" is 1.234 and refused for its three
     *   decimals, while in English "1,234" is 1234).
     * Refused with a translated message naming the text: empty text, any other character, a
     * currency that is not @p currency, misplaced or badly grouped separators, too many decimals,
     * an amount beyond qint64 minor units.
     */
    static Result<Money> parse(const QString& text, const QString& currency, const QLocale& locale);

    /** Digits after the decimal point in @p currency: 2 unless the currency says otherwise (JPY 0, KWD 3). */
    static int minorUnits(const QString& currency);
    /** True for three ASCII letters (the shape of an ISO 4217 code; the list itself changes). */
    static bool isValidCurrencyCode(const QString& code);
    /**
     * The symbol to show for @p currency in @p locale: the locale's own symbol when @p currency is
     * the locale's currency, "€" and "£" everywhere, the ISO code otherwise ("1 234,50 USD" in
     * French), which is never ambiguous on an invoice.
     */
    static QString currencySymbol(const QString& currency, const QLocale& locale);

    qint64 cents() const { return m_cents; }
    const QString& currency() const { return m_currency; }
    /** False for a default-constructed Money (no currency). */
    bool isValid() const { return !m_currency.isEmpty(); }
    bool isZero() const { return m_cents == 0; }
    bool isNegative() const { return m_cents < 0; }
    bool isPositive() const { return m_cents > 0; }

    /** Checked sum: an error when the currencies differ or the result overflows. */
    Result<Money> add(const Money& other) const;
    /** Checked difference: an error when the currencies differ or the result overflows. */
    Result<Money> subtract(const Money& other) const;

    /**
     * This amount times a quantity in thousandths (1500 = 1.5, as quantities are stored), rounded
     * once: a line's net is round(quantity × unit price), half away from zero (DESIGN.md, Time).
     */
    Result<Money> multipliedByThousandths(qint64 quantityThousandths,
                                          Rounding rounding = Rounding::HalfAwayFromZero) const;
    /** This amount times numerator / denominator, rounded once. An error when denominator is 0. */
    Result<Money> multipliedByRatio(qint64 numerator, qint64 denominator,
                                    Rounding rounding = Rounding::HalfAwayFromZero) const;
    /**
     * @p basisPoints hundredths of a percent of this amount (2000 = 20 %, 550 = 5.5 %, 210 = 2.1 %),
     * rounded once: the VAT on a base.
     */
    Result<Money> percentage(qint64 basisPoints, Rounding rounding = Rounding::HalfAwayFromZero) const;

    /**
     * Splits this amount into parts proportional to @p weights that add up to exactly this amount:
     * each part is rounded toward zero, then the minor units left over go one each to the parts
     * with the largest remainders (the earlier part on a tie). An error when a weight is negative
     * or all are zero.
     */
    Result<QList<Money>> allocate(const QList<qint64>& weights) const;

    /**
     * For people: the amount with the locale's digits, separators and currency pattern, and the
     * symbol of currencySymbol(): "1 234,50 €" (U+202F between groups, U+00A0 before €) in French,
     * "€1,234.50" in English. Negative amounts take the locale's minus sign in front
     * ("-1 234,50 €", "-$12.30"), not Qt 6.4's accounting parentheses.
     */
    QString format(const QLocale& locale) const;
    /** For files (CSV, JSON): "1234.50", "-12.30", "1234" for JPY; no symbol, no grouping. */
    QString toPlainString() const;

    Money operator-() const;
    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money& operator+=(const Money& other);
    Money& operator-=(const Money& other);

    friend bool operator==(const Money& a, const Money& b) = default;
    /** Orders amounts of one currency; comparing two currencies stops the program (see above). */
    std::strong_ordering operator<=>(const Money& other) const;

private:
    Money(qint64 cents, QString currency);

    qint64 m_cents = 0;
    QString m_currency;
};

} // namespace Bureau

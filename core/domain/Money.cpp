// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Money.h"

#include <QStringList>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace Bureau
{

namespace
{

// GCC and Clang have a 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef __int128 Int128;

constexpr qint64 kMaxCents = std::numeric_limits<qint64>::max();
constexpr qint64 kMinCents = std::numeric_limits<qint64>::min();

bool fitsInCents(Int128 value)
{
    return value >= kMinCents && value <= kMaxCents;
}

/** @p numerator / @p denominator rounded with @p rounding; @p denominator is not zero. */
Int128 divideRounded(Int128 numerator, Int128 denominator, Rounding rounding)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 quotient = numerator / denominator; // truncates toward zero
    const Int128 remainder = numerator % denominator;
    if (remainder == 0)
        return quotient;
    const Int128 awayFromZero = numerator < 0 ? quotient - 1 : quotient + 1;
    const Int128 twiceRemainder = (remainder < 0 ? -remainder : remainder) * 2;
    switch (rounding) {
    case Rounding::Down:
        return quotient;
    case Rounding::Up:
        return awayFromZero;
    case Rounding::HalfAwayFromZero:
        return twiceRemainder >= denominator ? awayFromZero : quotient;
    case Rounding::HalfEven:
        if (twiceRemainder != denominator)
            return twiceRemainder > denominator ? awayFromZero : quotient;
        return quotient % 2 == 0 ? quotient : awayFromZero;
    }
    return quotient;
}

QString int128ToString(Int128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool negative = value < 0;
    QString digits;
    while (value != 0) {
        const int digit = static_cast<int>(value % 10);
        digits.prepend(QChar(u'0' + (digit < 0 ? -digit : digit)));
        value /= 10;
    }
    return negative ? QString(u'-' + digits) : digits;
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpaceSeparator(QChar c)
{
    // What people type and what QLocale writes between groups: space, no-break space, narrow
    // no-break space (French in Qt 6.4), thin space.
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019'; // Swiss grouping: 1'234.50
}

bool isSign(QChar c)
{
    return c == u'-' || c == u'+' || c == u'\u2212';
}

bool isNumberChar(QChar c)
{
    return isAsciiDigit(c) || isSpaceSeparator(c) || isApostrophe(c) || c == u'.' || c == u',' || isSign(c);
}

/** The currencies that a symbol may stand for, when typed before or after an amount. */
QStringList currenciesForSymbol(const QString& symbol)
{
    if (symbol == u"€" || symbol.compare(u"euro", Qt::CaseInsensitive) == 0
        || symbol.compare(u"euros", Qt::CaseInsensitive) == 0)
        return {QStringLiteral("EUR")};
    if (symbol == u"£")
        return {QStringLiteral("GBP")};
    if (symbol == u"$") {
        return {QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("NZD"),
                QStringLiteral("HKD"), QStringLiteral("SGD"), QStringLiteral("MXN")};
    }
    if (symbol == u"¥")
        return {QStringLiteral("JPY"), QStringLiteral("CNY")};
    if (Money::isValidCurrencyCode(symbol))
        return {symbol.toUpper()};
    return {};
}

void skipSpaces(QStringView& text)
{
    while (!text.isEmpty() && text.front().isSpace())
        text = text.mid(1);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
}

} // namespace

Money::Money(qint64 cents, QString currency)
    : m_cents(cents)
    , m_currency(std::move(currency))
{
}

Money Money::fromCents(qint64 cents, const QString& currency)
{
    Q_ASSERT_X(isValidCurrencyCode(currency), "Money::fromCents", "not an ISO 4217 code");
    return Money(cents, currency.toUpper());
}

Money Money::zero(const QString& currency)
{
    return fromCents(0, currency);
}

int Money::minorUnits(const QString& currency)
{
    // ISO 4217 minor units of the currencies that do not have two.
    static const QStringList none{
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                   QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                   QStringLiteral("TND")};
    const QString code = currency.toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

bool Money::isValidCurrencyCode(const QString& code)
{
    if (code.size() != 3)
        return false;
    return std::all_of(code.begin(), code.end(),
                       [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); });
}

QString Money::currencySymbol(const QString& currency, const QLocale& locale)
{
    const QString code = currency.toUpper();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (code == u"EUR")
        return QStringLiteral("€");
    if (code == u"GBP")
        return QStringLiteral("£");
    return code;
}

Result<Money> Money::parse(const QString& text, const QString& currency, const QLocale& locale)
{
    const QString shown = text.trimmed();
    const auto garbage = [&shown](const QString& detail) {
        return Error::make(Error::Kind::Invalid, tr("“%1” is not an amount.").arg(shown), detail);
    };
    if (shown.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Enter an amount."), QStringLiteral("empty amount"));
    if (!isValidCurrencyCode(currency)) {
        return Error::make(Error::Kind::Invalid, tr("“%1” is not a currency code.").arg(currency),
                           QStringLiteral("invalid ISO 4217 code"));
    }
    const QString code = currency.toUpper();
    const int minor = minorUnits(code);

    // Peel off, from the outside in: sign, currency before, sign, currency after.
    QStringView rest(shown);
    bool negative = false;
    bool signSeen = false;
    const auto takeSign = [&]() -> bool {
        skipSpaces(rest);
        if (rest.isEmpty() || !isSign(rest.front()))
            return true;
        if (signSeen)
            return false;
        signSeen = true;
        negative = rest.front() != u'+';
        rest = rest.mid(1);
        skipSpaces(rest);
        return true;
    };
    // A currency token is a run of characters that cannot belong to the number.
    const auto takeToken = [&rest](bool atStart) {
        qsizetype length = 0;
        while (length < rest.size()) {
            const QChar c = atStart ? rest.at(length) : rest.at(rest.size() - 1 - length);
            if (isNumberChar(c) || c.isSpace())
                break;
            ++length;
        }
        const QString token = (atStart ? rest.left(length) : rest.right(length)).toString();
        rest = atStart ? rest.mid(length) : rest.left(rest.size() - length);
        skipSpaces(rest);
        return token;
    };
    if (!takeSign())
        return garbage(QStringLiteral("two signs"));
    const QString leading = takeToken(true);
    if (!takeSign())
        return garbage(QStringLiteral("two signs"));
    const QString trailing = takeToken(false);
    if (!leading.isEmpty() && !trailing.isEmpty())
        return garbage(QStringLiteral("currency both before and after the number"));
    if (rest.isEmpty())
        return garbage(QStringLiteral("no digits"));
    const QString token = leading.isEmpty() ? trailing : leading;
    if (!token.isEmpty()) {
        const QStringList denoted = currenciesForSymbol(token);
        const bool ownSymbol = token == currencySymbol(code, locale);
        if (denoted.isEmpty() && !ownSymbol)
            return garbage(QStringLiteral("unknown currency token \"%1\"").arg(token));
        if (!ownSymbol && !denoted.contains(code)) {
            return Error::make(Error::Kind::Invalid,
                               tr("“%1” is in %2, but this amount must be in %3.").arg(shown, token, code),
                               QStringLiteral("currency mismatch"));
        }
    }

    // Split the number into runs of digits and the one separator between each two runs.
    QStringList runs{QString()};
    QList<QChar> separators;
    for (const QChar c : rest) {
        if (isAsciiDigit(c)) {
            runs.last().append(c);
            continue;
        }
        QChar separator;
        if (isSpaceSeparator(c))
            separator = u' ';
        else if (isApostrophe(c))
            separator = u'\'';
        else if (c == u'.' || c == u',')
            separator = c;
        else
            return garbage(QStringLiteral("unexpected character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        if (runs.last().isEmpty())
            return garbage(QStringLiteral("separator without digits before it"));
        separators.append(separator);
        runs.append(QString());
    }
    if (runs.last().isEmpty())
        return garbage(QStringLiteral("separator without digits after it"));

    // Which separator, if any, is the decimal one (the rules are in Money.h).
    const qsizetype dots = separators.count(u'.');
    const qsizetype commas = separators.count(u',');
    qsizetype decimalIndex = -1;
    if (dots > 0 && commas > 0) {
        for (qsizetype i = separators.size() - 1; i >= 0 && decimalIndex < 0; --i) {
            if (separators.at(i) == u'.' || separators.at(i) == u',')
                decimalIndex = i;
        }
        if (separators.count(separators.at(decimalIndex)) != 1)
            return garbage(QStringLiteral("both '.' and ',' repeated"));
    } else if (dots + commas == 1) {
        const QChar mark = dots == 1 ? u'.' : u',';
        const qsizetype index = separators.indexOf(mark);
        const qsizetype digitsAfter = runs.at(index + 1).size();
        const bool last = index == separators.size() - 1;
        if (last && (digitsAfter == 1 || digitsAfter == 2))
            decimalIndex = index;
        else if (locale.decimalPoint() == QString(mark))
            decimalIndex = index;
        else if (locale.groupSeparator() == QString(mark))
            decimalIndex = -1;
        else
            decimalIndex = index;
    }
    if (decimalIndex >= 0 && decimalIndex != separators.size() - 1)
        return garbage(QStringLiteral("group separator after the decimal separator"));

    // Group separators: one kind, groups of three after the first.
    const qsizetype integerRuns = decimalIndex >= 0 ? decimalIndex + 1 : runs.size();
    for (qsizetype i = 1; i < integerRuns; ++i) {
        if (separators.at(i - 1) != separators.at(0))
            return garbage(QStringLiteral("mixed group separators"));
        if (runs.at(i).size() != 3)
            return garbage(QStringLiteral("digit groups are not of three"));
    }
    if (integerRuns > 1 && runs.at(0).size() > 3)
        return garbage(QStringLiteral("first digit group longer than three"));

    const QString fraction = decimalIndex >= 0 ? runs.last() : QString();
    if (fraction.size() > minor) {
        return Error::make(
            Error::Kind::Invalid,
            tr("“%1” has too many decimal places: amounts in %2 have at most %n.", "", minor).arg(shown, code),
            QStringLiteral("%1 decimals").arg(fraction.size()));
    }

    const auto tooLarge = [&shown]() {
        return Error::make(Error::Kind::Invalid, tr("“%1” is too large an amount.").arg(shown),
                           QStringLiteral("beyond 64-bit minor units"));
    };
    Int128 value = 0;
    for (qsizetype i = 0; i < integerRuns; ++i) {
        for (const QChar c : runs.at(i)) {
            value = value * 10 + (c.unicode() - u'0');
            if (value > kMaxCents)
                return tooLarge();
        }
    }
    value *= powerOfTen(minor);
    value += fraction.isEmpty() ? 0 : fraction.toLongLong() * powerOfTen(minor - static_cast<int>(fraction.size()));
    if (value > kMaxCents)
        return tooLarge();
    return Money(static_cast<qint64>(negative ? -value : value), code);
}

Result<Money> Money::add(const Money& other) const
{
    if (m_currency != other.m_currency || !isValid()) {
        return Error::make(Error::Kind::Invalid,
                           tr("Amounts in %1 and %2 cannot be combined.").arg(m_currency, other.m_currency),
                           QStringLiteral("currency mismatch: %1 + %2").arg(m_currency, other.m_currency));
    }
    const Int128 sum = Int128(m_cents) + other.m_cents;
    if (!fitsInCents(sum)) {
        return Error::make(Error::Kind::Invalid, tr("The amount is too large."),
                           QStringLiteral("overflow: %1 + %2").arg(m_cents).arg(other.m_cents));
    }
    return Money(static_cast<qint64>(sum), m_currency);
}

Result<Money> Money::subtract(const Money& other) const
{
    if (m_currency != other.m_currency || !isValid()) {
        return Error::make(Error::Kind::Invalid,
                           tr("Amounts in %1 and %2 cannot be combined.").arg(m_currency, other.m_currency),
                           QStringLiteral("currency mismatch: %1 - %2").arg(m_currency, other.m_currency));
    }
    const Int128 difference = Int128(m_cents) - other.m_cents;
    if (!fitsInCents(difference)) {
        return Error::make(Error::Kind::Invalid, tr("The amount is too large."),
                           QStringLiteral("overflow: %1 - %2").arg(m_cents).arg(other.m_cents));
    }
    return Money(static_cast<qint64>(difference), m_currency);
}

Result<Money> Money::multipliedByThousandths(qint64 quantityThousandths, Rounding rounding) const
{
    return multipliedByRatio(quantityThousandths, 1000, rounding);
}

Result<Money> Money::multipliedByRatio(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (denominator == 0) {
        return Error::make(Error::Kind::Invalid, tr("An amount cannot be divided by zero."),
                           QStringLiteral("ratio %1/0").arg(numerator));
    }
    // |cents × numerator| < 2^126: no overflow in 128 bits.
    const Int128 result = divideRounded(Int128(m_cents) * numerator, denominator, rounding);
    if (!fitsInCents(result)) {
        return Error::make(Error::Kind::Invalid, tr("The amount is too large."),
                           QStringLiteral("overflow: %1 × %2 / %3 = %4")
                               .arg(m_cents)
                               .arg(numerator)
                               .arg(denominator)
                               .arg(int128ToString(result)));
    }
    return Money(static_cast<qint64>(result), m_currency);
}

Result<Money> Money::percentage(qint64 basisPoints, Rounding rounding) const
{
    return multipliedByRatio(basisPoints, 10000, rounding);
}

Result<QList<Money>> Money::allocate(const QList<qint64>& weights) const
{
    Int128 total = 0;
    for (const qint64 weight : weights) {
        if (weight < 0) {
            return Error::make(Error::Kind::Invalid, tr("An amount cannot be split with a negative share."),
                               QStringLiteral("negative weight %1").arg(weight));
        }
        total += weight;
    }
    if (total == 0) {
        return Error::make(Error::Kind::Invalid, tr("An amount cannot be split into no shares."),
                           QStringLiteral("weights add up to zero"));
    }
    QList<Money> parts;
    QList<Int128> remainders;
    Int128 allocated = 0;
    for (const qint64 weight : weights) {
        const Int128 exact = Int128(m_cents) * weight;
        const Int128 share = exact / total; // toward zero, so |share| ≤ |cents|: fits
        parts.append(Money(static_cast<qint64>(share), m_currency));
        remainders.append(exact - share * total);
        allocated += share;
    }
    // Fewer units are left over than parts with a remainder, since each remainder is below total.
    QList<qsizetype> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) {
        const Int128 ra = remainders.at(a) < 0 ? -remainders.at(a) : remainders.at(a);
        const Int128 rb = remainders.at(b) < 0 ? -remainders.at(b) : remainders.at(b);
        return ra > rb;
    });
    Int128 leftover = Int128(m_cents) - allocated;
    const qint64 step = leftover < 0 ? -1 : 1;
    for (qsizetype i = 0; leftover != 0; ++i) {
        parts[order.at(i)].m_cents += step;
        leftover -= step;
    }
    return parts;
}

QString Money::format(const QLocale& locale) const
{
    const int minor = minorUnits(m_currency);
    const quint64 divisor = static_cast<quint64>(powerOfTen(minor));
    const quint64 magnitude = m_cents < 0 ? 0ULL - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    QString number = locale.toString(static_cast<qulonglong>(magnitude / divisor));
    if (minor > 0) {
        const quint64 fraction = magnitude % divisor;
        QString digits = locale.toString(static_cast<qulonglong>(fraction));
        int width = 1;
        for (quint64 f = fraction; f >= 10; f /= 10)
            ++width;
        for (int i = width; i < minor; ++i)
            digits.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + digits;
    }

    // The locale's currency pattern, taken from a sample with the number 1 in it. Qt 6.4 writes
    // negative amounts in the accounting style "(1 €)": the sign is added below instead.
    const QString symbol = currencySymbol(m_currency, locale);
    const QString sample = locale.toCurrencyString(qlonglong(1), symbol);
    const QString one = locale.toString(1);
    const qsizetype at = sample.indexOf(one);
    QString result;
    if (at < 0) {
        result = number + u'\u00A0' + symbol;
    } else {
        const QString before = sample.left(at);
        const QString after = sample.mid(at + one.size());
        // A code glued to digits reads badly ("USD1"): separate letters from the number (CLDR does too).
        const QString space = QStringLiteral("\u00A0");
        result = before + (!before.isEmpty() && before.back().isLetter() ? space : QString()) + number
                 + (!after.isEmpty() && after.front().isLetter() ? space : QString()) + after;
    }
    return m_cents < 0 ? QString(locale.negativeSign() + result) : result;
}

QString Money::toPlainString() const
{
    const int minor = minorUnits(m_currency);
    const quint64 divisor = static_cast<quint64>(powerOfTen(minor));
    const quint64 magnitude = m_cents < 0 ? 0ULL - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    QString result = QString::number(magnitude / divisor);
    if (minor > 0)
        result += u'.' + QString::number(magnitude % divisor).rightJustified(minor, u'0');
    return m_cents < 0 ? QString(u'-' + result) : result;
}

Money Money::operator-() const
{
    if (m_cents == kMinCents)
        qFatal("Money: overflow negating %lld %s", m_cents, qPrintable(m_currency));
    return Money(-m_cents, m_currency);
}

Money Money::operator+(const Money& other) const
{
    Result<Money> sum = add(other);
    if (!sum.ok())
        qFatal("Money: %s", qPrintable(sum.error().detail));
    return sum.value();
}

Money Money::operator-(const Money& other) const
{
    Result<Money> difference = subtract(other);
    if (!difference.ok())
        qFatal("Money: %s", qPrintable(difference.error().detail));
    return difference.value();
}

Money& Money::operator+=(const Money& other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(const Money& other)
{
    *this = *this - other;
    return *this;
}

std::strong_ordering Money::operator<=>(const Money& other) const
{
    if (m_currency != other.m_currency) {
        qFatal("Money: comparing amounts in %s and %s", qPrintable(m_currency), qPrintable(other.m_currency));
    }
    return m_cents <=> other.m_cents;
}

} // namespace Bureau

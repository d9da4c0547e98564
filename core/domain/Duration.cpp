// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Duration.h"

#include <QList>
#include <QStringList>

#include <limits>

namespace Bureau
{

namespace
{

// Above this, parse() says "too long" rather than risk an overflow (a million hours is 114 years).
constexpr qint64 kMaxHours = 1'000'000;
constexpr int kMaxFractionDigits = 9;

/** @p numerator / @p denominator rounded half away from zero; @p denominator > 0. */
qint64 divideHalfAwayFromZero(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    const qint64 twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice < denominator)
        return quotient;
    return numerator < 0 ? quotient - 1 : quotient + 1;
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

/** One part of a typed duration: a number ("1", "1,5", ".5"), a word ("h", "min") or ":". */
struct Token
{
    enum class Kind
    {
        Number,
        Word,
        Colon,
    };
    Kind kind;
    QString integer;  // Number: digits before the decimal separator (may be empty: ".5")
    QString fraction; // Number: digits after it; empty when there is no separator
    bool hasSeparator = false;
    QString word; // Word, lower-cased

    bool isWholeNumber() const { return kind == Kind::Number && !hasSeparator; }
};

/** Splits @p text into tokens; false on a character that belongs to none. */
bool tokenize(const QString& text, QList<Token>& tokens)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u':') {
            tokens.append(Token{Token::Kind::Colon, {}, {}, false, {}});
            ++i;
        } else if (isAsciiDigit(c) || c == u'.' || c == u',') {
            Token token{Token::Kind::Number, {}, {}, false, {}};
            while (i < text.size() && isAsciiDigit(text.at(i)))
                token.integer.append(text.at(i++));
            if (i < text.size() && (text.at(i) == u'.' || text.at(i) == u',')) {
                token.hasSeparator = true;
                ++i;
                while (i < text.size() && isAsciiDigit(text.at(i)))
                    token.fraction.append(text.at(i++));
                if (token.fraction.isEmpty())
                    return false; // "1," or a lone ","
            }
            tokens.append(token);
        } else if (c.isLetter()) {
            Token token{Token::Kind::Word, {}, {}, false, {}};
            while (i < text.size() && text.at(i).isLetter())
                token.word.append(text.at(i++).toLower());
            tokens.append(token);
        } else {
            return false;
        }
    }
    return true;
}

bool isHourWord(const Token& token)
{
    static const QStringList words{QStringLiteral("h"),     QStringLiteral("hr"),    QStringLiteral("hrs"),
                                   QStringLiteral("hour"),  QStringLiteral("hours"), QStringLiteral("heure"),
                                   QStringLiteral("heures")};
    return token.kind == Token::Kind::Word && words.contains(token.word);
}

bool isMinuteWord(const Token& token)
{
    static const QStringList words{QStringLiteral("m"),    QStringLiteral("mn"),     QStringLiteral("min"),
                                   QStringLiteral("mins"), QStringLiteral("minute"), QStringLiteral("minutes")};
    return token.kind == Token::Kind::Word && words.contains(token.word);
}

/** Whole digits as a number; -1 when there are more than kMaxHours can hold in minutes. */
qint64 wholeValue(const QString& digits)
{
    qint64 value = 0;
    for (const QChar c : digits) {
        value = value * 10 + (c.unicode() - u'0');
        if (value > kMaxHours * 60)
            return -1;
    }
    return value;
}

} // namespace

Duration Duration::fromMinutes(qint64 minutes)
{
    return Duration(minutes);
}

Result<Duration> Duration::parse(const QString& text)
{
    const QString shown = text.trimmed();
    if (shown.isEmpty()) {
        return Error::make(Error::Kind::Invalid, tr("Enter a duration, for example 1h30, 1:30, 90m or 1.5."),
                           QStringLiteral("empty duration"));
    }
    if (shown.front() == u'-' || shown.front() == u'\u2212') {
        return Error::make(Error::Kind::Invalid, tr("A duration cannot be negative (“%1”).").arg(shown),
                           QStringLiteral("negative duration"));
    }
    const auto garbage = [&shown](const QString& detail) {
        return Error::make(Error::Kind::Invalid,
                           tr("“%1” is not a duration. Write it like 1h30, 1:30, 90m or 1.5 (hours).").arg(shown),
                           detail);
    };
    const auto tooLong = [&shown]() {
        return Error::make(Error::Kind::Invalid, tr("“%1” is too long a duration.").arg(shown),
                           QStringLiteral("more than %1 hours").arg(kMaxHours));
    };
    const auto badMinutes = [&shown]() {
        return Error::make(Error::Kind::Invalid, tr("“%1”: the minutes must be between 0 and 59.").arg(shown),
                           QStringLiteral("minutes of 60 or more after hours"));
    };

    QList<Token> tokens;
    if (!tokenize(shown, tokens))
        return garbage(QStringLiteral("unexpected character"));
    if (tokens.isEmpty() || tokens.front().kind != Token::Kind::Number)
        return garbage(QStringLiteral("does not start with a number"));
    const Token& first = tokens.at(0);

    // Hours as a decimal number, rounded to the nearest minute (half a minute up).
    const auto decimalHours = [&]() -> Result<Duration> {
        if (first.fraction.size() > kMaxFractionDigits)
            return garbage(QStringLiteral("more than %1 decimals").arg(kMaxFractionDigits));
        const qint64 hours = wholeValue(first.integer);
        if (hours < 0 || hours > kMaxHours)
            return tooLong();
        const qint64 scale = powerOfTen(static_cast<int>(first.fraction.size()));
        const qint64 fraction = first.fraction.isEmpty() ? 0 : first.fraction.toLongLong();
        return Duration(hours * 60 + divideHalfAwayFromZero(fraction * 60, scale));
    };
    // Whole hours and whole minutes below 60.
    const auto hoursAndMinutes = [&](const Token& minutesToken) -> Result<Duration> {
        const qint64 hours = wholeValue(first.integer);
        if (hours < 0 || hours > kMaxHours)
            return tooLong();
        if (wholeValue(minutesToken.integer) >= 60 || minutesToken.integer.size() > 2)
            return badMinutes();
        return Duration(hours * 60 + wholeValue(minutesToken.integer));
    };

    switch (tokens.size()) {
    case 1: {
        // A bare number is hours; above 24 it is more likely minutes typed without a unit.
        const qint64 hours = wholeValue(first.integer);
        const bool fractionNonZero = first.fraction.count(u'0') != first.fraction.size();
        if (hours < 0 || hours > 24 || (hours == 24 && fractionNonZero)) {
            return Error::make(
                Error::Kind::Invalid,
                tr("“%1” would be more than 24 hours. For minutes, write %1m; for hours, write %1h.").arg(shown),
                QStringLiteral("bare number above 24 hours"));
        }
        return decimalHours();
    }
    case 2:
        if (isHourWord(tokens.at(1)))
            return decimalHours();
        if (isMinuteWord(tokens.at(1))) {
            if (!first.isWholeNumber())
                return garbage(QStringLiteral("minutes must be whole"));
            const qint64 minutes = wholeValue(first.integer);
            if (minutes < 0)
                return tooLong();
            return Duration(minutes);
        }
        return garbage(QStringLiteral("unknown unit"));
    case 3:
        if (tokens.at(1).kind == Token::Kind::Colon) {
            if (!first.isWholeNumber() || first.integer.isEmpty() || !tokens.at(2).isWholeNumber()
                || tokens.at(2).integer.size() != 2)
                return garbage(QStringLiteral("h:mm needs whole hours and two digits of minutes"));
            return hoursAndMinutes(tokens.at(2));
        }
        if (isHourWord(tokens.at(1)) && first.isWholeNumber() && tokens.at(2).isWholeNumber())
            return hoursAndMinutes(tokens.at(2));
        return garbage(QStringLiteral("three parts that are neither h:mm nor 1h30"));
    case 4:
        if (isHourWord(tokens.at(1)) && first.isWholeNumber() && tokens.at(2).isWholeNumber()
            && isMinuteWord(tokens.at(3)))
            return hoursAndMinutes(tokens.at(2));
        return garbage(QStringLiteral("four parts that are not 1h30m"));
    default:
        return garbage(QStringLiteral("too many parts"));
    }
}

QString Duration::format(const QLocale& locale) const
{
    const qint64 magnitude = m_minutes < 0 ? -m_minutes : m_minutes;
    QString minutes = locale.toString(magnitude % 60);
    if (magnitude % 60 < 10)
        minutes.prepend(locale.zeroDigit());
    // Hours are not grouped ("1234h00", not "1 234h00"), so that parse() reads every output back.
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const QString text = ungrouped.toString(magnitude / 60) + u'h' + minutes;
    return m_minutes < 0 ? QString(locale.negativeSign() + text) : text;
}

QString Duration::toDecimalHours(int decimals) const
{
    Q_ASSERT(decimals >= 0 && decimals <= kMaxFractionDigits);
    decimals = qBound(0, decimals, kMaxFractionDigits);
    const qint64 scale = powerOfTen(decimals);
    const qint64 scaled = divideHalfAwayFromZero(m_minutes * scale, 60);
    const qint64 magnitude = scaled < 0 ? -scaled : scaled;
    QString text = QString::number(magnitude / scale);
    if (decimals > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(decimals, u'0');
    return scaled < 0 ? QString(u'-' + text) : text;
}

qint64 Duration::toInvoiceQuantityThousandths() const
{
    return divideHalfAwayFromZero(m_minutes * 100, 60) * 10;
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/PostalAddress.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace Bureau
{

QList<FieldError> PostalAddress::validate(const QStringList& lines, const QString& postalCode, const QString& city,
                                          const QString& country)
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };

    if (lines.size() > kMaxLines) {
        add(QLatin1String("addressLines"),
            tr("The address has at most %n lines, without the postal code and city.", "", kMaxLines));
    } else {
        for (const QString& line : lines) {
            if (line.trimmed().size() > kMaxLineLength || hasLineBreak(line)) {
                add(QLatin1String("addressLines"), tr("Each address line has at most %n characters.", "", kMaxLineLength));
                break;
            }
        }
    }

    const QString code = postalCode.trimmed();
    if (!code.isEmpty()) {
        static const QRegularExpression fiveDigits(QStringLiteral("^\\d{5}$"));
        static const QRegularExpression anyPostal(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 -]{0,15}$"));
        if (usesFiveDigitPostalCodes(country)) {
            if (!fiveDigits.match(code).hasMatch())
                add(QLatin1String("postalCode"), tr("A postal code in France or Monaco has 5 digits."));
        } else if (!anyPostal.match(code).hasMatch()) {
            add(QLatin1String("postalCode"),
                tr("This postal code is not valid: letters, digits, spaces and hyphens only."));
        }
    }

    if (city.trimmed().size() > kMaxLineLength || hasLineBreak(city))
        add(QLatin1String("city"), tr("The city must fit on one line."));

    if (!isValidCountryCode(country))
        add(QLatin1String("country"),
            tr("“%1” is not a country code: use two capital letters, such as FR or BE.").arg(country));
    return errors;
}

bool PostalAddress::hasLineBreak(const QString& text)
{
    return text.contains(u'\n') || text.contains(u'\r');
}

bool PostalAddress::isValidCountryCode(const QString& code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}$"));
    return shape.match(code).hasMatch() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool PostalAddress::usesFiveDigitPostalCodes(const QString& country)
{
    static const QSet<QString> countries{QStringLiteral("FR"), QStringLiteral("MC"), QStringLiteral("RE"),
                                         QStringLiteral("GP"), QStringLiteral("MQ"), QStringLiteral("GF"),
                                         QStringLiteral("YT"), QStringLiteral("PM")};
    return countries.contains(country);
}

bool PostalAddress::isKnownTimeZone(const QString& id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    if (id.isEmpty() || !shape.match(id).hasMatch())
        return false;
    const QByteArray utf8 = id.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(utf8) || QTimeZone(utf8).isValid();
}

} // namespace Bureau

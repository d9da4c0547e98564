// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Identifiers.h"

#include <QRegularExpression>

#include <array>

namespace Bureau
{

namespace
{

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

/** What people type around identifiers: spaces of any kind (including U+00A0 and U+202F). */
QString withoutSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

Error invalid(const QString& message, const QString& detail)
{
    return Error::make(Error::Kind::Invalid, message, detail);
}

struct VatFormat
{
    const char16_t* prefix;
    const char16_t* pattern; // after the prefix
    const char16_t* example;
};

// Formats of the VAT numbers of the member states (VIES), prefix then the national part. Only
// France's check key is computed; the others are checked for their shape.
constexpr std::array kVatFormats{
    VatFormat{u"AT", u"U\\d{8}", u"ATU12345678"},
    VatFormat{u"BE", u"[01]\\d{9}", u"BE0123456789"},
    VatFormat{u"BG", u"\\d{9,10}", u"BG123456789"},
    VatFormat{u"CY", u"\\d{8}[A-Z]", u"CY12345678X"},
    VatFormat{u"CZ", u"\\d{8,10}", u"CZ12345678"},
    VatFormat{u"DE", u"\\d{9}", u"DE123456789"},
    VatFormat{u"DK", u"\\d{8}", u"DK12345678"},
    VatFormat{u"EE", u"\\d{9}", u"EE123456789"},
    VatFormat{u"EL", u"\\d{9}", u"EL123456789"},
    // Spain: a letter and 7 digits then a letter or a digit (companies, foreigners' NIE), or 8
    // digits and a letter (individuals); never digits at both ends.
    VatFormat{u"ES", u"[A-Z]\\d{7}[A-Z0-9]|\\d{8}[A-Z]", u"ESB12345678"},
    VatFormat{u"FI", u"\\d{8}", u"FI12345678"},
    VatFormat{u"FR", u"[0-9A-Z]{2}\\d{9}", u"FR40303265045"},
    VatFormat{u"HR", u"\\d{11}", u"HR12345678901"},
    VatFormat{u"HU", u"\\d{8}", u"HU12345678"},
    // Ireland: 7 digits and 1 or 2 letters, or the old form with a letter, "+" or "*" second.
    VatFormat{u"IE", u"\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", u"IE1234567T"},
    VatFormat{u"IT", u"\\d{11}", u"IT12345678901"},
    VatFormat{u"LT", u"\\d{9}|\\d{12}", u"LT123456789"},
    VatFormat{u"LU", u"\\d{8}", u"LU12345678"},
    VatFormat{u"LV", u"\\d{11}", u"LV12345678901"},
    VatFormat{u"MT", u"\\d{8}", u"MT12345678"},
    VatFormat{u"NL", u"\\d{9}B\\d{2}", u"NL123456789B01"},
    VatFormat{u"PL", u"\\d{10}", u"PL1234567890"},
    VatFormat{u"PT", u"\\d{9}", u"PT123456789"},
    VatFormat{u"RO", u"[1-9]\\d{1,9}", u"RO1234567890"},
    VatFormat{u"SE", u"\\d{10}01", u"SE123456789701"},
    VatFormat{u"SI", u"\\d{8}", u"SI12345678"},
    VatFormat{u"SK", u"\\d{10}", u"SK1234567890"},
    // Northern Ireland (Windsor Framework): UK numbers under the XI prefix, for goods.
    VatFormat{u"XI", u"\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", u"XI123456789"},
};

const VatFormat* vatFormatFor(QStringView prefix)
{
    for (const VatFormat& format : kVatFormats) {
        if (prefix == QStringView(format.prefix))
            return &format;
    }
    return nullptr;
}

struct IbanLength
{
    char16_t country[3];
    int length;
};

// IBAN lengths of the SWIFT IBAN registry: every SEPA country and the other registered ones.
constexpr std::array kIbanLengths{
    IbanLength{u"AD", 24}, IbanLength{u"AE", 23}, IbanLength{u"AL", 28}, IbanLength{u"AT", 20}, IbanLength{u"AZ", 28},
    IbanLength{u"BA", 20}, IbanLength{u"BE", 16}, IbanLength{u"BG", 22}, IbanLength{u"BH", 22}, IbanLength{u"BI", 27},
    IbanLength{u"BR", 29}, IbanLength{u"BY", 28}, IbanLength{u"CH", 21}, IbanLength{u"CR", 22}, IbanLength{u"CY", 28},
    IbanLength{u"CZ", 24}, IbanLength{u"DE", 22}, IbanLength{u"DJ", 27}, IbanLength{u"DK", 18}, IbanLength{u"DO", 28},
    IbanLength{u"EE", 20}, IbanLength{u"EG", 29}, IbanLength{u"ES", 24}, IbanLength{u"FI", 18}, IbanLength{u"FK", 18},
    IbanLength{u"FO", 18}, IbanLength{u"FR", 27}, IbanLength{u"GB", 22}, IbanLength{u"GE", 22}, IbanLength{u"GI", 23},
    IbanLength{u"GL", 18}, IbanLength{u"GR", 27}, IbanLength{u"GT", 28}, IbanLength{u"HN", 28}, IbanLength{u"HR", 21},
    IbanLength{u"HU", 28}, IbanLength{u"IE", 22}, IbanLength{u"IL", 23}, IbanLength{u"IQ", 23}, IbanLength{u"IS", 26},
    IbanLength{u"IT", 27}, IbanLength{u"JO", 30}, IbanLength{u"KW", 30}, IbanLength{u"KZ", 20}, IbanLength{u"LB", 28},
    IbanLength{u"LC", 32}, IbanLength{u"LI", 21}, IbanLength{u"LT", 20}, IbanLength{u"LU", 20}, IbanLength{u"LV", 21},
    IbanLength{u"LY", 25}, IbanLength{u"MC", 27}, IbanLength{u"MD", 24}, IbanLength{u"ME", 22}, IbanLength{u"MK", 19},
    IbanLength{u"MN", 20}, IbanLength{u"MR", 27}, IbanLength{u"MT", 31}, IbanLength{u"MU", 30}, IbanLength{u"NI", 28},
    IbanLength{u"NL", 18}, IbanLength{u"NO", 15}, IbanLength{u"OM", 23}, IbanLength{u"PK", 24}, IbanLength{u"PL", 28},
    IbanLength{u"PS", 29}, IbanLength{u"PT", 25}, IbanLength{u"QA", 29}, IbanLength{u"RO", 24}, IbanLength{u"RS", 22},
    IbanLength{u"RU", 33}, IbanLength{u"SA", 24}, IbanLength{u"SC", 31}, IbanLength{u"SD", 18}, IbanLength{u"SE", 24},
    IbanLength{u"SI", 19}, IbanLength{u"SK", 24}, IbanLength{u"SM", 27}, IbanLength{u"SO", 23}, IbanLength{u"ST", 25},
    IbanLength{u"SV", 28}, IbanLength{u"TL", 23}, IbanLength{u"TN", 24}, IbanLength{u"TR", 26}, IbanLength{u"UA", 29},
    IbanLength{u"VA", 22}, IbanLength{u"VG", 24}, IbanLength{u"XK", 20}, IbanLength{u"YE", 30},
};

int ibanLengthFor(QStringView country)
{
    for (const IbanLength& entry : kIbanLengths) {
        if (country == QStringView(entry.country))
            return entry.length;
    }
    return 0;
}

constexpr std::array kEuCountries{u"AT", u"BE", u"BG", u"CY", u"CZ", u"DE", u"DK", u"EE", u"ES",
                                  u"FI", u"FR", u"GR", u"HR", u"HU", u"IE", u"IT", u"LT", u"LU",
                                  u"LV", u"MT", u"NL", u"PL", u"PT", u"RO", u"SE", u"SI", u"SK"};

/**
 * ISO 7064 MOD 97-10 over an IBAN already rearranged (country and check digits moved to the end):
 * letters become two digits (A = 10 … Z = 35), and the remainder is carried through chunks of at
 * most 9 digits so that no intermediate number overflows.
 */
int mod97(QStringView rearranged)
{
    QString digits;
    digits.reserve(rearranged.size() * 2);
    for (const QChar c : rearranged) {
        if (isAsciiDigit(c))
            digits += c;
        else
            digits += QString::number(c.unicode() - u'A' + 10);
    }
    qint64 remainder = 0;
    for (qsizetype start = 0; start < digits.size(); start += 7) {
        // The remainder (at most 2 digits) then 7 new digits: 9 digits at most.
        const QString chunk = QString::number(remainder) + digits.mid(start, 7);
        remainder = chunk.toLongLong() % 97;
    }
    return int(remainder);
}

} // namespace

bool Identifiers::passesLuhn(QStringView digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits.at(i).unicode() - u'0';
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Result<QString> Identifiers::validateSiren(const QString& text)
{
    const QString digits = withoutSpaces(text);
    if (!allDigits(digits))
        return invalid(tr("The SIREN must contain digits only."), QStringLiteral("non-digit in SIREN"));
    if (digits.size() != 9)
        return invalid(tr("The SIREN must have 9 digits."), QStringLiteral("%1 digits").arg(digits.size()));
    if (!passesLuhn(digits))
        return invalid(tr("This SIREN fails its check digit: check for a typo."), QStringLiteral("Luhn"));
    return digits;
}

Result<QString> Identifiers::validateSiret(const QString& text)
{
    const QString digits = withoutSpaces(text);
    if (!allDigits(digits))
        return invalid(tr("The SIRET must contain digits only."), QStringLiteral("non-digit in SIRET"));
    if (digits.size() != 14)
        return invalid(tr("The SIRET must have 14 digits."), QStringLiteral("%1 digits").arg(digits.size()));
    if (passesLuhn(digits))
        return digits;
    // La Poste's establishments share one SIREN and more NICs than Luhn allows: INSEE checks
    // that their digits add up to a multiple of 5 instead (the head office, 356 000 000 00048,
    // passes Luhn).
    if (QStringView(digits).left(9) == kLaPosteSiren) {
        int sum = 0;
        for (const QChar c : digits)
            sum += c.unicode() - u'0';
        if (sum % 5 == 0)
            return digits;
    }
    return invalid(tr("This SIRET fails its check digit: check for a typo."), QStringLiteral("Luhn"));
}

Result<QString> Identifiers::validateSirenOrSiret(const QString& text)
{
    const QString digits = withoutSpaces(text);
    if (!allDigits(digits))
        return invalid(tr("A SIREN or SIRET must contain digits only."), QStringLiteral("non-digit"));
    if (digits.size() == 9)
        return validateSiren(digits);
    if (digits.size() == 14)
        return validateSiret(digits);
    return invalid(tr("Enter a SIRET (14 digits) or a SIREN (9 digits)."),
                   QStringLiteral("%1 digits").arg(digits.size()));
}

QString Identifiers::sirenFromSiret(const QString& siret)
{
    const QString digits = withoutSpaces(siret);
    if ((digits.size() != 14 && digits.size() != 9) || !allDigits(digits))
        return {};
    return digits.left(9);
}

QString Identifiers::formatSirenOrSiret(const QString& digits)
{
    if ((digits.size() != 9 && digits.size() != 14) || !allDigits(digits))
        return digits;
    QString out = digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6, 3);
    if (digits.size() == 14)
        out += u' ' + digits.mid(9);
    return out;
}

QString Identifiers::frenchVatKey(const QString& siren)
{
    if (siren.size() != 9 || !allDigits(siren))
        return {};
    const qint64 key = (12 + 3 * (siren.toLongLong() % 97)) % 97;
    return QStringLiteral("%1").arg(key, 2, 10, QLatin1Char('0'));
}

Result<QString> Identifiers::validateVatNumber(const QString& text)
{
    QString number = withoutSpaces(text).toUpper();
    // Dots and hyphens are common in printed numbers ("BE 0123.456.789", "ES-B12345678").
    number.remove(u'.');
    number.remove(u'-');
    if (number.isEmpty())
        return invalid(tr("The VAT number is empty."), QStringLiteral("empty"));
    if (number.size() < 2 || !isAsciiUpper(number.at(0)) || !isAsciiUpper(number.at(1))) {
        return invalid(tr("An intra-EU VAT number starts with the code of an EU country, such as FR or DE."),
                       QStringLiteral("no country prefix"));
    }
    const QString prefix = number.left(2);
    if (prefix == u"GR")
        return invalid(tr("Greek VAT numbers start with EL, not GR."), QStringLiteral("GR prefix"));
    const VatFormat* format = vatFormatFor(prefix);
    if (!format) {
        return invalid(tr("“%1” is not the prefix of an EU member state: an intra-EU VAT number starts with the "
                          "code of one, such as FR or DE.")
                           .arg(prefix),
                       QStringLiteral("unknown prefix"));
    }
    const QString national = number.mid(2);
    const QRegularExpression shape(QRegularExpression::anchoredPattern(QString::fromUtf16(format->pattern)));
    if (!shape.match(national).hasMatch()) {
        return invalid(tr("This VAT number does not have the %1 format, such as “%2”.")
                           .arg(prefix, QString::fromUtf16(format->example)),
                       QStringLiteral("format %1").arg(QString::fromUtf16(format->pattern)));
    }
    if (prefix == u"FR") {
        const QString key = national.left(2);
        const QString siren = national.mid(2);
        // A key with a letter is the newer format, not derived from the SIREN: format only.
        if (allDigits(key) && key != frenchVatKey(siren)) {
            return invalid(tr("This VAT number fails its check key: for SIREN %1 the key is %2. Check for a typo.")
                               .arg(formatSirenOrSiret(siren), frenchVatKey(siren)),
                           QStringLiteral("FR key"));
        }
    }
    return number;
}

Result<QString> Identifiers::validateIban(const QString& text)
{
    const QString iban = withoutSpaces(text).toUpper();
    if (iban.isEmpty())
        return invalid(tr("The IBAN is empty."), QStringLiteral("empty"));
    for (const QChar c : iban) {
        if (!isAsciiDigit(c) && !isAsciiUpper(c))
            return invalid(tr("An IBAN contains only letters and digits."), QStringLiteral("bad character"));
    }
    if (iban.size() < 4 || !isAsciiUpper(iban.at(0)) || !isAsciiUpper(iban.at(1)) || !isAsciiDigit(iban.at(2))
        || !isAsciiDigit(iban.at(3))) {
        return invalid(tr("An IBAN starts with a country code and two check digits, such as FR76."),
                       QStringLiteral("no country and check digits"));
    }
    const QString country = iban.left(2);
    const int expected = ibanLengthFor(country);
    if (expected == 0)
        return invalid(tr("“%1” is not a country that issues IBANs.").arg(country), QStringLiteral("unknown country"));
    if (iban.size() != expected) {
        return invalid(
            tr("An IBAN from %1 has %2 characters; this one has %3.").arg(country).arg(expected).arg(iban.size()),
            QStringLiteral("length"));
    }
    if (mod97(QString(iban.mid(4) + iban.left(4))) != 1)
        return invalid(tr("This IBAN fails its check digits: check for a typo."), QStringLiteral("mod 97"));
    return iban;
}

QString Identifiers::formatIban(const QString& iban)
{
    const QString compact = withoutSpaces(iban).toUpper();
    QString out;
    out.reserve(compact.size() + compact.size() / 4);
    for (qsizetype i = 0; i < compact.size(); i += 4) {
        if (i > 0)
            out += u' ';
        out += compact.mid(i, 4);
    }
    return out;
}

Result<QString> Identifiers::validateBic(const QString& text)
{
    const QString bic = withoutSpaces(text).toUpper();
    if (bic.size() != 8 && bic.size() != 11)
        return invalid(tr("A BIC has 8 or 11 characters."), QStringLiteral("%1 characters").arg(bic.size()));
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")));
    if (!shape.match(bic).hasMatch()) {
        return invalid(tr("This is not a BIC: 4 letters for the bank, 2 for the country, then 2 letters or digits "
                          "(and optionally 3 more for the branch), such as BNPAFRPP."),
                       QStringLiteral("format"));
    }
    return bic;
}

bool Identifiers::isEuCountry(const QString& countryCode)
{
    for (const char16_t* code : kEuCountries) {
        if (countryCode == QStringView(code))
            return true;
    }
    return false;
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Client.h"

#include "core/domain/Identifiers.h"
#include "core/domain/PostalAddress.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace Bureau
{

namespace
{

constexpr int kMaxNameLength = 200;
constexpr int kMaxLineLength = 200;
constexpr int kMaxTagLength = 40;
constexpr int kMaxPaymentTermsDays = 365;
constexpr int kMaxEmailLength = 254;
constexpr int kMaxPhoneLength = 30;

/** What people put between the digits of a phone number. */
bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')';
}

/** A phone number as typed: digits, separators, one leading "+". */
bool isPlausiblePhone(const QString& typed)
{
    if (typed.size() > kMaxPhoneLength)
        return false;
    int digits = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (!isPhoneSeparator(c))
            return false;
    }
    return digits >= 4;
}

/**
 * How a country's numbers are dialled (ITU-T E.164 assignments): its calling code, the trunk
 * prefix dialled before a national number and dropped in international form ("0" in France, none
 * in Italy, where the leading 0 of a landline belongs to the number), and the length range of
 * the national significant number.
 */
struct Dialling
{
    const char16_t* country;
    const char16_t* code;
    const char16_t* trunk;
    int minDigits;
    int maxDigits;
};

// Countries sharing a calling code (NANP "1", "7", "262") list the code's main country first,
// which is the one an international number is checked against.
// clang-format off: one country a line
constexpr std::array kDialling{
    Dialling{u"FR", u"33", u"0", 9, 9},  Dialling{u"BE", u"32", u"0", 8, 9},   Dialling{u"CH", u"41", u"0", 9, 9},
    Dialling{u"LU", u"352", u"", 4, 11}, Dialling{u"MC", u"377", u"", 8, 9},   Dialling{u"RE", u"262", u"0", 9, 9},
    Dialling{u"YT", u"262", u"0", 9, 9}, Dialling{u"GP", u"590", u"0", 9, 9},  Dialling{u"MQ", u"596", u"0", 9, 9},
    Dialling{u"GF", u"594", u"0", 9, 9}, Dialling{u"PM", u"508", u"0", 6, 6},  Dialling{u"NC", u"687", u"", 6, 6},
    Dialling{u"PF", u"689", u"", 6, 8},  Dialling{u"WF", u"681", u"", 6, 6},   Dialling{u"US", u"1", u"1", 10, 10},
    Dialling{u"CA", u"1", u"1", 10, 10}, Dialling{u"PR", u"1", u"1", 10, 10},  Dialling{u"GB", u"44", u"0", 9, 10},
    Dialling{u"IE", u"353", u"0", 7, 9}, Dialling{u"DE", u"49", u"0", 5, 13},  Dialling{u"AT", u"43", u"0", 4, 13},
    Dialling{u"NL", u"31", u"0", 9, 9},  Dialling{u"ES", u"34", u"", 9, 9},    Dialling{u"PT", u"351", u"", 9, 9},
    Dialling{u"IT", u"39", u"", 6, 11},  Dialling{u"DK", u"45", u"", 8, 8},    Dialling{u"SE", u"46", u"0", 7, 9},
    Dialling{u"NO", u"47", u"", 8, 8},   Dialling{u"FI", u"358", u"0", 5, 12}, Dialling{u"IS", u"354", u"", 7, 9},
    Dialling{u"PL", u"48", u"", 9, 9},   Dialling{u"CZ", u"420", u"", 9, 9},   Dialling{u"SK", u"421", u"0", 9, 9},
    Dialling{u"HU", u"36", u"06", 8, 9}, Dialling{u"RO", u"40", u"0", 9, 9},   Dialling{u"BG", u"359", u"0", 8, 9},
    Dialling{u"GR", u"30", u"", 10, 10}, Dialling{u"HR", u"385", u"0", 8, 9},  Dialling{u"SI", u"386", u"0", 8, 8},
    Dialling{u"EE", u"372", u"", 7, 8},  Dialling{u"LV", u"371", u"", 8, 8},   Dialling{u"LT", u"370", u"8", 8, 8},
    Dialling{u"CY", u"357", u"", 8, 8},  Dialling{u"MT", u"356", u"", 8, 8},   Dialling{u"UA", u"380", u"0", 9, 9},
    Dialling{u"RU", u"7", u"8", 10, 10}, Dialling{u"TR", u"90", u"0", 10, 10}, Dialling{u"IL", u"972", u"0", 8, 9},
    Dialling{u"MA", u"212", u"0", 9, 9}, Dialling{u"DZ", u"213", u"0", 8, 9},  Dialling{u"TN", u"216", u"", 8, 8},
    Dialling{u"EG", u"20", u"0", 9, 10}, Dialling{u"SN", u"221", u"", 9, 9},   Dialling{u"CI", u"225", u"", 10, 10},
    Dialling{u"CM", u"237", u"", 9, 9},  Dialling{u"ML", u"223", u"", 8, 8},   Dialling{u"BF", u"226", u"", 8, 8},
    Dialling{u"NE", u"227", u"", 8, 8},  Dialling{u"TG", u"228", u"", 8, 8},   Dialling{u"BJ", u"229", u"", 8, 10},
    Dialling{u"GA", u"241", u"", 7, 8},  Dialling{u"CG", u"242", u"", 9, 9},   Dialling{u"CD", u"243", u"0", 9, 9},
    Dialling{u"MG", u"261", u"0", 9, 9}, Dialling{u"MU", u"230", u"", 7, 8},   Dialling{u"HT", u"509", u"", 8, 8},
    Dialling{u"ZA", u"27", u"0", 9, 9},  Dialling{u"NG", u"234", u"0", 8, 10}, Dialling{u"KE", u"254", u"0", 9, 9},
    Dialling{u"AE", u"971", u"0", 8, 9}, Dialling{u"SA", u"966", u"0", 8, 9},  Dialling{u"IN", u"91", u"0", 10, 10},
    Dialling{u"CN", u"86", u"0", 9, 11}, Dialling{u"JP", u"81", u"0", 9, 10},  Dialling{u"KR", u"82", u"0", 8, 10},
    Dialling{u"VN", u"84", u"0", 9, 10}, Dialling{u"TH", u"66", u"0", 8, 9},   Dialling{u"SG", u"65", u"", 8, 8},
    Dialling{u"HK", u"852", u"", 8, 8},  Dialling{u"AU", u"61", u"0", 9, 9},   Dialling{u"NZ", u"64", u"0", 8, 10},
    Dialling{u"MX", u"52", u"", 10, 10}, Dialling{u"BR", u"55", u"0", 10, 11}, Dialling{u"AR", u"54", u"0", 10, 10},
    Dialling{u"CL", u"56", u"", 9, 9},   Dialling{u"CO", u"57", u"", 10, 10},  Dialling{u"PE", u"51", u"0", 8, 9},
};
// clang-format on

const Dialling* diallingForCountry(const QString& country)
{
    for (const Dialling& d : kDialling) {
        if (country == QStringView(d.country))
            return &d;
    }
    return nullptr;
}

/** Calling codes are prefix-free: at most one of the first 1, 2 or 3 digits is one. */
const Dialling* diallingForNumber(QStringView digits)
{
    for (qsizetype length = 1; length <= 3 && length < digits.size(); ++length) {
        const QStringView code = digits.left(length);
        for (const Dialling& d : kDialling) {
            if (code == QStringView(d.code))
                return &d;
        }
    }
    return nullptr;
}

bool inRange(qsizetype digits, const Dialling& d)
{
    return digits >= d.minDigits && digits <= d.maxDigits;
}

/**
 * The national significant number: without the trunk prefix when the number starts with it and
 * what follows has a valid length ("02 123 45 67" in Belgium is 2 1234567; "812…" in Russia, 10
 * digits with no trunk "8", stays whole). Empty when the length is wrong either way.
 */
QString significantNumber(const QString& national, const Dialling& d)
{
    const QStringView trunk(d.trunk);
    if (!trunk.isEmpty() && national.startsWith(trunk) && inRange(national.size() - trunk.size(), d))
        return national.mid(trunk.size());
    return inRange(national.size(), d) ? national : QString();
}

} // namespace

// ---- RoundingRule ------------------------------------------------------------------------------

bool RoundingRule::isValidStep(int minutes)
{
    static constexpr std::array steps{0, 5, 6, 10, 15, 30};
    return std::find(steps.cbegin(), steps.cend(), minutes) != steps.cend();
}

QString RoundingRule::modeKey(Mode mode)
{
    return mode == Mode::Nearest ? QStringLiteral("nearest") : QStringLiteral("up");
}

std::optional<RoundingRule::Mode> RoundingRule::modeFromKey(const QString& key)
{
    if (key == u"up")
        return Mode::Up;
    if (key == u"nearest")
        return Mode::Nearest;
    return std::nullopt;
}

QString RoundingRule::scopeKey(Scope scope)
{
    return scope == Scope::PerLine ? QStringLiteral("line") : QStringLiteral("entry");
}

std::optional<RoundingRule::Scope> RoundingRule::scopeFromKey(const QString& key)
{
    if (key == u"entry")
        return Scope::PerEntry;
    if (key == u"line")
        return Scope::PerLine;
    return std::nullopt;
}

// ---- Client ------------------------------------------------------------------------------------

QString Client::siren() const
{
    return Identifiers::sirenFromSiret(siret);
}

QList<FieldError> Client::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };

    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        add(Field::name, tr("Enter the client’s name."));
    else if (trimmedName.size() > kMaxNameLength)
        add(Field::name, tr("The name is too long: at most %n characters.", "", kMaxNameLength));
    else if (PostalAddress::hasLineBreak(name))
        add(Field::name, tr("The name must fit on one line."));

    if (kind == Kind::Company && !professional)
        add(Field::professional,
            tr("A company is always a professional client: only a person can be a private client."));

    if (legalForm.trimmed().size() > 50 || PostalAddress::hasLineBreak(legalForm))
        add(Field::legalForm, tr("The legal form is a short text on one line, such as SAS or SARL."));

    if (!siret.isEmpty()) {
        if (auto checked = Identifiers::validateSirenOrSiret(siret); !checked)
            add(Field::siret, checked.error().message);
    }

    if (!vatNumber.isEmpty()) {
        if (auto checked = Identifiers::validateVatNumber(vatNumber); !checked) {
            add(Field::vatNumber, checked.error().message);
        } else if (checked->startsWith(u"FR") && !siren().isEmpty() && checked->right(9) != siren()) {
            add(Field::vatNumber,
                tr("This VAT number is that of SIREN %1, but the client’s SIREN is %2.")
                    .arg(Identifiers::formatSirenOrSiret(checked->right(9)), Identifiers::formatSirenOrSiret(siren())));
        }
    }

    for (const FieldError& error : PostalAddress::validate(addressLines, postalCode, city, country))
        errors.append(error);

    for (const ContactChannel& email : emails) {
        if (!isPlausibleEmail(email.value.trimmed())) {
            add(Field::emails, tr("“%1” is not an e-mail address, such as name@example.fr.").arg(email.value));
            break;
        }
    }
    for (const ContactChannel& phone : phones) {
        if (!isPlausiblePhone(phone.value.trimmed())) {
            add(Field::phones, tr("“%1” is not a phone number: digits, spaces and a leading + only.").arg(phone.value));
            break;
        }
    }

    const QString site = website.trimmed();
    if (!site.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^(https?://)?[^\\s/.]+(\\.[^\\s/.]+)+(/\\S*)?$"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (site.size() > 2000 || !shape.match(site).hasMatch())
            add(Field::website, tr("This is not a web address, such as www.example.fr."));
    }

    if (language != u"fr" && language != u"en")
        add(Field::language, tr("Documents are written in French (fr) or English (en)."));

    if (!PostalAddress::isKnownTimeZone(timeZone))
        add(Field::timeZone, tr("“%1” is not a known time zone, such as Europe/Paris.").arg(timeZone));

    const bool currencyOk = Money::isValidCurrencyCode(currency) && currency == currency.toUpper();
    if (!currencyOk)
        add(Field::currency, tr("“%1” is not a currency code: use three capital letters, such as EUR.").arg(currency));

    if (hourlyRate.isValid()) {
        if (hourlyRate.isNegative())
            add(Field::hourlyRate, tr("The hourly rate cannot be negative."));
        else if (currencyOk && hourlyRate.currency() != currency)
            add(Field::hourlyRate,
                tr("The hourly rate is in %1, but the client’s currency is %2.").arg(hourlyRate.currency(), currency));
    }

    if (paymentTermsDays) {
        if (*paymentTermsDays < 0 || *paymentTermsDays > kMaxPaymentTermsDays) {
            add(Field::paymentTermsDays, tr("Payment terms go from 0 to %n days.", "", kMaxPaymentTermsDays));
        } else if (professional && *paymentTermsDays > BusinessProfile::kMaxPaymentTermsDays) {
            // Code de commerce, art. L. 441-10: 60 days at most between professionals.
            add(Field::paymentTermsDays,
                tr("Payment terms for a professional client are at most %n days (the legal limit).", "",
                   BusinessProfile::kMaxPaymentTermsDays));
        }
    }

    if (!RoundingRule::isValidStep(rounding.stepMinutes))
        add(Field::rounding, tr("Time is rounded to 5, 6, 10, 15 or 30 minutes, or not at all."));

    for (const QString& tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > kMaxTagLength || PostalAddress::hasLineBreak(tag)) {
            add(Field::tags, tr("A tag is a word or a short phrase of at most %n characters.", "", kMaxTagLength));
            break;
        }
    }

    return errors;
}

Client Client::normalized() const
{
    Client out = *this;
    out.name = name.simplified();
    out.legalForm = legalForm.simplified();
    const auto normalize = [](QString& value, const auto& validator) {
        value = value.trimmed();
        if (value.isEmpty())
            return;
        if (auto checked = validator(value))
            value = checked.value();
    };
    normalize(out.siret, Identifiers::validateSirenOrSiret);
    normalize(out.vatNumber, Identifiers::validateVatNumber);
    out.addressLines.clear();
    for (const QString& line : addressLines) {
        if (!line.trimmed().isEmpty())
            out.addressLines << line.trimmed();
    }
    out.postalCode = postalCode.trimmed().toUpper();
    out.city = city.simplified();
    out.country = country.trimmed().toUpper();
    out.emails.clear();
    for (const ContactChannel& email : emails) {
        if (email.value.trimmed().isEmpty())
            continue;
        out.emails << ContactChannel{email.value.trimmed(), QString(), email.label.simplified()};
    }
    out.phones.clear();
    for (const ContactChannel& phone : phones) {
        const QString value = phone.value.trimmed();
        if (value.isEmpty())
            continue;
        out.phones << ContactChannel{value, phoneToE164(value, out.country), phone.label.simplified()};
    }
    out.website = website.trimmed();
    out.language = language.trimmed().toLower();
    out.timeZone = timeZone.trimmed();
    out.currency = currency.trimmed().toUpper();
    out.tags.clear();
    QSet<QString> seen;
    for (const QString& tag : tags) {
        const QString simplified = tag.simplified();
        if (simplified.isEmpty())
            continue;
        const QString key = simplified.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.tags << simplified;
    }
    out.notes = notes.trimmed();
    return out;
}

QString Client::fieldLabel(const QString& field)
{
    if (field == Field::name)
        return tr("Name");
    if (field == Field::kind)
        return tr("Type");
    if (field == Field::professional)
        return tr("Professional client");
    if (field == Field::legalForm)
        return tr("Legal form");
    if (field == Field::siret)
        return tr("SIRET or SIREN");
    if (field == Field::vatNumber)
        return tr("VAT number");
    if (field == Field::addressLines)
        return tr("Address");
    if (field == Field::postalCode)
        return tr("Postal code");
    if (field == Field::city)
        return tr("City");
    if (field == Field::country)
        return tr("Country");
    if (field == Field::emails)
        return tr("E-mail");
    if (field == Field::phones)
        return tr("Phone");
    if (field == Field::website)
        return tr("Website");
    if (field == Field::language)
        return tr("Language of documents");
    if (field == Field::timeZone)
        return tr("Time zone");
    if (field == Field::currency)
        return tr("Currency");
    if (field == Field::hourlyRate)
        return tr("Hourly rate");
    if (field == Field::paymentTermsDays)
        return tr("Payment terms");
    if (field == Field::rounding)
        return tr("Time rounding");
    if (field == Field::status)
        return tr("Status");
    if (field == Field::tags)
        return tr("Tags");
    if (field == Field::notes)
        return tr("Notes");
    return field;
}

QString Client::kindKey(Kind kind)
{
    return kind == Kind::Person ? QStringLiteral("person") : QStringLiteral("company");
}

std::optional<Client::Kind> Client::kindFromKey(const QString& key)
{
    if (key == u"company")
        return Kind::Company;
    if (key == u"person")
        return Kind::Person;
    return std::nullopt;
}

QString Client::kindText(Kind kind)
{
    return kind == Kind::Person ? tr("Person", "client kind") : tr("Company", "client kind");
}

QString Client::statusKey(Status status)
{
    switch (status) {
    case Status::Prospect:
        return QStringLiteral("prospect");
    case Status::Active:
        return QStringLiteral("active");
    case Status::Paused:
        return QStringLiteral("paused");
    case Status::Former:
        return QStringLiteral("former");
    }
    return QStringLiteral("active");
}

std::optional<Client::Status> Client::statusFromKey(const QString& key)
{
    if (key == u"prospect")
        return Status::Prospect;
    if (key == u"active")
        return Status::Active;
    if (key == u"paused")
        return Status::Paused;
    if (key == u"former")
        return Status::Former;
    return std::nullopt;
}

QString Client::statusText(Status status)
{
    switch (status) {
    case Status::Prospect:
        return tr("Prospect", "client status");
    case Status::Active:
        return tr("Active", "client status");
    case Status::Paused:
        return tr("Paused", "client status");
    case Status::Former:
        return tr("Former", "client status");
    }
    return {};
}

QString Client::defaultTimeZone(const QString& country)
{
    struct Default
    {
        const char16_t* country;
        const char* zone;
    };
    // Where most of a country's clients are: the capital's zone, or the business centre's where
    // the country spans several (Canada: Toronto and Montréal share America/Toronto).
    static constexpr std::array defaults{
        Default{u"FR", "Europe/Paris"},        Default{u"BE", "Europe/Brussels"},
        Default{u"CH", "Europe/Zurich"},       Default{u"LU", "Europe/Luxembourg"},
        Default{u"MC", "Europe/Monaco"},       Default{u"CA", "America/Toronto"},
        Default{u"US", "America/New_York"},    Default{u"GB", "Europe/London"},
        Default{u"IE", "Europe/Dublin"},       Default{u"DE", "Europe/Berlin"},
        Default{u"ES", "Europe/Madrid"},       Default{u"IT", "Europe/Rome"},
        Default{u"PT", "Europe/Lisbon"},       Default{u"NL", "Europe/Amsterdam"},
        Default{u"MA", "Africa/Casablanca"},   Default{u"DZ", "Africa/Algiers"},
        Default{u"TN", "Africa/Tunis"},        Default{u"SN", "Africa/Dakar"},
        Default{u"CI", "Africa/Abidjan"},      Default{u"CM", "Africa/Douala"},
        Default{u"RE", "Indian/Reunion"},      Default{u"YT", "Indian/Mayotte"},
        Default{u"GP", "America/Guadeloupe"},  Default{u"MQ", "America/Martinique"},
        Default{u"GF", "America/Cayenne"},     Default{u"PF", "Pacific/Tahiti"},
        Default{u"NC", "Pacific/Noumea"},      Default{u"PM", "America/Miquelon"},
        Default{u"AU", "Australia/Sydney"},    Default{u"BR", "America/Sao_Paulo"},
        Default{u"MX", "America/Mexico_City"}, Default{u"RU", "Europe/Moscow"},
        Default{u"CN", "Asia/Shanghai"},       Default{u"IN", "Asia/Kolkata"},
        Default{u"NZ", "Pacific/Auckland"},    Default{u"AR", "America/Argentina/Buenos_Aires"},
    };
    const QString code = country.trimmed().toUpper();
    for (const Default& entry : defaults) {
        if (code == QStringView(entry.country)) {
            const QByteArray zone(entry.zone);
            if (QTimeZone::isTimeZoneIdAvailable(zone) || QTimeZone(zone).isValid())
                return QString::fromLatin1(zone);
            break;
        }
    }
    if (PostalAddress::isValidCountryCode(code)) {
        const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(QLocale::codeToTerritory(code));
        if (!zones.isEmpty())
            return QString::fromLatin1(zones.constFirst());
    }
    return QStringLiteral("UTC");
}

// ---- Contact -----------------------------------------------------------------------------------

QList<FieldError> Contact::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        add(Field::name, tr("Enter the contact’s name."));
    else if (trimmedName.size() > kMaxNameLength || PostalAddress::hasLineBreak(name))
        add(Field::name, tr("The name is one line of at most %n characters.", "", kMaxNameLength));
    if (!email.trimmed().isEmpty() && !isPlausibleEmail(email.trimmed()))
        add(Field::email, tr("This is not an e-mail address, such as name@example.fr."));
    if (!phone.trimmed().isEmpty() && !isPlausiblePhone(phone.trimmed()))
        add(Field::phone, tr("This is not a phone number: digits, spaces and a leading + only."));
    return errors;
}

QString Contact::channelKey(Channel channel)
{
    switch (channel) {
    case Channel::None:
        return QStringLiteral("");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Sms:
        return QStringLiteral("sms");
    case Channel::Messaging:
        return QStringLiteral("messaging");
    case Channel::Post:
        return QStringLiteral("post");
    }
    return QStringLiteral("");
}

std::optional<Contact::Channel> Contact::channelFromKey(const QString& key)
{
    if (key.isEmpty())
        return Channel::None;
    if (key == u"email")
        return Channel::Email;
    if (key == u"phone")
        return Channel::Phone;
    if (key == u"sms")
        return Channel::Sms;
    if (key == u"messaging")
        return Channel::Messaging;
    if (key == u"post")
        return Channel::Post;
    return std::nullopt;
}

QString Contact::channelText(Channel channel)
{
    switch (channel) {
    case Channel::None:
        return tr("No preference", "preferred channel");
    case Channel::Email:
        return tr("E-mail", "preferred channel");
    case Channel::Phone:
        return tr("Phone call", "preferred channel");
    case Channel::Sms:
        return tr("Text message", "preferred channel");
    case Channel::Messaging:
        return tr("Instant messaging", "preferred channel");
    case Channel::Post:
        return tr("Post", "preferred channel");
    }
    return {};
}

// ---- Free functions ----------------------------------------------------------------------------

QString phoneToE164(const QString& typed, const QString& defaultCountry)
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || text.size() > kMaxPhoneLength + 10)
        return {};

    // "+44 (0)20 …": the "(0)" is the trunk prefix, dialled only from inside the country.
    QString cleaned = text;
    cleaned.replace(QStringLiteral("(0)"), QStringLiteral(" "));

    bool plus = false;
    QString digits;
    digits.reserve(cleaned.size());
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (!isPhoneSeparator(c))
            return {}; // letters, extensions, anything that is not a number as dialled
    }
    if (digits.isEmpty())
        return {};

    const Dialling* home = diallingForCountry(defaultCountry.trimmed().toUpper());
    QString international; // calling code and national number, without "+"
    if (plus) {
        international = digits;
    } else if (digits.startsWith(u"00")) {
        international = digits.mid(2);
    } else if (home && QStringView(home->code) == u"1" && digits.startsWith(u"011")) {
        international = digits.mid(3); // dialled out of North America
    } else if (home) {
        const QString national = significantNumber(digits, *home);
        if (national.isEmpty())
            return {};
        return QString(u'+' + QString::fromUtf16(home->code) + national);
    } else {
        return {};
    }

    if (international.isEmpty() || international.startsWith(u'0'))
        return {};
    if (const Dialling* country = diallingForNumber(international)) {
        const QString code = QString::fromUtf16(country->code);
        // "+33 06 …": a trunk prefix kept by mistake after the calling code is dropped too.
        const QString national = significantNumber(international.mid(code.size()), *country);
        if (national.isEmpty())
            return {};
        return QString(u'+' + code + national);
    }
    // A calling code this table does not describe: E.164 numbers have at most 15 digits.
    if (international.size() < 8 || international.size() > 15)
        return {};
    return QString(u'+' + international);
}

bool isPlausibleEmail(const QString& address)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return !address.isEmpty() && address.size() <= kMaxEmailLength && shape.match(address).hasMatch();
}

} // namespace Bureau

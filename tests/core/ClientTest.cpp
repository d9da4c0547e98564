// SPDX-License-Identifier: GPL-3.0-or-later
// The client and contact types: validation of each field, normalisation, keys and texts, default
// time zones, phone numbers in E.164 and e-mail plausibility.
#include "support/TestSupport.h"

#include "core/domain/Client.h"

#include <QTimeZone>

#include <functional>

using namespace Bureau;

namespace
{

using Field = Client::Field;

Client validClient()
{
    Client client;
    client.name = QStringLiteral("Atelier Lumière");
    client.kind = Client::Kind::Company;
    client.professional = true;
    client.legalForm = QStringLiteral("SARL");
    client.siret = QStringLiteral("73282932000074");
    client.vatNumber = QStringLiteral("FR44732829320");
    client.addressLines = {QStringLiteral("8 place Bellecour")};
    client.postalCode = QStringLiteral("69002");
    client.city = QStringLiteral("Lyon");
    client.country = QStringLiteral("FR");
    client.emails = {ContactChannel{QStringLiteral("contact@atelier-lumiere.fr"), QString(), QStringLiteral("work")}};
    client.phones = {ContactChannel{QStringLiteral("04 78 00 00 00"), QString(), QString()}};
    client.website = QStringLiteral("https://atelier-lumiere.fr");
    client.language = QStringLiteral("fr");
    client.timeZone = QStringLiteral("Europe/Paris");
    client.currency = QStringLiteral("EUR");
    client.hourlyRate = Money::fromCents(4500, QStringLiteral("EUR"));
    client.paymentTermsDays = 30;
    client.rounding = RoundingRule{15, RoundingRule::Mode::Up, RoundingRule::Scope::PerEntry};
    client.tags = {QStringLiteral("VIP")};
    return client;
}

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return fields;
}

} // namespace

TEST_CASE("A complete client is valid", "[client]")
{
    CHECK(validClient().validate().isEmpty());
    // The bare minimum: a name.
    Client minimal;
    minimal.name = QStringLiteral("Jo");
    CHECK(minimal.validate().isEmpty());
}

TEST_CASE("Client validation names each wrong field", "[client]")
{
    struct Case
    {
        const char* what;
        std::function<void(Client&)> change;
        QLatin1String field;
    };
    const QList<Case> cases{
        {"no name", [](Client& c) { c.name = QStringLiteral("   "); }, Field::name},
        {"a name on two lines", [](Client& c) { c.name = QStringLiteral("A\nB"); }, Field::name},
        {"a name too long", [](Client& c) { c.name = QString(201, u'x'); }, Field::name},
        {"a private company",
         [](Client& c) {
             c.kind = Client::Kind::Company;
             c.professional = false;
         },
         Field::professional},
        {"a SIRET with a bad check digit", [](Client& c) { c.siret = QStringLiteral("73282932000075"); }, Field::siret},
        {"a SIRET of 10 digits", [](Client& c) { c.siret = QStringLiteral("1234567890"); }, Field::siret},
        {"a VAT number with a wrong key", [](Client& c) { c.vatNumber = QStringLiteral("FR45732829320"); },
         Field::vatNumber},
        {"a VAT number of another SIREN", [](Client& c) { c.vatNumber = QStringLiteral("FR65912345675"); },
         Field::vatNumber},
        {"a VAT number of no EU state", [](Client& c) { c.vatNumber = QStringLiteral("US123456789"); },
         Field::vatNumber},
        {"a country that is not a code", [](Client& c) { c.country = QStringLiteral("France"); }, Field::country},
        {"a country code that does not exist", [](Client& c) { c.country = QStringLiteral("QQ"); }, Field::country},
        {"a lower-case country code", [](Client& c) { c.country = QStringLiteral("fr"); }, Field::country},
        {"a French postal code of 4 digits", [](Client& c) { c.postalCode = QStringLiteral("6900"); },
         Field::postalCode},
        {"an e-mail without @",
         [](Client& c) {
             c.emails << ContactChannel{QStringLiteral("contact.example.fr"), {}, {}};
         },
         Field::emails},
        {"a phone with letters",
         [](Client& c) {
             c.phones << ContactChannel{QStringLiteral("call me"), {}, {}};
         },
         Field::phones},
        {"a website with spaces", [](Client& c) { c.website = QStringLiteral("my site"); }, Field::website},
        {"a language other than fr or en", [](Client& c) { c.language = QStringLiteral("de"); }, Field::language},
        {"an unknown time zone", [](Client& c) { c.timeZone = QStringLiteral("Europe/Atlantis"); }, Field::timeZone},
        {"a path as a time zone", [](Client& c) { c.timeZone = QStringLiteral("../etc/passwd"); }, Field::timeZone},
        {"a currency of 4 letters", [](Client& c) { c.currency = QStringLiteral("EURO"); }, Field::currency},
        {"a negative rate", [](Client& c) { c.hourlyRate = Money::fromCents(-100, QStringLiteral("EUR")); },
         Field::hourlyRate},
        {"a rate in another currency", [](Client& c) { c.hourlyRate = Money::fromCents(5000, QStringLiteral("USD")); },
         Field::hourlyRate},
        {"negative payment terms", [](Client& c) { c.paymentTermsDays = -1; }, Field::paymentTermsDays},
        {"payment terms over a year", [](Client& c) { c.paymentTermsDays = 366; }, Field::paymentTermsDays},
        {"payment terms over 60 days for a professional", [](Client& c) { c.paymentTermsDays = 61; },
         Field::paymentTermsDays},
        {"a rounding step of 7 minutes", [](Client& c) { c.rounding.stepMinutes = 7; }, Field::rounding},
        {"an empty tag", [](Client& c) { c.tags << QStringLiteral(" "); }, Field::tags},
        {"a tag too long", [](Client& c) { c.tags << QString(41, u't'); }, Field::tags},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        Client client = validClient();
        c.change(client);
        const QList<FieldError> errors = client.validate();
        REQUIRE(fieldsOf(errors) == QStringList{QString(c.field)});
        CHECK_FALSE(errors.first().message.isEmpty());
        CHECK_FALSE(Client::fieldLabel(errors.first().field).isEmpty());
    }
}

TEST_CASE("Private clients may have payment terms beyond 60 days", "[client]")
{
    Client client = validClient();
    client.kind = Client::Kind::Person;
    client.professional = false;
    client.siret.clear();
    client.vatNumber.clear();
    client.paymentTermsDays = 90;
    CHECK(client.validate().isEmpty());
    client.professional = true; // a person who is an EI: the B2B cap applies
    CHECK(fieldsOf(client.validate()) == QStringList{QString(Field::paymentTermsDays)});
    client.paymentTermsDays = 60;
    CHECK(client.validate().isEmpty());
}

TEST_CASE("Every rounding step of DESIGN.md is valid and nothing else", "[client]")
{
    for (const int step : {0, 5, 6, 10, 15, 30})
        CHECK(RoundingRule::isValidStep(step));
    for (const int step : {-5, 1, 7, 20, 45, 60})
        CHECK_FALSE(RoundingRule::isValidStep(step));
    CHECK(RoundingRule::modeFromKey(RoundingRule::modeKey(RoundingRule::Mode::Nearest)) == RoundingRule::Mode::Nearest);
    CHECK(RoundingRule::scopeFromKey(QStringLiteral("line")) == RoundingRule::Scope::PerLine);
    CHECK_FALSE(RoundingRule::scopeFromKey(QStringLiteral("invoice")).has_value());
}

TEST_CASE("Normalising a client trims text and stores identifiers in their short form", "[client]")
{
    Client client = validClient();
    client.name = QStringLiteral("  Atelier   Lumière ");
    client.siret = QStringLiteral(" 732 829 320 00074 ");
    client.vatNumber = QStringLiteral("fr 44 732829320");
    client.country = QStringLiteral(" fr ");
    client.currency = QStringLiteral("eur");
    client.language = QStringLiteral("FR");
    client.postalCode = QStringLiteral(" 69002 ");
    client.addressLines = {QStringLiteral(" 8 place Bellecour "), QStringLiteral("  ")};
    client.emails = {ContactChannel{QStringLiteral(" a@example.fr "), {}, {}},
                     ContactChannel{QStringLiteral(" "), {}, {}}};
    client.phones = {ContactChannel{QStringLiteral("06 12 34 56 78"), {}, QStringLiteral(" mobile ")}};
    client.tags = {QStringLiteral(" VIP "), QStringLiteral("vip"), QStringLiteral("Monthly  report"), QString()};

    const Client n = client.normalized();
    CHECK(n.name == QStringLiteral("Atelier Lumière"));
    CHECK(n.siret == QStringLiteral("73282932000074"));
    CHECK(n.siren() == QStringLiteral("732829320"));
    CHECK(n.vatNumber == QStringLiteral("FR44732829320"));
    CHECK(n.country == QStringLiteral("FR"));
    CHECK(n.currency == QStringLiteral("EUR"));
    CHECK(n.language == QStringLiteral("fr"));
    CHECK(n.postalCode == QStringLiteral("69002"));
    CHECK(n.addressLines == QStringList{QStringLiteral("8 place Bellecour")});
    REQUIRE(n.emails.size() == 1);
    CHECK(n.mainEmail() == QStringLiteral("a@example.fr"));
    REQUIRE(n.phones.size() == 1);
    CHECK(n.mainPhone() == QStringLiteral("06 12 34 56 78")); // shown as typed
    CHECK(n.phones.first().e164 == QStringLiteral("+33612345678"));
    CHECK(n.phones.first().label == QStringLiteral("mobile"));
    CHECK(n.tags == QStringList{QStringLiteral("VIP"), QStringLiteral("Monthly report")});
    CHECK(n.validate().isEmpty());
    // An invalid identifier stays as typed, for validate() to report.
    client.siret = QStringLiteral("123");
    CHECK(client.normalized().siret == QStringLiteral("123"));
}

TEST_CASE("Client and contact keys round-trip and have texts", "[client]")
{
    for (const auto kind : {Client::Kind::Company, Client::Kind::Person}) {
        CHECK(Client::kindFromKey(Client::kindKey(kind)) == kind);
        CHECK_FALSE(Client::kindText(kind).isEmpty());
    }
    for (const auto status :
         {Client::Status::Prospect, Client::Status::Active, Client::Status::Paused, Client::Status::Former}) {
        CHECK(Client::statusFromKey(Client::statusKey(status)) == status);
        CHECK_FALSE(Client::statusText(status).isEmpty());
    }
    CHECK(Client::statusKey(Client::Status::Former) == QStringLiteral("former"));
    CHECK_FALSE(Client::statusFromKey(QStringLiteral("Active")).has_value());
    CHECK_FALSE(Client::kindFromKey(QStringLiteral("")).has_value());
    for (const auto channel : {Contact::Channel::None, Contact::Channel::Email, Contact::Channel::Phone,
                               Contact::Channel::Sms, Contact::Channel::Messaging, Contact::Channel::Post}) {
        CHECK(Contact::channelFromKey(Contact::channelKey(channel)) == channel);
        CHECK_FALSE(Contact::channelText(channel).isEmpty());
    }
    CHECK(Contact::channelKey(Contact::Channel::None).isEmpty());
    CHECK_FALSE(Contact::channelFromKey(QStringLiteral("fax")).has_value());
}

TEST_CASE("Contact validation", "[client]")
{
    Contact contact;
    contact.name = QStringLiteral("Élodie Lefèvre");
    contact.email = QStringLiteral("elodie@example.fr");
    contact.phone = QStringLiteral("+33 6 12 34 56 78");
    CHECK(contact.validate().isEmpty());
    contact.name = QStringLiteral(" ");
    contact.email = QStringLiteral("elodie@");
    contact.phone = QStringLiteral("06 CALL ME");
    CHECK(
        fieldsOf(contact.validate())
        == QStringList{QString(Contact::Field::name), QString(Contact::Field::email), QString(Contact::Field::phone)});
}

TEST_CASE("Default time zones follow the country", "[client]")
{
    CHECK(Client::defaultTimeZone(QStringLiteral("FR")) == QStringLiteral("Europe/Paris"));
    CHECK(Client::defaultTimeZone(QStringLiteral("BE")) == QStringLiteral("Europe/Brussels"));
    CHECK(Client::defaultTimeZone(QStringLiteral("CH")) == QStringLiteral("Europe/Zurich"));
    CHECK(Client::defaultTimeZone(QStringLiteral("CA")) == QStringLiteral("America/Toronto"));
    CHECK(Client::defaultTimeZone(QStringLiteral("US")) == QStringLiteral("America/New_York"));
    CHECK(Client::defaultTimeZone(QStringLiteral("GB")) == QStringLiteral("Europe/London"));
    CHECK(Client::defaultTimeZone(QStringLiteral("DE")) == QStringLiteral("Europe/Berlin"));
    CHECK(Client::defaultTimeZone(QStringLiteral("ES")) == QStringLiteral("Europe/Madrid"));
    CHECK(Client::defaultTimeZone(QStringLiteral("IT")) == QStringLiteral("Europe/Rome"));
    CHECK(Client::defaultTimeZone(QStringLiteral("LU")) == QStringLiteral("Europe/Luxembourg"));
    CHECK(Client::defaultTimeZone(QStringLiteral("MA")) == QStringLiteral("Africa/Casablanca"));
    CHECK(Client::defaultTimeZone(QStringLiteral("SN")) == QStringLiteral("Africa/Dakar"));
    CHECK(Client::defaultTimeZone(QStringLiteral("RE")) == QStringLiteral("Indian/Reunion"));
    CHECK(Client::defaultTimeZone(QStringLiteral("re")) == QStringLiteral("Indian/Reunion"));
    // A country without an entry of its own: a zone of that territory.
    const QString japan = Client::defaultTimeZone(QStringLiteral("JP"));
    CHECK(japan == QStringLiteral("Asia/Tokyo"));
    // Anything else: UTC.
    CHECK(Client::defaultTimeZone(QStringLiteral("ZZ")) == QStringLiteral("UTC"));
    CHECK(Client::defaultTimeZone(QString()) == QStringLiteral("UTC"));
    for (const char* country : {"FR", "BE", "CH", "CA", "US", "GB", "MA", "SN", "RE", "NC", "PF"})
        CHECK(QTimeZone(Client::defaultTimeZone(QString::fromLatin1(country)).toUtf8()).isValid());
}

TEST_CASE("Phone numbers become E.164 where they can be read", "[client][phone]")
{
    struct Case
    {
        const char* typed;
        const char* country;
        const char* e164;
    };
    const QList<Case> cases{
        {"06 12 34 56 78", "FR", "+33612345678"},
        {"06.12.34.56.78", "FR", "+33612345678"},
        {"0612345678", "FR", "+33612345678"},
        {"+33 6 12 34 56 78", "FR", "+33612345678"},
        {"+33 (0)6 12 34 56 78", "US", "+33612345678"},
        {"+33 06 12 34 56 78", "FR", "+33612345678"},
        {"0033 6 12 34 56 78", "BE", "+33612345678"},
        {"+1 (514) 555-0199", "FR", "+15145550199"},
        {"(514) 555-0199", "CA", "+15145550199"},
        {"1 514 555 0199", "CA", "+15145550199"},
        {"011 33 6 12 34 56 78", "US", "+33612345678"},
        {"00 32 2 123 45 67", "FR", "+3221234567"},
        {"02 123 45 67", "BE", "+3221234567"},
        {"0470 12 34 56", "BE", "+32470123456"},
        {"044 668 18 00", "CH", "+41446681800"},
        {"+44 (0)20 7946 0000", "FR", "+442079460000"},
        {"020 7946 0000", "GB", "+442079460000"},
        {"06 1234 5678", "IT", "+390612345678"}, // Italy keeps the leading 0 of landlines
        {"0262 12 34 56", "RE", "+262262123456"},
        {"33 123 45 67", "SN", "+221331234567"},
        {"+221 77 123 45 67", "FR", "+221771234567"},
        {"0522 12 34 56", "MA", "+212522123456"},
        {"+81 3-1234-5678", "FR", "+81312345678"},
        {"+999 1234 5678", "FR", "+99912345678"}, // a code the table does not know: shape only
        {"", "FR", ""},
        {"call me", "FR", ""},
        {"06 12 34 56 78 ext 2", "FR", ""},
        {"06 12 34", "FR", ""},          // too short
        {"06 12 34 56 78 90", "FR", ""}, // too long
        {"612345678", "", ""},           // national, no country to read it in
        {"612345678", "XX", ""},
        {"+33 6 12", "FR", ""},
        {"+0 123 456 789", "FR", ""},
        {"++33 6 12 34 56 78", "FR", ""},
        {"06 12 + 34 56 78", "FR", ""},
        {"+1234567890123456", "FR", ""}, // 16 digits
    };
    for (const Case& c : cases) {
        CAPTURE(c.typed, c.country);
        CHECK(phoneToE164(QString::fromUtf8(c.typed), QString::fromLatin1(c.country)) == QString::fromLatin1(c.e164));
    }
}

TEST_CASE("E-mail addresses are checked for plausibility", "[client]")
{
    for (const char* good : {"a@example.fr", "elodie.lefevre+bureau@sub.example.co.uk", "o'connor@example.ie"})
        CHECK(isPlausibleEmail(QString::fromLatin1(good)));
    for (const char* bad : {"", "a", "a@", "@example.fr", "a@example", "a b@example.fr", "a@@example.fr",
                            "a@example..fr", "a@.example.fr", "a@example.fr."})
        CHECK_FALSE(isPlausibleEmail(QString::fromLatin1(bad)));
    CHECK_FALSE(isPlausibleEmail(QString(250, u'a') + QStringLiteral("@example.fr")));
}

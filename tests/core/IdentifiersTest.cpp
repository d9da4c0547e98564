// SPDX-License-Identifier: GPL-3.0-or-later
// SIREN, SIRET, VAT number, IBAN and BIC validation, table-driven. Every "valid" example below was
// checked by computing its check digits, not taken on trust.
#include "support/TestSupport.h"

#include "core/domain/Identifiers.h"

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

struct Valid
{
    const char* input;
    const char* normalized;
};

struct Invalid
{
    const char* input;
    const char* messageContains; // a word the user-facing message must hold
};

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("Valid SIRENs are accepted and normalised", "[identifiers]")
{
    const Valid cases[] = {
        {"732829320", "732829320"},
        {"552100554", "552100554"},
        {"443061841", "443061841"}, // Google France
        {"542051180", "542051180"}, // TotalEnergies
        {"356000000", "356000000"}, // La Poste
        {"732 829 320", "732829320"},
        {" 443\u00a0061\u202f841 ", "443061841"}, // no-break and narrow no-break spaces, as pasted
    };
    for (const Valid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateSiren(s(c.input));
        BUREAU_REQUIRE_OK(result);
        CHECK(result.value() == s(c.normalized));
    }
}

TEST_CASE("Invalid SIRENs are refused with a reason", "[identifiers]")
{
    const Invalid cases[] = {
        {"732829321", "check digit"}, // last digit changed
        {"723829320", "check digit"}, // two digits swapped
        {"73282932", "9 digits"},
        {"7328293200", "9 digits"},
        {"", "9 digits"},
        {"73282932A", "digits only"},
        {"732-829-320", "digits only"},
    };
    for (const Invalid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateSiren(s(c.input));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Invalid);
        CHECK(result.error().message.contains(s(c.messageContains)));
    }
}

TEST_CASE("Valid SIRETs are accepted including La Poste establishments", "[identifiers]")
{
    const Valid cases[] = {
        {"73282932000074", "73282932000074"},
        {"44306184100047", "44306184100047"},     // Google France, head office
        {"35600000000048", "35600000000048"},     // La Poste head office: passes Luhn
        {"732 829 320 00074", "73282932000074"},
    };
    for (const Valid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateSiret(s(c.input));
        BUREAU_REQUIRE_OK(result);
        CHECK(result.value() == s(c.normalized));
    }

    // La Poste establishments: Luhn fails, the sum of the digits is a multiple of 5 (numbers built
    // to the INSEE rule: 3+5+6+4+9+8+3+7 = 45 and 3+5+6+6 = 20).
    for (const char* laPoste : {"35600000049837", "35600000000060"}) {
        INFO(laPoste);
        REQUIRE_FALSE(Identifiers::passesLuhn(s(laPoste)));
        CHECK(Identifiers::validateSiret(s(laPoste)).ok());
    }
}

TEST_CASE("Invalid SIRETs are refused with a reason", "[identifiers]")
{
    const Invalid cases[] = {
        {"73282932000075", "check digit"},
        {"44306184100048", "check digit"},
        // La Poste, yet neither Luhn nor the multiple of 5 (sum 16).
        {"35600000000011", "check digit"},
        // The multiple-of-5 rule is La Poste's only: this one's digits add up to 40 but it fails Luhn.
        {"73282932000004", "check digit"},
        {"7328293200007", "14 digits"},
        {"732829320000740", "14 digits"},
        {"", "14 digits"},
        {"7328293200007A", "digits only"},
    };
    for (const Invalid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateSiret(s(c.input));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(s(c.messageContains)));
    }
}

TEST_CASE("A SIREN or a SIRET is told apart by its length", "[identifiers]")
{
    CHECK(Identifiers::validateSirenOrSiret(QStringLiteral("732 829 320")).value() == QStringLiteral("732829320"));
    CHECK(Identifiers::validateSirenOrSiret(QStringLiteral("73282932000074")).value()
          == QStringLiteral("73282932000074"));
    const auto badSiret = Identifiers::validateSirenOrSiret(QStringLiteral("73282932000075"));
    REQUIRE_FALSE(badSiret.ok());
    CHECK(badSiret.error().message.contains(QStringLiteral("SIRET")));
    const auto badSiren = Identifiers::validateSirenOrSiret(QStringLiteral("732829321"));
    REQUIRE_FALSE(badSiren.ok());
    CHECK(badSiren.error().message.contains(QStringLiteral("SIREN")));
    CHECK_FALSE(Identifiers::validateSirenOrSiret(QStringLiteral("73282932000")).ok());

    CHECK(Identifiers::sirenFromSiret(QStringLiteral("73282932000074")) == QStringLiteral("732829320"));
    CHECK(Identifiers::sirenFromSiret(QStringLiteral("732 829 320 00074")) == QStringLiteral("732829320"));
    CHECK(Identifiers::sirenFromSiret(QStringLiteral("732829320")) == QStringLiteral("732829320"));
    CHECK(Identifiers::sirenFromSiret(QStringLiteral("7328")).isEmpty());
    CHECK(Identifiers::formatSirenOrSiret(QStringLiteral("73282932000074")) == QStringLiteral("732 829 320 00074"));
    CHECK(Identifiers::formatSirenOrSiret(QStringLiteral("732829320")) == QStringLiteral("732 829 320"));
}

TEST_CASE("The French VAT key is computed from the SIREN", "[identifiers]")
{
    const std::pair<const char*, const char*> keys[] = {
        {"303265045", "40"}, {"732829320", "44"}, {"443061841", "64"},
        {"542051180", "59"}, {"356000000", "39"}, {"100000207", "03"}, // a key below 10 keeps its zero
    };
    for (const auto& [siren, key] : keys) {
        INFO(siren);
        CHECK(Identifiers::frenchVatKey(s(siren)) == s(key));
    }
    CHECK(Identifiers::frenchVatKey(QStringLiteral("12345")).isEmpty());
}

TEST_CASE("Valid intra-EU VAT numbers are accepted and normalised", "[identifiers]")
{
    const Valid cases[] = {
        // France: the key is checked against the SIREN.
        {"FR40303265045", "FR40303265045"},
        {"FR44732829320", "FR44732829320"},
        {"FR64443061841", "FR64443061841"}, // Google France
        {"FR59542051180", "FR59542051180"}, // TotalEnergies
        {"FR03100000207", "FR03100000207"},
        {"fr 40 303 265 045", "FR40303265045"},
        // The newer French format with a letter in the key: its format only.
        {"FRA0303265045", "FRA0303265045"},
        {"FRXY732829320", "FRXY732829320"},
        // Other member states: their formats.
        {"ATU12345678", "ATU12345678"},
        {"BE 0123.456.789", "BE0123456789"},
        {"BG123456789", "BG123456789"},
        {"BG1234567890", "BG1234567890"},
        {"CY12345678X", "CY12345678X"},
        {"CZ12345678", "CZ12345678"},
        {"DE123456789", "DE123456789"},
        {"DK12345678", "DK12345678"},
        {"EE123456789", "EE123456789"},
        {"EL123456789", "EL123456789"}, // Greece
        {"ESB12345678", "ESB12345678"},
        {"ES12345678Z", "ES12345678Z"},
        {"ESX1234567L", "ESX1234567L"},
        {"FI12345678", "FI12345678"},
        {"HR12345678901", "HR12345678901"},
        {"HU12345678", "HU12345678"},
        {"IE6388047V", "IE6388047V"},
        {"IE1234567WA", "IE1234567WA"},
        {"IE8Z49289F", "IE8Z49289F"},
        {"IT12345678901", "IT12345678901"},
        {"LT123456789", "LT123456789"},
        {"LT123456789012", "LT123456789012"},
        {"LU12345678", "LU12345678"},
        {"LV12345678901", "LV12345678901"},
        {"MT12345678", "MT12345678"},
        {"NL123456789B01", "NL123456789B01"},
        {"PL1234567890", "PL1234567890"},
        {"PT123456789", "PT123456789"},
        {"RO1234567", "RO1234567"},
        {"SE123456789701", "SE123456789701"},
        {"SI12345678", "SI12345678"},
        {"SK1234567890", "SK1234567890"},
        {"XI123456789", "XI123456789"}, // Northern Ireland
    };
    for (const Valid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateVatNumber(s(c.input));
        BUREAU_REQUIRE_OK(result);
        CHECK(result.value() == s(c.normalized));
    }
}

TEST_CASE("Invalid intra-EU VAT numbers are refused with a reason", "[identifiers]")
{
    const Invalid cases[] = {
        {"FR41303265045", "key is 40"},     // key off by one
        {"FR40303265046", "key is"},        // SIREN changed
        {"FR4030326504", "FR format"},      // too short
        {"FR403032650455", "FR format"},    // too long
        {"FR40303Z65045", "FR format"},     // a letter in the SIREN
        {"GR123456789", "EL"},              // Greece is EL in VAT numbers
        {"GB123456789", "GB"},              // not a member state since 2020
        {"CH123456789", "CH"},
        {"DE12345678", "DE format"},
        {"DE1234567890", "DE format"},
        {"ATU1234567", "AT format"},
        {"AT12345678", "AT format"},        // the U is part of the format
        {"BE2123456789", "BE format"},
        {"NL123456789A01", "NL format"},
        {"ES123456789", "ES format"},       // digits at both ends
        {"IT1234567890", "IT format"},
        {"SE123456789702", "SE format"},
        {"RO0123", "RO format"},
        {"303265045", "EU country"},        // no prefix
        {"", "empty"},
    };
    for (const Invalid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateVatNumber(s(c.input));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Invalid);
        CHECK(result.error().message.contains(s(c.messageContains)));
    }
}

TEST_CASE("Valid IBANs are accepted and formatted in groups of four", "[identifiers]")
{
    // Examples of the SWIFT IBAN registry, and a French one whose RIB key was computed.
    const Valid cases[] = {
        {"FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606"},
        {"FR7630004008230001034567884", "FR7630004008230001034567884"},
        {"DE89 3704 0044 0532 0130 00", "DE89370400440532013000"},
        {"GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"},
        {"BE68 5390 0754 7034", "BE68539007547034"},
        {"NL91 ABNA 0417 1643 00", "NL91ABNA0417164300"},
        {"IT60 X054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"},
        {"ES91 2100 0418 4502 0005 1332", "ES9121000418450200051332"},
        {"CH93 0076 2011 6238 5295 7", "CH9300762011623852957"},
        {"NO93 8601 1117 947", "NO9386011117947"},
        {"MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MT84MALT011000012345MTLCAST001S"},
        {"LC55 HEMM 0001 0001 0012 0012 0002 3015", "LC55HEMM000100010012001200023015"},
        {"de89370400440532013000", "DE89370400440532013000"},
    };
    for (const Valid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateIban(s(c.input));
        BUREAU_REQUIRE_OK(result);
        CHECK(result.value() == s(c.normalized));
    }
    CHECK(Identifiers::formatIban(QStringLiteral("FR1420041010050500013M02606"))
          == QStringLiteral("FR14 2004 1010 0505 0001 3M02 606"));
    CHECK(Identifiers::formatIban(QStringLiteral("BE68539007547034")) == QStringLiteral("BE68 5390 0754 7034"));
    CHECK(Identifiers::formatIban(QStringLiteral("no93 8601 1117 947")) == QStringLiteral("NO93 8601 1117 947"));
}

TEST_CASE("Invalid IBANs are refused with a reason", "[identifiers]")
{
    const Invalid cases[] = {
        {"FR1420041010050500013M02607", "check digits"}, // last digit changed
        {"FR1520041010050500013M02606", "check digits"}, // check digits changed
        {"DE89370400440532013001", "check digits"},
        {"GB82WEST12345698765433", "check digits"},
        {"BE68539007547043", "check digits"},            // two digits swapped
        {"DE8937040044053201300", "22 characters"},      // one short
        {"FR1420041010050500013M026066", "27 characters"},
        {"XX89370400440532013000", "XX"},                 // no such country
        {"DE89-3704-0044-0532-0130-00", "letters and digits"},
        {"8937040044053201300012", "country code"},
        {"", "empty"},
    };
    for (const Invalid& c : cases) {
        INFO(c.input);
        const auto result = Identifiers::validateIban(s(c.input));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(s(c.messageContains)));
    }
}

TEST_CASE("BICs of 8 or 11 characters are accepted by their format", "[identifiers]")
{
    const Valid valid[] = {
        {"BNPAFRPP", "BNPAFRPP"},
        {"BNPAFRPPXXX", "BNPAFRPPXXX"},
        {"DEUTDEFF", "DEUTDEFF"},
        {"DEUTDEFF500", "DEUTDEFF500"},
        {"cepa fr pp 751", "CEPAFRPP751"},
    };
    for (const Valid& c : valid) {
        INFO(c.input);
        const auto result = Identifiers::validateBic(s(c.input));
        BUREAU_REQUIRE_OK(result);
        CHECK(result.value() == s(c.normalized));
    }
    const Invalid invalid[] = {
        {"BNPAFRP", "8 or 11"},
        {"BNPAFRPPXX", "8 or 11"},
        {"", "8 or 11"},
        {"1NPAFRPP", "BNPAFRPP"}, // a digit in the bank code
        {"BNPA1RPP", "BNPAFRPP"}, // a digit in the country code
        {"BNPAFRP-", "BNPAFRPP"},
    };
    for (const Invalid& c : invalid) {
        INFO(c.input);
        const auto result = Identifiers::validateBic(s(c.input));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(s(c.messageContains)));
    }
}

TEST_CASE("The EU has 27 member states and Greece is GR as a country", "[identifiers]")
{
    int members = 0;
    for (char16_t a = u'A'; a <= u'Z'; ++a) {
        for (char16_t b = u'A'; b <= u'Z'; ++b) {
            const QChar code[] = {QChar(a), QChar(b)};
            if (Identifiers::isEuCountry(QString(code, 2)))
                ++members;
        }
    }
    CHECK(members == 27);
    for (const char* code : {"FR", "DE", "GR", "IE", "HR", "CY", "MT", "SE"})
        CHECK(Identifiers::isEuCountry(s(code)));
    // EL is Greece's VAT prefix, not its country code; the United Kingdom, Switzerland, Norway and
    // Monaco are outside the EU; XI is a VAT prefix only.
    for (const char* code : {"EL", "GB", "CH", "NO", "MC", "XI", "fr", "", "FRA"})
        CHECK_FALSE(Identifiers::isEuCountry(s(code)));
}

TEST_CASE("The Luhn check refuses what is not digits", "[identifiers]")
{
    CHECK(Identifiers::passesLuhn(u"732829320"));
    CHECK_FALSE(Identifiers::passesLuhn(u"732829321"));
    CHECK_FALSE(Identifiers::passesLuhn(u""));
    CHECK_FALSE(Identifiers::passesLuhn(u"73282932O"));
}

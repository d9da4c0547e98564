// SPDX-License-Identifier: GPL-3.0-or-later
// The business profile: validation of each field, storage in its single row, the logo import.
#include "support/TestSupport.h"

#include "core/domain/BusinessProfile.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/ProfileRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>

#include <functional>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

using Field = BusinessProfile::Field;

BusinessProfile validProfile()
{
    BusinessProfile profile;
    profile.legalName = QStringLiteral("Élodie Lefèvre");
    profile.mention = BusinessProfile::Mention::EntrepreneurIndividuel;
    profile.tradeName = QStringLiteral("Lefèvre Assistance");
    profile.addressLines = {QStringLiteral("8 place Bellecour"), QStringLiteral("3e étage")};
    profile.postalCode = QStringLiteral("69002");
    profile.city = QStringLiteral("Lyon");
    profile.country = QStringLiteral("FR");
    profile.siret = QStringLiteral("73282932000074");
    profile.vatRegime = BusinessProfile::VatRegime::VatRegistered;
    profile.vatOnDebits = true;
    profile.vatNumber = QStringLiteral("FR44732829320");
    profile.email = QStringLiteral("elodie@example.fr");
    profile.phone = QStringLiteral("+33 4 78 00 00 00");
    profile.iban = QStringLiteral("FR1420041010050500013M02606");
    profile.bic = QStringLiteral("PSSTFRPPLYO");
    profile.logoPath = QStringLiteral("profile/logo-0123456789abcdef.png");
    profile.paymentTermsDays = 45;
    profile.latePenaltyBasisPoints = 1215;
    profile.hourlyRate = Money::fromCents(5250, QStringLiteral("EUR"));
    profile.currency = QStringLiteral("EUR");
    profile.timeZone = QStringLiteral("Europe/Paris");
    return profile;
}

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return fields;
}

QByteArray pngBytes(int size = 16)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

QByteArray jpegBytes()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG"));
    return bytes;
}

int rowCount(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM business_profile")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A complete profile validates and names the EI", "[profile]")
{
    BusinessProfile profile = validProfile();
    CHECK(profile.validate().isEmpty());
    CHECK(profile.missingForInvoices().isEmpty());
    CHECK(profile.isComplete());
    CHECK(profile.legalNameWithMention() == QStringLiteral("Élodie Lefèvre Entrepreneur individuel"));
    profile.mention = BusinessProfile::Mention::Ei;
    CHECK(profile.legalNameWithMention() == QStringLiteral("Élodie Lefèvre EI"));
    CHECK(profile.siren() == QStringLiteral("732829320"));

    // A SIREN alone is enough for invoices.
    profile.siret = QStringLiteral("732829320");
    CHECK(profile.isComplete());
    CHECK(profile.siren() == QStringLiteral("732829320"));
}

TEST_CASE("A new profile has the defaults of a French micro-entrepreneur", "[profile]")
{
    const BusinessProfile profile;
    CHECK(profile.validate().isEmpty()); // it can be saved as it is
    CHECK_FALSE(profile.isComplete());
    CHECK(profile.missingForInvoices()
          == QStringList({QStringLiteral("legalName"), QStringLiteral("addressLines"), QStringLiteral("postalCode"),
                          QStringLiteral("city"), QStringLiteral("siret")}));
    CHECK(profile.legalNameWithMention().isEmpty());
    CHECK(profile.country == QStringLiteral("FR"));
    CHECK(profile.vatRegime == BusinessProfile::VatRegime::Franchise);
    CHECK(profile.timeZone == QStringLiteral("Europe/Paris"));
    CHECK(profile.paymentTermsDays <= BusinessProfile::kMaxPaymentTermsDays);

    // A business that charges VAT also needs its VAT number on invoices.
    BusinessProfile registered = validProfile();
    registered.vatNumber.clear();
    CHECK(registered.missingForInvoices() == QStringList{QStringLiteral("vatNumber")});
    CHECK_FALSE(registered.isComplete());
}

TEST_CASE("Each invalid field is reported against that field alone", "[profile]")
{
    struct Case
    {
        const char* what;
        std::function<void(BusinessProfile&)> change;
        QLatin1String field;
    };
    const Case cases[] = {
        {"mention typed into the name", [](BusinessProfile& p) { p.legalName = QStringLiteral("Élodie Lefèvre EI"); },
         Field::legalName},
        {"long name", [](BusinessProfile& p) { p.legalName = QString(201, u'a'); }, Field::legalName},
        {"name on two lines", [](BusinessProfile& p) { p.legalName = QStringLiteral("Élodie\nLefèvre"); },
         Field::legalName},
        {"trade name on two lines", [](BusinessProfile& p) { p.tradeName = QStringLiteral("A\nB"); }, Field::tradeName},
        {"five address lines", [](BusinessProfile& p) { p.addressLines = QStringList(5, QStringLiteral("x")); },
         Field::addressLines},
        {"four-digit French postal code", [](BusinessProfile& p) { p.postalCode = QStringLiteral("6900"); },
         Field::postalCode},
        {"letters in a French postal code", [](BusinessProfile& p) { p.postalCode = QStringLiteral("69OO2"); },
         Field::postalCode},
        {"city on two lines", [](BusinessProfile& p) { p.city = QStringLiteral("Lyon\nCedex"); }, Field::city},
        {"unknown country", [](BusinessProfile& p) { p.country = QStringLiteral("XX"); }, Field::country},
        {"lower-case country", [](BusinessProfile& p) { p.country = QStringLiteral("fr"); }, Field::country},
        {"three-letter country", [](BusinessProfile& p) { p.country = QStringLiteral("FRA"); }, Field::country},
        {"SIRET check digit", [](BusinessProfile& p) { p.siret = QStringLiteral("73282932000075"); }, Field::siret},
        {"SIRET length", [](BusinessProfile& p) { p.siret = QStringLiteral("7328293200007"); }, Field::siret},
        {"VAT on debits under the franchise",
         [](BusinessProfile& p) { p.vatRegime = BusinessProfile::VatRegime::Franchise; }, Field::vatOnDebits},
        {"VAT key", [](BusinessProfile& p) { p.vatNumber = QStringLiteral("FR45732829320"); }, Field::vatNumber},
        {"VAT number of another SIREN", [](BusinessProfile& p) { p.vatNumber = QStringLiteral("FR40303265045"); },
         Field::vatNumber},
        {"e-mail without domain", [](BusinessProfile& p) { p.email = QStringLiteral("elodie@"); }, Field::email},
        {"e-mail without at sign", [](BusinessProfile& p) { p.email = QStringLiteral("elodie.example.fr"); },
         Field::email},
        {"e-mail with a space", [](BusinessProfile& p) { p.email = QStringLiteral("elo die@example.fr"); },
         Field::email},
        {"phone in words", [](BusinessProfile& p) { p.phone = QStringLiteral("call me"); }, Field::phone},
        {"phone too short", [](BusinessProfile& p) { p.phone = QStringLiteral("+33"); }, Field::phone},
        {"IBAN checksum", [](BusinessProfile& p) { p.iban = QStringLiteral("FR1420041010050500013M02607"); },
         Field::iban},
        {"BIC length", [](BusinessProfile& p) { p.bic = QStringLiteral("PSSTFRPPLY"); }, Field::bic},
        {"absolute logo path", [](BusinessProfile& p) { p.logoPath = QStringLiteral("/etc/passwd"); }, Field::logoPath},
        {"logo outside the data folder", [](BusinessProfile& p) { p.logoPath = QStringLiteral("profile/../../x.png"); },
         Field::logoPath},
        {"61 days", [](BusinessProfile& p) { p.paymentTermsDays = 61; }, Field::paymentTermsDays},
        {"negative days", [](BusinessProfile& p) { p.paymentTermsDays = -1; }, Field::paymentTermsDays},
        {"negative penalty", [](BusinessProfile& p) { p.latePenaltyBasisPoints = -1; }, Field::latePenaltyBasisPoints},
        {"penalty over 100 %", [](BusinessProfile& p) { p.latePenaltyBasisPoints = 10001; },
         Field::latePenaltyBasisPoints},
        {"negative hourly rate",
         [](BusinessProfile& p) { p.hourlyRate = Money::fromCents(-100, QStringLiteral("EUR")); }, Field::hourlyRate},
        {"currency name", [](BusinessProfile& p) { p.currency = QStringLiteral("EURO"); }, Field::currency},
        {"lower-case currency", [](BusinessProfile& p) { p.currency = QStringLiteral("eur"); }, Field::currency},
        {"misspelt time zone", [](BusinessProfile& p) { p.timeZone = QStringLiteral("Europe/Pariss"); },
         Field::timeZone},
        {"no time zone", [](BusinessProfile& p) { p.timeZone.clear(); }, Field::timeZone},
        {"path as time zone", [](BusinessProfile& p) { p.timeZone = QStringLiteral("../zoneinfo/Europe/Paris"); },
         Field::timeZone},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        BusinessProfile profile = validProfile();
        c.change(profile);
        const QList<FieldError> errors = profile.validate();
        CHECK(fieldsOf(errors) == QStringList{QString(c.field)});
        if (!errors.isEmpty()) {
            CHECK_FALSE(errors.first().message.isEmpty());
            CHECK(errors.first().message.endsWith(u'.'));
        }
        CHECK_FALSE(profile.isComplete());
    }
}

TEST_CASE("Limits and optional fields that are valid", "[profile]")
{
    const std::function<void(BusinessProfile&)> changes[] = {
        [](BusinessProfile& p) { p.paymentTermsDays = 0; },
        [](BusinessProfile& p) { p.paymentTermsDays = 60; },
        [](BusinessProfile& p) { p.latePenaltyBasisPoints = 0; },
        [](BusinessProfile& p) { p.latePenaltyBasisPoints = 10000; },
        [](BusinessProfile& p) { p.hourlyRate = Money(); },
        [](BusinessProfile& p) { p.hourlyRate = Money::fromCents(6000, QStringLiteral("CHF")); },
        [](BusinessProfile& p) {
            p.country = QStringLiteral("GB");
            p.postalCode = QStringLiteral("SW1A 1AA");
        },
        [](BusinessProfile& p) { p.postalCode = QStringLiteral("97400"); },
        [](BusinessProfile& p) {
            // A VAT number without charging VAT: the franchise with an intra-EU number.
            p.vatRegime = BusinessProfile::VatRegime::Franchise;
            p.vatOnDebits = false;
        },
        [](BusinessProfile& p) { p.vatNumber = QStringLiteral("FRXY732829320"); },
        [](BusinessProfile& p) { p.timeZone = QStringLiteral("America/Toronto"); },
        // A backward-compatible name, still in tzdata and in use, though Qt does not list it.
        [](BusinessProfile& p) { p.timeZone = QStringLiteral("America/Montreal"); },
        [](BusinessProfile& p) { p.timeZone = QStringLiteral("UTC"); },
        [](BusinessProfile& p) {
            p.tradeName.clear();
            p.email.clear();
            p.phone.clear();
            p.iban.clear();
            p.bic.clear();
            p.logoPath.clear();
        },
    };
    int index = 0;
    for (const auto& change : changes) {
        INFO("change " << index++);
        BusinessProfile profile = validProfile();
        change(profile);
        CHECK(fieldsOf(profile.validate()).isEmpty());
    }
}

TEST_CASE("A saved profile loads back equal", "[profile][storage]")
{
    TempDatabase temp;
    ProfileRepository repository(temp.db());
    auto empty = repository.load();
    BUREAU_REQUIRE_OK(empty);
    CHECK_FALSE(empty->has_value());

    const BusinessProfile profile = validProfile();
    BUREAU_REQUIRE_OK(repository.save(profile));
    auto loaded = repository.load();
    BUREAU_REQUIRE_OK(loaded);
    REQUIRE(loaded->has_value());
    CHECK(loaded->value() == profile);
    CHECK(loaded->value().hourlyRate == Money::fromCents(5250, QStringLiteral("EUR")));
    CHECK(loaded->value().addressLines.size() == 2);

    // Saving again replaces the one row; a default profile (no hourly rate) round-trips too.
    BusinessProfile other;
    other.legalName = QStringLiteral("Hugo Girard");
    BUREAU_REQUIRE_OK(repository.save(other));
    CHECK(rowCount(temp.db()) == 1);
    auto reloaded = repository.load();
    BUREAU_REQUIRE_OK(reloaded);
    CHECK(reloaded->value() == other);
    CHECK_FALSE(reloaded->value().hourlyRate.isValid());

    // The time of the change comes from the clock.
    QSqlQuery query(temp->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT updated_at FROM business_profile")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == temp.clock().nowMs());
}

TEST_CASE("Identifiers and codes are stored normalised", "[profile][storage]")
{
    TempDatabase temp;
    ProfileRepository repository(temp.db());
    BusinessProfile typed = validProfile();
    typed.legalName = QStringLiteral("  Élodie Lefèvre ");
    typed.siret = QStringLiteral("732 829 320 00074");
    typed.vatNumber = QStringLiteral("fr 44 732829320");
    typed.iban = QStringLiteral("fr14 2004 1010 0505 0001 3m02 606");
    typed.bic = QStringLiteral("psst fr pp lyo");
    typed.addressLines = {QStringLiteral(" 8 place Bellecour "), QString(), QStringLiteral("3e étage")};
    BUREAU_REQUIRE_OK(repository.save(typed));
    auto loaded = repository.load();
    BUREAU_REQUIRE_OK(loaded);
    CHECK(loaded->value() == validProfile());
}

TEST_CASE("Only the fields changed by an update change", "[profile][storage]")
{
    TempDatabase temp;
    ProfileRepository repository(temp.db());
    BUREAU_REQUIRE_OK(repository.save(validProfile()));

    auto updated = repository.update([](BusinessProfile& profile) -> Status {
        profile.email = QStringLiteral("contact@lefevre-assistance.fr");
        return {};
    });
    BUREAU_REQUIRE_OK(updated);
    BusinessProfile expected = validProfile();
    expected.email = QStringLiteral("contact@lefevre-assistance.fr");
    CHECK(updated.value() == expected);
    CHECK(repository.load()->value() == expected);

    // A change that refuses writes nothing.
    auto refused = repository.update([](BusinessProfile& profile) -> Status {
        profile.city = QStringLiteral("Paris");
        return Error::make(Error::Kind::Invalid, QStringLiteral("no"));
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(repository.load()->value() == expected);

    // An update of an empty database starts from the default profile.
    TempDatabase fresh;
    auto first = ProfileRepository(fresh.db()).update([](BusinessProfile& profile) -> Status {
        profile.siret = QStringLiteral("44306184100047");
        return {};
    });
    BUREAU_REQUIRE_OK(first);
    CHECK(first->siret == QStringLiteral("44306184100047"));
    CHECK(first->timeZone == QStringLiteral("Europe/Paris"));
    CHECK(rowCount(fresh.db()) == 1);
}

TEST_CASE("An invalid profile is refused and the stored one is kept", "[profile][storage]")
{
    TempDatabase temp;
    ProfileRepository repository(temp.db());
    BUREAU_REQUIRE_OK(repository.save(validProfile()));

    BusinessProfile bad = validProfile();
    bad.siret = QStringLiteral("73282932000075");
    bad.email = QStringLiteral("nobody");
    const Status saved = repository.save(bad);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().kind == Error::Kind::Invalid);
    CHECK(saved.error().message.contains(QStringLiteral("SIRET: This SIRET fails its check digit")));
    CHECK(saved.error().message.contains(QStringLiteral("E-mail:")));
    CHECK(saved.error().detail.contains(QStringLiteral("siret")));
    CHECK(saved.error().detail.contains(QStringLiteral("email")));
    CHECK(repository.load()->value() == validProfile());

    auto updated = repository.update([](BusinessProfile& profile) -> Status {
        profile.paymentTermsDays = 90;
        return {};
    });
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().message.contains(QStringLiteral("Payment terms")));
    CHECK(repository.load()->value() == validProfile());
}

TEST_CASE("The profile table holds one row and refuses what the code would refuse", "[profile][storage]")
{
    TempDatabase temp;
    BUREAU_REQUIRE_OK(ProfileRepository(temp.db()).save(validProfile()));
    const QString statements[] = {
        QStringLiteral("INSERT INTO business_profile (id, updated_at) VALUES (2, 0)"),
        QStringLiteral("UPDATE business_profile SET payment_terms_days = 61"),
        QStringLiteral("UPDATE business_profile SET vat_regime = 'franchise'"), // still on debits
        QStringLiteral("UPDATE business_profile SET siret = '1234'"),
        QStringLiteral("UPDATE business_profile SET hourly_rate_currency = NULL"),
        QStringLiteral("UPDATE business_profile SET mention = 'EURL'"),
    };
    for (const QString& sql : statements) {
        INFO(sql.toStdString());
        QSqlQuery query(temp->connection());
        CHECK_FALSE(query.exec(sql));
    }
    CHECK(rowCount(temp.db()) == 1);
    CHECK(ProfileRepository(temp.db()).load()->value() == validProfile());
}

TEST_CASE("Demo data includes a complete business profile", "[profile][demo]")
{
    TempDatabase temp;
    BUREAU_REQUIRE_OK(DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small));
    auto loaded = ProfileRepository(temp.db()).load();
    BUREAU_REQUIRE_OK(loaded);
    REQUIRE(loaded->has_value());
    const BusinessProfile& profile = loaded->value();
    CHECK(fieldsOf(profile.validate()).isEmpty());
    CHECK(profile.isComplete());
    CHECK(profile.vatRegime == BusinessProfile::VatRegime::Franchise);
    CHECK(profile.legalNameWithMention().endsWith(QStringLiteral(" EI")));
    CHECK(profile == ProfileRepository::demoProfile());
}

TEST_CASE("A logo is copied into the data folder under its hash", "[profile][logo]")
{
    TempDir source;
    TempDir data;
    const QByteArray png = pngBytes();
    writeAll(source.file(QStringLiteral("Mon logo.PNG")), png);

    auto imported = BusinessProfile::importLogo(source.file(QStringLiteral("Mon logo.PNG")), data.path());
    BUREAU_REQUIRE_OK(imported);
    const QString relative = imported.value();
    CHECK(relative.startsWith(QStringLiteral("profile/logo-")));
    CHECK(relative.endsWith(QStringLiteral(".png")));
    CHECK(relative.size() == int(QStringLiteral("profile/logo-").size() + 16 + 4));
    CHECK(readAll(data.file(relative)) == png);
    // Usable as the profile's logo path.
    BusinessProfile profile = validProfile();
    profile.logoPath = relative;
    CHECK(profile.validate().isEmpty());

    // The same picture again: the same file. Another picture: another file.
    auto again = BusinessProfile::importLogo(source.file(QStringLiteral("Mon logo.PNG")), data.path());
    BUREAU_REQUIRE_OK(again);
    CHECK(again.value() == relative);
    writeAll(source.file(QStringLiteral("other.png")), pngBytes(32));
    auto other = BusinessProfile::importLogo(source.file(QStringLiteral("other.png")), data.path());
    BUREAU_REQUIRE_OK(other);
    CHECK(other.value() != relative);
    CHECK(QDir(data.file(QStringLiteral("profile"))).entryList(QDir::Files).size() == 2);

    // JPEG (".jpeg" becomes ".jpg") and SVG.
    writeAll(source.file(QStringLiteral("photo.jpeg")), jpegBytes());
    auto jpeg = BusinessProfile::importLogo(source.file(QStringLiteral("photo.jpeg")), data.path());
    BUREAU_REQUIRE_OK(jpeg);
    CHECK(jpeg->endsWith(QStringLiteral(".jpg")));
    writeAll(source.file(QStringLiteral("logo.svg")),
             QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                        "height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n"));
    auto svg = BusinessProfile::importLogo(source.file(QStringLiteral("logo.svg")), data.path());
    BUREAU_REQUIRE_OK(svg);
    CHECK(svg->endsWith(QStringLiteral(".svg")));
}

TEST_CASE("A logo that is a link or too large or not a picture is refused", "[profile][logo]")
{
    TempDir source;
    TempDir data;
    const QString png = source.file(QStringLiteral("logo.png"));
    writeAll(png, pngBytes());

    struct Case
    {
        const char* what;
        QString file;
        const char* messageContains;
    };
    const QString link = source.file(QStringLiteral("link.png"));
    REQUIRE(QFile::link(png, link));
    const QString big = source.file(QStringLiteral("big.png"));
    writeAll(big, pngBytes() + QByteArray(3 * 1024 * 1024, '\0'));
    const QString text = source.file(QStringLiteral("logo.txt"));
    writeAll(text, QByteArray("Camille Martin EI\n"));
    const QString fakePng = source.file(QStringLiteral("fake.png"));
    writeAll(fakePng, QByteArray("Camille Martin EI\n"));
    const QString truncatedPng = source.file(QStringLiteral("truncated.png"));
    writeAll(truncatedPng, pngBytes().left(40));
    const QString htmlSvg = source.file(QStringLiteral("page.svg"));
    writeAll(htmlSvg, QByteArray("<html><body>not a picture</body></html>"));
    const QString entitySvg = source.file(QStringLiteral("entities.svg"));
    writeAll(entitySvg, QByteArray("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\">]><svg>&a;</svg>"));
    const QString folder = source.file(QStringLiteral("folder.png"));
    REQUIRE(QDir().mkpath(folder));

    const Case cases[] = {
        {"symbolic link", link, "link"},
        {"3 MB", big, "2 MB"},
        {"text file", text, "PNG, JPEG or SVG"},
        {"text named .png", fakePng, "not a picture"},
        {"truncated PNG", truncatedPng, "not a picture"},
        {"HTML named .svg", htmlSvg, "not a picture"},
        {"SVG with a DTD", entitySvg, "not a picture"},
        {"folder", folder, "not a file"},
        {"missing file", source.file(QStringLiteral("missing.png")), "cannot be read"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        auto imported = BusinessProfile::importLogo(c.file, data.path());
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().message.contains(QString::fromUtf8(c.messageContains)));
    }
    // Nothing was copied.
    CHECK(QDir(data.file(QStringLiteral("profile"))).entryList(QDir::Files).isEmpty());
}

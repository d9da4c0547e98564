// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentSnapshot: what an issued document freezes (seller, client, logo, mentions that apply for
// its VAT case and client), the legal wording in both languages, the profile's own wording, and the
// versioned JSON that must read back exactly.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/domain/DocumentSnapshot.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/ProfileRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test::Invoicing;
using Bureau::Test::TempDatabase;

namespace
{

using VatCase = BillingDocument::VatCase;
using Mention = DocumentSnapshot::Mention;

/** A valid complete profile (InvoiceTestData's SIRET fails its check digit: this one passes). */
BusinessProfile storeSeller(Database& db, BusinessProfile::VatRegime regime = BusinessProfile::VatRegime::Franchise,
                            bool vatOnDebits = false, const QString& logoPath = {})
{
    BusinessProfile profile;
    profile.legalName = QStringLiteral("Camille Martin");
    profile.addressLines = {QStringLiteral("12 rue des Lilas")};
    profile.postalCode = QStringLiteral("69003");
    profile.city = QStringLiteral("Lyon");
    profile.siret = QStringLiteral("83271844900016");
    profile.vatRegime = regime;
    profile.vatOnDebits = vatOnDebits;
    profile.vatNumber = QStringLiteral("FR93832718449");
    profile.latePenaltyBasisPoints = 1215;
    profile.logoPath = logoPath;
    BUREAU_REQUIRE_OK(ProfileRepository(db).save(profile));
    auto stored = ProfileRepository(db).load();
    BUREAU_REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    return **stored;
}

void setOverrides(Database& db, const QString& json)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE business_profile SET mentions = ? WHERE id = 1"));
    query.addBindValue(json);
    REQUIRE(query.exec());
}

QString dataDir(Database& db)
{
    return QFileInfo(db.path()).absolutePath();
}

DocumentSnapshot capture(Database& db, qint64 clientId, VatCase vatCase, const QString& language = QStringLiteral("fr"))
{
    BillingDocument document = draft(clientId, {service(QStringLiteral("Assistance"), 1000, 10000)});
    document.language = language;
    auto snapshot = DocumentSnapshot::capture(db, document, vatCase, dataDir(db));
    BUREAU_REQUIRE_OK(snapshot);
    return *snapshot;
}

QStringList keys(const DocumentSnapshot& snapshot)
{
    QStringList out = snapshot.mentions.keys();
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("DocumentSnapshot words the mentions in French and English", "[documentsnapshot]")
{
    const auto fr = [](QLatin1String key) {
        return DocumentSnapshot::defaultMention(QString(key), QStringLiteral("fr"), 1215);
    };
    const auto en = [](QLatin1String key) {
        return DocumentSnapshot::defaultMention(QString(key), QStringLiteral("en"), 1215);
    };

    CHECK(fr(Mention::category) == QStringLiteral("Prestation de services"));
    CHECK(en(Mention::category) == QStringLiteral("Provision of services"));
    CHECK(fr(Mention::franchise) == QStringLiteral("TVA non applicable, art. 293 B du CGI"));
    CHECK(en(Mention::franchise) == QStringLiteral("VAT not applicable, art. 293 B of the French Tax Code (CGI)"));
    CHECK(fr(Mention::reverseCharge) == QStringLiteral("Autoliquidation"));
    CHECK(en(Mention::reverseCharge) == QStringLiteral("Reverse charge"));
    CHECK(fr(Mention::outsideEu) == QStringLiteral("TVA non applicable, art. 259-1 du CGI"));
    CHECK(en(Mention::outsideEu) == QStringLiteral("VAT not applicable, art. 259-1 of the French Tax Code (CGI)"));
    CHECK(fr(Mention::latePayment)
          == QStringLiteral("En cas de retard de paiement, p\u00e9nalit\u00e9s au taux annuel de 12,15\u00a0% "
                            "(art. L441-10 du Code de commerce)"));
    CHECK(en(Mention::latePayment)
          == QStringLiteral(
              "Late payment: penalties at an annual rate of 12.15% (art. L441-10 of the French Commercial Code)"));
    CHECK(fr(Mention::recoveryFee)
          == QStringLiteral("Indemnit\u00e9 forfaitaire pour frais de recouvrement\u00a0: 40\u00a0\u20ac "
                            "(art. D441-5 du Code de commerce)"));
    CHECK(
        en(Mention::recoveryFee)
        == QStringLiteral("Fixed recovery fee for late payment: \u20ac40 (art. D441-5 of the French Commercial Code)"));
    CHECK(fr(Mention::discount) == QStringLiteral("Pas d'escompte pour paiement anticip\u00e9"));
    CHECK(en(Mention::discount) == QStringLiteral("No discount for early payment"));
    CHECK(fr(Mention::vatOnDebits)
          == QStringLiteral("Option pour le paiement de la taxe d'apr\u00e8s les d\u00e9bits"));
    CHECK(en(Mention::vatOnDebits) == QStringLiteral("Option for payment of VAT on debits"));

    // Other rates: whole (10 %) and one decimal (10,5 %).
    CHECK(DocumentSnapshot::defaultMention(QString(Mention::latePayment), QStringLiteral("fr"), 1000)
              .contains(QStringLiteral("taux annuel de 10\u00a0% (")));
    CHECK(DocumentSnapshot::defaultMention(QString(Mention::latePayment), QStringLiteral("en"), 1050)
              .contains(QStringLiteral("rate of 10.5% (")));
    CHECK(DocumentSnapshot::defaultMention(QStringLiteral("nothing"), QStringLiteral("fr"), 1215).isEmpty());
}

TEST_CASE("DocumentSnapshot captures the mentions that apply to a professional", "[documentsnapshot]")
{
    TempDatabase temp;
    storeSeller(temp.db());
    const qint64 french = addClient(temp.db());
    const QStringList professional{QString(Mention::latePayment), QString(Mention::recoveryFee),
                                   QString(Mention::discount)};

    const DocumentSnapshot franchise = capture(temp.db(), french, VatCase::Franchise);
    CHECK(keys(franchise)
          == sorted(QStringList{QString(Mention::category), QString(Mention::franchise)} + professional));
    CHECK(franchise.mentions.value(QString(Mention::franchise))
          == QStringLiteral("TVA non applicable, art. 293 B du CGI"));
    CHECK(franchise.mentions.value(QString(Mention::latePayment)).contains(QStringLiteral("12,15\u00a0%")));

    const DocumentSnapshot vat = capture(temp.db(), french, VatCase::Vat);
    CHECK(keys(vat) == sorted(QStringList{QString(Mention::category)} + professional));

    const DocumentSnapshot reverse = capture(temp.db(), french, VatCase::ReverseCharge, QStringLiteral("en"));
    CHECK(keys(reverse)
          == sorted(QStringList{QString(Mention::category), QString(Mention::reverseCharge)} + professional));
    CHECK(reverse.language == QStringLiteral("en"));
    CHECK(reverse.mentions.value(QString(Mention::reverseCharge)) == QStringLiteral("Reverse charge"));
    CHECK(reverse.mentions.value(QString(Mention::category)) == QStringLiteral("Provision of services"));

    const DocumentSnapshot outside = capture(temp.db(), french, VatCase::OutsideEu);
    CHECK(keys(outside) == sorted(QStringList{QString(Mention::category), QString(Mention::outsideEu)} + professional));

    // The seller and client are those stored.
    auto client = ClientRepository(temp.db()).load(french);
    BUREAU_REQUIRE_OK(client);
    CHECK(vat.client == *client);
    CHECK(vat.seller.legalName == QStringLiteral("Camille Martin"));
    CHECK(vat.seller.siret == QStringLiteral("83271844900016"));
}

TEST_CASE("DocumentSnapshot leaves the B2B mentions off a private person's documents", "[documentsnapshot]")
{
    TempDatabase temp;
    storeSeller(temp.db());
    ClientSpec spec;
    spec.name = QStringLiteral("Julie Bernard");
    spec.professional = false;
    const qint64 person = addClient(temp.db(), spec);

    CHECK(keys(capture(temp.db(), person, VatCase::Franchise))
          == sorted(QStringList{QString(Mention::category), QString(Mention::franchise)}));
    CHECK(keys(capture(temp.db(), person, VatCase::Vat)) == QStringList{QString(Mention::category)});
}

TEST_CASE("DocumentSnapshot prints the VAT on debits option only when VAT is charged", "[documentsnapshot]")
{
    TempDatabase temp;
    storeSeller(temp.db(), BusinessProfile::VatRegime::VatRegistered, true);
    const qint64 french = addClient(temp.db());
    const DocumentSnapshot vat = capture(temp.db(), french, VatCase::Vat);
    CHECK(vat.mentions.value(QString(Mention::vatOnDebits))
          == QStringLiteral("Option pour le paiement de la taxe d'apr\u00e8s les d\u00e9bits"));
    CHECK(vat.mentions.size() == 5); // category + 3 professional + vatOnDebits
    CHECK_FALSE(capture(temp.db(), french, VatCase::ReverseCharge).mentions.contains(QString(Mention::vatOnDebits)));
}

TEST_CASE("DocumentSnapshot uses the profile's own wording for the document's language", "[documentsnapshot]")
{
    TempDatabase temp;
    storeSeller(temp.db());
    const qint64 french = addClient(temp.db());
    setOverrides(temp.db(),
                 QString::fromUtf8("{\"franchise\": {\"fr\": \"TVA non applicable (art. 293 B du CGI)\"},"
                                   " \"latePayment\": {\"fr\": \"P\u00e9nalit\u00e9s de retard : %1 par an\","
                                   " \"en\": \"Late fees: %1 a year\"},"
                                   " \"discount\": {\"fr\": \"   \"}}"));

    const DocumentSnapshot fr = capture(temp.db(), french, VatCase::Franchise);
    CHECK(fr.mentions.value(QString(Mention::franchise)) == QStringLiteral("TVA non applicable (art. 293 B du CGI)"));
    CHECK(fr.mentions.value(QString(Mention::latePayment))
          == QStringLiteral("P\u00e9nalit\u00e9s de retard : 12,15\u00a0% par an"));
    // A blank override keeps Bureau's wording.
    CHECK(fr.mentions.value(QString(Mention::discount))
          == QStringLiteral("Pas d'escompte pour paiement anticip\u00e9"));

    const DocumentSnapshot en = capture(temp.db(), french, VatCase::Franchise, QStringLiteral("en"));
    // No English override for the franchise: the default English wording.
    CHECK(en.mentions.value(QString(Mention::franchise))
          == QStringLiteral("VAT not applicable, art. 293 B of the French Tax Code (CGI)"));
    CHECK(en.mentions.value(QString(Mention::latePayment)) == QStringLiteral("Late fees: 12.15% a year"));

    // Malformed overrides: the defaults.
    setOverrides(temp.db(), QStringLiteral("{\"franchise\": "));
    CHECK(capture(temp.db(), french, VatCase::Franchise).mentions.value(QString(Mention::franchise))
          == QStringLiteral("TVA non applicable, art. 293 B du CGI"));
}

TEST_CASE("DocumentSnapshot hashes the logo and ignores a missing one", "[documentsnapshot]")
{
    TempDatabase temp;
    const QString dir = dataDir(temp.db());
    REQUIRE(QDir(dir).mkpath(QStringLiteral("profile")));
    QFile logo(QDir(dir).filePath(QStringLiteral("profile/logo-test.png")));
    REQUIRE(logo.open(QIODevice::WriteOnly));
    REQUIRE(logo.write("abc") == 3);
    logo.close();
    storeSeller(temp.db(), BusinessProfile::VatRegime::Franchise, false, QStringLiteral("profile/logo-test.png"));
    const qint64 french = addClient(temp.db());

    const DocumentSnapshot with = capture(temp.db(), french, VatCase::Franchise);
    CHECK(with.logoPath == QStringLiteral("profile/logo-test.png"));
    // SHA-256("abc"), the FIPS 180-2 test vector.
    CHECK(with.logoSha256 == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

    REQUIRE(QFile::remove(logo.fileName()));
    const DocumentSnapshot without = capture(temp.db(), french, VatCase::Franchise);
    CHECK(without.logoPath.isEmpty());
    CHECK(without.logoSha256.isEmpty());
}

TEST_CASE("DocumentSnapshot refuses to capture without a profile or a client", "[documentsnapshot]")
{
    TempDatabase temp;
    const qint64 french = addClient(temp.db());
    BillingDocument document = draft(french, {service(QStringLiteral("a"), 1000, 100)});
    CHECK_FALSE(DocumentSnapshot::capture(temp.db(), document, VatCase::Vat, dataDir(temp.db())).ok());
    storeSeller(temp.db());
    document.clientId = french + 100;
    CHECK_FALSE(DocumentSnapshot::capture(temp.db(), document, VatCase::Vat, dataDir(temp.db())).ok());
}

TEST_CASE("DocumentSnapshot reads back exactly what it writes", "[documentsnapshot]")
{
    TempDatabase temp;
    storeSeller(temp.db(), BusinessProfile::VatRegime::VatRegistered, true);
    const qint64 french = addClient(temp.db());
    const DocumentSnapshot captured = capture(temp.db(), french, VatCase::Vat);
    auto read = DocumentSnapshot::fromJson(captured.toJson());
    BUREAU_REQUIRE_OK(read);
    CHECK(*read == captured);

    // Every field set to something other than its default.
    DocumentSnapshot full;
    full.language = QStringLiteral("en");
    full.seller = captured.seller;
    full.seller.mention = BusinessProfile::Mention::EntrepreneurIndividuel;
    full.seller.tradeName = QStringLiteral("Bureau Martin");
    full.seller.addressLines = {QStringLiteral("12 rue des Lilas"), QStringLiteral("B\u00e2timent B")};
    full.seller.email = QStringLiteral("camille@example.fr");
    full.seller.phone = QStringLiteral("+33 6 12 34 56 78");
    full.seller.iban = QStringLiteral("FR7630006000011234567890189");
    full.seller.bic = QStringLiteral("AGRIFRPP");
    full.seller.logoPath = QStringLiteral("profile/logo.png");
    full.seller.paymentTermsDays = 45;
    full.seller.hourlyRate = Money::fromCents(4750, QStringLiteral("EUR"));
    full.seller.timeZone = QStringLiteral("America/Martinique");
    full.client.id = 42;
    full.client.name = QStringLiteral("Acme \"Inc\"");
    full.client.kind = Client::Kind::Person;
    full.client.professional = false;
    full.client.legalForm = QStringLiteral("LLC");
    full.client.vatNumber = QStringLiteral("DE123456789");
    full.client.addressLines = {QStringLiteral("1 Main St")};
    full.client.country = QStringLiteral("US");
    full.client.emails = {ContactChannel{QStringLiteral("a@b.c"), QString(), QStringLiteral("work")}};
    full.client.phones = {ContactChannel{QStringLiteral("06 12"), QStringLiteral("+33612"), QStringLiteral("mobile")}};
    full.client.website = QStringLiteral("https://example.com");
    full.client.language = QStringLiteral("en");
    full.client.currency = QStringLiteral("USD");
    full.client.hourlyRate = Money::fromCents(9000, QStringLiteral("USD"));
    full.client.paymentTermsDays = 0;
    full.client.rounding = RoundingRule{15, RoundingRule::Mode::Nearest, RoundingRule::Scope::PerLine};
    full.client.status = Client::Status::Former;
    full.client.tags = {QStringLiteral("vip"), QStringLiteral("2026")};
    full.client.notes = QStringLiteral("line 1\nline 2");
    full.client.archived = true;
    full.client.createdAtMs = 1795773600000;
    full.client.updatedAtMs = 1795777200123;
    full.logoPath = QStringLiteral("profile/logo.png");
    full.logoSha256 = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    full.mentions = {{QString(Mention::category), QStringLiteral("Provision of services")},
                     {QString(Mention::latePayment), QStringLiteral("\u00e9\u00a0%")}};
    const QString json = full.toJson();
    CHECK(json.startsWith(QStringLiteral("{")));
    CHECK(json.contains(QStringLiteral("\"version\":1")));
    auto back = DocumentSnapshot::fromJson(json);
    BUREAU_REQUIRE_OK(back);
    CHECK(*back == full);
    CHECK(back->toJson() == json);

    // A client without terms of its own and no rates: nulls read back as nothing.
    full.client.paymentTermsDays = std::nullopt;
    full.client.hourlyRate = Money();
    full.seller.hourlyRate = Money();
    auto nulls = DocumentSnapshot::fromJson(full.toJson());
    BUREAU_REQUIRE_OK(nulls);
    CHECK(*nulls == full);
}

TEST_CASE("DocumentSnapshot refuses other versions and malformed text", "[documentsnapshot]")
{
    DocumentSnapshot snapshot;
    snapshot.language = QStringLiteral("fr");
    const QString good = snapshot.toJson();
    BUREAU_REQUIRE_OK(DocumentSnapshot::fromJson(good));

    const auto refusedAsCorrupt = [](const QString& text) {
        INFO(text.toStdString());
        const auto read = DocumentSnapshot::fromJson(text);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().kind == Error::Kind::Corrupt);
    };
    refusedAsCorrupt(QString());
    refusedAsCorrupt(QStringLiteral("not json"));
    refusedAsCorrupt(QStringLiteral("[1, 2]"));
    refusedAsCorrupt(good.left(good.size() - 1));
    QString v2 = good;
    v2.replace(QStringLiteral("\"version\":1"), QStringLiteral("\"version\":2"));
    REQUIRE(v2 != good);
    refusedAsCorrupt(v2);
    QString noVersion = good;
    noVersion.replace(QStringLiteral("\"version\":1"), QStringLiteral("\"versio\":1"));
    refusedAsCorrupt(noVersion);
    QString badKind = good;
    badKind.replace(QStringLiteral("\"kind\":\"company\""), QStringLiteral("\"kind\":\"robot\""));
    REQUIRE(badKind != good);
    refusedAsCorrupt(badKind);
    QString badType = good;
    badType.replace(QStringLiteral("\"professional\":true"), QStringLiteral("\"professional\":\"yes\""));
    REQUIRE(badType != good);
    refusedAsCorrupt(badType);
    QString noSeller = good;
    noSeller.replace(QStringLiteral("\"seller\":"), QStringLiteral("\"vendor\":"));
    refusedAsCorrupt(noSeller);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Importing clients from vCard and CSV files into a real SQLite database (preview, duplicates,
// one-transaction commit, nothing half-imported) and exporting them back (vCard 4.0, CSV).
#include "support/TestSupport.h"

#include "core/domain/TextFold.h"
#include "core/interop/ClientExporter.h"
#include "core/interop/CsvReader.h"
#include "core/interop/VCardReader.h"
#include "core/models/ClientListModel.h"
#include "core/services/ClientImporter.h"
#include "core/storage/ClientRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Bureau;
using namespace Bureau::Test;
using Action = ClientImporter::Action;

namespace
{

bool underCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

qint64 count(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/** Every row of the tables an import writes, to compare before and after. */
QStringList snapshot(Database& db)
{
    QStringList rows;
    for (const char* sql :
         {"SELECT id, name, email, phone, city, country, notes FROM clients ORDER BY id",
          "SELECT client_id, kind, value FROM client_channels ORDER BY id",
          "SELECT client_id, name, email, phone FROM contacts ORDER BY id", "SELECT name FROM tags ORDER BY id",
          "SELECT rowid, body FROM client_search ORDER BY rowid"}) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QString::fromLatin1(sql)));
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).toString());
            rows.append(fields.join(QLatin1Char('|')));
        }
    }
    return rows;
}

qint64 addClient(Database& db, const Client& client)
{
    ClientRepository repository(db);
    const auto id = repository.add(client);
    BUREAU_REQUIRE_OK(id);
    return id.value();
}

Client company(const QString& name, const QString& email = {}, const QString& phone = {})
{
    Client client;
    client.name = name;
    if (!email.isEmpty())
        client.emails = {ContactChannel{email, QString(), QString()}};
    if (!phone.isEmpty())
        client.phones = {ContactChannel{phone, QString(), QString()}};
    return client;
}

ClientImporter::Preview previewVCard(Database& db, const QByteArray& bytes)
{
    const auto preview = ClientImporter(db).previewVCard(bytes);
    BUREAU_REQUIRE_OK(preview);
    return preview.value();
}

ClientImporter::Preview previewCsv(Database& db, const QByteArray& bytes)
{
    const auto preview = ClientImporter(db).previewCsv(bytes);
    BUREAU_REQUIRE_OK(preview);
    return preview.value();
}

const ClientImporter::Candidate* byName(const ClientImporter::Preview& preview, const QString& name)
{
    for (const ClientImporter::Candidate& candidate : preview.candidates) {
        if (candidate.client.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList contactNames(const ClientImporter::Candidate& candidate)
{
    QStringList names;
    for (const Contact& contact : candidate.contacts)
        names.append(contact.name);
    return names;
}

const QByteArray kTwoCompanies =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hélène Dupont\r\nN:Dupont;Hélène;;;\r\n"
    "ORG:Atelier Azur\r\nTITLE:Gérante\r\nEMAIL;TYPE=work:helene@azur.example\r\n"
    "TEL;TYPE=cell:06 12 34 56 78\r\nADR;TYPE=work:;;12 rue de la Paix;Lyon;;69002;France\r\n"
    "CATEGORIES:Clients,My Contacts\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marc Petit\r\nORG:ATELIER AZUR\r\n"
    "EMAIL:marc@azur.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Lefèvre\r\nN:Lefèvre;Zoé;;;\r\n"
    "EMAIL;TYPE=home:zoe@example.fr\r\nTEL:+41 22 345 67 89\r\n"
    "ADR:;;Rue du Rhône 1;Genève;;1204;Suisse\r\nNOTE:Cliente depuis 2024.\r\nEND:VCARD\r\n";

} // namespace

TEST_CASE("ClientImporter maps cards with ORG to companies with contacts and others to persons", "[import]")
{
    TempDatabase db;
    const ClientImporter::Preview preview = previewVCard(db.db(), kTwoCompanies);
    CHECK(preview.format == ClientImporter::Format::VCard);
    REQUIRE(preview.candidates.size() == 2);

    const ClientImporter::Candidate& azur = preview.candidates.at(0);
    CHECK(azur.line == 1);
    CHECK(azur.client.name == QStringLiteral("Atelier Azur"));
    CHECK(azur.client.kind == Client::Kind::Company);
    CHECK(azur.client.professional);
    // Two cards of the same organisation (case aside) are one company with two contacts.
    CHECK(contactNames(azur) == (QStringList{QStringLiteral("Hélène Dupont"), QStringLiteral("Marc Petit")}));
    CHECK(azur.contacts.at(0).primary);
    CHECK(azur.contacts.at(0).role == QStringLiteral("Gérante"));
    CHECK(azur.contacts.at(0).email == QStringLiteral("helene@azur.example"));
    CHECK(azur.contacts.at(0).phone == QStringLiteral("06 12 34 56 78"));
    // Without a company card, the first person's details serve the company.
    CHECK(azur.client.mainEmail() == QStringLiteral("helene@azur.example"));
    CHECK(azur.client.city == QStringLiteral("Lyon"));
    CHECK(azur.client.postalCode == QStringLiteral("69002"));
    CHECK(azur.client.country == QStringLiteral("FR"));
    CHECK(azur.client.tags == QStringList{QStringLiteral("Clients")}); // "My Contacts" is Google's, not a tag
    CHECK(azur.action == Action::Import);
    CHECK_FALSE(azur.isDuplicate());
    CHECK(azur.warnings.isEmpty());

    const ClientImporter::Candidate& zoe = preview.candidates.at(1);
    CHECK(zoe.line == 18);
    CHECK(zoe.client.name == QStringLiteral("Zoé Lefèvre"));
    CHECK(zoe.client.kind == Client::Kind::Person);
    CHECK(zoe.client.professional); // the safe default for invoicing; the user unticks it for a private person
    CHECK(zoe.contacts.isEmpty());
    CHECK(zoe.client.country == QStringLiteral("CH"));
    CHECK(zoe.client.timeZone == QStringLiteral("Europe/Zurich"));
    CHECK(zoe.client.language == QStringLiteral("fr"));
    CHECK(zoe.client.postalCode == QStringLiteral("1204"));
    REQUIRE(zoe.client.phones.size() == 1);
    CHECK(zoe.client.phones.at(0).e164 == QStringLiteral("+41223456789"));
    CHECK(zoe.client.notes == QStringLiteral("Cliente depuis 2024."));
}

TEST_CASE("ClientImporter keeps what it cannot store in the notes with a warning", "[import]")
{
    TempDatabase db;
    const QByteArray bytes = "BEGIN:VCARD\nVERSION:4.0\nFN:Sherlock Holmes\n"
                             "TEL;VALUE=uri;TYPE=\"voice,home\":tel:+44-555-555-5555;ext=5555\n"
                             "TEL;TYPE=work:call the office\n"
                             "EMAIL:not an address\nEMAIL:sherlock@example.com\n"
                             "ADR:;;221B Baker Street;London;;NW1 6XE;Atlantis\n"
                             "CATEGORIES:"
                             + QByteArray(50, 'x')
                             + "\nEND:VCARD\n"
                               "BEGIN:VCARD\nVERSION:3.0\nEMAIL:no.name@example.fr\nEND:VCARD\n"
                               "BEGIN:VCARD\nVERSION:3.0\nNOTE:nobody\nEND:VCARD\n";
    const ClientImporter::Preview preview = previewVCard(db.db(), bytes);
    REQUIRE(preview.candidates.size() == 3);

    const ClientImporter::Candidate& holmes = preview.candidates.at(0);
    CHECK(holmes.canImport());
    REQUIRE(holmes.client.phones.size() == 1);
    CHECK(holmes.client.phones.at(0).value == QStringLiteral("+44-555-555-5555"));
    CHECK(holmes.client.phones.at(0).label == QStringLiteral("Home, ext. 5555"));
    CHECK(holmes.client.emails.size() == 1);
    CHECK(holmes.client.mainEmail() == QStringLiteral("sherlock@example.com"));
    CHECK(holmes.client.country == QStringLiteral("FR")); // "Atlantis" is no country: the default stays
    // The e-mail, the second phone, the country, the postal code (not French) and the 50-letter tag.
    CHECK(holmes.warnings.size() == 5);
    CHECK(holmes.warnings.contains(QStringLiteral("Country “Atlantis” was not recognised; it is kept in the notes.")));
    CHECK(holmes.client.notes.contains(QStringLiteral("Country (not recognised): Atlantis")));
    CHECK(holmes.client.notes.contains(QStringLiteral("NW1 6XE")));
    CHECK(holmes.client.postalCode.isEmpty());
    CHECK(holmes.client.notes.contains(QStringLiteral("call the office")));
    CHECK(holmes.client.notes.contains(QStringLiteral("not an address")));
    CHECK(holmes.client.tags.isEmpty());
    CHECK(holmes.client.validate().isEmpty());

    // No name: the e-mail address names the client; nothing at all: cannot be imported.
    CHECK(preview.candidates.at(1).client.name == QStringLiteral("no.name@example.fr"));
    CHECK(preview.candidates.at(1).warnings.size() == 1);
    CHECK_FALSE(preview.candidates.at(2).canImport());
    CHECK(preview.candidates.at(2).action == Action::Skip);
    CHECK(preview.candidates.at(2).problem
          == QStringLiteral("This entry has no name, e-mail address or phone number: there is nothing to import."));
}

TEST_CASE("ClientImporter flags duplicates by folded name e-mail and phone", "[import]")
{
    TempDatabase db;
    const qint64 lumiere =
        addClient(db.db(), company(QStringLiteral("Atelier Lumière"), QStringLiteral("contact@lumiere.fr"),
                                   QStringLiteral("04 78 12 34 56")));
    const qint64 other = addClient(db.db(), company(QStringLiteral("Cabinet Martin")));
    Contact contact;
    contact.clientId = other;
    contact.name = QStringLiteral("Paul Martin");
    contact.email = QStringLiteral("paul@martin.example");
    BUREAU_REQUIRE_OK(ClientRepository(db.db()).addContact(contact));

    const QByteArray bytes = "BEGIN:VCARD\nFN:ATELIER LUMIERE\nKIND:org\nEND:VCARD\n"
                             "BEGIN:VCARD\nFN:Someone Else\nEMAIL:Contact@Lumiere.FR\nEND:VCARD\n"
                             "BEGIN:VCARD\nFN:A Phone\nTEL:+33 4 78 12 34 56\nEND:VCARD\n"
                             "BEGIN:VCARD\nFN:Paul M.\nEMAIL:PAUL@martin.example\nEND:VCARD\n"
                             "BEGIN:VCARD\nFN:New Person\nEMAIL:new@example.fr\nEND:VCARD\n"
                             "BEGIN:VCARD\nFN:New  person\nEND:VCARD\n"
                             "BEGIN:VCARD\nFN:Third\nEMAIL:NEW@example.fr\nEND:VCARD\n";
    const ClientImporter::Preview preview = previewVCard(db.db(), bytes);
    REQUIRE(preview.candidates.size() == 7);
    const auto& c = preview.candidates;

    CHECK(c.at(0).existingClientId == lumiere);
    CHECK(c.at(0).match == ClientImporter::Match::Name);
    CHECK(c.at(0).duplicateReason == QStringLiteral("A client named “Atelier Lumière” already exists."));
    CHECK(c.at(1).existingClientId == lumiere);
    CHECK(c.at(1).match == ClientImporter::Match::Email);
    CHECK(c.at(1).duplicateReason == QStringLiteral("Same e-mail address as the client “Atelier Lumière”."));
    CHECK(c.at(2).existingClientId == lumiere);
    CHECK(c.at(2).match == ClientImporter::Match::Phone);
    // A contact's e-mail counts too.
    CHECK(c.at(3).existingClientId == other);
    CHECK(c.at(3).existingClientName == QStringLiteral("Cabinet Martin"));
    CHECK_FALSE(c.at(4).isDuplicate());
    CHECK(c.at(4).action == Action::Import);
    // Duplicates inside the file.
    CHECK(c.at(5).duplicateOfCandidate == 4);
    CHECK(c.at(5).match == ClientImporter::Match::Name);
    CHECK(c.at(5).duplicateReason == QStringLiteral("Same name as line 17 of this file."));
    CHECK(c.at(6).duplicateOfCandidate == 4);
    CHECK(c.at(6).duplicateReason == QStringLiteral("Same e-mail address as “New Person”, line 17 of this file."));
    for (int i : {0, 1, 2, 3, 5, 6})
        CHECK(c.at(i).action == Action::Skip);
    CHECK(preview.duplicateCount() == 6);
    CHECK(preview.count(Action::Import) == 1);
    CHECK(ClientImporter::matchText(ClientImporter::Match::Phone) == QStringLiteral("Phone"));
}

TEST_CASE("ClientImporter commits the chosen candidates in one transaction", "[import]")
{
    TempDatabase db;
    ClientImporter importer(db.db());
    const ClientImporter::Preview preview = previewVCard(db.db(), kTwoCompanies);
    const auto summary = importer.commit(preview);
    BUREAU_REQUIRE_OK(summary);
    CHECK(summary->imported == 2);
    CHECK(summary->contacts == 2);
    CHECK(summary->skipped == 0);
    REQUIRE(summary->createdClientIds.size() == 2);
    CHECK(count(db.db(), QStringLiteral("clients")) == 2);
    CHECK(count(db.db(), QStringLiteral("contacts")) == 2);

    ClientRepository repository(db.db());
    const auto azur = repository.load(summary->createdClientIds.at(0));
    BUREAU_REQUIRE_OK(azur);
    CHECK(azur->name == QStringLiteral("Atelier Azur"));
    CHECK(azur->tags == QStringList{QStringLiteral("Clients")});
    const auto contacts = repository.contacts(azur->id);
    BUREAU_REQUIRE_OK(contacts);
    REQUIRE(contacts->size() == 2);
    CHECK(contacts->at(0).name == QStringLiteral("Hélène Dupont"));
    CHECK(contacts->at(0).primary);
    CHECK(contacts->at(0).phoneE164 == QStringLiteral("+33612345678"));
    // Search as you type finds what was imported, accents folded.
    const auto found = repository.search(QStringLiteral("lefevre"));
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == QList<qint64>{summary->createdClientIds.at(1)});

    // The same file again: everything is a duplicate now, and skipped.
    const ClientImporter::Preview again = previewVCard(db.db(), kTwoCompanies);
    CHECK(again.duplicateCount() == 2);
    const auto second = importer.commit(again);
    BUREAU_REQUIRE_OK(second);
    CHECK(second->imported == 0);
    CHECK(second->skipped == 2);
    CHECK(count(db.db(), QStringLiteral("clients")) == 2);
}

TEST_CASE("ClientImporter merges a company's new contacts into the stored client", "[import]")
{
    TempDatabase db;
    const qint64 azur = addClient(db.db(), company(QStringLiteral("Atelier Azur")));
    Contact marc;
    marc.clientId = azur;
    marc.name = QStringLiteral("Marc Petit");
    BUREAU_REQUIRE_OK(ClientRepository(db.db()).addContact(marc));

    const ClientImporter::Preview preview = previewVCard(db.db(), kTwoCompanies);
    REQUIRE(preview.candidates.size() == 2);
    CHECK(preview.candidates.at(0).existingClientId == azur);
    CHECK(preview.candidates.at(0).canMerge());
    CHECK_FALSE(preview.candidates.at(1).canMerge());
    const auto summary = ClientImporter(db.db()).commit(preview, {Action::Merge, Action::Skip});
    BUREAU_REQUIRE_OK(summary);
    CHECK(summary->merged == 1);
    CHECK(summary->contacts == 1); // Marc Petit was there already
    CHECK(summary->skipped == 1);
    CHECK(count(db.db(), QStringLiteral("clients")) == 1);
    const auto contacts = ClientRepository(db.db()).contacts(azur);
    BUREAU_REQUIRE_OK(contacts);
    REQUIRE(contacts->size() == 2);
    CHECK(contacts->at(0).name == QStringLiteral("Marc Petit")); // still the primary one
    CHECK(contacts->at(1).name == QStringLiteral("Hélène Dupont"));
}

TEST_CASE("A bad file or a failing candidate leaves the database unchanged", "[import]")
{
    TempDatabase db;
    addClient(db.db(), company(QStringLiteral("Existing"), QStringLiteral("existing@example.fr")));
    const QStringList before = snapshot(db.db());
    ClientImporter importer(db.db());

    SECTION("a malformed vCard is refused whole with its line")
    {
        const QByteArray bytes = kTwoCompanies + "BEGIN:VCARD\r\nFN:Unfinished\r\n";
        const auto preview = importer.previewVCard(bytes);
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().kind == Error::Kind::Invalid);
        CHECK(preview.error().message
              == QStringLiteral("Line 28: the file ends inside the vCard that begins on line 27, which has no "
                                "END:VCARD line."));
    }
    SECTION("a candidate that fails validation at commit rolls back the ones before it")
    {
        ClientImporter::Preview preview = previewVCard(db.db(), kTwoCompanies);
        REQUIRE(preview.candidates.size() == 2);
        // The user edits the second candidate in the preview into something the repository refuses.
        preview.candidates[1].client.timeZone = QStringLiteral("Mars/Olympus_Mons");
        const auto summary = importer.commit(preview);
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().message.startsWith(QStringLiteral("Line 18: “Zoé Lefèvre” cannot be imported: ")));
    }
    SECTION("a candidate that cannot be imported is refused when chosen")
    {
        const ClientImporter::Preview preview =
            previewVCard(db.db(), kTwoCompanies + "BEGIN:VCARD\r\nNOTE:nobody\r\nEND:VCARD\r\n");
        const auto summary = importer.commit(preview, {Action::Import, Action::Import, Action::Import});
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().message.startsWith(QStringLiteral("Line 27: ")));
    }
    SECTION("a client stored since the preview is not duplicated")
    {
        const ClientImporter::Preview preview = previewVCard(db.db(), kTwoCompanies);
        const QStringList middle = snapshot(db.db());
        CHECK(middle == before); // a preview writes nothing
        // Another window stores Zoé meanwhile.
        const qint64 zoe = addClient(db.db(), company(QStringLiteral("Zoe Lefevre")));
        const QStringList withZoe = snapshot(db.db());
        const auto summary = importer.commit(preview);
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().kind == Error::Kind::Conflict);
        CHECK(summary.error().message
              == QStringLiteral("Line 18: “Zoé Lefèvre” would duplicate the client “Zoe Lefevre”, stored since the "
                                "preview. Preview the file again."));
        CHECK(snapshot(db.db()) == withZoe);
        BUREAU_REQUIRE_OK(ClientRepository(db.db()).remove(zoe));
    }
    SECTION("choices that do not match the preview")
    {
        const ClientImporter::Preview preview = previewVCard(db.db(), kTwoCompanies);
        const auto summary = importer.commit(preview, {Action::Import});
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().kind == Error::Kind::Invalid);
    }
    SECTION("a CSV without a header Bureau knows")
    {
        const auto preview = importer.previewCsv("foo;bar\n1;2\n");
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().message.startsWith(QStringLiteral("Line 1: the first line must name the columns")));
    }
    SECTION("a CSV with a quote never closed")
    {
        const auto preview = importer.previewCsv("Nom;E-mail\nDupont;\"d@example.fr\nMartin;m@example.fr\n");
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().message.startsWith(QStringLiteral("Line 2: a quoted field begins here")));
    }
    CHECK(snapshot(db.db()) == before);
}

TEST_CASE("ClientImporter reads every real vCard export of the shared interop folder", "[import]")
{
    const QDir dir(interopDir() + QStringLiteral("/vcf"));
    if (!dir.exists()) {
        if (underCi())
            FAIL("The interop vCard folder is missing: " << dir.path().toStdString());
        SUCCEED("skipped: no interop vCard folder at " << dir.path().toStdString());
        return;
    }
    TempDatabase db;
    ClientImporter importer(db.db());
    int files = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name)) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        const QStringList before = snapshot(db.db());
        const auto preview = importer.previewFile(path);
        if (name == QStringLiteral("evolution_missing_end_vcard.vcf")) {
            REQUIRE_FALSE(preview.ok());
            CHECK(preview.error().message.startsWith(QStringLiteral("Line 11: ")));
            CHECK(snapshot(db.db()) == before);
            continue;
        }
        BUREAU_REQUIRE_OK(preview);
        ++files;
        const auto cards = VCardReader::parse(readAll(path));
        BUREAU_REQUIRE_OK(cards);
        // Every card's person or organisation is there, as a client or as a company's contact.
        QStringList clientNames;
        QStringList people;
        for (const ClientImporter::Candidate& candidate : preview->candidates) {
            clientNames.append(candidate.client.name);
            people += contactNames(candidate);
            CHECK(candidate.canImport());
            CHECK(candidate.client.validate().isEmpty());
            for (const Contact& contact : candidate.contacts)
                CHECK(contact.validate().isEmpty());
        }
        for (const VCard& card : cards.value()) {
            const QString display = card.displayName();
            const bool found =
                clientNames.contains(display) || people.contains(display)
                || clientNames.contains(card.organization.simplified())
                || (display.isEmpty() && !card.emails.isEmpty() && clientNames.contains(card.emails.first().value));
            INFO(display.toStdString());
            CHECK(found);
        }
        // Importing it all: every candidate that is not a duplicate becomes a client.
        const int toImport = preview->count(Action::Import);
        const qint64 clientsBefore = count(db.db(), QStringLiteral("clients"));
        const auto summary = importer.commit(preview.value());
        BUREAU_REQUIRE_OK(summary);
        CHECK(summary->imported == toImport);
        CHECK(count(db.db(), QStringLiteral("clients")) == clientsBefore + toImport);
    }
    CHECK(files == 19);

    // Specific files, by what they exercise.
    TempDatabase fresh;
    ClientImporter other(fresh.db());
    const auto sap = other.previewFile(dir.filePath(QStringLiteral("apple_addressbook_multi_8bit.vcf")));
    BUREAU_REQUIRE_OK(sap);
    const ClientImporter::Candidate* sapCompany = byName(sap.value(), QStringLiteral("SAP"));
    REQUIRE(sapCompany != nullptr);
    CHECK(sapCompany->contacts.size() == 20);
    CHECK(contactNames(*sapCompany).contains(QStringLiteral("Berit Müller")));
    const ClientImporter::Candidate* nike = byName(sap.value(), QStringLiteral("Nike"));
    REQUIRE(nike != nullptr);
    CHECK(contactNames(*nike) == QStringList{QStringLiteral("Ingrid Spaßlund")});
    CHECK(byName(sap.value(), QStringLiteral("Gwendolina Brown")) != nullptr);
    // "Karlsruhe Travel" is both the FN and the ORG of Frida Töcken's card: the company's own card.
    const ClientImporter::Candidate* travel = byName(sap.value(), QStringLiteral("Karlsruhe Travel"));
    REQUIRE(travel != nullptr);
    CHECK(travel->contacts.isEmpty());

    const auto utf16 = other.previewFile(dir.filePath(QStringLiteral("apple_addressbook_utf16.vcf")));
    BUREAU_REQUIRE_OK(utf16);
    REQUIRE(utf16->candidates.size() == 1);
    CHECK(utf16->candidates.at(0).client.name == QStringLiteral("Ǽgean ĽdaMonté"));
    CHECK(utf16->candidates.at(0).client.country == QStringLiteral("PE"));
    CHECK(utf16->candidates.at(0).client.city == QStringLiteral("LaPaz"));

    const auto french = other.previewFile(dir.filePath(QStringLiteral("french_accent_no_version.vcf")));
    BUREAU_REQUIRE_OK(french);
    REQUIRE(french->candidates.size() == 1);
    CHECK(french->candidates.at(0).client.name == QStringLiteral("First Name côté"));
    CHECK(french->candidates.at(0).client.kind == Client::Kind::Person);

    const auto windows = other.previewFile(dir.filePath(QStringLiteral("outlook_charset_windows1252.vcf")));
    BUREAU_REQUIRE_OK(windows);
    REQUIRE(windows->candidates.size() == 1);
    CHECK(windows->candidates.at(0).client.name == QStringLiteral("roundcube.net"));
    CHECK(contactNames(windows->candidates.at(0)) == QStringList{QStringLiteral("John Doë")});
}

TEST_CASE("ClientImporter reads a French Excel CSV of clients", "[import][csv]")
{
    TempDatabase db;
    // Saved by French Excel: semicolons, Windows-1252, CRLF.
    const QByteArray bytes = "Nom;Pr\xE9nom;Soci\xE9t\xE9;Fonction;E-mail;T\xE9l\xE9phone;Code postal;Ville;Pays;"
                             "\xC9tiquettes;Colonne inconnue\r\n"
                             "Dupont;H\xE9l\xE8ne;Atelier Azur;G\xE9rante;helene@azur.example;06 12 34 56 78;69002;"
                             "Lyon;France;VIP, Lyon;x\r\n"
                             "Petit;Marc;ATELIER AZUR;;marc@azur.example;;;;;;\r\n"
                             "Lef\xE8vre;Zo\xE9;;;zoe@example.fr;+41 22 345 67 89;1204;Gen\xE8ve;Suisse;;\r\n"
                             ";;Cabinet Conseil;;contact@conseil.example;;;;Belgique;;;extra cell\r\n";
    const ClientImporter::Preview preview = previewCsv(db.db(), bytes);
    CHECK(preview.format == ClientImporter::Format::Csv);
    CHECK(preview.ignoredColumns == QStringList{QStringLiteral("Colonne inconnue")});
    REQUIRE(preview.candidates.size() == 3);

    const ClientImporter::Candidate& azur = preview.candidates.at(0);
    CHECK(azur.line == 2);
    CHECK(azur.client.name == QStringLiteral("Atelier Azur"));
    CHECK(azur.client.kind == Client::Kind::Company);
    CHECK(contactNames(azur) == (QStringList{QStringLiteral("Hélène Dupont"), QStringLiteral("Marc Petit")}));
    CHECK(azur.contacts.at(0).role == QStringLiteral("Gérante"));
    CHECK(azur.client.tags == (QStringList{QStringLiteral("VIP"), QStringLiteral("Lyon")}));
    CHECK(azur.client.city == QStringLiteral("Lyon"));

    const ClientImporter::Candidate& zoe = preview.candidates.at(1);
    CHECK(zoe.client.name == QStringLiteral("Zoé Lefèvre"));
    CHECK(zoe.client.kind == Client::Kind::Person);
    CHECK(zoe.client.country == QStringLiteral("CH"));

    const ClientImporter::Candidate& conseil = preview.candidates.at(2);
    CHECK(conseil.line == 5);
    CHECK(conseil.client.name == QStringLiteral("Cabinet Conseil"));
    CHECK(conseil.contacts.isEmpty());
    CHECK(conseil.client.country == QStringLiteral("BE"));
    CHECK(conseil.warnings
          == QStringList{
              QStringLiteral("Line 5 has more cells than the first line names; the extra ones were not read.")});

    const auto summary = ClientImporter(db.db()).commit(preview);
    BUREAU_REQUIRE_OK(summary);
    CHECK(summary->imported == 3);
    CHECK(count(db.db(), QStringLiteral("contacts")) == 2);
}

TEST_CASE("ClientImporter reads type status and identifiers columns of a client CSV", "[import][csv]")
{
    TempDatabase db;
    const QByteArray bytes = "Name,Type,Private,Status,SIRET,VAT number,Language,Email,Website\n"
                             "Jean Martin,Person,yes,Prospect,,,en,jean@example.com,\n"
                             "Atelier Lumière,Company,,Former,732 829 320 00074,FR44732829320,,,lumiere.fr\n"
                             "Plain Name,,,,123,,,,\n";
    const ClientImporter::Preview preview = previewCsv(db.db(), bytes);
    REQUIRE(preview.candidates.size() == 3);
    const Client& jean = preview.candidates.at(0).client;
    CHECK(jean.kind == Client::Kind::Person);
    CHECK_FALSE(jean.professional);
    CHECK(jean.status == Client::Status::Prospect);
    CHECK(jean.language == QStringLiteral("en"));
    const Client& lumiere = preview.candidates.at(1).client;
    CHECK(lumiere.kind == Client::Kind::Company);
    CHECK(lumiere.status == Client::Status::Former);
    CHECK(lumiere.siret == QStringLiteral("73282932000074"));
    CHECK(lumiere.vatNumber == QStringLiteral("FR44732829320"));
    CHECK(lumiere.website == QStringLiteral("lumiere.fr"));
    // A name alone is a company (Client's default); a bad SIRET is kept in the notes.
    const ClientImporter::Candidate& plain = preview.candidates.at(2);
    CHECK(plain.client.kind == Client::Kind::Company);
    CHECK(plain.client.siret.isEmpty());
    CHECK(plain.warnings.size() == 1);
    CHECK(plain.client.notes.contains(QStringLiteral("123")));
}

TEST_CASE("ClientExporter writes vCard 4.0 that imports back as the same clients", "[import][vcard]")
{
    TempDatabase db;
    Client lumiere = company(QStringLiteral("Atelier Lumière"), QStringLiteral("contact@lumiere.fr"),
                             QStringLiteral("04 78 12 34 56"));
    lumiere.emails.append(ContactChannel{QStringLiteral("compta@lumiere.fr"), QString(), QStringLiteral("Accounts")});
    lumiere.addressLines = {QStringLiteral("8 place Bellecour"), QStringLiteral("3e étage")};
    lumiere.postalCode = QStringLiteral("69002");
    lumiere.city = QStringLiteral("Lyon");
    lumiere.tags = {QStringLiteral("VIP")};
    lumiere.notes = QStringLiteral("Code porte ; 1234, puis « B ».");
    const qint64 lumiereId = addClient(db.db(), lumiere);
    ClientRepository repository(db.db());
    for (const QString& name : {QStringLiteral("Hélène Dupont"), QStringLiteral("Marc Petit")}) {
        Contact contact;
        contact.clientId = lumiereId;
        contact.name = name;
        contact.role = QStringLiteral("Gérance");
        contact.email = TextFold::words(name).join(QLatin1Char('.')) + QStringLiteral("@lumiere.fr");
        BUREAU_REQUIRE_OK(repository.addContact(contact));
    }
    Client zoe;
    zoe.name = QStringLiteral("Zoé Lefèvre");
    zoe.kind = Client::Kind::Person;
    zoe.professional = false;
    zoe.country = QStringLiteral("CH");
    zoe.timeZone = QStringLiteral("Europe/Zurich");
    zoe.city = QStringLiteral("Genève");
    zoe.phones = {ContactChannel{QStringLiteral("+41 22 345 67 89"), QString(), QStringLiteral("Mobile")}};
    const qint64 zoeId = addClient(db.db(), zoe);

    const auto bytes = ClientExporter(db.db()).vCard({lumiereId, zoeId});
    BUREAU_REQUIRE_OK(bytes);
    CHECK(bytes->startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Atelier Lumi\xC3\xA8re\r\n"));
    CHECK(bytes->contains("EMAIL;PREF=1:contact@lumiere.fr\r\n"));
    CHECK(bytes->contains("TEL;TYPE=cell;PREF=1:+41 22 345 67 89\r\n"));
    CHECK(bytes->contains("N:Lef\xC3\xA8vre;Zo\xC3\xA9;;;\r\n"));
    CHECK(bytes->count("UID:urn:uuid:") == 4);
    // Stable UIDs: a second export is byte for byte the same.
    CHECK(ClientExporter(db.db()).vCard({lumiereId, zoeId}).value() == bytes.value());
    CHECK_FALSE(ClientExporter(db.db()).vCard({9999}).ok());

    // Into another database: the same clients, contacts, channels and address.
    TempDatabase other;
    const ClientImporter::Preview preview = previewVCard(other.db(), bytes.value());
    REQUIRE(preview.candidates.size() == 2);
    const ClientImporter::Candidate& back = preview.candidates.at(0);
    CHECK(back.client.name == lumiere.name);
    CHECK(back.client.kind == Client::Kind::Company);
    CHECK(back.client.emails.size() == 2);
    CHECK(back.client.mainEmail() == QStringLiteral("contact@lumiere.fr"));
    CHECK(back.client.addressLines == lumiere.addressLines);
    CHECK(back.client.postalCode == lumiere.postalCode);
    CHECK(back.client.city == lumiere.city);
    CHECK(back.client.country == QStringLiteral("FR"));
    CHECK(back.client.tags == lumiere.tags);
    CHECK(back.client.notes == lumiere.notes);
    CHECK(contactNames(back) == (QStringList{QStringLiteral("Hélène Dupont"), QStringLiteral("Marc Petit")}));
    CHECK(back.contacts.at(1).email == QStringLiteral("marc.petit@lumiere.fr"));
    CHECK(back.contacts.at(1).role == QStringLiteral("Gérance"));
    CHECK(back.warnings.isEmpty());
    const ClientImporter::Candidate& person = preview.candidates.at(1);
    CHECK(person.client.name == zoe.name);
    CHECK(person.client.kind == Client::Kind::Person);
    CHECK(person.client.country == QStringLiteral("CH"));
    CHECK(person.client.phones.at(0).label == QStringLiteral("Mobile"));
}

TEST_CASE("ClientExporter writes the client list as CSV with every column the list shows", "[import][csv]")
{
    TempDatabase db;
    addClient(db.db(), company(QStringLiteral("=HYPERLINK(\"http://evil.example\";\"Cliquez\")")));
    Client lumiere = company(QStringLiteral("Atelier Lumière; Lyon"), QStringLiteral("contact@lumiere.fr"),
                             QStringLiteral("+33 4 78 12 34 56"));
    lumiere.city = QStringLiteral("Lyon");
    lumiere.hourlyRate = Money::fromCents(4550, QStringLiteral("EUR"));
    addClient(db.db(), lumiere);
    Client archived = company(QStringLiteral("Ancien client"));
    archived.archived = true;
    addClient(db.db(), archived);

    ClientExporter exporter(db.db());
    const auto csv = exporter.clientListCsv(false, CsvWriter::Options{QLatin1Char(';'), true});
    BUREAU_REQUIRE_OK(csv);
    CHECK(csv->startsWith("\xEF\xBB\xBF"));
    const auto table = CsvReader::parse(csv.value());
    BUREAU_REQUIRE_OK(table);
    CHECK(table->separator == QLatin1Char(';'));
    ClientListModel model(db.db());
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    REQUIRE(table->records.size() == 3);
    CHECK(table->records.at(0) == headers);
    // Sorted by name as the list is; the formula is neutralised, the separator quoted.
    CHECK(table->records.at(1).at(ClientListModel::Name)
          == QStringLiteral("'=HYPERLINK(\"http://evil.example\";\"Cliquez\")"));
    CHECK(table->records.at(2).at(ClientListModel::Name) == QStringLiteral("Atelier Lumière; Lyon"));
    CHECK(table->records.at(2).at(ClientListModel::Email) == QStringLiteral("contact@lumiere.fr"));
    CHECK(table->records.at(2).at(ClientListModel::Phone) == QStringLiteral("'+33 4 78 12 34 56"));
    CHECK(table->records.at(2).at(ClientListModel::City) == QStringLiteral("Lyon"));
    CHECK(table->records.at(2).at(ClientListModel::HourlyRate)
          == model.data(model.index(1, ClientListModel::HourlyRate)).toString());
    CHECK(csv->contains("\"Atelier Lumi\xC3\xA8re; Lyon\""));

    const auto all = exporter.clientListCsv(true, CsvWriter::Options{});
    BUREAU_REQUIRE_OK(all);
    CHECK_FALSE(all->startsWith("\xEF\xBB\xBF"));
    const auto allTable = CsvReader::parse(all.value());
    BUREAU_REQUIRE_OK(allTable);
    CHECK(allTable->separator == QLatin1Char(','));
    CHECK(allTable->records.size() == 4);
}

TEST_CASE("ClientImporter reads Google and Outlook contact CSV exports", "[import][csv]")
{
    TempDatabase db;
    SECTION("Google Contacts")
    {
        const QByteArray bytes =
            "First Name,Middle Name,Last Name,Phonetic First Name,Organization Name,Organization Title,"
            "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Formatted,"
            "Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country,Labels,Notes\n"
            "Hélène,,Dupont,,Atelier Azur,Gérante,* Work,helene@azur.example ::: h.dupont@example.com,Mobile,"
            "06 12 34 56 78,\"12 rue de la Paix\n69002 Lyon\",12 rue de la Paix,Lyon,69002,France,"
            "* myContacts ::: VIP,Rappeler mardi\n";
        const ClientImporter::Preview preview = previewCsv(db.db(), bytes);
        CHECK(preview.ignoredColumns.contains(QStringLiteral("Phonetic First Name")));
        CHECK(preview.ignoredColumns.contains(QStringLiteral("E-mail 1 - Label")));
        REQUIRE(preview.candidates.size() == 1);
        const ClientImporter::Candidate& azur = preview.candidates.at(0);
        CHECK(azur.client.name == QStringLiteral("Atelier Azur"));
        CHECK(contactNames(azur) == QStringList{QStringLiteral("Hélène Dupont")});
        CHECK(azur.contacts.at(0).role == QStringLiteral("Gérante"));
        CHECK(azur.contacts.at(0).email == QStringLiteral("helene@azur.example"));
        CHECK(azur.contacts.at(0).notes == QStringLiteral("Rappeler mardi"));
        CHECK(azur.client.emails.size() == 2);
        CHECK(azur.client.addressLines == QStringList{QStringLiteral("12 rue de la Paix")});
        CHECK(azur.client.tags == QStringList{QStringLiteral("VIP")});
        CHECK(azur.warnings.isEmpty());
    }
    SECTION("Outlook")
    {
        const QByteArray bytes = "\"First Name\",\"Last Name\",\"Title\",\"E-mail Address\",\"E-mail Display Name\","
                                 "\"Business Phone\",\"Job Title\",\"Company\",\"IMAddress\",\"Business Street\","
                                 "\"Business City\",\"Business Postal Code\",\"Business Country/Region\"\r\n"
                                 "\"Marc\",\"Petit\",\"M.\",\"marc@petit.example\",\"Marc Petit (marc@petit.example)\","
                                 "\"+32 2 123 45 67\",\"Comptable\",\"\",\"marc@im.example\",\"Rue Royale 1\","
                                 "\"Bruxelles\",\"1000\",\"Belgique\"\r\n";
        const ClientImporter::Preview preview = previewCsv(db.db(), bytes);
        CHECK(preview.ignoredColumns.contains(QStringLiteral("Title")));
        CHECK(preview.ignoredColumns.contains(QStringLiteral("E-mail Display Name")));
        REQUIRE(preview.candidates.size() == 1);
        const Client& marc = preview.candidates.at(0).client;
        CHECK(marc.name == QStringLiteral("Marc Petit"));
        CHECK(marc.kind == Client::Kind::Person);
        CHECK(marc.emails.size() == 1);
        CHECK(marc.mainPhone() == QStringLiteral("+32 2 123 45 67"));
        CHECK(marc.addressLines == QStringList{QStringLiteral("Rue Royale 1")});
        CHECK(marc.city == QStringLiteral("Bruxelles"));
        CHECK(marc.country == QStringLiteral("BE"));
        CHECK(marc.timeZone == QStringLiteral("Europe/Brussels"));
        CHECK(marc.language == QStringLiteral("fr"));
    }
}

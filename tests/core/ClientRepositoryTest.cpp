// SPDX-License-Identifier: GPL-3.0-or-later
// Clients and contacts in a real SQLite file: CRUD, channels, tags, the primary contact, name
// resolution for the CLI, archive and delete, and search as you type (accents, case, 1–2 letters,
// contacts, phones, tags, notes).
#include "support/TestSupport.h"

#include "core/domain/TextFold.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Migration.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

Client makeClient(const QString& name)
{
    Client client;
    client.name = name;
    return client;
}

Client fullClient()
{
    Client client;
    client.name = QStringLiteral("Atelier Lumière");
    client.kind = Client::Kind::Company;
    client.professional = true;
    client.legalForm = QStringLiteral("SARL");
    client.siret = QStringLiteral("732 829 320 00074");
    client.vatNumber = QStringLiteral("FR44732829320");
    client.addressLines = {QStringLiteral("8 place Bellecour"), QStringLiteral("3e étage")};
    client.postalCode = QStringLiteral("69002");
    client.city = QStringLiteral("Lyon");
    client.country = QStringLiteral("FR");
    client.emails = {ContactChannel{QStringLiteral("contact@lumiere.fr"), QString(), QStringLiteral("Work")},
                     ContactChannel{QStringLiteral("compta@lumiere.fr"), QString(), QStringLiteral("Accounts")}};
    client.phones = {ContactChannel{QStringLiteral("04 78 12 34 56"), QString(), QString()},
                     ContactChannel{QStringLiteral("+33 6 98 76 54 32"), QString(), QStringLiteral("Mobile")}};
    client.website = QStringLiteral("lumiere.fr");
    client.language = QStringLiteral("fr");
    client.timeZone = QStringLiteral("Europe/Paris");
    client.currency = QStringLiteral("EUR");
    client.hourlyRate = Money::fromCents(4550, QStringLiteral("EUR"));
    client.paymentTermsDays = 45;
    client.rounding = RoundingRule{15, RoundingRule::Mode::Nearest, RoundingRule::Scope::PerLine};
    client.status = Client::Status::Prospect;
    client.tags = {QStringLiteral("VIP"), QStringLiteral("Monthly report")};
    client.notes = QStringLiteral("Prefers e-mail in the morning.");
    return client;
}

Contact makeContact(qint64 clientId, const QString& name, bool primary = false)
{
    Contact contact;
    contact.clientId = clientId;
    contact.name = name;
    contact.primary = primary;
    return contact;
}

qint64 addClient(ClientRepository& repo, const Client& client)
{
    auto id = repo.add(client);
    BUREAU_REQUIRE_OK(id);
    return *id;
}

qint64 addContact(ClientRepository& repo, const Contact& contact)
{
    auto id = repo.addContact(contact);
    BUREAU_REQUIRE_OK(id);
    return *id;
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QList<qint64> search(ClientRepository& repo, const QString& text)
{
    auto found = repo.search(text, 100);
    BUREAU_REQUIRE_OK(found);
    return *found;
}

QList<qint64> primaries(ClientRepository& repo, qint64 clientId)
{
    auto contacts = repo.contacts(clientId);
    BUREAU_REQUIRE_OK(contacts);
    QList<qint64> ids;
    for (const Contact& contact : *contacts) {
        if (contact.primary)
            ids << contact.id;
    }
    return ids;
}

} // namespace

TEST_CASE("A client is stored and read back whole", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 id = addClient(repo, fullClient());
    CHECK(id > 0);

    auto loaded = repo.load(id);
    BUREAU_REQUIRE_OK(loaded);
    Client expected = fullClient().normalized();
    expected.id = id;
    expected.createdAtMs = tmp.clock().nowMs();
    expected.updatedAtMs = tmp.clock().nowMs();
    expected.tags = {QStringLiteral("Monthly report"), QStringLiteral("VIP")}; // read back in name order
    CHECK(loaded->siret == QStringLiteral("73282932000074"));
    CHECK(loaded->phones.at(0).e164 == QStringLiteral("+33478123456"));
    CHECK(loaded->phones.at(1).label == QStringLiteral("Mobile"));
    CHECK(*loaded == expected);

    // The main e-mail and phone are also in the clients row, which the list shows.
    QSqlQuery row(tmp->connection());
    REQUIRE(row.exec(QStringLiteral("SELECT email, phone, phone_e164, name_folded, archived_at FROM clients")));
    REQUIRE(row.next());
    CHECK(row.value(0).toString() == QStringLiteral("contact@lumiere.fr"));
    CHECK(row.value(1).toString() == QStringLiteral("04 78 12 34 56"));
    CHECK(row.value(2).toString() == QStringLiteral("+33478123456"));
    CHECK(row.value(3).toString() == QStringLiteral("atelier lumiere"));
    CHECK(row.value(4).isNull());
    row.finish();
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM client_channels")) == 4);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM tags")) == 2);
}

TEST_CASE("An invalid client is refused and nothing is written", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    Client client = fullClient();
    client.siret = QStringLiteral("73282932000075");
    client.paymentTermsDays = 90;
    auto added = repo.add(client);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().kind == Error::Kind::Invalid);
    CHECK(added.error().message.contains(QStringLiteral("SIRET")));
    CHECK(added.error().message.contains(QStringLiteral("60 days")));
    CHECK(added.error().detail.contains(QStringLiteral("siret")));
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM clients")) == 0);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM client_channels")) == 0);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM tags")) == 0);
}

TEST_CASE("Updating a client replaces its fields channels and tags", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 id = addClient(repo, fullClient());
    const qint64 other = addClient(repo, [] {
        Client c = makeClient(QStringLiteral("Studio Azur"));
        c.tags = {QStringLiteral("vip")};
        return c;
    }());

    tmp.clock().advanceMs(60'000);
    Client changed = *repo.load(id);
    changed.name = QStringLiteral("Atelier Lumière & Fils");
    changed.emails = {ContactChannel{QStringLiteral("bonjour@lumiere.fr"), QString(), QString()}};
    changed.phones.clear();
    changed.tags = {QStringLiteral("Weekly")};
    changed.hourlyRate = Money();
    changed.paymentTermsDays.reset();
    changed.status = Client::Status::Active;
    BUREAU_REQUIRE_OK(repo.update(changed));

    auto loaded = repo.load(id);
    BUREAU_REQUIRE_OK(loaded);
    CHECK(loaded->name == QStringLiteral("Atelier Lumière & Fils"));
    CHECK(loaded->mainEmail() == QStringLiteral("bonjour@lumiere.fr"));
    CHECK(loaded->emails.size() == 1);
    CHECK(loaded->phones.isEmpty());
    CHECK(loaded->tags == QStringList{QStringLiteral("Weekly")});
    CHECK_FALSE(loaded->hourlyRate.isValid());
    CHECK_FALSE(loaded->paymentTermsDays.has_value());
    CHECK(loaded->status == Client::Status::Active);
    CHECK(loaded->updatedAtMs == tmp.clock().nowMs());
    CHECK(loaded->createdAtMs == tmp.clock().nowMs() - 60'000);

    // "Monthly report" is used by nobody any more and is pruned; "VIP" is still Studio Azur's,
    // whose lower-case spelling joined the existing tag.
    auto tags = repo.tags();
    BUREAU_REQUIRE_OK(tags);
    CHECK(*tags == QStringList{QStringLiteral("VIP"), QStringLiteral("Weekly")});
    CHECK(repo.load(other)->tags == QStringList{QStringLiteral("VIP")});

    Client missing = changed;
    missing.id = 999;
    auto refused = repo.update(missing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::NotFound);
}

TEST_CASE("Loading a missing client is NotFound", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    auto loaded = repo.load(42);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().kind == Error::Kind::NotFound);
    CHECK(loaded.error().message.contains(QStringLiteral("42")));
}

TEST_CASE("Clients are resolved by id or by exact name for the CLI", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 lumiere = addClient(repo, makeClient(QStringLiteral("Atelier Lumière")));
    const qint64 geneva1 = addClient(repo, makeClient(QStringLiteral("Genève Conseil")));
    const qint64 geneva2 = addClient(repo, makeClient(QStringLiteral("genève conseil")));
    const qint64 numeric = addClient(repo, makeClient(QStringLiteral("1984")));

    CHECK(repo.resolve(QString::number(lumiere))->id == lumiere);
    CHECK(repo.resolve(QStringLiteral("atelier lumière"))->id == lumiere);
    CHECK(repo.resolve(QStringLiteral("  ATELIER   LUMIÈRE "))->id == lumiere);
    // Without accents, when no name matches with them.
    CHECK(repo.resolve(QStringLiteral("Atelier Lumiere"))->id == lumiere);
    // A number that is no id is read as a name.
    CHECK(repo.resolve(QStringLiteral("1984"))->id == numeric);

    auto ambiguous = repo.resolve(QStringLiteral("GENÈVE CONSEIL"));
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().kind == Error::Kind::Conflict);
    CHECK(ambiguous.error().message.contains(QStringLiteral("%1, %2").arg(geneva1).arg(geneva2)));

    // An exact (case-insensitive) spelling wins over an accent-folded one.
    const qint64 plain = addClient(repo, makeClient(QStringLiteral("Geneve Conseil")));
    CHECK(repo.resolve(QStringLiteral("geneve conseil"))->id == plain);

    auto missing = repo.resolve(QStringLiteral("Nobody"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("Nobody")));
    CHECK(repo.resolve(QStringLiteral("   ")).error().kind == Error::Kind::Invalid);
    CHECK(repo.resolve(QStringLiteral("777")).error().kind == Error::Kind::NotFound);

    auto byName = repo.findByName(QStringLiteral("genève CONSEIL"));
    BUREAU_REQUIRE_OK(byName);
    CHECK(byName->size() == 2);
}

TEST_CASE("Archiving hides a client and keeps it", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 id = addClient(repo, makeClient(QStringLiteral("Studio Azur")));
    BUREAU_REQUIRE_OK(repo.setArchived(id, true));
    CHECK(repo.load(id)->archived);
    CHECK(count(tmp.db(), QStringLiteral("SELECT archived_at FROM clients")) == tmp.clock().nowMs());
    CHECK(search(repo, QStringLiteral("azur")).isEmpty());
    auto withArchived = repo.search(QStringLiteral("azur"), 10, true);
    BUREAU_REQUIRE_OK(withArchived);
    CHECK(*withArchived == QList<qint64>{id});

    BUREAU_REQUIRE_OK(repo.setArchived(id, false));
    CHECK_FALSE(repo.load(id)->archived);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM clients WHERE archived_at IS NULL")) == 1);
    CHECK(repo.setArchived(999, true).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Removing a client deletes its contacts and returns its keychain entry names", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 id = addClient(repo, fullClient());
    const qint64 kept = addClient(repo, makeClient(QStringLiteral("Studio Azur")));
    addContact(repo, makeContact(id, QStringLiteral("Élodie Lefèvre")));
    BUREAU_REQUIRE_OK(tmp->write([&]() -> Status {
        QSqlQuery insert(tmp->connection());
        insert.prepare(QStringLiteral("INSERT INTO client_accesses (client_id, service, credential_name, revoked_at, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"));
        const QVariantList rows[] = {
            {id, QStringLiteral("Gmail"), QStringLiteral("access/1/aaaa"), QVariant()},
            {id, QStringLiteral("Qonto"), QVariant(QMetaType::fromType<QString>()), 5}, // revoked: no secret
            {kept, QStringLiteral("HubSpot"), QStringLiteral("access/2/bbbb"), QVariant()},
        };
        for (const QVariantList& row : rows) {
            for (const QVariant& value : row)
                insert.addBindValue(value);
            if (!insert.exec())
                return Database::sqlError(QStringLiteral("insert"), insert.lastError());
        }
        return {};
    }));

    auto removed = repo.remove(id);
    BUREAU_REQUIRE_OK(removed);
    CHECK(*removed == QStringList{QStringLiteral("access/1/aaaa")});
    CHECK(repo.load(id).error().kind == Error::Kind::NotFound);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM contacts")) == 0);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM client_channels")) == 0);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM client_accesses")) == 1);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM tags")) == 0);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM client_search")) == 1);
    CHECK(repo.remove(id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Removing a client with documents is refused with advice to archive", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 id = addClient(repo, fullClient());
    addContact(repo, makeContact(id, QStringLiteral("Élodie Lefèvre")));
    // Documents (a later issue) reference clients ON DELETE RESTRICT; a stand-in table does the same.
    BUREAU_REQUIRE_OK(
        tmp->exec(QStringLiteral("CREATE TABLE test_documents (id INTEGER PRIMARY KEY, "
                                 "client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT)")));
    BUREAU_REQUIRE_OK(tmp->exec(QStringLiteral("INSERT INTO test_documents (client_id) VALUES (%1)").arg(id)));

    auto removed = repo.remove(id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind == Error::Kind::Conflict);
    CHECK(removed.error().message
          == QStringLiteral("This client has documents (quotes, invoices, credit notes): archive it instead."));
    // Nothing went: the client, its contact, its tags and its search row are all still there.
    BUREAU_REQUIRE_OK(repo.load(id));
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM contacts")) == 1);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM tags")) == 2);
    CHECK(search(repo, QStringLiteral("lumiere")) == QList<qint64>{id});

    BUREAU_REQUIRE_OK(tmp->exec(QStringLiteral("DELETE FROM test_documents")));
    BUREAU_REQUIRE_OK(repo.remove(id));
}

TEST_CASE("The first contact is primary and one contact at most is", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 client = addClient(repo, makeClient(QStringLiteral("Studio Azur")));
    const qint64 a = addContact(repo, makeContact(client, QStringLiteral("Anaïs Noël")));
    CHECK(primaries(repo, client) == QList<qint64>{a});
    const qint64 b = addContact(repo, makeContact(client, QStringLiteral("Bruno Petit")));
    CHECK(primaries(repo, client) == QList<qint64>{a});
    const qint64 c = addContact(repo, makeContact(client, QStringLiteral("Chloé Roux"), true));
    CHECK(primaries(repo, client) == QList<qint64>{c});

    BUREAU_REQUIRE_OK(repo.setPrimaryContact(client, b));
    CHECK(primaries(repo, client) == QList<qint64>{b});
    auto listed = repo.contacts(client);
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->first().id == b); // primary first

    // Unmarking the primary contact leaves it primary; marking another moves the mark.
    Contact bruno = *repo.contact(b);
    bruno.primary = false;
    bruno.role = QStringLiteral("Gérant");
    BUREAU_REQUIRE_OK(repo.updateContact(bruno));
    CHECK(primaries(repo, client) == QList<qint64>{b});
    CHECK(repo.contact(b)->role == QStringLiteral("Gérant"));
    Contact anais = *repo.contact(a);
    anais.primary = true;
    BUREAU_REQUIRE_OK(repo.updateContact(anais));
    CHECK(primaries(repo, client) == QList<qint64>{a});

    // Removing the primary contact passes the mark to the oldest one left.
    BUREAU_REQUIRE_OK(repo.removeContact(a));
    CHECK(primaries(repo, client) == QList<qint64>{b});
    BUREAU_REQUIRE_OK(repo.removeContact(c));
    CHECK(primaries(repo, client) == QList<qint64>{b});

    // A contact of another client cannot be made this one's primary.
    const qint64 other = addClient(repo, makeClient(QStringLiteral("Other")));
    const qint64 stranger = addContact(repo, makeContact(other, QStringLiteral("Zoé")));
    CHECK(repo.setPrimaryContact(client, stranger).error().kind == Error::Kind::NotFound);
    CHECK(primaries(repo, other) == QList<qint64>{stranger});
}

TEST_CASE("Contacts are validated and read their phone in the client's country", "[client][repository]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    Client belgian = makeClient(QStringLiteral("Brussels Partners"));
    belgian.country = QStringLiteral("BE");
    belgian.timeZone = QStringLiteral("Europe/Brussels");
    const qint64 client = addClient(repo, belgian);

    Contact contact = makeContact(client, QStringLiteral("  Noémie   Faure "));
    contact.email = QStringLiteral(" noemie@example.be ");
    contact.phone = QStringLiteral("0470 12 34 56");
    contact.preferredChannel = Contact::Channel::Sms;
    contact.notes = QStringLiteral("Mornings only.");
    const qint64 id = addContact(repo, contact);
    auto stored = repo.contact(id);
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->name == QStringLiteral("Noémie Faure"));
    CHECK(stored->email == QStringLiteral("noemie@example.be"));
    CHECK(stored->phoneE164 == QStringLiteral("+32470123456"));
    CHECK(stored->preferredChannel == Contact::Channel::Sms);
    CHECK(stored->primary);
    CHECK(stored->createdAtMs == tmp.clock().nowMs());

    Contact bad = makeContact(client, QString());
    bad.email = QStringLiteral("nope");
    auto refused = repo.addContact(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("E-mail")));
    CHECK(repo.addContact(makeContact(999, QStringLiteral("X"))).error().kind == Error::Kind::NotFound);
    CHECK(repo.removeContact(999).error().kind == Error::Kind::NotFound);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM contacts")) == 1);
}

TEST_CASE("Search ignores accents and case and looks at name contacts phones tags and notes",
          "[client][repository][search]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    Client elodie = makeClient(QStringLiteral("Élodie Lefèvre"));
    elodie.kind = Client::Kind::Person;
    elodie.professional = false;
    elodie.phones = {ContactChannel{QStringLiteral("06 12 34 56 78"), QString(), QString()}};
    elodie.emails = {ContactChannel{QStringLiteral("elodie@lefevre.example"), QString(), QString()}};
    const qint64 e = addClient(repo, elodie);

    Client atelier = makeClient(QStringLiteral("Atelier Cœur de Lin"));
    atelier.tags = {QStringLiteral("Très important")};
    atelier.notes = QStringLiteral("Relance des fournisseurs le lundi.");
    atelier.city = QStringLiteral("Genève");
    atelier.country = QStringLiteral("CH");
    atelier.timeZone = QStringLiteral("Europe/Zurich");
    const qint64 a = addClient(repo, atelier);
    Contact dupont = makeContact(a, QStringLiteral("Jean-Baptiste Dupont"));
    dupont.email = QStringLiteral("jb.dupont@coeur.example");
    dupont.phone = QStringLiteral("+41 44 668 18 00");
    addContact(repo, dupont);

    const qint64 z = addClient(repo, makeClient(QStringLiteral("Zoé Studio")));
    const qint64 d = addClient(repo, makeClient(QStringLiteral("Dune Conseil")));

    CHECK(search(repo, QStringLiteral("elodie")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("ÉLODIE")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("lefev")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("lodi")) == QList<qint64>{e}); // a substring, not only a prefix
    CHECK(search(repo, QStringLiteral("coeur")) == QList<qint64>{a});
    CHECK(search(repo, QStringLiteral("cœur")) == QList<qint64>{a});
    CHECK(search(repo, QStringLiteral("dupont")) == QList<qint64>{a}); // a contact
    CHECK(search(repo, QStringLiteral("jb.dupont@")) == QList<qint64>{a});
    CHECK(search(repo, QStringLiteral("tres imp")) == QList<qint64>{a});        // a tag
    CHECK(search(repo, QStringLiteral("fournisseurs")) == QList<qint64>{a});    // the notes
    CHECK(search(repo, QStringLiteral("geneve")) == QList<qint64>{a});          // the city
    CHECK(search(repo, QStringLiteral("lefevre.example")) == QList<qint64>{e}); // an e-mail
    // Phones, typed with or without spaces, nationally or internationally.
    CHECK(search(repo, QStringLiteral("06 12 34")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("0612345678")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("+33 6 12 34 56 78")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("044 668")) == QList<qint64>{a});
    CHECK(search(repo, QStringLiteral("41446681800")) == QList<qint64>{a});
    // One or two letters: the start of the name.
    CHECK(search(repo, QStringLiteral("é")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("él")) == QList<qint64>{e});
    CHECK(search(repo, QStringLiteral("Z")) == QList<qint64>{z});
    CHECK(search(repo, QStringLiteral("du")) == QList<qint64>{d}); // not "Dupont", a contact's name
    CHECK(search(repo, QStringLiteral("a")) == QList<qint64>{a});
    // Several words: all must match; short ones start any word.
    CHECK(search(repo, QStringLiteral("jean b")) == QList<qint64>{a});
    CHECK(search(repo, QStringLiteral("jean x")).isEmpty());
    CHECK(search(repo, QStringLiteral("j d")) == QList<qint64>{a});
    CHECK(search(repo, QStringLiteral("elodie dupont")).isEmpty());
    CHECK(search(repo, QStringLiteral("nothing like it")).isEmpty());
    // Blank queries list everyone, in folded name order.
    CHECK(search(repo, QStringLiteral("  ")) == QList<qint64>{a, d, e, z});
    // Quotes and FTS5 syntax are data, not syntax.
    CHECK(search(repo, QStringLiteral("\"elodie\" OR NOT *")).isEmpty());
    CHECK(search(repo, QStringLiteral("elodie\"")) == QList<qint64>{e});
}

TEST_CASE("Search follows every write that changes what it matches", "[client][repository][search]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const qint64 id = addClient(repo, makeClient(QStringLiteral("Studio Azur")));
    const qint64 contact = addContact(repo, makeContact(id, QStringLiteral("Margaux Perrin")));
    CHECK(search(repo, QStringLiteral("perrin")) == QList<qint64>{id});

    Contact renamed = *repo.contact(contact);
    renamed.name = QStringLiteral("Margaux Rivière");
    BUREAU_REQUIRE_OK(repo.updateContact(renamed));
    CHECK(search(repo, QStringLiteral("perrin")).isEmpty());
    CHECK(search(repo, QStringLiteral("riviere")) == QList<qint64>{id});

    BUREAU_REQUIRE_OK(repo.removeContact(contact));
    CHECK(search(repo, QStringLiteral("riviere")).isEmpty());

    Client client = *repo.load(id);
    client.name = QStringLiteral("Éditions du Quai");
    client.tags = {QStringLiteral("Édition")};
    BUREAU_REQUIRE_OK(repo.update(client));
    CHECK(search(repo, QStringLiteral("azur")).isEmpty());
    CHECK(search(repo, QStringLiteral("quai")) == QList<qint64>{id});
    CHECK(search(repo, QStringLiteral("e")) == QList<qint64>{id});
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM client_search")) == 1);
    QSqlQuery folded(tmp->connection());
    REQUIRE(folded.exec(QStringLiteral("SELECT name_folded FROM clients")));
    REQUIRE(folded.next());
    CHECK(folded.value(0).toString() == QStringLiteral("editions du quai"));
}

TEST_CASE("Clients written by raw SQL are indexed on demand", "[client][repository][search]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    BUREAU_REQUIRE_OK(
        tmp->exec(QStringLiteral("INSERT INTO clients (name, email, phone, created_at, updated_at) "
                                 "VALUES ('Écurie des Trois Chênes', 'x@example.fr', '06 11 22 33 44', 0, 0)")));
    CHECK(search(repo, QStringLiteral("chenes")).isEmpty());
    auto indexed = repo.reindexMissing();
    BUREAU_REQUIRE_OK(indexed);
    CHECK(*indexed == 1);
    CHECK(search(repo, QStringLiteral("chenes")).size() == 1);
    CHECK(search(repo, QStringLiteral("ec")).size() == 1);
    CHECK(search(repo, QStringLiteral("0611")).size() == 1);
    CHECK(*repo.reindexMissing() == 0);
    // The main e-mail and phone of such a row are read as its channels.
    auto loaded = repo.load(search(repo, QStringLiteral("chenes")).first());
    BUREAU_REQUIRE_OK(loaded);
    CHECK(loaded->mainEmail() == QStringLiteral("x@example.fr"));
    CHECK(loaded->mainPhone() == QStringLiteral("06 11 22 33 44"));
}

TEST_CASE("Demo clients are searchable by name and by contact", "[client][repository][search]")
{
    TempDatabase tmp;
    BUREAU_REQUIRE_OK(DemoGenerator(tmp.db()).generate(DemoGenerator::Size::Small));
    ClientRepository repo(tmp.db());
    const qint64 clients = count(tmp.db(), QStringLiteral("SELECT count(*) FROM clients"));
    REQUIRE(clients > 0);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM client_search")) == clients);
    CHECK(count(tmp.db(), QStringLiteral("SELECT count(*) FROM clients WHERE name_folded = ''")) == 0);
    CHECK(*repo.reindexMissing() == 0);

    QSqlQuery query(tmp->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT c.id, c.name, k.name FROM clients c JOIN contacts k "
                                      "ON k.client_id = c.id WHERE c.archived = 0 ORDER BY c.id LIMIT 1")));
    REQUIRE(query.next());
    const qint64 id = query.value(0).toLongLong();
    const QString name = query.value(1).toString();
    const QString contact = query.value(2).toString();
    query.finish();
    CHECK(search(repo, name.toUpper()).contains(id));
    CHECK(search(repo, TextFold::fold(contact)).contains(id));
}

TEST_CASE("The search condition binds its values", "[client][search]")
{
    const auto blank = ClientRepository::searchCondition(QStringLiteral("  "));
    CHECK(blank.isEmpty());
    const auto shortWord = ClientRepository::searchCondition(QStringLiteral("Él"));
    CHECK(shortWord.sql == QStringLiteral("name_folded >= ? AND name_folded < ?"));
    CHECK(shortWord.values == QVariantList{QStringLiteral("el"), QStringLiteral("em")});
    const auto words = ClientRepository::searchCondition(QStringLiteral("O'Connor' x"));
    CHECK_FALSE(words.sql.contains(QStringLiteral("connor")));
    CHECK(words.values.contains(QVariant(QStringLiteral("\"connor\""))));
    const auto phone = ClientRepository::searchCondition(QStringLiteral("+33 (0)6 12"));
    CHECK(phone.values == QVariantList{QStringLiteral("\"33612\"")});
}

TEST_CASE("Clients stored before the search index are found after the upgrade", "[client][search][migration]")
{
    // A database at schema version 4, as Bureau wrote it before the search index existed.
    Database::Options options;
    for (const Migration& migration : Migration::embedded()) {
        if (migration.version <= 4)
            options.migrations << migration;
    }
    TempDatabase temp(options);
    QSqlQuery insert(temp->connection());
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) "
                                       "VALUES ('Élodie Marchand', 1, 1)")));
    REQUIRE(temp->schemaVersion() == 4);
    temp.close();

    // Reopened by this Bureau: migrated to the latest version, the old client indexed on the way.
    temp.reopen();
    REQUIRE(temp->schemaVersion() == temp->latestSchemaVersion());
    auto found = ClientRepository(temp.db()).search(QStringLiteral("elodie"));
    BUREAU_REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    auto named = ClientRepository(temp.db()).findByName(QStringLiteral("elodie marchand"));
    BUREAU_REQUIRE_OK(named);
    CHECK(named->size() == 1);
}

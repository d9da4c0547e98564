// SPDX-License-Identifier: GPL-3.0-or-later
// A client's personal data: the GDPR export (JSON and documents, never a secret) and the erasure
// (personal data gone from the database file, secrets and copies deleted, the billing identity kept
// only when invoicing documents need it).
#include "support/TestSupport.h"

#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/services/ClientDataService.h"
#include "core/services/ClientFileStore.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/OnboardingRepository.h"
#include "core/storage/ReceptionRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TimeEntryRepository.h"
#include "core/storage/ZipReader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Bureau;
using Bureau::Test::TempDatabase;
using Bureau::Test::TempDir;

namespace
{

void run(Database& db, const QString& sql, const QVariantList& values = {})
{
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("statement"), query.lastError());
        return {};
    }));
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    INFO(sql.toStdString());
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0);
}

bool holds(const QByteArray& bytes, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64());
}

/** Personal data that must not survive an erasure, each distinctive. */
struct Marks
{
    QString contact = QStringLiteral("Zéphyrine Quillebeuf");
    QString email = QStringLiteral("zephyrine.quillebeuf@example.fr");
    QString notes = QStringLiteral("Allergique aux réunions du lundi matin");
    QString interaction = QStringLiteral("Confidences sur le divorce de Zéphyrine");
    QString greeting = QStringLiteral("Bureau de Zéphyrine, bonjour");
    QString taskNotes = QStringLiteral("Code portail 4512B");
    QString username = QStringLiteral("zquillebeuf-login");
    QString secret = QString(QStringLiteral("s\u00e9cret-") + QUuid::createUuid().toString(QUuid::Id128));
};

struct Fixture
{
    TempDatabase db;
    TempDir source;
    std::shared_ptr<MemoryCredentialStore::Vault> vault = std::make_shared<MemoryCredentialStore::Vault>();
    MemoryCredentialStore store{db->uuid(), vault};
    Marks marks;
    qint64 client = 0;
    qint64 other = 0;
    qint64 missionId = 0;
    qint64 taskId = 0;
    qint64 accessId = 0;
    ClientFile file;

    Fixture()
    {
        run(db.db(),
            QStringLiteral(
                "INSERT INTO clients (name, kind, professional, email, phone, city, notes, legal_form, siret, "
                "vat_number, address, postal_code, website, created_at, updated_at) VALUES "
                "('Quillebeuf Conseil', 'company', 1, ?, '+33 6 11 22 33 44', 'Rouen', ?, 'SARL', "
                "'73282932000074', 'FR44732829320', '3 quai du Havre', '76000', 'https://quillebeuf.example', "
                "0, 0)"),
            {marks.email, marks.notes});
        client = scalar(db.db(), QStringLiteral("SELECT max(id) FROM clients")).toLongLong();
        run(db.db(),
            QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES ('Cabinet Martin', 0, 0)"));
        other = scalar(db.db(), QStringLiteral("SELECT max(id) FROM clients")).toLongLong();
        run(db.db(),
            QStringLiteral(
                "INSERT INTO contacts (client_id, name, email, is_primary, created_at) VALUES (?, ?, ?, 1, 0)"),
            {client, marks.contact, marks.email});
        run(db.db(), QStringLiteral("INSERT INTO client_channels (client_id, kind, value) VALUES (?, 'email', ?)"),
            {client, marks.email});
        run(db.db(), QStringLiteral("INSERT INTO tags (name) VALUES ('VIP')"));
        run(db.db(), QStringLiteral("INSERT INTO client_tags (client_id, tag_id) VALUES (?, 1)"), {client});
        // What the client repository keeps in the search index, folded.
        run(db.db(), QStringLiteral("INSERT INTO client_search (rowid, body) VALUES (?, ?)"),
            {client, QString(QStringLiteral("quillebeuf conseil ") + marks.contact.toLower() + u' ' + marks.notes)});
        run(db.db(), QStringLiteral("INSERT INTO client_search (rowid, body) VALUES (?, 'cabinet martin')"), {other});

        Interaction interaction;
        interaction.clientId = client;
        interaction.occurredAtMs = db.clock().nowMs();
        interaction.summary = QStringLiteral("Appel");
        interaction.body = marks.interaction;
        BUREAU_REQUIRE_OK(InteractionRepository(db.db()).add(interaction));

        Mission mission;
        mission.clientId = client;
        mission.title = QStringLiteral("Assistance administrative");
        mission.startsOn = QDate(2026, 9, 1);
        mission.notes = marks.notes;
        mission.workingSlots = {{1, 540, 720}};
        auto missionAdded = MissionRepository(db.db()).add(mission);
        BUREAU_REQUIRE_OK(missionAdded);
        missionId = missionAdded->id;

        ReceptionInstructions reception;
        reception.clientId = client;
        reception.greeting = marks.greeting;
        reception.answers = {{QStringLiteral("Horaires ?"), QStringLiteral("9h-17h")}};
        BUREAU_REQUIRE_OK(ReceptionRepository(db.db()).save(reception));

        Task task;
        task.clientId = client;
        task.missionId = missionId;
        task.title = QStringLiteral("Relancer les factures");
        task.notes = marks.taskNotes;
        auto taskAdded = TaskRepository(db.db()).add(task);
        BUREAU_REQUIRE_OK(taskAdded);
        taskId = taskAdded->id;

        BUREAU_REQUIRE_OK(OnboardingRepository(db.db()).startForClient(client));

        ClientAccess access;
        access.clientId = client;
        access.service = QStringLiteral("Qonto");
        access.username = marks.username;
        auto accessAdded = ClientAccessService(db.db(), store).add(access, marks.secret);
        BUREAU_REQUIRE_OK(accessAdded);
        accessId = accessAdded->id;

        Test::writeAll(source.file(QStringLiteral("contrat.pdf")), "%PDF-1.7 contrat Quillebeuf");
        auto attached = ClientFileStore(db.db()).attach(client, source.file(QStringLiteral("contrat.pdf")),
                                                        ClientFile::Category::Contract);
        BUREAU_REQUIRE_OK(attached);
        file = attached.value();
    }
};

QJsonObject readJson(ZipReader& zip)
{
    auto bytes = zip.read(QStringLiteral("client.json"), 16 * 1024 * 1024);
    BUREAU_REQUIRE_OK(bytes);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

} // namespace

TEST_CASE("The GDPR export holds the client's records and documents and no secret", "[gdpr]")
{
    Fixture f;
    ClientDataService service(f.db.db(), f.store);
    const QString zipPath = f.source.file(QStringLiteral("export.zip"));
    auto exported = service.exportClient(f.client, zipPath);
    BUREAU_REQUIRE_OK(exported);
    CHECK(exported->files == 1);
    CHECK(exported->missingFiles.isEmpty());
    CHECK((QFileInfo(zipPath).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);

    ZipReader zip;
    BUREAU_REQUIRE_OK(zip.open(zipPath));
    const QJsonObject root = readJson(zip);
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("bureau-client-data"));
    const QJsonObject client = root.value(QStringLiteral("client")).toObject();
    CHECK(client.value(QStringLiteral("name")).toString() == QStringLiteral("Quillebeuf Conseil"));
    CHECK(client.value(QStringLiteral("siret")).toString() == QStringLiteral("73282932000074"));
    CHECK(client.value(QStringLiteral("created_at")).toString() == QStringLiteral("1970-01-01T00:00:00.000Z"));
    CHECK_FALSE(client.contains(QStringLiteral("name_folded")));
    CHECK(root.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("VIP")});
    CHECK(root.value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("name")).toString()
          == f.marks.contact);
    CHECK(root.value(QStringLiteral("channels")).toArray().size() == 1);
    CHECK(
        root.value(QStringLiteral("interactions")).toArray().first().toObject().value(QStringLiteral("body")).toString()
        == f.marks.interaction);
    const QJsonObject mission = root.value(QStringLiteral("missions")).toArray().first().toObject();
    CHECK(mission.value(QStringLiteral("slots"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("start_minute"))
              .toInt()
          == 540);
    CHECK(root.value(QStringLiteral("reception")).toObject().value(QStringLiteral("greeting")).toString()
          == f.marks.greeting);
    CHECK(root.value(QStringLiteral("receptionAnswers")).toArray().size() == 1);
    CHECK(root.value(QStringLiteral("tasks")).toArray().size() == 1);
    CHECK(root.value(QStringLiteral("onboarding")).toArray().size() == 6);
    const QJsonObject access = root.value(QStringLiteral("accesses")).toArray().first().toObject();
    CHECK(access.value(QStringLiteral("username")).toString() == f.marks.username);
    CHECK(access.value(QStringLiteral("secret_stored")).toBool());
    CHECK_FALSE(access.contains(QStringLiteral("credential_name")));
    const QJsonObject file = root.value(QStringLiteral("files")).toArray().first().toObject();
    const QString archived = QStringLiteral("documents/%1-contrat.pdf").arg(f.file.id);
    CHECK(file.value(QStringLiteral("archive_path")).toString() == archived);
    CHECK(file.value(QStringLiteral("sha256")).toString() == f.file.sha256);

    auto document = zip.read(archived, 1024 * 1024);
    BUREAU_REQUIRE_OK(document);
    CHECK(document.value() == QByteArray("%PDF-1.7 contrat Quillebeuf"));

    // No entry holds the secret; nothing of the other client is there.
    for (const ZipReader::Entry& entry : zip.entries()) {
        auto bytes = zip.read(entry.name, 16 * 1024 * 1024);
        BUREAU_REQUIRE_OK(bytes);
        CHECK_FALSE(holds(bytes.value(), f.marks.secret));
        CHECK_FALSE(holds(bytes.value(), QStringLiteral("Cabinet Martin")));
    }
    CHECK(zip.entries().size() == 2);

    CHECK(service.exportClient(4242, f.source.file(QStringLiteral("none.zip"))).error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFileInfo::exists(f.source.file(QStringLiteral("none.zip"))));
}

TEST_CASE("A missing copy is listed in the export and not archived", "[gdpr]")
{
    Fixture f;
    REQUIRE(QFile::remove(ClientFileStore(f.db.db()).absolutePath(f.file)));
    ClientDataService service(f.db.db(), f.store);
    const QString zipPath = f.source.file(QStringLiteral("export.zip"));
    auto exported = service.exportClient(f.client, zipPath);
    BUREAU_REQUIRE_OK(exported);
    CHECK(exported->files == 0);
    CHECK(exported->missingFiles == QStringList{QStringLiteral("contrat.pdf")});
    ZipReader zip;
    BUREAU_REQUIRE_OK(zip.open(zipPath));
    CHECK(zip.entries().size() == 1);
    const QJsonObject root = readJson(zip);
    CHECK(root.value(QStringLiteral("files"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("archive_path"))
              .isNull());
}

TEST_CASE("Erasing a client without documents removes its personal data from the database file", "[gdpr]")
{
    Fixture f;
    const QString copy = ClientFileStore(f.db.db()).absolutePath(f.file);
    REQUIRE(QFileInfo::exists(copy));
    ClientDataService service(f.db.db(), f.store);
    auto erased = service.eraseClient(f.client);
    BUREAU_REQUIRE_OK(erased);
    CHECK_FALSE(erased->identityKept);
    CHECK(erased->contactsDeleted == 1);
    CHECK(erased->interactionsDeleted == 1);
    CHECK(erased->filesDeleted == 1);
    CHECK(erased->accessesRevoked == 1);
    CHECK(erased->warnings.isEmpty());

    Database& db = f.db.db();
    CHECK(scalar(db, QStringLiteral("SELECT name FROM clients WHERE id = ?"), {f.client}).toString()
          == QStringLiteral("Erased client #%1").arg(f.client));
    CHECK(scalar(db,
                 QStringLiteral("SELECT siret || email || phone || notes || website || address || city "
                                "FROM clients WHERE id = ?"),
                 {f.client})
              .toString()
              .isEmpty());
    CHECK(scalar(db, QStringLiteral("SELECT status || archived FROM clients WHERE id = ?"), {f.client}).toString()
          == QStringLiteral("former1"));
    for (const QString& table :
         {QStringLiteral("contacts"), QStringLiteral("client_channels"), QStringLiteral("client_tags"),
          QStringLiteral("interactions"), QStringLiteral("reception_instructions"), QStringLiteral("reception_answers"),
          QStringLiteral("client_onboarding"), QStringLiteral("client_files")}) {
        INFO(table.toStdString());
        CHECK(scalar(db,
                     QString(QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" WHERE client_id = ?")),
                     {f.client})
                  .toInt()
              == 0);
    }
    // Tasks and missions stay, without their notes; the access stays revoked, with its service only.
    CHECK(scalar(db, QStringLiteral("SELECT title || '|' || notes FROM tasks WHERE id = ?"), {f.taskId}).toString()
          == QStringLiteral("Relancer les factures|"));
    CHECK(scalar(db, QStringLiteral("SELECT notes FROM missions WHERE id = ?"), {f.missionId}).toString().isEmpty());
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM mission_slots")).toInt() == 1);
    CHECK(scalar(db,
                 QStringLiteral("SELECT service || '|' || username || '|' || (revoked_at IS NOT NULL) || '|' || "
                                "(credential_name IS NULL) FROM client_accesses WHERE id = ?"),
                 {f.accessId})
              .toString()
          == QStringLiteral("Qonto||1|1"));
    // Secrets and copies are gone; the other client is untouched.
    CHECK(f.vault->size() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM credentials")).toInt() == 0);
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(scalar(db, QStringLiteral("SELECT body FROM client_search WHERE rowid = ?"), {f.other}).toString()
          == QStringLiteral("cabinet martin"));
    CHECK(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM client_search WHERE client_search MATCH 'quillebeuf'")).toInt()
        == 0);

    // Nothing of what was erased is left in the database file or its log.
    f.db.close();
    const QByteArray bytes = Test::readAll(f.db.path()) + Test::readAll(f.db.path() + QStringLiteral("-wal"));
    REQUIRE(bytes.size() > 0);
    const Marks& m = f.marks;
    for (const QString& text : {m.contact, m.email, m.notes, m.interaction, m.greeting, m.taskNotes, m.username,
                                m.secret, QStringLiteral("Quillebeuf Conseil"), QStringLiteral("73282932000074")}) {
        INFO(text.toStdString());
        CHECK_FALSE(holds(bytes, text));
    }
}

TEST_CASE("Erasing a client with invoicing documents keeps its billing identity", "[gdpr]")
{
    Fixture f;
    // A draft invoice is enough: the client has invoicing documents.
    run(f.db.db(),
        QStringLiteral("INSERT INTO documents (kind, series, client_id, currency, created_at, updated_at) "
                       "VALUES ('invoice', 'invoice', ?, 'EUR', 0, 0)"),
        {f.client});
    ClientDataService service(f.db.db(), f.store);
    auto other = service.hasInvoicingDocuments(f.other);
    BUREAU_REQUIRE_OK(other);
    CHECK_FALSE(other.value());

    auto erased = service.eraseClient(f.client);
    BUREAU_REQUIRE_OK(erased);
    CHECK(erased->identityKept);
    Database& db = f.db.db();
    CHECK(
        scalar(db,
               QStringLiteral("SELECT name || '|' || legal_form || '|' || siret || '|' || vat_number || '|' || address "
                              "|| '|' || postal_code || '|' || city FROM clients WHERE id = ?"),
               {f.client})
            .toString()
        == QStringLiteral("Quillebeuf Conseil|SARL|73282932000074|FR44732829320|3 quai du Havre|76000|Rouen"));
    CHECK(scalar(db, QStringLiteral("SELECT email || phone || notes || website FROM clients WHERE id = ?"), {f.client})
              .toString()
              .isEmpty());
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM contacts")).toInt() == 0);
    CHECK(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM client_search WHERE client_search MATCH 'quillebeuf'")).toInt()
        == 1);
}

TEST_CASE("Erasing a client keeps the receipts its invoices carry, and deletes its other files", "[gdpr]")
{
    Fixture f;
    TempDir dir;
    const QString receiptPath = dir.file(QStringLiteral("ticket.pdf"));
    const QString letterPath = dir.file(QStringLiteral("lettre.pdf"));
    Bureau::Test::writeAll(receiptPath, "a receipt");
    Bureau::Test::writeAll(letterPath, "a letter");
    ClientFileStore files(f.db.db());
    auto receipt = files.attach(f.client, receiptPath, ClientFile::Category::Other);
    BUREAU_REQUIRE_OK(receipt);
    auto letter = files.attach(f.client, letterPath, ClientFile::Category::Other);
    BUREAU_REQUIRE_OK(letter);
    // A draft with a disbursement whose receipt is the first file.
    run(f.db.db(),
        QStringLiteral("INSERT INTO documents (kind, series, client_id, currency, created_at, updated_at) "
                       "VALUES ('invoice', 'invoice', ?, 'EUR', 0, 0)"),
        {f.client});
    run(f.db.db(),
        QStringLiteral("INSERT INTO document_lines (document_id, position, kind, description, quantity_thousandths, "
                       "unit, unit_price_cents, vat_basis_points, discount_basis_points, net_cents, receipt_file_id) "
                       "VALUES ((SELECT max(id) FROM documents), 1, 'disbursement', 'Timbres', 1000, 'flat', 1240, "
                       "0, 0, 1240, ?)"),
        {receipt->id});
    const QString receiptCopy = files.absolutePath(receipt.value());
    const QString letterCopy = files.absolutePath(letter.value());
    REQUIRE(QFileInfo::exists(receiptCopy));
    const int before =
        scalar(f.db.db(), QStringLiteral("SELECT COUNT(*) FROM client_files WHERE client_id = ?"), {f.client}).toInt();

    auto erased = ClientDataService(f.db.db(), f.store).eraseClient(f.client);
    BUREAU_REQUIRE_OK(erased);
    CHECK(erased->filesDeleted == before - 1);
    CHECK(scalar(f.db.db(), QStringLiteral("SELECT COUNT(*) FROM client_files WHERE client_id = ?"), {f.client})
              .toInt()
          == 1);
    CHECK(QFileInfo::exists(receiptCopy));
    CHECK_FALSE(QFileInfo::exists(letterCopy));
}

TEST_CASE("Erasure completes when the keychain is unavailable and says what is left", "[gdpr]")
{
    Fixture f;
    ClientDataService service(f.db.db(), f.store);
    f.store.setSimulatedUnavailable(true);
    auto erased = service.eraseClient(f.client);
    f.store.setSimulatedUnavailable(false);
    BUREAU_REQUIRE_OK(erased);
    REQUIRE(erased->warnings.size() == 1);
    // The page where such names are listed is called "Passwords".
    CHECK(erased->warnings.first().contains(QStringLiteral("Settings \u203a Passwords")));
    // The name stays listed among the secrets, so the user can remove it later; the access is revoked.
    CHECK(scalar(f.db.db(), QStringLiteral("SELECT COUNT(*) FROM credentials")).toInt() == 1);
    CHECK(scalar(f.db.db(), QStringLiteral("SELECT COUNT(*) FROM client_accesses WHERE revoked_at IS NULL")).toInt()
          == 0);
    CHECK(service.eraseClient(4242).error().kind == Error::Kind::NotFound);
}

TEST_CASE("A secret left in the keychain after an erasure is labelled by its service only", "[gdpr]")
{
    Fixture f;
    Database& db = f.db.db();
    const QString label = scalar(db, QStringLiteral("SELECT label FROM credentials")).toString();
    REQUIRE(label.contains(QStringLiteral("Quillebeuf")));
    ClientDataService service(db, f.store);
    f.store.setSimulatedUnavailable(true);
    auto erased = service.eraseClient(f.client);
    f.store.setSimulatedUnavailable(false);
    BUREAU_REQUIRE_OK(erased);
    CHECK_FALSE(erased->identityKept);
    REQUIRE(erased->warnings.size() == 1);
    // Still listed, so that the user can remove it, but no longer naming the erased client.
    CHECK(scalar(db, QStringLiteral("SELECT label FROM credentials")).toString() == QStringLiteral("Qonto"));
}

TEST_CASE("Erasing a client drops the tags no other client has", "[gdpr]")
{
    Fixture f;
    Database& db = f.db.db();
    // "VIP" is shared with the other client; the second tag is the erased client's own.
    run(db, QStringLiteral("INSERT INTO client_tags (client_id, tag_id) VALUES (?, 1)"), {f.other});
    run(db, QStringLiteral("INSERT INTO tags (name) VALUES ('Famille Quillebeuf')"));
    run(db,
        QStringLiteral("INSERT INTO client_tags (client_id, tag_id) SELECT ?, id FROM tags WHERE name = "
                       "'Famille Quillebeuf'"),
        {f.client});
    REQUIRE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM tags")).toInt() == 2);

    ClientDataService service(db, f.store);
    BUREAU_REQUIRE_OK(service.eraseClient(f.client));
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(name) FROM tags")).toString() == QStringLiteral("VIP"));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM client_tags WHERE client_id = ?"), {f.other}).toInt() == 1);
    f.db.close();
    const QByteArray bytes = Test::readAll(f.db.path()) + Test::readAll(f.db.path() + QStringLiteral("-wal"));
    REQUIRE(bytes.size() > 0);
    CHECK_FALSE(holds(bytes, QStringLiteral("Famille Quillebeuf")));
}

TEST_CASE("Time entries are exported and erased unless an invoice needs them", "[gdpr][time]")
{
    Fixture f;
    Database& db = f.db.db();
    TimeEntryRepository repository(db);
    const QString unbilledText = QStringLiteral("Rendez-vous chez l'avocat de Zéphyrine");
    const QString draftText = QStringLiteral("Dossier prud'hommes de Zéphyrine");
    const QString privateNote = QStringLiteral("Zéphyrine pleurait au téléphone");
    const auto add = [&](int day, const QString& description, bool withMission) {
        TimeEntry entry;
        entry.clientId = f.client;
        entry.missionId = withMission ? f.missionId : 0;
        entry.taskId = withMission ? f.taskId : 0;
        entry.description = description;
        entry.notes = privateNote;
        entry.startedAtMs = QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        entry.endedAtMs = entry.startedAtMs + 90 * 60000;
        auto added = repository.add(entry);
        BUREAU_REQUIRE_OK(added);
        return added->id;
    };
    const qint64 unbilled = add(2, unbilledText, true);
    const qint64 draft = add(3, draftText, false);
    const qint64 issued = add(4, QStringLiteral("Assistance administrative"), true);
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        if (Status attached = repository.attachToDocumentInTransaction({draft}, 11); !attached)
            return attached;
        if (Status attached = repository.attachToDocumentInTransaction({issued}, 12); !attached)
            return attached;
        return repository.lockDocumentInTransaction(12);
    }));

    ClientDataService service(db, f.store);
    auto json = service.clientJson(f.client);
    BUREAU_REQUIRE_OK(json);
    const QJsonArray time = json->value(QStringLiteral("timeEntries")).toArray();
    REQUIRE(time.size() == 3);
    const QJsonObject first = time.first().toObject();
    CHECK(first.value(QStringLiteral("id")).toInteger() == unbilled);
    CHECK(first.value(QStringLiteral("started_at")).toString() == QStringLiteral("2026-11-02T09:00:00.000Z"));
    CHECK(first.value(QStringLiteral("ended_at")).toString() == QStringLiteral("2026-11-02T10:30:00.000Z"));
    CHECK(first.value(QStringLiteral("minutes")).toInteger() == 90);
    CHECK(first.value(QStringLiteral("description")).toString() == unbilledText);
    CHECK(first.value(QStringLiteral("notes")).toString() == privateNote);
    CHECK(first.value(QStringLiteral("billable")).toInteger() == 1);
    CHECK(first.value(QStringLiteral("mission_id")).toInteger() == f.missionId);
    CHECK(first.value(QStringLiteral("task_id")).toInteger() == f.taskId);
    CHECK(time.at(1).toObject().value(QStringLiteral("mission_id")).isNull());
    CHECK(time.at(2).toObject().value(QStringLiteral("document_id")).toInteger() == 12);
    auto otherJson = service.clientJson(f.other);
    BUREAU_REQUIRE_OK(otherJson);
    CHECK(otherJson->value(QStringLiteral("timeEntries")).toArray().isEmpty());

    auto erased = service.eraseClient(f.client);
    BUREAU_REQUIRE_OK(erased);
    CHECK(erased->timeEntriesDeleted == 1);
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM time_entries WHERE id = ?"), {unbilled}).toInt() == 0);
    // On a draft: kept, without its text. On an issued invoice: kept with its description, without its notes.
    CHECK(scalar(db,
                 QStringLiteral("SELECT description || '|' || notes || '|' || minutes FROM time_entries "
                                "WHERE id = ?"),
                 {draft})
              .toString()
          == QStringLiteral("||90"));
    CHECK(scalar(db,
                 QStringLiteral("SELECT description || '|' || notes || '|' || locked FROM time_entries "
                                "WHERE id = ?"),
                 {issued})
              .toString()
          == QStringLiteral("Assistance administrative||1"));
    // The rollup follows the deletion.
    CHECK(
        scalar(db, QStringLiteral("SELECT sum(minutes) FROM time_month_totals WHERE client_id = ?"), {f.client}).toInt()
        == 180);

    f.db.close();
    const QByteArray bytes = Test::readAll(f.db.path()) + Test::readAll(f.db.path() + QStringLiteral("-wal"));
    REQUIRE(bytes.size() > 0);
    for (const QString& text : {unbilledText, draftText, privateNote}) {
        INFO(text.toStdString());
        CHECK_FALSE(holds(bytes, text));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Client accesses over the in-memory credential store: the secret goes to the store (keychain
// first), the record to the database, never the secret; revoking deletes the secret and keeps the
// record. (tests/integration/ClientAccessKeychainTest.cpp does the same with the real keychain.)
#include "support/TestSupport.h"

#include "core/secrets/CredentialIndex.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/ClientAccessService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Bureau;
using Bureau::Test::TempDatabase;

namespace
{

qint64 insertClient(Database& db, const QString& name)
{
    qint64 id = 0;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"));
        query.addBindValue(name);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("insert client"), query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    }));
    return id;
}

QString distinctiveSecret()
{
    return QString(QStringLiteral("m0t-de-p\u00e4sse-\u20ac-") + QUuid::createUuid().toString(QUuid::Id128));
}

ClientAccess access(qint64 clientId, const QString& service)
{
    ClientAccess out;
    out.clientId = clientId;
    out.service = service;
    out.url = QStringLiteral("https://app.example.com");
    out.username = QStringLiteral("assistante@example.fr");
    out.grantedBy = QStringLiteral("Élodie Dupont");
    out.grantedOn = QDate(2026, 11, 2);
    return out;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

bool holds(const QByteArray& bytes, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64());
}

template<typename R>
Error::Kind errorKind(const R& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().kind;
}

} // namespace

TEST_CASE("An access keeps its secret in the store and its record in the database", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    const QString secret = distinctiveSecret();

    auto added = service.add(access(client, QStringLiteral("  Qonto ")), secret);
    BUREAU_REQUIRE_OK(added);
    CHECK(added->service == QStringLiteral("Qonto"));
    CHECK(added->credentialName.startsWith(QStringLiteral("access/%1/").arg(client)));
    CHECK(store.vault()->keys() == QStringList{store.keyFor(added->credentialName)});

    // Listed among the secrets, under its kind, with a label that names the service and the client.
    auto entry = CredentialIndex(db.db(), store).find(added->credentialName);
    BUREAU_REQUIRE_OK(entry);
    REQUIRE(entry->has_value());
    CHECK(entry->value().kind == ClientAccessService::credentialKind());
    CHECK(entry->value().label == QStringLiteral("Qonto for Atelier Dupont"));

    auto revealed = service.revealSync(added->id);
    BUREAU_REQUIRE_OK(revealed);
    CHECK(revealed.value() == secret);

    auto found = service.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == added.value());

    // The secret is in no file of the database (the name is).
    db.close();
    const QByteArray bytes = Test::readAll(db.path()) + Test::readAll(db.path() + QStringLiteral("-wal"));
    CHECK(holds(bytes, added->credentialName));
    CHECK_FALSE(holds(bytes, secret));
}

TEST_CASE("The secret is revealed asynchronously for the interface", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    const QString secret = distinctiveSecret();
    auto added = service.add(access(client, QStringLiteral("Gmail")), secret);
    BUREAU_REQUIRE_OK(added);

    std::optional<Result<QString>> outcome;
    QObject context;
    service.reveal(added->id, &context, [&outcome](Result<QString> read) { outcome.emplace(std::move(read)); });
    CHECK_FALSE(outcome.has_value()); // never from inside the call
    REQUIRE(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000));
    BUREAU_REQUIRE_OK(*outcome);
    CHECK(outcome->value() == secret);

    // An error (no such access) also arrives later, not from inside the call.
    std::optional<Result<QString>> missing;
    service.reveal(999, &context, [&missing](Result<QString> read) { missing.emplace(std::move(read)); });
    CHECK_FALSE(missing.has_value());
    REQUIRE(QTest::qWaitFor([&missing] { return missing.has_value(); }, 5000));
    CHECK(errorKind(*missing) == Error::Kind::NotFound);

    // A destroyed context: the callback is never called.
    bool called = false;
    {
        QObject shortLived;
        service.reveal(added->id, &shortLived, [&called](Result<QString>) { called = true; });
    }
    QTest::qWait(50);
    CHECK_FALSE(called);
}

TEST_CASE("Nothing is recorded when the keychain refuses the secret", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    store.setSimulatedUnavailable(true);
    auto refused = service.add(access(client, QStringLiteral("Qonto")), distinctiveSecret());
    CHECK(errorKind(refused) == Error::Kind::Io);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM client_accesses")) == 0);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM credentials")) == 0);
    store.setSimulatedUnavailable(false);
    CHECK(store.vault()->size() == 0);

    // An invalid access never reaches the keychain.
    auto invalid = service.add(access(client, QStringLiteral(" ")), distinctiveSecret());
    CHECK(errorKind(invalid) == Error::Kind::Invalid);
    CHECK(errorKind(service.add(access(4242, QStringLiteral("Qonto")), distinctiveSecret())) == Error::Kind::NotFound);
    CHECK(store.vault()->size() == 0);
}

TEST_CASE("When recording the access fails its new secret is taken back out", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    BUREAU_REQUIRE_OK(db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_accesses BEFORE INSERT ON client_accesses "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    auto refused = service.add(access(client, QStringLiteral("Qonto")), distinctiveSecret());
    CHECK(errorKind(refused) == Error::Kind::Database);
    CHECK(store.vault()->size() == 0);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM credentials")) == 0);
}

TEST_CASE("An access without a secret and an update that stores or replaces one", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);

    auto added = service.add(access(client, QStringLiteral("Agenda partagé")), QString());
    BUREAU_REQUIRE_OK(added);
    CHECK_FALSE(added->hasSecret());
    CHECK(errorKind(service.revealSync(added->id)) == Error::Kind::NotFound);

    ClientAccess changed = added.value();
    changed.notes = QStringLiteral("Accès délégué");
    auto kept = service.update(changed);
    BUREAU_REQUIRE_OK(kept);
    CHECK(kept->notes == QStringLiteral("Accès délégué"));
    CHECK_FALSE(kept->hasSecret());

    const QString first = distinctiveSecret();
    auto withSecret = service.update(changed, first);
    BUREAU_REQUIRE_OK(withSecret);
    REQUIRE(withSecret->hasSecret());
    CHECK(service.revealSync(added->id).value() == first);

    const QString second = distinctiveSecret();
    auto replaced = service.update(withSecret.value(), second);
    BUREAU_REQUIRE_OK(replaced);
    CHECK(replaced->credentialName == withSecret->credentialName);
    CHECK(service.revealSync(added->id).value() == second);
    CHECK(store.vault()->size() == 1);

    // An empty new secret keeps the stored one.
    BUREAU_REQUIRE_OK(service.update(replaced.value(), QString()));
    CHECK(service.revealSync(added->id).value() == second);
}

TEST_CASE("Revoking deletes the secret and keeps the record with its end", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    auto added = service.add(access(client, QStringLiteral("Qonto")), distinctiveSecret());
    BUREAU_REQUIRE_OK(added);

    // The keychain refuses: nothing changes, to try again.
    store.setSimulatedUnavailable(true);
    CHECK(errorKind(service.revoke(added->id)) == Error::Kind::Io);
    store.setSimulatedUnavailable(false);
    auto unchanged = service.find(added->id);
    BUREAU_REQUIRE_OK(unchanged);
    CHECK_FALSE(unchanged->isRevoked());
    CHECK(store.vault()->size() == 1);

    db.clock().advanceMs(86400000);
    BUREAU_REQUIRE_OK(service.revoke(added->id));
    CHECK(store.vault()->size() == 0);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM credentials")) == 0);
    auto revoked = service.find(added->id);
    BUREAU_REQUIRE_OK(revoked);
    CHECK(revoked->isRevoked());
    CHECK(revoked->revokedAtMs == db.clock().nowMs());
    CHECK(revoked->credentialName.isEmpty());
    CHECK(revoked->service == QStringLiteral("Qonto"));
    CHECK(errorKind(service.revealSync(added->id)) == Error::Kind::Conflict);
    CHECK(errorKind(service.update(revoked.value(), distinctiveSecret())) == Error::Kind::Conflict);

    // Twice is fine and keeps the first end.
    db.clock().advanceMs(1000);
    BUREAU_REQUIRE_OK(service.revoke(added->id));
    CHECK(service.find(added->id)->revokedAtMs == revoked->revokedAtMs);

    auto active = service.listForClient(client, false);
    BUREAU_REQUIRE_OK(active);
    CHECK(active->isEmpty());
    auto all = service.listForClient(client);
    BUREAU_REQUIRE_OK(all);
    CHECK(all->size() == 1);
}

TEST_CASE("A secret missing from the keychain is reported and revoking still succeeds", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    auto added = service.add(access(client, QStringLiteral("Qonto")), distinctiveSecret());
    BUREAU_REQUIRE_OK(added);
    // As after a restart with the session-only store: the name is purged, the secret gone.
    BUREAU_REQUIRE_OK(store.removeSync(added->credentialName));
    BUREAU_REQUIRE_OK(CredentialIndex(db.db(), store).purgeSessionOnly());
    auto missing = service.revealSync(added->id);
    CHECK(errorKind(missing) == Error::Kind::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("no longer in the keychain")));
    BUREAU_REQUIRE_OK(service.revoke(added->id));
    CHECK(service.find(added->id)->isRevoked());
}

TEST_CASE("Removing all of a client's accesses deletes every secret and lists active ones first", "[access]")
{
    TempDatabase db;
    auto vault = std::make_shared<MemoryCredentialStore::Vault>();
    MemoryCredentialStore store(db->uuid(), vault);
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    ClientAccessService service(db.db(), store);
    BUREAU_REQUIRE_OK(service.add(access(client, QStringLiteral("Qonto")), distinctiveSecret()));
    auto revokedFirst = service.add(access(client, QStringLiteral("Ancien CRM")), distinctiveSecret());
    BUREAU_REQUIRE_OK(revokedFirst);
    BUREAU_REQUIRE_OK(service.revoke(revokedFirst->id));
    BUREAU_REQUIRE_OK(service.add(access(client, QStringLiteral("gmail")), distinctiveSecret()));
    auto others = service.add(access(other, QStringLiteral("Gmail")), distinctiveSecret());
    BUREAU_REQUIRE_OK(others);

    auto listed = service.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 3);
    CHECK(listed->at(0).service == QStringLiteral("gmail"));
    CHECK(listed->at(1).service == QStringLiteral("Qonto"));
    CHECK(listed->at(2).service == QStringLiteral("Ancien CRM"));

    BUREAU_REQUIRE_OK(service.removeAllForClient(client));
    CHECK(vault->keys() == QStringList{store.keyFor(others->credentialName)});
    auto after = service.listForClient(client, false);
    BUREAU_REQUIRE_OK(after);
    CHECK(after->isEmpty());
    // Then the client can go: nothing of its secrets is left.
    BUREAU_REQUIRE_OK(db->exec(QStringLiteral("DELETE FROM clients WHERE id = %1").arg(client)));
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM credentials WHERE kind = 'client-access'")) == 1);
}

TEST_CASE("A store of another database is refused before anything is written", "[access]")
{
    TempDatabase db;
    MemoryCredentialStore foreign(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), foreign);
    CHECK(errorKind(service.add(access(client, QStringLiteral("Qonto")), distinctiveSecret())) == Error::Kind::Invalid);
    CHECK(foreign.vault()->size() == 0);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM client_accesses")) == 0);
}

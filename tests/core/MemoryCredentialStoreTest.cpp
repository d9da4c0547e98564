// SPDX-License-Identifier: GPL-3.0-or-later
// The CredentialStore contract on the in-memory store (the one tests and the session-only fallback
// use), and CredentialIndex over it: names in the database, secrets in the store, keychain first.
#include "support/TestSupport.h"

#include "core/secrets/CredentialIndex.h"
#include "core/secrets/MemoryCredentialStore.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Bureau;
using namespace Qt::StringLiterals;
using Bureau::Test::TempDatabase;

namespace
{

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** A distinctive secret, with non-ASCII characters, that nothing else in a test could contain. */
QString distinctiveSecret()
{
    return u"s3cr\u00e8t-\u20ac-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

QString readValue(CredentialStore& store, const QString& name)
{
    auto read = store.readSync(name);
    BUREAU_REQUIRE_OK(read);
    return read.value();
}

Error::Kind errorKind(const Status& status)
{
    REQUIRE_FALSE(status.ok());
    return status.error().kind;
}

template<typename T>
Error::Kind errorKind(const Result<T>& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().kind;
}

/** The secret in any of the encodings a file could hold it in. */
bool holds(const QByteArray& bytes, const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64());
}

} // namespace

TEST_CASE("The memory store writes then overwrites then removes a secret", "[secrets]")
{
    const QString uuid = newUuid();
    MemoryCredentialStore store(uuid);
    CHECK_FALSE(store.isPersistent());
    CHECK(store.databaseUuid() == uuid);

    CHECK(errorKind(store.readSync(u"mailbox"_s)) == Error::Kind::NotFound);

    BUREAU_REQUIRE_OK(store.writeSync(u"mailbox"_s, u"first"_s));
    CHECK(readValue(store, u"mailbox"_s) == u"first"_s);
    BUREAU_REQUIRE_OK(store.writeSync(u"mailbox"_s, u"second — é"_s));
    CHECK(readValue(store, u"mailbox"_s) == u"second — é"_s);
    CHECK(store.vault()->keys() == QStringList{u"bureau/"_s + uuid + u"/mailbox"_s});

    BUREAU_REQUIRE_OK(store.removeSync(u"mailbox"_s));
    const auto gone = store.readSync(u"mailbox"_s);
    CHECK(errorKind(gone) == Error::Kind::NotFound);
    CHECK(gone.error().message.contains(u"mailbox"_s));
    // Removing what is not there leaves what was asked for, as in the keychain.
    BUREAU_REQUIRE_OK(store.removeSync(u"mailbox"_s));
    CHECK(store.vault()->size() == 0);
}

TEST_CASE("Memory store operations complete later in the order asked and never reach a departed caller", "[secrets]")
{
    const QString uuid = newUuid();
    MemoryCredentialStore store(uuid);

    SECTION("never from inside the call, then exactly once")
    {
        int writes = 0;
        int invalid = 0;
        store.write(u"mailbox"_s, u"secret"_s, nullptr, [&writes](const Status& status) {
            CHECK(status.ok());
            ++writes;
        });
        store.read(u""_s, nullptr, [&invalid](const Result<QString>& result) {
            CHECK_FALSE(result.ok());
            ++invalid;
        });
        CHECK(writes == 0);
        CHECK(invalid == 0);
        REQUIRE(QTest::qWaitFor([&] { return writes == 1 && invalid == 1; }, 2000));
        QTest::qWait(50);
        CHECK(writes == 1);
        CHECK(invalid == 1);
    }

    SECTION("in the order asked")
    {
        QStringList seen;
        store.write(u"mailbox"_s, u"one"_s, nullptr, [](const Status&) {});
        store.write(u"mailbox"_s, u"two"_s, nullptr, [](const Status&) {});
        store.read(u"mailbox"_s, nullptr, [&seen](const Result<QString>& result) {
            seen.append(result.ok() ? result.value() : result.error().message);
        });
        store.remove(u"mailbox"_s, nullptr, [](const Status&) {});
        store.read(u"mailbox"_s, nullptr, [&seen](const Result<QString>& result) {
            seen.append(result.ok() ? result.value() : u"not found"_s);
        });
        REQUIRE(QTest::qWaitFor([&] { return seen.size() == 2; }, 2000));
        CHECK(seen == QStringList{u"two"_s, u"not found"_s});
    }

    SECTION("not to a context object that is gone")
    {
        int calls = 0;
        auto* context = new QObject;
        store.read(u"mailbox"_s, context, [&calls](const Result<QString>&) { ++calls; });
        int withLiveContext = 0;
        QObject liveContext;
        store.read(u"mailbox"_s, &liveContext, [&withLiveContext](const Result<QString>&) { ++withLiveContext; });
        delete context;
        REQUIRE(QTest::qWaitFor([&] { return withLiveContext == 1; }, 2000));
        QTest::qWait(50);
        CHECK(calls == 0);
    }

    SECTION("not after the store is gone")
    {
        int calls = 0;
        auto* doomed = new MemoryCredentialStore(uuid);
        doomed->write(u"mailbox"_s, u"secret"_s, nullptr, [&calls](const Status&) { ++calls; });
        doomed->probe(nullptr, [&calls](const Status&) { ++calls; });
        delete doomed;
        QTest::qWait(100);
        CHECK(calls == 0);
    }
}

TEST_CASE("Two databases keep separate secrets under the same name", "[secrets]")
{
    auto vault = std::make_shared<MemoryCredentialStore::Vault>();
    const QString uuidA = newUuid();
    const QString uuidB = newUuid();
    MemoryCredentialStore first(uuidA, vault);
    MemoryCredentialStore second(uuidB, vault);

    BUREAU_REQUIRE_OK(first.writeSync(u"smtp"_s, u"secret of A"_s));
    CHECK(errorKind(second.readSync(u"smtp"_s)) == Error::Kind::NotFound);
    BUREAU_REQUIRE_OK(second.writeSync(u"smtp"_s, u"secret of B"_s));

    CHECK(readValue(first, u"smtp"_s) == u"secret of A"_s);
    CHECK(readValue(second, u"smtp"_s) == u"secret of B"_s);
    const QStringList keys = vault->keys();
    CHECK(QSet<QString>(keys.begin(), keys.end()) == QSet<QString>{first.keyFor(u"smtp"_s), second.keyFor(u"smtp"_s)});
    CHECK(first.keyFor(u"smtp"_s) == u"bureau/"_s + uuidA + u"/smtp"_s);

    BUREAU_REQUIRE_OK(first.removeSync(u"smtp"_s));
    CHECK(errorKind(first.readSync(u"smtp"_s)) == Error::Kind::NotFound);
    CHECK(readValue(second, u"smtp"_s) == u"secret of B"_s);
}

TEST_CASE("Names and secrets are validated before anything is stored", "[secrets]")
{
    MemoryCredentialStore store(newUuid());

    const QStringList invalidNames{
        QString(),
        QString(CredentialStore::MaxNameLength + 1, u'a'),
        u"line\nbreak"_s,
        u"tab\there"_s,
        u"nul"_s + QChar(0) + u"byte"_s,
        u"zero\u200bwidth"_s, // a format character: invisible in a list
        u" leading"_s,
        u"trailing "_s,
        u".probe"_s, // reserved for the store
        u"lone "_s + QChar(0xd800) + u"surrogate"_s,
    };
    for (const QString& name : invalidNames) {
        INFO("name: " << name.toStdString());
        CHECK(errorKind(CredentialStore::validateName(name)) == Error::Kind::Invalid);
        CHECK(errorKind(store.writeSync(name, u"secret"_s)) == Error::Kind::Invalid);
        CHECK(errorKind(store.readSync(name)) == Error::Kind::Invalid);
        CHECK(errorKind(store.removeSync(name)) == Error::Kind::Invalid);
    }
    CHECK(store.vault()->size() == 0);

    const QStringList validNames{
        u"smtp"_s,  u"Compte Ameli — Élodie Marchand"_s,           u"imap/work"_s,
        u"clé 🔑"_s, QString(CredentialStore::MaxNameLength, u'é'),
    };
    for (const QString& name : validNames) {
        INFO("name: " << name.toStdString());
        BUREAU_REQUIRE_OK(CredentialStore::validateName(name));
        BUREAU_REQUIRE_OK(store.writeSync(name, u"secret"_s));
        CHECK(readValue(store, name) == u"secret"_s);
    }

    const QString tooLong(CredentialStore::MaxSecretLength + 1, u'x');
    const auto refused = store.writeSync(u"long"_s, tooLong);
    CHECK(errorKind(refused) == Error::Kind::Invalid);
    CHECK_FALSE(refused.error().oneLine().contains(tooLong.left(100)));
    CHECK(errorKind(store.writeSync(u"empty"_s, QString())) == Error::Kind::Invalid);
    CHECK(errorKind(store.readSync(u"long"_s)) == Error::Kind::NotFound);
    CHECK(errorKind(store.readSync(u"empty"_s)) == Error::Kind::NotFound);
}

TEST_CASE("An unavailable store says so and a failed operation writes nothing", "[secrets]")
{
    MemoryCredentialStore store(newUuid());
    QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
    CHECK_FALSE(store.isAvailable()); // unknown until something answered

    BUREAU_REQUIRE_OK(store.probeSync());
    CHECK(store.isAvailable());
    CHECK(store.vault()->size() == 0); // the probe cleans up after itself
    BUREAU_REQUIRE_OK(store.writeSync(u"mailbox"_s, u"kept"_s));

    store.setSimulatedUnavailable(true);
    const Status probed = store.probeSync();
    CHECK(errorKind(probed) == Error::Kind::Io);
    CHECK(probed.error().message.startsWith(u"The system keychain is not available"_s));
    CHECK_FALSE(store.isAvailable());
    CHECK(errorKind(store.readSync(u"mailbox"_s)) == Error::Kind::Io);
    CHECK(errorKind(store.writeSync(u"mailbox"_s, u"overwritten"_s)) == Error::Kind::Io);
    CHECK(errorKind(store.removeSync(u"mailbox"_s)) == Error::Kind::Io);
    REQUIRE(availability.size() == 2);
    CHECK(availability.at(0).at(0).toBool());
    CHECK_FALSE(availability.at(1).at(0).toBool());

    store.setSimulatedUnavailable(false);
    CHECK(readValue(store, u"mailbox"_s) == u"kept"_s);
    CHECK(store.isAvailable());
    CHECK(store.vault()->size() == 1);
}

TEST_CASE("Wiping a secret never damages another holder's copy", "[secrets]")
{
    QString mine = QString::fromUtf8("s3cr\xc3\xa8t");
    const QString theirs = mine; // shares the buffer
    CredentialStore::wipe(mine);
    CHECK(mine.isEmpty());
    CHECK(theirs == QString::fromUtf8("s3cr\xc3\xa8t"));

    QString literal = u"read-only literal"_s; // static data: must not be written to
    CredentialStore::wipe(literal);
    CHECK(literal.isEmpty());

    QString own(u"own"_s.constData(), 3); // held by this string alone: overwritten, then released
    CredentialStore::wipe(own);
    CHECK(own.isEmpty());
}

TEST_CASE("The credential index records names in the database and secrets in the store", "[secrets]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    CredentialIndex index(db.db(), store);
    const QString secret = distinctiveSecret();
    const QDateTime created = db.clock().nowUtc();

    BUREAU_REQUIRE_OK(index.store(u"smtp"_s, u"Boîte mail pro"_s, secret, u"email"_s));
    auto listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).name == u"smtp"_s);
    CHECK(listed->at(0).label == u"Boîte mail pro"_s);
    CHECK(listed->at(0).kind == u"email"_s);
    CHECK(listed->at(0).created == created);
    CHECK(listed->at(0).updated == created);
    CHECK(store.vault()->keys() == QStringList{store.keyFor(u"smtp"_s)});
    auto revealed = index.reveal(u"smtp"_s);
    BUREAU_REQUIRE_OK(revealed);
    CHECK(revealed.value() == secret);

    // Storing again replaces the secret and the label, and keeps the creation date.
    db.clock().advanceMs(60000);
    const QString replacement = distinctiveSecret();
    BUREAU_REQUIRE_OK(index.store(u"smtp"_s, u"Mail (new password)"_s, replacement, u"email"_s));
    listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).label == u"Mail (new password)"_s);
    CHECK(listed->at(0).created == created);
    CHECK(listed->at(0).updated == created.addSecs(60));
    revealed = index.reveal(u"smtp"_s);
    BUREAU_REQUIRE_OK(revealed);
    CHECK(revealed.value() == replacement);

    // The table has no room for a secret, and no byte of the database holds one.
    QSqlQuery columns(db->connection());
    REQUIRE(columns.exec(u"SELECT name FROM pragma_table_info('credentials') ORDER BY cid"_s));
    QStringList names;
    while (columns.next())
        names.append(columns.value(0).toString());
    columns.finish();
    CHECK(names
          == QStringList{u"id"_s, u"name"_s, u"kind"_s, u"label"_s, u"session_only"_s, u"created_at"_s,
                         u"updated_at"_s});
    const QByteArray files = Test::readAll(db.path()) + Test::readAll(db.path() + u"-wal"_s);
    CHECK(files.contains(QByteArray("Mail (new password)"))); // the search sees what was written
    CHECK_FALSE(holds(files, secret));
    CHECK_FALSE(holds(files, replacement));

    BUREAU_REQUIRE_OK(index.remove(u"smtp"_s));
    listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->isEmpty());
    CHECK(store.vault()->size() == 0);
    CHECK(errorKind(index.reveal(u"smtp"_s)) == Error::Kind::NotFound);
    CHECK(errorKind(index.remove(u"smtp"_s)) == Error::Kind::NotFound);
}

TEST_CASE("The credential index records nothing the keychain refused", "[secrets]")
{
    TempDatabase db;
    MemoryCredentialStore store(db->uuid());
    CredentialIndex index(db.db(), store);

    store.setSimulatedUnavailable(true);
    CHECK(errorKind(index.store(u"calendar"_s, u"CalDAV"_s, u"secret"_s, u"calendar"_s)) == Error::Kind::Io);
    auto listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->isEmpty());

    store.setSimulatedUnavailable(false);
    BUREAU_REQUIRE_OK(index.store(u"calendar"_s, u"CalDAV"_s, u"secret"_s, u"calendar"_s));
    store.setSimulatedUnavailable(true);
    // The secret could not be deleted: the name stays, so that the user can try again.
    CHECK(errorKind(index.remove(u"calendar"_s)) == Error::Kind::Io);
    CHECK(errorKind(index.reveal(u"calendar"_s)) == Error::Kind::Io);
    listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->size() == 1);
    store.setSimulatedUnavailable(false);
    auto revealed = index.reveal(u"calendar"_s);
    BUREAU_REQUIRE_OK(revealed);
    CHECK(revealed.value() == u"secret"_s);

    // Bad input records nothing and stores nothing.
    CHECK(errorKind(index.store(u".hidden"_s, QString(), u"secret"_s)) == Error::Kind::Invalid);
    CHECK(errorKind(index.store(u"x"_s, u"two\nlines"_s, u"secret"_s)) == Error::Kind::Invalid);
    CHECK(errorKind(index.store(u"x"_s, QString(), u"secret"_s, u"E-mail"_s)) == Error::Kind::Invalid);
    CHECK(errorKind(index.store(u"x"_s, QString(), QString())) == Error::Kind::Invalid);
    listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->size() == 1);
    CHECK(store.vault()->size() == 1);
}

TEST_CASE("A credential index refuses a store that belongs to another database", "[secrets]")
{
    TempDatabase db;
    MemoryCredentialStore elsewhere(newUuid());
    CredentialIndex index(db.db(), elsewhere);
    CHECK(errorKind(index.store(u"smtp"_s, QString(), u"secret"_s)) == Error::Kind::Invalid);
    CHECK(errorKind(index.reveal(u"smtp"_s)) == Error::Kind::Invalid);
    CHECK(elsewhere.vault()->size() == 0);
}

TEST_CASE("Names of session-only secrets are forgotten at the next start", "[secrets]")
{
    Test::TempDatabase db;
    MemoryCredentialStore sessionStore(db->uuid());
    CredentialIndex index(db.db(), sessionStore);
    BUREAU_REQUIRE_OK(index.store(u"webmail"_s, u"Webmail"_s, u"pw-session"_s));
    auto listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().sessionOnly);

    // A persistent entry stays; the session-only one goes.
    QSqlQuery insert(db->connection());
    REQUIRE(insert.exec(u"INSERT INTO credentials (name, created_at, updated_at) VALUES ('smtp', 0, 0)"_s));
    BUREAU_REQUIRE_OK(index.purgeSessionOnly());
    listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().name == u"smtp"_s);
    CHECK_FALSE(listed->first().sessionOnly);
}

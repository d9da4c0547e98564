// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli access … against the real keychain (the gnome-keyring that scripts/test.sh starts):
// a secret piped in with --password-stdin reaches the keychain, never an argument, the database
// file, or any output but `access reveal`'s; revoking and deleting the client delete it.
//
// Under scripts/test.sh (BUREAU_TEST_KEYRING=1) or CI=true a missing keychain fails these tests;
// elsewhere they are skipped with a message. The test without a keychain runs everywhere.
#include "support/TestSupport.h"

#include "core/secrets/KeychainCredentialStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

bool keychainRequired()
{
    return qEnvironmentVariable("BUREAU_TEST_KEYRING") == u"1" || qEnvironmentVariable("CI") == u"true";
}

/** Whether this session's keychain works: under scripts/test.sh or CI it must. */
bool keychainReady()
{
    KeychainCredentialStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Status probed = store.probeSync();
    if (probed)
        return true;
    const std::string why = probed.error().oneLine().toStdString();
    if (keychainRequired())
        FAIL("the keychain that scripts/test.sh (or CI) provides is not usable: " << why);
    WARN("skipped: no usable keychain in this session (" << why << "); scripts/test.sh starts one");
    SUCCEED("skipped");
    return false;
}

/** A distinctive secret, with non-ASCII characters, that nothing else could contain by chance. */
QString distinctiveSecret()
{
    return QString(QStringLiteral("p\u00e4ss-\u20ac-") + QUuid::createUuid().toString(QUuid::Id128));
}

/** The text in any encoding a file could hold it in: UTF-8, UTF-16, Base64 of the UTF-8. */
bool holds(const QByteArray& bytes, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64());
}

/** Every byte of the database: the file, its write-ahead log and shared memory. */
QByteArray databaseBytes(const QString& db)
{
    return readAll(db) + readAll(db + QStringLiteral("-wal")) + readAll(db + QStringLiteral("-shm"));
}

ProcessResult cli(const QString& db, const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(QStringList{QStringLiteral("--database"), db} + arguments, input);
}

QJsonObject okObject(const QString& db, const QStringList& arguments, const QByteArray& input = {})
{
    const ProcessResult result = cli(db, QStringList{QStringLiteral("--json")} + arguments, input);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonDocument document = parseJson(result.out);
    REQUIRE(document.isObject());
    return document.object();
}

struct Stored
{
    QString databaseUuid;
    QString credentialName;
};

/** The database's UUID and an access's keychain entry name, read from the file in this process. */
Stored storedNames(const QString& db, qint64 accessId)
{
    SystemClock clock;
    auto opened = Database::open(db, clock);
    BUREAU_REQUIRE_OK(opened);
    QSqlQuery query(opened.value()->connection());
    query.prepare(QStringLiteral("SELECT coalesce(credential_name, '') FROM client_accesses WHERE id = ?"));
    query.addBindValue(accessId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    Stored stored{opened.value()->uuid(), query.value(0).toString()};
    query.finish();
    return stored;
}

/** What the keychain holds under a database's name, read in this process. */
Result<QString> keychainValue(const QString& databaseUuid, const QString& name)
{
    KeychainCredentialStore store(databaseUuid);
    return store.readSync(name);
}

/** Restores an environment variable when it goes out of scope. */
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("bureau-cli access keeps the password in the keychain only and reveal alone prints it",
          "[cli][access][keychain]")
{
    if (!keychainReady())
        return;
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 client = okObject(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                        QStringLiteral("Atelier Azur")})
                              .value(QStringLiteral("id"))
                              .toInteger();
    const QString secret = distinctiveSecret();
    QString outputs;

    // Piped in with a final line break, as `echo` gives it: the break is not part of the password.
    const ProcessResult added =
        cli(db,
            {QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("add"), QStringLiteral("--client"),
             QStringLiteral("Atelier Azur"), QStringLiteral("--service"), QStringLiteral("Gmail"),
             QStringLiteral("--url"), QStringLiteral("https://mail.google.com"), QStringLiteral("--username"),
             QStringLiteral("azur@gmail.com"), QStringLiteral("--granted-by"), QStringLiteral("Marie Azur"),
             QStringLiteral("--granted-on"), QStringLiteral("2026-11-02"), QStringLiteral("--notes"),
             QStringLiteral("Boîte partagée"), QStringLiteral("--password-stdin")},
            QByteArray(secret.toUtf8() + '\n'));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    outputs += added.out + added.err;
    const QJsonObject access = parseJson(added.out).object();
    const qint64 accessId = access.value(QStringLiteral("id")).toInteger();
    CHECK(accessId > 0);
    CHECK(access.value(QStringLiteral("clientId")).toInteger() == client);
    CHECK(access.value(QStringLiteral("hasSecret")).toBool());
    CHECK(access.value(QStringLiteral("grantedOn")).toString() == QStringLiteral("2026-11-02"));
    CHECK_FALSE(access.contains(QStringLiteral("credentialName")));

    // In the keychain, under the database's name; not in the database file.
    const Stored stored = storedNames(db, accessId);
    REQUIRE_FALSE(stored.credentialName.isEmpty());
    auto inKeychain = keychainValue(stored.databaseUuid, stored.credentialName);
    BUREAU_REQUIRE_OK(inKeychain);
    CHECK(inKeychain.value() == secret);
    CHECK_FALSE(holds(databaseBytes(db), secret));

    // Listed, in text and JSON, and on the client page, never with the password.
    const ProcessResult listed = cli(db, {QStringLiteral("access"), QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("Gmail")));
    CHECK(listed.out.contains(QStringLiteral("azur@gmail.com")));
    outputs += listed.out + listed.err;
    const ProcessResult listedJson =
        cli(db, {QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--client"),
                 QString::number(client)});
    CHECK(listedJson.exitCode == 0);
    CHECK(parseJson(listedJson.out).array().size() == 1);
    outputs += listedJson.out + listedJson.err;
    const ProcessResult shown = cli(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(client)});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("password in the keychain")));
    outputs += shown.out + shown.err;

    // reveal prints the password alone.
    const ProcessResult revealed =
        cli(db, {QStringLiteral("access"), QStringLiteral("reveal"), QString::number(accessId)});
    INFO(revealed.err.toStdString());
    CHECK(revealed.exitCode == 0);
    CHECK(revealed.out == QString(secret + u'\n'));
    CHECK(revealed.err.isEmpty());

    // Revoked: the password is gone from the keychain, the record stays with its end.
    const ProcessResult revoked =
        cli(db, {QStringLiteral("access"), QStringLiteral("revoke"), QString::number(accessId)});
    CHECK(revoked.exitCode == 0);
    outputs += revoked.out + revoked.err;
    auto afterRevoke = keychainValue(stored.databaseUuid, stored.credentialName);
    REQUIRE_FALSE(afterRevoke.ok());
    CHECK(afterRevoke.error().kind == Error::Kind::NotFound);
    const ProcessResult revealRevoked =
        cli(db, {QStringLiteral("access"), QStringLiteral("reveal"), QString::number(accessId)});
    CHECK(revealRevoked.exitCode == 1);
    CHECK(revealRevoked.out.isEmpty());
    CHECK(lineCount(revealRevoked.err) == 1);
    const QJsonArray afterList =
        parseJson(cli(db, {QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("list")}).out).array();
    REQUIRE(afterList.size() == 1);
    CHECK(afterList.first().toObject().value(QStringLiteral("revoked")).toBool());
    CHECK_FALSE(afterList.first().toObject().value(QStringLiteral("revokedAt")).isNull());

    CHECK_FALSE(holds(outputs.toUtf8(), secret));
    CHECK_FALSE(holds(databaseBytes(db), secret));
}

TEST_CASE("bureau-cli client delete deletes the passwords of its accesses from the keychain", "[cli][access][keychain]")
{
    if (!keychainReady())
        return;
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    okObject(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Qonto Client")});
    const QString secret = distinctiveSecret();
    const qint64 accessId = okObject(db,
                                     {QStringLiteral("access"), QStringLiteral("add"), QStringLiteral("--client"),
                                      QStringLiteral("Qonto Client"), QStringLiteral("--service"),
                                      QStringLiteral("Qonto"), QStringLiteral("--password-stdin")},
                                     secret.toUtf8())
                                .value(QStringLiteral("id"))
                                .toInteger();
    const Stored stored = storedNames(db, accessId);
    BUREAU_REQUIRE_OK(keychainValue(stored.databaseUuid, stored.credentialName));

    // Without a keychain to delete the password from, the client is not deleted either.
    ProcessResult refused;
    {
        ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.file(QStringLiteral("no-bus")).toUtf8());
        ScopedEnv display("DISPLAY", "");
        refused = cli(db, {QStringLiteral("client"), QStringLiteral("delete"), QStringLiteral("Qonto Client"),
                           QStringLiteral("--yes")});
    }
    CHECK(refused.exitCode == 1);
    CHECK(lineCount(refused.err) == 1);
    CHECK(refused.err.contains(QStringLiteral("keychain")));
    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("Qonto Client")})
              .value(QStringLiteral("accesses"))
              .toArray()
              .size()
          == 1);
    BUREAU_REQUIRE_OK(keychainValue(stored.databaseUuid, stored.credentialName));

    const ProcessResult deleted = cli(db, {QStringLiteral("client"), QStringLiteral("delete"),
                                           QStringLiteral("Qonto Client"), QStringLiteral("--yes")});
    INFO(deleted.err.toStdString());
    CHECK(deleted.exitCode == 0);
    CHECK_FALSE(holds(QString(deleted.out + deleted.err).toUtf8(), secret));
    auto afterDelete = keychainValue(stored.databaseUuid, stored.credentialName);
    REQUIRE_FALSE(afterDelete.ok());
    CHECK(afterDelete.error().kind == Error::Kind::NotFound);
}

TEST_CASE("bureau-cli access add refuses bad input and an empty password", "[cli][access]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    okObject(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Atelier Azur")});

    const ProcessResult noService = cli(db,
                                        {QStringLiteral("access"), QStringLiteral("add"), QStringLiteral("--client"),
                                         QStringLiteral("Atelier Azur"), QStringLiteral("--password-stdin")},
                                        "secret");
    CHECK(noService.exitCode == 2);
    CHECK(lineCount(noService.err) == 1);

    // A password as an argument is not an option at all.
    const ProcessResult asArgument =
        cli(db, {QStringLiteral("access"), QStringLiteral("add"), QStringLiteral("--client"),
                 QStringLiteral("Atelier Azur"), QStringLiteral("--service"), QStringLiteral("Gmail"),
                 QStringLiteral("--password"), QStringLiteral("visible")});
    CHECK(asArgument.exitCode == 2);

    const ProcessResult empty = cli(db, {QStringLiteral("access"), QStringLiteral("add"), QStringLiteral("--client"),
                                         QStringLiteral("Atelier Azur"), QStringLiteral("--service"),
                                         QStringLiteral("Gmail"), QStringLiteral("--password-stdin")});
    CHECK(empty.exitCode == 2);
    CHECK(lineCount(empty.err) == 1);
    CHECK(empty.err.contains(QStringLiteral("standard input")));

    const ProcessResult badDate =
        cli(db, {QStringLiteral("access"), QStringLiteral("add"), QStringLiteral("--client"),
                 QStringLiteral("Atelier Azur"), QStringLiteral("--service"), QStringLiteral("Gmail"),
                 QStringLiteral("--granted-on"), QStringLiteral("02/11/2026")});
    CHECK(badDate.exitCode == 2);

    const ProcessResult badId = cli(db, {QStringLiteral("access"), QStringLiteral("reveal"), QStringLiteral("abc")});
    CHECK(badId.exitCode == 2);
    const ProcessResult unknownId = cli(db, {QStringLiteral("access"), QStringLiteral("revoke"), QStringLiteral("42")});
    CHECK(unknownId.exitCode == 1);

    const QJsonDocument listed =
        parseJson(cli(db, {QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("list")}).out);
    CHECK(listed.array().isEmpty());
}

TEST_CASE("bureau-cli access add without a keychain fails clearly and records nothing", "[cli][access]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    okObject(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("Atelier Azur")});
    const QString secret = distinctiveSecret();

    ProcessResult refused;
    {
        // A session bus that does not exist, and no display to start one: no Secret Service.
        ScopedEnv bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.file(QStringLiteral("no-bus")).toUtf8());
        ScopedEnv display("DISPLAY", "");
        refused = cli(db,
                      {QStringLiteral("access"), QStringLiteral("add"), QStringLiteral("--client"),
                       QStringLiteral("Atelier Azur"), QStringLiteral("--service"), QStringLiteral("Gmail"),
                       QStringLiteral("--password-stdin")},
                      secret.toUtf8());
    }
    CHECK(refused.exitCode == 1);
    CHECK(lineCount(refused.err) == 1);
    CHECK(refused.err.contains(QStringLiteral("keychain")));
    CHECK(refused.out.isEmpty());
    CHECK_FALSE(holds(refused.err.toUtf8(), secret));
    // Nothing recorded, and the password kept nowhere else.
    CHECK(parseJson(cli(db, {QStringLiteral("--json"), QStringLiteral("access"), QStringLiteral("list")}).out)
              .array()
              .isEmpty());
    CHECK_FALSE(holds(databaseBytes(db), secret));
}

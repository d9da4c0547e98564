// SPDX-License-Identifier: GPL-3.0-or-later
// Client accesses against the real keychain (the gnome-keyring that scripts/test.sh starts,
// unlocked, in a throwaway HOME): the secret is readable through the keychain, absent from the
// database files, a backup, the GDPR export and the log, and gone after revoke or erasure.
//
// Under scripts/test.sh (BUREAU_TEST_KEYRING=1) or CI=true a missing keychain fails these tests;
// elsewhere they are skipped with a message.
#include "support/TestSupport.h"

#include "core/secrets/KeychainCredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/services/ClientDataService.h"
#include "core/storage/BackupManager.h"
#include "core/storage/ZipReader.h"

#include <QDir>
#include <QDirIterator>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Bureau;
using Bureau::Test::TempDatabase;
using Bureau::Test::TempDir;

namespace
{

bool keychainRequired()
{
    return qEnvironmentVariable("BUREAU_TEST_KEYRING") == QStringLiteral("1")
           || qEnvironmentVariable("CI") == QStringLiteral("true");
}

/** Whether the keychain of this session works: under scripts/test.sh or CI it must. */
bool keychainReady(CredentialStore& store)
{
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

QString distinctiveSecret()
{
    return QString(QStringLiteral("acc\u00e8s-\u20ac-") + QUuid::createUuid().toString(QUuid::Id128));
}

bool holds(const QByteArray& bytes, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64());
}

/** Every entry of an archive, decompressed, that holds @p text. */
QStringList entriesHolding(const QString& archive, const QString& text)
{
    ZipReader zip;
    BUREAU_REQUIRE_OK(zip.open(archive));
    QStringList found;
    for (const ZipReader::Entry& entry : zip.entries()) {
        if (entry.isDirectory)
            continue;
        auto bytes = zip.read(entry.name, 256 * 1024 * 1024);
        BUREAU_REQUIRE_OK(bytes);
        if (holds(bytes.value(), text))
            found << entry.name;
    }
    return found;
}

/** Every message Qt logs while it lives, for checking that no secret reaches the log. */
class LogCapture
{
public:
    LogCapture() { m_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    static QStringList messages()
    {
        QMutexLocker lock(&mutex());
        return log();
    }

private:
    static void handle(QtMsgType, const QMessageLogContext&, const QString& message)
    {
        QMutexLocker lock(&mutex());
        log().append(message);
    }
    static QMutex& mutex()
    {
        static QMutex m;
        return m;
    }
    static QStringList& log()
    {
        static QStringList messages;
        return messages;
    }

    QtMessageHandler m_previous = nullptr;
};

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

ClientAccess access(qint64 clientId)
{
    ClientAccess out;
    out.clientId = clientId;
    out.service = QStringLiteral("Espace bancaire");
    out.url = QStringLiteral("https://banque.example.fr");
    out.username = QStringLiteral("atelier.dupont");
    return out;
}

} // namespace

TEST_CASE("A client access secret lives in the keychain only and is gone after revoke", "[access][keychain]")
{
    TempDatabase db;
    TempDir out;
    KeychainCredentialStore store(db->uuid());
    if (!keychainReady(store))
        return;
    const LogCapture capture;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    const QString secret = distinctiveSecret();

    auto added = service.add(access(client), secret);
    BUREAU_REQUIRE_OK(added);
    const QString name = added->credentialName;
    REQUIRE_FALSE(name.isEmpty());

    // Readable through the keychain itself, and through the service.
    auto read = store.readSync(name);
    BUREAU_REQUIRE_OK(read);
    CHECK(read.value() == secret);
    auto revealed = service.revealSync(added->id);
    BUREAU_REQUIRE_OK(revealed);
    CHECK(revealed.value() == secret);

    // The database and its log files: the name is there, the secret is not.
    const QStringList databaseFiles{db.path(), db.path() + QStringLiteral("-wal"), db.path() + QStringLiteral("-shm")};
    QByteArray databaseBytes;
    for (const QString& file : databaseFiles)
        databaseBytes += Test::readAll(file);
    CHECK(holds(databaseBytes, name));
    CHECK_FALSE(holds(databaseBytes, secret));

    // A backup, every entry decompressed, the database copy included.
    BackupManager backups(db.db(), db.clock(), out.file(QStringLiteral("backups")));
    auto backup = backups.create(BackupManager::Reason::Manual);
    BUREAU_REQUIRE_OK(backup);
    CHECK(entriesHolding(backup->path, name) == QStringList{QStringLiteral("bureau.sqlite")});
    CHECK(entriesHolding(backup->path, secret).isEmpty());
    CHECK_FALSE(holds(Test::readAll(backup->path), secret));

    // The GDPR export: the access is listed, its secret is not.
    ClientDataService data(db.db(), store);
    const QString exportPath = out.file(QStringLiteral("client.zip"));
    BUREAU_REQUIRE_OK(data.exportClient(client, exportPath));
    CHECK(entriesHolding(exportPath, QStringLiteral("Espace bancaire")) == QStringList{QStringLiteral("client.json")});
    CHECK(entriesHolding(exportPath, secret).isEmpty());

    // Revoked: gone from the keychain, the record kept.
    BUREAU_REQUIRE_OK(service.revoke(added->id));
    auto gone = store.readSync(name);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    auto record = service.find(added->id);
    BUREAU_REQUIRE_OK(record);
    CHECK(record->isRevoked());
    CHECK(record->service == QStringLiteral("Espace bancaire"));

    // Nothing of it was logged.
    const QStringList logged = LogCapture::messages();
    for (const QString& message : logged)
        CHECK_FALSE(message.contains(secret));
    // Every file the test wrote, once more.
    QDirIterator it(db.dir(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        INFO(file.toStdString());
        CHECK_FALSE(holds(Test::readAll(file), secret));
    }
}

TEST_CASE("Erasing a client deletes its access secrets from the keychain", "[access][keychain]")
{
    TempDatabase db;
    KeychainCredentialStore store(db->uuid());
    if (!keychainReady(store))
        return;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    ClientAccessService service(db.db(), store);
    auto first = service.add(access(client), distinctiveSecret());
    BUREAU_REQUIRE_OK(first);
    auto second = service.add(access(client), distinctiveSecret());
    BUREAU_REQUIRE_OK(second);

    ClientDataService data(db.db(), store);
    auto erased = data.eraseClient(client);
    BUREAU_REQUIRE_OK(erased);
    CHECK(erased->warnings.isEmpty());
    CHECK(erased->accessesRevoked == 2);
    for (const QString& name : {first->credentialName, second->credentialName}) {
        auto gone = store.readSync(name);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().kind == Error::Kind::NotFound);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Files attached to clients: copied under documents/ with generated names, hashed, refused when
// they are links, folders, FIFOs or named with a path; the row and the copy always agree.
#include "support/TestSupport.h"

#include "core/services/ClientFileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Bureau;
using Bureau::Test::TempDatabase;
using Bureau::Test::TempDir;

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

QStringList documentsIn(const ClientFileStore& store)
{
    return QDir(store.documentsDir()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

int fileRows(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM client_files")));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

template<typename R>
Error::Kind errorKind(const R& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().kind;
}

} // namespace

TEST_CASE("An attached file is copied under a generated name with its size and hash", "[clientfile]")
{
    TempDatabase db;
    TempDir source;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const QByteArray bytes = QByteArray("%PDF-1.7 contrat de prestation\n").repeated(1000);
    const QString path = source.file(QStringLiteral("Contrat signé.PDF"));
    Test::writeAll(path, bytes);

    ClientFileStore store(db.db());
    CHECK(store.documentsDir() == QDir(db.dir()).filePath(QStringLiteral("documents")));
    auto attached = store.attach(client, path, ClientFile::Category::Contract);
    BUREAU_REQUIRE_OK(attached);
    CHECK(attached->id > 0);
    CHECK(attached->originalName == QStringLiteral("Contrat signé.PDF"));
    CHECK(attached->size == bytes.size());
    CHECK(attached->sha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(attached->storedName.startsWith(QStringLiteral("client-%1-").arg(client)));
    CHECK(attached->storedName.endsWith(QStringLiteral(".pdf")));
    CHECK(ClientFileStore::isGeneratedName(attached->storedName));
    CHECK(attached->addedAtMs == db.clock().nowMs());

    const QString copy = store.absolutePath(attached.value());
    CHECK(QFileInfo(copy).absolutePath() == QFileInfo(store.documentsDir()).absoluteFilePath());
    CHECK(Test::readAll(copy) == bytes);
    CHECK(QFileInfo(copy).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    BUREAU_REQUIRE_OK(store.verify(attached.value()));

    auto listed = store.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first() == attached.value());

    // Given a name (e.g. from a drop): kept as the original name.
    auto named = store.attach(client, path, ClientFile::Category::Other, QStringLiteral("Procédure v2"));
    BUREAU_REQUIRE_OK(named);
    CHECK(named->originalName == QStringLiteral("Procédure v2"));
    CHECK_FALSE(named->storedName.contains(u'.'));
    CHECK(documentsIn(store).size() == 2);
}

TEST_CASE("Links folders FIFOs missing files and path-like names are refused", "[clientfile]")
{
    TempDatabase db;
    TempDir source;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const QString real = source.file(QStringLiteral("real.txt"));
    Test::writeAll(real, "procédure");
    const QString link = source.file(QStringLiteral("link.txt"));
    REQUIRE(QFile::link(real, link));
    const QString fifo = source.file(QStringLiteral("pipe.txt"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    ClientFileStore store(db.db());

    auto viaLink = store.attach(client, link, ClientFile::Category::Other);
    CHECK(errorKind(viaLink) == Error::Kind::Invalid);
    CHECK(viaLink.error().message.contains(QStringLiteral("link")));
    CHECK(errorKind(store.attach(client, source.path(), ClientFile::Category::Other)) == Error::Kind::Invalid);
    CHECK(errorKind(store.attach(client, fifo, ClientFile::Category::Other)) == Error::Kind::Invalid);
    CHECK(errorKind(store.attach(client, source.file(QStringLiteral("absent.pdf")), ClientFile::Category::Other))
          == Error::Kind::NotFound);
    for (const QString& name :
         {QStringLiteral("../../etc/passwd"), QStringLiteral(".."), QStringLiteral("a/b.pdf"),
          QStringLiteral("a\\b.pdf"), QStringLiteral("."), QStringLiteral("  "), QStringLiteral("bad\nname.pdf")}) {
        INFO(name.toStdString());
        CHECK(errorKind(store.attach(client, real, ClientFile::Category::Other, name)) == Error::Kind::Invalid);
    }
    CHECK(errorKind(store.attach(4242, real, ClientFile::Category::Other)) == Error::Kind::NotFound);

    // A file announced larger than the limit (sparse: nothing is written) is refused before copying.
    const QString huge = source.file(QStringLiteral("huge.bin"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(ClientFileStore::MaxFileSize + 1));
    }
    CHECK(errorKind(store.attach(client, huge, ClientFile::Category::Other)) == Error::Kind::Invalid);

    CHECK(fileRows(db.db()) == 0);
    CHECK(documentsIn(store).isEmpty());
}

TEST_CASE("When recording an attached file fails its copy is removed", "[clientfile]")
{
    TempDatabase db;
    TempDir source;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const QString real = source.file(QStringLiteral("real.txt"));
    Test::writeAll(real, "procédure");
    BUREAU_REQUIRE_OK(db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse_files BEFORE INSERT ON client_files "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    ClientFileStore store(db.db());
    auto refused = store.attach(client, real, ClientFile::Category::Other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Database);
    CHECK(fileRows(db.db()) == 0);
    CHECK(documentsIn(store).isEmpty());
}

TEST_CASE("Removing an attached file deletes its row then its copy", "[clientfile]")
{
    TempDatabase db;
    TempDir source;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const QString real = source.file(QStringLiteral("contrat.pdf"));
    Test::writeAll(real, "%PDF-1.7");
    ClientFileStore store(db.db());
    auto attached = store.attach(client, real, ClientFile::Category::Contract);
    BUREAU_REQUIRE_OK(attached);
    const QString copy = store.absolutePath(attached.value());
    REQUIRE(QFileInfo::exists(copy));

    auto changed = store.setCategory(attached->id, ClientFile::Category::Procedure);
    BUREAU_REQUIRE_OK(changed);
    CHECK(changed->category == ClientFile::Category::Procedure);

    BUREAU_REQUIRE_OK(store.remove(attached->id));
    CHECK_FALSE(QFileInfo::exists(copy));
    CHECK(fileRows(db.db()) == 0);
    CHECK(errorKind(store.remove(attached->id)) == Error::Kind::NotFound);
    // The source is never touched.
    CHECK(Test::readAll(real) == QByteArray("%PDF-1.7"));
}

TEST_CASE("Verifying an attached file detects a changed or missing copy", "[clientfile]")
{
    TempDatabase db;
    TempDir source;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const QString real = source.file(QStringLiteral("procedure.txt"));
    Test::writeAll(real, "Étape 1");
    ClientFileStore store(db.db());
    auto attached = store.attach(client, real, ClientFile::Category::Procedure);
    BUREAU_REQUIRE_OK(attached);
    const QString copy = store.absolutePath(attached.value());

    Test::writeAll(copy, "Étape 2");
    CHECK(errorKind(store.verify(attached.value())) == Error::Kind::Corrupt);
    Test::writeAll(copy, "Étape 1 et plus");
    CHECK(errorKind(store.verify(attached.value())) == Error::Kind::Corrupt);
    REQUIRE(QFile::remove(copy));
    CHECK(errorKind(store.verify(attached.value())) == Error::Kind::NotFound);

    // A name Bureau did not generate (a tampered row) is never resolved to a path.
    ClientFile tampered = attached.value();
    tampered.storedName = QStringLiteral("../bureau.sqlite");
    CHECK(store.absolutePath(tampered).isEmpty());
    CHECK(errorKind(store.verify(tampered)) == Error::Kind::Corrupt);
    BUREAU_REQUIRE_OK(store.deleteStoredFiles({QStringLiteral("../bureau.sqlite")}));
    CHECK(QFileInfo::exists(db.path()));
}

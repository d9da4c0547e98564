// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli as a user runs it: the real binary, real files, exit codes and --json.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Bureau;
using namespace Bureau::Test;

TEST_CASE("bureau-cli prints its version and refuses unknown commands", "[cli]")
{
    const auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("bureau-cli ") + QStringLiteral(BUREAU_VERSION)));

    const auto json = runCli({QStringLiteral("--json"), QStringLiteral("--version")});
    CHECK(json.exitCode == 0);
    CHECK(parseJson(json.out).object().value(QStringLiteral("version")).toString() == QStringLiteral(BUREAU_VERSION));

    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const auto unknown = runCli({QStringLiteral("--database"), db, QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(lineCount(unknown.err) == 1);
    CHECK(unknown.err.contains(QLatin1String("frobnicate")));
    CHECK_FALSE(QFile::exists(db)); // a usage error creates nothing

    const auto none = runCli({QStringLiteral("--database"), db});
    CHECK(none.exitCode == 2);
    CHECK(lineCount(none.err) == 1);
}

TEST_CASE("bureau-cli demo then check succeeds", "[cli]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    const auto demo = runCli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                              QStringLiteral("small")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    const auto check = runCli({QStringLiteral("--database"), db, QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QLatin1String("Integrity: ok")));

    const auto json = runCli({QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("check")});
    CHECK(json.exitCode == 0);
    const QJsonObject report = parseJson(json.out).object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("migrationPending")).toBool() == false);
    CHECK(report.value(QStringLiteral("schemaVersion")).toInt() >= 2);
    CHECK(report.value(QStringLiteral("uuid")).toString().size() == 36);

    // Demo data goes into a new database only.
    const auto again = runCli({QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("demo")});
    CHECK(again.exitCode == 1);
    CHECK(lineCount(again.err) == 1);
    CHECK(parseJson(again.err).object().value(QStringLiteral("kind")).toString() == QLatin1String("conflict"));

    const auto badSize = runCli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                                 QStringLiteral("huge")});
    CHECK(badSize.exitCode == 2);
}

TEST_CASE("bureau-cli reports damaged files in one line and leaves them untouched", "[cli][corruption]")
{
    TempDir dir;
    const QString good = dir.file(QStringLiteral("good.sqlite"));
    REQUIRE(runCli({QStringLiteral("--database"), good, QStringLiteral("demo"), QStringLiteral("--size"),
                    QStringLiteral("small")})
                .exitCode
            == 0);
    const QByteArray bytes = readAll(good);
    REQUIRE(bytes.size() > 20 * 4096);

    QByteArray zeroedPages = bytes;
    // Zero data pages near the end (clients and contacts, far from the schema and the profile): the
    // header is intact, so only an integrity check can tell.
    const qsizetype pages = bytes.size() / 4096;
    std::fill(zeroedPages.begin() + (pages - 8) * 4096, zeroedPages.begin() + (pages - 4) * 4096, '\0');
    QByteArray randomBytes(bytes.size(), '\0');
    for (int i = 0; i < randomBytes.size(); ++i)
        randomBytes[i] = char((i * 2654435761u) >> 24);
    const std::pair<const char*, QByteArray> damages[] = {
        {"truncated", bytes.left(bytes.size() - 3 * 4096)},
        {"random bytes", randomBytes},
        {"zeroed pages", zeroedPages},
        {"not a database", QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Élodie\r\nEND:VCARD\r\n")},
    };
    for (const auto& [name, damaged] : damages) {
        INFO(name);
        const QString path = dir.file(QStringLiteral("damaged.sqlite"));
        QFile::remove(path);
        writeAll(path, damaged);
        const auto check = runCli({QStringLiteral("--database"), path, QStringLiteral("check")});
        CHECK(check.exitCode == 3);
        CHECK_FALSE(check.crashed);
        CHECK(lineCount(check.err) == 1);
        CHECK(check.err.contains(QLatin1String("damaged")));
        CHECK(readAll(path) == damaged);
        // Commands that would write refuse too, and still write nothing — even one whose own
        // pages are sound (the profile lives far from the zeroed contacts).
        for (const QStringList& command : {QStringList{QStringLiteral("backup"), QStringLiteral("create")},
                                           QStringList{QStringLiteral("profile"), QStringLiteral("set"),
                                                       QStringLiteral("--city"), QStringLiteral("Paris")}}) {
            INFO(command.join(u' ').toStdString());
            const auto write = runCli(QStringList{QStringLiteral("--database"), path} + command);
            CHECK(write.exitCode == 3);
            CHECK(lineCount(write.err) == 1);
            CHECK(readAll(path) == damaged);
        }
    }
}

TEST_CASE("bureau-cli backups can be created listed verified and restored", "[cli][backup]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("x.sqlite"));
    REQUIRE(runCli({QStringLiteral("--database"), db, QStringLiteral("demo")}).exitCode == 0);

    const auto created = runCli({QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("backup"),
                                 QStringLiteral("create")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QJsonObject backup = parseJson(created.out).object();
    const QString archive = backup.value(QStringLiteral("path")).toString();
    CHECK(QFile::exists(archive));
    CHECK_FALSE(backup.value(QStringLiteral("id")).toString().isEmpty());
    CHECK(backup.value(QStringLiteral("verified")).toBool());

    const auto listed =
        runCli({QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    const QJsonArray list = parseJson(listed.out).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(QStringLiteral("path")).toString() == archive);

    const auto verified = runCli({QStringLiteral("--database"), db, QStringLiteral("backup"), QStringLiteral("verify"), archive});
    CHECK(verified.exitCode == 0);

    // Damage the archive: verify names the problem in one line.
    QByteArray zip = readAll(archive);
    const QString broken = dir.file(QStringLiteral("broken.zip"));
    zip[zip.size() / 2] = char(zip[zip.size() / 2] ^ 0x5a);
    writeAll(broken, zip);
    const auto refused = runCli({QStringLiteral("--database"), db, QStringLiteral("backup"), QStringLiteral("verify"), broken});
    CHECK(refused.exitCode == 3);
    CHECK(lineCount(refused.err) == 1);

    // Restore over a changed database: the data of the backup comes back; the replaced file is kept.
    REQUIRE(runCli({QStringLiteral("--database"), db, QStringLiteral("profile"), QStringLiteral("set"),
                    QStringLiteral("--city"), QStringLiteral("Quimper")})
                .exitCode
            == 0);
    const QByteArray beforeRestore = readAll(db);
    const auto restored = runCli({QStringLiteral("--database"), db, QStringLiteral("backup"), QStringLiteral("restore"), archive});
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("x.sqlite.before-restore-*")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(readAll(dir.file(aside.first())) == beforeRestore);
    const auto check = runCli({QStringLiteral("--database"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
    const auto profile = runCli({QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("profile"),
                                 QStringLiteral("show")});
    REQUIRE(profile.exitCode == 0);
    CHECK(parseJson(profile.out).object().value(QStringLiteral("city")).toString() != QStringLiteral("Quimper"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli client … and task … as a user runs them: the real binary, a real database file.
#include "support/TestSupport.h"

#include "core/domain/ClientRecords.h"
#include "core/interop/CsvReader.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

ProcessResult cli(const QString& db, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--database"), db} + arguments);
}

/** Runs a command that must succeed and returns its standard output. */
QString ok(const QString& db, const QStringList& arguments)
{
    const ProcessResult result = cli(db, arguments);
    INFO(arguments.join(u' ').toStdString() << "\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE_FALSE(result.crashed);
    return result.out;
}

QJsonObject okObject(const QString& db, const QStringList& arguments)
{
    const QJsonDocument document = parseJson(ok(db, QStringList{QStringLiteral("--json")} + arguments));
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray okArray(const QString& db, const QStringList& arguments)
{
    const QJsonDocument document = parseJson(ok(db, QStringList{QStringLiteral("--json")} + arguments));
    REQUIRE(document.isArray());
    return document.array();
}

qint64 addClient(const QString& db, const QStringList& options)
{
    const QJsonObject client = okObject(db, QStringList{QStringLiteral("client"), QStringLiteral("add")} + options);
    const qint64 id = client.value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    return id;
}

QStringList names(const QJsonArray& clients)
{
    QStringList list;
    for (const QJsonValue& client : clients)
        list << client.toObject().value(QStringLiteral("name")).toString();
    return list;
}

/** A file of the vcf/ folder of interopDir(); empty (after a skip) when absent. */
QString vcfFile(const QString& name)
{
    const QString path = QDir::cleanPath(interopDir() + QStringLiteral("/vcf/") + name);
    if (QFile::exists(path))
        return path;
    if (qEnvironmentVariable("CI") == u"true")
        FAIL("the interop files are missing under CI: " << path.toStdString());
    WARN("skipped: " << path.toStdString() << " is missing (../shared/interop or tests/data/interop)");
    SUCCEED("skipped");
    return {};
}

/** A count over the database file, read in this process (the CLI has exited). */
qint64 countRows(const QString& db, const QString& sql)
{
    SystemClock clock;
    auto opened = Database::open(db, clock);
    BUREAU_REQUIRE_OK(opened);
    QSqlQuery query(opened.value()->connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

} // namespace

TEST_CASE("bureau-cli client add with every option then show returns each field", "[cli][client]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));

    const qint64 id = addClient(db, {QStringLiteral("--name"),          QStringLiteral("Atelier Azur"),
                                     QStringLiteral("--legal-form"),    QStringLiteral("SAS"),
                                     QStringLiteral("--siren"),         QStringLiteral("732 829 320"),
                                     QStringLiteral("--vat"),           QStringLiteral("FR44 732829320"),
                                     QStringLiteral("--address"),       QStringLiteral("12 rue des Lilas\\nBâtiment B"),
                                     QStringLiteral("--postal-code"),   QStringLiteral("75011"),
                                     QStringLiteral("--city"),          QStringLiteral("Paris"),
                                     QStringLiteral("--country"),       QStringLiteral("fr"),
                                     QStringLiteral("--email"),         QStringLiteral("contact@azur.fr"),
                                     QStringLiteral("--email"),         QStringLiteral("compta@azur.fr"),
                                     QStringLiteral("--phone"),         QStringLiteral("01 23 45 67 89"),
                                     QStringLiteral("--website"),       QStringLiteral("www.azur.fr"),
                                     QStringLiteral("--language"),      QStringLiteral("en"),
                                     QStringLiteral("--timezone"),      QStringLiteral("Europe/Brussels"),
                                     QStringLiteral("--currency"),      QStringLiteral("eur"),
                                     QStringLiteral("--rate"),          QStringLiteral("45,50"),
                                     QStringLiteral("--payment-terms"), QStringLiteral("45"),
                                     QStringLiteral("--rounding"),      QStringLiteral("15"),
                                     QStringLiteral("--rounding-mode"), QStringLiteral("nearest"),
                                     QStringLiteral("--rounding-per"),  QStringLiteral("line"),
                                     QStringLiteral("--status"),        QStringLiteral("prospect"),
                                     QStringLiteral("--tag"),           QStringLiteral("VIP"),
                                     QStringLiteral("--tag"),           QStringLiteral("Long terme"),
                                     QStringLiteral("--notes"),         QStringLiteral("Préfère le téléphone.")});

    const QJsonObject c = okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)});
    CHECK(c.value(QStringLiteral("id")).toInteger() == id);
    CHECK(c.value(QStringLiteral("name")).toString() == QStringLiteral("Atelier Azur"));
    CHECK(c.value(QStringLiteral("kind")).toString() == QStringLiteral("company"));
    CHECK(c.value(QStringLiteral("professional")).toBool());
    CHECK(c.value(QStringLiteral("legalForm")).toString() == QStringLiteral("SAS"));
    CHECK(c.value(QStringLiteral("siret")).toString() == QStringLiteral("732829320"));
    CHECK(c.value(QStringLiteral("vatNumber")).toString() == QStringLiteral("FR44732829320"));
    CHECK(c.value(QStringLiteral("addressLines")).toArray()
          == QJsonArray({QStringLiteral("12 rue des Lilas"), QStringLiteral("Bâtiment B")}));
    CHECK(c.value(QStringLiteral("postalCode")).toString() == QStringLiteral("75011"));
    CHECK(c.value(QStringLiteral("city")).toString() == QStringLiteral("Paris"));
    CHECK(c.value(QStringLiteral("country")).toString() == QStringLiteral("FR"));
    CHECK(c.value(QStringLiteral("email")).toString() == QStringLiteral("contact@azur.fr"));
    CHECK(c.value(QStringLiteral("emails")).toArray().size() == 2);
    CHECK(c.value(QStringLiteral("phone")).toString() == QStringLiteral("01 23 45 67 89"));
    CHECK(c.value(QStringLiteral("phones")).toArray().first().toObject().value(QStringLiteral("e164")).toString()
          == QStringLiteral("+33123456789"));
    CHECK(c.value(QStringLiteral("website")).toString() == QStringLiteral("www.azur.fr"));
    CHECK(c.value(QStringLiteral("language")).toString() == QStringLiteral("en"));
    CHECK(c.value(QStringLiteral("timeZone")).toString() == QStringLiteral("Europe/Brussels"));
    CHECK(c.value(QStringLiteral("currency")).toString() == QStringLiteral("EUR"));
    CHECK(c.value(QStringLiteral("hourlyRate")).toString() == QStringLiteral("45.50"));
    CHECK(c.value(QStringLiteral("hourlyRateCents")).toInteger() == 4550);
    CHECK(c.value(QStringLiteral("paymentTermsDays")).toInt() == 45);
    const QJsonObject rounding = c.value(QStringLiteral("rounding")).toObject();
    CHECK(rounding.value(QStringLiteral("stepMinutes")).toInt() == 15);
    CHECK(rounding.value(QStringLiteral("mode")).toString() == QStringLiteral("nearest"));
    CHECK(rounding.value(QStringLiteral("per")).toString() == QStringLiteral("line"));
    CHECK(c.value(QStringLiteral("status")).toString() == QStringLiteral("prospect"));
    // Tags come back sorted.
    CHECK(c.value(QStringLiteral("tags")).toArray()
          == QJsonArray({QStringLiteral("Long terme"), QStringLiteral("VIP")}));
    CHECK(c.value(QStringLiteral("notes")).toString() == QStringLiteral("Préfère le téléphone."));
    CHECK_FALSE(c.value(QStringLiteral("archived")).toBool());
    // A new client starts its onboarding checklist from the template.
    CHECK(c.value(QStringLiteral("onboarding")).toObject().value(QStringLiteral("total")).toInt() > 0);

    // The text form reads as a block, identifiers grouped.
    const QString text = ok(db, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("Atelier Azur")});
    CHECK(text.startsWith(QStringLiteral("Atelier Azur (id %1)").arg(id)));
    CHECK(text.contains(QStringLiteral("732 829 320")));
    CHECK(text.contains(QStringLiteral("contact@azur.fr, compta@azur.fr")));
    CHECK(text.contains(QStringLiteral("Onboarding: 0 of")));

    // A private client is a person; a client abroad gets its country's zone and English documents.
    const qint64 privateId =
        addClient(db, {QStringLiteral("--name"), QStringLiteral("John Smith"), QStringLiteral("--private"),
                       QStringLiteral("--country"), QStringLiteral("CA")});
    const QJsonObject p = okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(privateId)});
    CHECK(p.value(QStringLiteral("kind")).toString() == QStringLiteral("person"));
    CHECK_FALSE(p.value(QStringLiteral("professional")).toBool());
    CHECK(p.value(QStringLiteral("timeZone")).toString() == QStringLiteral("America/Toronto"));
    CHECK(p.value(QStringLiteral("language")).toString() == QStringLiteral("en"));
}

TEST_CASE("bureau-cli client list prints an aligned table and a JSON array with filters", "[cli][client]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, {QStringLiteral("--name"), QStringLiteral("Zèbre Conseil"), QStringLiteral("--city"),
                   QStringLiteral("Lyon"), QStringLiteral("--email"), QStringLiteral("bonjour@zebre.fr"),
                   QStringLiteral("--tag"), QStringLiteral("VIP")});
    addClient(db, {QStringLiteral("--name"), QStringLiteral("Élodie Martin"), QStringLiteral("--kind"),
                   QStringLiteral("person"), QStringLiteral("--phone"), QStringLiteral("06 12 34 56 78"),
                   QStringLiteral("--status"), QStringLiteral("prospect")});
    addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur"), QStringLiteral("--country"),
                   QStringLiteral("BE"), QStringLiteral("--status"), QStringLiteral("paused")});

    // By folded name: Atelier, Élodie, Zèbre.
    const QJsonArray all = okArray(db, {QStringLiteral("client"), QStringLiteral("list")});
    CHECK(names(all)
          == QStringList(
              {QStringLiteral("Atelier Azur"), QStringLiteral("Élodie Martin"), QStringLiteral("Zèbre Conseil")}));
    for (const QJsonValue& client : all)
        CHECK(client.toObject().value(QStringLiteral("id")).toInteger() > 0);

    const QString table = ok(db, {QStringLiteral("client"), QStringLiteral("list")});
    const QStringList lines = table.trimmed().split(u'\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).contains(QStringLiteral("Name")));
    // Columns are aligned: each row's status starts where the header's "Status" does.
    const auto statusColumn = lines.at(0).indexOf(QStringLiteral("Status"));
    REQUIRE(statusColumn > 0);
    CHECK(lines.at(1).mid(statusColumn).startsWith(QStringLiteral("Paused")));
    CHECK(lines.at(2).mid(statusColumn).startsWith(QStringLiteral("Prospect")));
    CHECK(lines.at(3).mid(statusColumn).startsWith(QStringLiteral("Active")));
    CHECK(lines.at(3).contains(QStringLiteral("Lyon, FR")));
    CHECK(lines.at(3).contains(QStringLiteral("bonjour@zebre.fr")));
    CHECK(lines.at(2).contains(QStringLiteral("06 12 34 56 78")));

    CHECK(names(okArray(db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--status"),
                             QStringLiteral("prospect")}))
          == QStringList{QStringLiteral("Élodie Martin")});
    CHECK(names(okArray(
              db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--tag"), QStringLiteral("vip")}))
          == QStringList{QStringLiteral("Zèbre Conseil")});
    // Search ignores accents and case.
    CHECK(names(okArray(db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--search"),
                             QStringLiteral("elodie")}))
          == QStringList{QStringLiteral("Élodie Martin")});
    CHECK(okArray(db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--search"),
                       QStringLiteral("nobody-here")})
              .isEmpty());

    const ProcessResult badStatus = cli(
        db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("sleeping")});
    CHECK(badStatus.exitCode == 2);
    CHECK(lineCount(badStatus.err) == 1);
}

TEST_CASE("bureau-cli client edit changes only the fields given", "[cli][client]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 id = addClient(
        db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur"), QStringLiteral("--email"),
             QStringLiteral("contact@azur.fr"), QStringLiteral("--email"), QStringLiteral("old@azur.fr"),
             QStringLiteral("--tag"), QStringLiteral("VIP"), QStringLiteral("--tag"), QStringLiteral("Paris"),
             QStringLiteral("--city"), QStringLiteral("Paris"), QStringLiteral("--rate"), QStringLiteral("40")});
    const QJsonObject before = okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)});

    const QJsonObject edited =
        okObject(db, {QStringLiteral("client"), QStringLiteral("edit"), QStringLiteral("Atelier Azur"),
                      QStringLiteral("--add-email"), QStringLiteral("new@azur.fr"), QStringLiteral("--remove-email"),
                      QStringLiteral("OLD@azur.fr"), QStringLiteral("--untag"), QStringLiteral("vip"),
                      QStringLiteral("--tag"), QStringLiteral("Fidèle"), QStringLiteral("--status"),
                      QStringLiteral("paused"), QStringLiteral("--notes"), QStringLiteral("Rappeler en janvier."),
                      QStringLiteral("--add-phone"), QStringLiteral("+33 6 12 34 56 78")});
    CHECK(edited.value(QStringLiteral("id")).toInteger() == id);

    const QJsonObject after = okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)});
    QStringList emails;
    for (const QJsonValue& email : after.value(QStringLiteral("emails")).toArray())
        emails << email.toObject().value(QStringLiteral("value")).toString();
    CHECK(emails == QStringList({QStringLiteral("contact@azur.fr"), QStringLiteral("new@azur.fr")}));
    CHECK(after.value(QStringLiteral("tags")).toArray()
          == QJsonArray({QStringLiteral("Fidèle"), QStringLiteral("Paris")}));
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("paused"));
    CHECK(after.value(QStringLiteral("notes")).toString() == QStringLiteral("Rappeler en janvier."));
    CHECK(after.value(QStringLiteral("phone")).toString() == QStringLiteral("+33 6 12 34 56 78"));
    // What was not named stays as it was.
    for (const char* field : {"name", "city", "country", "hourlyRate", "timeZone", "language", "kind", "createdAt"})
        CHECK(after.value(QLatin1String(field)) == before.value(QLatin1String(field)));

    // A bad value refuses the whole edit, naming the option, and changes nothing.
    const ProcessResult bad =
        cli(db, {QStringLiteral("client"), QStringLiteral("edit"), QString::number(id), QStringLiteral("--status"),
                 QStringLiteral("active"), QStringLiteral("--email"), QStringLiteral("not-an-address")});
    CHECK(bad.exitCode == 1);
    CHECK(lineCount(bad.err) == 1);
    CHECK(bad.err.contains(QStringLiteral("--email")));
    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)}) == after);

    const ProcessResult nothing = cli(db, {QStringLiteral("client"), QStringLiteral("edit"), QString::number(id)});
    CHECK(nothing.exitCode == 2);

    // A contact person, marked primary.
    const QJsonObject contact = okObject(
        db, {QStringLiteral("client"), QStringLiteral("add-contact"), QString::number(id), QStringLiteral("--name"),
             QStringLiteral("Jeanne Roux"), QStringLiteral("--role"), QStringLiteral("Office manager"),
             QStringLiteral("--email"), QStringLiteral("jeanne@azur.fr"), QStringLiteral("--primary")});
    CHECK(contact.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(contact.value(QStringLiteral("primary")).toBool());
    const QString shown = ok(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)});
    CHECK(shown.contains(QStringLiteral("Jeanne Roux — Office manager — jeanne@azur.fr (primary)")));
}

TEST_CASE("bureau-cli client archive hides a client from the list and unarchive brings it back", "[cli][client]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur")});
    const qint64 id = addClient(db, {QStringLiteral("--name"), QStringLiteral("Boulangerie Dupont")});

    ok(db, {QStringLiteral("client"), QStringLiteral("archive"), QStringLiteral("boulangerie dupont")});
    CHECK(names(okArray(db, {QStringLiteral("client"), QStringLiteral("list")}))
          == QStringList{QStringLiteral("Atelier Azur")});
    const QJsonArray withArchived =
        okArray(db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--archived")});
    CHECK(names(withArchived) == QStringList({QStringLiteral("Atelier Azur"), QStringLiteral("Boulangerie Dupont")}));
    CHECK(withArchived.at(1).toObject().value(QStringLiteral("archived")).toBool());
    CHECK(ok(db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--archived")})
              .contains(QStringLiteral("(archived)")));
    // Still shown by name or id.
    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)})
              .value(QStringLiteral("archived"))
              .toBool());

    ok(db, {QStringLiteral("client"), QStringLiteral("unarchive"), QString::number(id)});
    CHECK(okArray(db, {QStringLiteral("client"), QStringLiteral("list")}).size() == 2);
}

TEST_CASE("bureau-cli names a client by id or exact name and refuses an ambiguous name", "[cli][client]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 first = addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur")});
    const qint64 geneva = addClient(db, {QStringLiteral("--name"), QStringLiteral("Genève Services")});

    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("ATELIER AZUR")})
              .value(QStringLiteral("id"))
              .toInteger()
          == first);
    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("Geneve Services")})
              .value(QStringLiteral("id"))
              .toInteger()
          == geneva);

    const ProcessResult unknown = cli(db, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("Nobody")});
    CHECK(unknown.exitCode == 1);
    CHECK(lineCount(unknown.err) == 1);
    CHECK(unknown.err.contains(QStringLiteral("Nobody")));

    const qint64 second = addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur")});
    const ProcessResult ambiguous =
        cli(db, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("Atelier Azur")});
    CHECK(ambiguous.exitCode == 1);
    CHECK(lineCount(ambiguous.err) == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("%1, %2").arg(first).arg(second)));
    CHECK(ambiguous.out.isEmpty());
    // The id still names each one.
    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(second)})
              .value(QStringLiteral("id"))
              .toInteger()
          == second);
}

TEST_CASE("bureau-cli client add refuses bad input in one line and writes nothing", "[cli][client]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));

    const ProcessResult noName =
        cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@b.fr")});
    CHECK(noName.exitCode == 2);
    CHECK(lineCount(noName.err) == 1);
    CHECK(noName.err.contains(QStringLiteral("--name")));

    const ProcessResult unknownOption =
        cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                 QStringLiteral("--colour"), QStringLiteral("blue")});
    CHECK(unknownOption.exitCode == 2);
    CHECK(lineCount(unknownOption.err) == 1);

    const ProcessResult invalid =
        cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Atelier Azur"), QStringLiteral("--email"), QStringLiteral("nope"),
                 QStringLiteral("--siren"), QStringLiteral("123"), QStringLiteral("--rate"), QStringLiteral("abc")});
    CHECK(invalid.exitCode == 1);
    CHECK(lineCount(invalid.err) == 1);
    CHECK(invalid.err.contains(QStringLiteral("--email")));
    CHECK(invalid.err.contains(QStringLiteral("--siren")));
    CHECK(invalid.err.contains(QStringLiteral("--rate")));

    // A company cannot be a private client.
    const ProcessResult privateCompany =
        cli(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("SAS Untel"),
                 QStringLiteral("--kind"), QStringLiteral("company"), QStringLiteral("--private")});
    CHECK(privateCompany.exitCode == 1);

    // --json errors are one JSON object on stderr.
    const ProcessResult json =
        cli(db, {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("X"), QStringLiteral("--country"), QStringLiteral("France")});
    CHECK(json.exitCode == 1);
    CHECK(parseJson(json.err).object().value(QStringLiteral("kind")).toString() == QStringLiteral("invalid"));

    CHECK(okArray(db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--archived")}).isEmpty());
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM clients")) == 0);
}

TEST_CASE("bureau-cli client delete needs --yes then deletes the client", "[cli][client]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 id = addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur")});
    ok(db, {QStringLiteral("client"), QStringLiteral("add-contact"), QString::number(id), QStringLiteral("--name"),
            QStringLiteral("Jeanne Roux")});
    ok(db, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--client"), QString::number(id),
            QStringLiteral("--title"), QStringLiteral("Trier les mails")});

    const ProcessResult unconfirmed =
        cli(db, {QStringLiteral("client"), QStringLiteral("delete"), QString::number(id)});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(lineCount(unconfirmed.err) == 1);
    CHECK(unconfirmed.err.contains(QStringLiteral("--yes")));
    CHECK(okArray(db, {QStringLiteral("client"), QStringLiteral("list")}).size() == 1);

    const QJsonObject deleted = okObject(db, {QStringLiteral("client"), QStringLiteral("delete"),
                                              QStringLiteral("Atelier Azur"), QStringLiteral("--yes")});
    CHECK(deleted.value(QStringLiteral("id")).toInteger() == id);
    CHECK(deleted.value(QStringLiteral("deleted")).toBool());
    CHECK(okArray(db, {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--archived")}).isEmpty());
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM contacts")) == 0);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM tasks")) == 0);

    const ProcessResult again =
        cli(db, {QStringLiteral("client"), QStringLiteral("delete"), QString::number(id), QStringLiteral("--yes")});
    CHECK(again.exitCode == 1);
}

TEST_CASE("bureau-cli task add list and done", "[cli][task]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 azur = addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur")});
    const qint64 dupont = addClient(db, {QStringLiteral("--name"), QStringLiteral("Boulangerie Dupont")});
    qint64 missionId = 0;
    {
        // A mission, stored through core (the CLI has no mission command yet).
        SystemClock clock;
        auto opened = Database::open(db, clock);
        BUREAU_REQUIRE_OK(opened);
        Mission mission;
        mission.clientId = azur;
        mission.title = QStringLiteral("Secrétariat");
        mission.startsOn = QDate(2026, 1, 5);
        auto added = MissionRepository(*opened.value()).add(mission);
        BUREAU_REQUIRE_OK(added);
        missionId = added->id;
    }

    const QJsonObject first =
        okObject(db, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--client"),
                      QStringLiteral("Atelier Azur"), QStringLiteral("--title"), QStringLiteral("Relancer la facture"),
                      QStringLiteral("--due"), QStringLiteral("2026-12-01"), QStringLiteral("--priority"),
                      QStringLiteral("high"), QStringLiteral("--mission"), QStringLiteral("secrétariat"),
                      QStringLiteral("--notes"), QStringLiteral("Facture de novembre")});
    const qint64 firstId = first.value(QStringLiteral("id")).toInteger();
    CHECK(firstId > 0);
    CHECK(first.value(QStringLiteral("clientId")).toInteger() == azur);
    CHECK(first.value(QStringLiteral("missionId")).toInteger() == missionId);
    CHECK(first.value(QStringLiteral("dueOn")).toString() == QStringLiteral("2026-12-01"));
    CHECK(first.value(QStringLiteral("priority")).toString() == QStringLiteral("high"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("todo"));
    ok(db, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--client"), QString::number(dupont),
            QStringLiteral("--title"), QStringLiteral("Commander le pain")});

    CHECK(okArray(db, {QStringLiteral("task"), QStringLiteral("list")}).size() == 2);
    CHECK(okArray(db,
                  {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--client"), QString::number(dupont)})
              .size()
          == 1);
    const QString table = ok(db, {QStringLiteral("task"), QStringLiteral("list")});
    CHECK(table.contains(QStringLiteral("2026-12-01")));
    CHECK(table.contains(QStringLiteral("Relancer la facture")));
    CHECK(table.contains(QStringLiteral("Boulangerie Dupont")));

    const QJsonObject done = okObject(db, {QStringLiteral("task"), QStringLiteral("done"), QString::number(firstId)});
    CHECK(done.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK_FALSE(done.value(QStringLiteral("completedAt")).isNull());
    // Done tasks leave the default list; --all brings them back.
    CHECK(okArray(db, {QStringLiteral("task"), QStringLiteral("list")}).size() == 1);
    CHECK(okArray(db, {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--all")}).size() == 2);
    CHECK(okArray(db, {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--client"),
                       QString::number(azur), QStringLiteral("--all")})
              .size()
          == 1);
    // The client page shows it.
    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(azur)})
              .value(QStringLiteral("tasks"))
              .toArray()
              .size()
          == 1);

    // Bad input: one line, nothing written.
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--client"), QString::number(azur), QStringLiteral("--title"), QStringLiteral("X"),
                      QStringLiteral("--due"), QStringLiteral("2026-13-01")},
          QStringList{QStringLiteral("--client"), QString::number(azur), QStringLiteral("--title"), QStringLiteral("X"),
                      QStringLiteral("--priority"), QStringLiteral("asap")},
          QStringList{QStringLiteral("--client"), QString::number(azur)}}) {
        const ProcessResult bad = cli(db, QStringList{QStringLiteral("task"), QStringLiteral("add")} + arguments);
        CHECK(bad.exitCode == 2);
        CHECK(lineCount(bad.err) == 1);
    }
    const ProcessResult otherMission = cli(
        db, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("--client"), QString::number(dupont),
             QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--mission"), QString::number(missionId)});
    CHECK(otherMission.exitCode == 1);
    CHECK(lineCount(otherMission.err) == 1);
    const ProcessResult missing = cli(db, {QStringLiteral("task"), QStringLiteral("done"), QStringLiteral("999")});
    CHECK(missing.exitCode == 1);
    CHECK(okArray(db, {QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--all")}).size() == 2);
}

TEST_CASE("bureau-cli client export-data writes a ZIP with client.json", "[cli][client][gdpr]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 id = addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur"),
                                     QStringLiteral("--email"), QStringLiteral("contact@azur.fr")});
    const QString zip = dir.file(QStringLiteral("azur.zip"));

    const ProcessResult missingOutput =
        cli(db, {QStringLiteral("client"), QStringLiteral("export-data"), QString::number(id)});
    CHECK(missingOutput.exitCode == 2);

    const QJsonObject exported = okObject(db, {QStringLiteral("client"), QStringLiteral("export-data"),
                                               QString::number(id), QStringLiteral("--output"), zip});
    CHECK(exported.value(QStringLiteral("id")).toInteger() == id);
    ZipReader reader;
    BUREAU_REQUIRE_OK(reader.open(zip));
    CHECK(reader.contains(QStringLiteral("client.json")));
    auto json = reader.read(QStringLiteral("client.json"), 10 * 1024 * 1024);
    BUREAU_REQUIRE_OK(json);
    CHECK(json->contains("contact@azur.fr"));
}

TEST_CASE("bureau-cli client erase refuses without --yes then anonymises the client", "[cli][client][gdpr]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 id =
        addClient(db, {QStringLiteral("--name"), QStringLiteral("Élodie Martin"), QStringLiteral("--kind"),
                       QStringLiteral("person"), QStringLiteral("--email"), QStringLiteral("elodie@martin.fr"),
                       QStringLiteral("--phone"), QStringLiteral("06 12 34 56 78"), QStringLiteral("--notes"),
                       QStringLiteral("Allergique au gluten"), QStringLiteral("--tag"), QStringLiteral("Amie")});
    ok(db, {QStringLiteral("client"), QStringLiteral("add-contact"), QString::number(id), QStringLiteral("--name"),
            QStringLiteral("Paul Martin"), QStringLiteral("--phone"), QStringLiteral("06 98 76 54 32")});

    const ProcessResult unconfirmed = cli(db, {QStringLiteral("client"), QStringLiteral("erase"), QString::number(id)});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(lineCount(unconfirmed.err) == 1);
    // It says what goes and what stays.
    CHECK(unconfirmed.err.contains(QStringLiteral("contacts")));
    CHECK(unconfirmed.err.contains(QStringLiteral("--yes")));
    CHECK(okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)})
              .value(QStringLiteral("notes"))
              .toString()
          == QStringLiteral("Allergique au gluten"));

    const QJsonObject erased =
        okObject(db, {QStringLiteral("client"), QStringLiteral("erase"), QString::number(id), QStringLiteral("--yes")});
    CHECK(erased.value(QStringLiteral("id")).toInteger() == id);
    const QJsonObject erasure = erased.value(QStringLiteral("erasure")).toObject();
    CHECK(erasure.value(QStringLiteral("contactsDeleted")).toInt() == 1);
    CHECK_FALSE(erasure.value(QStringLiteral("identityKept")).toBool());

    const QJsonObject after = okObject(db, {QStringLiteral("client"), QStringLiteral("show"), QString::number(id)});
    CHECK(after.value(QStringLiteral("name")).toString() != QStringLiteral("Élodie Martin"));
    CHECK(after.value(QStringLiteral("notes")).toString().isEmpty());
    CHECK(after.value(QStringLiteral("emails")).toArray().isEmpty());
    CHECK(after.value(QStringLiteral("phones")).toArray().isEmpty());
    CHECK(after.value(QStringLiteral("tags")).toArray().isEmpty());
    CHECK(after.value(QStringLiteral("contacts")).toArray().isEmpty());
    CHECK(after.value(QStringLiteral("archived")).toBool());
    CHECK(after.value(QStringLiteral("status")).toString() == QStringLiteral("former"));
    // Nothing of it is left in the database file.
    const QByteArray bytes = readAll(db) + readAll(db + QStringLiteral("-wal"));
    CHECK_FALSE(bytes.contains("Allergique au gluten"));
    CHECK_FALSE(bytes.contains("elodie@martin.fr"));
}

TEST_CASE("bureau-cli client import-vcard previews with --dry-run then imports once", "[cli][client][vcard]")
{
    const QString file = vcfFile(QStringLiteral("gmail_export_multi_contacts.vcf"));
    if (file.isEmpty())
        return;
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur")});
    const QByteArray before = readAll(db);

    // The preview names each contact, changes nothing.
    const QJsonObject preview =
        okObject(db, {QStringLiteral("client"), QStringLiteral("import-vcard"), file, QStringLiteral("--dry-run")});
    CHECK(preview.value(QStringLiteral("dryRun")).toBool());
    CHECK(preview.value(QStringLiteral("toImport")).toInt() == 3);
    const QJsonArray candidates = preview.value(QStringLiteral("candidates")).toArray();
    REQUIRE(candidates.size() == 3);
    CHECK(candidates.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Arnold Smith"));
    CHECK(candidates.at(0).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("import"));
    const QString text =
        ok(db, {QStringLiteral("client"), QStringLiteral("import-vcard"), file, QStringLiteral("--dry-run")});
    CHECK(text.contains(QStringLiteral("Doug White")));
    CHECK(text.contains(QStringLiteral("dwhite@gmail.com")));
    CHECK(okArray(db, {QStringLiteral("client"), QStringLiteral("list")}).size() == 1);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM clients")) == 1);
    CHECK(readAll(db).size() == before.size());

    const QJsonObject imported = okObject(db, {QStringLiteral("client"), QStringLiteral("import-vcard"), file});
    CHECK(imported.value(QStringLiteral("imported")).toInt() == 3);
    CHECK(imported.value(QStringLiteral("clientIds")).toArray().size() == 3);
    CHECK(names(okArray(db, {QStringLiteral("client"), QStringLiteral("list")}))
          == QStringList({QStringLiteral("Arnold Smith"), QStringLiteral("Atelier Azur"),
                          QStringLiteral("Chris Beatle"), QStringLiteral("Doug White")}));

    // A second import finds the duplicates: flagged in the preview, refused unless skipped.
    const QJsonObject again =
        okObject(db, {QStringLiteral("client"), QStringLiteral("import-vcard"), file, QStringLiteral("--dry-run")});
    CHECK(again.value(QStringLiteral("duplicates")).toInt() == 3);
    CHECK(again.value(QStringLiteral("candidates"))
              .toArray()
              .at(1)
              .toObject()
              .value(QStringLiteral("duplicate"))
              .toBool());
    const ProcessResult refused = cli(db, {QStringLiteral("client"), QStringLiteral("import-vcard"), file});
    CHECK(refused.exitCode == 1);
    CHECK(lineCount(refused.err) == 1);
    CHECK(refused.err.contains(QStringLiteral("--skip-duplicates")));
    const QJsonObject skipped = okObject(
        db, {QStringLiteral("client"), QStringLiteral("import-vcard"), file, QStringLiteral("--skip-duplicates")});
    CHECK(skipped.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(skipped.value(QStringLiteral("skipped")).toInt() == 3);
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM clients")) == 4);
}

TEST_CASE("bureau-cli client import-vcard refuses a malformed file naming the line and imports nothing",
          "[cli][client][vcard]")
{
    const QString file = vcfFile(QStringLiteral("evolution_missing_end_vcard.vcf"));
    if (file.isEmpty())
        return;
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const ProcessResult refused = cli(db, {QStringLiteral("client"), QStringLiteral("import-vcard"), file});
    CHECK(refused.exitCode == 1);
    CHECK(lineCount(refused.err) == 1);
    CHECK(refused.err.contains(QStringLiteral("Line ")));
    CHECK(countRows(db, QStringLiteral("SELECT count(*) FROM clients")) == 0);

    const ProcessResult missing =
        cli(db, {QStringLiteral("client"), QStringLiteral("import-vcard"), dir.file(QStringLiteral("nowhere.vcf"))});
    CHECK(missing.exitCode == 1);
    CHECK(lineCount(missing.err) == 1);
}

TEST_CASE("bureau-cli client export-csv writes one row per client with formulas neutralised", "[cli][client][csv]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const QString formula = QStringLiteral("=HYPERLINK(\"http://example.com\";\"x\")");
    addClient(db, {QStringLiteral("--name"), formula, QStringLiteral("--city"), QStringLiteral("Paris")});
    addClient(db, {QStringLiteral("--name"), QStringLiteral("Élodie Martin"), QStringLiteral("--kind"),
                   QStringLiteral("person"), QStringLiteral("--notes"), QStringLiteral("Ligne 1\\nLigne 2")});
    const qint64 archived = addClient(db, {QStringLiteral("--name"), QStringLiteral("Ancien client")});
    ok(db, {QStringLiteral("client"), QStringLiteral("archive"), QString::number(archived)});

    const QString csvPath = dir.file(QStringLiteral("clients.csv"));
    const QJsonObject written = okObject(db, {QStringLiteral("client"), QStringLiteral("export-csv"),
                                              QStringLiteral("--output"), csvPath, QStringLiteral("--bom")});
    CHECK(written.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("clients.csv")));
    const QByteArray bytes = readAll(csvPath);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK((QFile::permissions(csvPath) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    auto table = CsvReader::parse(bytes);
    BUREAU_REQUIRE_OK(table);
    // The header and one row per client that is not archived.
    REQUIRE(table->records.size() == 3);
    CHECK(table->records.at(0).contains(QStringLiteral("Name")));
    QStringList firstColumn;
    for (const QStringList& record : std::as_const(table->records))
        firstColumn << record.value(0);
    CHECK(firstColumn.contains(QStringLiteral("Élodie Martin")));
    // The formula-like name is text: a leading apostrophe, the name intact after it.
    CHECK(firstColumn.contains(QString(u'\'' + formula)));
    CHECK_FALSE(firstColumn.contains(formula));
    const int columns = int(table->records.at(0).size());
    for (const QStringList& record : std::as_const(table->records))
        CHECK(record.size() == columns);

    // To standard output, archived clients included on request.
    const QString all = ok(db, {QStringLiteral("client"), QStringLiteral("export-csv"), QStringLiteral("--archived")});
    auto allTable = CsvReader::parse(all.toUtf8());
    BUREAU_REQUIRE_OK(allTable);
    CHECK(allTable->records.size() == 4);
    CHECK(all.contains(QStringLiteral("Ancien client")));

    const ProcessResult badSeparator = cli(db, {QStringLiteral("client"), QStringLiteral("export-csv"),
                                                QStringLiteral("--separator"), QStringLiteral("tab")});
    CHECK(badSeparator.exitCode == 2);
}

TEST_CASE("bureau-cli client export-vcard writes cards that import back", "[cli][client][vcard]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 id = addClient(db, {QStringLiteral("--name"), QStringLiteral("Atelier Azur"),
                                     QStringLiteral("--email"), QStringLiteral("contact@azur.fr")});
    ok(db, {QStringLiteral("client"), QStringLiteral("add-contact"), QString::number(id), QStringLiteral("--name"),
            QStringLiteral("Jeanne Roux"), QStringLiteral("--email"), QStringLiteral("jeanne@azur.fr")});
    addClient(db, {QStringLiteral("--name"), QStringLiteral("Élodie Martin"), QStringLiteral("--kind"),
                   QStringLiteral("person")});

    const ProcessResult neither = cli(db, {QStringLiteral("client"), QStringLiteral("export-vcard")});
    CHECK(neither.exitCode == 2);

    const QString one = dir.file(QStringLiteral("azur.vcf"));
    ok(db, {QStringLiteral("client"), QStringLiteral("export-vcard"), QStringLiteral("Atelier Azur"),
            QStringLiteral("--output"), one});
    const QString cards = QString::fromUtf8(readAll(one));
    CHECK(cards.count(QStringLiteral("BEGIN:VCARD")) == 2);
    CHECK(cards.contains(QStringLiteral("contact@azur.fr")));
    CHECK(cards.contains(QStringLiteral("Jeanne Roux")));
    CHECK_FALSE(cards.contains(QStringLiteral("Élodie")));

    const QString everyone = dir.file(QStringLiteral("all.vcf"));
    ok(db, {QStringLiteral("client"), QStringLiteral("export-vcard"), QStringLiteral("--all"),
            QStringLiteral("--output"), everyone});
    CHECK(QString::fromUtf8(readAll(everyone)).count(QStringLiteral("BEGIN:VCARD")) == 3);

    // Into a fresh database, the company comes back with its contact.
    const QString other = dir.file(QStringLiteral("other.sqlite"));
    const QJsonObject imported = okObject(other, {QStringLiteral("client"), QStringLiteral("import-vcard"), everyone});
    CHECK(imported.value(QStringLiteral("imported")).toInt() == 2);
    const QJsonObject azur =
        okObject(other, {QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("Atelier Azur")});
    CHECK(azur.value(QStringLiteral("kind")).toString() == QStringLiteral("company"));
    REQUIRE(azur.value(QStringLiteral("contacts")).toArray().size() == 1);
    CHECK(azur.value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Jeanne Roux"));
}

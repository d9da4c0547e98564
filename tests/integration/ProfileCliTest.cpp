// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli profile show|set as a user runs it: the real binary, a real database file.
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

QJsonObject parseObject(const QString& text)
{
    const QJsonDocument document = parseJson(text);
    REQUIRE(document.isObject());
    return document.object();
}


ProcessResult profile(const QString& db, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--database"), db, QStringLiteral("profile")} + arguments);
}

QJsonObject show(const QString& db)
{
    const auto shown = runCli({QStringLiteral("--database"), db, QStringLiteral("--json"), QStringLiteral("profile"),
                               QStringLiteral("show")});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    return parseObject(shown.out);
}

const QStringList kFullProfile = {
    QStringLiteral("set"),
    QStringLiteral("--name"), QStringLiteral("Camille Martin"),
    QStringLiteral("--mention"), QStringLiteral("entrepreneur-individuel"),
    QStringLiteral("--trade-name"), QStringLiteral("Camille Assistance"),
    QStringLiteral("--address"), QStringLiteral("12 rue des Lilas\\nBâtiment B"),
    QStringLiteral("--postal-code"), QStringLiteral("75011"),
    QStringLiteral("--city"), QStringLiteral("Paris"),
    QStringLiteral("--country"), QStringLiteral("fr"),
    QStringLiteral("--siret"), QStringLiteral("732 829 320 00074"),
    QStringLiteral("--vat-regime"), QStringLiteral("vat-debits"),
    QStringLiteral("--vat-number"), QStringLiteral("FR44 732829320"),
    QStringLiteral("--email"), QStringLiteral("camille@example.fr"),
    QStringLiteral("--phone"), QStringLiteral("+33 6 12 34 56 78"),
    QStringLiteral("--iban"), QStringLiteral("FR14 2004 1010 0505 0001 3M02 606"),
    QStringLiteral("--bic"), QStringLiteral("psstfrppscx"),
    QStringLiteral("--payment-terms"), QStringLiteral("45"),
    QStringLiteral("--penalty-rate"), QStringLiteral("12.15"),
    QStringLiteral("--hourly-rate"), QStringLiteral("45,00"),
    QStringLiteral("--currency"), QStringLiteral("eur"),
    QStringLiteral("--timezone"), QStringLiteral("Europe/Paris"),
};

} // namespace

TEST_CASE("bureau-cli profile set then show round-trips every field", "[cli][profile]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));

    const QJsonObject before = show(db);
    CHECK(before.value(QStringLiteral("saved")).toBool() == false);
    CHECK(before.value(QStringLiteral("complete")).toBool() == false);

    const auto set = profile(db, kFullProfile);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.err.isEmpty());

    const QJsonObject p = show(db);
    CHECK(p.value(QStringLiteral("saved")).toBool());
    CHECK(p.value(QStringLiteral("complete")).toBool());
    CHECK(p.value(QStringLiteral("missing")).toArray().isEmpty());
    CHECK(p.value(QStringLiteral("legalName")).toString() == QStringLiteral("Camille Martin"));
    CHECK(p.value(QStringLiteral("mention")).toString() == QStringLiteral("entrepreneur-individuel"));
    CHECK(p.value(QStringLiteral("legalNameWithMention")).toString()
          == QStringLiteral("Camille Martin Entrepreneur individuel"));
    CHECK(p.value(QStringLiteral("tradeName")).toString() == QStringLiteral("Camille Assistance"));
    CHECK(p.value(QStringLiteral("addressLines")).toArray()
          == QJsonArray({QStringLiteral("12 rue des Lilas"), QStringLiteral("Bâtiment B")}));
    CHECK(p.value(QStringLiteral("postalCode")).toString() == QStringLiteral("75011"));
    CHECK(p.value(QStringLiteral("city")).toString() == QStringLiteral("Paris"));
    CHECK(p.value(QStringLiteral("country")).toString() == QStringLiteral("FR"));
    CHECK(p.value(QStringLiteral("siret")).toString() == QStringLiteral("73282932000074"));
    CHECK(p.value(QStringLiteral("siren")).toString() == QStringLiteral("732829320"));
    CHECK(p.value(QStringLiteral("vatRegime")).toString() == QStringLiteral("registered"));
    CHECK(p.value(QStringLiteral("vatOnDebits")).toBool());
    CHECK(p.value(QStringLiteral("vatNumber")).toString() == QStringLiteral("FR44732829320"));
    CHECK(p.value(QStringLiteral("email")).toString() == QStringLiteral("camille@example.fr"));
    CHECK(p.value(QStringLiteral("phone")).toString() == QStringLiteral("+33 6 12 34 56 78"));
    CHECK(p.value(QStringLiteral("iban")).toString() == QStringLiteral("FR1420041010050500013M02606"));
    CHECK(p.value(QStringLiteral("bic")).toString() == QStringLiteral("PSSTFRPPSCX"));
    CHECK(p.value(QStringLiteral("paymentTermsDays")).toInt() == 45);
    CHECK(p.value(QStringLiteral("latePenaltyBasisPoints")).toInt() == 1215);
    CHECK(p.value(QStringLiteral("hourlyRate")).toString() == QStringLiteral("45.00"));
    CHECK(p.value(QStringLiteral("hourlyRateCents")).toInteger() == 4500);
    CHECK(p.value(QStringLiteral("hourlyRateCurrency")).toString() == QStringLiteral("EUR"));
    CHECK(p.value(QStringLiteral("currency")).toString() == QStringLiteral("EUR"));
    CHECK(p.value(QStringLiteral("timeZone")).toString() == QStringLiteral("Europe/Paris"));
    CHECK(p.value(QStringLiteral("logoPath")).toString().isEmpty());

    // The text form is a readable block with the mention and the grouped identifiers.
    const auto text = profile(db, {QStringLiteral("show")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Camille Martin Entrepreneur individuel")));
    CHECK(text.out.contains(QStringLiteral("732 829 320 00074")));
    CHECK(text.out.contains(QStringLiteral("FR14 2004 1010 0505 0001 3M02 606")));

    // `profile show --json` is the same as `--json profile show`.
    const auto trailing = profile(db, {QStringLiteral("show"), QStringLiteral("--json")});
    CHECK(trailing.exitCode == 0);
    CHECK(parseObject(trailing.out) == p);
}

TEST_CASE("bureau-cli profile set changes only the given fields", "[cli][profile]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    REQUIRE(profile(db, kFullProfile).exitCode == 0);
    const QJsonObject before = show(db);

    const auto set = profile(db, {QStringLiteral("set"),
                                  QStringLiteral("--email"), QStringLiteral("bonjour@camille.fr"),
                                  QStringLiteral("--address"), QStringLiteral("3 quai de Jemmapes"),
                                  QStringLiteral("--address"), QStringLiteral("Escalier C"),
                                  QStringLiteral("--penalty-rate"), QStringLiteral("10,5"),
                                  QStringLiteral("--vat-regime"), QStringLiteral("franchise")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    QJsonObject after = show(db);
    CHECK(after.value(QStringLiteral("email")).toString() == QStringLiteral("bonjour@camille.fr"));
    CHECK(after.value(QStringLiteral("addressLines")).toArray()
          == QJsonArray({QStringLiteral("3 quai de Jemmapes"), QStringLiteral("Escalier C")}));
    CHECK(after.value(QStringLiteral("latePenaltyBasisPoints")).toInt() == 1050);
    CHECK(after.value(QStringLiteral("vatRegime")).toString() == QStringLiteral("franchise"));
    CHECK(after.value(QStringLiteral("vatOnDebits")).toBool() == false);
    QJsonObject unchanged = before;
    for (const char* changed : {"email", "addressLines", "latePenaltyBasisPoints", "vatRegime", "vatOnDebits"}) {
        after.remove(QString::fromLatin1(changed));
        unchanged.remove(QString::fromLatin1(changed));
    }
    CHECK(after == unchanged);
    CHECK(after.size() > 20); // the rest of the profile is still there, equal

    // An empty value clears an optional field.
    const auto clear = profile(db, {QStringLiteral("set"), QStringLiteral("--trade-name"), QString(),
                                    QStringLiteral("--hourly-rate"), QString()});
    REQUIRE(clear.exitCode == 0);
    const QJsonObject cleared = show(db);
    CHECK(cleared.value(QStringLiteral("tradeName")).toString().isEmpty());
    CHECK(cleared.value(QStringLiteral("hourlyRate")).isNull());
    CHECK(cleared.value(QStringLiteral("legalName")).toString() == QStringLiteral("Camille Martin"));
}

TEST_CASE("bureau-cli profile set refuses invalid values in one line and saves nothing", "[cli][profile]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    REQUIRE(profile(db, kFullProfile).exitCode == 0);
    const QJsonObject before = show(db);

    struct Case
    {
        QStringList arguments;
        const char* option;
        const char* words;
    };
    const Case cases[] = {
        {{QStringLiteral("--siret"), QStringLiteral("73282932000075")}, "--siret", "check digit"},
        {{QStringLiteral("--siret"), QStringLiteral("7328293")}, "--siret", "14 digits"},
        {{QStringLiteral("--iban"), QStringLiteral("FR1420041010050500013M02607")}, "--iban", "check digits"},
        {{QStringLiteral("--vat-number"), QStringLiteral("FR45732829320")}, "--vat-number", "key"},
        {{QStringLiteral("--payment-terms"), QStringLiteral("61")}, "--payment-terms", "60"},
        {{QStringLiteral("--payment-terms"), QStringLiteral("thirty")}, "--payment-terms", "days"},
        {{QStringLiteral("--penalty-rate"), QStringLiteral("12.155")}, "--penalty-rate", "2 decimals"},
        {{QStringLiteral("--hourly-rate"), QStringLiteral("45.001")}, "--hourly-rate", "decimal"},
        {{QStringLiteral("--timezone"), QStringLiteral("Europe/Lutece")}, "--timezone", "time zone"},
        {{QStringLiteral("--mention"), QStringLiteral("sarl")}, "--mention", "entrepreneur-individuel"},
        {{QStringLiteral("--vat-regime"), QStringLiteral("none")}, "--vat-regime", "vat-debits"},
        {{QStringLiteral("--email"), QStringLiteral("camille")}, "--email", "e-mail"},
        // A valid change beside an invalid one is not saved either.
        {{QStringLiteral("--city"), QStringLiteral("Lyon"), QStringLiteral("--bic"), QStringLiteral("PSST")}, "--bic",
         "8 or 11"},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const auto refused = profile(db, QStringList{QStringLiteral("set")} + c.arguments);
        INFO(refused.err.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(lineCount(refused.err) == 1);
        CHECK(refused.err.contains(QString(QString::fromLatin1(c.option) + QStringLiteral(": "))));
        CHECK(refused.err.contains(QString::fromUtf8(c.words)));
        CHECK(refused.out.isEmpty());
        CHECK(show(db) == before);
    }

    // Several invalid fields: still one line, naming each.
    const auto several = profile(db, {QStringLiteral("set"), QStringLiteral("--siret"), QStringLiteral("123"),
                                      QStringLiteral("--email"), QStringLiteral("x")});
    CHECK(several.exitCode == 1);
    CHECK(lineCount(several.err) == 1);
    CHECK(several.err.contains(QStringLiteral("--siret: ")));
    CHECK(several.err.contains(QStringLiteral("--email: ")));
    CHECK(show(db) == before);

    // Usage errors: exit code 2.
    CHECK(profile(db, {QStringLiteral("set")}).exitCode == 2);
    CHECK(profile(db, {QStringLiteral("set"), QStringLiteral("--colour"), QStringLiteral("blue")}).exitCode == 2);
    CHECK(profile(db, {QStringLiteral("erase")}).exitCode == 2);
    CHECK(profile(db, {}).exitCode == 2);
    CHECK(show(db) == before);
}

TEST_CASE("bureau-cli profile set --logo copies the picture beside the database", "[cli][profile]")
{
    TempDir dir;
    TempDir elsewhere;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    const QString picture = elsewhere.file(QStringLiteral("logo.png"));
    REQUIRE(image.save(picture, "PNG"));

    const auto set = profile(db, {QStringLiteral("set"), QStringLiteral("--logo"), picture});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QString logoPath = show(db).value(QStringLiteral("logoPath")).toString();
    CHECK(logoPath.startsWith(QStringLiteral("profile/logo-")));
    CHECK(readAll(dir.file(logoPath)) == readAll(picture));

    const QString textFile = elsewhere.file(QStringLiteral("logo.txt"));
    writeAll(textFile, QByteArray("not a logo"));
    const auto refused = profile(db, {QStringLiteral("set"), QStringLiteral("--logo"), textFile});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--logo: ")));
    CHECK(show(db).value(QStringLiteral("logoPath")).toString() == logoPath);
}

TEST_CASE("bureau-cli demo gives a complete business profile", "[cli][profile]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    REQUIRE(runCli({QStringLiteral("--database"), db, QStringLiteral("demo")}).exitCode == 0);
    const QJsonObject p = show(db);
    CHECK(p.value(QStringLiteral("complete")).toBool());
    CHECK(p.value(QStringLiteral("vatRegime")).toString() == QStringLiteral("franchise"));
    CHECK(p.value(QStringLiteral("legalNameWithMention")).toString().endsWith(QStringLiteral(" EI")));
}

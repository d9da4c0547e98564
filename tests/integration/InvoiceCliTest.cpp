// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli invoice|quote|payment|report as a user runs them: the real binary on a real database
// file; numbering under concurrent processes and under SIGKILL at random moments.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

ProcessResult cli(const QString& db, const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("--database"), db} + arguments);
}

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

qint64 cents(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("cents")).toInteger();
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

/** A database with a complete profile (franchise) and one French professional client, closed for the CLI. */
struct CliDatabase
{
    TempDatabase temp;
    qint64 clientId = 0;

    CliDatabase()
    {
        // The demo's complete profile: an EI under the VAT franchise, SIRET, IBAN.
        BUREAU_REQUIRE_OK(ProfileRepository(temp.db()).save(ProfileRepository::demoProfile()));
        Invoicing::ClientSpec spec;
        spec.name = QStringLiteral("Atelier Dupont");
        clientId = Invoicing::addClient(temp.db(), spec);
    }

    /** @p count invoice drafts of one line each, written in one transaction; their ids in order. */
    QList<qint64> addDrafts(int count)
    {
        QList<qint64> ids;
        DocumentRepository documents(temp.db());
        const Status written = temp->write([&]() -> Status {
            for (int i = 0; i < count; ++i) {
                const BillingDocument draft = Invoicing::draft(
                    clientId, {Invoicing::service(QStringLiteral("Assistance %1").arg(i), 1500, 4000 + i)});
                auto saved = documents.addDraftInTransaction(draft);
                if (!saved)
                    return saved.error();
                ids << saved->id;
            }
            return {};
        });
        BUREAU_REQUIRE_OK(written);
        return ids;
    }

    QString path() const { return temp.path(); }
};

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/** The sequences of the issued invoices of @p year, in order. */
QList<qint64> sequences(Database& db, int year)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sequence FROM documents WHERE series = 'invoice' AND number IS NOT NULL "
                                 "AND number_year = ? ORDER BY sequence"));
    query.addBindValue(year);
    REQUIRE(query.exec());
    QList<qint64> result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

/** The invariants of numbering: consecutive from 1, counter at the last, every issued one has lines, no draft numbered. */
void requireSoundNumbering(Database& db, int expectedIssued)
{
    const int year = int(scalar(db, QStringLiteral("SELECT coalesce(max(number_year), 0) FROM documents "
                                                    "WHERE series = 'invoice'")));
    const QList<qint64> issued = sequences(db, year);
    REQUIRE(issued.size() == expectedIssued);
    for (int i = 0; i < issued.size(); ++i)
        REQUIRE(issued.at(i) == i + 1);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT number) FROM documents WHERE series = 'invoice' AND "
                                    "number IS NOT NULL"))
          == expectedIssued);
    if (expectedIssued > 0) {
        CHECK(scalar(db, QStringLiteral("SELECT last_number FROM document_counters WHERE series = 'invoice' AND "
                                        "year = %1")
                             .arg(year))
              == expectedIssued);
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM documents d WHERE number IS NOT NULL AND NOT EXISTS "
                                    "(SELECT 1 FROM document_lines l WHERE l.document_id = d.id)"))
          == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM documents WHERE status = 'draft' AND (number IS NOT NULL "
                                    "OR sequence IS NOT NULL OR chain_hash IS NOT NULL)"))
          == 0);
}

QStringList idArguments(const QList<qint64>& ids)
{
    QStringList arguments;
    for (qint64 id : ids)
        arguments << QString::number(id);
    return arguments;
}

} // namespace

TEST_CASE("invoice create add-line issue show list and pdf round trip", "[cli][invoice]")
{
    CliDatabase fixture;
    fixture.temp.close();
    const QString db = fixture.path();

    const QJsonObject draft = okObject(
        db, {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"), QStringLiteral("Atelier Dupont"),
             QStringLiteral("--line"), QStringLiteral("Gestion de l’agenda;1,5;40,00"), QStringLiteral("--service-date"),
             QStringLiteral("2026-11-10"), QStringLiteral("--title"), QStringLiteral("Assistance novembre")});
    const qint64 id = draft.value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    CHECK(text(draft, "status") == QStringLiteral("draft"));
    CHECK(draft.value(QStringLiteral("number")).isNull());
    CHECK(cents(draft, "total") == 6000);

    const QJsonObject added = okObject(db, {QStringLiteral("invoice"), QStringLiteral("add-line"), QString::number(id),
                                            QStringLiteral("--line"), QStringLiteral("Saisie comptable;2;35.50"),
                                            QStringLiteral("--disbursement"), QStringLiteral("Timbres;12,40")});
    CHECK(added.value(QStringLiteral("lines")).toArray().size() == 3);
    CHECK(cents(added, "net") == 6000 + 7100);
    CHECK(cents(added, "disbursements") == 1240);
    CHECK(cents(added, "total") == 14340);

    // A preview of the draft is watermarked and numberless.
    const QString preview = fixture.temp.dir() + QStringLiteral("/preview.pdf");
    ok(db, {QStringLiteral("invoice"), QStringLiteral("pdf"), QString::number(id), QStringLiteral("--output"), preview});
    CHECK(readAll(preview).startsWith("%PDF"));

    const QJsonObject issued = okObject(db, {QStringLiteral("invoice"), QStringLiteral("issue"), QString::number(id)});
    const QString number = text(issued, "number");
    CHECK(number.startsWith(QLatin1Char('F')));
    CHECK(cents(issued, "due") == 14340);
    // Archived beside the database.
    const QString archived = text(issued, "pdf");
    CHECK(QFileInfo::exists(archived));

    const QJsonObject shown = okObject(db, {QStringLiteral("invoice"), QStringLiteral("show"), number});
    CHECK(shown.value(QStringLiteral("id")).toInteger() == id);
    CHECK(text(shown, "status") == QStringLiteral("issued"));
    CHECK(cents(shown, "outstanding") == 14340);
    CHECK(text(shown, "paymentState") != QStringLiteral("paid"));

    // An issued invoice takes no more lines, and cannot be deleted.
    const ProcessResult refused = cli(db, {QStringLiteral("invoice"), QStringLiteral("add-line"), QString::number(id),
                                           QStringLiteral("--line"), QStringLiteral("x;1;1")});
    CHECK(refused.exitCode == 1);
    CHECK(lineCount(refused.err) == 1);
    CHECK(cli(db, {QStringLiteral("invoice"), QStringLiteral("delete"), QString::number(id)}).exitCode != 0);

    const QJsonArray list = okArray(db, {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--outstanding")});
    REQUIRE(list.size() == 1);
    CHECK(text(list.first().toObject(), "number") == number);

    const QString output = fixture.temp.dir() + QStringLiteral("/invoice.pdf");
    ok(db, {QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--output"), output});
    const ProcessResult pdftotext = runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), output, QStringLiteral("-")});
    if (pdftotext.exitCode == 0) {
        CHECK(pdftotext.out.contains(number));
        CHECK(pdftotext.out.contains(QStringLiteral("143,40")));
    } else {
        WARN("pdftotext is not installed: the PDF's text is not checked.");
        CHECK(readAll(output).startsWith("%PDF"));
    }

    // Wrong input: one line on stderr, exit code 2, nothing written.
    const ProcessResult badLine = cli(db, {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
                                           QStringLiteral("Atelier Dupont"), QStringLiteral("--line"),
                                           QStringLiteral("Sans prix;2")});
    CHECK(badLine.exitCode != 0);
    CHECK(lineCount(badLine.err) == 1);
    CHECK(okArray(db, {QStringLiteral("invoice"), QStringLiteral("list")}).size() == 1);
}

TEST_CASE("invoice create attaches a disbursement's receipt to the client's files", "[cli][invoice]")
{
    CliDatabase fixture;
    fixture.temp.close();
    const QString db = fixture.path();
    const QString receipt = fixture.temp.dir() + QStringLiteral("/recu-la-poste.pdf");
    {
        QFile file(receipt);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 receipt");
    }
    const QJsonObject draft = okObject(
        db, {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"), QStringLiteral("Atelier Dupont"),
             QStringLiteral("--line"), QStringLiteral("Courrier;1;30"), QStringLiteral("--disbursement"),
             QStringLiteral("Lettre recommandée;5,36;") + receipt, QStringLiteral("--service-date"),
             QStringLiteral("2026-11-10")});
    const QJsonArray lines = draft.value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 2);
    const qint64 fileId = lines.at(1).toObject().value(QStringLiteral("receiptFileId")).toInteger();
    CHECK(fileId > 0);
    CHECK(lines.at(0).toObject().value(QStringLiteral("receiptFileId")).isNull());

    fixture.temp.reopen();
    CHECK(scalar(fixture.temp.db(), QStringLiteral("SELECT count(*) FROM client_files WHERE id = %1 AND "
                                                   "original_name = 'recu-la-poste.pdf'")
                                        .arg(fileId))
          == 1);
    fixture.temp.close();

    // A receipt that does not exist is refused and nothing is written.
    const qint64 before = [&] {
        fixture.temp.reopen();
        const qint64 n = scalar(fixture.temp.db(), QStringLiteral("SELECT count(*) FROM documents"));
        fixture.temp.close();
        return n;
    }();
    const auto refused = Bureau::Test::runCli(
        {QStringLiteral("--database"), db, QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
         QStringLiteral("Atelier Dupont"), QStringLiteral("--disbursement"),
         QStringLiteral("Timbres;2;") + fixture.temp.dir() + QStringLiteral("/missing.pdf")});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QLatin1String("missing.pdf")));
    fixture.temp.reopen();
    CHECK(scalar(fixture.temp.db(), QStringLiteral("SELECT count(*) FROM documents")) == before);
}

TEST_CASE("invoice credit-note and payment add split over invoices and credit", "[cli][invoice][payment]")
{
    CliDatabase fixture;
    fixture.temp.close();
    const QString db = fixture.path();
    auto create = [&](const QString& line) {
        const QJsonObject draft =
            okObject(db, {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
                          QString::number(fixture.clientId), QStringLiteral("--line"), line,
                          QStringLiteral("--service-date"), QStringLiteral("2026-11-02")});
        return draft.value(QStringLiteral("id")).toInteger();
    };
    const qint64 first = create(QStringLiteral("Agenda;1;100.00"));
    const qint64 second = create(QStringLiteral("Courrier;2;50.00"));
    const qint64 third = create(QStringLiteral("Relances;1;80.00"));
    const QJsonArray issued = okArray(db, {QStringLiteral("invoice"), QStringLiteral("issue"), QString::number(first),
                                           QString::number(second), QString::number(third),
                                           QStringLiteral("--no-archive")});
    REQUIRE(issued.size() == 3);
    const QString firstNumber = text(issued.at(0).toObject(), "number");
    const QString secondNumber = text(issued.at(1).toObject(), "number");
    const QString thirdNumber = text(issued.at(2).toObject(), "number");
    CHECK(firstNumber != secondNumber);

    // A full credit note of the third invoice.
    const QJsonObject note = okObject(db, {QStringLiteral("invoice"), QStringLiteral("credit-note"), thirdNumber});
    CHECK(text(note, "kind") == QStringLiteral("credit_note"));
    CHECK(cents(note, "total") == 8000);
    const QJsonObject noteIssued =
        okObject(db, {QStringLiteral("invoice"), QStringLiteral("issue"), QString::number(note.value(QStringLiteral("id")).toInteger()),
                      QStringLiteral("--no-archive")});
    CHECK(text(noteIssued, "number").startsWith(QLatin1Char('A')));
    CHECK(cents(okObject(db, {QStringLiteral("invoice"), QStringLiteral("show"), thirdNumber}), "outstanding") == 0);

    // 250.00 received without saying for what: the oldest invoices first, the rest credit.
    const QJsonObject payment = okObject(
        db, {QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("Atelier Dupont"),
             QStringLiteral("--amount"), QStringLiteral("250,00")});
    const QJsonArray allocations = payment.value(QStringLiteral("allocations")).toArray();
    // "Today" is the day in the user's zone (Europe/Paris), which the payment took as its date:
    // near midnight UTC it is not the machine's date.
    const QDate today = QDate::fromString(text(payment, "receivedOn"), Qt::ISODate);
    REQUIRE(today.isValid());
    const QString monthFirst = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
    const QString todayText = today.toString(Qt::ISODate);
    REQUIRE(allocations.size() == 2);
    CHECK(cents(payment, "credit") == 5000);
    CHECK(cents(okObject(db, {QStringLiteral("invoice"), QStringLiteral("show"), firstNumber}), "outstanding") == 0);
    CHECK(text(okObject(db, {QStringLiteral("invoice"), QStringLiteral("show"), secondNumber}), "paymentState")
          == QStringLiteral("paid"));

    // The 50.00 left is owed to the client until a later invoice uses it.
    const QJsonArray owed = okObject(db, {QStringLiteral("report"), QStringLiteral("receivables")})
                                .value(QStringLiteral("owedToClients"))
                                .toArray();
    REQUIRE(owed.size() == 1);
    CHECK(text(owed.first().toObject(), "client") == QStringLiteral("Atelier Dupont"));
    CHECK(cents(owed.first().toObject(), "credit") == 5000);
    CHECK(cents(owed.first().toObject(), "unallocated") == 5000);

    // A payment split explicitly, then credit used.
    const qint64 fourth = create(QStringLiteral("Saisie;3;30.00"));
    const QJsonObject fourthIssued = okObject(
        db, {QStringLiteral("invoice"), QStringLiteral("issue"), QString::number(fourth), QStringLiteral("--no-archive")});
    const QString fourthNumber = text(fourthIssued, "number");
    const QJsonObject used = okObject(db, {QStringLiteral("payment"), QStringLiteral("use-credit"),
                                           QStringLiteral("--invoice"), fourthNumber});
    CHECK(cents(used, "allocated") == 5000);
    const QJsonObject split = okObject(
        db, {QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("Atelier Dupont"),
             QStringLiteral("--amount"), QStringLiteral("40.00"),
             QStringLiteral("--invoice"), fourthNumber + QStringLiteral("=40.00"), QStringLiteral("--method"),
             QStringLiteral("cheque")});
    CHECK(cents(split, "credit") == 0);
    CHECK(cents(okObject(db, {QStringLiteral("invoice"), QStringLiteral("show"), fourthNumber}), "outstanding") == 0);
    // Allocating beyond what is outstanding is refused.
    CHECK(cli(db, {QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--client"),
                   QStringLiteral("Atelier Dupont"), QStringLiteral("--amount"), QStringLiteral("10.00"),
                   QStringLiteral("--invoice"),
                   fourthNumber + QStringLiteral("=10.00")})
              .exitCode
          != 0);
    CHECK(okArray(db, {QStringLiteral("payment"), QStringLiteral("list")}).size() == 2);

    // Reports over the same data.
    const QJsonArray revenue = okArray(db, {QStringLiteral("report"), QStringLiteral("revenue"), QStringLiteral("--from"),
                                            monthFirst, QStringLiteral("--to"), todayText});
    REQUIRE(revenue.size() == 1);
    CHECK(cents(revenue.first().toObject(), "collected") == 29000);
    const QJsonArray receipts = okArray(db, {QStringLiteral("report"), QStringLiteral("receipts"), QStringLiteral("--from"),
                                             monthFirst, QStringLiteral("--to"), todayText});
    CHECK(receipts.size() == 2);
    const QString csv = fixture.temp.dir() + QStringLiteral("/receipts.csv");
    ok(db, {QStringLiteral("report"), QStringLiteral("receipts"), QStringLiteral("--from"), monthFirst,
            QStringLiteral("--to"), todayText, QStringLiteral("--csv"), csv});
    CHECK(readAll(csv).contains(firstNumber.toUtf8()));
    const QJsonObject urssaf = okObject(db, {QStringLiteral("report"), QStringLiteral("urssaf"), QStringLiteral("--month"),
                                             today.toString(QStringLiteral("yyyy-MM"))});
    CHECK(cents(urssaf, "turnover") == 29000);
    const QJsonObject receivables = okObject(db, {QStringLiteral("report"), QStringLiteral("receivables")});
    CHECK(receivables.value(QStringLiteral("receivables")).toArray().isEmpty());
    CHECK(receivables.value(QStringLiteral("owedToClients")).toArray().isEmpty());

    const ProcessResult check = cli(db, {QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("quote issue accept and to-invoice", "[cli][quote]")
{
    CliDatabase fixture;
    fixture.temp.close();
    const QString db = fixture.path();
    const QJsonObject quote = okObject(db, {QStringLiteral("quote"), QStringLiteral("create"), QStringLiteral("--client"),
                                            QStringLiteral("Atelier Dupont"), QStringLiteral("--line"),
                                            QStringLiteral("Mise en place;1;450.00"), QStringLiteral("--service-date"),
                                            QStringLiteral("2026-12-01")});
    const qint64 id = quote.value(QStringLiteral("id")).toInteger();
    CHECK(text(quote, "kind") == QStringLiteral("quote"));
    // A quote is not an invoice: invoice issue refuses it.
    CHECK(cli(db, {QStringLiteral("invoice"), QStringLiteral("issue"), QString::number(id)}).exitCode != 0);
    const QJsonObject sent = okObject(db, {QStringLiteral("quote"), QStringLiteral("issue"), QString::number(id),
                                           QStringLiteral("--no-archive")});
    CHECK(text(sent, "status") == QStringLiteral("sent"));
    CHECK(text(sent, "number").startsWith(QLatin1Char('D')));
    const QJsonObject invoice = okObject(db, {QStringLiteral("quote"), QStringLiteral("to-invoice"), text(sent, "number")});
    CHECK(text(invoice, "kind") == QStringLiteral("invoice"));
    CHECK(text(invoice, "status") == QStringLiteral("draft"));
    CHECK(cents(invoice, "total") == 45000);
    const QJsonObject accepted = okObject(db, {QStringLiteral("quote"), QStringLiteral("show"), QString::number(id)});
    CHECK(text(accepted, "status") == QStringLiteral("accepted"));
    CHECK(okArray(db, {QStringLiteral("quote"), QStringLiteral("list")}).size() == 1);
}

TEST_CASE("invoice numbering stays gapless under four concurrent issuing processes", "[cli][invoice][concurrency]")
{
    CliDatabase fixture;
    const QList<qint64> ids = fixture.addDrafts(4000);
    fixture.temp.close();

    QElapsedTimer timer;
    timer.start();
    QList<QProcess*> processes;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (int p = 0; p < 4; ++p) {
        // Interleaved ids: the processes compete for the counter all along.
        QList<qint64> mine;
        for (int i = p; i < ids.size(); i += 4)
            mine << ids.at(i);
        auto* process = new QProcess;
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(BUREAU_CLI_PATH),
                       QStringList{QStringLiteral("--database"), fixture.path(), QStringLiteral("invoice"),
                                   QStringLiteral("issue"), QStringLiteral("--no-archive")}
                           + idArguments(mine));
        processes << process;
    }
    QStringList numbers;
    for (QProcess* process : std::as_const(processes)) {
        REQUIRE(process->waitForFinished(240000));
        INFO(QString::fromUtf8(process->readAllStandardError()).toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
        const QStringList lines = QString::fromUtf8(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        CHECK(lines.size() == 1000);
        numbers << lines;
        delete process;
    }
    INFO("4,000 invoices issued by 4 processes in " << timer.elapsed() << " ms");
    CHECK(numbers.size() == 4000);

    fixture.temp.reopen();
    requireSoundNumbering(fixture.temp.db(), 4000);
    fixture.temp.close();
    const ProcessResult check = cli(fixture.path(), {QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("invoice issue killed at random moments leaves numbering sound", "[cli][invoice][crash]")
{
    CliDatabase fixture;
    const QList<qint64> drafts = fixture.addDrafts(1200);
    fixture.temp.close();

    QRandomGenerator random(20261127);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    int next = 0;
    int killed = 0;
    int finished = 0;
    const int runs = 200;
    for (int run = 0; run < runs && next < drafts.size(); ++run) {
        // The next few drafts: ids already issued by a killed run are refused, so each run starts
        // at the first draft left (the ones a killed run did not reach).
        const QList<qint64> batch = drafts.mid(next, 6);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BUREAU_CLI_PATH),
                      QStringList{QStringLiteral("--database"), fixture.path(), QStringLiteral("invoice"),
                                  QStringLiteral("issue"), QStringLiteral("--no-archive")}
                          + idArguments(batch));
        REQUIRE(process.waitForStarted(10000));
        if (process.waitForFinished(random.bounded(301))) {
            // Not killed: it issued its whole batch.
            INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
            CHECK(process.exitCode() == 0);
            ++finished;
        } else {
            process.kill(); // SIGKILL: no handler runs, as in a crash or a power cut.
            REQUIRE(process.waitForFinished(30000));
            if (process.exitStatus() == QProcess::CrashExit)
                ++killed;
            else
                ++finished;
        }
        // Where the next run starts: after the drafts this one issued.
        fixture.temp.reopen({});
        DocumentRepository documents(fixture.temp.db());
        while (next < drafts.size()) {
            auto document = documents.find(drafts.at(next));
            BUREAU_REQUIRE_OK(document);
            if (document->isDraft())
                break;
            ++next;
        }
        fixture.temp.close();
    }
    INFO("killed " << killed << ", finished " << finished << ", issued " << next);
    // Honest: some runs were cut short and some invoices were issued.
    CHECK(killed > 0);
    REQUIRE(next > 0);
    CHECK(next < drafts.size());

    fixture.temp.reopen();
    requireSoundNumbering(fixture.temp.db(), next);
    // The issued ones are exactly the first `next` drafts, in order.
    CHECK(scalar(fixture.temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE number IS NOT NULL AND id > %1")
                                        .arg(drafts.at(next - 1)))
          == 0);
    fixture.temp.close();
    const ProcessResult check = cli(fixture.path(), {QStringLiteral("check")});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

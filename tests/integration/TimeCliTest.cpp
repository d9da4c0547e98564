// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli time … as a user runs it: the real binary, a real database file, real signals.
#include "support/TestSupport.h"

#include "core/storage/TimeEntryRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

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

qint64 addClient(const QString& db, const QString& name)
{
    const QJsonObject client =
        okObject(db, {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), name});
    const qint64 id = client.value(QStringLiteral("id")).toInteger();
    REQUIRE(id > 0);
    return id;
}

QJsonObject status(const QString& db)
{
    return okObject(db, {QStringLiteral("time"), QStringLiteral("status")});
}

qint64 idOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("id")).toInteger();
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toInteger();
}

QJsonObject addEntry(const QString& db, const QStringList& options)
{
    return okObject(db, QStringList{QStringLiteral("time"), QStringLiteral("add")} + options);
}

/** `bureau-cli time start --client C --watch` as a running child process, once it has printed. */
class Watcher
{
public:
    Watcher(const QString& db, const QString& client)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(BUREAU_CLI_PATH),
                        {QStringLiteral("--database"), db, QStringLiteral("time"), QStringLiteral("start"),
                         QStringLiteral("--client"), client, QStringLiteral("--watch")});
        REQUIRE(m_process.waitForStarted(10000));
        // Started, then the elapsed time every second.
        REQUIRE(QTest::qWaitFor(
            [&] {
                m_out += QString::fromUtf8(m_process.readAllStandardOutput());
                return m_out.contains(QLatin1String("Elapsed")) || m_process.state() == QProcess::NotRunning;
            },
            20000));
        INFO(m_out.toStdString() << QString::fromUtf8(m_process.readAllStandardError()).toStdString());
        REQUIRE(m_process.state() == QProcess::Running);
    }

    ~Watcher()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcess& process() { return m_process; }
    QString output()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }

private:
    QProcess m_process;
    QString m_out;
};

} // namespace

TEST_CASE("time start status stop and switch round trip", "[cli][time]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 atelier = addClient(db, QStringLiteral("Atelier Lumière"));
    const qint64 studio = addClient(db, QStringLiteral("Studio Azur"));

    CHECK(status(db).value(QStringLiteral("running")).toBool() == false);
    CHECK(ok(db, {QStringLiteral("time"), QStringLiteral("status")}).contains(QLatin1String("No timer running")));

    const QJsonObject started = okObject(db, {QStringLiteral("time"), QStringLiteral("start"),
                                              QStringLiteral("--client"), QStringLiteral("Atelier Lumière"),
                                              QStringLiteral("--description"), QStringLiteral("Tri des e-mails")});
    CHECK(idOf(started) > 0);
    CHECK(number(started, "clientId") == atelier);
    CHECK(started.value(QStringLiteral("running")).toBool());
    CHECK(text(started, "description") == QStringLiteral("Tri des e-mails"));
    CHECK(started.value(QStringLiteral("end")).isNull());

    // One timer at a time: a second start is refused, in one line.
    const ProcessResult again =
        cli(db, {QStringLiteral("time"), QStringLiteral("start"), QStringLiteral("--client"), QString::number(studio)});
    CHECK(again.exitCode == 1);
    CHECK(lineCount(again.err) == 1);

    const QJsonObject running = status(db);
    CHECK(running.value(QStringLiteral("running")).toBool());
    CHECK(idOf(running) == idOf(started));
    CHECK(text(running, "start") == text(started, "start"));
    CHECK(number(running, "elapsedSeconds") >= 0);
    CHECK(ok(db, {QStringLiteral("time"), QStringLiteral("status")}).contains(QStringLiteral("Atelier Lumière")));

    // Switch: the first ends when the second starts.
    const QJsonObject switched = okObject(db, {QStringLiteral("time"), QStringLiteral("switch"),
                                               QStringLiteral("--client"), QStringLiteral("Studio Azur")});
    CHECK(number(switched, "clientId") == studio);
    CHECK(idOf(switched) != idOf(started));
    const QJsonObject stoppedFirst = switched.value(QStringLiteral("stopped")).toObject();
    CHECK(idOf(stoppedFirst) == idOf(started));
    CHECK(text(stoppedFirst, "end") == text(switched, "start"));
    CHECK(idOf(status(db)) == idOf(switched));

    const QJsonObject stopped = okObject(db, {QStringLiteral("time"), QStringLiteral("stop")});
    CHECK(idOf(stopped) == idOf(switched));
    CHECK_FALSE(stopped.value(QStringLiteral("running")).toBool());
    CHECK_FALSE(stopped.value(QStringLiteral("end")).isNull());
    CHECK(status(db).value(QStringLiteral("running")).toBool() == false);

    // Nothing left to stop.
    const ProcessResult none = cli(db, {QStringLiteral("time"), QStringLiteral("stop")});
    CHECK(none.exitCode == 1);
    CHECK(lineCount(none.err) == 1);
}

TEST_CASE("time add reads every duration syntax", "[cli][time]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, QStringLiteral("Atelier Lumière"));
    const QStringList syntaxes{QStringLiteral("1h30"), QStringLiteral("1:30"), QStringLiteral("90m"),
                               QStringLiteral("1,5h"), QStringLiteral("1.5"),  QStringLiteral("1 h 30 min")};
    int day = 5;
    for (const QString& syntax : syntaxes) {
        INFO(syntax.toStdString());
        const QString date = QStringLiteral("2026-10-%1").arg(day++, 2, 10, QLatin1Char('0'));
        const QJsonObject entry =
            addEntry(db, {QStringLiteral("--client"), QStringLiteral("Atelier Lumière"), QStringLiteral("--date"), date,
                          QStringLiteral("--start"), QStringLiteral("09:00"), QStringLiteral("--duration"), syntax});
        CHECK(number(entry, "minutes") == 90);
        CHECK(text(entry, "day") == date);
        CHECK(text(entry, "hours") == QStringLiteral("1.50"));
        CHECK_FALSE(entry.value(QStringLiteral("running")).toBool());
    }
    // 09:00 in Paris (the default profile zone) is 07:00 UTC in October (summer time), 08:00 in November.
    const QJsonObject october =
        addEntry(db, {QStringLiteral("--client"), QStringLiteral("Atelier Lumière"), QStringLiteral("--date"),
                      QStringLiteral("2026-10-20"), QStringLiteral("--start"), QStringLiteral("09:00"),
                      QStringLiteral("--end"), QStringLiteral("10:15")});
    CHECK(number(october, "minutes") == 75);
    CHECK(text(october, "start") == QStringLiteral("2026-10-20T07:00:00.000Z"));
    const QJsonObject november =
        addEntry(db, {QStringLiteral("--client"), QStringLiteral("Atelier Lumière"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-02"), QStringLiteral("--duration"), QStringLiteral("0,25"),
                      QStringLiteral("--non-billable"), QStringLiteral("--notes"), QStringLiteral("Appel bref")});
    CHECK(number(november, "minutes") == 15);
    CHECK(text(november, "start") == QStringLiteral("2026-11-02T08:00:00.000Z"));
    CHECK_FALSE(november.value(QStringLiteral("billable")).toBool());
    CHECK(text(november, "notes") == QStringLiteral("Appel bref"));

    // A bare number above 24 is refused with a hint; nothing is added.
    const ProcessResult refused =
        cli(db, {QStringLiteral("time"), QStringLiteral("add"), QStringLiteral("--client"),
                 QStringLiteral("Atelier Lumière"), QStringLiteral("--date"), QStringLiteral("2026-11-03"),
                 QStringLiteral("--duration"), QStringLiteral("90")});
    CHECK(refused.exitCode == 2);
    CHECK(lineCount(refused.err) == 1);
    const ProcessResult noClient =
        cli(db, {QStringLiteral("time"), QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("Nobody"),
                 QStringLiteral("--date"), QStringLiteral("2026-11-03"), QStringLiteral("--duration"),
                 QStringLiteral("1h")});
    CHECK(noClient.exitCode == 1);
    CHECK(lineCount(noClient.err) == 1);
    const QJsonArray all =
        okArray(db, {QStringLiteral("time"), QStringLiteral("list"), QStringLiteral("--from"),
                     QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    CHECK(all.size() == int(syntaxes.size()) + 2);
}

TEST_CASE("time add warns of an overlap and still adds the entry", "[cli][time]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, QStringLiteral("Atelier Lumière"));
    addClient(db, QStringLiteral("Studio Azur"));
    const QJsonObject first =
        addEntry(db, {QStringLiteral("--client"), QStringLiteral("Atelier Lumière"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-10"), QStringLiteral("--start"), QStringLiteral("09:00"),
                      QStringLiteral("--duration"), QStringLiteral("1h")});

    const ProcessResult second = cli(
        db, {QStringLiteral("--json"), QStringLiteral("time"), QStringLiteral("add"), QStringLiteral("--client"),
             QStringLiteral("Studio Azur"), QStringLiteral("--date"), QStringLiteral("2026-11-10"),
             QStringLiteral("--start"), QStringLiteral("09:30"), QStringLiteral("--duration"), QStringLiteral("1h")});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(lineCount(second.err) == 1);
    CHECK(second.err.contains(QLatin1String("overlap")));
    CHECK(second.err.contains(QString::number(idOf(first))));
    CHECK(idOf(parseJson(second.out).object()) > idOf(first));

    // Without --start, the next entry goes after the day's last one: no overlap.
    const ProcessResult third =
        cli(db, {QStringLiteral("--json"), QStringLiteral("time"), QStringLiteral("add"), QStringLiteral("--client"),
                 QStringLiteral("Studio Azur"), QStringLiteral("--date"), QStringLiteral("2026-11-10"),
                 QStringLiteral("--duration"), QStringLiteral("30m")});
    CHECK(third.exitCode == 0);
    CHECK(third.err.isEmpty());
    CHECK(text(parseJson(third.out).object(), "start") == QStringLiteral("2026-11-10T09:30:00.000Z")); // 10:30 in Paris

    CHECK(okArray(db, {QStringLiteral("time"), QStringLiteral("list"), QStringLiteral("--from"),
                       QStringLiteral("2026-11-10"), QStringLiteral("--to"), QStringLiteral("2026-11-10")})
              .size()
          == 3);
}

TEST_CASE("time report sums equal the listed entries", "[cli][time]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 atelier = addClient(db, QStringLiteral("Atelier Lumière"));
    const qint64 studio = addClient(db, QStringLiteral("Studio Azur"));
    const QStringList durations{QStringLiteral("1h30"), QStringLiteral("45m"), QStringLiteral("2:10"),
                                QStringLiteral("0,5"),  QStringLiteral("3h"),  QStringLiteral("20m")};
    // Across a month boundary and both clients, some non-billable.
    const QStringList dates{QStringLiteral("2026-10-28"), QStringLiteral("2026-10-30"), QStringLiteral("2026-11-02"),
                            QStringLiteral("2026-11-03"), QStringLiteral("2026-11-16"), QStringLiteral("2026-11-30")};
    for (int i = 0; i < durations.size(); ++i) {
        QStringList options{
            QStringLiteral("--client"),   i % 2 ? QStringLiteral("Studio Azur") : QStringLiteral("Atelier Lumière"),
            QStringLiteral("--date"),     dates.at(i),
            QStringLiteral("--duration"), durations.at(i)};
        if (i % 3 == 2)
            options << QStringLiteral("--non-billable");
        addEntry(db, options);
    }
    // Outside the range: not counted.
    addEntry(db, {QStringLiteral("--client"), QStringLiteral("Studio Azur"), QStringLiteral("--date"),
                  QStringLiteral("2026-12-01"), QStringLiteral("--duration"), QStringLiteral("8h")});

    const QStringList range{QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                            QStringLiteral("2026-11-30")};
    const QJsonArray entries = okArray(db, QStringList{QStringLiteral("time"), QStringLiteral("list")} + range);
    REQUIRE(entries.size() == 6);
    qint64 listed = 0;
    qint64 listedBillable = 0;
    QHash<qint64, qint64> perClient;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        listed += number(entry, "minutes");
        if (entry.value(QStringLiteral("billable")).toBool())
            listedBillable += number(entry, "minutes");
        perClient[number(entry, "clientId")] += number(entry, "minutes");
    }
    CHECK(listed == 90 + 45 + 130 + 30 + 180 + 20);

    const QJsonObject byClient = okObject(db, QStringList{QStringLiteral("time"), QStringLiteral("report")} + range);
    CHECK(text(byClient, "groupBy") == QStringLiteral("client"));
    const QJsonObject total = byClient.value(QStringLiteral("total")).toObject();
    CHECK(number(total, "minutes") == listed);
    CHECK(number(total, "billableMinutes") == listedBillable);
    CHECK(number(total, "nonBillableMinutes") == listed - listedBillable);
    const QJsonArray clientRows = byClient.value(QStringLiteral("rows")).toArray();
    REQUIRE(clientRows.size() == 2);
    for (const QJsonValue& value : clientRows) {
        const QJsonObject row = value.toObject();
        CHECK(number(row, "minutes") == perClient.value(number(row, "clientId")));
    }
    CHECK(perClient.contains(atelier));
    CHECK(perClient.contains(studio));

    for (const QString& group : {QStringLiteral("month"), QStringLiteral("day"), QStringLiteral("week")}) {
        INFO(group.toStdString());
        const QJsonObject report = okObject(db, QStringList{QStringLiteral("time"), QStringLiteral("report")} + range
                                                    + QStringList{QStringLiteral("--group-by"), group});
        qint64 sum = 0;
        for (const QJsonValue& row : report.value(QStringLiteral("rows")).toArray())
            sum += number(row.toObject(), "minutes");
        CHECK(sum == listed);
        CHECK(number(report.value(QStringLiteral("total")).toObject(), "minutes") == listed);
    }
    // The text table names the clients and a total line.
    const QString table = ok(db, QStringList{QStringLiteral("time"), QStringLiteral("report")} + range);
    CHECK(table.contains(QStringLiteral("Atelier Lumière")));
    CHECK(table.contains(QLatin1String("Total")));
    // A wrong grouping is a usage error.
    const ProcessResult wrong = cli(db, QStringList{QStringLiteral("time"), QStringLiteral("report"),
                                                    QStringLiteral("--group-by"), QStringLiteral("hour")});
    CHECK(wrong.exitCode == 2);
}

TEST_CASE("time edit and delete change the entry", "[cli][time]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, QStringLiteral("Atelier Lumière"));
    const QJsonObject entry =
        addEntry(db, {QStringLiteral("--client"), QStringLiteral("Atelier Lumière"), QStringLiteral("--date"),
                      QStringLiteral("2026-11-10"), QStringLiteral("--start"), QStringLiteral("14:00"),
                      QStringLiteral("--duration"), QStringLiteral("1h")});
    const QString id = QString::number(idOf(entry));
    const QJsonObject edited =
        okObject(db, {QStringLiteral("time"), QStringLiteral("edit"), id, QStringLiteral("--duration"),
                      QStringLiteral("2h15"), QStringLiteral("--description"), QStringLiteral("Relances factures"),
                      QStringLiteral("--billable"), QStringLiteral("no")});
    CHECK(number(edited, "minutes") == 135);
    CHECK(text(edited, "description") == QStringLiteral("Relances factures"));
    CHECK_FALSE(edited.value(QStringLiteral("billable")).toBool());
    CHECK(text(edited, "start") == text(entry, "start"));
    // A new date moves it, keeping its time of day and its length.
    const QJsonObject moved = okObject(db, {QStringLiteral("time"), QStringLiteral("edit"), id,
                                            QStringLiteral("--date"), QStringLiteral("2026-11-12")});
    CHECK(text(moved, "day") == QStringLiteral("2026-11-12"));
    CHECK(text(moved, "start") == QStringLiteral("2026-11-12T13:00:00.000Z"));
    CHECK(number(moved, "minutes") == 135);

    CHECK(idOf(okObject(db, {QStringLiteral("time"), QStringLiteral("delete"), id})) == idOf(entry));
    const ProcessResult gone = cli(db, {QStringLiteral("time"), QStringLiteral("delete"), id});
    CHECK(gone.exitCode == 1);
    CHECK(lineCount(gone.err) == 1);
    const ProcessResult bad = cli(db, {QStringLiteral("time"), QStringLiteral("edit"), QStringLiteral("abc")});
    CHECK(bad.exitCode == 2);
}

TEST_CASE("A killed time start --watch leaves its timer running", "[cli][time][crash]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, QStringLiteral("Atelier Lumière"));

    QString start;
    qint64 id = 0;
    {
        Watcher watcher(db, QStringLiteral("Atelier Lumière"));
        const QJsonObject running = status(db);
        REQUIRE(running.value(QStringLiteral("running")).toBool());
        start = text(running, "start");
        id = idOf(running);
        // SIGKILL: no handler runs, as in a crash or a power cut.
        watcher.process().kill();
        REQUIRE(watcher.process().waitForFinished(10000));
        CHECK(watcher.process().exitStatus() == QProcess::CrashExit);
    }

    // The next process sees the timer still running, from its original start.
    const QJsonObject after = status(db);
    CHECK(after.value(QStringLiteral("running")).toBool());
    CHECK(idOf(after) == id);
    CHECK(text(after, "start") == start);

    const QJsonObject stopped = okObject(db, {QStringLiteral("time"), QStringLiteral("stop")});
    CHECK(idOf(stopped) == id);
    CHECK_FALSE(stopped.value(QStringLiteral("end")).isNull());
    CHECK(status(db).value(QStringLiteral("running")).toBool() == false);
}

TEST_CASE("SIGTERM on time start --watch stops its timer", "[cli][time]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    addClient(db, QStringLiteral("Atelier Lumière"));

    Watcher watcher(db, QStringLiteral("Atelier Lumière"));
    const qint64 id = idOf(status(db));
    REQUIRE(id > 0);
    watcher.process().terminate(); // SIGTERM
    REQUIRE(watcher.process().waitForFinished(10000));
    CHECK(watcher.process().exitStatus() == QProcess::NormalExit);
    CHECK(watcher.process().exitCode() == 0);
    CHECK(watcher.output().contains(QLatin1String("Timer stopped")));

    CHECK(status(db).value(QStringLiteral("running")).toBool() == false);
    const QJsonArray entries = okArray(db, {QStringLiteral("time"), QStringLiteral("list")});
    REQUIRE(entries.size() == 1);
    CHECK(idOf(entries.first().toObject()) == id);
    CHECK_FALSE(entries.first().toObject().value(QStringLiteral("end")).isNull());
}

TEST_CASE("time status warns of a timer left running for more than 12 hours", "[cli][time]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("bureau.sqlite"));
    const qint64 client = addClient(db, QStringLiteral("Atelier Lumière"));
    const SystemClock clock;
    {
        // A timer started 13 hours ago, as a forgotten one would be.
        auto opened = Database::open(db, clock);
        BUREAU_REQUIRE_OK(opened);
        TimeEntry entry;
        entry.clientId = client;
        entry.startedAtMs = clock.nowMs() - 13LL * 3600 * 1000;
        BUREAU_REQUIRE_OK(TimeEntryRepository(*opened.value()).add(entry));
    }
    const ProcessResult result = cli(db, {QStringLiteral("--json"), QStringLiteral("time"), QStringLiteral("status")});
    CHECK(result.exitCode == 0);
    CHECK(lineCount(result.err) == 1);
    CHECK(result.err.contains(QLatin1String("12 hours")));
    const QJsonObject status = parseJson(result.out).object();
    CHECK(status.value(QStringLiteral("running")).toBool());
    CHECK(status.value(QStringLiteral("runningTooLong")).toBool());
    CHECK(number(status, "elapsedSeconds") >= 13 * 3600);
    // Stopping now would make a 13-hour entry; at a given time it is what was worked.
    const QJsonObject stopped = okObject(
        db, {QStringLiteral("time"), QStringLiteral("stop"), QStringLiteral("--at"),
             QDateTime::fromMSecsSinceEpoch(clock.nowMs() - 11LL * 3600 * 1000, Qt::UTC).toString(Qt::ISODate)});
    CHECK(number(stopped, "minutes") == 120);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The time report: sums from the monthly rollup and the day index checked against a computation
// done here, directly from the entries inserted (a few hundred pseudo-random ones over 15 months),
// for ranges with partial months at either end, whole years and single days, and every grouping;
// the series per client; the CSV and PDF exports.
#include "TimeTestData.h"

#include "support/TestSupport.h"

#include "core/services/TimeReport.h"

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <random>
#include <tuple>
#include <vector>

using namespace Bureau;
using namespace Bureau::TimeTest;
using Bureau::Test::runProcess;
using Bureau::Test::TempDatabase;
using Bureau::Test::TempDir;
using GroupBy = TimeReportService::GroupBy;

namespace
{

struct Inserted
{
    qint64 clientId = 0;
    qint64 missionId = 0;
    qint64 taskId = 0;
    QDate day;
    qint64 minutes = 0;
    bool billable = false;
    bool invoiced = false;
};

struct RateCents
{
    qint64 cents = 0;
    QString currency;
};

/**
 * Three clients with missions of every billing mode, tasks, and 450 entries from October 2025 to
 * December 2026, at any time of day (late evenings, DST days), billable or not, some invoiced.
 */
struct Dataset
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    QList<Inserted> entries;
    /** The expected rate per (client, mission), written by hand from the rules; absent: none. */
    std::map<std::pair<qint64, qint64>, RateCents> rates;
    QHash<qint64, QString> clientNames;

    explicit Dataset(Database& db)
    {
        setProfile(db, 3000);
        const auto client = [&](const QString& name, const QString& currency, std::optional<qint64> rate) {
            const qint64 id =
                addClient(db, ClientSpec{name, currency, rate, 0, QStringLiteral("up"), QStringLiteral("entry")});
            clientNames.insert(id, name);
            return id;
        };
        a = client(QStringLiteral("Alpha"), QStringLiteral("EUR"), 6000);
        b = client(QStringLiteral("Bravo"), QStringLiteral("USD"), std::nullopt);
        c = client(QStringLiteral("Charlie"), QStringLiteral("USD"), 5000);

        const auto mission = [&](qint64 clientId, const QString& title, const QString& billing, const QString& currency,
                                 std::optional<qint64> hourly, std::optional<qint64> overage) {
            MissionSpec spec;
            spec.clientId = clientId;
            spec.title = title;
            spec.billing = billing;
            spec.currency = currency;
            spec.hourlyCents = hourly;
            spec.packageMinutes = 600;
            spec.overageCents = overage;
            return addMission(db, spec);
        };
        const qint64 a1 =
            mission(a, QStringLiteral("Support"), QStringLiteral("hourly"), QStringLiteral("EUR"), 4500, std::nullopt);
        const qint64 a2 = mission(a, QStringLiteral("Retainer"), QStringLiteral("fixed"), QStringLiteral("EUR"),
                                  std::nullopt, std::nullopt);
        const qint64 a3 =
            mission(a, QStringLiteral("Package"), QStringLiteral("package"), QStringLiteral("EUR"), std::nullopt, 7000);
        const qint64 b1 = mission(b, QStringLiteral("Admin"), QStringLiteral("hourly"), QStringLiteral("USD"),
                                  std::nullopt, std::nullopt);
        const qint64 c1 = mission(c, QStringLiteral("Mail"), QStringLiteral("hourly"), QStringLiteral("USD"),
                                  std::nullopt, std::nullopt);
        const qint64 c2 =
            mission(c, QStringLiteral("Events"), QStringLiteral("hourly"), QStringLiteral("USD"), 8000, std::nullopt);
        const RateCents profile{3000, QStringLiteral("EUR")};
        rates[{a, 0}] = RateCents{6000, QStringLiteral("EUR")};
        rates[{a, a1}] = RateCents{4500, QStringLiteral("EUR")};
        rates[{a, a3}] = RateCents{7000, QStringLiteral("EUR")};
        rates[{b, 0}] = profile;
        rates[{b, b1}] = profile;
        rates[{c, 0}] = RateCents{5000, QStringLiteral("USD")};
        rates[{c, c1}] = RateCents{5000, QStringLiteral("USD")};
        rates[{c, c2}] = RateCents{8000, QStringLiteral("USD")};

        const qint64 ta1 = addTask(db, a, a1, QStringLiteral("Invoices"));
        const qint64 ta2 = addTask(db, a, 0, QStringLiteral("Filing"));
        const qint64 tc1 = addTask(db, c, c2, QStringLiteral("Venue"));

        const QHash<qint64, QList<qint64>> missions{{a, {0, a1, a2, a3}}, {b, {0, b1}}, {c, {0, c1, c2}}};
        const QHash<qint64, QList<qint64>> tasks{{a, {0, ta1, ta2}}, {b, {0}}, {c, {0, tc1}}};
        const QList<qint64> clients{a, a, a, b, c, c};

        std::mt19937 random(20261127);
        const auto pick = [&random](qsizetype size) {
            return qsizetype(std::uniform_int_distribution<qsizetype>(0, size - 1)(random));
        };
        const QDate start(2025, 10, 1);
        const qint64 span = start.daysTo(QDate(2026, 12, 31));
        BUREAU_REQUIRE_OK(db.write([&]() -> Status {
            for (int i = 0; i < 450; ++i) {
                Inserted entry;
                entry.clientId = clients.at(pick(clients.size()));
                entry.missionId = missions.value(entry.clientId).at(pick(missions.value(entry.clientId).size()));
                entry.taskId = tasks.value(entry.clientId).at(pick(tasks.value(entry.clientId).size()));
                entry.day = start.addDays(std::uniform_int_distribution<qint64>(0, span)(random));
                // Some at the very end of the day, some on the DST days (the time in the gap moves forward
                // on the same day).
                if (i % 40 == 0)
                    entry.day = i % 80 == 0 ? QDate(2026, 3, 29) : QDate(2026, 10, 25);
                const int minuteOfDay =
                    i % 7 == 0 ? 23 * 60 + 45 : std::uniform_int_distribution<int>(0, 22 * 60)(random);
                entry.minutes = std::uniform_int_distribution<qint64>(1, 240)(random);
                entry.billable = std::uniform_int_distribution<int>(0, 3)(random) != 0;
                entry.invoiced = entry.billable && std::uniform_int_distribution<int>(0, 4)(random) == 0;
                addEntryInTransaction(db, EntrySpec{entry.clientId, entry.missionId, entry.taskId,
                                                    parisMs(entry.day, QTime(minuteOfDay / 60, minuteOfDay % 60)),
                                                    entry.minutes, entry.billable, entry.invoiced ? 7 : 0});
                entries.append(entry);
            }
            return {};
        }));
    }
};

/** The report computed here from the entries, as the service's documentation says it should be. */
struct ExpectedRow
{
    qint64 minutes = 0;
    qint64 billable = 0;
    qint64 nonBillable = 0;
    qint64 unbilled = 0;
    std::map<std::pair<qint64, qint64>, qint64> unbilledByMission;
};

QDate expectedPeriod(GroupBy groupBy, QDate day)
{
    switch (groupBy) {
    case GroupBy::Week:
        return day.addDays(1 - day.dayOfWeek());
    case GroupBy::Month:
        return QDate(day.year(), day.month(), 1);
    case GroupBy::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case GroupBy::Year:
        return QDate(day.year(), 1, 1);
    default:
        return day;
    }
}

QString expectedKey(GroupBy groupBy, const Inserted& entry)
{
    switch (groupBy) {
    case GroupBy::Client:
        return QString::number(entry.clientId);
    case GroupBy::Mission:
        return QStringLiteral("%1/%2").arg(entry.clientId).arg(entry.missionId);
    case GroupBy::Task:
        return QStringLiteral("%1/%2").arg(entry.clientId).arg(entry.taskId);
    default:
        return expectedPeriod(groupBy, entry.day).toString(Qt::ISODate);
    }
}

QString rowKey(GroupBy groupBy, const TimeReportService::Row& row)
{
    switch (groupBy) {
    case GroupBy::Client:
        return QString::number(row.clientId);
    case GroupBy::Mission:
        return QStringLiteral("%1/%2").arg(row.clientId).arg(row.missionId);
    case GroupBy::Task:
        return QStringLiteral("%1/%2").arg(row.clientId).arg(row.taskId);
    default:
        return row.periodStart.toString(Qt::ISODate);
    }
}

QMap<QString, qint64> expectedValue(const ExpectedRow& row, const Dataset& data, qint64* withoutRate)
{
    QMap<QString, qint64> values;
    for (const auto& [key, minutes] : row.unbilledByMission) {
        const auto rate = data.rates.find(key);
        if (rate == data.rates.end()) {
            *withoutRate += minutes;
            continue;
        }
        // minutes × cents / 60, half up (all positive).
        values[rate->second.currency] += (2 * minutes * rate->second.cents + 60) / 120;
    }
    return values;
}

void checkReport(TimeReportService& service, const Dataset& data, QDate first, QDate last, GroupBy groupBy,
                 qint64 clientId = 0)
{
    CAPTURE(first.toString(Qt::ISODate).toStdString(), last.toString(Qt::ISODate).toStdString(),
            TimeReportService::groupByKey(groupBy).toStdString(), clientId);
    auto report = service.run(TimeReportService::Query{first, last, clientId, groupBy});
    BUREAU_REQUIRE_OK(report);

    QMap<QString, ExpectedRow> expected;
    ExpectedRow total;
    for (const Inserted& entry : data.entries) {
        if (entry.day < first || entry.day > last || (clientId > 0 && entry.clientId != clientId))
            continue;
        for (ExpectedRow* row : {&expected[expectedKey(groupBy, entry)], &total}) {
            row->minutes += entry.minutes;
            (entry.billable ? row->billable : row->nonBillable) += entry.minutes;
            if (entry.billable && !entry.invoiced) {
                row->unbilled += entry.minutes;
                row->unbilledByMission[{entry.clientId, entry.missionId}] += entry.minutes;
            }
        }
    }

    const bool periods = groupBy != GroupBy::Client && groupBy != GroupBy::Mission && groupBy != GroupBy::Task;
    if (periods) {
        // Every period of the range, in order, empty ones included.
        QList<QDate> starts;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const QDate start = expectedPeriod(groupBy, day);
            if (starts.isEmpty() || starts.constLast() != start)
                starts.append(start);
        }
        REQUIRE(report->rows.size() == starts.size());
        for (qsizetype i = 0; i < starts.size(); ++i)
            CHECK(report->rows.at(i).periodStart == starts.at(i));
    } else {
        REQUIRE(report->rows.size() == expected.size());
        for (qsizetype i = 1; i < report->rows.size(); ++i)
            CHECK(report->rows.at(i - 1).minutes >= report->rows.at(i).minutes);
    }

    QMap<QString, qint64> valueSum;
    qint64 withoutRateSum = 0;
    for (const TimeReportService::Row& row : report->rows) {
        const QString key = rowKey(groupBy, row);
        CAPTURE(key.toStdString(), row.label.toStdString());
        const ExpectedRow wanted = expected.value(key);
        CHECK(row.minutes == wanted.minutes);
        CHECK(row.billableMinutes == wanted.billable);
        CHECK(row.nonBillableMinutes == wanted.nonBillable);
        CHECK(row.unbilledMinutes == wanted.unbilled);
        qint64 withoutRate = 0;
        const QMap<QString, qint64> values = expectedValue(wanted, data, &withoutRate);
        CHECK(row.unbilledValueCents == values);
        CHECK(row.unbilledWithoutRateMinutes == withoutRate);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            valueSum[it.key()] += it.value();
        withoutRateSum += withoutRate;
        CHECK_FALSE(row.label.isEmpty());
    }
    CHECK(report->total.minutes == total.minutes);
    CHECK(report->total.billableMinutes == total.billable);
    CHECK(report->total.nonBillableMinutes == total.nonBillable);
    CHECK(report->total.unbilledMinutes == total.unbilled);
    CHECK(report->total.unbilledValueCents == valueSum);
    CHECK(report->total.unbilledWithoutRateMinutes == withoutRateSum);
}

const QList<GroupBy> kAllGroupings{GroupBy::Client, GroupBy::Mission, GroupBy::Task,    GroupBy::Day,
                                   GroupBy::Week,   GroupBy::Month,   GroupBy::Quarter, GroupBy::Year};

} // namespace

TEST_CASE("Report sums match a direct computation for every range and grouping", "[timereport]")
{
    TempDatabase db;
    const Dataset data(db.db());
    REQUIRE(data.entries.size() == 450);
    TimeReportService service(db.db());

    const QList<std::pair<QDate, QDate>> ranges{
        {QDate(2025, 10, 15), QDate(2026, 11, 20)}, // partial months at both ends
        {QDate(2026, 1, 1), QDate(2026, 12, 31)},   // a whole year: the rollup only
        {QDate(2025, 10, 1), QDate(2026, 12, 31)},  // everything
        {QDate(2026, 3, 29), QDate(2026, 3, 29)},   // one day (DST)
        {QDate(2026, 2, 10), QDate(2026, 2, 20)},   // inside one month
        {QDate(2026, 5, 1), QDate(2026, 7, 15)},    // whole months, then a partial one
        {QDate(2026, 4, 16), QDate(2026, 6, 30)},   // a partial month, then whole ones
        {QDate(2026, 10, 25), QDate(2026, 11, 1)},  // across a month end and a DST change
        {QDate(2024, 1, 1), QDate(2024, 12, 31)},   // before any work
    };
    for (const auto& [first, last] : ranges) {
        for (const GroupBy groupBy : kAllGroupings)
            checkReport(service, data, first, last, groupBy);
    }
    // One client's time.
    for (const GroupBy groupBy : kAllGroupings) {
        checkReport(service, data, QDate(2025, 10, 15), QDate(2026, 11, 20), groupBy, data.c);
        checkReport(service, data, QDate(2026, 1, 1), QDate(2026, 12, 31), groupBy, data.b);
    }
}

TEST_CASE("Report rows are labelled in the interface's language", "[timereport]")
{
    TempDatabase db;
    const qint64 client = addClient(db.db(), ClientSpec{QStringLiteral("Alpha"), QStringLiteral("EUR"), 6000, 0,
                                                        QStringLiteral("up"), QStringLiteral("entry")});
    addEntry(db.db(), EntrySpec{client, 0, 0, parisMs(QDate(2026, 11, 24), QTime(9, 0)), 90, true, 0});
    TimeReportService service(db.db());
    const auto run = [&](GroupBy groupBy) {
        auto report = service.run(TimeReportService::Query{QDate(2026, 11, 1), QDate(2026, 11, 30), 0, groupBy});
        BUREAU_REQUIRE_OK(report);
        return report.value();
    };
    CHECK(run(GroupBy::Client).rows.at(0).label == QStringLiteral("Alpha"));
    CHECK(run(GroupBy::Mission).rows.at(0).label == QStringLiteral("No mission"));
    CHECK(run(GroupBy::Task).rows.at(0).label == QStringLiteral("No task"));
    const auto weeks = run(GroupBy::Week);
    REQUIRE(weeks.rows.size() == 6); // 26 October … 30 November
    CHECK(weeks.rows.at(0).periodStart == QDate(2026, 10, 26));
    CHECK(weeks.rows.at(4).label == QStringLiteral("Week 48, 2026"));
    CHECK(weeks.rows.at(4).minutes == 90);
    CHECK(run(GroupBy::Month).rows.at(0).label == QStringLiteral("November 2026"));
    CHECK(run(GroupBy::Quarter).rows.at(0).label == QStringLiteral("Q4 2026"));
    CHECK(run(GroupBy::Year).rows.at(0).label == QStringLiteral("2026"));
    CHECK(run(GroupBy::Client).total.unbilledValueCents.value(QStringLiteral("EUR")) == 9000);
}

TEST_CASE("Report ranges are checked and grouping keys read back", "[timereport]")
{
    TempDatabase db;
    TimeReportService service(db.db());
    auto inverted = service.run(TimeReportService::Query{QDate(2026, 11, 2), QDate(2026, 11, 1), 0, GroupBy::Day});
    REQUIRE_FALSE(inverted.ok());
    CHECK(inverted.error().kind == Error::Kind::Invalid);
    auto tooLong = service.run(TimeReportService::Query{QDate(2000, 1, 1), QDate(2020, 1, 1), 0, GroupBy::Year});
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().kind == Error::Kind::Invalid);
    auto twentyYears = service.run(TimeReportService::Query{QDate(2000, 1, 1), QDate(2019, 12, 31), 0, GroupBy::Year});
    BUREAU_REQUIRE_OK(twentyYears);
    CHECK(twentyYears->rows.size() == 20);
    auto invalid = service.monthlyByClient(QDate(), QDate(2026, 1, 1));
    CHECK_FALSE(invalid.ok());

    for (const GroupBy groupBy : kAllGroupings) {
        CHECK(TimeReportService::groupByFromKey(TimeReportService::groupByKey(groupBy)) == groupBy);
        CHECK_FALSE(TimeReportService::groupByLabel(groupBy).isEmpty());
    }
    CHECK_FALSE(TimeReportService::groupByFromKey(QStringLiteral("fortnight")).has_value());
}

TEST_CASE("Monthly series per client keep the top clients and sum the others", "[timereport]")
{
    TempDatabase db;
    const Dataset data(db.db());
    TimeReportService service(db.db());
    const QDate first(2025, 10, 15);
    const QDate last(2026, 11, 20);

    QHash<qint64, QList<qint64>> expected;
    QList<QDate> months;
    for (QDate month(2025, 10, 1); month <= last; month = month.addMonths(1))
        months.append(month);
    for (const Inserted& entry : data.entries) {
        if (entry.day < first || entry.day > last)
            continue;
        auto& series = expected[entry.clientId];
        if (series.isEmpty())
            series = QList<qint64>(months.size(), 0);
        series[months.indexOf(QDate(entry.day.year(), entry.day.month(), 1))] += entry.minutes;
    }
    const auto totalOf = [](const QList<qint64>& series) {
        qint64 total = 0;
        for (const qint64 minutes : series)
            total += minutes;
        return total;
    };

    auto all = service.monthlyByClient(first, last, 0, 8);
    BUREAU_REQUIRE_OK(all);
    CHECK(all->months == months);
    REQUIRE(all->clients.size() == 3);
    for (const auto& series : all->clients) {
        CAPTURE(series.clientName.toStdString());
        CHECK(series.minutes == expected.value(series.clientId));
        CHECK(series.clientName == data.clientNames.value(series.clientId));
    }
    CHECK(totalOf(all->clients.at(0).minutes) >= totalOf(all->clients.at(1).minutes));
    CHECK(totalOf(all->clients.at(1).minutes) >= totalOf(all->clients.at(2).minutes));

    auto top = service.monthlyByClient(first, last, 0, 1);
    BUREAU_REQUIRE_OK(top);
    REQUIRE(top->clients.size() == 2);
    CHECK(top->clients.at(0).clientId == all->clients.at(0).clientId);
    CHECK(top->clients.at(1).clientId == 0);
    CHECK(top->clients.at(1).clientName == QStringLiteral("Other clients"));
    for (qsizetype m = 0; m < months.size(); ++m)
        CHECK(top->clients.at(1).minutes.at(m) == all->clients.at(1).minutes.at(m) + all->clients.at(2).minutes.at(m));

    auto one = service.monthlyByClient(first, last, data.b, 8);
    BUREAU_REQUIRE_OK(one);
    REQUIRE(one->clients.size() == 1);
    CHECK(one->clients.at(0).minutes == expected.value(data.b));
}

namespace
{

TimeReportService::Report smallReport(Database& db)
{
    const qint64 formula = addClient(db, ClientSpec{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("EUR"),
                                                    6000, 0, QStringLiteral("up"), QStringLiteral("entry")});
    const qint64 plain = addClient(db, ClientSpec{QStringLiteral("Zoé, Dupont & fils"), QStringLiteral("EUR"),
                                                  std::nullopt, 0, QStringLiteral("up"), QStringLiteral("entry")});
    addEntry(db, EntrySpec{formula, 0, 0, parisMs(QDate(2026, 11, 2), QTime(9, 0)), 90, true, 0});
    addEntry(db, EntrySpec{formula, 0, 0, parisMs(QDate(2026, 11, 3), QTime(9, 0)), 30, false, 0});
    addEntry(db, EntrySpec{plain, 0, 0, parisMs(QDate(2026, 11, 4), QTime(9, 0)), 45, true, 0});
    auto report = TimeReportService(db).run(
        TimeReportService::Query{QDate(2026, 11, 1), QDate(2026, 11, 30), 0, GroupBy::Client});
    BUREAU_REQUIRE_OK(report);
    return report.value();
}

QString pdfText(const QByteArray& pdf)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("report.pdf"));
    Bureau::Test::writeAll(path, pdf);
    const auto result = runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QString text = result.out;
    for (const char16_t space : {u'\u00a0', u'\u202f', u'\u2009'})
        text.replace(QChar(space), u' ');
    return text.simplified();
}

} // namespace

TEST_CASE("The report exports as CSV with formulas neutralised", "[timereport][csv]")
{
    TempDatabase db;
    const auto report = smallReport(db.db());
    REQUIRE(report.rows.size() == 2);

    SECTION("English")
    {
        const QString csv = QString::fromUtf8(TimeReportExport::toCsv(report, QLocale(QLocale::English)));
        QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        if (!lines.isEmpty() && lines[0].startsWith(QChar(0xfeff)))
            lines[0].remove(0, 1);
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0)
              == QStringLiteral("Client,Hours,Billable hours,Non-billable hours,Unbilled hours,Unbilled value,"
                                "Currency"));
        // 2 h, of which 1h30 billable and unbilled at 60 €/h; the name cannot run as a formula.
        CHECK(lines.at(1) == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",2.00,1.50,0.50,1.50,90.00,EUR"));
        // No rate anywhere: no value.
        CHECK(lines.at(2) == QStringLiteral("\"Zoé, Dupont & fils\",0.75,0.75,0.00,0.75,,"));
        CHECK(lines.at(3) == QStringLiteral("Total,2.75,2.25,0.50,2.25,90.00,EUR"));
    }
    SECTION("French: semicolons and decimal commas")
    {
        const QString csv = QString::fromUtf8(TimeReportExport::toCsv(report, QLocale(QLocale::French)));
        CHECK(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\";2,00;1,50;0,50;1,50;90,00;EUR")));
    }
}

TEST_CASE("The report prints as a PDF in English or French", "[timereport][pdf]")
{
    TempDatabase db;
    const auto report = smallReport(db.db());

    const auto english = TimeReportExport::toPdf(report, QStringLiteral("en"));
    BUREAU_REQUIRE_OK(english);
    const QString en = pdfText(*english);
    CAPTURE(en.toStdString());
    CHECK(en.contains(QStringLiteral("Time report")));
    CHECK(en.contains(QStringLiteral("1 November 2026 to 30 November 2026")));
    CHECK(en.contains(QStringLiteral("By client")));
    CHECK(en.contains(QStringLiteral("Zoé, Dupont & fils")));
    CHECK(en.contains(QStringLiteral("Total 2h45 2h15 0h30 2h15 €90.00")));
    CHECK(en.contains(QStringLiteral("Page 1/1")));

    const auto french = TimeReportExport::toPdf(report, QStringLiteral("fr"));
    BUREAU_REQUIRE_OK(french);
    const QString fr = pdfText(*french);
    CAPTURE(fr.toStdString());
    // Dates and amounts in French whatever the interface speaks.
    CHECK(fr.contains(QStringLiteral("1 novembre 2026")));
    CHECK(fr.contains(QStringLiteral("30 novembre 2026")));
    CHECK(fr.contains(QStringLiteral("90,00 €")));
    CHECK_FALSE(fr.contains(QStringLiteral("November")));

    const auto unknown = TimeReportExport::toPdf(report, QStringLiteral("de"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::Invalid);

    TempDir dir;
    const QString path = dir.file(QStringLiteral("saved.pdf"));
    BUREAU_REQUIRE_OK(TimeReportExport::savePdf(report, QStringLiteral("en"), path));
    CHECK(Bureau::Test::readAll(path).startsWith("%PDF"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeBench.h"

#include "core/domain/LocalCalendar.h"
#include "core/models/TimeEntryListModel.h"
#include "core/models/TimesheetModel.h"
#include "core/services/TimeReport.h"
#include "core/services/TimeTracker.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Bureau::Bench
{

namespace
{

constexpr double kReportBudgetMs = 20;
constexpr double kListBudgetMs = 50;
constexpr double kResidentMemoryBudgetMb = 100;

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/** A "VmHWM:"-like field of /proc/self/status, in MB (0 when unreadable). */
double statusMb(const QByteArray& key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

/** Resets the process's peak resident size to its current one (Linux 4.0+); false when it cannot. */
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

Result<QString> lastDay(Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT max(day), count(*) FROM time_entries")) || !query.next())
        return Database::sqlError(QStringLiteral("cannot read time_entries"), query.lastError());
    if (query.value(1).toLongLong() == 0)
        return Error::make(Error::Kind::Generic, QStringLiteral("the dataset holds no time entries"));
    return query.value(0).toString();
}

Status checkReport(const Result<TimeReportService::Report>& report, const QString& what)
{
    if (!report)
        return report.error();
    if (report->rows.isEmpty() || report->total.minutes <= 0)
        return Error::make(Error::Kind::Generic, QStringLiteral("%1: an empty report").arg(what));
    return {};
}

} // namespace

Result<QList<BenchCase>> measureTime(const QString& databasePath, const Clock& clock, int runs, int scrollRuns,
                                     const Progress& progress)
{
    auto opened = Database::open(databasePath, clock);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    auto last = lastDay(db);
    if (!last)
        return last.error();
    const QDate lastDate = QDate::fromString(*last, Qt::ISODate);
    // Full periods before the dataset's last day: the last complete month and year.
    const QDate lastMonth = LocalCalendar::monthStart(lastDate).addMonths(-1);
    const QDate lastYear = LocalCalendar::yearStart(lastDate).addYears(-1);

    BenchCase month(QStringLiteral("time_report_month"), QStringLiteral("ms"), kReportBudgetMs);
    BenchCase year(QStringLiteral("time_report_year"), QStringLiteral("ms"), kReportBudgetMs);
    BenchCase yearByMonth(QStringLiteral("time_report_year_by_month"), QStringLiteral("ms"), kReportBudgetMs);
    BenchCase week(QStringLiteral("timesheet_week_open"), QStringLiteral("ms"), kListBudgetMs);
    BenchCase listOpen(QStringLiteral("time_entries_list_open"), QStringLiteral("ms"), kListBudgetMs);
    BenchCase scroll(QStringLiteral("time_entries_scroll_all"), QStringLiteral("ms"));
    BenchCase scrollRss(QStringLiteral("time_entries_scroll_peak_rss"), QStringLiteral("MB"), kResidentMemoryBudgetMb,
                        BenchCase::Compare::Max);

    TimeReportService reports(db);
    TimeTracker tracker(db);
    { // One unmeasured pass: statements prepared, pages in the cache.
        TimeReportService::Query warm{lastMonth, lastMonth.addMonths(1).addDays(-1), 0,
                                      TimeReportService::GroupBy::Client};
        if (auto ok = checkReport(reports.run(warm), QStringLiteral("warm-up")); !ok)
            return ok.error();
        TimesheetModel model(db, tracker);
        if (Status shown = model.setWeek(lastDate); !shown)
            return shown.error();
    }

    for (int run = 1; run <= runs; ++run) {
        const int back = run - 1;
        // A month: by client.
        const QDate monthStart = lastMonth.addMonths(-back);
        TimeReportService::Query query{monthStart, monthStart.addMonths(1).addDays(-1), 0,
                                       TimeReportService::GroupBy::Client};
        QElapsedTimer timer;
        timer.start();
        auto report = reports.run(query);
        month.add(msSince(timer));
        if (auto ok = checkReport(report, QStringLiteral("month %1").arg(monthStart.toString(Qt::ISODate))); !ok)
            return ok.error();

        // A year: by client, then by month.
        const QDate yearStart = lastYear.addYears(-(back % 8));
        query = TimeReportService::Query{yearStart, yearStart.addYears(1).addDays(-1), 0,
                                         TimeReportService::GroupBy::Client};
        timer.restart();
        report = reports.run(query);
        year.add(msSince(timer));
        if (auto ok = checkReport(report, QStringLiteral("year %1").arg(yearStart.year())); !ok)
            return ok.error();
        query.groupBy = TimeReportService::GroupBy::Month;
        timer.restart();
        report = reports.run(query);
        yearByMonth.add(msSince(timer));
        if (auto ok = checkReport(report, QStringLiteral("year %1 by month").arg(yearStart.year())); !ok)
            return ok.error();
        if (report->rows.size() != 12)
            return Error::make(Error::Kind::Generic,
                               QStringLiteral("a year by month has %1 rows").arg(report->rows.size()));

        // A week of the timesheet, a different week each run.
        timer.restart();
        {
            TimesheetModel model(db, tracker);
            if (Status shown = model.setWeek(lastDate.addDays(-7 * back)); !shown)
                return shown.error();
            week.add(msSince(timer));
            if (model.rowCount() == 0)
                return Error::make(Error::Kind::Generic, QStringLiteral("an empty timesheet week"));
        }

        // The entries list opened.
        timer.restart();
        {
            TimeEntryListModel model(db);
            const int rows = model.rowCount();
            listOpen.add(msSince(timer));
            if (model.lastError())
                return *model.lastError();
            if (rows == 0)
                return Error::make(Error::Kind::Generic, QStringLiteral("no time entry listed"));
        }
        if (progress)
            progress(QStringLiteral("time reports"), run, runs);
    }

    // Every row, fetched page by page as a view scrolled to the end would.
    qint64 expected = 0;
    {
        QSqlQuery count(db.connection());
        count.setForwardOnly(true);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM time_entries")) || !count.next())
            return Database::sqlError(QStringLiteral("cannot count time_entries"), count.lastError());
        expected = count.value(0).toLongLong();
    }
    for (int run = 1; run <= scrollRuns; ++run) {
        const bool reset = resetPeakRss();
        const double before = statusMb("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        {
            TimeEntryListModel model(db);
            while (model.canFetchMore({}))
                model.fetchMore({});
            scroll.add(msSince(timer));
            if (model.lastError())
                return *model.lastError();
            if (model.rowCount() != expected)
                return Error::make(
                    Error::Kind::Generic,
                    QStringLiteral("%1 rows scrolled, the table holds %2").arg(model.rowCount()).arg(expected));
        }
        // Without a reset (an old kernel), the peak of the whole process so far: an upper bound.
        scrollRss.add(reset ? statusMb("VmHWM:") : std::max(before, statusMb("VmHWM:")));
        if (progress)
            progress(QStringLiteral("time entries scroll"), run, scrollRuns);
    }
    return QList<BenchCase>{month, year, yearByMonth, week, listOpen, scroll, scrollRss};
}

} // namespace Bureau::Bench

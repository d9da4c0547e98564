// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/TimeReport.h"

#include "core/documents/DocumentModel.h"
#include "core/documents/DocumentRenderer.h"
#include "core/domain/Duration.h"
#include "core/domain/LocalCalendar.h"
#include "core/interop/CsvWriter.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <tuple>
#include <utility>

namespace Bureau
{

namespace
{

using GroupBy = TimeReportService::GroupBy;
using Row = TimeReportService::Row;

constexpr int kMaxYears = 20;

/**
 * A range of days cut where the monthly rollup can answer: whole months in the middle (read from
 * `time_month_totals`), and at most two partial months at the ends (read from `time_entries`).
 */
struct RangeSplit
{
    /** Month keys 'YYYY-MM' of the whole months, both included; empty when there are none. */
    QString firstMonth;
    QString lastMonth;
    /** Ranges of days read from the entries. */
    QList<std::pair<QDate, QDate>> dayRanges;

    static RangeSplit of(QDate first, QDate last)
    {
        RangeSplit split;
        const QDate firstWhole = first.day() == 1 ? first : LocalCalendar::monthStart(first).addMonths(1);
        const QDate lastWhole = last.day() == last.daysInMonth() ? LocalCalendar::monthStart(last)
                                                                 : LocalCalendar::monthStart(last).addMonths(-1);
        if (firstWhole > lastWhole) {
            split.dayRanges.append({first, last});
            return split;
        }
        split.firstMonth = LocalCalendar::monthKey(firstWhole);
        split.lastMonth = LocalCalendar::monthKey(lastWhole);
        if (first < firstWhole)
            split.dayRanges.append({first, firstWhole.addDays(-1)});
        if (lastWhole.addMonths(1) <= last)
            split.dayRanges.append({lastWhole.addMonths(1), last});
        return split;
    }
};

Status checkRange(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid()) {
        return Error::make(Error::Kind::Invalid, TimeReportService::tr("Choose the first and last days of the report."),
                           QStringLiteral("invalid date"));
    }
    if (last < first) {
        return Error::make(Error::Kind::Invalid,
                           TimeReportService::tr("The report’s last day comes before its first day."),
                           QStringLiteral("%1..%2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    }
    if (last >= first.addYears(kMaxYears)) {
        return Error::make(Error::Kind::Invalid,
                           TimeReportService::tr("A report covers at most %n year(s).", "", kMaxYears),
                           QStringLiteral("%1..%2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    }
    return {};
}

/** Names and rates, read once per report. */
struct Directory
{
    struct ClientInfo
    {
        QString name;
        std::optional<Money> rate;
    };
    struct MissionInfo
    {
        qint64 clientId = 0;
        QString title;
        QString billing;
        std::optional<Money> ownRate;
    };

    QHash<qint64, ClientInfo> clients;
    QHash<qint64, MissionInfo> missions;
    std::optional<Money> profileRate;

    /** The rate of BillableTime::hourlyRate(): the mission's (package: overage), the client's, the profile's. */
    std::optional<Money> rate(qint64 clientId, qint64 missionId) const
    {
        if (missionId > 0) {
            const auto mission = missions.constFind(missionId);
            if (mission != missions.constEnd()) {
                if (mission->billing == QLatin1String("fixed"))
                    return std::nullopt;
                if (mission->ownRate)
                    return mission->ownRate;
            }
        }
        const auto client = clients.constFind(clientId);
        if (client != clients.constEnd() && client->rate)
            return client->rate;
        return profileRate;
    }
};

std::optional<Money> moneyOf(const QVariant& cents, const QVariant& currency)
{
    if (cents.isNull() || currency.isNull() || currency.toString().isEmpty())
        return std::nullopt;
    return Money::fromCents(cents.toLongLong(), currency.toString());
}

Result<Directory> loadDirectory(Database& db, qint64 clientId, const QString& failure)
{
    Directory directory;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    const QString where = clientId > 0 ? QStringLiteral(" WHERE client_id = ?") : QString();

    query.prepare(QString(QStringLiteral("SELECT id, name, hourly_rate_cents, currency FROM clients")
                          + (clientId > 0 ? QStringLiteral(" WHERE id = ?") : QString())));
    if (clientId > 0)
        query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    while (query.next()) {
        directory.clients.insert(
            query.value(0).toLongLong(),
            Directory::ClientInfo{query.value(1).toString(), moneyOf(query.value(2), query.value(3))});
    }
    query.finish();

    query.prepare(QString(QStringLiteral("SELECT id, client_id, title, billing_mode, currency, "
                                         "CASE billing_mode WHEN 'package' THEN overage_rate_cents "
                                         "WHEN 'hourly' THEN hourly_rate_cents END FROM missions")
                          + where));
    if (clientId > 0)
        query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    while (query.next()) {
        directory.missions.insert(query.value(0).toLongLong(),
                                  Directory::MissionInfo{query.value(1).toLongLong(), query.value(2).toString(),
                                                         query.value(3).toString(),
                                                         moneyOf(query.value(5), query.value(4))});
    }
    query.finish();

    if (!query.exec(QStringLiteral("SELECT hourly_rate_cents, hourly_rate_currency FROM business_profile LIMIT 1")))
        return Database::sqlError(failure, query.lastError());
    if (query.next())
        directory.profileRate = moneyOf(query.value(0), query.value(1));
    query.finish();
    return directory;
}

/** The titles of these tasks, a few hundred at a time. */
Result<QHash<qint64, QString>> taskTitles(Database& db, const QList<qint64>& ids, const QString& failure)
{
    constexpr qsizetype kBatch = 500;
    QHash<qint64, QString> titles;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        const QList<qint64> batch = ids.mid(from, kBatch);
        QStringList marks;
        for (qsizetype i = 0; i < batch.size(); ++i)
            marks.append(QStringLiteral("?"));
        query.prepare(QString(QStringLiteral("SELECT id, title FROM tasks WHERE id IN (")
                              + marks.join(QStringLiteral(", ")) + QLatin1Char(')')));
        for (const qint64 id : batch)
            query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(failure, query.lastError());
        while (query.next())
            titles.insert(query.value(0).toLongLong(), query.value(1).toString());
        query.finish();
    }
    return titles;
}

/** The minutes of one (period, client, mission[, task]) group, as SQL sums them. */
struct Atom
{
    /** A day (from the entries) or the first day of a month (from the rollup). */
    QDate period;
    qint64 clientId = 0;
    qint64 missionId = 0;
    qint64 taskId = 0;
    qint64 minutes = 0;
    qint64 billableMinutes = 0;
    qint64 unbilledMinutes = 0;
};

/** "2026-11" or "2026-11-27" read without QDate::fromString (tens of thousands of rows). */
QDate parseDayOrMonth(const QString& text)
{
    const auto number = [&text](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length && i < text.size(); ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), text.size() >= 10 ? number(8, 2) : 1);
}

/**
 * One statement: the rollup for the whole months, the covering index `time_entries_by_day` for
 * the partial ones (or for every day when days are needed). Each part groups in the order of its
 * key — (month, client, mission, task…) and (day, client, mission, task…) — so SQLite streams the
 * groups without sorting; C++ folds them into the report's rows.
 */
Status readAtoms(Database& db, QDate first, QDate last, qint64 clientId, bool everyDay, bool withTask,
                 const std::function<void(const Atom&)>& sink, const QString& failure, bool withPeriod = true)
{
    RangeSplit split;
    if (everyDay)
        split.dayRanges.append({first, last});
    else
        split = RangeSplit::of(first, last);

    const QString clientFilter = clientId > 0 ? QStringLiteral(" AND client_id = ?") : QString();
    const QString taskColumn = withTask ? QStringLiteral("task_id") : QStringLiteral("0");
    const QString taskGroup = withTask ? QStringLiteral(", task_id") : QString();
    QStringList parts;
    QVariantList values;
    if (!split.firstMonth.isEmpty()) {
        if (withTask) {
            parts.append(QString((withPeriod ? QStringLiteral("SELECT month, ") : QStringLiteral("SELECT '', "))
                                 + QStringLiteral("client_id, mission_id, task_id, sum(minutes), sum(billable * minutes), "
                                                  "sum(CASE WHEN billable = 1 AND invoiced = 0 THEN minutes ELSE 0 END) "
                                                  "FROM time_month_totals WHERE month BETWEEN ? AND ?")
                                 + clientFilter
                                 + (withPeriod ? QStringLiteral(" GROUP BY month, client_id, mission_id, task_id")
                                               : QStringLiteral(" GROUP BY client_id, mission_id, task_id"))));
        } else {
            // Without tasks, the coarser rollup's rows are the atoms already: nothing to group.
            parts.append(QString(QStringLiteral("SELECT month, client_id, mission_id, 0, minutes, billable_minutes, "
                                                "unbilled_minutes FROM time_month_client_totals "
                                                "WHERE month BETWEEN ? AND ?")
                                 + clientFilter));
        }
        values << split.firstMonth << split.lastMonth;
        if (clientId > 0)
            values << clientId;
    }
    for (const auto& [from, to] : std::as_const(split.dayRanges)) {
        parts.append(QString((withPeriod ? QStringLiteral("SELECT day, ") : QStringLiteral("SELECT '', "))
                             + QStringLiteral("client_id, mission_id, ") + taskColumn
                             + QStringLiteral(", sum(minutes), sum(billable * minutes), "
                                              "sum(CASE WHEN billable = 1 AND document_id IS NULL THEN minutes "
                                              "ELSE 0 END) FROM time_entries")
                             // Every client's days: the covering index. One client's: the planner's choice.
                             + (clientId > 0 ? QString() : QStringLiteral(" INDEXED BY time_entries_by_day"))
                             + QStringLiteral(" WHERE day BETWEEN ? AND ?") + clientFilter
                             + (withPeriod ? QStringLiteral(" GROUP BY day, client_id, mission_id")
                                           : QStringLiteral(" GROUP BY client_id, mission_id"))
                             + taskGroup));
        values << from.toString(Qt::ISODate) << to.toString(Qt::ISODate);
        if (clientId > 0)
            values << clientId;
    }

    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(parts.join(QStringLiteral(" UNION ALL "))))
        return Database::sqlError(failure, query.lastError());
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    Atom atom;
    QString lastKey;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key != lastKey) {
            atom.period = key.isEmpty() ? QDate() : parseDayOrMonth(key);
            lastKey = key;
        }
        // NULL mission or task (entries without one) reads as 0, as in the rollup.
        atom.clientId = query.value(1).toLongLong();
        atom.missionId = query.value(2).toLongLong();
        atom.taskId = query.value(3).toLongLong();
        atom.minutes = query.value(4).toLongLong();
        atom.billableMinutes = query.value(5).toLongLong();
        atom.unbilledMinutes = query.value(6).toLongLong();
        sink(atom);
    }
    query.finish();
    return {};
}

QDate periodOf(GroupBy groupBy, QDate day)
{
    switch (groupBy) {
    case GroupBy::Week:
        return LocalCalendar::weekStart(day);
    case GroupBy::Month:
        return LocalCalendar::monthStart(day);
    case GroupBy::Quarter:
        return LocalCalendar::quarterStart(day);
    case GroupBy::Year:
        return LocalCalendar::yearStart(day);
    default:
        return day;
    }
}

QDate nextPeriod(GroupBy groupBy, QDate start)
{
    switch (groupBy) {
    case GroupBy::Week:
        return start.addDays(7);
    case GroupBy::Month:
        return start.addMonths(1);
    case GroupBy::Quarter:
        return start.addMonths(3);
    case GroupBy::Year:
        return start.addYears(1);
    default:
        return start.addDays(1);
    }
}

bool isPeriod(GroupBy groupBy)
{
    return groupBy != GroupBy::Client && groupBy != GroupBy::Mission && groupBy != GroupBy::Task;
}

QString capitalized(const QString& text)
{
    return text.isEmpty() ? text : QString(text.left(1).toUpper() + text.mid(1));
}

/** The label of a period row, in the interface's language. */
QString periodLabel(GroupBy groupBy, QDate start, const QLocale& locale)
{
    switch (groupBy) {
    case GroupBy::Day:
        return locale.toString(start, QLocale::LongFormat);
    case GroupBy::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return TimeReportService::tr("Week %1, %2").arg(week).arg(year);
    }
    case GroupBy::Month:
        return capitalized(locale.toString(start, QStringLiteral("MMMM yyyy")));
    case GroupBy::Quarter:
        return TimeReportService::tr("Q%1 %2", "quarter of a year").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case GroupBy::Year:
        return QString::number(start.year());
    default:
        return {};
    }
}

void addInto(Row& total, const Row& row)
{
    total.minutes += row.minutes;
    total.billableMinutes += row.billableMinutes;
    total.nonBillableMinutes += row.nonBillableMinutes;
    total.unbilledMinutes += row.unbilledMinutes;
    total.unbilledWithoutRateMinutes += row.unbilledWithoutRateMinutes;
    for (auto it = row.unbilledValueCents.cbegin(); it != row.unbilledValueCents.cend(); ++it)
        total.unbilledValueCents[it.key()] += it.value();
}

} // namespace

TimeReportService::TimeReportService(Database& database)
    : m_db(database)
{
}

Result<TimeReportService::Report> TimeReportService::run(const Query& query) const
{
    if (Status checked = checkRange(query.first, query.last); !checked)
        return checked.error();
    const QString failure = tr("The time report cannot be read.");
    const GroupBy groupBy = query.groupBy;
    auto directory = loadDirectory(m_db, query.clientId, failure);
    if (!directory)
        return directory.error();

    struct Bucket
    {
        Row row;
        /** Unbilled billable minutes per (client, mission): the value is computed per rate. */
        QHash<std::pair<qint64, qint64>, qint64> unbilledByMission;
    };
    QList<Bucket> buckets;
    QHash<std::pair<qint64, qint64>, int> index; // (client, mission or task) → bucket
    const QLocale locale;

    // Every period of the range, empty ones included, in order.
    const bool periods = isPeriod(groupBy);
    const QDate firstPeriod = periodOf(groupBy, query.first);
    if (periods) {
        for (QDate start = firstPeriod; start <= query.last; start = nextPeriod(groupBy, start)) {
            Bucket bucket;
            bucket.row.periodStart = start;
            bucket.row.label = periodLabel(groupBy, start, locale);
            buckets.append(bucket);
        }
    }
    // The bucket of a period, by arithmetic (atoms come by the tens of thousands).
    const auto periodIndex = [&](QDate day) -> qsizetype {
        const int months = (day.year() - firstPeriod.year()) * 12 + day.month() - firstPeriod.month();
        switch (groupBy) {
        case GroupBy::Day:
            return firstPeriod.daysTo(day);
        case GroupBy::Week:
            return firstPeriod.daysTo(day) / 7;
        case GroupBy::Month:
            return months;
        case GroupBy::Quarter:
            return months / 3;
        default:
            return day.year() - firstPeriod.year();
        }
    };

    const auto sink = [&](const Atom& atom) {
        qsizetype at = -1;
        if (periods) {
            at = periodIndex(atom.period);
            if (at < 0 || at >= buckets.size())
                return; // cannot happen: every period of the range is there
        } else {
            const qint64 second = groupBy == GroupBy::Mission ? atom.missionId
                                  : groupBy == GroupBy::Task  ? atom.taskId
                                                              : 0;
            const std::pair<qint64, qint64> key{atom.clientId, second};
            const auto found = index.constFind(key);
            if (found != index.constEnd()) {
                at = *found;
            } else {
                Bucket bucket;
                Row& row = bucket.row;
                row.clientId = atom.clientId;
                switch (groupBy) {
                case GroupBy::Client:
                    row.label = directory->clients.value(atom.clientId).name;
                    break;
                case GroupBy::Mission:
                    row.missionId = atom.missionId;
                    row.label = atom.missionId > 0 ? directory->missions.value(atom.missionId).title : tr("No mission");
                    break;
                default:
                    row.taskId = atom.taskId;
                    // Task titles are read afterwards, for the tasks in the report only.
                    row.label = atom.taskId > 0 ? QString() : tr("No task");
                    break;
                }
                at = buckets.size();
                index.insert(key, int(at));
                buckets.append(bucket);
            }
        }
        Bucket& bucket = buckets[at];
        Row& row = bucket.row;
        row.minutes += atom.minutes;
        row.billableMinutes += atom.billableMinutes;
        row.nonBillableMinutes += atom.minutes - atom.billableMinutes;
        row.unbilledMinutes += atom.unbilledMinutes;
        if (atom.unbilledMinutes != 0)
            bucket.unbilledByMission[{atom.clientId, atom.missionId}] += atom.unbilledMinutes;
    };
    const bool everyDay = groupBy == GroupBy::Day || groupBy == GroupBy::Week;
    if (Status read =
            readAtoms(m_db, query.first, query.last, query.clientId, everyDay, groupBy == GroupBy::Task, sink, failure,
                      isPeriod(groupBy));
        !read)
        return read.error();

    if (groupBy == GroupBy::Task) {
        QList<qint64> taskIds;
        for (const Bucket& bucket : std::as_const(buckets)) {
            if (bucket.row.taskId > 0)
                taskIds.append(bucket.row.taskId);
        }
        auto titles = taskTitles(m_db, taskIds, failure);
        if (!titles)
            return titles.error();
        for (Bucket& bucket : buckets) {
            if (bucket.row.taskId > 0)
                bucket.row.label = titles->value(bucket.row.taskId);
        }
    }

    Report report;
    report.query = query;
    report.total.label = tr("Total");
    report.rows.reserve(buckets.size());
    for (Bucket& bucket : buckets) {
        Row& row = bucket.row;
        for (auto it = bucket.unbilledByMission.cbegin(); it != bucket.unbilledByMission.cend(); ++it) {
            if (it.value() == 0)
                continue;
            const std::optional<Money> rate = directory->rate(it.key().first, it.key().second);
            if (!rate) {
                row.unbilledWithoutRateMinutes += it.value();
                continue;
            }
            auto value = rate->multipliedByRatio(it.value(), 60);
            if (!value)
                return value.error();
            row.unbilledValueCents[value->currency()] += value->cents();
        }
        addInto(report.total, row);
        report.rows.append(row);
    }
    if (!isPeriod(groupBy)) {
        std::sort(report.rows.begin(), report.rows.end(), [](const Row& a, const Row& b) {
            if (a.minutes != b.minutes)
                return a.minutes > b.minutes;
            if (const int byName = a.label.localeAwareCompare(b.label); byName != 0)
                return byName < 0;
            return std::tie(a.clientId, a.missionId, a.taskId) < std::tie(b.clientId, b.missionId, b.taskId);
        });
    }
    return report;
}

Result<TimeReportService::MonthlySeries> TimeReportService::monthlyByClient(QDate first, QDate last, qint64 clientId,
                                                                            int maxClients) const
{
    if (Status checked = checkRange(first, last); !checked)
        return checked.error();
    const QString failure = tr("The time report cannot be read.");
    auto directory = loadDirectory(m_db, clientId, failure);
    if (!directory)
        return directory.error();

    MonthlySeries series;
    for (QDate month = LocalCalendar::monthStart(first); month <= last; month = month.addMonths(1))
        series.months.append(month);
    const QDate firstMonth = series.months.constFirst();
    const auto monthIndex = [&firstMonth](QDate month) {
        return (month.year() - firstMonth.year()) * 12 + month.month() - firstMonth.month();
    };

    QHash<qint64, QList<qint64>> byClient;
    const auto sink = [&](const Atom& atom) {
        auto found = byClient.find(atom.clientId);
        if (found == byClient.end())
            found = byClient.insert(atom.clientId, QList<qint64>(series.months.size(), 0));
        (*found)[monthIndex(atom.period)] += atom.minutes;
    };
    if (Status read = readAtoms(m_db, first, last, clientId, false, false, sink, failure); !read)
        return read.error();

    QList<MonthlySeries::Series> all;
    QHash<qint64, qint64> totals;
    for (auto it = byClient.cbegin(); it != byClient.cend(); ++it) {
        qint64 total = 0;
        for (const qint64 minutes : it.value())
            total += minutes;
        if (total == 0)
            continue;
        totals.insert(it.key(), total);
        all.append(MonthlySeries::Series{it.key(), directory->clients.value(it.key()).name, it.value()});
    }
    std::sort(all.begin(), all.end(), [&totals](const MonthlySeries::Series& a, const MonthlySeries::Series& b) {
        const qint64 ta = totals.value(a.clientId);
        const qint64 tb = totals.value(b.clientId);
        if (ta != tb)
            return ta > tb;
        if (const int byName = a.clientName.localeAwareCompare(b.clientName); byName != 0)
            return byName < 0;
        return a.clientId < b.clientId;
    });
    const int keep = std::max(1, maxClients);
    if (all.size() > keep) {
        MonthlySeries::Series other{0, tr("Other clients"), QList<qint64>(series.months.size(), 0)};
        for (qsizetype i = keep; i < all.size(); ++i) {
            for (qsizetype m = 0; m < other.minutes.size(); ++m)
                other.minutes[m] += all.at(i).minutes.at(m);
        }
        all.resize(keep);
        all.append(other);
    }
    series.clients = all;
    return series;
}

QString TimeReportService::groupByKey(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::Client:
        return QStringLiteral("client");
    case GroupBy::Mission:
        return QStringLiteral("mission");
    case GroupBy::Task:
        return QStringLiteral("task");
    case GroupBy::Day:
        return QStringLiteral("day");
    case GroupBy::Week:
        return QStringLiteral("week");
    case GroupBy::Month:
        return QStringLiteral("month");
    case GroupBy::Quarter:
        return QStringLiteral("quarter");
    case GroupBy::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<TimeReportService::GroupBy> TimeReportService::groupByFromKey(const QString& key)
{
    for (const GroupBy groupBy : {GroupBy::Client, GroupBy::Mission, GroupBy::Task, GroupBy::Day, GroupBy::Week,
                                  GroupBy::Month, GroupBy::Quarter, GroupBy::Year}) {
        if (groupByKey(groupBy) == key.trimmed().toLower())
            return groupBy;
    }
    return std::nullopt;
}

QString TimeReportService::groupByLabel(GroupBy groupBy)
{
    switch (groupBy) {
    case GroupBy::Client:
        return tr("Client", "report grouping");
    case GroupBy::Mission:
        return tr("Mission", "report grouping");
    case GroupBy::Task:
        return tr("Task", "report grouping");
    case GroupBy::Day:
        return tr("Day", "report grouping");
    case GroupBy::Week:
        return tr("Week", "report grouping");
    case GroupBy::Month:
        return tr("Month", "report grouping");
    case GroupBy::Quarter:
        return tr("Quarter", "report grouping");
    case GroupBy::Year:
        return tr("Year", "report grouping");
    }
    return {};
}

namespace
{

/** Minutes as decimal hours with the locale's decimal point: "1.50", "1,50". */
QString decimalHours(qint64 minutes, const QLocale& locale)
{
    QString text = Duration::fromMinutes(minutes).toDecimalHours(2);
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

QString plainAmount(qint64 cents, const QString& currency, const QLocale& locale)
{
    QString text = Money::fromCents(cents, currency).toPlainString();
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

QList<CsvWriter::Cell> csvCells(const Row& row, const QLocale& locale)
{
    QList<CsvWriter::Cell> cells{CsvWriter::Cell{row.label, false},
                                 CsvWriter::Cell::number(decimalHours(row.minutes, locale)),
                                 CsvWriter::Cell::number(decimalHours(row.billableMinutes, locale)),
                                 CsvWriter::Cell::number(decimalHours(row.nonBillableMinutes, locale)),
                                 CsvWriter::Cell::number(decimalHours(row.unbilledMinutes, locale))};
    if (row.unbilledValueCents.size() == 1) {
        const auto it = row.unbilledValueCents.cbegin();
        cells.append(CsvWriter::Cell::number(plainAmount(it.value(), it.key(), locale)));
        cells.append(CsvWriter::Cell{it.key(), false});
    } else {
        // Several currencies (rare): each amount with its code, as text.
        QStringList amounts;
        for (auto it = row.unbilledValueCents.cbegin(); it != row.unbilledValueCents.cend(); ++it)
            amounts.append(QString(plainAmount(it.value(), it.key(), locale) + u' ' + it.key()));
        cells.append(CsvWriter::Cell{amounts.join(QStringLiteral(" + ")), false});
        cells.append(CsvWriter::Cell{QString(), false});
    }
    return cells;
}

/** The label of a row in the document's language: periods and "No mission" are written again. */
QString documentLabel(const TimeReportService::Report& report, const Row& row, const DocumentLanguage& l)
{
    const GroupBy groupBy = report.query.groupBy;
    switch (groupBy) {
    case GroupBy::Client:
        return row.label;
    case GroupBy::Mission:
        return row.missionId > 0 ? row.label : l.translate("TimeReport", "No mission");
    case GroupBy::Task:
        return row.taskId > 0 ? row.label : l.translate("TimeReport", "No task");
    case GroupBy::Day:
        return l.date(row.periodStart);
    case GroupBy::Week: {
        int year = 0;
        const int week = row.periodStart.weekNumber(&year);
        return l.translate("TimeReport", "Week %1, %2").arg(week).arg(year);
    }
    case GroupBy::Month:
        return capitalized(l.locale().toString(row.periodStart, QStringLiteral("MMMM yyyy")));
    case GroupBy::Quarter:
        return l.translate("TimeReport", "Q%1 %2", "quarter of a year")
            .arg((row.periodStart.month() - 1) / 3 + 1)
            .arg(row.periodStart.year());
    case GroupBy::Year:
        return QString::number(row.periodStart.year());
    }
    return row.label;
}

QString documentGrouping(GroupBy groupBy, const DocumentLanguage& l)
{
    switch (groupBy) {
    case GroupBy::Client:
        return l.translate("TimeReport", "By client");
    case GroupBy::Mission:
        return l.translate("TimeReport", "By mission");
    case GroupBy::Task:
        return l.translate("TimeReport", "By task");
    case GroupBy::Day:
        return l.translate("TimeReport", "By day");
    case GroupBy::Week:
        return l.translate("TimeReport", "By week");
    case GroupBy::Month:
        return l.translate("TimeReport", "By month");
    case GroupBy::Quarter:
        return l.translate("TimeReport", "By quarter");
    case GroupBy::Year:
        return l.translate("TimeReport", "By year");
    }
    return {};
}

/** The first column's title: what the rows are. */
QString documentColumn(GroupBy groupBy, const DocumentLanguage& l)
{
    switch (groupBy) {
    case GroupBy::Client:
        return l.translate("TimeReport", "Client", "report column");
    case GroupBy::Mission:
        return l.translate("TimeReport", "Mission", "report column");
    case GroupBy::Task:
        return l.translate("TimeReport", "Task", "report column");
    case GroupBy::Day:
        return l.translate("TimeReport", "Day", "report column");
    case GroupBy::Week:
        return l.translate("TimeReport", "Week", "report column");
    case GroupBy::Month:
        return l.translate("TimeReport", "Month", "report column");
    case GroupBy::Quarter:
        return l.translate("TimeReport", "Quarter", "report column");
    case GroupBy::Year:
        return l.translate("TimeReport", "Year", "report column");
    }
    return {};
}

QString documentValue(const Row& row, const DocumentLanguage& l)
{
    QStringList amounts;
    for (auto it = row.unbilledValueCents.cbegin(); it != row.unbilledValueCents.cend(); ++it)
        amounts.append(l.money(Money::fromCents(it.value(), it.key())));
    return amounts.isEmpty() ? QStringLiteral("–") : amounts.join(u'\n');
}

QStringList documentCells(const QString& label, const Row& row, const DocumentLanguage& l)
{
    const auto hours = [&l](qint64 minutes) { return Duration::fromMinutes(minutes).format(l.locale()); };
    return {label,
            hours(row.minutes),
            hours(row.billableMinutes),
            hours(row.nonBillableMinutes),
            hours(row.unbilledMinutes),
            documentValue(row, l)};
}

} // namespace

QByteArray TimeReportExport::toCsv(const TimeReportService::Report& report, const QLocale& locale)
{
    // A spreadsheet whose decimal point is a comma (French Excel) expects ';' between fields.
    const bool comma = locale.decimalPoint() == QLatin1String(",");
    CsvWriter writer(CsvWriter::Options{comma ? QLatin1Char(';') : QLatin1Char(','), true});
    writer.addRow(QStringList{TimeReportService::groupByLabel(report.query.groupBy), tr("Hours"), tr("Billable hours"),
                              tr("Non-billable hours"), tr("Unbilled hours"), tr("Unbilled value"), tr("Currency")});
    for (const Row& row : report.rows)
        writer.addRow(csvCells(row, locale));
    Row total = report.total;
    if (total.label.isEmpty())
        total.label = tr("Total");
    writer.addRow(csvCells(total, locale));
    return writer.data();
}

Result<DocumentModel> TimeReportExport::toDocument(const TimeReportService::Report& report, const QString& language)
{
    if (!DocumentLanguage::isSupported(language)) {
        return Error::make(Error::Kind::Invalid,
                           tr("Documents can be written in French or English, not “%1”.").arg(language));
    }
    const DocumentLanguage l(language);
    const TimeReportService::Query& query = report.query;
    const QString range =
        l.translate("TimeReport", "%1 to %2", "a range of days").arg(l.date(query.first), l.date(query.last));

    DocumentModel doc;
    doc.language = l;
    doc.title = l.translate("TimeReport", "Time report");
    doc.reference = range;
    doc.addHeading(l.translate("TimeReport", "Time report"), 1);
    QList<std::pair<QString, QString>> pairs{
        {l.translate("TimeReport", "Period"), range},
        {l.translate("TimeReport", "Grouping"), documentGrouping(query.groupBy, l)}};
    doc.addKeyValues(pairs);

    DocumentTable table;
    const auto column = [](const QString& title, qreal weight, Qt::Alignment alignment) {
        return DocumentTable::Column{title, weight, alignment};
    };
    table.columns = {column(documentColumn(query.groupBy, l), 3, Qt::AlignLeft),
                     column(l.translate("TimeReport", "Hours"), 1.2, Qt::AlignRight),
                     column(l.translate("TimeReport", "Billable"), 1.2, Qt::AlignRight),
                     column(l.translate("TimeReport", "Non-billable"), 1.2, Qt::AlignRight),
                     column(l.translate("TimeReport", "Unbilled"), 1.2, Qt::AlignRight),
                     column(l.translate("TimeReport", "Unbilled value"), 1.8, Qt::AlignRight)};
    for (const Row& row : report.rows)
        table.addRow(documentCells(documentLabel(report, row, l), row, l));
    table.addRow(documentCells(l.translate("TimeReport", "Total"), report.total, l), true);
    doc.addTable(table);

    if (report.total.unbilledWithoutRateMinutes > 0) {
        doc.addParagraph(l.translate("TimeReport", "%1 of unbilled time have no hourly rate and no value above.")
                             .arg(Duration::fromMinutes(report.total.unbilledWithoutRateMinutes).format(l.locale())),
                         DocumentBlock::Style::Small);
    }
    return doc;
}

Result<QByteArray> TimeReportExport::toPdf(const TimeReportService::Report& report, const QString& language)
{
    auto doc = toDocument(report, language);
    if (!doc)
        return doc.error();
    return DocumentRenderer::render(*doc);
}

Status TimeReportExport::print(const TimeReportService::Report& report, const QString& language,
                               QPagedPaintDevice& device)
{
    auto doc = toDocument(report, language);
    if (!doc)
        return doc.error();
    return DocumentRenderer::paint(*doc, device);
}

Status TimeReportExport::savePdf(const TimeReportService::Report& report, const QString& language, const QString& path)
{
    auto pdf = toPdf(report, language);
    if (!pdf)
        return pdf.error();
    return DocumentRenderer::save(*pdf, path);
}

} // namespace Bureau

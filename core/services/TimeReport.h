// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace Bureau
{

class Database;
struct DocumentModel;

/**
 * Hours worked, for reports (issue 5): per client, mission, task, day, week, month, quarter or
 * year over any range of days in the user's zone; billable vs non-billable; unbilled hours and
 * their value. Aggregates come from SQL: whole months from `time_month_totals` (kept by triggers),
 * partial months from the covering index on `time_entries (day, …)`. The UI computes nothing.
 */
class TimeReportService final
{
    Q_DECLARE_TR_FUNCTIONS(TimeReportService)

public:
    enum class GroupBy
    {
        Client,
        Mission,
        Task,
        Day,
        Week,
        Month,
        Quarter,
        Year,
    };

    struct Query
    {
        /** Local days, both included. */
        QDate first;
        QDate last;
        /** 0: every client. */
        qint64 clientId = 0;
        GroupBy groupBy = GroupBy::Client;
    };

    struct Row
    {
        /** What the row is: a client's, mission's or task's name ("No mission"/"No task" for none), or the period ("Week 48, 2026", "November 2026"). */
        QString label;
        /** For client/mission/task rows: the ids (clientId also set for mission and task rows). */
        qint64 clientId = 0;
        qint64 missionId = 0;
        qint64 taskId = 0;
        /** For period rows: the first day of the period. */
        QDate periodStart;
        qint64 minutes = 0;
        qint64 billableMinutes = 0;
        qint64 nonBillableMinutes = 0;
        /** Billable minutes not yet on any invoice. */
        qint64 unbilledMinutes = 0;
        /** Unbilled billable minutes × hourly rate, per currency code (time without a rate is left out). */
        QMap<QString, qint64> unbilledValueCents;
        /** Unbilled billable minutes that have no hourly rate (fixed-fee missions, nothing set). */
        qint64 unbilledWithoutRateMinutes = 0;
    };

    struct Report
    {
        Query query;
        /** Client/mission/task rows by descending minutes then name; period rows in date order, empty periods included. */
        QList<Row> rows;
        /** The sum of the rows. */
        Row total;
    };

    /** Hours per client per month: the chart's data. */
    struct MonthlySeries
    {
        /** First days of the months, in order, every month of the range. */
        QList<QDate> months;
        struct Series
        {
            qint64 clientId = 0;
            QString clientName;
            /** Minutes per month, aligned on `months`. */
            QList<qint64> minutes;
        };
        /** The clients with most hours first; at most `maxClients`, the rest summed as "Other clients" (clientId 0). */
        QList<Series> clients;
    };

    explicit TimeReportService(Database& database);

    /** Refuses an empty or inverted range, or one longer than 20 years. */
    Result<Report> run(const Query& query) const;
    Result<MonthlySeries> monthlyByClient(QDate first, QDate last, qint64 clientId = 0, int maxClients = 8) const;

    /** "client", "mission", "task", "day", "week", "month", "quarter", "year" (the CLI's --group-by). */
    static QString groupByKey(GroupBy groupBy);
    static std::optional<GroupBy> groupByFromKey(const QString& key);
    /** A translated name for the UI: "Client", "Month". */
    static QString groupByLabel(GroupBy groupBy);

private:
    Database& m_db;
};

/** The report as CSV (RFC 4180, formulas neutralised) and as a printable A4 PDF. */
class TimeReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(TimeReportExport)

public:
    /** Columns: label, hours (decimal), billable, non-billable, unbilled, unbilled value, currency. */
    static QByteArray toCsv(const TimeReportService::Report& report, const QLocale& locale);
    /** Title, range, the table, totals; header and "Page n/N" on every page. Needs a QGuiApplication. */
    static Result<QByteArray> toPdf(const TimeReportService::Report& report, const QString& language);
    /** Writes toPdf() to @p path with QSaveFile. */
    static Status savePdf(const TimeReportService::Report& report, const QString& language, const QString& path);
    /**
     * The same pages painted on @p device — the QPrinter of a print dialog — whose resolution must be
     * DocumentRenderer::kDpi.
     */
    static Status print(const TimeReportService::Report& report, const QString& language, QPagedPaintDevice& device);

private:
    static Result<DocumentModel> toDocument(const TimeReportService::Report& report, const QString& language);
};

} // namespace Bureau

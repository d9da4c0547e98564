// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/TimeReport.h"

#include <QAbstractTableModel>

namespace Bureau
{

/**
 * A time report (TimeReportService::Report) as a table: one row per client, mission, task or
 * period, then a totals row (TotalRowRole true) when there are rows. Hours are shown as "6h30"
 * (Duration::format) and money through QLocale; RawValueRole gives minutes (qint64), cents (qint64,
 * of the row's first currency) and, in the label column, the period's first day (QDate) or the
 * label itself, so that proxies sort on values and never on display text.
 */
class TimeReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        /** Client, mission or task name, or the period; raw: the period's first day, else the label. */
        Label,
        /** raw: qint64 minutes. */
        Hours,
        Billable,
        NonBillable,
        /** Billable minutes on no invoice yet. */
        Unbilled,
        /** Unbilled minutes × rate, per currency ("1 234,50 € · 300,00 $"); raw: qint64 cents of the first currency,
         * null when none. */
        UnbilledValue,
        ColumnCount
    };
    Q_ENUM(Column)

    /** True on the totals row (every column), false elsewhere. */
    static constexpr int TotalRowRole = Qt::UserRole + 32;

    explicit TimeReportModel(QObject* parent = nullptr);

    /** Replaces the report shown (a model reset). */
    void setReport(const TimeReportService::Report& report);
    const TimeReportService::Report& report() const { return m_report; }
    /** The report row of a model row; the totals for the last row. */
    const TimeReportService::Row& rowAt(int row) const;
    bool isTotalRow(int row) const;

    /** Texts and formats follow a language change. */
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "6h30" in the default locale. */
    static QString formatMinutes(qint64 minutes);
    /** The unbilled value of @p row in the default locale, one amount per currency; empty when none. */
    static QString formatValue(const TimeReportService::Row& row);

private:
    TimeReportService::Report m_report;
};

} // namespace Bureau

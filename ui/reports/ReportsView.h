// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/TimeReport.h"
#include "ui/widgets/ViewPage.h"

#include <QDate>
#include <QElapsedTimer>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Bureau
{

struct AppContext;
class ElidedLabel;
class RevenuePage;
class TimeReportModel;

/**
 * Reports › Time: the hours of a period (presets or a custom range of local days), for every
 * client or one, grouped by client, mission, task, day, week, month, quarter or year. A strip of
 * totals, the table (sortable on raw values, the totals row kept last), a stacked bar chart of
 * hours per client per month (the 8 clients with most hours, the rest as "Other clients"), and
 * the report as CSV or as a PDF in the interface's language. Everything is computed by
 * TimeReportService; the view only shows it.
 *
 * Printing is not offered: the report's PDF is rendered by DocumentRenderer to bytes, and Qt 6.4
 * without QtPdf cannot print PDF pages; the PDF opens in the system viewer, which prints.
 */
class ReportsView final : public ViewPage
{
    Q_OBJECT

public:
    enum class Period
    {
        ThisWeek,
        LastWeek,
        ThisMonth,
        LastMonth,
        ThisQuarter,
        ThisYear,
        LastYear,
        Custom,
    };
    Q_ENUM(Period)

    explicit ReportsView(AppContext& context, QWidget* parent = nullptr);
    ~ReportsView() override;

    /** Reads the report again (entries changed, here or in another process; the day changed). */
    void refresh();

    /** The days of @p period around @p today (ISO weeks start on Monday); Custom gives today alone. */
    static std::pair<QDate, QDate> periodRange(Period period, QDate today);

    Period period() const;
    void setPeriod(Period period);
    /** Switches to Custom with these days (both included). */
    void setCustomRange(QDate first, QDate last);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    TimeReportService::GroupBy groupBy() const;
    void setGroupBy(TimeReportService::GroupBy groupBy);
    /** 0: every client. */
    qint64 clientFilter() const;
    void setClientFilter(qint64 clientId);

    /** The report shown. */
    const TimeReportService::Report& report() const;

    /** Writes the report as CSV to @p path (what "Export CSV…" does once a file is chosen). */
    bool exportCsv(const QString& path);
    /** Writes the report as a PDF in the interface's language to @p path (what "Save as PDF…" does). */
    bool savePdf(const QString& path);
    /** Asks for a file, then exportCsv() / savePdf() and opens the PDF. */
    void exportCsvAs();
    void savePdfAs();
    /** The report's pages on @p printer (its resolution is set to the documents'). */
    bool print(QPrinter& printer);
    /** The print dialog, then print(). */
    void printWithDialog();

    /** Reports › Revenue (invoiced, collected, URSSAF, franchise thresholds, receipts register). */
    RevenuePage* revenuePage() const { return m_revenue; }
    QTabWidget* tabs() const { return m_tabs; }
    /** Shows the Revenue tab (true) or the Time one. */
    void showRevenue(bool revenue);

    QTableView* table() const { return m_table; }
    TimeReportModel* model() const { return m_model; }
    QChartView* chartView() const { return m_chartView; }
    QChart* chart() const;
    /** What the chart shows, for tests (which do not link Qt Charts): its month labels, its series' names, hours. */
    QStringList chartCategories() const;
    QStringList chartSeriesNames() const;
    double chartHours(int series, int month) const;
    QComboBox* periodCombo() const { return m_period; }
    QComboBox* clientCombo() const { return m_client; }
    QComboBox* groupByCombo() const { return m_groupBy; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* printButton() const { return m_print; }
    /** The summary strip's values: total, billable, non-billable, unbilled hours, unbilled value. */
    QString summaryText(int card) const;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Card
    {
        QLabel* value = nullptr;
        ElidedLabel* caption = nullptr;
    };

    QWidget* buildContent();
    QDate today() const;
    void fillPeriods();
    void fillGroupBy();
    void fillClients();
    void applyPeriod();
    void runReport();
    void updateSummary();
    void updateChart();
    void styleChart();
    QString suggestedFileName(const QString& extension) const;

    void updateHeaderActions();

    AppContext& m_context;
    QTabWidget* m_tabs = nullptr;
    RevenuePage* m_revenue = nullptr;
    bool m_hasRevenue = false;
    TimeReportService::Report m_report;
    TimeReportModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_periodLabel = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_dash = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_clientLabel = nullptr;
    QComboBox* m_client = nullptr;
    QLabel* m_groupByLabel = nullptr;
    QComboBox* m_groupBy = nullptr;
    ElidedLabel* m_rangeLabel = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_print = nullptr;
    QList<Card> m_cards;
    QSplitter* m_splitter = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_chartTitle = nullptr;
    QTableView* m_table = nullptr;
    QDate m_first;
    QDate m_last;
    bool m_hasTime = false;
    /** Since the report was last read: a refresh on show skips a fresh one. */
    QElapsedTimer m_sinceRun;
    bool m_updating = false;
};

} // namespace Bureau

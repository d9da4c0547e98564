// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/RevenueReport.h"

#include <QDate>
#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Bureau
{

struct AppContext;
class ElidedLabel;

/**
 * Reports › Revenue: what was invoiced and what was collected per month, quarter or year (a bar
 * chart and a table), the figure to declare to URSSAF for a month or a quarter, the VAT-franchise
 * thresholds of the year with how far the receipts have gone, and the receipts register of the
 * period (table, CSV, PDF in the interface's language). Everything comes from RevenueReport.
 */
class RevenuePage final : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        ThisYear,
        LastYear,
        Custom,
    };

    explicit RevenuePage(AppContext& context, QWidget* parent = nullptr);

    /** Reads everything again. */
    void refresh();
    /** Whether anything was ever issued or received (the reports' empty state otherwise). */
    bool hasData() const;

    void setPeriod(Period period);
    void setCustomRange(QDate first, QDate last);
    void setGranularity(RevenueReport::Granularity granularity);
    /** The URSSAF figure's period: a month or a quarter starting at @p start. */
    void setDeclarationPeriod(QDate start, bool quarter);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    const QList<RevenueReport::Row>& rows() const { return m_rows; }
    QTableView* table() const { return m_table; }
    QTableView* receiptsTable() const { return m_receiptsTable; }
    QChartView* chartView() const { return m_chartView; }
    /** The chart's categories and values (euros) of series 0 (invoiced) and 1 (collected), for tests. */
    QStringList chartCategories() const;
    double chartValue(int series, int category) const;
    QComboBox* periodCombo() const { return m_period; }
    QComboBox* granularityCombo() const { return m_granularity; }
    QComboBox* declarationCombo() const { return m_declaration; }
    QLabel* urssafLabel() const { return m_urssaf; }
    QLabel* franchiseWarning() const { return m_franchiseWarning; }
    QProgressBar* franchiseBar() const { return m_franchiseBar; }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* pdfButton() const { return m_pdf; }

    /** Writes the receipts register of the period as CSV / PDF to @p path. */
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);
    void exportCsvAs();
    void exportPdfAs();
    /** Copies the URSSAF figure (plain, "1234.50") to the clipboard. */
    void copyUrssaf();

protected:
    void changeEvent(QEvent* event) override;

private:
    QDate today() const;
    void retranslateUi();
    void fillPeriods();
    void fillGranularities();
    void fillDeclarations();
    void applyPeriod();
    void runReport();
    void updateChart();
    void styleChart();
    void updateUrssaf();
    void updateFranchise();
    QString suggestedFileName(const QString& extension) const;

    AppContext& m_context;
    QList<RevenueReport::Row> m_rows;
    QDate m_first;
    QDate m_last;
    qint64 m_urssafCents = 0;
    bool m_updating = false;

    QLabel* m_periodLabel = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_dash = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_granularityLabel = nullptr;
    QComboBox* m_granularity = nullptr;
    ElidedLabel* m_rangeLabel = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;

    QLabel* m_chartTitle = nullptr;
    QChartView* m_chartView = nullptr;

    QLabel* m_urssafTitle = nullptr;
    QComboBox* m_declaration = nullptr;
    QLabel* m_urssaf = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_urssafNote = nullptr;

    QLabel* m_franchiseTitle = nullptr;
    QProgressBar* m_franchiseBar = nullptr;
    QLabel* m_franchiseText = nullptr;
    QLabel* m_franchiseWarning = nullptr;

    QTabWidget* m_tabs = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_receipts = nullptr;
    QTableView* m_receiptsTable = nullptr;
};

} // namespace Bureau

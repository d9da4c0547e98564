// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportsView.h"

#include "ui/reports/ChartStyle.h"

#include "core/Clock.h"
#include "core/documents/DocumentRenderer.h"
#include "core/domain/LocalCalendar.h"
#include "core/i18n/Translations.h"
#include "core/models/ClientListModel.h"
#include "core/models/Roles.h"
#include "core/models/TimeReportModel.h"
#include "core/storage/Database.h"
#include "core/storage/TimeEntryRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/reports/RevenuePage.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Bureau
{

namespace
{

const QKeySequence kCsvKey(Qt::CTRL | Qt::Key_E);
const QKeySequence kPdfKey(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
const QKeySequence kPrintKey(Qt::CTRL | Qt::Key_P);
constexpr int kMaxChartClients = 8;
constexpr int kNumberColumnWidth = 116;
/** A refresh when shown is skipped if the report was read this recently (it was just built). */
constexpr qint64 kFreshMs = 500;

/** The table's rows sort on raw values; the totals row stays last whatever the order. */
class ReportSortModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::FontRole && index.data(TimeReportModel::TotalRowRole).toBool()) {
            QFont font = QSortFilterProxyModel::data(index, role).value<QFont>();
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const bool leftTotal = left.data(TimeReportModel::TotalRowRole).toBool();
        const bool rightTotal = right.data(TimeReportModel::TotalRowRole).toBool();
        if (leftTotal || rightTotal)
            return leftTotal ? sortOrder() == Qt::DescendingOrder : sortOrder() == Qt::AscendingOrder;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

/** Series colours, distinct in light and dark palettes; the last one is "Other clients". */
QColor seriesColor(int index, bool other, bool dark)
{
    static const QColor light[] = {QColor(0x2f, 0x5b, 0xd3), QColor(0x1b, 0x9e, 0x77), QColor(0xe0, 0x7b, 0x1a),
                                   QColor(0x8e, 0x5b, 0xd3), QColor(0xd9, 0x4f, 0x70), QColor(0x2a, 0x9d, 0xc8),
                                   QColor(0x8a, 0xa3, 0x2f), QColor(0xc2, 0x9a, 0x1c)};
    static const QColor darkColors[] = {QColor(0x6f, 0x95, 0xf0), QColor(0x3f, 0xc9, 0xa0), QColor(0xf5, 0xa5, 0x5a),
                                        QColor(0xb0, 0x8e, 0xf0), QColor(0xf0, 0x80, 0x9a), QColor(0x6c, 0xc3, 0xe6),
                                        QColor(0xb9, 0xcf, 0x5e), QColor(0xe3, 0xc0, 0x52)};
    if (other)
        return dark ? QColor(0x6b, 0x72, 0x80) : QColor(0xa4, 0xaa, 0xb3);
    const int count = int(std::size(light));
    return dark ? darkColors[index % count] : light[index % count];
}

} // namespace

ReportsView::ReportsView(AppContext& context, QWidget* parent)
    : ViewPage(QStringLiteral("reports"), parent)
    , m_context(context)
    , m_model(new TimeReportModel(this))
{
    setObjectName(QStringLiteral("reports"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_csv->setIcon(Icons::forPalette(QStringLiteral("export"), palette()));
    headerLayout()->insertWidget(headerLayout()->indexOf(primaryButton()), m_csv);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_print->setIcon(Icons::forPalette(QStringLiteral("print"), palette()));
    headerLayout()->insertWidget(headerLayout()->indexOf(primaryButton()), m_print);
    connect(m_print, &QPushButton::clicked, this, &ReportsView::printWithDialog);
    auto* printShortcut = new QShortcut(kPrintKey, this);
    connect(printShortcut, &QShortcut::activated, this, [this] {
        if (m_print->isVisible() && m_print->isEnabled())
            printWithDialog();
    });
    primaryButton()->setIcon(Icons::themed(QStringLiteral("print"), Qt::white));
    connect(m_csv, &QPushButton::clicked, this, &ReportsView::exportCsvAs);
    connect(this, &ViewPage::primaryActionTriggered, this, &ReportsView::savePdfAs);
    auto* csvShortcut = new QShortcut(kCsvKey, this);
    connect(csvShortcut, &QShortcut::activated, this, [this] {
        if (m_csv->isVisible() && m_csv->isEnabled())
            exportCsvAs();
    });
    auto* pdfShortcut = new QShortcut(kPdfKey, this);
    connect(pdfShortcut, &QShortcut::activated, this, [this] {
        if (primaryButton()->isVisible() && primaryButton()->isEnabled())
            savePdfAs();
    });

    setContent(buildContent());
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("reports"));

    // The report is read once, by refresh(), not at each default being set.
    m_updating = true;
    fillPeriods();
    fillGroupBy();
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::ThisMonth)));
    m_groupBy->setCurrentIndex(m_groupBy->findData(static_cast<int>(TimeReportService::GroupBy::Client)));
    retranslateUi();
    styleChart();
    refresh();
}

ReportsView::~ReportsView() = default;

QWidget* ReportsView::buildContent()
{
    // Two reports side by side: the hours (below) and the revenue (RevenuePage).
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    auto* content = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(16);

    // Filters under the header: period (and its days), client, grouping; the days shown on the right.
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_periodLabel = new QLabel(content);
    m_period = new QComboBox(content);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(content);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_dash = new QLabel(QStringLiteral("–"), content);
    m_to = new QDateEdit(content);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_clientLabel = new QLabel(content);
    m_client = new QComboBox(content);
    m_client->setObjectName(QStringLiteral("reportClient"));
    m_client->setMinimumContentsLength(14);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_clientLabel->setBuddy(m_client);
    m_groupByLabel = new QLabel(content);
    m_groupBy = new QComboBox(content);
    m_groupBy->setObjectName(QStringLiteral("reportGroupBy"));
    m_groupByLabel->setBuddy(m_groupBy);
    m_rangeLabel = new ElidedLabel(content);
    m_rangeLabel->setObjectName(QStringLiteral("mutedLabel"));
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_dash);
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(m_clientLabel);
    filters->addWidget(m_client);
    filters->addSpacing(16);
    filters->addWidget(m_groupByLabel);
    filters->addWidget(m_groupBy);
    filters->addStretch(1);
    filters->addWidget(m_rangeLabel);
    layout->addLayout(filters);

    // The totals of the period at a glance.
    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    for (int i = 0; i < 5; ++i) {
        auto* frame = new QFrame(content);
        frame->setObjectName(QStringLiteral("card"));
        auto* cardLayout = new QVBoxLayout(frame);
        cardLayout->setContentsMargins(16, 12, 16, 12);
        cardLayout->setSpacing(2);
        Card card;
        card.value = new QLabel(frame);
        card.value->setObjectName(QStringLiteral("summaryValue%1").arg(i));
        QFont font = card.value->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setWeight(QFont::DemiBold);
        card.value->setFont(font);
        card.caption = new ElidedLabel(frame);
        card.caption->setObjectName(QStringLiteral("cardCaption"));
        cardLayout->addWidget(card.value);
        cardLayout->addWidget(card.caption);
        cards->addWidget(frame, 1);
        m_cards.append(card);
    }
    layout->addLayout(cards);

    // The chart above the table; the user moves the line between them.
    auto* chartFrame = new QFrame(content);
    chartFrame->setObjectName(QStringLiteral("card"));
    auto* chartLayout = new QVBoxLayout(chartFrame);
    chartLayout->setContentsMargins(16, 12, 8, 8);
    chartLayout->setSpacing(0);
    m_chartTitle = new QLabel(chartFrame);
    QFont titleFont = m_chartTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    m_chartTitle->setFont(titleFont);
    chartLayout->addWidget(m_chartTitle);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_chartView = new QChartView(chart, chartFrame);
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setMinimumHeight(180);
    chartLayout->addWidget(m_chartView, 1);

    m_proxy = new ReportSortModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(ClientUi::kRowHeight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(64);
    header->setSectionResizeMode(TimeReportModel::Label, QHeaderView::Stretch);
    for (int column = TimeReportModel::Hours; column < TimeReportModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, kNumberColumnWidth);
    m_table->setColumnWidth(TimeReportModel::UnbilledValue, kNumberColumnWidth + 24);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(16);
    m_splitter->addWidget(chartFrame);
    m_splitter->addWidget(m_table);
    // The chart a little taller than the table: its legend lists up to nine names.
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({500, 400});
    layout->addWidget(m_splitter, 1);
    content->setStyleSheet(ClientUi::listStyleSheet(palette()));

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            applyPeriod();
    });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            runReport();
    });
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            runReport();
    });
    auto customChanged = [this](QDateEdit* edited) {
        if (m_updating || period() != Period::Custom)
            return;
        // The other end follows so that the range is never inverted.
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        if (m_from->date() > m_to->date())
            (edited == m_from ? m_to : m_from)->setDate(edited->date());
        applyPeriod();
    };
    connect(m_from, &QDateEdit::dateChanged, this, [customChanged, this] { customChanged(m_from); });
    connect(m_to, &QDateEdit::dateChanged, this, [customChanged, this] { customChanged(m_to); });
    m_tabs->addTab(content, QString());
    m_revenue = new RevenuePage(m_context, m_tabs);
    m_tabs->addTab(m_revenue, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsView::updateHeaderActions);
    return m_tabs;
}

void ReportsView::showRevenue(bool revenue)
{
    m_tabs->setCurrentWidget(revenue ? static_cast<QWidget*>(m_revenue) : m_tabs->widget(0));
}

void ReportsView::updateHeaderActions()
{
    // The header's exports are the time report's; the revenue page has its own.
    const bool time = m_tabs->currentIndex() == 0 && m_hasTime;
    m_csv->setVisible(time);
    m_print->setVisible(time);
    primaryButton()->setVisible(time);
}

QChart* ReportsView::chart() const
{
    return m_chartView->chart();
}

QStringList ReportsView::chartCategories() const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    return axis ? axis->categories() : QStringList();
}

QStringList ReportsView::chartSeriesNames() const
{
    QStringList names;
    const auto series = chart()->series();
    for (QAbstractSeries* one : series) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(one)) {
            const auto sets = bars->barSets();
            for (const QBarSet* set : sets)
                names.append(set->label());
        }
    }
    return names;
}

double ReportsView::chartHours(int series, int month) const
{
    const auto all = chart()->series();
    auto* bars = all.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries*>(all.first());
    if (!bars || series < 0 || series >= bars->count())
        return 0.0;
    return bars->barSets().at(series)->at(month);
}

QDate ReportsView::today() const
{
    return LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
}

std::pair<QDate, QDate> ReportsView::periodRange(Period period, QDate today)
{
    const QDate week = LocalCalendar::weekStart(today);
    const QDate month = LocalCalendar::monthStart(today);
    const QDate quarter = LocalCalendar::quarterStart(today);
    const QDate year = LocalCalendar::yearStart(today);
    switch (period) {
    case Period::ThisWeek:
        return {week, week.addDays(6)};
    case Period::LastWeek:
        return {week.addDays(-7), week.addDays(-1)};
    case Period::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case Period::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Period::ThisQuarter:
        return {quarter, quarter.addMonths(3).addDays(-1)};
    case Period::ThisYear:
        return {year, year.addYears(1).addDays(-1)};
    case Period::LastYear:
        return {year.addYears(-1), year.addDays(-1)};
    case Period::Custom:
        break;
    }
    return {today, today};
}

ReportsView::Period ReportsView::period() const
{
    return static_cast<Period>(m_period->currentData().toInt());
}

void ReportsView::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

void ReportsView::setCustomRange(QDate first, QDate last)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(first);
        m_to->setDate(std::max(first, last));
    }
    if (period() == Period::Custom)
        applyPeriod();
    else
        setPeriod(Period::Custom);
}

TimeReportService::GroupBy ReportsView::groupBy() const
{
    return static_cast<TimeReportService::GroupBy>(m_groupBy->currentData().toInt());
}

void ReportsView::setGroupBy(TimeReportService::GroupBy groupBy)
{
    m_groupBy->setCurrentIndex(m_groupBy->findData(static_cast<int>(groupBy)));
}

qint64 ReportsView::clientFilter() const
{
    return m_client->currentData().toLongLong();
}

void ReportsView::setClientFilter(qint64 clientId)
{
    m_client->setCurrentIndex(std::max(0, m_client->findData(clientId)));
}

const TimeReportService::Report& ReportsView::report() const
{
    return m_model->report();
}

QString ReportsView::summaryText(int card) const
{
    return card >= 0 && card < m_cards.size() ? m_cards.at(card).value->text() : QString();
}

// ---------------------------------------------------------------------------------------------
// Filters

void ReportsView::fillPeriods()
{
    const QVariant current = m_period->currentData();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("This week"), static_cast<int>(Period::ThisWeek));
    m_period->addItem(tr("Last week"), static_cast<int>(Period::LastWeek));
    m_period->addItem(tr("This month"), static_cast<int>(Period::ThisMonth));
    m_period->addItem(tr("Last month"), static_cast<int>(Period::LastMonth));
    m_period->addItem(tr("This quarter"), static_cast<int>(Period::ThisQuarter));
    m_period->addItem(tr("This year"), static_cast<int>(Period::ThisYear));
    m_period->addItem(tr("Last year"), static_cast<int>(Period::LastYear));
    m_period->addItem(tr("Custom range"), static_cast<int>(Period::Custom));
    m_period->setCurrentIndex(std::max(0, m_period->findData(current)));
}

void ReportsView::fillGroupBy()
{
    const QVariant current = m_groupBy->currentData();
    const QSignalBlocker blocker(m_groupBy);
    m_groupBy->clear();
    using GroupBy = TimeReportService::GroupBy;
    for (const GroupBy groupBy : {GroupBy::Client, GroupBy::Mission, GroupBy::Task, GroupBy::Day, GroupBy::Week,
                                  GroupBy::Month, GroupBy::Quarter, GroupBy::Year})
        m_groupBy->addItem(TimeReportService::groupByLabel(groupBy), static_cast<int>(groupBy));
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(current)));
}

void ReportsView::fillClients()
{
    // Every client, archived ones too (their past hours count), by name, from the clients list's
    // model (a few pages of one query each); whether there is any time at all, from one index seek.
    ClientListModel clients(m_context.database);
    clients.setShowArchived(true);
    while (clients.canFetchMore({}))
        clients.fetchMore({});
    auto recent = TimeEntryRepository(m_context.database).recentClientIds(1);
    m_hasTime = recent && !recent->isEmpty();

    const qint64 current = clientFilter();
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    m_client->addItem(tr("All clients"), qint64(0));
    for (int row = 0; row < clients.rowCount(); ++row)
        m_client->addItem(clients.index(row, ClientListModel::Name).data().toString(), clients.idAt(row));
    m_client->setCurrentIndex(std::max(0, m_client->findData(current)));
}

void ReportsView::applyPeriod()
{
    const bool custom = period() == Period::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    if (custom) {
        m_first = m_from->date();
        m_last = m_to->date();
    } else {
        std::tie(m_first, m_last) = periodRange(period(), today());
        // A switch to Custom starts from the preset's days.
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_first);
        m_to->setDate(m_last);
    }
    runReport();
}

// ---------------------------------------------------------------------------------------------
// Report

void ReportsView::refresh()
{
    m_updating = true;
    fillClients();
    m_updating = false;
    m_hasRevenue = m_revenue->hasData();
    const bool empty = !m_hasTime && !m_hasRevenue;
    showEmptyState(empty);
    updateHeaderActions();
    applyPeriod();
    m_revenue->refresh();
}

void ReportsView::runReport()
{
    TimeReportService::Query query;
    query.first = m_first;
    query.last = m_last;
    query.clientId = clientFilter();
    query.groupBy = groupBy();
    auto report = TimeReportService(m_context.database).run(query);
    if (!report) {
        MessageBox::showError(this, tr("The report cannot be read"), report.error());
        return;
    }
    m_model->setReport(report.value());
    m_sinceRun.start();
    updateSummary();
    updateChart();
    m_rangeLabel->setFullText(
        m_first == m_last
            ? ClientUi::formatDate(m_first)
            : tr("%1 – %2", "a period: from – to").arg(ClientUi::formatDate(m_first), ClientUi::formatDate(m_last)));
    m_csv->setEnabled(!report->rows.isEmpty());
    m_print->setEnabled(!report->rows.isEmpty());
    primaryButton()->setEnabled(!report->rows.isEmpty());
}

void ReportsView::updateSummary()
{
    const TimeReportService::Row& total = m_model->report().total;
    // The value card shows the largest amount; other currencies are counted in its caption and
    // listed in its tooltip, so that the strip keeps one line whatever the clients' currencies.
    const QLocale locale;
    QString mainCurrency;
    int currencies = 0;
    for (auto it = total.unbilledValueCents.cbegin(); it != total.unbilledValueCents.cend(); ++it) {
        if (it.value() == 0)
            continue;
        ++currencies;
        if (mainCurrency.isEmpty() || it.value() > total.unbilledValueCents.value(mainCurrency))
            mainCurrency = it.key();
    }
    const QString texts[] = {
        TimeReportModel::formatMinutes(total.minutes), TimeReportModel::formatMinutes(total.billableMinutes),
        TimeReportModel::formatMinutes(total.nonBillableMinutes), TimeReportModel::formatMinutes(total.unbilledMinutes),
        mainCurrency.isEmpty()
            ? QStringLiteral("–")
            : Money::fromCents(total.unbilledValueCents.value(mainCurrency), mainCurrency).format(locale)};
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i].value->setText(texts[i]);
    m_cards[4].caption->setFullText(
        currencies > 1
            ? tr("unbilled value (+%n)", "the number of other currencies, listed in the tooltip", currencies - 1)
            : tr("unbilled value"));
    QStringList tip;
    if (currencies > 1)
        tip.append(TimeReportModel::formatValue(total));
    if (total.unbilledWithoutRateMinutes > 0)
        tip.append(tr("%1 of unbilled time has no hourly rate (fixed fee, or no rate set).")
                       .arg(TimeReportModel::formatMinutes(total.unbilledWithoutRateMinutes)));
    m_cards[4].value->parentWidget()->setToolTip(tip.join(QLatin1Char('\n')));
}

void ReportsView::updateChart()
{
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto monthly =
        TimeReportService(m_context.database).monthlyByClient(m_first, m_last, clientFilter(), kMaxChartClients);
    if (!monthly) {
        MessageBox::showError(this, tr("The chart cannot be read"), monthly.error());
        return;
    }
    const QLocale locale;
    const bool oneYear = monthly->months.isEmpty() || monthly->months.first().year() == monthly->months.last().year();
    QStringList categories;
    for (const QDate& month : monthly->months)
        categories.append(oneYear ? locale.monthName(month.month(), QLocale::ShortFormat)
                                  : locale.toString(month, QStringLiteral("MMM yyyy")));

    const bool dark = Theme::isDark(palette());
    auto* series = new QStackedBarSeries;
    series->setBarWidth(monthly->months.size() <= 2 ? 0.35 : 0.6);
    QList<qint64> perMonth(monthly->months.size(), 0);
    int index = 0;
    for (const auto& client : monthly->clients) {
        const bool other = client.clientId == 0;
        auto* set = new QBarSet(other ? tr("Other clients") : client.clientName);
        const QColor color = seriesColor(index++, other, dark);
        set->setColor(color);
        set->setBorderColor(color);
        for (int i = 0; i < monthly->months.size(); ++i) {
            const qint64 minutes = client.minutes.value(i);
            set->append(double(minutes) / 60.0);
            perMonth[i] += minutes;
        }
        series->append(set);
    }
    connect(series, &QStackedBarSeries::hovered, this, [categories](bool status, int at, QBarSet* set) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        const qint64 minutes = qRound64(set->at(at) * 60.0);
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2: %3", "chart tooltip: client, month: hours")
                               .arg(set->label(), categories.value(at), TimeReportModel::formatMinutes(minutes)));
    });
    chart->addSeries(series);

    auto* months = new QBarCategoryAxis;
    months->append(categories);
    months->setGridLineVisible(false);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    auto* hours = new QValueAxis;
    const qint64 busiest = perMonth.isEmpty() ? 0 : *std::max_element(perMonth.cbegin(), perMonth.cend());
    hours->setRange(0, std::max(1.0, double(busiest) / 60.0));
    hours->applyNiceNumbers();
    hours->setLabelFormat(QStringLiteral("%.0f"));
    hours->setTitleText(tr("Hours", "chart axis"));
    chart->addAxis(hours, Qt::AlignLeft);
    series->attachAxis(hours);
    chart->legend()->setVisible(!monthly->clients.isEmpty());
    styleChart();
}

void ReportsView::styleChart()
{
    styleReportChart(m_chartView, this);
}

// ---------------------------------------------------------------------------------------------
// Export

QString ReportsView::suggestedFileName(const QString& extension) const
{
    const QString name = tr("Time report %1 to %2", "file name: first and last day")
                             .arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QString(name + QLatin1Char('.') + extension));
}

bool ReportsView::exportCsv(const QString& path)
{
    QSaveFile file(path);
    const QByteArray csv = TimeReportExport::toCsv(m_model->report(), QLocale());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        MessageBox::showError(
            this, tr("The report cannot be exported"),
            Error::make(Error::Kind::Io, tr("“%1” cannot be written.").arg(path), file.errorString()));
        return false;
    }
    return true;
}

bool ReportsView::savePdf(const QString& path)
{
    if (auto saved = TimeReportExport::savePdf(m_model->report(), m_context.translations.current(), path); !saved) {
        MessageBox::showError(this, tr("The report cannot be saved as PDF"), saved.error());
        return false;
    }
    return true;
}

void ReportsView::exportCsvAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as CSV"), suggestedFileName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ReportsView::savePdfAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report as PDF"), suggestedFileName(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && savePdf(path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool ReportsView::print(QPrinter& printer)
{
    printer.setResolution(DocumentRenderer::kDpi);
    printer.setDocName(tr("Time report"));
    if (auto printed = TimeReportExport::print(m_model->report(), m_context.translations.current(), printer);
        !printed) {
        MessageBox::showError(this, tr("The report cannot be printed"), printed.error());
        return false;
    }
    return true;
}

void ReportsView::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(DocumentRenderer::kDpi);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() == QDialog::Accepted)
        print(printer);
}

// ---------------------------------------------------------------------------------------------
// Events and language

void ReportsView::showEvent(QShowEvent* event)
{
    ViewPage::showEvent(event);
    // Entries added in this window (the time view) since the report was read, or a new day.
    if (!m_sinceRun.isValid() || m_sinceRun.elapsed() > kFreshMs)
        refresh();
}

void ReportsView::changeEvent(QEvent* event)
{
    ViewPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chartView) {
        styleChart();
        updateChart();
    }
}

void ReportsView::retranslateUi()
{
    setTitle(tr("Reports"));
    setPrimaryAction(tr("Save as PDF…"), tr("The report as a printable PDF, in the interface’s language (%1)")
                                             .arg(kPdfKey.toString(QKeySequence::NativeText)));
    m_print->setText(tr("Print…"));
    m_print->setToolTip(tr("Print the report (%1)").arg(kPrintKey.toString(QKeySequence::NativeText)));
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(
        tr("The report’s rows as a spreadsheet file (%1)").arg(kCsvKey.toString(QKeySequence::NativeText)));
    // Nothing to save while there is no time at all (setPrimaryAction() shows the button).
    updateHeaderActions();
    m_tabs->setTabText(0, tr("Time"));
    m_tabs->setTabText(1, tr("Revenue"));
    emptyState()->setTexts(tr("No hours to report yet"),
                           tr("Hours you record, with the timer or by hand, are summed here by client, mission and "
                              "period, with what remains to invoice."));
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("reports"));
    m_periodLabel->setText(tr("&Period:"));
    m_clientLabel->setText(tr("&Client:"));
    m_groupByLabel->setText(tr("&Group by:"));
    m_chartTitle->setText(tr("Hours per client per month"));
    const QString captions[] = {tr("hours worked"), tr("billable"), tr("non-billable"), tr("unbilled")};
    for (int i = 0; i < 4; ++i)
        m_cards[i].caption->setFullText(captions[i]);
    updateSummary();
    m_updating = true;
    fillPeriods();
    fillGroupBy();
    if (m_client->count() > 0)
        m_client->setItemText(0, tr("All clients"));
    m_updating = false;
    const QLocale locale;
    m_from->setLocale(locale);
    m_to->setLocale(locale);
    m_model->retranslate();
    if (m_first.isValid()) {
        // Period labels ("November 2026") and month names come from the service in this language.
        runReport();
    }
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/RevenuePage.h"

#include "ui/reports/ChartStyle.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/i18n/Translations.h"
#include "core/models/Roles.h"
#include "core/services/PaymentService.h"
#include "core/storage/Database.h"
#include "ui/clients/ClientUi.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Bureau
{

namespace
{

QString euros(qint64 cents)
{
    return Money::fromCents(cents, QStringLiteral("EUR")).format(QLocale());
}

QFrame* card(QWidget* parent, QVBoxLayout** layout)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    *layout = new QVBoxLayout(frame);
    (*layout)->setContentsMargins(16, 12, 16, 12);
    (*layout)->setSpacing(6);
    return frame;
}

QLabel* cardTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}


QStandardItem* amountItem(qint64 cents)
{
    auto* item = new QStandardItem(euros(cents));
    item->setData(cents, RawValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString barStyle(VatRules::ThresholdLevel level, const QPalette& palette)
{
    const bool dark = Theme::isDark(palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor track = dark ? window.lighter(150) : window.darker(110);
    QColor fill = dark ? QColor(0x6f, 0x95, 0xf0) : Theme::accent(palette);
    if (level == VatRules::ThresholdLevel::NearBase || level == VatRules::ThresholdLevel::PastBase)
        fill = dark ? QColor(0xf5, 0xa5, 0x5a) : QColor(0xe0, 0x7b, 0x00);
    else if (level == VatRules::ThresholdLevel::PastHigher)
        fill = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
    return QStringLiteral("QProgressBar { border: none; border-radius: 4px; background: %1; }"
                          "QProgressBar::chunk { border-radius: 4px; background: %2; }")
        .arg(track.name(), fill.name());
}

} // namespace

RevenuePage::RevenuePage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new QStandardItemModel(this))
    , m_receipts(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("revenuePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(16);

    // Period, granularity; the days on the right with the register's exports.
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("revenuePeriod"));
    m_periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("revenueFrom"));
    m_from->setCalendarPopup(true);
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("revenueTo"));
    m_to->setCalendarPopup(true);
    m_granularityLabel = new QLabel(this);
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("revenueGranularity"));
    m_granularityLabel->setBuddy(m_granularity);
    m_rangeLabel = new ElidedLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("mutedLabel"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("revenueExportCsv"));
    m_csv->setIcon(Icons::forPalette(QStringLiteral("export"), palette()));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("revenueExportPdf"));
    m_pdf->setIcon(Icons::forPalette(QStringLiteral("file"), palette()));
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_dash);
    filters->addWidget(m_to);
    filters->addSpacing(16);
    filters->addWidget(m_granularityLabel);
    filters->addWidget(m_granularity);
    filters->addSpacing(16);
    filters->addWidget(m_rangeLabel, 1);
    filters->addWidget(m_csv);
    filters->addWidget(m_pdf);
    layout->addLayout(filters);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(16);
    // Invoiced vs collected per period.
    QVBoxLayout* chartLayout = nullptr;
    QFrame* chartFrame = card(this, &chartLayout);
    chartLayout->setContentsMargins(16, 12, 8, 8);
    m_chartTitle = cardTitle(chartFrame);
    chartLayout->addWidget(m_chartTitle);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignTop);
    m_chartView = new QChartView(chart, chartFrame);
    m_chartView->setObjectName(QStringLiteral("revenueChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setMinimumHeight(160);
    chartLayout->addWidget(m_chartView, 1);
    middle->addWidget(chartFrame, 4);

    auto* side = new QVBoxLayout;
    side->setSpacing(16);
    // The URSSAF figure: big, selectable, copyable, with what it is.
    QVBoxLayout* urssafLayout = nullptr;
    QFrame* urssafFrame = card(this, &urssafLayout);
    m_urssafTitle = cardTitle(urssafFrame);
    urssafLayout->addWidget(m_urssafTitle);
    m_declaration = new QComboBox(urssafFrame);
    m_declaration->setObjectName(QStringLiteral("revenueDeclaration"));
    auto* declarationRow = new QHBoxLayout;
    declarationRow->addWidget(m_declaration);
    declarationRow->addStretch(1);
    urssafLayout->addLayout(declarationRow);
    auto* figureRow = new QHBoxLayout;
    m_urssaf = new QLabel(urssafFrame);
    m_urssaf->setObjectName(QStringLiteral("urssafFigure"));
    m_urssaf->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_urssaf->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    m_urssaf->setFont(big);
    m_copy = new QPushButton(urssafFrame);
    m_copy->setObjectName(QStringLiteral("urssafCopy"));
    m_copy->setIcon(Icons::forPalette(QStringLiteral("copy"), palette()));
    figureRow->addWidget(m_urssaf, 1);
    figureRow->addWidget(m_copy, 0, Qt::AlignVCenter);
    urssafLayout->addLayout(figureRow);
    m_urssafNote = new QLabel(urssafFrame);
    m_urssafNote->setObjectName(QStringLiteral("cardCaption"));
    m_urssafNote->setWordWrap(true);
    urssafLayout->addWidget(m_urssafNote);
    side->addWidget(urssafFrame);

    // The franchise thresholds of the year.
    QVBoxLayout* franchiseLayout = nullptr;
    QFrame* franchiseFrame = card(this, &franchiseLayout);
    m_franchiseTitle = cardTitle(franchiseFrame);
    franchiseLayout->addWidget(m_franchiseTitle);
    m_franchiseBar = new QProgressBar(franchiseFrame);
    m_franchiseBar->setObjectName(QStringLiteral("franchiseBar"));
    m_franchiseBar->setRange(0, 1000);
    m_franchiseBar->setTextVisible(false);
    m_franchiseBar->setFixedHeight(8);
    franchiseLayout->addWidget(m_franchiseBar);
    m_franchiseText = new QLabel(franchiseFrame);
    m_franchiseText->setObjectName(QStringLiteral("cardCaption"));
    m_franchiseText->setWordWrap(true);
    franchiseLayout->addWidget(m_franchiseText);
    m_franchiseWarning = new QLabel(franchiseFrame);
    m_franchiseWarning->setObjectName(QStringLiteral("franchiseWarning"));
    m_franchiseWarning->setWordWrap(true);
    franchiseLayout->addWidget(m_franchiseWarning);
    franchiseLayout->addStretch(1);
    side->addWidget(franchiseFrame, 1);
    auto* sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    side->setContentsMargins(0, 0, 0, 0);
    sideWidget->setMinimumWidth(260);
    sideWidget->setMaximumWidth(340);
    middle->addWidget(sideWidget, 2);
    layout->addLayout(middle, 5);

    // The rows per period, and the receipts register.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("revenueTabs"));
    m_tabs->setDocumentMode(true);
    m_table = ClientUi::createTable(m_tabs, m_model, QStringLiteral("revenueTable"));
    m_receiptsTable = ClientUi::createTable(m_tabs, m_receipts, QStringLiteral("receiptsTable"));
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(m_receiptsTable, QString());
    layout->addWidget(m_tabs, 4);
    setStyleSheet(ClientUi::listStyleSheet(palette()));

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            applyPeriod();
    });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            runReport();
    });
    connect(m_declaration, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            updateUrssaf();
    });
    auto customChanged = [this](QDateEdit* edited) {
        if (m_updating || static_cast<Period>(m_period->currentData().toInt()) != Period::Custom)
            return;
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        if (m_from->date() > m_to->date())
            (edited == m_from ? m_to : m_from)->setDate(edited->date());
        applyPeriod();
    };
    connect(m_from, &QDateEdit::dateChanged, this, [customChanged, this] { customChanged(m_from); });
    connect(m_to, &QDateEdit::dateChanged, this, [customChanged, this] { customChanged(m_to); });
    connect(m_copy, &QPushButton::clicked, this, &RevenuePage::copyUrssaf);
    connect(m_csv, &QPushButton::clicked, this, &RevenuePage::exportCsvAs);
    connect(m_pdf, &QPushButton::clicked, this, &RevenuePage::exportPdfAs);

    m_updating = true;
    fillPeriods();
    fillGranularities();
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(Period::ThisYear)));
    m_granularity->setCurrentIndex(m_granularity->findData(static_cast<int>(RevenueReport::Granularity::Month)));
    fillDeclarations();
    m_updating = false;
    retranslateUi();
    refresh();
}

QDate RevenuePage::today() const
{
    return LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
}

bool RevenuePage::hasData() const
{
    QSqlQuery query(m_context.database.connection());
    query.setForwardOnly(true);
    const bool any =
        query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM payments) OR EXISTS "
                                  "(SELECT 1 FROM documents WHERE number IS NOT NULL AND kind <> 'quote')"))
        && query.next() && query.value(0).toBool();
    query.finish();
    return any;
}

void RevenuePage::fillPeriods()
{
    const QVariant current = m_period->currentData();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItem(tr("This year"), static_cast<int>(Period::ThisYear));
    m_period->addItem(tr("Last year"), static_cast<int>(Period::LastYear));
    m_period->addItem(tr("Custom range"), static_cast<int>(Period::Custom));
    m_period->setCurrentIndex(std::max(0, m_period->findData(current)));
}

void RevenuePage::fillGranularities()
{
    const QVariant current = m_granularity->currentData();
    const QSignalBlocker blocker(m_granularity);
    m_granularity->clear();
    m_granularity->addItem(tr("Month"), static_cast<int>(RevenueReport::Granularity::Month));
    m_granularity->addItem(tr("Quarter"), static_cast<int>(RevenueReport::Granularity::Quarter));
    m_granularity->addItem(tr("Year"), static_cast<int>(RevenueReport::Granularity::Year));
    m_granularity->setCurrentIndex(std::max(0, m_granularity->findData(current)));
}

void RevenuePage::fillDeclarations()
{
    // The last twelve months (the previous one first: what a monthly declaration is for), then the
    // last eight quarters. Data: "month:YYYY-MM-DD" or "quarter:YYYY-MM-DD".
    const QVariant current = m_declaration->currentData();
    const QSignalBlocker blocker(m_declaration);
    m_declaration->clear();
    const QLocale locale;
    const QDate month = LocalCalendar::monthStart(today());
    for (int i = 1; i <= 12; ++i) {
        const QDate start = month.addMonths(-i);
        m_declaration->addItem(locale.toString(start, QStringLiteral("MMMM yyyy")),
                               QString(QStringLiteral("month:") + start.toString(Qt::ISODate))); // notr: item data
    }
    m_declaration->insertSeparator(m_declaration->count());
    const QDate quarter = LocalCalendar::quarterStart(today());
    for (int i = 1; i <= 8; ++i) {
        const QDate start = quarter.addMonths(-3 * i);
        m_declaration->addItem(
            tr("Q%1 %2", "a quarter: number, year").arg((start.month() - 1) / 3 + 1).arg(start.year()),
            QString(QStringLiteral("quarter:") + start.toString(Qt::ISODate)));
    }
    m_declaration->setCurrentIndex(std::max(0, m_declaration->findData(current)));
}

void RevenuePage::setPeriod(Period period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(period))));
}

void RevenuePage::setCustomRange(QDate first, QDate last)
{
    m_updating = true;
    setPeriod(Period::Custom);
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    applyPeriod();
}

void RevenuePage::setGranularity(RevenueReport::Granularity granularity)
{
    m_granularity->setCurrentIndex(std::max(0, m_granularity->findData(static_cast<int>(granularity))));
}

void RevenuePage::setDeclarationPeriod(QDate start, bool quarter)
{
    const QString key =
        QString((quarter ? QStringLiteral("quarter:") : QStringLiteral("month:")) + start.toString(Qt::ISODate));
    int index = m_declaration->findData(key);
    if (index < 0) {
        m_declaration->addItem(
            quarter ? tr("Q%1 %2", "a quarter: number, year").arg((start.month() - 1) / 3 + 1).arg(start.year())
                    : QLocale().toString(start, QStringLiteral("MMMM yyyy")),
            key);
        index = m_declaration->count() - 1;
    }
    m_declaration->setCurrentIndex(index);
    updateUrssaf();
}

void RevenuePage::applyPeriod()
{
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    const bool custom = period == Period::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    const QDate year = LocalCalendar::yearStart(today());
    if (custom) {
        m_first = m_from->date();
        m_last = m_to->date();
    } else {
        m_first = period == Period::LastYear ? year.addYears(-1) : year;
        m_last = m_first.addYears(1).addDays(-1);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(m_first);
        m_to->setDate(m_last);
    }
    runReport();
}

void RevenuePage::refresh()
{
    m_updating = true;
    fillDeclarations();
    m_updating = false;
    applyPeriod();
    updateUrssaf();
    updateFranchise();
}

void RevenuePage::runReport()
{
    RevenueReport report(m_context.database);
    const auto granularity = static_cast<RevenueReport::Granularity>(m_granularity->currentData().toInt());
    auto rows = report.revenue(m_first, m_last, granularity);
    if (!rows) {
        m_rows.clear();
        MessageBox::showError(this, tr("The revenue cannot be read"), rows.error());
    } else {
        m_rows = rows.value();
    }
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Period"), tr("Invoiced, net"), tr("Invoiced, with VAT"), tr("Collected")});
    for (int column = 1; column < 4; ++column)
        m_model->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    qint64 net = 0;
    qint64 total = 0;
    qint64 collected = 0;
    for (const RevenueReport::Row& row : std::as_const(m_rows)) {
        auto* label = new QStandardItem(row.label);
        label->setData(row.periodStart, RawValueRole);
        m_model->appendRow({label, amountItem(row.invoicedNetEurCents), amountItem(row.invoicedTotalEurCents),
                            amountItem(row.collectedEurCents)});
        net += row.invoicedNetEurCents;
        total += row.invoicedTotalEurCents;
        collected += row.collectedEurCents;
    }
    QList<QStandardItem*> totals{new QStandardItem(tr("Total")), amountItem(net), amountItem(total),
                                 amountItem(collected)};
    for (QStandardItem* item : totals) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    m_model->appendRow(totals);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_table->setColumnWidth(column, 150);

    // The receipts register of the period.
    m_receipts->clear();
    m_receipts->setHorizontalHeaderLabels(
        {tr("Date"), tr("Client"), tr("Invoices"), tr("Amount"), tr("Method"), tr("Reference")});
    m_receipts->horizontalHeaderItem(3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto receipts = report.receipts(m_first, m_last);
    if (receipts) {
        for (const RevenueReport::Receipt& receipt : std::as_const(receipts.value())) {
            auto* date = new QStandardItem(ClientUi::formatDate(receipt.receivedOn));
            date->setData(receipt.receivedOn, RawValueRole);
            const auto method = Payment::methodFromKey(receipt.method);
            m_receipts->appendRow({date, new QStandardItem(receipt.clientName),
                                   new QStandardItem(receipt.references.isEmpty() ? tr("Advance") : receipt.references),
                                   amountItem(receipt.eurCents),
                                   new QStandardItem(method ? Payment::methodText(*method) : receipt.method),
                                   new QStandardItem(receipt.reference)});
        }
    }
    m_receiptsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_receiptsTable->setColumnWidth(0, 110);
    m_receiptsTable->setColumnWidth(2, 150);
    m_receiptsTable->setColumnWidth(3, 120);
    m_receiptsTable->setColumnWidth(4, 110);
    m_receiptsTable->setColumnWidth(5, 140);
    const bool anyReceipt = receipts && !receipts->isEmpty();
    m_csv->setEnabled(anyReceipt);
    m_pdf->setEnabled(anyReceipt);
    m_rangeLabel->setFullText(
        tr("%1 – %2", "a period: from – to").arg(ClientUi::formatDate(m_first), ClientUi::formatDate(m_last)));
    updateChart();
}

QStringList RevenuePage::chartCategories() const
{
    const auto axes = m_chartView->chart()->axes(Qt::Horizontal);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    return axis ? axis->categories() : QStringList();
}

double RevenuePage::chartValue(int series, int category) const
{
    const auto all = m_chartView->chart()->series();
    auto* bars = all.isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries*>(all.first());
    if (!bars || series < 0 || series >= bars->count())
        return 0.0;
    return bars->barSets().at(series)->at(category);
}

void RevenuePage::updateChart()
{
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool dark = Theme::isDark(palette());
    auto* invoiced = new QBarSet(tr("Invoiced"));
    auto* collected = new QBarSet(tr("Collected"));
    const QColor invoicedColor = dark ? QColor(0x6f, 0x95, 0xf0) : QColor(0x2f, 0x5b, 0xd3);
    const QColor collectedColor = dark ? QColor(0x3f, 0xc9, 0xa0) : QColor(0x1b, 0x9e, 0x77);
    invoiced->setColor(invoicedColor);
    invoiced->setBorderColor(invoicedColor);
    collected->setColor(collectedColor);
    collected->setBorderColor(collectedColor);
    QStringList categories;
    double highest = 0.0;
    const bool months = static_cast<RevenueReport::Granularity>(m_granularity->currentData().toInt())
                        == RevenueReport::Granularity::Month;
    const bool oneYear = m_rows.isEmpty() || m_rows.first().periodStart.year() == m_rows.last().periodStart.year();
    const QLocale locale;
    for (const RevenueReport::Row& row : std::as_const(m_rows)) {
        categories.append(months ? (oneYear ? locale.monthName(row.periodStart.month(), QLocale::ShortFormat)
                                            : locale.toString(row.periodStart, QStringLiteral("MMM yy")))
                                 : row.label);
        invoiced->append(double(row.invoicedTotalEurCents) / 100.0);
        collected->append(double(row.collectedEurCents) / 100.0);
        highest = std::max({highest, double(row.invoicedTotalEurCents) / 100.0, double(row.collectedEurCents) / 100.0});
    }
    auto* series = new QBarSeries;
    series->append(invoiced);
    series->append(collected);
    series->setBarWidth(m_rows.size() <= 2 ? 0.4 : 0.75);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, std::max(100.0, highest));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Euros", "chart axis"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(true);
    styleChart();
}

void RevenuePage::styleChart()
{
    styleReportChart(m_chartView, this);
}

void RevenuePage::updateUrssaf()
{
    const QString key = m_declaration->currentData().toString();
    const bool quarter = key.startsWith(QLatin1String("quarter:"));
    const QDate start = QDate::fromString(key.section(QLatin1Char(':'), 1), Qt::ISODate);
    if (!start.isValid())
        return;
    const QDate end = start.addMonths(quarter ? 3 : 1).addDays(-1);
    auto figure = RevenueReport(m_context.database).urssafTurnover(start, end);
    m_urssafCents = figure ? figure.value() : 0;
    m_urssaf->setText(figure ? euros(m_urssafCents) : QStringLiteral("–"));
    m_urssaf->setToolTip(figure ? QString() : figure.error().message);
    m_copy->setEnabled(bool(figure));
}

void RevenuePage::copyUrssaf()
{
    QApplication::clipboard()->setText(Money::fromCents(m_urssafCents, QStringLiteral("EUR")).toPlainString());
}

void RevenuePage::updateFranchise()
{
    const int year = today().year();
    m_franchiseTitle->setText(tr("VAT franchise %1").arg(year));
    auto turnover = RevenueReport(m_context.database).franchiseTurnover(year);
    if (!turnover || turnover->baseCents <= 0) {
        m_franchiseBar->hide();
        m_franchiseText->setText(turnover ? tr("No thresholds are known for %1.").arg(year) : turnover.error().message);
        m_franchiseWarning->hide();
        return;
    }
    const VatRules::FranchiseTurnover& figures = turnover.value();
    const VatRules::ThresholdLevel level = VatRules::thresholdLevel(figures);
    m_franchiseBar->show();
    m_franchiseBar->setValue(int(std::clamp<qint64>(figures.receivedEurCents * 1000 / figures.baseCents, 0, 1000)));
    m_franchiseBar->setProperty("level", static_cast<int>(level));
    m_franchiseBar->setStyleSheet(barStyle(level, palette()));
    const int percent = int(figures.receivedEurCents * 100 / figures.baseCents);
    m_franchiseText->setText(tr("%1 received in France this year: %2% of the base threshold (%3; higher threshold %4).")
                                 .arg(euros(figures.receivedEurCents))
                                 .arg(percent)
                                 .arg(euros(figures.baseCents), euros(figures.higherCents)));
    QString warning;
    QString color;
    switch (level) {
    case VatRules::ThresholdLevel::Below:
        break;
    case VatRules::ThresholdLevel::NearBase:
        warning = figures.previousYearEurCents > figures.baseCents
                      ? tr("You are near the base threshold, which you passed last year: passing it again means VAT "
                           "from 1 January next year.")
                      : tr("You are near the base threshold. Passing it two years running ends the franchise the year "
                           "after; passing the higher threshold (%1) ends it at once.")
                            .arg(euros(figures.higherCents));
        color = QStringLiteral("#b35c00");
        break;
    case VatRules::ThresholdLevel::PastBase:
        warning = figures.previousYearEurCents > figures.baseCents
                      ? tr("You have passed the base threshold a second year running: you will charge VAT from 1 "
                           "January next year, and from the day you pass %1.")
                            .arg(euros(figures.higherCents))
                      : tr("You have passed the base threshold: the franchise goes on next year if this year stays "
                           "under %1, and ends the day you pass it.")
                            .arg(euros(figures.higherCents));
        color = QStringLiteral("#b35c00");
        break;
    case VatRules::ThresholdLevel::PastHigher:
        warning = tr("You have passed the higher threshold: the franchise is lost and VAT is due from the day it was "
                     "passed. Change your VAT regime in Settings › Profile.");
        color = QStringLiteral("#d32f2f");
        break;
    }
    // The past two years can have ended it already on 1 January (art. 293 B I of the CGI).
    const bool ended = !VatRules::franchiseOpenThisYear(figures);
    if (ended && level != VatRules::ThresholdLevel::PastHigher) {
        warning = tr("The franchise ended on 1 January %1: the turnover of the past years passed its thresholds "
                     "(%2 in %3, %4 in %5). Change your VAT regime in Settings › Profile.")
                      .arg(year)
                      .arg(euros(figures.yearBeforeEurCents))
                      .arg(year - 2)
                      .arg(euros(figures.previousYearEurCents))
                      .arg(year - 1);
        color = QStringLiteral("#d32f2f");
    }
    if (Theme::isDark(palette()) && !color.isEmpty())
        color = level == VatRules::ThresholdLevel::PastHigher || ended ? QStringLiteral("#ff6b6b")
                                                                       : QStringLiteral("#f5a55a");
    m_franchiseWarning->setVisible(!warning.isEmpty());
    m_franchiseWarning->setText(warning);
    m_franchiseWarning->setStyleSheet(color.isEmpty() ? QString()
                                                      : QStringLiteral("color: %1; font-weight: 600;").arg(color));
}

QString RevenuePage::suggestedFileName(const QString& extension) const
{
    const QString name = tr("Receipts register %1 to %2", "file name: first and last day")
                             .arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QString(name + QLatin1Char('.') + extension));
}

bool RevenuePage::exportCsv(const QString& path)
{
    auto csv = RevenueReport(m_context.database).receiptsCsv(m_first, m_last);
    if (!csv) {
        MessageBox::showError(this, tr("The receipts register cannot be exported"), csv.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv->size() || !file.commit()) {
        MessageBox::showError(
            this, tr("The receipts register cannot be exported"),
            Error::make(Error::Kind::Io, tr("“%1” cannot be written.").arg(path), file.errorString()));
        return false;
    }
    return true;
}

bool RevenuePage::exportPdf(const QString& path)
{
    auto pdf = RevenueReport(m_context.database).receiptsPdf(m_first, m_last, m_context.translations.current());
    if (!pdf) {
        MessageBox::showError(this, tr("The receipts register cannot be saved as PDF"), pdf.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
        MessageBox::showError(
            this, tr("The receipts register cannot be saved as PDF"),
            Error::make(Error::Kind::Io, tr("“%1” cannot be written.").arg(path), file.errorString()));
        return false;
    }
    return true;
}

void RevenuePage::exportCsvAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the receipts register as CSV"),
                                     suggestedFileName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void RevenuePage::exportPdfAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the receipts register as PDF"),
                                     suggestedFileName(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && exportPdf(path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void RevenuePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (!m_tabs)
        return;
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        updateChart();
        updateFranchise();
    }
}

void RevenuePage::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_granularityLabel->setText(tr("&By:"));
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(tr("The receipts register of the period as a spreadsheet file"));
    m_pdf->setText(tr("Export PDF…"));
    m_pdf->setToolTip(tr("The receipts register of the period as a PDF, in the interface’s language"));
    m_chartTitle->setText(tr("Invoiced and collected"));
    m_urssafTitle->setText(tr("To declare to URSSAF"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the figure to paste it in the declaration"));
    m_urssafNote->setText(tr("Euros received in the period, net of refunds, without VAT and disbursements."));
    m_tabs->setTabText(0, tr("Per period"));
    m_tabs->setTabText(1, tr("Receipts register"));
    m_updating = true;
    fillPeriods();
    fillGranularities();
    m_updating = false;
    const QLocale locale;
    m_from->setLocale(locale);
    m_to->setLocale(locale);
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/invoices/FromTimeDialog.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/services/InvoiceFromTime.h"
#include "core/storage/Database.h"
#include "ui/shell/AppContext.h"
#include "ui/time/TimeUi.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

enum PreviewColumn
{
    LineColumn,
    RawColumn,
    RoundedColumn,
    RateColumn,
    AmountColumn,
    PreviewColumnCount
};

} // namespace

FromTimeDialog::FromTimeDialog(AppContext& context, qint64 clientId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_today(LocalCalendar::forDatabase(context.database).dayOf(context.clock.nowMs()))
{
    setObjectName(QStringLiteral("fromTimeDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("mutedLabel"));
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_clientLabel = new QLabel(this);
    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("fromTimeClient"));
    TimeUi::makeSearchable(m_client);
    TimeUi::fillClientPicker(m_client, TimeUi::clientChoices(context.database, 5, clientId), clientId);
    m_clientLabel->setBuddy(m_client);
    form->addRow(m_clientLabel, m_client);
    m_periodLabel = new QLabel(this);
    auto* periodBox = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("fromTimePeriod"));
    m_first = new QDateEdit(this);
    m_first->setCalendarPopup(true);
    m_last = new QDateEdit(this);
    m_last->setCalendarPopup(true);
    periodBox->addWidget(m_period);
    periodBox->addWidget(m_first);
    periodBox->addWidget(m_last);
    periodBox->addStretch(1);
    m_periodLabel->setBuddy(m_period);
    form->addRow(m_periodLabel, periodBox);
    m_groupingLabel = new QLabel(this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("fromTimeGrouping"));
    m_groupingLabel->setBuddy(m_grouping);
    form->addRow(m_groupingLabel, m_grouping);
    layout->addLayout(form);

    m_preview = new QTableWidget(0, PreviewColumnCount, this);
    m_preview->setObjectName(QStringLiteral("fromTimePreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setShowGrid(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setHighlightSections(false);
    for (int column = RawColumn; column < PreviewColumnCount; ++column)
        m_preview->setColumnWidth(column, 110);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(this);
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("primaryButton"));
    m_create->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);

    retranslateUi();
    setPeriod(Period::LastMonth);

    connect(m_client, &QComboBox::currentIndexChanged, this, &FromTimeDialog::updatePreview);
    connect(m_period, &QComboBox::currentIndexChanged, this, &FromTimeDialog::periodChanged);
    connect(m_first, &QDateEdit::dateChanged, this, &FromTimeDialog::updatePreview);
    connect(m_last, &QDateEdit::dateChanged, this, &FromTimeDialog::updatePreview);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &FromTimeDialog::updatePreview);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (createDraft())
            QDialog::accept();
    });
    updatePreview();
    resize(720, 480);
}

void FromTimeDialog::retranslateUi()
{
    setWindowTitle(tr("Invoice unbilled time"));
    m_intro->setText(tr("The client's billable time not yet on any document, rounded as agreed with them, becomes "
                        "the lines of a new draft invoice."));
    m_clientLabel->setText(tr("&Client:"));
    m_periodLabel->setText(tr("&Period:"));
    m_groupingLabel->setText(tr("&One line per:"));
    {
        const QSignalBlocker blocker(m_period);
        const int current = std::max(0, m_period->currentIndex());
        m_period->clear();
        m_period->addItem(tr("This month"), static_cast<int>(Period::ThisMonth));
        m_period->addItem(tr("Last month"), static_cast<int>(Period::LastMonth));
        m_period->addItem(tr("Custom"), static_cast<int>(Period::Custom));
        m_period->setCurrentIndex(current);
    }
    {
        const QSignalBlocker blocker(m_grouping);
        const int current = std::max(0, m_grouping->currentIndex());
        m_grouping->clear();
        m_grouping->addItem(tr("Mission"), static_cast<int>(BillableTime::Grouping::Mission));
        m_grouping->addItem(tr("Task"), static_cast<int>(BillableTime::Grouping::Task));
        m_grouping->addItem(tr("Day"), static_cast<int>(BillableTime::Grouping::Day));
        m_grouping->setCurrentIndex(current);
    }
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Time worked"), tr("Billed hours"), tr("Hourly rate"), tr("Amount")});
    m_cancel->setText(tr("Cancel"));
    m_create->setText(tr("Create draft"));
}

void FromTimeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updatePreview();
    }
    QDialog::changeEvent(event);
}

void FromTimeDialog::setPeriod(Period period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(period))));
    periodChanged();
}

void FromTimeDialog::setRange(QDate first, QDate last)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(static_cast<int>(Period::Custom))));
    m_first->setDate(first);
    m_last->setDate(last);
    periodChanged();
}

void FromTimeDialog::periodChanged()
{
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    const QDate month = LocalCalendar::monthStart(m_today);
    if (period == Period::ThisMonth) {
        m_first->setDate(month);
        m_last->setDate(month.addMonths(1).addDays(-1));
    } else if (period == Period::LastMonth) {
        m_first->setDate(month.addMonths(-1));
        m_last->setDate(month.addDays(-1));
    }
    m_first->setEnabled(period == Period::Custom);
    m_last->setEnabled(period == Period::Custom);
    updatePreview();
}

void FromTimeDialog::updatePreview()
{
    m_preview->setRowCount(0);
    const qint64 clientId = TimeUi::pickedId(m_client);
    m_create->setEnabled(false);
    if (clientId <= 0) {
        m_summary->setText(tr("Choose a client."));
        return;
    }
    const auto grouping = static_cast<BillableTime::Grouping>(m_grouping->currentData().toInt());
    auto lines = BillableTime(m_context.database).unbilledLines(clientId, m_first->date(), m_last->date(), grouping);
    if (!lines) {
        m_summary->setText(lines.error().message);
        return;
    }
    const QLocale locale;
    std::optional<Money> total;
    bool missingRate = false;
    for (const BillableTime::Line& line : lines.value()) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        const auto cell = [this, row](int column, const QString& text, bool right) {
            auto* item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(row, column, item);
        };
        cell(LineColumn, line.label, false);
        cell(RawColumn, TimeUi::formatMinutes(line.rawMinutes), true);
        cell(RoundedColumn, locale.toString(static_cast<double>(line.quantityThousandths) / 1000.0, 'f', 2), true);
        cell(RateColumn, line.rate ? line.rate->format(locale) : tr("No rate"), true);
        cell(AmountColumn, line.amount ? line.amount->format(locale) : QString(), true);
        if (line.amount) {
            if (!total)
                total = *line.amount;
            else if (auto sum = total->add(*line.amount))
                total = sum.value();
        } else {
            missingRate = true;
        }
    }
    if (lines->isEmpty()) {
        m_summary->setText(tr("No unbilled billable time for this client in this period."));
    } else if (missingRate) {
        m_summary->setText(tr("Some lines have no hourly rate: set one on the mission, the client or your profile."));
    } else {
        m_summary->setText(tr("%n line(s), %1 before VAT.", "", static_cast<int>(lines->size()))
                               .arg(total ? total->format(locale) : QString()));
        m_create->setEnabled(true);
    }
}

bool FromTimeDialog::createDraft()
{
    const qint64 clientId = TimeUi::pickedId(m_client);
    const auto grouping = static_cast<BillableTime::Grouping>(m_grouping->currentData().toInt());
    auto draft = InvoiceFromTime(m_context.database).draftFromTime(clientId, m_first->date(), m_last->date(), grouping);
    if (!draft) {
        MessageBox::showError(this, tr("The draft cannot be made"), draft.error());
        return false;
    }
    m_createdId = draft->id;
    return true;
}

} // namespace Bureau

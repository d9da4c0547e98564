// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardView.h"

#include "core/Clock.h"
#include "core/domain/Duration.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/services/DashboardService.h"
#include "ui/shell/Theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

/** Packages shown before "and n more". */
constexpr int kMaxPackages = 4;

/** The bar of a package: orange from 80 %, red from 100 %, readable in light and dark palettes. */
QString barStyle(PackageUsage::Level level, const QPalette& palette)
{
    const bool dark = Theme::isDark(palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor track = dark ? window.lighter(150) : window.darker(110);
    QColor fill = dark ? QColor(0x6f, 0x95, 0xf0) : Theme::accent(palette);
    if (level == PackageUsage::Level::Near)
        fill = dark ? QColor(0xf5, 0xa5, 0x5a) : QColor(0xe0, 0x7b, 0x00);
    else if (level == PackageUsage::Level::Reached)
        fill = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
    return QStringLiteral("QProgressBar { border: none; border-radius: 3px; background: %1; }"
                          "QProgressBar::chunk { border-radius: 3px; background: %2; }")
        .arg(track.name(), fill.name());
}

QString levelKey(PackageUsage::Level level)
{
    switch (level) {
    case PackageUsage::Level::Near:
        return QStringLiteral("near");
    case PackageUsage::Level::Reached:
        return QStringLiteral("reached");
    case PackageUsage::Level::Ok:
        break;
    }
    return QStringLiteral("ok");
}

} // namespace

DashboardView::DashboardView(Database& database, const Clock& clock, QWidget* parent)
    : ViewPage(QStringLiteral("dashboard"), parent)
    , m_db(database)
    , m_clock(clock)
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_greeting = new QLabel(content);
    m_greeting->setObjectName(QStringLiteral("mutedLabel"));
    layout->addWidget(m_greeting);

    auto* cards = new QGridLayout;
    cards->setSpacing(16);
    m_active = addCard(cards, 0);
    m_prospects = addCard(cards, 1);
    m_paused = addCard(cards, 2);
    m_contacts = addCard(cards, 3);
    layout->addLayout(cards);

    auto* panels = new QGridLayout;
    panels->setSpacing(16);
    m_today = addPanel(panels, 0, 0);
    m_tasks = addPanel(panels, 0, 1);
    m_messages = addPanel(panels, 1, 0);
    m_invoices = addPanel(panels, 1, 1);
    // Time: this week's and this month's hours, and the packages running low.
    m_hours = addPanel(panels, 0, 2);
    m_hours.body->hide();
    auto* hoursLayout = qobject_cast<QVBoxLayout*>(m_hours.title->parentWidget()->layout());
    auto* figures = new QGridLayout;
    figures->setHorizontalSpacing(24);
    figures->setVerticalSpacing(0);
    auto figure = [this, figures](int column, const QString& name) {
        Card card;
        card.value = new QLabel(this);
        card.value->setObjectName(name);
        QFont font = card.value->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setWeight(QFont::DemiBold);
        card.value->setFont(font);
        card.caption = new QLabel(this);
        card.caption->setObjectName(QStringLiteral("cardCaption"));
        figures->addWidget(card.value, 0, column);
        figures->addWidget(card.caption, 1, column);
        return card;
    };
    m_week = figure(0, QStringLiteral("hoursThisWeek"));
    m_month = figure(1, QStringLiteral("hoursThisMonth"));
    figures->setColumnStretch(2, 1);
    hoursLayout->insertLayout(hoursLayout->indexOf(m_hours.body), figures);
    // Invoices: what clients owe, what is overdue, and the franchise threshold when near.
    auto* invoicesLayout = qobject_cast<QVBoxLayout*>(m_invoices.title->parentWidget()->layout());
    auto* owed = new QGridLayout;
    owed->setHorizontalSpacing(24);
    owed->setVerticalSpacing(0);
    auto moneyFigure = [this, owed](int column, const QString& name) {
        Card card;
        card.value = new QLabel(this);
        card.value->setObjectName(name);
        QFont font = card.value->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setWeight(QFont::DemiBold);
        card.value->setFont(font);
        card.caption = new QLabel(this);
        card.caption->setObjectName(QStringLiteral("cardCaption"));
        owed->addWidget(card.value, 0, column);
        owed->addWidget(card.caption, 1, column);
        return card;
    };
    m_outstanding = moneyFigure(0, QStringLiteral("outstandingTotal"));
    m_overdue = moneyFigure(1, QStringLiteral("overdueTotal"));
    owed->setColumnStretch(2, 1);
    invoicesLayout->insertLayout(invoicesLayout->indexOf(m_invoices.body), owed);
    m_franchiseWarning = new QLabel(this);
    m_franchiseWarning->setObjectName(QStringLiteral("franchiseWarning"));
    m_franchiseWarning->setWordWrap(true);
    m_franchiseWarning->hide();
    invoicesLayout->insertWidget(invoicesLayout->indexOf(m_invoices.body) + 1, m_franchiseWarning);
    m_packages = addPanel(panels, 1, 2);
    m_packages.body->setObjectName(QStringLiteral("mutedLabel"));
    auto* packagesLayout = qobject_cast<QVBoxLayout*>(m_packages.title->parentWidget()->layout());
    m_packageRows = new QVBoxLayout;
    m_packageRows->setSpacing(4);
    packagesLayout->insertLayout(packagesLayout->indexOf(m_packages.body) + 1, m_packageRows);
    for (int column = 0; column < 3; ++column)
        panels->setColumnStretch(column, 1);
    layout->addLayout(panels, 1);
    setContent(content);
    refresh();
}

DashboardView::Card DashboardView::addCard(QGridLayout* grid, int column)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(4);
    Card card;
    card.value = new QLabel(frame);
    QFont font = card.value->font();
    font.setPointSizeF(font.pointSizeF() * 2.0);
    font.setWeight(QFont::DemiBold);
    card.value->setFont(font);
    card.caption = new QLabel(frame);
    card.caption->setObjectName(QStringLiteral("cardCaption"));
    layout->addWidget(card.value);
    layout->addWidget(card.caption);
    grid->addWidget(frame, 0, column);
    return card;
}

DashboardView::Panel DashboardView::addPanel(QGridLayout* grid, int row, int column)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    Panel panel;
    panel.title = new QLabel(frame);
    QFont font = panel.title->font();
    font.setWeight(QFont::DemiBold);
    panel.title->setFont(font);
    panel.body = new QLabel(frame);
    panel.body->setObjectName(QStringLiteral("mutedLabel"));
    panel.body->setWordWrap(true);
    layout->addWidget(panel.title);
    layout->addWidget(panel.body);
    layout->addStretch(1);
    grid->addWidget(frame, row, column);
    grid->setRowStretch(row, 1);
    return panel;
}

void DashboardView::refresh()
{
    auto summary = DashboardService(m_db).summary();
    if (summary) {
        m_values[0] = summary->activeClients;
        m_values[1] = summary->prospects;
        m_values[2] = summary->pausedClients;
        m_values[3] = summary->contacts;
    }
    const QDate today = LocalCalendar::forDatabase(m_db).dayOf(m_clock.nowMs());
    if (auto time = DashboardService(m_db).time(today))
        m_time = time.value();
    if (auto invoicing = DashboardService(m_db).invoicing(today))
        m_invoicing = invoicing.value();
    retranslateUi();
}

void DashboardView::fillPackages()
{
    while (QLayoutItem* item = m_packageRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    const auto& alerts = m_time.packageAlerts;
    m_packages.body->setVisible(alerts.isEmpty());
    for (qsizetype i = 0; i < std::min<qsizetype>(alerts.size(), kMaxPackages); ++i) {
        const PackageUsage::Month& month = alerts.at(i);
        auto* label = new QLabel(PackageUsage::describe(month, locale), m_packages.title->parentWidget());
        label->setObjectName(QStringLiteral("packageAlert"));
        label->setWordWrap(true);
        auto* bar = new QProgressBar(m_packages.title->parentWidget());
        bar->setObjectName(QStringLiteral("packageBar"));
        bar->setProperty("level", levelKey(month.level));
        bar->setRange(0, 100);
        bar->setValue(std::clamp(month.percentUsed, 0, 100));
        bar->setTextVisible(false);
        bar->setFixedHeight(6);
        bar->setStyleSheet(barStyle(month.level, palette()));
        bar->setToolTip(tr("%1 used of %2")
                            .arg(Duration::fromMinutes(month.usedMinutes).format(locale),
                                 Duration::fromMinutes(month.includedMinutes).format(locale)));
        m_packageRows->addWidget(label);
        m_packageRows->addWidget(bar);
        if (i + 1 < std::min<qsizetype>(alerts.size(), kMaxPackages))
            m_packageRows->addSpacing(8);
    }
    if (alerts.size() > kMaxPackages) {
        auto* more = new QLabel(tr("and %n more package(s) nearly used up", "", int(alerts.size() - kMaxPackages)),
                                m_packages.title->parentWidget());
        more->setObjectName(QStringLiteral("mutedLabel"));
        m_packageRows->addWidget(more);
    }
}

void DashboardView::fillInvoicing()
{
    const QLocale locale;
    const DashboardService::Invoicing& money = m_invoicing;
    m_invoices.title->setText(tr("Invoices"));
    m_outstanding.value->setText(Money::fromCents(money.outstandingCents, money.mainCurrency).format(locale));
    m_outstanding.caption->setText(tr("outstanding"));
    m_overdue.value->setText(Money::fromCents(money.overdueCents, money.mainCurrency).format(locale));
    m_overdue.caption->setText(tr("overdue"));
    QPalette overduePalette = m_outstanding.value->palette();
    if (money.overdueCents > 0)
        overduePalette.setColor(QPalette::WindowText,
                                Theme::isDark(palette()) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f));
    m_overdue.value->setPalette(overduePalette);
    // Other currencies are named, never added to the main one.
    QStringList others;
    for (const auto& totals : money.ageing) {
        if (totals.currency == money.mainCurrency || totals.totalCents() == 0)
            continue;
        others.append(Money::fromCents(totals.totalCents(), totals.currency).format(locale));
    }
    if (money.outstandingCents == 0 && others.isEmpty())
        m_invoices.body->setText(tr("Every issued invoice is paid."));
    else if (others.isEmpty())
        m_invoices.body->setText(money.overdueCents > 0 ? tr("Invoices › Receivables lists whom to remind.")
                                                        : tr("Nothing is overdue."));
    else
        m_invoices.body->setText(tr("Also outstanding: %1.").arg(others.join(QStringLiteral(", "))));
    QString warning;
    const auto& franchise = money.franchise;
    const QString received = Money::fromCents(franchise.receivedEurCents, QStringLiteral("EUR")).format(locale);
    const QString base = Money::fromCents(franchise.baseCents, QStringLiteral("EUR")).format(locale);
    const QString higher = Money::fromCents(franchise.higherCents, QStringLiteral("EUR")).format(locale);
    const bool endedByPastYears = money.underFranchise && !VatRules::franchiseOpenThisYear(franchise);
    if (endedByPastYears) {
        warning = tr("VAT franchise ended on 1 January: the turnover of the past years passed its thresholds. VAT is "
                     "due now.");
    } else if (money.underFranchise) {
        switch (money.thresholdLevel) {
        case VatRules::ThresholdLevel::Below:
            break;
        case VatRules::ThresholdLevel::NearBase:
            warning = tr("VAT franchise: %1 received this year, near the %2 threshold.").arg(received, base);
            break;
        case VatRules::ThresholdLevel::PastBase:
            // A second year past the base threshold ends the franchise next year; a first one does not.
            warning = franchise.previousYearEurCents > franchise.baseCents
                          ? tr("VAT franchise: %1 received this year, past the %2 threshold a second year running: "
                               "VAT applies from next year.")
                                .arg(received, base)
                          : tr("VAT franchise: %1 received this year, past the %2 threshold: it goes on next year if "
                               "this year stays under %3.")
                                .arg(received, base, higher);
            break;
        case VatRules::ThresholdLevel::PastHigher:
            warning = tr("VAT franchise lost: %1 received this year, past the %2 threshold. VAT is due now.")
                          .arg(received, higher);
            break;
        }
    }
    m_franchiseWarning->setVisible(!warning.isEmpty());
    m_franchiseWarning->setText(warning);
    const bool dark = Theme::isDark(palette());
    const bool lost = endedByPastYears || money.thresholdLevel == VatRules::ThresholdLevel::PastHigher;
    m_franchiseWarning->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                          .arg(lost ? (dark ? QStringLiteral("#ff6b6b") : QStringLiteral("#d32f2f"))
                                                    : (dark ? QStringLiteral("#f5a55a") : QStringLiteral("#b35c00"))));
}

void DashboardView::retranslateUi()
{
    setTitle(tr("Dashboard"));
    const QLocale locale;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    m_greeting->setText(tr("Today is %1.").arg(locale.toString(today, QLocale::LongFormat)));
    m_active.value->setText(locale.toString(m_values[0]));
    m_active.caption->setText(tr("active client(s)", "", m_values[0]));
    m_prospects.value->setText(locale.toString(m_values[1]));
    m_prospects.caption->setText(tr("prospect(s)", "", m_values[1]));
    m_paused.value->setText(locale.toString(m_values[2]));
    m_paused.caption->setText(tr("paused client(s)", "", m_values[2]));
    m_contacts.value->setText(locale.toString(m_values[3]));
    m_contacts.caption->setText(tr("contact(s)", "", m_values[3]));
    m_today.title->setText(tr("Today’s agenda"));
    m_today.body->setText(tr("Nothing scheduled today."));
    m_tasks.title->setText(tr("Tasks due"));
    m_tasks.body->setText(tr("No task due today."));
    m_messages.title->setText(tr("Messages waiting"));
    m_messages.body->setText(tr("No message waiting to be handled."));
    fillInvoicing();
    m_hours.title->setText(tr("Hours worked"));
    m_week.value->setText(Duration::fromMinutes(m_time.minutesThisWeek).format(locale));
    m_week.caption->setText(tr("this week"));
    m_month.value->setText(Duration::fromMinutes(m_time.minutesThisMonth).format(locale));
    m_month.caption->setText(tr("this month"));
    m_packages.title->setText(tr("Packages"));
    m_packages.body->setText(tr("No package of hours is nearly used up this month."));
    fillPackages();
}

} // namespace Bureau

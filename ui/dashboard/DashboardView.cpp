// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardView.h"

#include "core/Clock.h"
#include "core/services/DashboardService.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Bureau
{

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
    retranslateUi();
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
    m_invoices.title->setText(tr("Overdue invoices"));
    m_invoices.body->setText(tr("No overdue invoice."));
}

} // namespace Bureau

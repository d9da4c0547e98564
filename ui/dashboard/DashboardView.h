// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/DashboardService.h"
#include "ui/widgets/ViewPage.h"

class QLabel;
class QGridLayout;
class QVBoxLayout;

namespace Bureau
{

class Clock;
class Database;

/** Today at a glance: the practice's figures and what needs attention. */
class DashboardView final : public ViewPage
{
    Q_OBJECT

public:
    DashboardView(Database& database, const Clock& clock, QWidget* parent = nullptr);

    /** Reads the figures again (after a change, here or in another process). */
    void refresh();

protected:
    void retranslateUi() override;

private:
    struct Card
    {
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
    };
    struct Panel
    {
        QLabel* title = nullptr;
        QLabel* body = nullptr;
    };
    Card addCard(QGridLayout* grid, int column);
    Panel addPanel(QGridLayout* grid, int row, int column);
    void fillPackages();
    void fillInvoicing();

    Database& m_db;
    const Clock& m_clock;
    QLabel* m_greeting = nullptr;
    Card m_active;
    Card m_prospects;
    Card m_paused;
    Card m_contacts;
    Panel m_today;
    Panel m_tasks;
    Panel m_messages;
    Panel m_invoices;
    Panel m_hours;
    Panel m_packages;
    /** The hours panel's two figures: this week, this month. */
    Card m_week;
    Card m_month;
    /** The invoices panel's two figures: outstanding, overdue (main currency); the franchise warning. */
    Card m_outstanding;
    Card m_overdue;
    QLabel* m_franchiseWarning = nullptr;
    DashboardService::Invoicing m_invoicing;
    /** One row (warning, bar) per package running low; rebuilt on refresh and language change. */
    QVBoxLayout* m_packageRows = nullptr;
    int m_values[4] = {0, 0, 0, 0};
    DashboardService::Time m_time;
};

} // namespace Bureau

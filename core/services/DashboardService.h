// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/VatRules.h"
#include "core/services/PackageUsage.h"
#include "core/services/PaymentService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Bureau
{

class Database;

/** The figures the dashboard shows, from SQL aggregates (the UI computes nothing). */
class DashboardService final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    struct Summary
    {
        int activeClients = 0;
        int prospects = 0;
        int pausedClients = 0;
        int contacts = 0;
    };

    /** The hours worked and the packages running out (issue 5). */
    struct Time
    {
        /** Minutes of the entries of the ISO week and of the month of `today` (the user's zone). */
        qint64 minutesThisWeek = 0;
        qint64 minutesThisMonth = 0;
        /** Package missions at 80 % or more this month, most used first (PackageUsage::alerts()). */
        QList<PackageUsage::Month> packageAlerts;
    };

    /** What clients owe and the VAT-franchise threshold (issue 6). */
    struct Invoicing
    {
        /** Outstanding on issued invoices and deposits per currency, by age (PaymentService::ageing). */
        QList<PaymentService::AgeingTotals> ageing;
        /** The currency with the most outstanding ("EUR" when nothing is). */
        QString mainCurrency = QStringLiteral("EUR");
        qint64 outstandingCents = 0;
        qint64 overdueCents = 0;
        /** The year's thresholds and receipts in France, and how near they are. */
        VatRules::FranchiseTurnover franchise;
        VatRules::ThresholdLevel thresholdLevel = VatRules::ThresholdLevel::Below;
        /** Whether the seller is under the franchise (the warning only concerns them). */
        bool underFranchise = true;
    };

    explicit DashboardService(Database& database);
    Result<Summary> summary() const;
    /** From the monthly rollup and the covering day index: a few index seeks, whatever the data's size. */
    Result<Time> time(QDate today) const;
    /** Outstanding and overdue amounts at @p today, and the franchise threshold of its year. */
    Result<Invoicing> invoicing(QDate today) const;

private:
    Database& m_db;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DashboardService.h"

#include "core/domain/LocalCalendar.h"
#include "core/services/RevenueReport.h"
#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Bureau
{

DashboardService::DashboardService(Database& database)
    : m_db(database)
{
}

Result<DashboardService::Summary> DashboardService::summary() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT coalesce(sum(status = 'active'), 0), coalesce(sum(status = 'prospect'), 0), "
            "coalesce(sum(status = 'paused'), 0), (SELECT count(*) FROM contacts) FROM clients WHERE archived = 0"))
        || !query.next())
        return Database::sqlError(tr("The dashboard figures cannot be read."), query.lastError());
    Summary summary;
    summary.activeClients = query.value(0).toInt();
    summary.prospects = query.value(1).toInt();
    summary.pausedClients = query.value(2).toInt();
    summary.contacts = query.value(3).toInt();
    return summary;
}

Result<DashboardService::Time> DashboardService::time(QDate today) const
{
    if (!today.isValid())
        return Error::make(Error::Kind::Invalid, tr("Choose a day."), QStringLiteral("invalid date"));
    const QString failure = tr("The hours worked cannot be read.");
    Time time;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The month from the rollup (its key leads the primary key); the week from the covering day index.
    query.prepare(QStringLiteral("SELECT (SELECT coalesce(sum(minutes), 0) FROM time_month_totals WHERE month = ?), "
                                 "(SELECT coalesce(sum(minutes), 0) FROM time_entries WHERE day BETWEEN ? AND ?)"));
    const QDate week = LocalCalendar::weekStart(today);
    query.addBindValue(LocalCalendar::monthKey(today));
    query.addBindValue(week.toString(Qt::ISODate));
    query.addBindValue(week.addDays(6).toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return Database::sqlError(failure, query.lastError());
    time.minutesThisMonth = query.value(0).toLongLong();
    time.minutesThisWeek = query.value(1).toLongLong();
    query.finish();
    auto alerts = PackageUsage(m_db).alerts(today);
    if (!alerts)
        return alerts.error();
    time.packageAlerts = alerts.value();
    return time;
}

Result<DashboardService::Invoicing> DashboardService::invoicing(QDate today) const
{
    if (!today.isValid())
        return Error::make(Error::Kind::Invalid, tr("Choose a day."), QStringLiteral("invalid date"));
    Invoicing money;
    auto ageing = PaymentService(m_db).ageing(today);
    if (!ageing)
        return ageing.error();
    money.ageing = ageing.value();
    const PaymentService::AgeingTotals* main = nullptr;
    for (const auto& totals : std::as_const(money.ageing)) {
        if (!main || totals.totalCents() > main->totalCents()
            || (totals.totalCents() == main->totalCents() && totals.currency == QLatin1String("EUR")))
            main = &totals;
    }
    if (main) {
        money.mainCurrency = main->currency;
        money.outstandingCents = main->totalCents();
        money.overdueCents = main->days0To30Cents + main->days31To60Cents + main->over60Cents;
    }
    auto franchise = RevenueReport(m_db).franchiseTurnover(today.year());
    if (!franchise)
        return franchise.error();
    money.franchise = franchise.value();
    money.thresholdLevel = VatRules::thresholdLevel(money.franchise);
    if (auto profile = ProfileRepository(m_db).load(); profile && profile->has_value())
        money.underFranchise = (*profile)->vatRegime == BusinessProfile::VatRegime::Franchise;
    return money;
}

} // namespace Bureau

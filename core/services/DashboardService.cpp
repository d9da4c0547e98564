// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DashboardService.h"

#include "core/storage/Database.h"

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

} // namespace Bureau

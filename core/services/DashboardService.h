// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

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

    explicit DashboardService(Database& database);
    Result<Summary> summary() const;

private:
    Database& m_db;
};

} // namespace Bureau

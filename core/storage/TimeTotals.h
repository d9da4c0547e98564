// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Bureau
{

class Database;

/**
 * The monthly rollups of time (`time_month_totals`, `time_month_client_totals`, migration 0006):
 * derived data the triggers keep in step with `time_entries`. Here is the one definition of what
 * they must hold, for whoever fills them in bulk (the demo generator) and for `bureau-cli check`.
 */
class TimeTotals final
{
    Q_DECLARE_TR_FUNCTIONS(TimeTotals)

public:
    /** Inside the caller's write transaction: empties both rollups and sums them again from the entries. */
    static Status rebuildInTransaction(Database& database);
    /**
     * The months ("2026-11") whose stored totals differ from what the entries sum to, in either
     * rollup, in order, at most @p limit. Empty when the rollups are right (or absent: an older schema).
     */
    static Result<QStringList> disagreeingMonths(Database& database, int limit = 12);
};

} // namespace Bureau

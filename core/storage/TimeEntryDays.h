// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace Bureau
{

class Database;
class LocalCalendar;

/**
 * Keeps the `day` of time entries true to the user's zone. An entry belongs to the local day of its
 * start (DESIGN.md, Time), stored so that reports can group a million entries in SQL; when the user
 * moves to another zone (the business profile's), every entry's day is taken again in the new one.
 */
class TimeEntryDays final
{
    Q_DECLARE_TR_FUNCTIONS(TimeEntryDays)

public:
    /**
     * Inside the caller's write transaction: sets each entry's day to the day of its start in
     * @p calendar's zone. One range update per local day that has entries (the triggers move the
     * monthly totals along); entries already right are not written, nor invoiced (locked) ones, which
     * keep the day they were invoiced under. Returns how many changed.
     */
    static Result<qint64> relocalizeInTransaction(Database& database, const LocalCalendar& calendar);
};

} // namespace Bureau

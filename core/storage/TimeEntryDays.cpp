// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TimeEntryDays.h"

#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Bureau
{

Result<qint64> TimeEntryDays::relocalizeInTransaction(Database& database, const LocalCalendar& calendar)
{
    if (!database.hasTable(QStringLiteral("time_entries")))
        return qint64(0);

    QSqlQuery range(database.connection());
    range.setForwardOnly(true);
    if (!range.exec(QStringLiteral("SELECT (SELECT min(started_at) FROM time_entries), (SELECT max(started_at) FROM time_entries)")) || !range.next())
        return Database::sqlError(tr("Could not read the time entries to move them to the new time zone."),
                                  range.lastError());
    if (range.value(0).isNull())
        return qint64(0);
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    range.finish();

    QSqlQuery update(database.connection());
    // Invoiced entries keep the day they were invoiced under: they never change (the lock trigger).
    update.prepare(QStringLiteral("UPDATE time_entries SET day = ? WHERE started_at >= ? AND started_at < ? "
                                  "AND day <> ? AND locked = 0"));
    qint64 changed = 0;
    for (QDate day = calendar.dayOf(first), end = calendar.dayOf(last); day <= end; day = day.addDays(1)) {
        const auto [from, to] = calendar.boundsMs(day, day);
        const QString iso = day.toString(Qt::ISODate);
        update.addBindValue(iso);
        update.addBindValue(from);
        update.addBindValue(to);
        update.addBindValue(iso);
        if (!update.exec())
            return Database::sqlError(tr("Could not move the time entries to the new time zone."),
                                      update.lastError());
        changed += update.numRowsAffected();
    }
    return changed;
}

} // namespace Bureau

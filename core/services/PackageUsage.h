// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Bureau
{

class Database;

/**
 * Missions billed as a monthly package of hours (issue 5): hours used against hours included in a
 * month (the user's zone: an entry counts in the month of its local start day), what remains, the
 * overage, and the warning levels at 80 % and 100 %. With overage "carried", the minutes beyond a
 * month's package are used first from the next month's, month after month from the mission's start.
 */
class PackageUsage final
{
    Q_DECLARE_TR_FUNCTIONS(PackageUsage)

public:
    enum class Level
    {
        Ok,
        /** At least 80 % used. */
        Near,
        /** Exactly all of it, or more (see overageMinutes). */
        Reached,
    };

    struct Month
    {
        qint64 missionId = 0;
        qint64 clientId = 0;
        QString missionTitle;
        QString clientName;
        /** First day of the month. */
        QDate month;
        qint64 includedMinutes = 0;
        /** Minutes of the mission's entries (billable or not) this month. */
        qint64 workedMinutes = 0;
        /** Overage of earlier months carried into this one (overage "carried" only). */
        qint64 carriedInMinutes = 0;
        /** worked + carried in. */
        qint64 usedMinutes = 0;
        /** max(0, included − used). */
        qint64 remainingMinutes = 0;
        /** max(0, used − included). */
        qint64 overageMinutes = 0;
        /** used / included, in percent (rounded down). */
        int percentUsed = 0;
        Level level = Level::Ok;
    };

    explicit PackageUsage(Database& database);

    /** One package mission's month. Invalid (Invalid error) for a mission that is not a package. */
    Result<Month> forMission(qint64 missionId, QDate anyDayOfMonth) const;
    /** Every active package mission's month at Near or Reached, most used first: the dashboard's warnings. */
    Result<QList<Month>> alerts(QDate anyDayOfMonth) const;
    /** Every active package mission's month (for the time view), by client then mission. */
    Result<QList<Month>> all(QDate anyDayOfMonth) const;

    /** A translated one-line warning: "Acme — Support package: 85 % of 10h00 used in November 2026." */
    static QString describe(const Month& month, const QLocale& locale);

private:
    Database& m_db;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace Bureau
{

class Database;

/**
 * A week of time (Monday to Sunday, the user's zone) as the timesheet shows it: one row per
 * client and mission (and billable flag) that has time that week, a column per day; totals per
 * row, per day, billable and non-billable. From SQL over the covering index `time_entries_by_day`.
 */
class Timesheet final
{
    Q_DECLARE_TR_FUNCTIONS(Timesheet)

public:
    struct Row
    {
        qint64 clientId = 0;
        QString clientName;
        /** 0 for time without a mission. */
        qint64 missionId = 0;
        QString missionTitle;
        bool billable = true;
        /** Minutes per day, Monday first. */
        std::array<qint64, 7> minutes{};
        /** Invoiced (locked) minutes per day: these cannot be reduced. */
        std::array<qint64, 7> lockedMinutes{};
        /** Whether the running timer is in that day's cell. */
        std::array<bool, 7> running{};
        qint64 total() const;
    };

    struct Week
    {
        /** The Monday. */
        QDate monday;
        /** By client name, then mission title ("no mission" first), billable before non-billable. */
        QList<Row> rows;
        std::array<qint64, 7> dayTotals{};
        qint64 billableMinutes = 0;
        qint64 nonBillableMinutes = 0;
        qint64 total() const { return billableMinutes + nonBillableMinutes; }
    };

    explicit Timesheet(Database& database);

    /** The week holding @p anyDay. */
    Result<Week> week(QDate anyDay) const;

private:
    Database& m_db;
};

} // namespace Bureau

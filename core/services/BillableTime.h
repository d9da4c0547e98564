// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Client.h" // RoundingRule
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Bureau
{

class Database;

/**
 * Turning time into billable quantities (DESIGN.md, Time): the client's rounding rule applied
 * only here — never to the stored entries — and the hourly rate (the mission's, else the client's,
 * else the profile's). Invoicing (issue 6) builds its lines from unbilledLines(); the time report
 * shows the same raw and rounded figures side by side.
 */
class BillableTime final
{
    Q_DECLARE_TR_FUNCTIONS(BillableTime)

public:
    /** How unbilled time is grouped into lines. */
    enum class Grouping
    {
        Mission,
        Task,
        Day,
    };

    /** One prospective invoice line. */
    struct Line
    {
        /** "Mission title", "Task title", a day, or "Other work" for entries without one. */
        QString label;
        qint64 missionId = 0;
        qint64 taskId = 0;
        QDate day;
        qint64 rawMinutes = 0;
        /** After the client's rule (per entry: each entry rounded, then summed; per line: the sum rounded). */
        qint64 roundedMinutes = 0;
        /** Hours with two decimals, in thousandths: Duration::toInvoiceQuantityThousandths() of roundedMinutes. */
        qint64 quantityThousandths = 0;
        /** The hourly rate; nullopt when no rate is set anywhere (the line then has no amount). */
        std::optional<Money> rate;
        /** round(quantity × rate), half away from zero; nullopt without a rate. */
        std::optional<Money> amount;
        QList<qint64> entryIds;
    };

    explicit BillableTime(Database& database);

    /** @p minutes rounded to the rule's step (up or to the nearest, a half step up); unchanged with no step. */
    static qint64 roundMinutes(qint64 minutes, const RoundingRule& rule);
    /** The rounded total of entries of these minutes, per the rule's scope. */
    static qint64 roundedTotal(const QList<qint64>& entryMinutes, const RoundingRule& rule);

    /**
     * The hourly rate of a client's work on a mission (0 for none): an hourly mission's rate, a
     * package mission's overage rate; else the client's rate; else the profile's. nullopt when none
     * is set. Fixed-fee missions have no hourly rate: nullopt.
     */
    Result<std::optional<Money>> hourlyRate(qint64 clientId, qint64 missionId) const;

    /**
     * The client's billable, finished entries not yet on any document whose local day is in
     * [first, last], grouped into lines, in order (missions/tasks by title, days by date).
     */
    Result<QList<Line>> unbilledLines(qint64 clientId, QDate first, QDate last, Grouping grouping) const;

private:
    Database& m_db;
};

} // namespace Bureau

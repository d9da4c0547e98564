// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"
#include "core/services/BillableTime.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Bureau
{

class Database;

/**
 * Invoice drafts made from work (issue 6):
 * - draftFromTime(): the client's unbilled billable time in a period, as lines grouped by mission,
 *   task or day (BillableTime::unbilledLines: the client's rounding, rates mission → client →
 *   profile), unit hour, VAT rate 20 % for a VAT-registered seller (0 under the franchise); the
 *   entries are attached to the draft in the same transaction (locked when it is issued, released
 *   when it is deleted). Refused when there is no unbilled time or a line has no rate anywhere.
 * - monthlyDrafts(): for each package or fixed-fee mission active during a month that has ended,
 *   one draft per mission and month, made once (`mission_billing_runs`): the package fee (or the
 *   fixed fee) as one line, plus, for a package whose overage is billed, the hours beyond the
 *   package (PackageUsage) at the overage rate; the mission's billable entries of the month are
 *   attached. Never issued: listed for the user to review.
 */
class InvoiceFromTime final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceFromTime)

public:
    explicit InvoiceFromTime(Database& database);

    Result<BillingDocument> draftFromTime(qint64 clientId, QDate first, QDate last, BillableTime::Grouping grouping);

    /**
     * Makes the drafts due for every month that ended on or before @p today (in the user's zone)
     * since the mission started, at most 12 months back, that were never made; returns the drafts
     * made now (none when they exist).
     */
    Result<QList<BillingDocument>> monthlyDrafts(QDate today);

    /** The drafts made by monthlyDrafts() that are still drafts: the "to review" list. */
    Result<QList<qint64>> draftsToReview() const;

private:
    Database& m_db;
};

} // namespace Bureau

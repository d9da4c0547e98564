// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchCase.h"
#include "ClientBench.h" // Progress

#include "core/Result.h"

#include <QList>
#include <QString>

namespace Bureau
{
class Clock;
}

namespace Bureau::Bench
{

/**
 * Invoicing (DESIGN.md, Performance budget; issue 6), on the large dataset's documents:
 * - `invoice_pdf_10_lines`: InvoiceDocument::toModel and the PDF of an issued 10-line invoice with
 *   two VAT rates, a disbursement and every mention, built from its snapshot in memory (≤ 15 ms);
 * - `invoice_issue_transaction`: InvoiceIssuer::issue of a fresh 10-line draft, a new one each run
 *   (the draft is stored untimed; ≤ 10 ms). It issues real invoices into the dataset, for a client
 *   of its own ("Bench: issue transaction"), and stores a complete profile when the dataset has none;
 * - `invoice_list_client`: DocumentRepository::list filtered on one client, the clients with the
 *   most documents in turn (≤ 50 ms);
 * - `invoice_list_search`: the same list searched by a piece of a client's name, then of a number (≤ 50 ms);
 * - `revenue_year_by_month`: RevenueReport::revenue over the last year with documents, by month (≤ 20 ms).
 * A dataset without documents is measured too (empty lists, an empty year), without failing.
 */
Result<QList<BenchCase>> measureInvoices(const QString& databasePath, const Clock& clock, int runs,
                                         const Progress& progress);

} // namespace Bureau::Bench

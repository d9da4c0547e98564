// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchCase.h"

#include "core/Result.h"

#include <QList>

namespace Bureau::Bench
{

/**
 * PDF rendering in process (DESIGN.md: "invoice PDF (10 lines) ≤ 15 ms"), through the document
 * renderer that invoices, reports and letters share. No database: the documents are built in
 * memory, as they are from an issued document's snapshot.
 *
 * Cases: `document_first_render` (one sample: the first render of the process, fonts loaded from
 * their files), `document_table_10_rows` (an invoice-like page: header, title, a 10-row table
 * with amounts, footer mentions; held to the invoice budget until the invoice renderer has its
 * own case) and `mission_letter` (a two-page letter of engagement).
 *
 * Needs a QGuiApplication (offscreen is enough): PDF text goes through Qt's font database.
 */
Result<QList<BenchCase>> measureDocuments(int runs);

} // namespace Bureau::Bench

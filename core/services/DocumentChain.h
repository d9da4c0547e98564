// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Bureau
{

class Database;

/**
 * One SHA-256 chain per numbering series (DESIGN.md): each numbered document stores
 * chain_hash = hex(SHA-256(chain_previous || canonical(document))), chain_previous being the
 * previous document's chain_hash in the series ('' for the first). canonical() is a versioned,
 * documented serialisation of every stored field that matters (kind, number, dates, client,
 * currency, rate, each line's fields, deductions, totals, VAT case, snapshot): a later schema change
 * adds a version and never alters how version 1 reads, so documents issued before it still verify.
 */
class DocumentChain final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentChain)

public:
    static constexpr int kCurrentVersion = 1;

    /** The canonical UTF-8 text of @p document under @p version; empty for an unknown version. */
    static QByteArray canonical(const BillingDocument& document, int version);
    /** hex(SHA-256(previousHash || canonical)). */
    static QString link(const QString& previousHash, const QByteArray& canonical);

    /**
     * Walks every series in issue order and reports, one translated line each: a document whose
     * hash does not match its content, a broken link, a head or length in `document_series` that
     * is not the last document's, a gap or a duplicate in a series' numbers for a year, a counter
     * behind its last number, an issued invoice or credit note without lines, and document
     * balances that disagree with the allocations and credit notes. Empty when all is sound.
     */
    static Result<QStringList> verify(Database& database);
};

} // namespace Bureau

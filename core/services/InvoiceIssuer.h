// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/VatRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Bureau
{

class Database;

/**
 * Issuing (DESIGN.md, Invoices under French law): one `BEGIN IMMEDIATE` transaction that
 *
 * 1. reads the draft, the profile and the client; refuses with VatRules' reason (incomplete
 *    profile, EU professional without VAT number, terms over 60 days for a professional, franchise
 *    past the higher threshold), or when the draft has no line, no service date or period, a
 *    foreign currency with VAT and no exchange rate, a credit note above what is left of its
 *    invoice, or a deduction of a deposit that is not the client's issued, undeducted deposit;
 * 2. takes the issue date in the user's zone (LocalCalendar) from the clock, and the due date
 *    (issue date + terms) unless the draft set one;
 * 3. fixes the totals (InvoiceTotals under the decided VAT case) and the snapshot
 *    (DocumentSnapshot::capture);
 * 4. takes the next number from the series' counter row for that year (year 0 without yearly
 *    reset), formats it with the series' pattern;
 * 5. appends the document to the series' SHA-256 chain (DocumentChain) and moves the series head;
 * 6. locks the time entries attached to the draft.
 *
 * Either all of it is stored or nothing is: a crash at any moment leaves a draft without a number
 * or an issued document with its lines, number, chain link and locked entries.
 */
class InvoiceIssuer final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceIssuer)

public:
    struct Outcome
    {
        BillingDocument document;
        /** A warning that did not stop issuing (franchise threshold near), translated; empty for none. */
        QString warning;
    };

    /** @p dataDir: where the logo is found for the snapshot. */
    InvoiceIssuer(Database& database, const QString& dataDir);

    /** Issues an invoice, deposit invoice or credit note draft; a quote draft is numbered and marked sent. */
    Result<Outcome> issue(qint64 draftId);

    /**
     * The VAT decision issuing @p document on @p issueDate makes: VatRules over the profile, the
     * client, the terms (the due date counts when it is later) and, under the franchise, this year's
     * turnover plus this document's amount due in euros — refused as well when that amount cannot be
     * counted (another currency without its rate). What the window shows before it asks to issue.
     */
    Result<VatRules::Decision> decide(const BillingDocument& document, QDate issueDate) const;

    /**
     * A draft credit note for an issued invoice or deposit: with every line of it (full) or, when
     * @p lines is given, those lines (partial; positive quantities and prices, as on the invoice).
     * Same client, currency, language, VAT rates; cites the invoice (source_document_id).
     */
    Result<BillingDocument> createCreditNote(qint64 invoiceId, const std::optional<QList<DocumentLine>>& lines = {});

    /** Marks a sent quote accepted and makes an invoice draft of its lines, in one transaction. */
    Result<BillingDocument> invoiceFromQuote(qint64 quoteId);

    /** A pattern's number: {YYYY} → 2026, {YY} → 26, {NNNN} → 0042 (wider numbers are not cut). */
    static QString formatNumber(const QString& pattern, int year, qint64 sequence);
    /** Invalid (translated) when @p pattern has no {N…} placeholder or makes numbers over 35 characters. */
    static Status validatePattern(const QString& pattern);

private:
    Database& m_db;
    QString m_dataDir;
};

} // namespace Bureau

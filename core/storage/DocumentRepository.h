// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Bureau
{

class Database;

/**
 * Quotes, invoices, deposit invoices and credit notes (tables `documents`, `document_lines`,
 * `document_deductions`, `document_series`; migration 0007).
 *
 * Only drafts are written here: addDraft(), updateDraft() and removeDraft() refuse a numbered
 * document (Conflict, "issued documents never change"), as the database's triggers do beneath
 * them. Lines are replaced as a whole on each save, in the same transaction, their nets and the
 * document's totals recomputed (InvoiceTotals, under the VAT case the rules decide for the client
 * now, Vat when they refuse). Removing a draft gives its time entries back (a trigger) and clears
 * its monthly-billing run. Issuing is InvoiceIssuer's.
 */
class DocumentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    /** One row of a list: enough for the invoices view, the CLI's list and the receivables. */
    struct Summary
    {
        qint64 id = 0;
        BillingDocument::Kind kind = BillingDocument::Kind::Invoice;
        BillingDocument::Status status = BillingDocument::Status::Draft;
        PaymentState paymentState = PaymentState::None;
        QString number;
        qint64 clientId = 0;
        QString clientName;
        QString title;
        QDate issueDate;
        QDate dueDate;
        QString currency;
        qint64 totalCents = 0;
        qint64 dueCents = 0;
        qint64 paidCents = 0;
        qint64 creditedCents = 0;
        /** dueCents − paid − credited (issued invoices and deposits; 0 otherwise). */
        qint64 outstandingCents = 0;
    };

    struct Filter
    {
        /** Empty: every kind. */
        QList<BillingDocument::Kind> kinds;
        /** 0: every client. */
        qint64 clientId = 0;
        /** Empty: any. Matches the stored status. */
        QList<BillingDocument::Status> statuses;
        /** Only unpaid/partially paid/overdue issued invoices and deposits. */
        bool outstandingOnly = false;
        /** Issue date range (drafts have none: excluded when either bound is set). */
        QDate from;
        QDate to;
        /** Case- and accent-insensitive, on the number and the client's name. */
        QString search;
    };

    explicit DocumentRepository(Database& database);

    /** Stores a new draft with its lines and deductions; returns it as stored (ids, nets, totals). */
    Result<BillingDocument> addDraft(const BillingDocument& draft);
    /** Replaces the stored draft of the same id (and all its lines). */
    Result<BillingDocument> updateDraft(const BillingDocument& draft);
    /** Deletes a draft and its lines; NotFound when absent, Conflict when issued. */
    Status removeDraft(qint64 id);
    /** The document with its lines (by position) and deductions (with the deposits' numbers). */
    Result<BillingDocument> find(qint64 id) const;
    /** By number within its series (invoices and deposits share one); NotFound when none. */
    Result<BillingDocument> findByNumber(const QString& number) const;

    /** Rows of @p filter, newest first (drafts first, then by issue date and id), at most @p limit. */
    Result<QList<Summary>> list(const Filter& filter, int limit = 500) const;
    Result<Summary> summary(qint64 id) const;

    /** Moves an issued document on: invoices issued → sent; quotes sent → accepted/refused/expired. */
    Status setStatus(qint64 id, BillingDocument::Status status);
    /** Records the archived PDF of an issued document once (relative path and SHA-256). */
    Status recordPdf(qint64 id, const QString& relativePath, const QString& sha256);

    /** The numbering pattern of a series and whether it restarts every year. */
    struct SeriesSettings
    {
        QString pattern;
        bool yearlyReset = true;
    };
    Result<SeriesSettings> seriesSettings(BillingDocument::Series series) const;
    /** Invalid when the pattern has no {N…} or gives numbers over 35 characters. */
    Status setSeriesSettings(BillingDocument::Series series, const SeriesSettings& settings);

    /** The client's issued deposit invoices not yet deducted from any invoice. */
    Result<QList<BillingDocument>> undeductedDeposits(qint64 clientId) const;

    // The same inside the caller's write transaction (Database::write does not nest).
    Result<BillingDocument> addDraftInTransaction(const BillingDocument& draft);
    Result<BillingDocument> updateDraftInTransaction(const BillingDocument& draft);
    Status removeDraftInTransaction(qint64 id);

private:
    Database& m_db;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/VatRules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QWidget;

namespace Bureau
{

struct AppContext;
class Database;

/**
 * What the invoices view and the editor do to a stored document, with the questions and errors
 * they show (MessageBox): issue, preview, export, open, print, mark sent, record a payment, credit
 * note, duplicate, delete a draft, answer a quote. Each returns whether it did something.
 */
class InvoiceActions final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceActions)

public:
    /** The data folder: the database file's folder. */
    static QString dataDir(const Database& database);

    /**
     * The VAT decision issuing @p document today would make (InvoiceIssuer::decide); refusal and
     * warning texts translated. An unreadable profile or client gives the default (VAT, no refusal):
     * issuing then says what is wrong.
     */
    static VatRules::Decision decide(Database& database, const BillingDocument& document);

    /**
     * Asks for confirmation (the number will be given and the document can no longer change;
     * VatRules' warning), refuses with VatRules' reason, issues, archives the PDF. True when issued.
     */
    static bool issue(AppContext& context, qint64 documentId, QWidget* parent);
    /**
     * Writes the PDF of @p documentId (drafts watermarked) to @p path, or to a temporary file opened
     * with the desktop's viewer when @p path is empty. Returns the path written, empty on failure.
     */
    static QString previewPdf(AppContext& context, qint64 documentId, QWidget* parent, const QString& path = {});
    /**
     * Asks where to save the PDF (the archived copy for an issued document); the receipts of its
     * disbursements are saved beside it (saveReceipts), to send with it.
     */
    static bool exportPdf(AppContext& context, qint64 documentId, QWidget* parent);
    /**
     * Copies the receipts of @p document's disbursements (each file once) beside @p pdfPath as
     * "<PDF name> – receipt N.<ext>"; returns the files written. A credit note has none to send.
     */
    static Result<QStringList> saveReceipts(Database& database, const BillingDocument& document,
                                            const QString& pdfPath);
    /** Writes the PDF to @p path: the archived file copied when there is one, else rendered. */
    static bool writePdf(AppContext& context, qint64 documentId, QWidget* parent, const QString& path);
    /** Opens the archived PDF of an issued document (archiving it first if needed). */
    static bool openPdf(AppContext& context, qint64 documentId, QWidget* parent);
    static bool print(AppContext& context, qint64 documentId, QWidget* parent);
    static bool markSent(AppContext& context, qint64 documentId, QWidget* parent);
    static bool recordPayment(AppContext& context, qint64 documentId, QWidget* parent);
    /** A full credit note draft for an issued invoice; returns its id (0 when none was made). */
    static qint64 createCreditNote(AppContext& context, qint64 invoiceId, QWidget* parent);
    /** A new draft with the same client and lines; returns its id. */
    static qint64 duplicate(AppContext& context, qint64 documentId, QWidget* parent);
    /** Asks, then deletes a draft. */
    static bool deleteDraft(AppContext& context, qint64 documentId, QWidget* parent);
    /** A sent quote accepted: an invoice draft of its lines; returns the draft's id. */
    static qint64 acceptQuote(AppContext& context, qint64 quoteId, QWidget* parent);
    static bool refuseQuote(AppContext& context, qint64 quoteId, QWidget* parent);
};

} // namespace Bureau

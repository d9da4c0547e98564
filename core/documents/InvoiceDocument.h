// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/documents/DocumentModel.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/DocumentSnapshot.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace Bureau
{

class Database;

/**
 * A quote, invoice, deposit invoice or credit note as a printed A4 document (DESIGN.md, Rendering;
 * issue 6 §7), in the document's language: logo and seller in the header of every page; seller and
 * client boxes (the client's SIREN for French professionals, both VAT numbers for EU ones);
 * number, issue date, service date or period, due date, purchase order; the lines table (header on
 * every page: description, quantity, unit, unit price, VAT rate, net); disbursements apart; the
 * discount; the VAT summary per rate; totals, deposits deducted (number and date), amount due
 * (and the VAT total in euros for another currency); payment details (IBAN, BIC, the number as
 * reference); the VAT mention of the case and every mention that applies; a credit note cites its
 * invoice's number and date. Every text is plain (DocumentModel): HTML typed anywhere prints as
 * typed. A draft carries the "DRAFT"/"BROUILLON" watermark and no number.
 */
class InvoiceDocument final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceDocument)

public:
    /**
     * The model of @p document printed with @p snapshot; @p dataDir locates the logo. For a credit
     * note, @p source is its invoice (number and date cited).
     */
    static DocumentModel toModel(const BillingDocument& document, const DocumentSnapshot& snapshot,
                                 const QString& dataDir, const BillingDocument* source = nullptr);

    /**
     * The PDF of a stored document: an issued one from its snapshot (same text and pages however
     * the profile or client changed since), a draft from the live profile and client, watermarked.
     */
    static Result<QByteArray> render(Database& database, qint64 documentId, const QString& dataDir);
    /** The same laid out on @p device (a QPrinter from the print dialog) at DocumentRenderer::kDpi. */
    static Status paint(Database& database, qint64 documentId, const QString& dataDir, QPagedPaintDevice& device);

    /**
     * Archives an issued document's PDF as `<dataDir>/archive/<year>/<series>/<number>.pdf` (characters
     * unsafe in a file name replaced), written with QSaveFile, and records its relative path and
     * SHA-256 (DocumentRepository::recordPdf). Already archived: returns the stored path untouched.
     * Returns the absolute path.
     */
    static Result<QString> archive(Database& database, qint64 documentId, const QString& dataDir);

    /** "Facture F2026-0001.pdf"-style file name offered when exporting, in the document's language. */
    static QString suggestedFileName(const BillingDocument& document);
};

} // namespace Bureau

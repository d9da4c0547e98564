// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h" // FieldError
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Bureau
{

/**
 * One line of a quote, invoice or credit note (table `document_lines`). Amounts are in the
 * document's currency, in cents; quantities in thousandths (time: hours with two decimals, so a
 * multiple of 10). netCents = round(quantity × unit price) then less the line's discount, both
 * half away from zero (InvoiceTotals::lineNet), kept up to date by the repository.
 */
struct DocumentLine
{
    enum class Kind
    {
        /** A priced service in the taxable base. */
        Service,
        /** Débours: a cost paid in the client's name, rebilled at cost outside the taxable base. */
        Disbursement,
    };
    enum class Unit
    {
        Hour,
        Day,
        Unit,
        Flat,
    };

    qint64 id = 0;
    Kind kind = Kind::Service;
    QString description;
    qint64 quantityThousandths = 1000;
    Unit unit = Unit::Unit;
    qint64 unitPriceCents = 0;
    /** 0, 210, 550, 1000 or 2000 (French rates); 0 for disbursements and VAT-free cases. */
    int vatBasisPoints = 0;
    /** 0–10000; always 0 for disbursements. */
    int discountBasisPoints = 0;
    /** Derived (see above); ignored on input. */
    qint64 netCents = 0;
    /** Where the line came from (0: none); information only. */
    qint64 missionId = 0;
    qint64 taskId = 0;
    /** A disbursement's receipt: one of the client's files (client_files.id), 0 for none. */
    qint64 receiptFileId = 0;

    friend bool operator==(const DocumentLine&, const DocumentLine&) = default;
};

/** A deposit invoice deducted from a final invoice: its total, in the document's currency. */
struct DocumentDeduction
{
    qint64 depositId = 0;
    qint64 amountCents = 0;
    /** Read back for printing: the deposit's number and issue date (empty/invalid on input). */
    QString depositNumber;
    QDate depositIssueDate;

    friend bool operator==(const DocumentDeduction&, const DocumentDeduction&) = default;
};

/**
 * A quote (devis), invoice, deposit invoice (facture d'acompte) or credit note (avoir): plain data
 * as stored in `documents` (DESIGN.md, Invoices under French law; migration 0007). A draft has no
 * number; issuing (InvoiceIssuer) numbers it, fixes its totals and snapshot, and from then on
 * nothing of it changes but its status.
 */
struct BillingDocument final
{
    Q_DECLARE_TR_FUNCTIONS(BillingDocument)

public:
    enum class Kind
    {
        Quote,
        Invoice,
        Deposit,
        CreditNote,
    };
    /** Stored status. Paid, partially paid and overdue are derived (see PaymentState). */
    enum class Status
    {
        Draft,
        Issued,
        Sent,
        Accepted,
        Refused,
        Expired,
    };
    /** What DESIGN.md's VAT decision table decided at issue. */
    enum class VatCase
    {
        /** French VAT at the lines' rates. */
        Vat,
        /** Franchise en base, art. 293 B CGI: no VAT. */
        Franchise,
        /** EU professional with a VAT number: autoliquidation, no VAT. */
        ReverseCharge,
        /** Professional outside the EU: art. 259-1 CGI, no VAT. */
        OutsideEu,
    };
    /** The numbering series: invoices and deposit invoices share one. */
    enum class Series
    {
        Invoice,
        CreditNote,
        Quote,
    };

    struct Field
    {
        static constexpr QLatin1String client{"client"};
        static constexpr QLatin1String currency{"currency"};
        static constexpr QLatin1String lines{"lines"};
        static constexpr QLatin1String servicePeriod{"servicePeriod"};
        static constexpr QLatin1String paymentTerms{"paymentTerms"};
        static constexpr QLatin1String dueDate{"dueDate"};
        static constexpr QLatin1String discount{"discount"};
        static constexpr QLatin1String exchangeRate{"exchangeRate"};
        static constexpr QLatin1String language{"language"};
    };

    qint64 id = 0;
    Kind kind = Kind::Invoice;
    qint64 clientId = 0;
    Status status = Status::Draft;
    /** Empty on drafts. */
    QString number;
    int numberYear = 0;
    qint64 sequence = 0;
    /** In the user's zone; invalid on drafts. */
    QDate issueDate;
    qint64 issuedAtMs = 0;
    /** A credit note's invoice; an invoice's accepted quote; 0 for none. */
    qint64 sourceDocumentId = 0;
    /** "fr" or "en": the client's language when created. */
    QString language = QStringLiteral("fr");
    QString currency = QStringLiteral("EUR");
    /** Euros per unit of currency, in millionths; 0 for none (EUR documents). */
    qint64 eurRateMicros = 0;
    /** Optional subject printed under the number ("Assistance administrative — novembre 2026"). */
    QString title;
    QString purchaseOrder;
    /** Date or period of service; invalid for none (a draft may lack it, issuing refuses). */
    QDate serviceFrom;
    QDate serviceTo;
    int paymentTermsDays = 30;
    /** Due date (quotes: valid until). Invalid on a draft: issue date + terms at issue. */
    QDate dueDate;
    int discountBasisPoints = 0;
    qint64 discountCents = 0;
    QString notes;
    QList<DocumentLine> lines;
    QList<DocumentDeduction> deductions;

    // Derived and stored (kept on drafts, fixed at issue): see InvoiceTotals.
    std::optional<VatCase> vatCase;
    qint64 netCents = 0;
    qint64 vatCents = 0;
    qint64 disbursementsCents = 0;
    qint64 totalCents = 0;
    qint64 deductedCents = 0;
    qint64 dueCents = 0;
    /** The VAT total in euros, for documents in another currency that charge VAT. */
    std::optional<qint64> vatEurCents;

    /** DocumentSnapshot JSON; empty on drafts. */
    QString snapshot;
    int canonicalVersion = 0;
    QString chainPrevious;
    QString chainHash;
    QString pdfPath;
    QString pdfSha256;
    qint64 sentAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const BillingDocument&, const BillingDocument&) = default;

    bool isDraft() const { return number.isEmpty(); }
    Series series() const { return seriesOf(kind); }
    /** Every problem that prevents saving this draft (lines without description, bad rates, …). */
    QList<FieldError> validate() const;

    static Series seriesOf(Kind kind);
    /** "quote", "invoice", "deposit", "credit_note", as stored and as the CLI prints them. */
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    /** "Quote", "Invoice", "Deposit invoice", "Credit note" in the interface language. */
    static QString kindText(Kind kind);
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusText(Status status);
    static QString vatCaseKey(VatCase vatCase);
    static std::optional<VatCase> vatCaseFromKey(const QString& key);
    static QString seriesKey(Series series);
    static std::optional<Series> seriesFromKey(const QString& key);
    static QString lineKindKey(DocumentLine::Kind kind);
    static std::optional<DocumentLine::Kind> lineKindFromKey(const QString& key);
    /** "hour", "day", "unit", "flat". */
    static QString unitKey(DocumentLine::Unit unit);
    static std::optional<DocumentLine::Unit> unitFromKey(const QString& key);
    /** The French VAT rates a line may carry: 2000, 1000, 550, 210 (and 0). */
    static bool isValidVatRate(int basisPoints);
};

/** How much of an issued invoice is paid (derived from document_balances and the due date). */
enum class PaymentState
{
    /** Drafts, quotes. */
    None,
    Unpaid,
    PartiallyPaid,
    Paid,
    /** Unpaid or partially paid past the due date. */
    Overdue,
};

} // namespace Bureau

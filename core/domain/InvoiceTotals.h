// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Bureau
{

/**
 * The totals of a document, reproducible to the cent from its stored lines (DESIGN.md; EN 16931):
 *
 * 1. each line's net = round(quantity × unit price), then less round(net × line discount), both
 *    half away from zero (lineNet);
 * 2. service lines are summed per VAT rate (the taxable base of each rate);
 * 3. a document-level discount comes off those bases: a percentage takes round(base × pct) from
 *    each rate's base; an amount is spread over the rates in proportion to their bases with
 *    Money::allocate (so the parts add up to the amount exactly); it never exceeds the services'
 *    total (refused: Invalid);
 * 4. VAT per rate = round(base × rate), half away from zero, on the discounted base; no VAT at all
 *    when the VAT case is not Vat (the rates are then reported with a zero VAT);
 * 5. net = Σ bases; vat = Σ VAT; disbursements = Σ disbursement lines (outside the base: no VAT,
 *    no discount); total = net + vat + disbursements; deducted = Σ deductions (deposit invoices'
 *    totals); due = total − deducted (never negative: refused);
 * 6. a document in another currency that charges VAT states its VAT in euros:
 *    round(vat × eurRateMicros / 1,000,000), half away from zero; required then (refused without).
 *
 * Overflow, a missing currency, a negative total or a deduction larger than the total are refused
 * with a translated error; nothing is guessed.
 */
class InvoiceTotals final
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceTotals)

public:
    struct RateLine
    {
        int vatBasisPoints = 0;
        qint64 baseCents = 0;
        qint64 vatCents = 0;

        friend bool operator==(const RateLine&, const RateLine&) = default;
    };

    struct Totals
    {
        /** One per rate present among service lines, highest rate first. */
        QList<RateLine> rates;
        /** Before the document discount: Σ service line nets. */
        qint64 servicesCents = 0;
        /** The document discount actually taken (percentage converted, or the amount). */
        qint64 discountCents = 0;
        qint64 netCents = 0;
        qint64 vatCents = 0;
        qint64 disbursementsCents = 0;
        qint64 totalCents = 0;
        qint64 deductedCents = 0;
        qint64 dueCents = 0;
        std::optional<qint64> vatEurCents;

        friend bool operator==(const Totals&, const Totals&) = default;
    };

    /** A line's net in cents (step 1), or why it cannot be computed (overflow). */
    static Result<qint64> lineNet(const DocumentLine& line, const QString& currency);

    /**
     * The totals of @p document's lines, discount and deductions under @p vatCase (for a draft:
     * the case the VAT rules decide now, or Vat when undecided, which is what lists show).
     */
    static Result<Totals> compute(const BillingDocument& document, BillingDocument::VatCase vatCase);

    /** @p document with its lines' nets and its derived totals filled in from compute(). */
    static Result<BillingDocument> withTotals(const BillingDocument& document, BillingDocument::VatCase vatCase);
};

} // namespace Bureau

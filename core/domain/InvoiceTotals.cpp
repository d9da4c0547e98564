// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/InvoiceTotals.h"

#include <functional>
#include <map>

namespace Bureau
{

namespace
{

bool isEuro(const QString& currency)
{
    return currency.compare(QLatin1String("EUR"), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<qint64> InvoiceTotals::lineNet(const DocumentLine& line, const QString& currency)
{
    if (!Money::isValidCurrencyCode(currency)) {
        return Error::make(Error::Kind::Invalid,
                           tr("The document has no valid currency: enter a three-letter code such as EUR."),
                           QStringLiteral("currency '%1'").arg(currency));
    }
    const Money price = Money::fromCents(line.unitPriceCents, currency);
    const auto gross = price.multipliedByThousandths(line.quantityThousandths);
    if (!gross)
        return gross.error();
    const auto discount = gross->percentage(line.discountBasisPoints);
    if (!discount)
        return discount.error();
    const auto net = gross->subtract(*discount);
    if (!net)
        return net.error();
    return net->cents();
}

Result<InvoiceTotals::Totals> InvoiceTotals::compute(const BillingDocument& document, BillingDocument::VatCase vatCase)
{
    const QString& currency = document.currency;
    if (!Money::isValidCurrencyCode(currency)) {
        return Error::make(Error::Kind::Invalid,
                           tr("The document has no valid currency: enter a three-letter code such as EUR."),
                           QStringLiteral("currency '%1'").arg(currency));
    }
    const auto tooLarge = [](const QString& detail) {
        return Error::make(Error::Kind::Invalid, tr("The document's amounts are too large to be computed."), detail);
    };

    // Step 1–2: line nets, service lines summed per rate (highest rate first), disbursements apart.
    std::map<int, qint64, std::greater<>> bases;
    Money services = Money::zero(currency);
    Money disbursements = Money::zero(currency);
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine& line = document.lines.at(i);
        const auto net = lineNet(line, currency);
        if (!net) {
            return Error::make(Error::Kind::Invalid,
                               tr("The amount of line %1 is too large to be computed.").arg(i + 1), net.error().detail);
        }
        const Money lineMoney = Money::fromCents(*net, currency);
        if (line.kind == DocumentLine::Kind::Disbursement) {
            const auto sum = disbursements.add(lineMoney);
            if (!sum)
                return tooLarge(sum.error().detail);
            disbursements = *sum;
            continue;
        }
        const auto sum = services.add(lineMoney);
        if (!sum)
            return tooLarge(sum.error().detail);
        services = *sum;
        const auto base = Money::fromCents(bases[line.vatBasisPoints], currency).add(lineMoney);
        if (!base)
            return tooLarge(base.error().detail);
        bases[line.vatBasisPoints] = base->cents();
    }

    Totals totals;
    totals.servicesCents = services.cents();
    for (const auto& [rate, base] : bases)
        totals.rates.append(RateLine{rate, base, 0});

    // Step 3: the document discount.
    if (document.discountBasisPoints < 0 || document.discountBasisPoints > 10000) {
        return Error::make(Error::Kind::Invalid, tr("The discount must be between 0% and 100%."),
                           QStringLiteral("discount %1 bp").arg(document.discountBasisPoints));
    }
    if (document.discountCents < 0) {
        return Error::make(Error::Kind::Invalid, tr("The discount cannot be a negative amount."),
                           QStringLiteral("discount %1 cents").arg(document.discountCents));
    }
    if (document.discountBasisPoints > 0 && document.discountCents > 0) {
        return Error::make(Error::Kind::Invalid,
                           tr("Give the discount either as a percentage or as an amount, not both."));
    }
    if (document.discountBasisPoints > 0) {
        qint64 taken = 0;
        for (RateLine& rate : totals.rates) {
            const auto part = Money::fromCents(rate.baseCents, currency).percentage(document.discountBasisPoints);
            if (!part)
                return tooLarge(part.error().detail);
            rate.baseCents -= part->cents(); // |part| ≤ |base|: no overflow
            taken += part->cents();          // Σ |part| ≤ Σ |base| = |services|: fits
        }
        totals.discountCents = taken;
    } else if (document.discountCents > 0) {
        if (document.discountCents > totals.servicesCents) {
            const QLocale locale;
            return Error::make(
                Error::Kind::Invalid,
                tr("The discount of %1 is larger than the services it applies to (%2): lower it.")
                    .arg(Money::fromCents(document.discountCents, currency).format(locale),
                         Money::fromCents(totals.servicesCents, currency).format(locale)),
                QStringLiteral("discount %1 > services %2").arg(document.discountCents).arg(totals.servicesCents));
        }
        QList<qint64> weights;
        for (const RateLine& rate : std::as_const(totals.rates))
            weights.append(rate.baseCents);
        const auto parts = Money::fromCents(document.discountCents, currency).allocate(weights);
        if (!parts) {
            return Error::make(Error::Kind::Invalid, tr("The discount cannot be spread over the document's VAT rates."),
                               parts.error().detail);
        }
        for (qsizetype i = 0; i < totals.rates.size(); ++i)
            totals.rates[i].baseCents -= parts->at(i).cents();
        totals.discountCents = document.discountCents;
    }

    // Step 4–5: VAT per rate on the discounted bases, then the sums.
    Money net = Money::zero(currency);
    Money vat = Money::zero(currency);
    for (RateLine& rate : totals.rates) {
        if (vatCase == BillingDocument::VatCase::Vat) {
            const auto rateVat = Money::fromCents(rate.baseCents, currency).percentage(rate.vatBasisPoints);
            if (!rateVat)
                return tooLarge(rateVat.error().detail);
            rate.vatCents = rateVat->cents();
        }
        const auto netSum = net.add(Money::fromCents(rate.baseCents, currency));
        const auto vatSum = vat.add(Money::fromCents(rate.vatCents, currency));
        if (!netSum)
            return tooLarge(netSum.error().detail);
        if (!vatSum)
            return tooLarge(vatSum.error().detail);
        net = *netSum;
        vat = *vatSum;
    }
    totals.netCents = net.cents();
    totals.vatCents = vat.cents();
    totals.disbursementsCents = disbursements.cents();
    const auto withVat = net.add(vat);
    if (!withVat)
        return tooLarge(withVat.error().detail);
    const auto total = withVat->add(disbursements);
    if (!total)
        return tooLarge(total.error().detail);
    if (total->isNegative()) {
        return Error::make(Error::Kind::Invalid,
                           tr("The document's total is negative: enter positive amounts, and issue a credit note to "
                              "correct an invoice."),
                           QStringLiteral("total %1").arg(total->cents()));
    }
    totals.totalCents = total->cents();

    Money deducted = Money::zero(currency);
    for (const DocumentDeduction& deduction : document.deductions) {
        if (deduction.amountCents <= 0) {
            return Error::make(
                Error::Kind::Invalid, tr("A deducted deposit must have a positive amount."),
                QStringLiteral("deduction of deposit %1: %2").arg(deduction.depositId).arg(deduction.amountCents));
        }
        const auto sum = deducted.add(Money::fromCents(deduction.amountCents, currency));
        if (!sum)
            return tooLarge(sum.error().detail);
        deducted = *sum;
    }
    if (deducted.cents() > totals.totalCents) {
        const QLocale locale;
        return Error::make(Error::Kind::Invalid,
                           tr("The deposits deducted (%1) exceed the document's total (%2): remove a deposit or add "
                              "the missing lines.")
                               .arg(deducted.format(locale), total->format(locale)),
                           QStringLiteral("deducted %1 > total %2").arg(deducted.cents()).arg(totals.totalCents));
    }
    totals.deductedCents = deducted.cents();
    totals.dueCents = totals.totalCents - totals.deductedCents;

    // Step 6: the VAT in euros for a document in another currency.
    if (!isEuro(currency) && totals.vatCents > 0) {
        if (document.eurRateMicros <= 0) {
            return Error::make(Error::Kind::Invalid,
                               tr("Enter the exchange rate from %1 to euros: a document in another currency that "
                                  "charges VAT must state its VAT in euros.")
                                   .arg(currency.toUpper()),
                               QStringLiteral("eur_rate_micros %1").arg(document.eurRateMicros));
        }
        const auto euros = vat.multipliedByRatio(document.eurRateMicros, 1000000);
        if (!euros)
            return tooLarge(euros.error().detail);
        totals.vatEurCents = euros->cents();
    }
    return totals;
}

Result<BillingDocument> InvoiceTotals::withTotals(const BillingDocument& document, BillingDocument::VatCase vatCase)
{
    const auto totals = compute(document, vatCase);
    if (!totals)
        return totals.error();
    BillingDocument result = document;
    for (DocumentLine& line : result.lines) {
        const auto net = lineNet(line, result.currency);
        if (!net)
            return net.error(); // compute() succeeded, so this does not happen
        line.netCents = *net;
    }
    result.vatCase = vatCase;
    result.netCents = totals->netCents;
    result.vatCents = totals->vatCents;
    result.disbursementsCents = totals->disbursementsCents;
    result.totalCents = totals->totalCents;
    result.deductedCents = totals->deductedCents;
    result.dueCents = totals->dueCents;
    result.vatEurCents = totals->vatEurCents;
    return result;
}

} // namespace Bureau

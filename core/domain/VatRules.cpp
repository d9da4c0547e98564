// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/VatRules.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <limits>

namespace Bureau
{

namespace
{

/** ISO 3166 alpha-2 codes of the 27 member states of the European Union (Greece is GR, not EL). */
constexpr std::array<const char*, 27> kEuCountries{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
                                                   "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
                                                   "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};

QString normalizedCountry(const QString& country)
{
    const QString code = country.trimmed().toUpper();
    return code.isEmpty() ? QStringLiteral("FR") : code;
}

/** France for VAT: France and Monaco (art. 7 of the Franco-Monegasque convention). */
bool isFrance(const QString& country)
{
    const QString code = normalizedCountry(country);
    return code == QLatin1String("FR") || code == QLatin1String("MC");
}

QString euros(qint64 cents)
{
    return Money::fromCents(cents, QStringLiteral("EUR")).format(QLocale());
}

qint64 saturatedSum(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

/** ceil(80 % of @p cents) without overflow: the amount from which the threshold is "near". */
qint64 eightyPercent(qint64 cents)
{
    return cents / 5 * 4 + ((cents % 5) * 4 + 4) / 5;
}

} // namespace

bool VatRules::isEuCountry(const QString& countryCode)
{
    const QString code = countryCode.trimmed().toUpper();
    if (code == QLatin1String("MC"))
        return true; // Monaco is France for VAT
    return std::any_of(kEuCountries.begin(), kEuCountries.end(),
                       [&code](const char* eu) { return code == QLatin1String(eu); });
}

bool VatRules::isTaxableInFrance(const Client& client)
{
    return !client.professional || isFrance(client.country);
}

VatRules::ThresholdLevel VatRules::thresholdLevel(const FranchiseTurnover& turnover, qint64 addedEurCents)
{
    const qint64 total = saturatedSum(turnover.receivedEurCents, std::max<qint64>(addedEurCents, 0));
    // Thresholds of 0 are unknown (none stored for the year): nothing to compare with.
    if (turnover.higherCents > 0 && total > turnover.higherCents)
        return ThresholdLevel::PastHigher;
    if (turnover.baseCents > 0 && total > turnover.baseCents)
        return ThresholdLevel::PastBase;
    if (turnover.baseCents > 0 && total >= eightyPercent(turnover.baseCents))
        return ThresholdLevel::NearBase;
    return ThresholdLevel::Below;
}

VatRules::Decision VatRules::decide(const BusinessProfile& seller, const Client& client, int paymentTermsDays,
                                    const FranchiseTurnover& turnover, qint64 totalEurCents)
{
    using VatCase = BillingDocument::VatCase;
    Decision decision;
    const auto refuse = [&decision](const QString& reason) {
        if (decision.refusal.isEmpty())
            decision.refusal = reason;
    };

    // The seller's identity, which every document prints.
    const QStringList missing = seller.missingForInvoices();
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString& field : missing)
            labels.append(BusinessProfile::fieldLabel(field));
        refuse(tr("Your business profile lacks what every invoice must print (%1): complete it before issuing.")
                   .arg(QLocale().createSeparatedList(labels)));
    } else if (const QList<FieldError> errors = seller.validate(); !errors.isEmpty()) {
        refuse(tr("Correct your business profile before issuing: %1").arg(errors.first().message));
    }

    // DESIGN.md's decision table, in its order: the place of supply first, then the seller's regime.
    const QString country = normalizedCountry(client.country);
    if (client.professional && !isFrance(country) && isEuCountry(country)) {
        decision.vatCase = VatCase::ReverseCharge;
        if (client.vatNumber.trimmed().isEmpty()) {
            refuse(tr("Enter the client's intra-EU VAT number before issuing: an invoice to a business in another EU "
                      "country is reverse-charged and must print both VAT numbers."));
        } else if (seller.vatNumber.trimmed().isEmpty()) {
            refuse(tr("Enter your own intra-EU VAT number in your business profile before issuing: an invoice to a "
                      "business in another EU country is reverse-charged and must print both VAT numbers (under the "
                      "franchise too, ask your tax office for one)."));
        }
    } else if (client.professional && !isFrance(country)) {
        decision.vatCase = VatCase::OutsideEu;
    } else {
        decision.vatCase =
            seller.vatRegime == BusinessProfile::VatRegime::Franchise ? VatCase::Franchise : VatCase::Vat;
    }

    if (client.professional && paymentTermsDays > BusinessProfile::kMaxPaymentTermsDays) {
        refuse(tr("Payment terms of %1 days are not allowed for a professional client: the law sets at most 60 days "
                  "(art. L441-10 of the French Commercial Code). Shorten the payment terms before issuing.")
                   .arg(paymentTermsDays));
    }

    if (decision.vatCase == VatCase::Franchise && !franchiseOpenThisYear(turnover)) {
        // Ended on 1 January by the past years (art. 293 B I of the CGI).
        if (turnover.previousYearEurCents > turnover.higherCents) {
            // The franchise ended in that year, on the day the higher threshold was passed.
            refuse(tr("Your turnover in France in %1 (%2) passed the higher VAT franchise threshold (%3): the franchise "
                      "ended that year, on the day the threshold was passed, and VAT is due on what you invoiced "
                      "since. Switch your business profile to charging VAT, then issue the document with VAT; see "
                      "your accountant about the invoices issued without VAT after that day.")
                       .arg(turnover.year - 1)
                       .arg(euros(turnover.previousYearEurCents), euros(turnover.higherCents)));
        } else {
            refuse(tr("Your turnover in France passed the VAT franchise threshold (%1) two years running (%2 in %3, "
                      "%4 in %5): the franchise ended on 1 January %6. Switch your business profile to charging VAT, "
                      "then issue the document with VAT.")
                       .arg(euros(turnover.baseCents), euros(turnover.yearBeforeEurCents))
                       .arg(turnover.year - 2)
                       .arg(euros(turnover.previousYearEurCents))
                       .arg(turnover.year - 1)
                       .arg(turnover.year));
        }
    } else if (decision.vatCase == VatCase::Franchise) {
        const qint64 total = saturatedSum(turnover.receivedEurCents, std::max<qint64>(totalEurCents, 0));
        switch (thresholdLevel(turnover, totalEurCents)) {
        case ThresholdLevel::PastHigher:
            refuse(tr("With this document your turnover in France this year (%1) passes the higher VAT franchise "
                      "threshold (%2): the franchise no longer applies. Switch your business profile to charging VAT, "
                      "then issue the document with VAT.")
                       .arg(euros(total), euros(turnover.higherCents)));
            break;
        case ThresholdLevel::PastBase:
            // A second year past the base threshold ends the franchise next year; a first one does not.
            decision.warning =
                turnover.previousYearEurCents > turnover.baseCents
                    ? tr("With this document your turnover in France this year (%1) passes the VAT franchise threshold "
                         "(%2) for the second year running: you will charge VAT from 1 January next year, and from "
                         "the day the higher threshold (%3) is passed.")
                          .arg(euros(total), euros(turnover.baseCents), euros(turnover.higherCents))
                    : tr("With this document your turnover in France this year (%1) passes the VAT franchise threshold "
                         "(%2): you keep the franchise next year as long as this year stays under the higher threshold "
                         "(%3), and a second year past %2 would end it the year after. Passing %3 ends it at once.")
                          .arg(euros(total), euros(turnover.baseCents), euros(turnover.higherCents));
            break;
        case ThresholdLevel::NearBase:
            decision.warning = tr("With this document your turnover in France this year (%1) reaches 80% of the VAT "
                                  "franchise threshold (%2).")
                                   .arg(euros(total), euros(turnover.baseCents));
            break;
        case ThresholdLevel::Below:
            break;
        }
    }
    return decision;
}

bool VatRules::franchiseOpenThisYear(const FranchiseTurnover& turnover)
{
    // No thresholds known for the year: nothing to hold the past years against (as thresholdLevel).
    if (turnover.baseCents <= 0)
        return true;
    return turnover.previousYearEurCents <= turnover.baseCents
           || (turnover.previousYearEurCents <= turnover.higherCents
               && turnover.yearBeforeEurCents <= turnover.baseCents);
}

} // namespace Bureau

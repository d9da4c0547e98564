// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/BusinessProfile.h"
#include "core/domain/Client.h"

#include <QCoreApplication>
#include <QString>

namespace Bureau
{

/**
 * DESIGN.md's VAT decision table, in its order (the franchise does not override the place-of-supply
 * rules), and the other refusals issuing applies:
 *
 * | client                                              | case                                     |
 * | professional in another EU country, VAT number      | ReverseCharge (the seller needs an intra-EU VAT number, else refused) |
 * | professional in another EU country, no VAT number   | refused until the number is entered       |
 * | professional outside the EU                         | OutsideEu                                 |
 * | anyone in France, a private person anywhere         | Franchise or Vat per the seller's regime  |
 *
 * Under the franchise, issuing is refused when the year's turnover in France (euros received, see
 * FranchiseTurnover) plus this document passes the higher threshold, or when the past years ended
 * the franchise on 1 January (art. 293 B I of the CGI: it applies in a year when the previous year's
 * turnover stayed under the base threshold, or under the higher one with the year before under the
 * base one); a warning is given from 80 % of the base one. For a professional client, payment terms
 * beyond 60 days are refused.
 */
class VatRules final
{
    Q_DECLARE_TR_FUNCTIONS(VatRules)

public:
    /** The franchise thresholds of a year and the turnover in France so far (euros, cents). */
    struct FranchiseTurnover
    {
        int year = 0;
        qint64 baseCents = 0;
        qint64 higherCents = 0;
        /** Euros received this calendar year from operations taxable in France. */
        qint64 receivedEurCents = 0;
        /** The same in the previous calendar year, and in the year before it (0 before Bureau was used). */
        qint64 previousYearEurCents = 0;
        qint64 yearBeforeEurCents = 0;
    };

    enum class ThresholdLevel
    {
        Below,
        /** At or past 80 % of the base threshold: warn. */
        NearBase,
        /** Past the base threshold, under the higher one: warn (a second such year ends the franchise). */
        PastBase,
        /** Past the higher threshold: the franchise is lost, issuing under it is refused. */
        PastHigher,
    };

    struct Decision
    {
        BillingDocument::VatCase vatCase = BillingDocument::VatCase::Vat;
        /** Non-empty when issuing must be refused: a translated sentence saying why and what to do. */
        QString refusal;
        /** Non-empty for a warning that does not stop issuing (threshold near). */
        QString warning;
    };

    /** ISO 3166 alpha-2 codes of the 27 EU member states (FR included; Monaco counts as France). */
    static bool isEuCountry(const QString& countryCode);
    /** Whether an operation for @p client is taxable in France (France, or a private person anywhere). */
    static bool isTaxableInFrance(const Client& client);

    /**
     * The VAT case for a document of @p totalEurCents (its total in euros, 0 when unknown) issued by
     * @p seller to @p client, and any refusal or warning. Refusals, in this order: the seller's
     * profile incomplete (naming the missing fields); EU professional without a VAT number; reverse
     * charge for a seller without an intra-EU VAT number; payment terms over 60 days for a
     * professional; the franchise ended on 1 January by the past years' turnover, or past the higher
     * threshold this year.
     */
    static Decision decide(const BusinessProfile& seller, const Client& client, int paymentTermsDays,
                           const FranchiseTurnover& turnover, qint64 totalEurCents);

    static ThresholdLevel thresholdLevel(const FranchiseTurnover& turnover, qint64 addedEurCents = 0);
    /**
     * Whether the past two years leave the franchise open this year: the previous year at most at
     * the base threshold, or at most at the higher one with the year before at most at the base one.
     */
    static bool franchiseOpenThisYear(const FranchiseTurnover& turnover);
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
// Invoice totals (DESIGN.md, Invoices under French law; EN 16931): line nets rounded half away from
// zero, VAT per rate on the sum of nets, document discounts, débours, deposits deducted, VAT in
// euros for foreign currencies. Every expected value is computed by hand in the comment beside it.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/domain/InvoiceTotals.h"

#include <limits>

using namespace Bureau;
using namespace Bureau::Test::Invoicing;

namespace
{

using VatCase = BillingDocument::VatCase;
using RateLine = InvoiceTotals::RateLine;

qint64 net(const DocumentLine& line, const QString& currency = QStringLiteral("EUR"))
{
    const auto result = InvoiceTotals::lineNet(line, currency);
    BUREAU_REQUIRE_OK(result);
    return *result;
}

DocumentLine discounted(DocumentLine line, int basisPoints)
{
    line.discountBasisPoints = basisPoints;
    return line;
}

InvoiceTotals::Totals totalsOf(const BillingDocument& document, VatCase vatCase = VatCase::Vat)
{
    const auto totals = InvoiceTotals::compute(document, vatCase);
    BUREAU_REQUIRE_OK(totals);
    return *totals;
}

/** Four rates together: 20 % on three lines of 10.02, 10 % on 1.25 h, 5.5 % and 2.1 %. */
QList<DocumentLine> fourRates()
{
    return {
        service(QStringLiteral("Saisie A"), 1000, 1002, 2000),
        service(QStringLiteral("Saisie B"), 1000, 1002, 2000),
        service(QStringLiteral("Saisie C"), 1000, 1002, 2000),
        service(QStringLiteral("Assistance"), 1250, 4750, 1000, DocumentLine::Unit::Hour),
        service(QStringLiteral("Livret"), 1000, 1234, 550),
        service(QStringLiteral("Abonnement"), 2000, 555, 210),
    };
}

} // namespace

TEST_CASE("InvoiceTotals rounds line nets half away from zero", "[invoicetotals]")
{
    // 0.333 × 0.15 € = 4.995 cents → 5
    CHECK(net(service(QStringLiteral("a"), 333, 15)) == 5);
    // 1.005 × 1.00 € = 100.5 cents → 101 (a half goes up)
    CHECK(net(service(QStringLiteral("b"), 1005, 100)) == 101);
    // 1.004 × 1.00 € = 100.4 cents → 100
    CHECK(net(service(QStringLiteral("c"), 1004, 100)) == 100);
    // 1.25 h × 47.50 € = 59.375 € = 5937.5 cents → 5938
    CHECK(net(service(QStringLiteral("d"), 1250, 4750, 0, DocumentLine::Unit::Hour)) == 5938);
    // 1.5 × 0.01 € = 1.5 cents → 2
    CHECK(net(service(QStringLiteral("e"), 1500, 1)) == 2);
    // 0.5 × 0.01 € = 0.5 cent → 1
    CHECK(net(service(QStringLiteral("f"), 500, 1)) == 1);
}

TEST_CASE("InvoiceTotals takes a line discount off the rounded net", "[invoicetotals]")
{
    // 1.25 h × 47.50 € = 5938 cents; 10 % of 5938 = 593.8 → 594; 5938 − 594 = 5344
    CHECK(net(discounted(service(QStringLiteral("a"), 1250, 4750, 2000), 1000)) == 5344);
    // 1 × 0.05 € = 5 cents; 10 % of 5 = 0.5 → 1 (half away from zero); 5 − 1 = 4
    CHECK(net(discounted(service(QStringLiteral("b"), 1000, 5), 1000)) == 4);
    // 100 % off: 2 × 30.00 € = 6000; 6000 − 6000 = 0
    CHECK(net(discounted(service(QStringLiteral("c"), 2000, 3000), 10000)) == 0);
}

TEST_CASE("InvoiceTotals computes VAT per rate on the sum of nets", "[invoicetotals]")
{
    BillingDocument document = draft(1, fourRates());
    const InvoiceTotals::Totals totals = totalsOf(document);

    // 20 %: 3 × 10.02 = 3006, VAT 601.2 → 601
    // 10 %: 1.25 × 47.50 = 5937.5 → 5938, VAT 593.8 → 594
    // 5.5 %: 1234, VAT 67.87 → 68
    // 2.1 %: 2 × 5.55 = 1110, VAT 23.31 → 23
    const QList<RateLine> expected{{2000, 3006, 601}, {1000, 5938, 594}, {550, 1234, 68}, {210, 1110, 23}};
    CHECK(totals.rates == expected);
    CHECK(totals.servicesCents == 11288); // 3006 + 5938 + 1234 + 1110
    CHECK(totals.discountCents == 0);
    CHECK(totals.netCents == 11288);
    CHECK(totals.vatCents == 1286); // 601 + 594 + 68 + 23
    CHECK(totals.disbursementsCents == 0);
    CHECK(totals.totalCents == 12574); // 11288 + 1286
    CHECK(totals.deductedCents == 0);
    CHECK(totals.dueCents == 12574);
    CHECK_FALSE(totals.vatEurCents.has_value());

    // Per line, the 20 % lines would give 3 × round(200.4) = 600, not 601: the per-rate sum is the rule.
    qint64 perLineVat = 0;
    for (const DocumentLine& line : std::as_const(document.lines)) {
        const auto lineVat = Money::fromCents(net(line), QStringLiteral("EUR")).percentage(line.vatBasisPoints);
        BUREAU_REQUIRE_OK(lineVat);
        perLineVat += lineVat->cents();
    }
    CHECK(perLineVat == 1285); // 600 + 594 + 68 + 23
    CHECK(perLineVat != totals.vatCents);
}

TEST_CASE("InvoiceTotals rounds the VAT of each rate half away from zero", "[invoicetotals]")
{
    BillingDocument document = draft(1, {
                                            service(QStringLiteral("a"), 1000, 100, 550),
                                            service(QStringLiteral("b"), 1000, 5, 1000),
                                            service(QStringLiteral("c"), 1000, 500, 210),
                                        });
    const InvoiceTotals::Totals totals = totalsOf(document);
    // 5.5 % of 100 = 5.5 → 6; 10 % of 5 = 0.5 → 1; 2.1 % of 500 = 10.5 → 11
    const QList<RateLine> expected{{1000, 5, 1}, {550, 100, 6}, {210, 500, 11}};
    CHECK(totals.rates == expected);
    CHECK(totals.vatCents == 18);    // 1 + 6 + 11
    CHECK(totals.totalCents == 623); // 605 + 18
}

TEST_CASE("InvoiceTotals takes a percentage discount off each rate's base", "[invoicetotals]")
{
    BillingDocument document = draft(1, fourRates());
    document.discountBasisPoints = 1000; // 10 %
    const InvoiceTotals::Totals totals = totalsOf(document);

    // 20 %: 3006 − round(300.6)=301 → 2705, VAT 541
    // 10 %: 5938 − round(593.8)=594 → 5344, VAT 534.4 → 534
    // 5.5 %: 1234 − round(123.4)=123 → 1111, VAT 61.105 → 61
    // 2.1 %: 1110 − 111 → 999, VAT 20.979 → 21
    const QList<RateLine> expected{{2000, 2705, 541}, {1000, 5344, 534}, {550, 1111, 61}, {210, 999, 21}};
    CHECK(totals.rates == expected);
    CHECK(totals.servicesCents == 11288);
    CHECK(totals.discountCents == 1129); // 301 + 594 + 123 + 111
    CHECK(totals.netCents == 10159);     // 11288 − 1129
    CHECK(totals.vatCents == 1157);      // 541 + 534 + 61 + 21
    CHECK(totals.totalCents == 11316);   // 10159 + 1157
}

TEST_CASE("InvoiceTotals spreads a discount amount over the rates with the remainder to the largest share",
          "[invoicetotals]")
{
    BillingDocument document = draft(1, {
                                            service(QStringLiteral("a"), 1000, 1000, 2000),
                                            service(QStringLiteral("b"), 1000, 2000, 1000),
                                        });
    document.discountCents = 100;
    const InvoiceTotals::Totals totals = totalsOf(document);
    // 100 × 1000/3000 = 33.33 → 33; 100 × 2000/3000 = 66.67 → 66; the cent left goes to the larger
    // remainder (0.67, the 10 % rate): 33 + 67 = 100.
    // 20 %: 1000 − 33 = 967, VAT 193.4 → 193; 10 %: 2000 − 67 = 1933, VAT 193.3 → 193
    const QList<RateLine> expected{{2000, 967, 193}, {1000, 1933, 193}};
    CHECK(totals.rates == expected);
    CHECK(totals.discountCents == 100);
    CHECK(totals.netCents == 2900);
    CHECK(totals.vatCents == 386);
    CHECK(totals.totalCents == 3286);

    SECTION("the remainder follows the remainders not the order")
    {
        document.lines = {
            service(QStringLiteral("a"), 1000, 2000, 2000),
            service(QStringLiteral("b"), 1000, 1000, 1000),
        };
        const InvoiceTotals::Totals swapped = totalsOf(document);
        // 66.67 → 66 (+1 for the larger remainder) = 67 off the 20 % base; 33 off the 10 % base.
        // 20 %: 1933, VAT 386.6 → 387; 10 %: 967, VAT 96.7 → 97
        const QList<RateLine> swappedExpected{{2000, 1933, 387}, {1000, 967, 97}};
        CHECK(swapped.rates == swappedExpected);
        CHECK(swapped.totalCents == 3384); // 2900 + 484
    }
}

TEST_CASE("InvoiceTotals refuses a discount larger than the services or given twice", "[invoicetotals]")
{
    BillingDocument document = draft(1, {
                                            service(QStringLiteral("a"), 1000, 1000, 2000),
                                            service(QStringLiteral("b"), 1000, 2000, 1000),
                                            disbursement(QStringLiteral("Timbres"), 5000),
                                        });
    // The whole of the services may go: 3000 off 3000.
    document.discountCents = 3000;
    const InvoiceTotals::Totals all = totalsOf(document);
    CHECK(all.netCents == 0);
    CHECK(all.vatCents == 0);
    CHECK(all.totalCents == 5000); // only the disbursement remains: the discount does not touch it

    // One cent more than the services is refused, although the disbursement would cover it.
    document.discountCents = 3001;
    const auto tooMuch = InvoiceTotals::compute(document, VatCase::Vat);
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().kind == Error::Kind::Invalid);

    document.discountCents = 100;
    document.discountBasisPoints = 1000;
    const auto both = InvoiceTotals::compute(document, VatCase::Vat);
    REQUIRE_FALSE(both.ok());
    CHECK(both.error().kind == Error::Kind::Invalid);
}

TEST_CASE("InvoiceTotals keeps disbursements outside the taxable base", "[invoicetotals]")
{
    BillingDocument document = draft(1, {
                                            service(QStringLiteral("Gestion"), 1000, 10000, 2000),
                                            disbursement(QStringLiteral("Frais postaux"), 5000),
                                        });
    document.discountBasisPoints = 1000;
    const InvoiceTotals::Totals totals = totalsOf(document);
    // 10000 − 10 % = 9000 at 20 %: VAT 1800; the 5000 of débours take neither discount nor VAT.
    const QList<RateLine> expected{{2000, 9000, 1800}};
    CHECK(totals.rates == expected);
    CHECK(totals.servicesCents == 10000);
    CHECK(totals.discountCents == 1000);
    CHECK(totals.netCents == 9000);
    CHECK(totals.vatCents == 1800);
    CHECK(totals.disbursementsCents == 5000);
    CHECK(totals.totalCents == 15800); // 9000 + 1800 + 5000
}

TEST_CASE("InvoiceTotals deducts deposits and refuses a deduction beyond the total", "[invoicetotals]")
{
    BillingDocument document = draft(1, {service(QStringLiteral("Mission"), 1000, 100000, 2000)});
    // 1000.00 € + 20 % = 1200.00 €; a 30 % deposit of 360.00 € leaves 840.00 € due.
    document.deductions = {DocumentDeduction{7, 36000, {}, {}}};
    InvoiceTotals::Totals totals = totalsOf(document);
    CHECK(totals.totalCents == 120000);
    CHECK(totals.deductedCents == 36000);
    CHECK(totals.dueCents == 84000);

    // Two deposits adding up to the total: nothing due.
    document.deductions = {DocumentDeduction{7, 36000, {}, {}}, DocumentDeduction{8, 84000, {}, {}}};
    totals = totalsOf(document);
    CHECK(totals.deductedCents == 120000);
    CHECK(totals.dueCents == 0);

    // One cent beyond the total is refused: the due amount is never negative.
    document.deductions = {DocumentDeduction{7, 36000, {}, {}}, DocumentDeduction{8, 84001, {}, {}}};
    const auto refused = InvoiceTotals::compute(document, VatCase::Vat);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
}

TEST_CASE("InvoiceTotals states the VAT of a foreign currency document in euros", "[invoicetotals]")
{
    BillingDocument document = draft(1, {service(QStringLiteral("Support"), 1000, 123456, 2000)});
    document.currency = QStringLiteral("USD");
    document.eurRateMicros = 921234; // 1 USD = 0.921234 EUR

    const InvoiceTotals::Totals totals = totalsOf(document);
    // 1234.56 USD at 20 %: VAT 24691.2 → 24691 cents; total 123456 + 24691 = 148147
    CHECK(totals.vatCents == 24691);
    CHECK(totals.totalCents == 148147);
    // 24691 × 0.921234 = 22746.188694 → 22746 euro cents
    REQUIRE(totals.vatEurCents.has_value());
    CHECK(*totals.vatEurCents == 22746);

    SECTION("without a rate the VAT in euros cannot be stated")
    {
        document.eurRateMicros = 0;
        const auto refused = InvoiceTotals::compute(document, VatCase::Vat);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("exchange rate")));
    }
    SECTION("without VAT no rate is needed")
    {
        document.eurRateMicros = 0;
        const InvoiceTotals::Totals reverse = totalsOf(document, VatCase::ReverseCharge);
        CHECK(reverse.vatCents == 0);
        CHECK(reverse.totalCents == 123456);
        CHECK_FALSE(reverse.vatEurCents.has_value());
    }
    SECTION("a euro document has no VAT in euros to state apart")
    {
        document.currency = QStringLiteral("EUR");
        const InvoiceTotals::Totals euros = totalsOf(document);
        CHECK(euros.vatCents == 24691);
        CHECK_FALSE(euros.vatEurCents.has_value());
    }
}

TEST_CASE("InvoiceTotals charges no VAT outside the Vat case", "[invoicetotals]")
{
    BillingDocument document = draft(1, fourRates());
    document.lines.append(disbursement(QStringLiteral("Timbres"), 1000));
    for (const VatCase vatCase : {VatCase::Franchise, VatCase::ReverseCharge, VatCase::OutsideEu}) {
        INFO(BillingDocument::vatCaseKey(vatCase).toStdString());
        const InvoiceTotals::Totals totals = totalsOf(document, vatCase);
        // The rates are still reported, with a zero VAT: 3006, 5938, 1234, 1110.
        const QList<RateLine> expected{{2000, 3006, 0}, {1000, 5938, 0}, {550, 1234, 0}, {210, 1110, 0}};
        CHECK(totals.rates == expected);
        CHECK(totals.vatCents == 0);
        CHECK(totals.netCents == 11288);
        CHECK(totals.totalCents == 12288); // 11288 + 1000 of débours
    }
    // The same document under Vat: 1286 of VAT (see the per-rate test).
    CHECK(totalsOf(document, VatCase::Vat).vatCents == 1286);
}

TEST_CASE("InvoiceTotals refuses overflow and a missing currency", "[invoicetotals]")
{
    constexpr qint64 huge = std::numeric_limits<qint64>::max() / 2;
    // huge × 3 overflows a line.
    const auto line = InvoiceTotals::lineNet(service(QStringLiteral("a"), 3000, huge), QStringLiteral("EUR"));
    REQUIRE_FALSE(line.ok());

    // Two lines that fit alone but not together.
    BillingDocument document = draft(1, {
                                            service(QStringLiteral("a"), 1000, huge),
                                            service(QStringLiteral("b"), 1000, huge),
                                            service(QStringLiteral("c"), 1000, huge),
                                        });
    const auto sum = InvoiceTotals::compute(document, VatCase::Franchise);
    REQUIRE_FALSE(sum.ok());
    CHECK(sum.error().kind == Error::Kind::Invalid);

    // Fits without VAT, overflows with 20 % on top.
    document.lines = {service(QStringLiteral("a"), 1000, std::numeric_limits<qint64>::max() - 10, 2000)};
    CHECK(InvoiceTotals::compute(document, VatCase::Franchise).ok());
    CHECK_FALSE(InvoiceTotals::compute(document, VatCase::Vat).ok());

    document.lines = {service(QStringLiteral("a"), 1000, 100)};
    document.currency.clear();
    const auto noCurrency = InvoiceTotals::compute(document, VatCase::Vat);
    REQUIRE_FALSE(noCurrency.ok());
    CHECK(noCurrency.error().kind == Error::Kind::Invalid);
}

TEST_CASE("InvoiceTotals fills a document's line nets and totals", "[invoicetotals]")
{
    BillingDocument document = draft(1, fourRates());
    document.lines.append(disbursement(QStringLiteral("Timbres"), 1000));
    document.deductions = {DocumentDeduction{3, 2574, {}, {}}};
    const auto filled = InvoiceTotals::withTotals(document, VatCase::Vat);
    BUREAU_REQUIRE_OK(filled);
    REQUIRE(filled->lines.size() == 7);
    CHECK(filled->lines.at(0).netCents == 1002);
    CHECK(filled->lines.at(3).netCents == 5938);
    CHECK(filled->lines.at(5).netCents == 1110);
    CHECK(filled->lines.at(6).netCents == 1000);
    CHECK(filled->vatCase == VatCase::Vat);
    CHECK(filled->netCents == 11288);
    CHECK(filled->vatCents == 1286);
    CHECK(filled->disbursementsCents == 1000);
    CHECK(filled->totalCents == 13574); // 11288 + 1286 + 1000
    CHECK(filled->deductedCents == 2574);
    CHECK(filled->dueCents == 11000); // 13574 − 2574
    CHECK_FALSE(filled->vatEurCents.has_value());
    // Only derived fields changed: the input discount and the lines' own data are kept.
    CHECK(filled->discountCents == 0);
    CHECK(filled->lines.at(3).quantityThousandths == 1250);
}

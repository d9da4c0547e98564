// SPDX-License-Identifier: GPL-3.0-or-later
// VatRules: every row of DESIGN.md's VAT decision table, in its order, and the refusals issuing
// applies (incomplete profile, missing VAT numbers, payment terms, franchise thresholds).
#include "support/TestSupport.h"

#include "core/domain/VatRules.h"

using namespace Bureau;

namespace
{

using VatCase = BillingDocument::VatCase;
using Level = VatRules::ThresholdLevel;

BusinessProfile seller(BusinessProfile::VatRegime regime = BusinessProfile::VatRegime::Franchise,
                       const QString& vatNumber = {})
{
    BusinessProfile profile;
    profile.legalName = QStringLiteral("Camille Martin");
    profile.addressLines = {QStringLiteral("12 rue des Lilas")};
    profile.postalCode = QStringLiteral("69003");
    profile.city = QStringLiteral("Lyon");
    profile.siret = QStringLiteral("83271844900016");
    profile.vatRegime = regime;
    profile.vatNumber = vatNumber;
    return profile;
}

BusinessProfile registered()
{
    return seller(BusinessProfile::VatRegime::VatRegistered, QStringLiteral("FR93832718449"));
}

Client client(const QString& country, bool professional, const QString& vatNumber = {})
{
    Client out;
    out.name = QStringLiteral("Client");
    out.professional = professional;
    out.kind = professional ? Client::Kind::Company : Client::Kind::Person;
    out.country = country;
    out.vatNumber = vatNumber;
    return out;
}

/** 2026: base 37,500.00 €, higher 41,250.00 € (migration 0007); @p received euros so far. */
VatRules::FranchiseTurnover turnover(qint64 receivedCents = 0)
{
    return VatRules::FranchiseTurnover{2026, 3750000, 4125000, receivedCents};
}

VatRules::Decision decide(const BusinessProfile& profile, const Client& to, int terms = 30,
                          const VatRules::FranchiseTurnover& year = turnover(), qint64 totalEurCents = 0)
{
    return VatRules::decide(profile, to, terms, year, totalEurCents);
}

} // namespace

TEST_CASE("VatRules knows the 27 EU member states and counts Monaco as France", "[vatrules]")
{
    const QStringList eu{QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("CY"),
                         QStringLiteral("CZ"), QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"),
                         QStringLiteral("ES"), QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("GR"),
                         QStringLiteral("HR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
                         QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"), QStringLiteral("MT"),
                         QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
                         QStringLiteral("SE"), QStringLiteral("SI"), QStringLiteral("SK")};
    REQUIRE(eu.size() == 27);
    for (const QString& code : eu) {
        INFO(code.toStdString());
        CHECK(VatRules::isEuCountry(code));
    }
    CHECK(VatRules::isEuCountry(QStringLiteral("de")));
    CHECK(VatRules::isEuCountry(QStringLiteral("MC")));
    for (const char* outside : {"GB", "CH", "NO", "US", "CA", "IS", "LI", "EL", "XX", ""}) {
        INFO(outside);
        CHECK_FALSE(VatRules::isEuCountry(QLatin1String(outside)));
    }

    CHECK(VatRules::isTaxableInFrance(client(QStringLiteral("FR"), true)));
    CHECK(VatRules::isTaxableInFrance(client(QStringLiteral("MC"), true)));
    CHECK(VatRules::isTaxableInFrance(client(QStringLiteral("DE"), false)));
    CHECK(VatRules::isTaxableInFrance(client(QStringLiteral("US"), false)));
    CHECK_FALSE(VatRules::isTaxableInFrance(client(QStringLiteral("DE"), true, QStringLiteral("DE123456789"))));
    CHECK_FALSE(VatRules::isTaxableInFrance(client(QStringLiteral("CH"), true)));
}

TEST_CASE("VatRules reverse-charges an EU professional with a VAT number", "[vatrules]")
{
    const Client german = client(QStringLiteral("DE"), true, QStringLiteral("DE123456789"));
    VatRules::Decision decision = decide(registered(), german);
    CHECK(decision.vatCase == VatCase::ReverseCharge);
    CHECK(decision.refusal.isEmpty());

    // A seller under the franchise with an intra-EU number: still reverse charge (place of supply first).
    decision = decide(seller(BusinessProfile::VatRegime::Franchise, QStringLiteral("FR93832718449")), german);
    CHECK(decision.vatCase == VatCase::ReverseCharge);
    CHECK(decision.refusal.isEmpty());

    // Greek numbers start with EL: whatever is stored counts.
    decision = decide(registered(), client(QStringLiteral("GR"), true, QStringLiteral("EL094014201")));
    CHECK(decision.vatCase == VatCase::ReverseCharge);
    CHECK(decision.refusal.isEmpty());
}

TEST_CASE("VatRules refuses an EU professional without a VAT number", "[vatrules]")
{
    const VatRules::Decision decision = decide(registered(), client(QStringLiteral("BE"), true));
    CHECK(decision.refusal.contains(QStringLiteral("Enter the client's intra-EU VAT number")));
    CHECK(decide(registered(), client(QStringLiteral("BE"), true, QStringLiteral("  "))).refusal == decision.refusal);
}

TEST_CASE("VatRules refuses reverse charge for a seller without an intra-EU VAT number", "[vatrules]")
{
    const VatRules::Decision decision = decide(seller(BusinessProfile::VatRegime::Franchise),
                                               client(QStringLiteral("IT"), true, QStringLiteral("IT00743110157")));
    CHECK(decision.vatCase == VatCase::ReverseCharge);
    CHECK_FALSE(decision.refusal.isEmpty());
    CHECK(decision.refusal.contains(QStringLiteral("your own intra-EU VAT number")));
    // The client's missing number is said first.
    const VatRules::Decision both = decide(seller(), client(QStringLiteral("IT"), true));
    CHECK(both.refusal.contains(QStringLiteral("the client's intra-EU VAT number")));
}

TEST_CASE("VatRules puts professionals outside the EU outside the scope of French VAT", "[vatrules]")
{
    for (const char* country : {"US", "CH", "GB", "CA"}) {
        INFO(country);
        for (const BusinessProfile& profile : {seller(), registered()}) {
            const VatRules::Decision decision = decide(profile, client(QLatin1String(country), true));
            CHECK(decision.vatCase == VatCase::OutsideEu);
            CHECK(decision.refusal.isEmpty());
        }
    }
}

TEST_CASE("VatRules follows the seller's regime in France and for private persons anywhere", "[vatrules]")
{
    const QList<Client> clients{
        client(QStringLiteral("FR"), true),
        client(QStringLiteral("FR"), false),
        client(QStringLiteral("MC"), true), // Monaco is France: no reverse charge, no VAT number needed
        client(QStringLiteral("DE"), false),
        client(QStringLiteral("US"), false),
        client(QString(), true), // no country: France
    };
    for (const Client& to : clients) {
        INFO(to.country.toStdString() << (to.professional ? " professional" : " private"));
        const VatRules::Decision franchise = decide(seller(), to);
        CHECK(franchise.vatCase == VatCase::Franchise);
        CHECK(franchise.refusal.isEmpty());
        const VatRules::Decision vat = decide(registered(), to);
        CHECK(vat.vatCase == VatCase::Vat);
        CHECK(vat.refusal.isEmpty());
    }
}

TEST_CASE("VatRules refuses an incomplete seller and names the missing fields", "[vatrules]")
{
    BusinessProfile profile = seller();
    profile.siret.clear();
    profile.city.clear();
    VatRules::Decision decision = decide(profile, client(QStringLiteral("FR"), true));
    CHECK(decision.refusal.contains(BusinessProfile::fieldLabel(QString(BusinessProfile::Field::siret))));
    CHECK(decision.refusal.contains(BusinessProfile::fieldLabel(QString(BusinessProfile::Field::city))));
    CHECK_FALSE(decision.refusal.contains(BusinessProfile::fieldLabel(QString(BusinessProfile::Field::postalCode))));

    // The incomplete profile is said before anything else.
    decision = decide(profile, client(QStringLiteral("DE"), true), 90);
    CHECK(decision.refusal.contains(BusinessProfile::fieldLabel(QString(BusinessProfile::Field::siret))));

    // A registered seller without a VAT number is incomplete.
    BusinessProfile noNumber = registered();
    noNumber.vatNumber.clear();
    decision = decide(noNumber, client(QStringLiteral("FR"), false));
    CHECK(decision.refusal.contains(BusinessProfile::fieldLabel(QString(BusinessProfile::Field::vatNumber))));
}

TEST_CASE("VatRules refuses payment terms beyond 60 days for professionals only", "[vatrules]")
{
    const Client professional = client(QStringLiteral("FR"), true);
    const Client person = client(QStringLiteral("FR"), false);
    CHECK(decide(registered(), professional, 60).refusal.isEmpty());
    const VatRules::Decision refused = decide(registered(), professional, 61);
    CHECK(refused.refusal.contains(QStringLiteral("61")));
    CHECK(refused.refusal.contains(QStringLiteral("60 days")));
    CHECK(decide(registered(), person, 61).refusal.isEmpty());
    CHECK(decide(registered(), person, 120).refusal.isEmpty());
    // Also outside France.
    CHECK_FALSE(decide(registered(), client(QStringLiteral("US"), true), 61).refusal.isEmpty());
}

TEST_CASE("VatRules sorts the turnover against the franchise thresholds", "[vatrules]")
{
    // Base 37,500.00 €: 80 % = 30,000.00 € = 3000000 cents; higher 41,250.00 €.
    CHECK(VatRules::thresholdLevel(turnover(0)) == Level::Below);
    CHECK(VatRules::thresholdLevel(turnover(2999999)) == Level::Below);
    CHECK(VatRules::thresholdLevel(turnover(3000000)) == Level::NearBase);
    CHECK(VatRules::thresholdLevel(turnover(2999999), 1) == Level::NearBase);
    CHECK(VatRules::thresholdLevel(turnover(3750000)) == Level::NearBase); // at the base: not past it
    CHECK(VatRules::thresholdLevel(turnover(3750001)) == Level::PastBase);
    CHECK(VatRules::thresholdLevel(turnover(4125000)) == Level::PastBase);
    CHECK(VatRules::thresholdLevel(turnover(4125000), 1) == Level::PastHigher);
    // 80 % of 37,500.03 € is 30,000.024 €: reached from 3000003 cents (rounded up), not 3000002.
    const VatRules::FranchiseTurnover odd{2026, 3750003, 4125000, 3000002};
    CHECK(VatRules::thresholdLevel(odd) == Level::Below);
    CHECK(VatRules::thresholdLevel(odd, 1) == Level::NearBase);
    // No thresholds known: nothing to warn about.
    CHECK(VatRules::thresholdLevel(VatRules::FranchiseTurnover{2026, 0, 0, 9000000}) == Level::Below);
}

TEST_CASE("VatRules ends the franchise on 1 January after the past years' turnover", "[vatrules]")
{
    // Art. 293 B I of the CGI: open in 2026 when 2025 ≤ 37,500 €, or 2025 ≤ 41,250 € and 2024 ≤ 37,500 €.
    const auto year = [](qint64 previous, qint64 before) {
        VatRules::FranchiseTurnover figures = turnover(0);
        figures.previousYearEurCents = previous;
        figures.yearBeforeEurCents = before;
        return figures;
    };
    CHECK(VatRules::franchiseOpenThisYear(year(0, 0)));
    CHECK(VatRules::franchiseOpenThisYear(year(3750000, 9000000)));   // at the base: open, whatever 2024 was
    CHECK(VatRules::franchiseOpenThisYear(year(4125000, 3750000)));   // at the higher, 2024 at the base
    CHECK_FALSE(VatRules::franchiseOpenThisYear(year(4125001, 0)));   // past the higher
    CHECK_FALSE(VatRules::franchiseOpenThisYear(year(3750001, 3750001))); // past the base two years running

    const Client french = client(QStringLiteral("FR"), true);
    const VatRules::Decision higher = decide(seller(), french, 30, year(4200000, 0), 10000);
    CHECK(higher.vatCase == VatCase::Franchise);
    CHECK(higher.refusal.contains(QStringLiteral("in 2025")));
    CHECK(higher.refusal.contains(QStringLiteral("ended that year, on the day the threshold was passed")));
    const VatRules::Decision twice = decide(seller(), french, 30, year(3800000, 3900000), 10000);
    CHECK(twice.refusal.contains(QStringLiteral("two years running")));
    CHECK(twice.refusal.contains(QStringLiteral("in 2024")));
    CHECK(twice.refusal.contains(QStringLiteral("ended on 1 January 2026")));
    // Thresholds unknown for the year: the past years are not held against it.
    VatRules::FranchiseTurnover unknown = year(9000000, 9000000);
    unknown.baseCents = 0;
    unknown.higherCents = 0;
    CHECK(VatRules::franchiseOpenThisYear(unknown));
    CHECK(decide(seller(), french, 30, unknown, 10000).refusal.isEmpty());
    // Only operations taxable in France are concerned: a business outside the EU is unaffected.
    CHECK(decide(seller(), client(QStringLiteral("US"), true), 30, year(4200000, 0), 10000).refusal.isEmpty());
    // A seller registered for VAT is unaffected.
    CHECK(decide(registered(), french, 30, year(4200000, 4200000), 10000).refusal.isEmpty());
}

TEST_CASE("VatRules warns near the franchise threshold and refuses past the higher one", "[vatrules]")
{
    const Client french = client(QStringLiteral("FR"), true);

    SECTION("below: nothing said")
    {
        // 20,000.00 € + 1,000.00 € < 30,000.00 €
        const VatRules::Decision decision = decide(seller(), french, 30, turnover(2000000), 100000);
        CHECK(decision.vatCase == VatCase::Franchise);
        CHECK(decision.refusal.isEmpty());
        CHECK(decision.warning.isEmpty());
    }
    SECTION("80 percent of the base: a warning")
    {
        // 29,500.00 € + 500.00 € = 30,000.00 € = 80 % of 37,500.00 €
        const VatRules::Decision decision = decide(seller(), french, 30, turnover(2950000), 50000);
        CHECK(decision.vatCase == VatCase::Franchise);
        CHECK(decision.refusal.isEmpty());
        CHECK_FALSE(decision.warning.isEmpty());
    }
    SECTION("past the base: a warning about next year")
    {
        // 37,000.00 € + 1,000.00 € = 38,000.00 € > 37,500.00 €, a first year: the franchise stays next year.
        const VatRules::Decision decision = decide(seller(), french, 30, turnover(3700000), 100000);
        CHECK(decision.refusal.isEmpty());
        CHECK(decision.warning.contains(QStringLiteral("you keep the franchise next year")));
        // The second year running: VAT from 1 January.
        VatRules::FranchiseTurnover second = turnover(3700000);
        second.previousYearEurCents = 3800000;
        const VatRules::Decision again = decide(seller(), french, 30, second, 100000);
        CHECK(again.refusal.isEmpty());
        CHECK(again.warning.contains(QStringLiteral("second year running")));
        CHECK(again.warning.contains(QStringLiteral("1 January next year")));
    }
    SECTION("past the higher threshold: refused with the reason")
    {
        // 41,000.00 € + 250.01 € = 41,250.01 € > 41,250.00 €
        const VatRules::Decision decision = decide(seller(), french, 30, turnover(4100000), 25001);
        CHECK(decision.vatCase == VatCase::Franchise);
        CHECK(decision.refusal.contains(QStringLiteral("higher VAT franchise threshold")));
        // 41,000.00 € + 250.00 € = 41,250.00 €: at the threshold, not past it.
        CHECK(decide(seller(), french, 30, turnover(4100000), 25000).refusal.isEmpty());
    }
    SECTION("a private client in Germany counts as France")
    {
        const VatRules::Decision decision =
            decide(seller(), client(QStringLiteral("DE"), false), 30, turnover(4100000), 25001);
        CHECK(decision.vatCase == VatCase::Franchise);
        CHECK_FALSE(decision.refusal.isEmpty());
    }
    SECTION("operations outside France do not meet the threshold")
    {
        const VatRules::Decision reverse =
            decide(seller(BusinessProfile::VatRegime::Franchise, QStringLiteral("FR93832718449")),
                   client(QStringLiteral("DE"), true, QStringLiteral("DE123456789")), 30, turnover(4100000), 25001);
        CHECK(reverse.vatCase == VatCase::ReverseCharge);
        CHECK(reverse.refusal.isEmpty());
        CHECK(reverse.warning.isEmpty());
        const VatRules::Decision outside =
            decide(seller(), client(QStringLiteral("US"), true), 30, turnover(4100000), 25001);
        CHECK(outside.vatCase == VatCase::OutsideEu);
        CHECK(outside.refusal.isEmpty());
    }
    SECTION("a registered seller has no threshold")
    {
        const VatRules::Decision decision = decide(registered(), french, 30, turnover(9000000), 100000);
        CHECK(decision.vatCase == VatCase::Vat);
        CHECK(decision.refusal.isEmpty());
        CHECK(decision.warning.isEmpty());
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// BillingDocument: the keys stored by migration 0007 (and printed by the CLI) and the validation of a
// draft, with full sentences naming the line at fault.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/domain/BillingDocument.h"

using namespace Bureau;
using namespace Bureau::Test::Invoicing;

namespace
{

using Field = BillingDocument::Field;

QStringList messagesFor(const QList<FieldError>& errors, QLatin1String field)
{
    QStringList out;
    for (const FieldError& error : errors) {
        if (error.field == field)
            out.append(error.message);
    }
    return out;
}

DocumentLine discountedLine(DocumentLine line, int basisPoints)
{
    line.discountBasisPoints = basisPoints;
    return line;
}

BillingDocument valid()
{
    return draft(4,
                 {
                     service(QStringLiteral("Assistance administrative"), 1250, 4750, 2000, DocumentLine::Unit::Hour),
                     disbursement(QStringLiteral("Frais postaux"), 1290),
                 });
}

} // namespace

TEST_CASE("BillingDocument keys match the values the migration stores", "[billingdocument]")
{
    using Kind = BillingDocument::Kind;
    using Status = BillingDocument::Status;
    using VatCase = BillingDocument::VatCase;
    using Series = BillingDocument::Series;

    const QList<std::pair<Kind, const char*>> kinds{{Kind::Quote, "quote"},
                                                    {Kind::Invoice, "invoice"},
                                                    {Kind::Deposit, "deposit"},
                                                    {Kind::CreditNote, "credit_note"}};
    for (const auto& [kind, key] : kinds) {
        CHECK(BillingDocument::kindKey(kind) == QLatin1String(key));
        CHECK(BillingDocument::kindFromKey(QLatin1String(key)) == kind);
        CHECK_FALSE(BillingDocument::kindText(kind).isEmpty());
    }
    const QList<std::pair<Status, const char*>> statuses{{Status::Draft, "draft"},     {Status::Issued, "issued"},
                                                         {Status::Sent, "sent"},       {Status::Accepted, "accepted"},
                                                         {Status::Refused, "refused"}, {Status::Expired, "expired"}};
    for (const auto& [status, key] : statuses) {
        CHECK(BillingDocument::statusKey(status) == QLatin1String(key));
        CHECK(BillingDocument::statusFromKey(QLatin1String(key)) == status);
        CHECK_FALSE(BillingDocument::statusText(status).isEmpty());
    }
    const QList<std::pair<VatCase, const char*>> cases{{VatCase::Vat, "vat"},
                                                       {VatCase::Franchise, "franchise"},
                                                       {VatCase::ReverseCharge, "reverse_charge"},
                                                       {VatCase::OutsideEu, "outside_eu"}};
    for (const auto& [vatCase, key] : cases) {
        CHECK(BillingDocument::vatCaseKey(vatCase) == QLatin1String(key));
        CHECK(BillingDocument::vatCaseFromKey(QLatin1String(key)) == vatCase);
    }
    const QList<std::pair<Series, const char*>> series{
        {Series::Invoice, "invoice"}, {Series::CreditNote, "credit_note"}, {Series::Quote, "quote"}};
    for (const auto& [value, key] : series) {
        CHECK(BillingDocument::seriesKey(value) == QLatin1String(key));
        CHECK(BillingDocument::seriesFromKey(QLatin1String(key)) == value);
    }
    CHECK(BillingDocument::lineKindKey(DocumentLine::Kind::Service) == QLatin1String("service"));
    CHECK(BillingDocument::lineKindKey(DocumentLine::Kind::Disbursement) == QLatin1String("disbursement"));
    CHECK(BillingDocument::lineKindFromKey(QStringLiteral("disbursement")) == DocumentLine::Kind::Disbursement);
    const QList<std::pair<DocumentLine::Unit, const char*>> units{{DocumentLine::Unit::Hour, "hour"},
                                                                  {DocumentLine::Unit::Day, "day"},
                                                                  {DocumentLine::Unit::Unit, "unit"},
                                                                  {DocumentLine::Unit::Flat, "flat"}};
    for (const auto& [unit, key] : units) {
        CHECK(BillingDocument::unitKey(unit) == QLatin1String(key));
        CHECK(BillingDocument::unitFromKey(QLatin1String(key)) == unit);
    }

    CHECK_FALSE(BillingDocument::kindFromKey(QStringLiteral("Invoice")).has_value());
    CHECK_FALSE(BillingDocument::kindFromKey(QStringLiteral("creditnote")).has_value());
    CHECK_FALSE(BillingDocument::statusFromKey(QStringLiteral("paid")).has_value());
    CHECK_FALSE(BillingDocument::vatCaseFromKey(QString()).has_value());
    CHECK_FALSE(BillingDocument::seriesFromKey(QStringLiteral("deposit")).has_value());
    CHECK_FALSE(BillingDocument::lineKindFromKey(QStringLiteral("expense")).has_value());
    CHECK_FALSE(BillingDocument::unitFromKey(QStringLiteral("hours")).has_value());
}

TEST_CASE("BillingDocument numbers deposits in the invoice series", "[billingdocument]")
{
    using Kind = BillingDocument::Kind;
    using Series = BillingDocument::Series;
    CHECK(BillingDocument::seriesOf(Kind::Invoice) == Series::Invoice);
    CHECK(BillingDocument::seriesOf(Kind::Deposit) == Series::Invoice);
    CHECK(BillingDocument::seriesOf(Kind::CreditNote) == Series::CreditNote);
    CHECK(BillingDocument::seriesOf(Kind::Quote) == Series::Quote);
    BillingDocument quote;
    quote.kind = Kind::Quote;
    CHECK(quote.series() == Series::Quote);
    CHECK(quote.isDraft());
}

TEST_CASE("BillingDocument accepts only the French VAT rates", "[billingdocument]")
{
    for (const int rate : {0, 210, 550, 1000, 2000})
        CHECK(BillingDocument::isValidVatRate(rate));
    for (const int rate : {-2000, 1, 200, 500, 700, 1960, 2100, 10000})
        CHECK_FALSE(BillingDocument::isValidVatRate(rate));
}

TEST_CASE("BillingDocument validates a sound draft without errors", "[billingdocument]")
{
    CHECK(valid().validate().isEmpty());

    BillingDocument english = valid();
    english.language = QStringLiteral("en");
    english.currency = QStringLiteral("USD");
    english.eurRateMicros = 921234;
    english.paymentTermsDays = 0;
    english.discountBasisPoints = 10000;
    english.serviceTo = english.serviceFrom; // a single day
    CHECK(english.validate().isEmpty());

    BillingDocument noPeriod = valid();
    noPeriod.serviceFrom = QDate();
    noPeriod.serviceTo = QDate();
    noPeriod.paymentTermsDays = 365;
    noPeriod.discountCents = 500;
    CHECK(noPeriod.validate().isEmpty());
}

TEST_CASE("BillingDocument refuses a draft's header fields with full sentences", "[billingdocument]")
{
    BillingDocument document = valid();
    document.clientId = 0;
    document.language = QStringLiteral("de");
    document.currency = QStringLiteral("EURO");
    document.serviceFrom = QDate(2026, 11, 30);
    document.serviceTo = QDate(2026, 11, 1);
    document.paymentTermsDays = 366;
    document.eurRateMicros = -1;
    const QList<FieldError> errors = document.validate();

    CHECK(messagesFor(errors, Field::client).size() == 1);
    CHECK(messagesFor(errors, Field::language).size() == 1);
    CHECK(messagesFor(errors, Field::currency).size() == 1);
    CHECK(messagesFor(errors, Field::servicePeriod).size() == 1);
    CHECK(messagesFor(errors, Field::paymentTerms).size() == 1);
    CHECK(messagesFor(errors, Field::exchangeRate).size() == 1);
    CHECK(messagesFor(errors, Field::lines).isEmpty());
    CHECK(errors.size() == 6);
    for (const FieldError& error : errors)
        CHECK(error.message.endsWith(QLatin1Char('.')));

    document = valid();
    document.paymentTermsDays = -1;
    CHECK(messagesFor(document.validate(), Field::paymentTerms).size() == 1);
}

TEST_CASE("BillingDocument refuses a discount out of range or given twice", "[billingdocument]")
{
    BillingDocument document = valid();
    document.discountBasisPoints = 10001;
    CHECK(messagesFor(document.validate(), Field::discount).size() == 1);
    document.discountBasisPoints = -1;
    CHECK(messagesFor(document.validate(), Field::discount).size() == 1);
    document.discountBasisPoints = 0;
    document.discountCents = -5;
    CHECK(messagesFor(document.validate(), Field::discount).size() == 1);
    document.discountBasisPoints = 500;
    document.discountCents = 100;
    CHECK(messagesFor(document.validate(), Field::discount).size() == 1);
}

TEST_CASE("BillingDocument names the line at fault", "[billingdocument]")
{
    BillingDocument document = valid();
    DocumentLine blank = service(QStringLiteral("   "), 1000, 100, 2000);
    DocumentLine noQuantity = service(QStringLiteral("Rien"), 0, 100, 2000);
    DocumentLine negative = service(QStringLiteral("Avoir"), 1000, -100, 2000);
    DocumentLine badRate = service(QStringLiteral("Taux"), 1000, 100, 1960);
    DocumentLine badDiscount = discountedLine(service(QStringLiteral("Remise"), 1000, 100, 2000), 10001);
    document.lines = {blank, noQuantity, negative, badRate, badDiscount};
    const QStringList messages = messagesFor(document.validate(), Field::lines);
    REQUIRE(messages.size() == 5);
    CHECK(messages.at(0) == QStringLiteral("Line 1 has no description."));
    CHECK(messages.at(1).contains(QStringLiteral("Line 2")));
    CHECK(messages.at(2).contains(QStringLiteral("Line 3")));
    CHECK(messages.at(2).contains(QStringLiteral("credit note")));
    CHECK(messages.at(3).contains(QStringLiteral("Line 4")));
    CHECK(messages.at(4).contains(QStringLiteral("line 5")));

    // A zero price is allowed (a free service shown on the invoice); a negative quantity is not.
    document.lines = {service(QStringLiteral("Offert"), 1000, 0, 2000), service(QStringLiteral("Moins"), -1000, 100)};
    const QStringList second = messagesFor(document.validate(), Field::lines);
    REQUIRE(second.size() == 1);
    CHECK(second.at(0).contains(QStringLiteral("Line 2")));
}

TEST_CASE("BillingDocument refuses VAT and discounts on disbursements", "[billingdocument]")
{
    BillingDocument document = valid();
    DocumentLine taxed = disbursement(QStringLiteral("Timbres"), 500);
    taxed.vatBasisPoints = 2000;
    DocumentLine reduced = disbursement(QStringLiteral("Taxi"), 500);
    reduced.discountBasisPoints = 1000;
    document.lines.append(taxed);
    document.lines.append(reduced);
    const QStringList messages = messagesFor(document.validate(), Field::lines);
    REQUIRE(messages.size() == 2);
    CHECK(messages.at(0).contains(QStringLiteral("Line 3")));
    CHECK(messages.at(0).contains(QStringLiteral("VAT")));
    CHECK(messages.at(1).contains(QStringLiteral("Line 4")));
    CHECK(messages.at(1).contains(QStringLiteral("discount")));
}

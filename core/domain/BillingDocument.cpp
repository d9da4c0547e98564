// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/BillingDocument.h"

namespace Bureau
{

QList<FieldError> BillingDocument::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };

    if (clientId <= 0)
        add(Field::client, tr("Choose the client of this document."));
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        add(Field::language, tr("The document's language must be French or English."));
    if (!Money::isValidCurrencyCode(currency))
        add(Field::currency, tr("Enter the currency as a three-letter code, such as EUR or USD."));
    if (serviceFrom.isValid() && serviceTo.isValid() && serviceTo < serviceFrom)
        add(Field::servicePeriod, tr("The end of the service period is before its start."));
    if (paymentTermsDays < 0 || paymentTermsDays > 365)
        add(Field::paymentTerms, tr("Payment terms must be between 0 and 365 days."));
    if (discountBasisPoints < 0 || discountBasisPoints > 10000)
        add(Field::discount, tr("The discount must be between 0% and 100%."));
    if (discountCents < 0)
        add(Field::discount, tr("The discount cannot be a negative amount."));
    if (discountBasisPoints > 0 && discountCents > 0)
        add(Field::discount, tr("Give the discount either as a percentage or as an amount, not both."));
    if (eurRateMicros < 0)
        add(Field::exchangeRate, tr("The exchange rate cannot be negative."));

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DocumentLine& line = lines.at(i);
        const qsizetype lineNumber = i + 1;
        if (line.description.trimmed().isEmpty())
            add(Field::lines, tr("Line %1 has no description.").arg(lineNumber));
        if (line.quantityThousandths <= 0)
            add(Field::lines, tr("Line %1 must have a quantity above zero.").arg(lineNumber));
        if (line.unitPriceCents < 0) {
            add(Field::lines,
                tr("Line %1 has a negative price: to correct an invoice, issue a credit note.").arg(lineNumber));
        }
        if (!isValidVatRate(line.vatBasisPoints))
            add(Field::lines,
                tr("Line %1 has a VAT rate that is not a French rate (20%, 10%, 5.5% or 2.1%).").arg(lineNumber));
        if (line.discountBasisPoints < 0 || line.discountBasisPoints > 10000)
            add(Field::lines, tr("The discount of line %1 must be between 0% and 100%.").arg(lineNumber));
        if (line.kind == DocumentLine::Kind::Disbursement && line.vatBasisPoints != 0) {
            add(Field::lines, tr("Line %1 is a disbursement, rebilled at cost: it carries no VAT.").arg(lineNumber));
        }
        if (line.kind == DocumentLine::Kind::Disbursement && line.discountBasisPoints != 0) {
            add(Field::lines, tr("Line %1 is a disbursement, rebilled at cost: it takes no discount.").arg(lineNumber));
        }
        if (line.kind == DocumentLine::Kind::Service && line.receiptFileId > 0)
            add(Field::lines, tr("Line %1 is a service: only a disbursement has a receipt.").arg(lineNumber));
    }
    return errors;
}

BillingDocument::Series BillingDocument::seriesOf(Kind kind)
{
    switch (kind) {
    case Kind::Quote:
        return Series::Quote;
    case Kind::Invoice:
    case Kind::Deposit:
        return Series::Invoice;
    case Kind::CreditNote:
        return Series::CreditNote;
    }
    return Series::Invoice;
}

QString BillingDocument::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Quote:
        return QStringLiteral("quote");
    case Kind::Invoice:
        return QStringLiteral("invoice");
    case Kind::Deposit:
        return QStringLiteral("deposit");
    case Kind::CreditNote:
        return QStringLiteral("credit_note");
    }
    return {};
}

std::optional<BillingDocument::Kind> BillingDocument::kindFromKey(const QString& key)
{
    for (const Kind kind : {Kind::Quote, Kind::Invoice, Kind::Deposit, Kind::CreditNote}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString BillingDocument::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Quote:
        return tr("Quote");
    case Kind::Invoice:
        return tr("Invoice");
    case Kind::Deposit:
        return tr("Deposit invoice");
    case Kind::CreditNote:
        return tr("Credit note");
    }
    return {};
}

QString BillingDocument::statusKey(Status status)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Issued:
        return QStringLiteral("issued");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Accepted:
        return QStringLiteral("accepted");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<BillingDocument::Status> BillingDocument::statusFromKey(const QString& key)
{
    for (const Status status :
         {Status::Draft, Status::Issued, Status::Sent, Status::Accepted, Status::Refused, Status::Expired}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString BillingDocument::statusText(Status status)
{
    switch (status) {
    case Status::Draft:
        return tr("Draft");
    case Status::Issued:
        return tr("Issued");
    case Status::Sent:
        return tr("Sent");
    case Status::Accepted:
        return tr("Accepted");
    case Status::Refused:
        return tr("Refused");
    case Status::Expired:
        return tr("Expired");
    }
    return {};
}

QString BillingDocument::vatCaseKey(VatCase vatCase)
{
    switch (vatCase) {
    case VatCase::Vat:
        return QStringLiteral("vat");
    case VatCase::Franchise:
        return QStringLiteral("franchise");
    case VatCase::ReverseCharge:
        return QStringLiteral("reverse_charge");
    case VatCase::OutsideEu:
        return QStringLiteral("outside_eu");
    }
    return {};
}

std::optional<BillingDocument::VatCase> BillingDocument::vatCaseFromKey(const QString& key)
{
    for (const VatCase vatCase : {VatCase::Vat, VatCase::Franchise, VatCase::ReverseCharge, VatCase::OutsideEu}) {
        if (vatCaseKey(vatCase) == key)
            return vatCase;
    }
    return std::nullopt;
}

QString BillingDocument::seriesKey(Series series)
{
    switch (series) {
    case Series::Invoice:
        return QStringLiteral("invoice");
    case Series::CreditNote:
        return QStringLiteral("credit_note");
    case Series::Quote:
        return QStringLiteral("quote");
    }
    return {};
}

std::optional<BillingDocument::Series> BillingDocument::seriesFromKey(const QString& key)
{
    for (const Series series : {Series::Invoice, Series::CreditNote, Series::Quote}) {
        if (seriesKey(series) == key)
            return series;
    }
    return std::nullopt;
}

QString BillingDocument::lineKindKey(DocumentLine::Kind kind)
{
    switch (kind) {
    case DocumentLine::Kind::Service:
        return QStringLiteral("service");
    case DocumentLine::Kind::Disbursement:
        return QStringLiteral("disbursement");
    }
    return {};
}

std::optional<DocumentLine::Kind> BillingDocument::lineKindFromKey(const QString& key)
{
    for (const DocumentLine::Kind kind : {DocumentLine::Kind::Service, DocumentLine::Kind::Disbursement}) {
        if (lineKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString BillingDocument::unitKey(DocumentLine::Unit unit)
{
    switch (unit) {
    case DocumentLine::Unit::Hour:
        return QStringLiteral("hour");
    case DocumentLine::Unit::Day:
        return QStringLiteral("day");
    case DocumentLine::Unit::Unit:
        return QStringLiteral("unit");
    case DocumentLine::Unit::Flat:
        return QStringLiteral("flat");
    }
    return {};
}

std::optional<DocumentLine::Unit> BillingDocument::unitFromKey(const QString& key)
{
    for (const DocumentLine::Unit unit :
         {DocumentLine::Unit::Hour, DocumentLine::Unit::Day, DocumentLine::Unit::Unit, DocumentLine::Unit::Flat}) {
        if (unitKey(unit) == key)
            return unit;
    }
    return std::nullopt;
}

bool BillingDocument::isValidVatRate(int basisPoints)
{
    return basisPoints == 0 || basisPoints == 210 || basisPoints == 550 || basisPoints == 1000 || basisPoints == 2000;
}

} // namespace Bureau

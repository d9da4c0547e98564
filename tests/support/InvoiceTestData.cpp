// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/InvoiceTestData.h"

#include "core/domain/Client.h"
#include "core/services/InvoiceIssuer.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

namespace Bureau::Test::Invoicing
{

void storeProfile(Database& db, BusinessProfile::VatRegime regime, const QString& vatNumber)
{
    BusinessProfile profile;
    profile.legalName = QStringLiteral("Camille Martin");
    profile.addressLines = {QStringLiteral("12 rue des Lilas")};
    profile.postalCode = QStringLiteral("69003");
    profile.city = QStringLiteral("Lyon");
    profile.siret = QStringLiteral("83271844900016");
    profile.vatRegime = regime;
    profile.vatNumber = vatNumber;
    profile.email = QStringLiteral("camille@example.fr");
    profile.iban = QStringLiteral("FR7630006000011234567890189");
    profile.bic = QStringLiteral("AGRIFRPP");
    profile.paymentTermsDays = 30;
    const Status saved = ProfileRepository(db).save(profile);
    INFO((saved.ok() ? std::string() : saved.error().oneLine().toStdString()));
    REQUIRE(saved.ok());
}

qint64 addClient(Database& db, const ClientSpec& spec)
{
    Client client;
    client.name = spec.name;
    client.professional = spec.professional;
    client.kind = spec.professional ? Client::Kind::Company : Client::Kind::Person;
    client.country = spec.country;
    client.vatNumber = spec.vatNumber;
    client.siret = spec.country == QLatin1String("FR") && spec.professional ? spec.siret : QString();
    client.addressLines = {QStringLiteral("5 avenue Foch")};
    client.postalCode = QStringLiteral("75016");
    client.city = QStringLiteral("Paris");
    client.language = spec.language;
    client.currency = spec.currency;
    client.timeZone = Client::defaultTimeZone(spec.country);
    client.paymentTermsDays = spec.paymentTermsDays;
    const auto id = ClientRepository(db).add(client);
    INFO((id.ok() ? std::string() : id.error().oneLine().toStdString()));
    REQUIRE(id.ok());
    return *id;
}

DocumentLine service(const QString& description, qint64 quantityThousandths, qint64 unitPriceCents,
                     int vatBasisPoints, DocumentLine::Unit unit)
{
    DocumentLine line;
    line.description = description;
    line.quantityThousandths = quantityThousandths;
    line.unitPriceCents = unitPriceCents;
    line.vatBasisPoints = vatBasisPoints;
    line.unit = unit;
    return line;
}

DocumentLine disbursement(const QString& description, qint64 amountCents)
{
    DocumentLine line;
    line.kind = DocumentLine::Kind::Disbursement;
    line.description = description;
    line.quantityThousandths = 1000;
    line.unit = DocumentLine::Unit::Flat;
    line.unitPriceCents = amountCents;
    return line;
}

BillingDocument draft(qint64 clientId, const QList<DocumentLine>& lines, BillingDocument::Kind kind)
{
    BillingDocument document;
    document.kind = kind;
    document.clientId = clientId;
    document.lines = lines;
    document.serviceFrom = QDate(2026, 11, 1);
    document.serviceTo = QDate(2026, 11, 30);
    document.paymentTermsDays = 30;
    return document;
}

Result<BillingDocument> addDraft(Database& db, const BillingDocument& document)
{
    return DocumentRepository(db).addDraft(document);
}

Result<BillingDocument> addAndIssue(Database& db, const BillingDocument& document)
{
    auto stored = DocumentRepository(db).addDraft(document);
    if (!stored)
        return stored.error();
    auto issued = InvoiceIssuer(db, QFileInfo(db.path()).absolutePath()).issue(stored->id);
    if (!issued)
        return issued.error();
    return issued->document;
}

} // namespace Bureau::Test::Invoicing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/BusinessProfile.h"

#include <QList>
#include <QString>

namespace Bureau
{
class Database;
}

/**
 * Shared fixtures for the invoicing tests (core, UI, integration): a complete business profile,
 * clients for each row of the VAT decision table, lines and drafts, issued through the real
 * DocumentRepository and InvoiceIssuer.
 */
namespace Bureau::Test::Invoicing
{

/** Stores a complete profile (Camille Martin EI, Lyon, SIRET, IBAN/BIC) under @p regime. */
void storeProfile(Database& db, BusinessProfile::VatRegime regime = BusinessProfile::VatRegime::Franchise,
                  const QString& vatNumber = {});

struct ClientSpec
{
    QString name = QStringLiteral("Atelier Dupont");
    bool professional = true;
    QString country = QStringLiteral("FR");
    QString vatNumber;
    QString siret = QStringLiteral("73282932000074");
    QString language = QStringLiteral("fr");
    QString currency = QStringLiteral("EUR");
    int paymentTermsDays = 30;
};

/** Stores a client (with an address) and returns its id. */
qint64 addClient(Database& db, const ClientSpec& spec = {});

/** A service line: @p quantityThousandths × @p unitPriceCents at @p vatBasisPoints. */
DocumentLine service(const QString& description, qint64 quantityThousandths, qint64 unitPriceCents,
                     int vatBasisPoints = 0, DocumentLine::Unit unit = DocumentLine::Unit::Unit);
/** A disbursement (débours) of @p amountCents. */
DocumentLine disbursement(const QString& description, qint64 amountCents);

/** A draft of @p kind for @p clientId with @p lines, service period November 2026, 30 days (French, euros: set language and currency for others). */
BillingDocument draft(qint64 clientId, const QList<DocumentLine>& lines,
                      BillingDocument::Kind kind = BillingDocument::Kind::Invoice);

/** Stores @p document as a draft (DocumentRepository::addDraft). */
Result<BillingDocument> addDraft(Database& db, const BillingDocument& document);
/** Stores @p document as a draft and issues it (InvoiceIssuer, data folder beside the database). */
Result<BillingDocument> addAndIssue(Database& db, const BillingDocument& document);

} // namespace Bureau::Test::Invoicing

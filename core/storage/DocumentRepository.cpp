// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DocumentRepository.h"

#include "core/Clock.h"
#include "core/domain/InvoiceTotals.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/VatRules.h"
#include "core/services/InvoiceIssuer.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/WriteResult.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace Bureau
{

namespace
{

using Kind = BillingDocument::Kind;
using DocStatus = BillingDocument::Status;

// Every column read into a BillingDocument, in this order (readDocument()).
const QString kColumns = QStringLiteral(
    "d.id, d.kind, d.client_id, d.status, d.number, d.number_year, d.sequence, d.issue_date, d.issued_at, "
    "d.source_document_id, d.language, d.currency, d.eur_rate_micros, d.title, d.purchase_order, d.service_from, "
    "d.service_to, d.payment_terms_days, d.due_date, d.discount_basis_points, d.discount_cents, d.notes, "
    "d.vat_case, d.net_cents, d.vat_cents, d.disbursements_cents, d.total_cents, d.deducted_cents, d.due_cents, "
    "d.vat_eur_cents, d.snapshot, d.canonical_version, d.chain_previous, d.chain_hash, d.pdf_path, d.pdf_sha256, "
    "d.sent_at, d.created_at, d.updated_at");

const QString kLineColumns = QStringLiteral(
    "id, kind, description, quantity_thousandths, unit, unit_price_cents, vat_basis_points, discount_basis_points, "
    "net_cents, mission_id, task_id, receipt_file_id");

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullInteger();
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

BillingDocument readDocument(const QSqlQuery& query)
{
    BillingDocument d;
    int c = 0;
    d.id = query.value(c++).toLongLong();
    d.kind = BillingDocument::kindFromKey(query.value(c++).toString()).value_or(Kind::Invoice);
    d.clientId = query.value(c++).toLongLong();
    d.status = BillingDocument::statusFromKey(query.value(c++).toString()).value_or(DocStatus::Draft);
    d.number = query.value(c).isNull() ? QString() : query.value(c).toString();
    ++c;
    d.numberYear = query.value(c++).toInt();
    d.sequence = query.value(c++).toLongLong();
    d.issueDate = dateOf(query.value(c++));
    d.issuedAtMs = query.value(c++).toLongLong();
    d.sourceDocumentId = query.value(c++).toLongLong();
    d.language = query.value(c++).toString();
    d.currency = query.value(c++).toString();
    d.eurRateMicros = query.value(c++).toLongLong();
    d.title = query.value(c++).toString();
    d.purchaseOrder = query.value(c++).toString();
    d.serviceFrom = dateOf(query.value(c++));
    d.serviceTo = dateOf(query.value(c++));
    d.paymentTermsDays = query.value(c++).toInt();
    d.dueDate = dateOf(query.value(c++));
    d.discountBasisPoints = query.value(c++).toInt();
    d.discountCents = query.value(c++).toLongLong();
    d.notes = query.value(c++).toString();
    const QVariant vatCase = query.value(c++);
    if (!vatCase.isNull())
        d.vatCase = BillingDocument::vatCaseFromKey(vatCase.toString());
    d.netCents = query.value(c++).toLongLong();
    d.vatCents = query.value(c++).toLongLong();
    d.disbursementsCents = query.value(c++).toLongLong();
    d.totalCents = query.value(c++).toLongLong();
    d.deductedCents = query.value(c++).toLongLong();
    d.dueCents = query.value(c++).toLongLong();
    const QVariant vatEur = query.value(c++);
    if (!vatEur.isNull())
        d.vatEurCents = vatEur.toLongLong();
    d.snapshot = query.value(c++).toString();
    d.canonicalVersion = query.value(c++).toInt();
    d.chainPrevious = query.value(c++).toString();
    d.chainHash = query.value(c++).toString();
    d.pdfPath = query.value(c++).toString();
    d.pdfSha256 = query.value(c++).toString();
    d.sentAtMs = query.value(c++).toLongLong();
    d.createdAtMs = query.value(c++).toLongLong();
    d.updatedAtMs = query.value(c++).toLongLong();
    return d;
}

DocumentLine readLine(const QSqlQuery& query)
{
    DocumentLine line;
    line.id = query.value(0).toLongLong();
    line.kind = BillingDocument::lineKindFromKey(query.value(1).toString()).value_or(DocumentLine::Kind::Service);
    line.description = query.value(2).toString();
    line.quantityThousandths = query.value(3).toLongLong();
    line.unit = BillingDocument::unitFromKey(query.value(4).toString()).value_or(DocumentLine::Unit::Unit);
    line.unitPriceCents = query.value(5).toLongLong();
    line.vatBasisPoints = query.value(6).toInt();
    line.discountBasisPoints = query.value(7).toInt();
    line.netCents = query.value(8).toLongLong();
    line.missionId = query.value(9).toLongLong();
    line.taskId = query.value(10).toLongLong();
    line.receiptFileId = query.value(11).toLongLong();
    return line;
}

Error issuedError(qint64 id)
{
    return Error::make(Error::Kind::Conflict,
                       DocumentRepository::tr("This document is issued: issued documents never change. Correct it "
                                              "with a credit note."),
                       QStringLiteral("document %1 is numbered").arg(id));
}

Error notFound(qint64 id)
{
    return Error::make(Error::Kind::NotFound, DocumentRepository::tr("No document has the number %1.").arg(id));
}

bool isIssuedTriggerError(const QSqlError& error)
{
    return error.text().contains(QLatin1String("document is issued"), Qt::CaseInsensitive);
}

PaymentState paymentStateOf(const DocumentRepository::Summary& s, const QDate& today)
{
    if (s.status == DocStatus::Draft || (s.kind != Kind::Invoice && s.kind != Kind::Deposit))
        return PaymentState::None;
    if (s.outstandingCents <= 0)
        return PaymentState::Paid;
    if (s.dueDate.isValid() && s.dueDate < today)
        return PaymentState::Overdue;
    if (s.paidCents + s.creditedCents > 0)
        return PaymentState::PartiallyPaid;
    return PaymentState::Unpaid;
}

} // namespace

DocumentRepository::DocumentRepository(Database& database)
    : m_db(database)
{
}

// ---- Drafts ------------------------------------------------------------------------------------

namespace
{

/** The VAT case the rules decide for @p document now; Vat when they refuse or cannot decide. */
BillingDocument::VatCase draftVatCase(Database& db, const BillingDocument& document, const Client& client)
{
    if (document.kind == Kind::CreditNote && document.sourceDocumentId > 0) {
        // A credit note follows its invoice.
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT vat_case FROM documents WHERE id = ?"));
        query.addBindValue(document.sourceDocumentId);
        if (query.exec() && query.next() && !query.value(0).isNull()) {
            const auto vatCase = BillingDocument::vatCaseFromKey(query.value(0).toString());
            query.finish();
            if (vatCase)
                return *vatCase;
        }
    }
    auto profile = ProfileRepository(db).load();
    if (!profile || !profile->has_value())
        return BillingDocument::VatCase::Vat;
    // Drafts are not refused for the franchise threshold: issuing decides that.
    VatRules::FranchiseTurnover turnover;
    turnover.year = 0;
    turnover.baseCents = std::numeric_limits<qint64>::max() / 4;
    turnover.higherCents = std::numeric_limits<qint64>::max() / 4;
    const VatRules::Decision decision
        = VatRules::decide(profile->value(), client, document.paymentTermsDays, turnover, 0);
    return decision.refusal.isEmpty() ? decision.vatCase : BillingDocument::VatCase::Vat;
}

/** The document with its nets and totals; a foreign draft charging VAT without a rate keeps no euro VAT. */
Result<BillingDocument> draftTotals(const BillingDocument& document, BillingDocument::VatCase vatCase)
{
    auto computed = InvoiceTotals::withTotals(document, vatCase);
    if (computed)
        return computed;
    if (document.currency != QLatin1String("EUR") && document.eurRateMicros <= 0) {
        // A draft may lack its exchange rate: issuing asks for it.
        BillingDocument withRate = document;
        withRate.eurRateMicros = 1000000;
        auto retried = InvoiceTotals::withTotals(withRate, vatCase);
        if (retried) {
            retried->eurRateMicros = document.eurRateMicros;
            retried->vatEurCents.reset();
            return retried;
        }
    }
    return Error::make(Error::Kind::Invalid,
                       DocumentRepository::tr("The document was not saved. %1").arg(computed.error().message),
                       computed.error().detail);
}

} // namespace

Result<BillingDocument> DocumentRepository::addDraft(const BillingDocument& draft)
{
    return writeResult(m_db, [&] { return addDraftInTransaction(draft); });
}

Result<BillingDocument> DocumentRepository::updateDraft(const BillingDocument& draft)
{
    return writeResult(m_db, [&] { return updateDraftInTransaction(draft); });
}

Status DocumentRepository::removeDraft(qint64 id)
{
    return m_db.write([&] { return removeDraftInTransaction(id); });
}

namespace
{

/** Checks @p row and fills in what the repository derives; the prepared draft. */
Result<BillingDocument> prepareDraft(Database& db, const BillingDocument& input)
{
    BillingDocument row = input;
    row.currency = row.currency.trimmed().toUpper();
    row.title = notNull(row.title.trimmed());
    row.purchaseOrder = notNull(row.purchaseOrder.trimmed());
    row.notes = notNull(row.notes);
    if (const QList<FieldError> errors = row.validate(); !errors.isEmpty()) {
        QStringList messages;
        QStringList fields;
        for (const FieldError& error : errors) {
            messages << error.message;
            fields << error.field;
        }
        return Error::make(Error::Kind::Invalid,
                           DocumentRepository::tr("The document was not saved. %1").arg(messages.join(u' ')),
                           QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", "))));
    }
    auto client = ClientRepository(db).load(row.clientId);
    if (!client) {
        if (client.error().kind == Error::Kind::NotFound)
            return Error::make(Error::Kind::NotFound, DocumentRepository::tr("No client has the number %1.").arg(row.clientId));
        return client.error();
    }

    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (row.kind == Kind::CreditNote && row.sourceDocumentId <= 0)
        return Error::make(Error::Kind::Invalid,
                           DocumentRepository::tr("A credit note must cite the invoice it corrects."));
    if (row.sourceDocumentId > 0) {
        query.prepare(QStringLiteral("SELECT client_id, kind, number FROM documents WHERE id = ?"));
        query.addBindValue(row.sourceDocumentId);
        if (!query.exec())
            return Database::sqlError(DocumentRepository::tr("The document cannot be saved."), query.lastError());
        if (!query.next())
            return Error::make(Error::Kind::NotFound,
                               DocumentRepository::tr("No document has the number %1.").arg(row.sourceDocumentId));
        const qint64 owner = query.value(0).toLongLong();
        const auto sourceKind = BillingDocument::kindFromKey(query.value(1).toString());
        const bool sourceIssued = !query.value(2).isNull();
        query.finish();
        if (owner != row.clientId)
            return Error::make(Error::Kind::Invalid,
                               DocumentRepository::tr("The document cited belongs to another client."),
                               QStringLiteral("source %1 of client %2").arg(row.sourceDocumentId).arg(owner));
        if (row.kind == Kind::CreditNote
            && (!sourceIssued || (sourceKind != Kind::Invoice && sourceKind != Kind::Deposit)))
            return Error::make(Error::Kind::Invalid,
                               DocumentRepository::tr("A credit note corrects an issued invoice or deposit invoice."),
                               QStringLiteral("source %1").arg(row.sourceDocumentId));
    }

    if (!row.deductions.isEmpty() && row.kind != Kind::Invoice)
        return Error::make(Error::Kind::Invalid,
                           DocumentRepository::tr("Only an invoice deducts deposit invoices."));
    query.prepare(QStringLiteral("SELECT client_id, kind, number, currency, total_cents, "
                                 "(SELECT document_id FROM document_deductions WHERE deposit_id = d.id) "
                                 "FROM documents d WHERE id = ?"));
    for (DocumentDeduction& deduction : row.deductions) {
        query.addBindValue(deduction.depositId);
        if (!query.exec())
            return Database::sqlError(DocumentRepository::tr("The document cannot be saved."), query.lastError());
        const bool found = query.next();
        const bool valid = found && query.value(0).toLongLong() == row.clientId
                           && query.value(1).toString() == QLatin1String("deposit") && !query.value(2).isNull()
                           && query.value(3).toString() == row.currency;
        const qint64 usedBy = found ? query.value(5).toLongLong() : 0;
        deduction.amountCents = found ? query.value(4).toLongLong() : 0;
        deduction.depositNumber = found ? query.value(2).toString() : QString();
        query.finish();
        if (!valid)
            return Error::make(Error::Kind::Invalid,
                               DocumentRepository::tr("Only the client's issued deposit invoices in the same "
                                                      "currency can be deducted."),
                               QStringLiteral("deposit %1").arg(deduction.depositId));
        if (usedBy > 0 && usedBy != row.id)
            return Error::make(Error::Kind::Conflict,
                               DocumentRepository::tr("The deposit invoice %1 is already deducted from another "
                                                      "document.")
                                   .arg(deduction.depositNumber),
                               QStringLiteral("deposit %1 on document %2").arg(deduction.depositId).arg(usedBy));
    }

    return draftTotals(row, draftVatCase(db, row, client.value()));
}

void bindDraftFields(QSqlQuery& query, const BillingDocument& row)
{
    query.addBindValue(BillingDocument::kindKey(row.kind));
    query.addBindValue(BillingDocument::seriesKey(row.series()));
    query.addBindValue(row.clientId);
    query.addBindValue(idOrNull(row.sourceDocumentId));
    query.addBindValue(row.language);
    query.addBindValue(row.currency);
    query.addBindValue(idOrNull(row.eurRateMicros));
    query.addBindValue(row.title);
    query.addBindValue(row.purchaseOrder);
    query.addBindValue(dateOrNull(row.serviceFrom));
    query.addBindValue(dateOrNull(row.serviceTo));
    query.addBindValue(row.paymentTermsDays);
    query.addBindValue(dateOrNull(row.dueDate));
    query.addBindValue(row.discountBasisPoints);
    query.addBindValue(row.discountCents);
    query.addBindValue(row.notes);
    query.addBindValue(row.vatCase ? QVariant(BillingDocument::vatCaseKey(*row.vatCase))
                                   : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(row.netCents);
    query.addBindValue(row.vatCents);
    query.addBindValue(row.disbursementsCents);
    query.addBindValue(row.totalCents);
    query.addBindValue(row.deductedCents);
    query.addBindValue(row.dueCents);
    query.addBindValue(row.vatEurCents ? QVariant(*row.vatEurCents) : nullInteger());
}

Status writeChildren(Database& db, qint64 documentId, const BillingDocument& row)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("DELETE FROM document_lines WHERE document_id = ?"));
    query.addBindValue(documentId);
    if (!query.exec())
        return Database::sqlError(DocumentRepository::tr("The document's lines cannot be saved."), query.lastError());
    query.prepare(QStringLiteral("DELETE FROM document_deductions WHERE document_id = ?"));
    query.addBindValue(documentId);
    if (!query.exec())
        return Database::sqlError(DocumentRepository::tr("The document's lines cannot be saved."), query.lastError());

    // A receipt must be one of this client's files (the foreign key only knows that the file exists).
    int position = 0;
    for (const DocumentLine& line : row.lines) {
        ++position;
        if (line.receiptFileId <= 0)
            continue;
        query.prepare(QStringLiteral("SELECT client_id FROM client_files WHERE id = ?"));
        query.addBindValue(line.receiptFileId);
        if (!query.exec())
            return Database::sqlError(DocumentRepository::tr("The document's lines cannot be saved."),
                                      query.lastError());
        if (!query.next() || query.value(0).toLongLong() != row.clientId)
            return Error::make(Error::Kind::Invalid,
                               DocumentRepository::tr("The receipt of line %1 is not one of the client's files.")
                                   .arg(position));
    }

    query.prepare(QStringLiteral(
        "INSERT INTO document_lines (document_id, position, kind, description, quantity_thousandths, unit, "
        "unit_price_cents, vat_basis_points, discount_basis_points, net_cents, mission_id, task_id, receipt_file_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    position = 0;
    for (const DocumentLine& line : row.lines) {
        query.addBindValue(documentId);
        query.addBindValue(++position);
        query.addBindValue(BillingDocument::lineKindKey(line.kind));
        query.addBindValue(line.description.trimmed());
        query.addBindValue(line.quantityThousandths);
        query.addBindValue(BillingDocument::unitKey(line.unit));
        query.addBindValue(line.unitPriceCents);
        query.addBindValue(line.vatBasisPoints);
        query.addBindValue(line.discountBasisPoints);
        query.addBindValue(line.netCents);
        query.addBindValue(idOrNull(line.missionId));
        query.addBindValue(idOrNull(line.taskId));
        query.addBindValue(idOrNull(line.receiptFileId));
        if (!query.exec()) {
            if (line.receiptFileId > 0 && query.lastError().text().contains(QLatin1String("FOREIGN KEY")))
                return Error::make(Error::Kind::Invalid,
                                   DocumentRepository::tr("The receipt of line %1 is not one of the client's files.")
                                       .arg(position),
                                   query.lastError().text());
            return Database::sqlError(DocumentRepository::tr("The document's lines cannot be saved."),
                                      query.lastError());
        }
    }

    query.prepare(
        QStringLiteral("INSERT INTO document_deductions (document_id, deposit_id, amount_cents) VALUES (?, ?, ?)"));
    for (const DocumentDeduction& deduction : row.deductions) {
        query.addBindValue(documentId);
        query.addBindValue(deduction.depositId);
        query.addBindValue(deduction.amountCents);
        if (!query.exec())
            return Database::sqlError(DocumentRepository::tr("The document's deductions cannot be saved."),
                                      query.lastError());
    }
    return {};
}

} // namespace

Result<BillingDocument> DocumentRepository::addDraftInTransaction(const BillingDocument& draft)
{
    if (!draft.number.isEmpty() || draft.status != DocStatus::Draft)
        return issuedError(draft.id);
    BillingDocument input = draft;
    input.id = 0;
    auto prepared = prepareDraft(m_db, input);
    if (!prepared)
        return prepared.error();
    const BillingDocument& row = prepared.value();
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO documents (kind, series, client_id, source_document_id, language, currency, eur_rate_micros, "
        "title, purchase_order, service_from, service_to, payment_terms_days, due_date, discount_basis_points, "
        "discount_cents, notes, vat_case, net_cents, vat_cents, disbursements_cents, total_cents, deducted_cents, "
        "due_cents, vat_eur_cents, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)"));
    bindDraftFields(query, row);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Database::sqlError(tr("The document cannot be saved."), query.lastError());
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status written = writeChildren(m_db, id, row); !written)
        return written.error();
    return find(id);
}

Result<BillingDocument> DocumentRepository::updateDraftInTransaction(const BillingDocument& draft)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT number FROM documents WHERE id = ?"));
    query.addBindValue(draft.id);
    if (!query.exec())
        return Database::sqlError(tr("The document cannot be saved."), query.lastError());
    if (!query.next())
        return notFound(draft.id);
    const bool issued = !query.value(0).isNull();
    query.finish();
    if (issued || !draft.number.isEmpty() || draft.status != DocStatus::Draft)
        return issuedError(draft.id);

    auto prepared = prepareDraft(m_db, draft);
    if (!prepared)
        return prepared.error();
    const BillingDocument& row = prepared.value();
    query.prepare(QStringLiteral(
        "UPDATE documents SET kind = ?, series = ?, client_id = ?, source_document_id = ?, language = ?, "
        "currency = ?, eur_rate_micros = ?, title = ?, purchase_order = ?, service_from = ?, service_to = ?, "
        "payment_terms_days = ?, due_date = ?, discount_basis_points = ?, discount_cents = ?, notes = ?, "
        "vat_case = ?, net_cents = ?, vat_cents = ?, disbursements_cents = ?, total_cents = ?, deducted_cents = ?, "
        "due_cents = ?, vat_eur_cents = ?, updated_at = ? WHERE id = ? AND number IS NULL"));
    bindDraftFields(query, row);
    query.addBindValue(m_db.clock().nowMs());
    query.addBindValue(row.id);
    if (!query.exec()) {
        if (isIssuedTriggerError(query.lastError()))
            return issuedError(row.id);
        return Database::sqlError(tr("The document cannot be saved."), query.lastError());
    }
    if (Status written = writeChildren(m_db, row.id, row); !written)
        return written.error();
    return find(row.id);
}

Status DocumentRepository::removeDraftInTransaction(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT number FROM documents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(tr("The document cannot be deleted."), query.lastError());
    if (!query.next())
        return notFound(id);
    const bool issued = !query.value(0).isNull();
    query.finish();
    if (issued)
        return issuedError(id);
    for (const QString& sql : {QStringLiteral("DELETE FROM document_lines WHERE document_id = ?"),
                               QStringLiteral("DELETE FROM document_deductions WHERE document_id = ?"),
                               QStringLiteral("DELETE FROM documents WHERE id = ? AND number IS NULL")}) {
        query.prepare(sql);
        query.addBindValue(id);
        if (!query.exec()) {
            if (isIssuedTriggerError(query.lastError()))
                return issuedError(id);
            return Database::sqlError(tr("The document cannot be deleted."), query.lastError());
        }
    }
    return {};
}

// ---- Reading -----------------------------------------------------------------------------------

namespace
{

Result<BillingDocument> findWhere(Database& db, const QString& condition, const QVariantList& values)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM documents d WHERE ")
                          + condition));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(DocumentRepository::tr("The document cannot be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, DocumentRepository::tr("No such document."));
    BillingDocument document = readDocument(query);
    query.finish();

    query.prepare(QString(QStringLiteral("SELECT ") + kLineColumns
                          + QStringLiteral(" FROM document_lines WHERE document_id = ? ORDER BY position")));
    query.addBindValue(document.id);
    if (!query.exec())
        return Database::sqlError(DocumentRepository::tr("The document cannot be read."), query.lastError());
    while (query.next())
        document.lines << readLine(query);
    query.finish();

    query.prepare(QStringLiteral("SELECT x.deposit_id, x.amount_cents, d.number, d.issue_date "
                                 "FROM document_deductions x JOIN documents d ON d.id = x.deposit_id "
                                 "WHERE x.document_id = ? ORDER BY d.issue_date, d.sequence, d.id"));
    query.addBindValue(document.id);
    if (!query.exec())
        return Database::sqlError(DocumentRepository::tr("The document cannot be read."), query.lastError());
    while (query.next()) {
        DocumentDeduction deduction;
        deduction.depositId = query.value(0).toLongLong();
        deduction.amountCents = query.value(1).toLongLong();
        deduction.depositNumber = query.value(2).toString();
        deduction.depositIssueDate = dateOf(query.value(3));
        document.deductions << deduction;
    }
    query.finish();
    return document;
}

} // namespace

Result<BillingDocument> DocumentRepository::find(qint64 id) const
{
    auto found = findWhere(m_db, QStringLiteral("d.id = ?"), {id});
    if (!found && found.error().kind == Error::Kind::NotFound)
        return notFound(id);
    return found;
}

Result<BillingDocument> DocumentRepository::findByNumber(const QString& number) const
{
    const QString trimmed = number.trimmed();
    auto found = findWhere(m_db, QStringLiteral("d.number = ? ORDER BY d.series = 'invoice' DESC LIMIT 1"), {trimmed});
    if (!found && found.error().kind == Error::Kind::NotFound)
        return Error::make(Error::Kind::NotFound, tr("No document has the number %1.").arg(trimmed));
    return found;
}

Result<QList<DocumentRepository::Summary>> DocumentRepository::list(const Filter& filter, int limit) const
{
    QStringList where;
    QVariantList values;
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (const Kind kind : filter.kinds) {
            marks << QStringLiteral("?");
            values << BillingDocument::kindKey(kind);
        }
        where << QString(QStringLiteral("(d.kind || '') IN (") + marks.join(QStringLiteral(", ")) + u')');
    }
    if (filter.clientId > 0) {
        where << QStringLiteral("d.client_id = ?");
        values << filter.clientId;
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const DocStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            values << BillingDocument::statusKey(status);
        }
        where << QString(QStringLiteral("(d.status || '') IN (") + marks.join(QStringLiteral(", ")) + u')');
    }
    if (filter.outstandingOnly)
        where << QStringLiteral("(d.kind || '') IN ('invoice', 'deposit') AND d.number IS NOT NULL "
                                "AND d.due_cents - coalesce(b.paid_cents, 0) - coalesce(b.credited_cents, 0) > 0");
    if (filter.from.isValid()) {
        where << QStringLiteral("d.issue_date >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("d.issue_date <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (const QString search = filter.search.trimmed(); !search.isEmpty()) {
        // The number's start, as a range over documents_by_number (numbers are upper case unless the
        // pattern says otherwise: both spellings are tried), from two characters on (one letter
        // would match every number of a series); or the client's name as the clients' search
        // matches it (folded case and accents).
        QStringList terms;
        if (search.size() >= 2) {
            QStringList spellings{search.toUpper()};
            if (search != spellings.constFirst())
                spellings << search;
            for (const QString& spelling : std::as_const(spellings)) {
                terms << QStringLiteral("(d.series IN ('invoice', 'credit_note', 'quote') AND d.number >= ? "
                                        "AND d.number < ?)");
                values << spelling << QString(spelling + QChar(0xFFFF));
            }
        }
        const ClientRepository::Condition clients = ClientRepository::searchCondition(search);
        if (!clients.isEmpty()) {
            terms << QString(QStringLiteral("d.client_id IN (SELECT id FROM clients WHERE ") + clients.sql
                             + QStringLiteral(")"));
            values << clients.values;
        }
        if (terms.isEmpty())
            terms << QStringLiteral("0 = 1");
        where << QString(u'(' + terms.join(QStringLiteral(" OR ")) + u')');
    }

    // Drafts (no issue date) first, newest first, then issued documents by issue date: two arms that
    // each pick at most `limit` ids in the order of documents_by_issue_date (no sort of the whole
    // table; the rows are read for the page only), merged by the compound ORDER BY. The kind and
    // status terms are written `(x || '')` so that the planner keeps walking that index rather than
    // sorting everything matched through documents_by_status.
    const QString join = filter.outstandingOnly
                             ? QStringLiteral(" LEFT JOIN document_balances b ON b.document_id = d.id")
                             : QString();
    const QString conditions = where.isEmpty() ? QString()
                                               : QString(QStringLiteral(" AND ") + where.join(QStringLiteral(" AND ")));
    const auto arm = [&](int group, const QString& range, const QString& order) {
        return QString(QStringLiteral("SELECT %1, d.id, d.kind, d.status, d.number, d.client_id, c.name, d.title, "
                                      "d.issue_date, d.due_date, d.currency, d.total_cents, d.due_cents, "
                                      "coalesce(b.paid_cents, 0), coalesce(b.credited_cents, 0) FROM (SELECT d.id AS id "
                                      "FROM documents d")
                           .arg(group)
                       + join + QStringLiteral(" WHERE ") + range + conditions + QStringLiteral(" ORDER BY ") + order
                       + QStringLiteral(" LIMIT ?) page JOIN documents d ON d.id = page.id "
                                        "JOIN clients c ON c.id = d.client_id "
                                        "LEFT JOIN document_balances b ON b.document_id = d.id"));
    };
    const QString sql = QString(arm(0, QStringLiteral("d.issue_date IS NULL"), QStringLiteral("d.id DESC"))
                                + QStringLiteral(" UNION ALL ")
                                + arm(1, QStringLiteral("d.issue_date IS NOT NULL"),
                                      QStringLiteral("d.issue_date DESC, d.id DESC"))
                                + QStringLiteral(" ORDER BY 1, 9 DESC, 2 DESC LIMIT ?"));

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    const int rowLimit = qMax(0, limit);
    for (int armIndex = 0; armIndex < 2; ++armIndex) {
        for (const QVariant& value : std::as_const(values))
            query.addBindValue(value);
        query.addBindValue(rowLimit);
    }
    query.addBindValue(rowLimit);
    if (!query.exec())
        return Database::sqlError(tr("The documents cannot be listed."), query.lastError());
    const QDate today = LocalCalendar::forDatabase(m_db).dayOf(m_db.clock().nowMs());
    QList<Summary> rows;
    while (query.next()) {
        Summary s;
        s.id = query.value(1).toLongLong();
        s.kind = BillingDocument::kindFromKey(query.value(2).toString()).value_or(Kind::Invoice);
        s.status = BillingDocument::statusFromKey(query.value(3).toString()).value_or(DocStatus::Draft);
        s.number = query.value(4).isNull() ? QString() : query.value(4).toString();
        s.clientId = query.value(5).toLongLong();
        s.clientName = query.value(6).toString();
        s.title = query.value(7).toString();
        s.issueDate = dateOf(query.value(8));
        s.dueDate = dateOf(query.value(9));
        s.currency = query.value(10).toString();
        s.totalCents = query.value(11).toLongLong();
        s.dueCents = query.value(12).toLongLong();
        s.paidCents = query.value(13).toLongLong();
        s.creditedCents = query.value(14).toLongLong();
        const bool receivable = !s.number.isEmpty() && (s.kind == Kind::Invoice || s.kind == Kind::Deposit);
        s.outstandingCents = receivable ? s.dueCents - s.paidCents - s.creditedCents : 0;
        s.paymentState = paymentStateOf(s, today);
        rows << s;
    }
    query.finish();
    return rows;
}

Result<DocumentRepository::Summary> DocumentRepository::summary(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.kind, d.status, d.number, d.client_id, c.name, d.title, d.issue_date, d.due_date, "
        "d.currency, d.total_cents, d.due_cents, coalesce(b.paid_cents, 0), coalesce(b.credited_cents, 0) "
        "FROM documents d JOIN clients c ON c.id = d.client_id LEFT JOIN document_balances b ON b.document_id = d.id "
        "WHERE d.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(tr("The document cannot be read."), query.lastError());
    if (!query.next())
        return notFound(id);
    Summary s;
    s.id = query.value(0).toLongLong();
    s.kind = BillingDocument::kindFromKey(query.value(1).toString()).value_or(Kind::Invoice);
    s.status = BillingDocument::statusFromKey(query.value(2).toString()).value_or(DocStatus::Draft);
    s.number = query.value(3).isNull() ? QString() : query.value(3).toString();
    s.clientId = query.value(4).toLongLong();
    s.clientName = query.value(5).toString();
    s.title = query.value(6).toString();
    s.issueDate = dateOf(query.value(7));
    s.dueDate = dateOf(query.value(8));
    s.currency = query.value(9).toString();
    s.totalCents = query.value(10).toLongLong();
    s.dueCents = query.value(11).toLongLong();
    s.paidCents = query.value(12).toLongLong();
    s.creditedCents = query.value(13).toLongLong();
    query.finish();
    const bool receivable = !s.number.isEmpty() && (s.kind == Kind::Invoice || s.kind == Kind::Deposit);
    s.outstandingCents = receivable ? s.dueCents - s.paidCents - s.creditedCents : 0;
    s.paymentState = paymentStateOf(s, LocalCalendar::forDatabase(m_db).dayOf(m_db.clock().nowMs()));
    return s;
}

// ---- Issued documents --------------------------------------------------------------------------

Status DocumentRepository::setStatus(qint64 id, BillingDocument::Status status)
{
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT kind, status FROM documents WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The document cannot be saved."), query.lastError());
        if (!query.next())
            return notFound(id);
        const Kind kind = BillingDocument::kindFromKey(query.value(0).toString()).value_or(Kind::Invoice);
        const DocStatus current = BillingDocument::statusFromKey(query.value(1).toString()).value_or(DocStatus::Draft);
        query.finish();
        if (current == status)
            return {};
        const bool allowed = kind == Kind::Quote
                                 ? current == DocStatus::Sent
                                       && (status == DocStatus::Accepted || status == DocStatus::Refused
                                           || status == DocStatus::Expired)
                                 : current == DocStatus::Issued && status == DocStatus::Sent;
        if (!allowed) {
            return Error::make(Error::Kind::Conflict,
                               tr("A document that is “%1” cannot become “%2”.")
                                   .arg(BillingDocument::statusText(current), BillingDocument::statusText(status)),
                               QStringLiteral("document %1: %2 -> %3")
                                   .arg(id)
                                   .arg(BillingDocument::statusKey(current), BillingDocument::statusKey(status)));
        }
        query.prepare(QStringLiteral("UPDATE documents SET status = ?, sent_at = coalesce(sent_at, ?), "
                                     "updated_at = ? WHERE id = ?"));
        const qint64 now = m_db.clock().nowMs();
        query.addBindValue(BillingDocument::statusKey(status));
        query.addBindValue(status == DocStatus::Sent ? QVariant(now) : nullInteger());
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The document cannot be saved."), query.lastError());
        return {};
    });
}

Status DocumentRepository::recordPdf(qint64 id, const QString& relativePath, const QString& sha256)
{
    if (relativePath.trimmed().isEmpty() || sha256.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The archived PDF needs its path and its SHA-256."));
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT number, pdf_path FROM documents WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The document cannot be saved."), query.lastError());
        if (!query.next())
            return notFound(id);
        const bool issued = !query.value(0).isNull();
        const QString existing = query.value(1).toString();
        query.finish();
        if (!issued)
            return Error::make(Error::Kind::Conflict, tr("A draft has no archived PDF: issue it first."),
                               QStringLiteral("document %1 is a draft").arg(id));
        if (!existing.isEmpty())
            return Error::make(Error::Kind::Conflict, tr("The PDF of this document is already archived."),
                               QStringLiteral("document %1: %2").arg(id).arg(existing));
        query.prepare(QStringLiteral("UPDATE documents SET pdf_path = ?, pdf_sha256 = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(relativePath);
        query.addBindValue(sha256.toLower());
        query.addBindValue(m_db.clock().nowMs());
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The document cannot be saved."), query.lastError());
        return {};
    });
}

// ---- Series ------------------------------------------------------------------------------------

Result<DocumentRepository::SeriesSettings> DocumentRepository::seriesSettings(BillingDocument::Series series) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT pattern, yearly_reset FROM document_series WHERE series = ?"));
    query.addBindValue(BillingDocument::seriesKey(series));
    if (!query.exec())
        return Database::sqlError(tr("The numbering cannot be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, tr("The numbering of this series is missing."),
                           BillingDocument::seriesKey(series));
    SeriesSettings settings;
    settings.pattern = query.value(0).toString();
    settings.yearlyReset = query.value(1).toBool();
    query.finish();
    return settings;
}

Status DocumentRepository::setSeriesSettings(BillingDocument::Series series, const SeriesSettings& settings)
{
    const QString pattern = settings.pattern.trimmed();
    if (Status valid = InvoiceIssuer::validatePattern(pattern); !valid)
        return valid;
    if (settings.yearlyReset && !pattern.contains(QLatin1String("{YY")))
        return Error::make(Error::Kind::Invalid,
                           tr("A numbering that restarts every year needs the year in it ({YYYY} or {YY}), or "
                              "numbers would repeat."));
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT s.yearly_reset, EXISTS (SELECT 1 FROM documents d WHERE d.series = "
                                     "s.series AND d.number IS NOT NULL) FROM document_series s WHERE s.series = ?"));
        query.addBindValue(BillingDocument::seriesKey(series));
        if (!query.exec() || !query.next())
            return Database::sqlError(tr("The numbering cannot be saved."), query.lastError());
        const bool reset = query.value(0).toBool();
        const bool numbered = query.value(1).toBool();
        query.finish();
        if (numbered && reset != settings.yearlyReset)
            return Error::make(Error::Kind::Conflict,
                               tr("Documents of this series are already numbered: whether numbering restarts every "
                                  "year can no longer change."));
        query.prepare(QStringLiteral("UPDATE document_series SET pattern = ?, yearly_reset = ? WHERE series = ?"));
        query.addBindValue(pattern);
        query.addBindValue(settings.yearlyReset ? 1 : 0);
        query.addBindValue(BillingDocument::seriesKey(series));
        if (!query.exec())
            return Database::sqlError(tr("The numbering cannot be saved."), query.lastError());
        return {};
    });
}

Result<QList<BillingDocument>> DocumentRepository::undeductedDeposits(qint64 clientId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + kColumns
                          + QStringLiteral(" FROM documents d WHERE d.client_id = ? AND d.kind = 'deposit' "
                                           "AND d.number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                           "document_deductions x WHERE x.deposit_id = d.id) "
                                           "ORDER BY d.issue_date, d.sequence, d.id")));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The deposit invoices cannot be read."), query.lastError());
    QList<BillingDocument> deposits;
    while (query.next())
        deposits << readDocument(query);
    query.finish();
    for (BillingDocument& deposit : deposits) {
        query.prepare(QString(QStringLiteral("SELECT ") + kLineColumns
                              + QStringLiteral(" FROM document_lines WHERE document_id = ? ORDER BY position")));
        query.addBindValue(deposit.id);
        if (!query.exec())
            return Database::sqlError(tr("The deposit invoices cannot be read."), query.lastError());
        while (query.next())
            deposit.lines << readLine(query);
        query.finish();
    }
    return deposits;
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/InvoiceIssuer.h"

#include "core/Clock.h"
#include "core/domain/DocumentSnapshot.h"
#include "core/domain/InvoiceTotals.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/VatRules.h"
#include "core/services/DocumentChain.h"
#include "core/services/RevenueReport.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/TimeEntryRepository.h"
#include "core/storage/WriteResult.h"

#include <QLocale>
#include <QRegularExpression>
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
using VatCase = BillingDocument::VatCase;

constexpr int kMaxNumberLength = 35;
constexpr int kMaxPatternLength = 30;

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{(YYYY|YY|N+)\\}"));
    return re;
}

Error refused(const QString& message, const QString& detail = {})
{
    return Error::make(Error::Kind::Invalid, message, detail);
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

/** round(cents × micros / 1,000,000), half away from zero; 0 on overflow. */
qint64 toEuros(qint64 cents, qint64 micros)
{
    qint64 product = 0;
    if (micros <= 0 || qMulOverflow(cents, micros, &product) || product == std::numeric_limits<qint64>::min())
        return 0;
    const qint64 magnitude = product < 0 ? -product : product;
    const qint64 rounded = magnitude / 1000000 + (magnitude % 1000000 >= 500000 ? 1 : 0);
    return product < 0 ? -rounded : rounded;
}

struct SeriesRow
{
    QString pattern;
    bool yearlyReset = true;
    QString head;
    qint64 length = 0;
};

Result<SeriesRow> readSeries(Database& db, BillingDocument::Series series)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT pattern, yearly_reset, chain_head, chain_length FROM document_series WHERE series = ?"));
    query.addBindValue(BillingDocument::seriesKey(series));
    if (!query.exec())
        return Database::sqlError(InvoiceIssuer::tr("The numbering cannot be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::Corrupt, InvoiceIssuer::tr("The numbering of this series is missing."),
                           BillingDocument::seriesKey(series));
    SeriesRow row;
    row.pattern = query.value(0).toString();
    row.yearlyReset = query.value(1).toBool();
    row.head = query.value(2).toString();
    row.length = query.value(3).toLongLong();
    query.finish();
    return row;
}

/** The next number of @p series for @p year (0: no yearly reset), taken in the caller's transaction. */
Result<qint64> nextSequence(Database& db, BillingDocument::Series series, int year)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("INSERT INTO document_counters (series, year, last_number) VALUES (?, ?, 1) "
                                 "ON CONFLICT (series, year) DO UPDATE SET last_number = last_number + 1 "
                                 "RETURNING last_number"));
    query.addBindValue(BillingDocument::seriesKey(series));
    query.addBindValue(year);
    if (!query.exec() || !query.next())
        return Database::sqlError(InvoiceIssuer::tr("The next number cannot be taken."), query.lastError());
    const qint64 sequence = query.value(0).toLongLong();
    query.finish();
    return sequence;
}

/**
 * What is left to credit on an issued invoice: its total less the credit notes issued against it. The
 * total, not the amount due: cancelling a final invoice also gives back the deposits it deducted.
 */
Result<qint64> creditable(Database& db, const BillingDocument& invoice)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce((SELECT credited_cents FROM document_balances WHERE document_id = ?), 0)"));
    query.addBindValue(invoice.id);
    if (!query.exec() || !query.next())
        return Database::sqlError(InvoiceIssuer::tr("The invoice's balance cannot be read."), query.lastError());
    const qint64 credited = query.value(0).toLongLong();
    query.finish();
    return invoice.totalCents - credited;
}

/**
 * The VAT decision for @p doc issued on @p issueDate by @p profile to @p client (InvoiceIssuer::decide).
 * Under the franchise the threshold counts this document's amount due in euros (deposits it deducts
 * were counted when paid); without an exchange rate for another currency it cannot, and says so.
 */
Result<VatRules::Decision> decideFor(Database& db, const BusinessProfile& profile, const Client& client,
                                     const BillingDocument& doc, QDate issueDate)
{
    const QDate due = doc.dueDate.isValid() ? doc.dueDate : issueDate.addDays(doc.paymentTermsDays);
    const int termsDays = qMax<int>(doc.paymentTermsDays, int(issueDate.daysTo(due)));
    VatRules::FranchiseTurnover turnover;
    turnover.year = issueDate.year();
    turnover.baseCents = std::numeric_limits<qint64>::max() / 4;
    turnover.higherCents = std::numeric_limits<qint64>::max() / 4;
    qint64 totalEurCents = 0;
    const bool countsForThreshold = doc.kind == Kind::Invoice || doc.kind == Kind::Deposit;
    if (profile.vatRegime == BusinessProfile::VatRegime::Franchise && countsForThreshold) {
        auto franchise = RevenueReport(db).franchiseTurnover(issueDate.year());
        if (!franchise)
            return franchise.error();
        turnover = franchise.value();
        if (doc.currency != QLatin1String("EUR") && doc.eurRateMicros <= 0) {
            VatRules::Decision refusal;
            refusal.vatCase = VatCase::Franchise;
            refusal.refusal = InvoiceIssuer::tr("This document in %1 counts toward the VAT-franchise threshold: enter "
                                                "the exchange rate to the euro before issuing.")
                                  .arg(doc.currency);
            return refusal;
        }
        auto estimate = InvoiceTotals::compute(doc, VatCase::Franchise);
        if (estimate) {
            totalEurCents = doc.currency == QLatin1String("EUR") ? estimate->dueCents
                                                                 : toEuros(estimate->dueCents, doc.eurRateMicros);
        }
    }
    return VatRules::decide(profile, client, termsDays, turnover, totalEurCents);
}

} // namespace

InvoiceIssuer::InvoiceIssuer(Database& database, const QString& dataDir)
    : m_db(database)
    , m_dataDir(dataDir)
{
}

Result<VatRules::Decision> InvoiceIssuer::decide(const BillingDocument& document, QDate issueDate) const
{
    auto profile = ProfileRepository(m_db).load();
    if (!profile)
        return profile.error();
    auto client = ClientRepository(m_db).load(document.clientId);
    if (!client)
        return client.error();
    return decideFor(m_db, profile->value_or(BusinessProfile{}), client.value(), document, issueDate);
}

Result<InvoiceIssuer::Outcome> InvoiceIssuer::issue(qint64 draftId)
{
    return writeResult(m_db, [&]() -> Result<Outcome> {
        DocumentRepository documents(m_db);
        auto found = documents.find(draftId);
        if (!found)
            return found.error();
        BillingDocument doc = found.value();
        if (!doc.isDraft())
            return Error::make(Error::Kind::Conflict, tr("The document %1 is already issued.").arg(doc.number),
                               QStringLiteral("document %1").arg(doc.id));

        // 1. What issuing needs from the document itself.
        if (doc.lines.isEmpty())
            return refused(tr("The document has no line: add what you are billing before issuing it."));
        if (doc.kind != Kind::Quote && !doc.serviceFrom.isValid() && !doc.serviceTo.isValid())
            return refused(tr("The document has no date or period of service: enter it before issuing."));
        if (const QList<FieldError> errors = doc.validate(); !errors.isEmpty())
            return refused(errors.constFirst().message, errors.constFirst().field);

        auto loadedProfile = ProfileRepository(m_db).load();
        if (!loadedProfile)
            return loadedProfile.error();
        const BusinessProfile profile = loadedProfile->value_or(BusinessProfile{});
        auto client = ClientRepository(m_db).load(doc.clientId);
        if (!client)
            return client.error();
        // The client's mandatory mentions (DESIGN.md): name and address; a French professional's SIREN.
        if (doc.kind != Kind::Quote) {
            if (client->addressLines.isEmpty() || client->city.trimmed().isEmpty())
                return refused(tr("The client %1 has no billing address: enter it on the client's page before "
                                  "issuing.")
                                   .arg(client->name));
            if (client->professional && client->country == u"FR"
                && client->siren().isEmpty())
                return refused(tr("The client %1 is a business in France: enter its SIREN or SIRET on the client's "
                                  "page before issuing, the invoice must print it.")
                                   .arg(client->name));
        }
        // Numbers follow the issue dates (DESIGN.md: chronological): a clock or a zone moved backwards
        // must not give the next number an earlier date than the last one.
        {
            QSqlQuery last(m_db.connection());
            last.setForwardOnly(true);
            last.prepare(QStringLiteral("SELECT max(issue_date) FROM documents WHERE series = ? AND number IS NOT NULL"));
            last.addBindValue(BillingDocument::seriesKey(doc.series()));
            if (!last.exec() || !last.next())
                return Database::sqlError(tr("The document cannot be issued."), last.lastError());
            const QDate latest = QDate::fromString(last.value(0).toString(), Qt::ISODate);
            last.finish();
            const QDate today = LocalCalendar::forDatabase(m_db).dayOf(m_db.clock().nowMs());
            if (latest.isValid() && today < latest)
                return refused(tr("The last document of this series was issued on %1, after today (%2): check the "
                                  "computer's date and your time zone before issuing.")
                                   .arg(QLocale().toString(latest, QLocale::ShortFormat),
                                        QLocale().toString(today, QLocale::ShortFormat)));
        }

        // 2. The issue date in the user's zone, the year of the number, the due date.
        const qint64 now = m_db.clock().nowMs();
        const QDate issueDate = LocalCalendar::forDatabase(m_db).dayOf(now);
        const int year = issueDate.year();
        if (!doc.dueDate.isValid())
            doc.dueDate = issueDate.addDays(doc.paymentTermsDays);
        if (doc.dueDate < issueDate)
            return refused(tr("The due date is before the issue date: correct it before issuing."),
                           doc.dueDate.toString(Qt::ISODate));

        // The source of a credit note.
        std::optional<BillingDocument> source;
        if (doc.kind == Kind::CreditNote) {
            auto invoice = documents.find(doc.sourceDocumentId);
            if (!invoice)
                return invoice.error();
            if (invoice->isDraft() || (invoice->kind != Kind::Invoice && invoice->kind != Kind::Deposit)
                || invoice->clientId != doc.clientId || invoice->currency != doc.currency)
                return refused(tr("A credit note corrects an issued invoice of the same client, in its currency."),
                               QStringLiteral("source %1").arg(doc.sourceDocumentId));
            source = invoice.value();
            if (source->kind == Kind::Deposit) {
                // A deposit already deducted by an issued final invoice is corrected through that invoice.
                QSqlQuery deducted(m_db.connection());
                deducted.setForwardOnly(true);
                deducted.prepare(QStringLiteral("SELECT f.number FROM document_deductions x JOIN documents f ON f.id = "
                                                "x.document_id WHERE x.deposit_id = ? AND f.number IS NOT NULL"));
                deducted.addBindValue(source->id);
                if (!deducted.exec())
                    return Database::sqlError(tr("The deposit invoices cannot be read."), deducted.lastError());
                const QString finalNumber = deducted.next() ? deducted.value(0).toString() : QString();
                deducted.finish();
                if (!finalNumber.isEmpty())
                    return refused(tr("The deposit invoice %1 is deducted from invoice %2: issue the credit note on "
                                      "invoice %2 instead.")
                                       .arg(source->number, finalNumber));
            }
        }

        // 3. The VAT case (the one decide() says beforehand).
        auto decided = decideFor(m_db, profile, client.value(), doc, issueDate);
        if (!decided)
            return decided.error();
        const VatRules::Decision decision = decided.value();
        VatCase vatCase = decision.vatCase;
        if (doc.kind == Kind::CreditNote) {
            // A credit note follows its invoice's VAT case; only an incomplete profile stops it.
            if (!decision.refusal.isEmpty() && !profile.isComplete())
                return refused(decision.refusal);
            vatCase = source->vatCase.value_or(VatCase::Vat);
        } else if (!decision.refusal.isEmpty()) {
            return refused(decision.refusal);
        }
        if (vatCase == VatCase::Vat) {
            // A line at 0 % on a document that charges VAT would need the exemption it falls under.
            for (qsizetype i = 0; i < doc.lines.size(); ++i) {
                const DocumentLine& line = doc.lines.at(i);
                if (line.kind == DocumentLine::Kind::Service && line.vatBasisPoints == 0)
                    return refused(tr("Line %1 has no VAT rate although you charge VAT: choose its rate (20 %, 10 %, "
                                      "5.5 % or 2.1 %) before issuing.")
                                       .arg(i + 1));
            }
        }
        if (vatCase == VatCase::Vat && doc.currency != QLatin1String("EUR") && doc.eurRateMicros <= 0)
            return refused(tr("This document in %1 charges VAT: enter the exchange rate to the euro so that its VAT "
                              "can be stated in euros.")
                               .arg(doc.currency));

        // Deductions: the client's issued deposit invoices, in this currency, on no other document.
        if (!doc.deductions.isEmpty()) {
            QSqlQuery query(m_db.connection());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT client_id, kind, number, currency, total_cents, "
                                         "(SELECT count(*) FROM document_deductions x WHERE x.deposit_id = d.id "
                                         "AND x.document_id <> ?) FROM documents d WHERE id = ?"));
            for (DocumentDeduction& deduction : doc.deductions) {
                query.addBindValue(doc.id);
                query.addBindValue(deduction.depositId);
                if (!query.exec())
                    return Database::sqlError(tr("The deposit invoices cannot be read."), query.lastError());
                const bool ok = query.next() && query.value(0).toLongLong() == doc.clientId
                                && query.value(1).toString() == QLatin1String("deposit") && !query.value(2).isNull()
                                && query.value(3).toString() == doc.currency && query.value(5).toLongLong() == 0
                                && doc.kind == Kind::Invoice;
                const qint64 depositTotal = ok ? query.value(4).toLongLong() : 0;
                query.finish();
                if (!ok || depositTotal != deduction.amountCents)
                    return refused(tr("The deposit invoice %1 cannot be deducted: only the client's issued deposit "
                                      "invoices in the same currency, deducted nowhere else, can be.")
                                       .arg(deduction.depositNumber),
                                   QStringLiteral("deposit %1").arg(deduction.depositId));
            }
        }

        // Fixed totals.
        auto totals = InvoiceTotals::withTotals(doc, vatCase);
        if (!totals)
            return refused(totals.error().message, totals.error().detail);
        const QList<DocumentLine> storedLines = doc.lines;
        doc = totals.value();
        doc.vatCase = vatCase;

        if (source) {
            auto left = creditable(m_db, *source);
            if (!left)
                return left.error();
            if (doc.totalCents > left.value())
                return refused(tr("The credit note (%1) is larger than what is left of invoice %2 (%3).")
                                   .arg(Money::fromCents(doc.totalCents, doc.currency).format(QLocale()), source->number,
                                        Money::fromCents(left.value(), doc.currency).format(QLocale())),
                               QStringLiteral("total %1 > %2").arg(doc.totalCents).arg(left.value()));
        }

        // Lines whose stored net is stale are brought up to date before the number freezes them.
        {
            QSqlQuery update(m_db.connection());
            update.prepare(QStringLiteral("UPDATE document_lines SET net_cents = ? WHERE id = ?"));
            for (qsizetype i = 0; i < doc.lines.size() && i < storedLines.size(); ++i) {
                if (doc.lines.at(i).netCents == storedLines.at(i).netCents)
                    continue;
                update.addBindValue(doc.lines.at(i).netCents);
                update.addBindValue(storedLines.at(i).id);
                if (!update.exec())
                    return Database::sqlError(tr("The document cannot be issued."), update.lastError());
            }
        }

        // 4. The number.
        auto series = readSeries(m_db, doc.series());
        if (!series)
            return series.error();
        const int counterYear = series->yearlyReset ? year : 0;
        auto sequence = nextSequence(m_db, doc.series(), counterYear);
        if (!sequence)
            return sequence.error();
        const QString number = formatNumber(series->pattern, year, sequence.value());
        if (number.size() > kMaxNumberLength)
            return refused(tr("The number %1 would be longer than %2 characters: shorten the numbering pattern.")
                               .arg(number)
                               .arg(kMaxNumberLength));

        auto snapshot = DocumentSnapshot::capture(m_db, doc, vatCase, m_dataDir);
        if (!snapshot)
            return snapshot.error();

        doc.number = number;
        doc.numberYear = counterYear;
        doc.sequence = sequence.value();
        doc.issueDate = issueDate;
        doc.issuedAtMs = now;
        doc.status = doc.kind == Kind::Quote ? DocStatus::Sent : DocStatus::Issued;
        if (doc.kind == Kind::Quote)
            doc.sentAtMs = now;
        doc.snapshot = snapshot->toJson();

        // 5. The chain.
        doc.canonicalVersion = DocumentChain::kCurrentVersion;
        doc.chainPrevious = series->head;
        doc.chainHash = DocumentChain::link(series->head, DocumentChain::canonical(doc, doc.canonicalVersion));

        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "UPDATE documents SET status = ?, number = ?, number_year = ?, sequence = ?, issue_date = ?, "
            "issued_at = ?, due_date = ?, vat_case = ?, net_cents = ?, vat_cents = ?, disbursements_cents = ?, "
            "total_cents = ?, deducted_cents = ?, due_cents = ?, vat_eur_cents = ?, snapshot = ?, "
            "canonical_version = ?, chain_previous = ?, chain_hash = ?, sent_at = ?, updated_at = ? "
            "WHERE id = ? AND number IS NULL"));
        query.addBindValue(BillingDocument::statusKey(doc.status));
        query.addBindValue(doc.number);
        query.addBindValue(doc.numberYear);
        query.addBindValue(doc.sequence);
        query.addBindValue(doc.issueDate.toString(Qt::ISODate));
        query.addBindValue(doc.issuedAtMs);
        query.addBindValue(doc.dueDate.toString(Qt::ISODate));
        query.addBindValue(BillingDocument::vatCaseKey(vatCase));
        query.addBindValue(doc.netCents);
        query.addBindValue(doc.vatCents);
        query.addBindValue(doc.disbursementsCents);
        query.addBindValue(doc.totalCents);
        query.addBindValue(doc.deductedCents);
        query.addBindValue(doc.dueCents);
        query.addBindValue(doc.vatEurCents ? QVariant(*doc.vatEurCents) : nullInteger());
        query.addBindValue(doc.snapshot);
        query.addBindValue(doc.canonicalVersion);
        query.addBindValue(doc.chainPrevious);
        query.addBindValue(doc.chainHash);
        query.addBindValue(doc.sentAtMs > 0 ? QVariant(doc.sentAtMs) : nullInteger());
        query.addBindValue(now);
        query.addBindValue(doc.id);
        if (!query.exec()) {
            if (query.lastError().text().contains(QLatin1String("UNIQUE")))
                return Error::make(Error::Kind::Conflict,
                                   tr("The number %1 is already taken: check the numbering pattern.").arg(number),
                                   query.lastError().text());
            return Database::sqlError(tr("The document cannot be issued."), query.lastError());
        }
        if (query.numRowsAffected() != 1)
            return Error::make(Error::Kind::Conflict, tr("The document was issued meanwhile."),
                               QStringLiteral("document %1").arg(doc.id));

        query.prepare(QStringLiteral("UPDATE document_series SET chain_head = ?, chain_length = chain_length + 1 "
                                     "WHERE series = ?"));
        query.addBindValue(doc.chainHash);
        query.addBindValue(BillingDocument::seriesKey(doc.series()));
        if (!query.exec())
            return Database::sqlError(tr("The document cannot be issued."), query.lastError());

        // 6. The billed time.
        if (Status locked = TimeEntryRepository(m_db).lockDocumentInTransaction(doc.id); !locked)
            return locked.error();

        auto stored = documents.find(doc.id);
        if (!stored)
            return stored.error();
        return Outcome{stored.value(), decision.warning};
    });
}

Result<BillingDocument> InvoiceIssuer::createCreditNote(qint64 invoiceId, const std::optional<QList<DocumentLine>>& lines)
{
    return writeResult(m_db, [&]() -> Result<BillingDocument> {
        DocumentRepository documents(m_db);
        auto invoice = documents.find(invoiceId);
        if (!invoice)
            return invoice.error();
        if (invoice->isDraft() || (invoice->kind != Kind::Invoice && invoice->kind != Kind::Deposit))
            return Error::make(Error::Kind::Conflict,
                               tr("A credit note corrects an issued invoice or deposit invoice."),
                               QStringLiteral("document %1").arg(invoiceId));
        BillingDocument note;
        note.kind = Kind::CreditNote;
        note.clientId = invoice->clientId;
        note.sourceDocumentId = invoice->id;
        note.language = invoice->language;
        note.currency = invoice->currency;
        note.eurRateMicros = invoice->eurRateMicros;
        note.title = invoice->title;
        note.purchaseOrder = invoice->purchaseOrder;
        note.serviceFrom = invoice->serviceFrom;
        note.serviceTo = invoice->serviceTo;
        note.paymentTermsDays = 0;
        if (lines) {
            if (lines->isEmpty())
                return refused(tr("Choose at least one line to credit."));
            note.lines = *lines;
        } else {
            note.lines = invoice->lines;
            note.discountBasisPoints = invoice->discountBasisPoints;
            note.discountCents = invoice->discountCents;
        }
        for (DocumentLine& line : note.lines)
            line.id = 0;
        return documents.addDraftInTransaction(note);
    });
}

Result<BillingDocument> InvoiceIssuer::invoiceFromQuote(qint64 quoteId)
{
    return writeResult(m_db, [&]() -> Result<BillingDocument> {
        DocumentRepository documents(m_db);
        auto quote = documents.find(quoteId);
        if (!quote)
            return quote.error();
        if (quote->kind != Kind::Quote || quote->status != DocStatus::Sent)
            return Error::make(Error::Kind::Conflict, tr("Only a sent quote can be accepted and invoiced."),
                               QStringLiteral("document %1 %2 %3")
                                   .arg(quoteId)
                                   .arg(BillingDocument::kindKey(quote->kind), BillingDocument::statusKey(quote->status)));
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE documents SET status = 'accepted', updated_at = ? WHERE id = ?"));
        query.addBindValue(m_db.clock().nowMs());
        query.addBindValue(quoteId);
        if (!query.exec())
            return Database::sqlError(tr("The quote cannot be accepted."), query.lastError());

        BillingDocument invoice;
        invoice.kind = Kind::Invoice;
        invoice.clientId = quote->clientId;
        invoice.sourceDocumentId = quote->id;
        invoice.language = quote->language;
        invoice.currency = quote->currency;
        invoice.eurRateMicros = quote->eurRateMicros;
        invoice.title = quote->title;
        invoice.purchaseOrder = quote->purchaseOrder;
        invoice.serviceFrom = quote->serviceFrom;
        invoice.serviceTo = quote->serviceTo;
        invoice.paymentTermsDays = quote->paymentTermsDays;
        invoice.discountBasisPoints = quote->discountBasisPoints;
        invoice.discountCents = quote->discountCents;
        invoice.notes = quote->notes;
        invoice.lines = quote->lines;
        for (DocumentLine& line : invoice.lines)
            line.id = 0;
        return documents.addDraftInTransaction(invoice);
    });
}

QString InvoiceIssuer::formatNumber(const QString& pattern, int year, qint64 sequence)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += pattern.mid(last, match.capturedStart() - last);
        const QString token = match.captured(1);
        if (token == QLatin1String("YYYY"))
            out += QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
        else if (token == QLatin1String("YY"))
            out += QStringLiteral("%1").arg(year % 100, 2, 10, QLatin1Char('0'));
        else
            out += QStringLiteral("%1").arg(sequence, int(token.size()), 10, QLatin1Char('0'));
        last = match.capturedEnd();
    }
    out += pattern.mid(last);
    return out;
}

Status InvoiceIssuer::validatePattern(const QString& pattern)
{
    static const QRegularExpression number(QStringLiteral("\\{N+\\}"));
    if (!number.match(pattern).hasMatch())
        return Error::make(Error::Kind::Invalid,
                           tr("The numbering pattern needs a place for the number, such as {NNNN}."), pattern);
    if (pattern.size() > kMaxPatternLength)
        return Error::make(Error::Kind::Invalid,
                           tr("The numbering pattern is too long: %1 characters at most.").arg(kMaxPatternLength),
                           pattern);
    const QString longest = formatNumber(pattern, 2026, 999999);
    if (longest.size() > kMaxNumberLength)
        return Error::make(Error::Kind::Invalid,
                           tr("The numbering pattern makes numbers longer than %1 characters (%2).")
                               .arg(kMaxNumberLength)
                               .arg(longest),
                           pattern);
    return {};
}

} // namespace Bureau

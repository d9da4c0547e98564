// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DocumentChain.h"

#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace Bureau
{

/*
 * Canonical serialisation, version 1 (frozen: never change how version 1 reads; a new format is a
 * new version, and documents keep the version they were issued under).
 *
 * UTF-8 text: the line "bureau-document-v1", then one `key=value` line per field, each ended by
 * "\n", in exactly this order:
 *
 *   id, kind, series, number, number_year, sequence, issue_date, issued_at, client_id,
 *   source_document_id, language, currency, eur_rate_micros, title, purchase_order, service_from,
 *   service_to, payment_terms_days, due_date, discount_basis_points, discount_cents, notes,
 *   vat_case, net_cents, vat_cents, disbursements_cents, total_cents, deducted_cents, due_cents,
 *   vat_eur_cents, lines (their count), then for each line N = 1, 2, … in position order:
 *   line.N.kind, line.N.description, line.N.quantity_thousandths, line.N.unit,
 *   line.N.unit_price_cents, line.N.vat_basis_points, line.N.discount_basis_points,
 *   line.N.net_cents, line.N.mission_id, line.N.task_id, line.N.receipt_file_id;
 *   deductions (their count), then for each deduction N in the order given:
 *   deduction.N.deposit_id, deduction.N.amount_cents; and last snapshot (the stored JSON verbatim).
 *
 * Values: integers in decimal ("-" for a negative), 0 for an absent id, rate or amount (an absent
 * vat_eur_cents is empty); dates ISO 8601 (YYYY-MM-DD), empty when absent; keys (kind, status,
 * vat case, unit) as stored in the database; text as is with "\" written "\\", a line feed "\n"
 * and a carriage return "\r". The status, the archived PDF, sent_at, created_at and updated_at are
 * not part of it (they may change after issue).
 */
namespace
{

/** Appends "key=value\n" with the value's backslashes, line feeds and carriage returns escaped. */
void appendField(QByteArray& out, const char* key, const QByteArray& utf8)
{
    out += key;
    out += '=';
    if (utf8.contains('\\') || utf8.contains('\n') || utf8.contains('\r')) {
        // These bytes are ASCII: in UTF-8 they never occur inside a multi-byte character.
        for (const char c : utf8) {
            if (c == '\\')
                out += "\\\\";
            else if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else
                out += c;
        }
    } else {
        out += utf8;
    }
    out += '\n';
}

void appendText(QByteArray& out, const char* key, const QString& value)
{
    appendField(out, key, value.toUtf8());
}

void appendInteger(QByteArray& out, const char* key, qint64 value)
{
    appendField(out, key, QByteArray::number(value));
}

/** YYYY-MM-DD (the years of documents have four digits), empty for an invalid date. */
void appendDate(QByteArray& out, const char* key, const QDate& value)
{
    out += key;
    out += '=';
    if (value.isValid()) {
        const auto two = [&out](int n) {
            out += char('0' + n / 10);
            out += char('0' + n % 10);
        };
        const int year = value.year();
        two(year / 100);
        two(year % 100);
        out += '-';
        two(value.month());
        out += '-';
        two(value.day());
    }
    out += '\n';
}

/** canonical() version 1 with the snapshot given as its UTF-8 bytes (verify() reads them so). */
QByteArray canonicalV1(const BillingDocument& document, const QByteArray& snapshotUtf8)
{
    QByteArray out;
    out.reserve(1024 + snapshotUtf8.size() + document.lines.size() * 400);
    out += "bureau-document-v1\n";
    appendInteger(out, "id", document.id);
    appendText(out, "kind", BillingDocument::kindKey(document.kind));
    appendText(out, "series", BillingDocument::seriesKey(document.series()));
    appendText(out, "number", document.number);
    appendInteger(out, "number_year", document.numberYear);
    appendInteger(out, "sequence", document.sequence);
    appendDate(out, "issue_date", document.issueDate);
    appendInteger(out, "issued_at", document.issuedAtMs);
    appendInteger(out, "client_id", document.clientId);
    appendInteger(out, "source_document_id", document.sourceDocumentId);
    appendText(out, "language", document.language);
    appendText(out, "currency", document.currency);
    appendInteger(out, "eur_rate_micros", document.eurRateMicros);
    appendText(out, "title", document.title);
    appendText(out, "purchase_order", document.purchaseOrder);
    appendDate(out, "service_from", document.serviceFrom);
    appendDate(out, "service_to", document.serviceTo);
    appendInteger(out, "payment_terms_days", document.paymentTermsDays);
    appendDate(out, "due_date", document.dueDate);
    appendInteger(out, "discount_basis_points", document.discountBasisPoints);
    appendInteger(out, "discount_cents", document.discountCents);
    appendText(out, "notes", document.notes);
    appendText(out, "vat_case", document.vatCase ? BillingDocument::vatCaseKey(*document.vatCase) : QString());
    appendInteger(out, "net_cents", document.netCents);
    appendInteger(out, "vat_cents", document.vatCents);
    appendInteger(out, "disbursements_cents", document.disbursementsCents);
    appendInteger(out, "total_cents", document.totalCents);
    appendInteger(out, "deducted_cents", document.deductedCents);
    appendInteger(out, "due_cents", document.dueCents);
    appendField(out, "vat_eur_cents",
                document.vatEurCents ? QByteArray::number(*document.vatEurCents) : QByteArray());
    appendInteger(out, "lines", document.lines.size());
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const DocumentLine& line = document.lines.at(i);
        const QByteArray prefix = "line." + QByteArray::number(i + 1) + '.';
        const auto key = [&prefix](const char* name) { return QByteArray(prefix + name); };
        appendText(out, key("kind").constData(), BillingDocument::lineKindKey(line.kind));
        appendText(out, key("description").constData(), line.description);
        appendInteger(out, key("quantity_thousandths").constData(), line.quantityThousandths);
        appendText(out, key("unit").constData(), BillingDocument::unitKey(line.unit));
        appendInteger(out, key("unit_price_cents").constData(), line.unitPriceCents);
        appendInteger(out, key("vat_basis_points").constData(), line.vatBasisPoints);
        appendInteger(out, key("discount_basis_points").constData(), line.discountBasisPoints);
        appendInteger(out, key("net_cents").constData(), line.netCents);
        appendInteger(out, key("mission_id").constData(), line.missionId);
        appendInteger(out, key("task_id").constData(), line.taskId);
        appendInteger(out, key("receipt_file_id").constData(), line.receiptFileId);
    }
    appendInteger(out, "deductions", document.deductions.size());
    for (qsizetype i = 0; i < document.deductions.size(); ++i) {
        const DocumentDeduction& deduction = document.deductions.at(i);
        const QByteArray prefix = "deduction." + QByteArray::number(i + 1) + '.';
        appendInteger(out, QByteArray(prefix + "deposit_id").constData(), deduction.depositId);
        appendInteger(out, QByteArray(prefix + "amount_cents").constData(), deduction.amountCents);
    }
    appendField(out, "snapshot", snapshotUtf8);
    return out;
}

} // namespace

QByteArray DocumentChain::canonical(const BillingDocument& document, int version)
{
    if (version != 1)
        return {};
    return canonicalV1(document, document.snapshot.toUtf8());
}

QString DocumentChain::link(const QString& previousHash, const QByteArray& canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toUtf8());
    hash.addData(canonical);
    return QString::fromLatin1(hash.result().toHex());
}

namespace
{

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

/** What the walk keeps of each numbered document once its hash is checked. */
struct Link
{
    qint64 id = 0;
    QString number;
    int year = 0;
    qint64 sequence = 0;
    QString previous;
    QString hash;
    bool contentMatches = false;
    int lines = 0;
    BillingDocument::Kind kind = BillingDocument::Kind::Invoice;
};

struct SeriesState
{
    QList<Link> links;
};

} // namespace

Result<QStringList> DocumentChain::verify(Database& database)
{
    QStringList problems;
    if (!database.hasTable(QStringLiteral("documents")))
        return problems;
    const QString readError = tr("The documents cannot be checked.");

    // Three cursors in document id order, merged: documents, their lines, their deductions.
    QSqlQuery docs(database.connection());
    docs.setForwardOnly(true);
    if (!docs.exec(QStringLiteral(
            "SELECT id, kind, client_id, number, number_year, sequence, issue_date, issued_at, source_document_id, "
            "language, currency, eur_rate_micros, title, purchase_order, service_from, service_to, payment_terms_days, "
            "due_date, discount_basis_points, discount_cents, notes, vat_case, net_cents, vat_cents, "
            "disbursements_cents, total_cents, deducted_cents, due_cents, vat_eur_cents, CAST(snapshot AS BLOB), "
            "canonical_version, "
            "chain_previous, chain_hash FROM documents WHERE number IS NOT NULL ORDER BY id")))
        return Database::sqlError(readError, docs.lastError());
    QSqlQuery lines(database.connection());
    lines.setForwardOnly(true);
    if (!lines.exec(QStringLiteral(
            "SELECT l.document_id, l.kind, l.description, l.quantity_thousandths, l.unit, l.unit_price_cents, "
            "l.vat_basis_points, l.discount_basis_points, l.net_cents, l.mission_id, l.task_id, l.receipt_file_id "
            "FROM document_lines l WHERE l.document_id IN (SELECT id FROM documents WHERE number IS NOT NULL) "
            "ORDER BY l.document_id, l.position")))
        return Database::sqlError(readError, lines.lastError());
    QSqlQuery deductions(database.connection());
    deductions.setForwardOnly(true);
    if (!deductions.exec(QStringLiteral(
            "SELECT x.document_id, x.deposit_id, x.amount_cents FROM document_deductions x "
            "JOIN documents dep ON dep.id = x.deposit_id "
            "WHERE x.document_id IN (SELECT id FROM documents WHERE number IS NOT NULL) "
            "ORDER BY x.document_id, dep.issue_date, dep.sequence, dep.id")))
        return Database::sqlError(readError, deductions.lastError());

    bool lineValid = lines.next();
    bool deductionValid = deductions.next();
    std::map<QString, SeriesState> series;
    while (docs.next()) {
        BillingDocument d;
        int c = 0;
        d.id = docs.value(c++).toLongLong();
        d.kind = BillingDocument::kindFromKey(docs.value(c++).toString()).value_or(BillingDocument::Kind::Invoice);
        d.clientId = docs.value(c++).toLongLong();
        d.number = docs.value(c++).toString();
        d.numberYear = docs.value(c++).toInt();
        d.sequence = docs.value(c++).toLongLong();
        d.issueDate = dateOf(docs.value(c++));
        d.issuedAtMs = docs.value(c++).toLongLong();
        d.sourceDocumentId = docs.value(c++).toLongLong();
        d.language = docs.value(c++).toString();
        d.currency = docs.value(c++).toString();
        d.eurRateMicros = docs.value(c++).toLongLong();
        d.title = docs.value(c++).toString();
        d.purchaseOrder = docs.value(c++).toString();
        d.serviceFrom = dateOf(docs.value(c++));
        d.serviceTo = dateOf(docs.value(c++));
        d.paymentTermsDays = docs.value(c++).toInt();
        d.dueDate = dateOf(docs.value(c++));
        d.discountBasisPoints = docs.value(c++).toInt();
        d.discountCents = docs.value(c++).toLongLong();
        d.notes = docs.value(c++).toString();
        const QVariant vatCase = docs.value(c++);
        if (!vatCase.isNull())
            d.vatCase = BillingDocument::vatCaseFromKey(vatCase.toString());
        d.netCents = docs.value(c++).toLongLong();
        d.vatCents = docs.value(c++).toLongLong();
        d.disbursementsCents = docs.value(c++).toLongLong();
        d.totalCents = docs.value(c++).toLongLong();
        d.deductedCents = docs.value(c++).toLongLong();
        d.dueCents = docs.value(c++).toLongLong();
        const QVariant vatEur = docs.value(c++);
        if (!vatEur.isNull())
            d.vatEurCents = vatEur.toLongLong();
        const QByteArray snapshot = docs.value(c++).toByteArray();
        d.canonicalVersion = docs.value(c++).toInt();
        d.chainPrevious = docs.value(c++).toString();
        d.chainHash = docs.value(c++).toString();

        while (lineValid && lines.value(0).toLongLong() < d.id)
            lineValid = lines.next();
        while (lineValid && lines.value(0).toLongLong() == d.id) {
            DocumentLine line;
            line.kind = BillingDocument::lineKindFromKey(lines.value(1).toString()).value_or(DocumentLine::Kind::Service);
            line.description = lines.value(2).toString();
            line.quantityThousandths = lines.value(3).toLongLong();
            line.unit = BillingDocument::unitFromKey(lines.value(4).toString()).value_or(DocumentLine::Unit::Unit);
            line.unitPriceCents = lines.value(5).toLongLong();
            line.vatBasisPoints = lines.value(6).toInt();
            line.discountBasisPoints = lines.value(7).toInt();
            line.netCents = lines.value(8).toLongLong();
            line.missionId = lines.value(9).toLongLong();
            line.taskId = lines.value(10).toLongLong();
            line.receiptFileId = lines.value(11).toLongLong();
            d.lines << line;
            lineValid = lines.next();
        }
        while (deductionValid && deductions.value(0).toLongLong() < d.id)
            deductionValid = deductions.next();
        while (deductionValid && deductions.value(0).toLongLong() == d.id) {
            DocumentDeduction deduction;
            deduction.depositId = deductions.value(1).toLongLong();
            deduction.amountCents = deductions.value(2).toLongLong();
            d.deductions << deduction;
            deductionValid = deductions.next();
        }

        Link link;
        link.id = d.id;
        link.number = d.number;
        link.year = d.numberYear;
        link.sequence = d.sequence;
        link.previous = d.chainPrevious;
        link.hash = d.chainHash;
        link.lines = int(d.lines.size());
        link.kind = d.kind;
        const QByteArray text = d.canonicalVersion == 1 ? canonicalV1(d, snapshot) : QByteArray();
        link.contentMatches = !text.isEmpty() && DocumentChain::link(d.chainPrevious, text) == d.chainHash;
        series[BillingDocument::seriesKey(d.series())].links << link;
    }
    docs.finish();
    lines.finish();
    deductions.finish();

    // The stored heads and counters.
    QHash<QString, std::pair<QString, qint64>> heads;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT series, chain_head, chain_length FROM document_series ORDER BY series")))
        return Database::sqlError(readError, query.lastError());
    while (query.next())
        heads.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toLongLong()});
    query.finish();
    QHash<QString, QHash<int, qint64>> counters;
    if (!query.exec(QStringLiteral("SELECT series, year, last_number FROM document_counters")))
        return Database::sqlError(readError, query.lastError());
    while (query.next())
        counters[query.value(0).toString()].insert(query.value(1).toInt(), query.value(2).toLongLong());
    query.finish();

    for (auto it = heads.cbegin(); it != heads.cend(); ++it)
        series.try_emplace(it.key());
    for (auto& [key, state] : series) {
        // Hashes and lines.
        QHash<QString, qsizetype> byPrevious;
        for (qsizetype i = 0; i < state.links.size(); ++i) {
            const Link& link = state.links.at(i);
            if (!link.contentMatches)
                problems << tr("The document %1 does not match its chain hash: it was changed after it was issued.")
                                .arg(link.number);
            if (link.lines == 0 && link.kind != BillingDocument::Kind::Quote)
                problems << tr("The issued document %1 has no line.").arg(link.number);
            if (byPrevious.contains(link.previous))
                problems << tr("The documents %1 and %2 claim the same place in the chain of the %3 series.")
                                .arg(state.links.at(byPrevious.value(link.previous)).number, link.number, key);
            else
                byPrevious.insert(link.previous, i);
        }
        // The walk from the start of the chain.
        QString current;
        qint64 walked = 0;
        QSet<qsizetype> reached;
        while (byPrevious.contains(current)) {
            const qsizetype index = byPrevious.value(current);
            if (reached.contains(index))
                break;
            reached.insert(index);
            current = state.links.at(index).hash;
            ++walked;
        }
        for (qsizetype i = 0; i < state.links.size(); ++i) {
            if (!reached.contains(i))
                problems << tr("The document %1 is not linked to the chain of the %2 series: a document before it is "
                               "missing or was changed.")
                                .arg(state.links.at(i).number, key);
        }
        const auto head = heads.value(key);
        if (head.first != current || head.second != qint64(state.links.size()) || head.second != walked)
            problems << tr("The chain of the %1 series ends at its document %2 of %3, but its head records %4: a "
                           "document is missing or was added by hand.")
                            .arg(key)
                            .arg(walked)
                            .arg(state.links.size())
                            .arg(head.second);

        // Numbers: 1..n per year, counters at n.
        QHash<int, QList<qint64>> sequences;
        for (const Link& link : std::as_const(state.links))
            sequences[link.year] << link.sequence;
        const QHash<int, qint64> seriesCounters = counters.value(key);
        for (auto year = sequences.begin(); year != sequences.end(); ++year) {
            QList<qint64>& numbers = year.value();
            std::sort(numbers.begin(), numbers.end());
            const QString yearText = year.key() == 0 ? tr("(no yearly reset)") : QString::number(year.key());
            for (qsizetype i = 0; i < numbers.size(); ++i) {
                if (i > 0 && numbers.at(i) == numbers.at(i - 1))
                    problems << tr("The number %1 is given twice in the %2 series for %3.")
                                    .arg(numbers.at(i))
                                    .arg(key, yearText);
            }
            qint64 expected = 1;
            for (qsizetype i = 0; i < numbers.size(); ++i) {
                if (i > 0 && numbers.at(i) == numbers.at(i - 1))
                    continue;
                if (numbers.at(i) == expected + 1) {
                    problems << tr("The number %1 is missing in the %2 series for %3.").arg(expected).arg(key, yearText);
                } else if (numbers.at(i) != expected) {
                    problems << tr("The numbers %1 to %2 are missing in the %3 series for %4.")
                                    .arg(expected)
                                    .arg(numbers.at(i) - 1)
                                    .arg(key, yearText);
                }
                expected = numbers.at(i) + 1;
            }
            const qint64 last = numbers.isEmpty() ? 0 : numbers.constLast();
            const qint64 counter = seriesCounters.value(year.key(), 0);
            if (counter != last)
                problems << tr("The counter of the %1 series for %2 is at %3 but its last number is %4.")
                                .arg(key, yearText)
                                .arg(counter)
                                .arg(last);
        }
        for (auto counter = seriesCounters.cbegin(); counter != seriesCounters.cend(); ++counter) {
            if (!sequences.contains(counter.key()) && counter.value() != 0)
                problems << tr("The counter of the %1 series for %2 is at %3 but no document has a number there.")
                                .arg(key, QString::number(counter.key()))
                                .arg(counter.value());
        }
    }

    // Balances: paid = Σ allocations; credited = Σ issued credit notes.
    if (!query.exec(QStringLiteral(
            "WITH paid AS (SELECT document_id, sum(amount_cents) AS cents FROM payment_allocations GROUP BY document_id), "
            "credited AS (SELECT source_document_id AS document_id, sum(total_cents) AS cents FROM documents "
            "WHERE kind = 'credit_note' AND number IS NOT NULL GROUP BY source_document_id), "
            "ids AS (SELECT document_id FROM document_balances UNION SELECT document_id FROM paid "
            "UNION SELECT document_id FROM credited) "
            "SELECT ids.document_id, coalesce(d.number, ''), coalesce(b.paid_cents, 0), coalesce(p.cents, 0), "
            "coalesce(b.credited_cents, 0), coalesce(c.cents, 0) FROM ids "
            "LEFT JOIN documents d ON d.id = ids.document_id "
            "LEFT JOIN document_balances b ON b.document_id = ids.document_id "
            "LEFT JOIN paid p ON p.document_id = ids.document_id "
            "LEFT JOIN credited c ON c.document_id = ids.document_id "
            "WHERE coalesce(b.paid_cents, 0) <> coalesce(p.cents, 0) "
            "OR coalesce(b.credited_cents, 0) <> coalesce(c.cents, 0) ORDER BY ids.document_id")))
        return Database::sqlError(readError, query.lastError());
    while (query.next()) {
        const QString number = query.value(1).toString().isEmpty() ? QString::number(query.value(0).toLongLong())
                                                                  : query.value(1).toString();
        problems << tr("The balance of %1 disagrees with its payments and credit notes (paid %2 instead of %3, "
                       "credited %4 instead of %5, in cents).")
                        .arg(number)
                        .arg(query.value(2).toLongLong())
                        .arg(query.value(3).toLongLong())
                        .arg(query.value(4).toLongLong())
                        .arg(query.value(5).toLongLong());
    }
    query.finish();
    return problems;
}

} // namespace Bureau

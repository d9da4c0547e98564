// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/RevenueReport.h"

#include "core/documents/DocumentLanguage.h"
#include "core/documents/DocumentModel.h"
#include "core/documents/DocumentRenderer.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/interop/CsvWriter.h"
#include "core/services/PaymentService.h"
#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

__extension__ typedef __int128 Int128;

/** numerator / denominator rounded half away from zero (denominator ≠ 0). */
qint64 divideRounded(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 magnitude = numerator >= 0 ? numerator : -numerator;
    const Int128 rounded = (2 * magnitude + denominator) / (2 * denominator);
    return static_cast<qint64>(numerator >= 0 ? rounded : -rounded);
}

QDate periodStart(QDate day, RevenueReport::Granularity granularity)
{
    switch (granularity) {
    case RevenueReport::Granularity::Month:
        return LocalCalendar::monthStart(day);
    case RevenueReport::Granularity::Quarter:
        return LocalCalendar::quarterStart(day);
    case RevenueReport::Granularity::Year:
        break;
    }
    return LocalCalendar::yearStart(day);
}

QDate nextPeriod(QDate start, RevenueReport::Granularity granularity)
{
    switch (granularity) {
    case RevenueReport::Granularity::Month:
        return start.addMonths(1);
    case RevenueReport::Granularity::Quarter:
        return start.addMonths(3);
    case RevenueReport::Granularity::Year:
        break;
    }
    return start.addYears(1);
}

QString periodLabel(QDate start, RevenueReport::Granularity granularity)
{
    switch (granularity) {
    case RevenueReport::Granularity::Month:
        return QLocale().toString(start, QStringLiteral("MMMM yyyy"));
    case RevenueReport::Granularity::Quarter:
        return RevenueReport::tr("Q%1 %2", "quarter of a year").arg((start.month() - 1) / 3 + 1).arg(start.year());
    case RevenueReport::Granularity::Year:
        break;
    }
    return QString::number(start.year());
}

/** A receipt with its method as stored (its key). */
Result<QList<RevenueReport::Receipt>> loadReceipts(Database& db, QDate from, QDate to)
{
    QList<RevenueReport::Receipt> receipts;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.received_on, c.name, "
        "  coalesce((SELECT group_concat(number, ', ') FROM (SELECT d.number AS number FROM payment_allocations a "
        "            JOIN documents d ON d.id = a.document_id WHERE a.payment_id = p.id ORDER BY d.number)), ''), "
        "  p.eur_cents, p.method, p.reference "
        "FROM payments p JOIN clients c ON c.id = p.client_id "
        "WHERE p.received_on >= ? AND p.received_on <= ? ORDER BY p.received_on, p.id"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return Database::sqlError(RevenueReport::tr("The receipts could not be read."), query.lastError());
    while (query.next()) {
        receipts.append(RevenueReport::Receipt{
            query.value(0).toLongLong(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong(),
            query.value(5).toString(), query.value(6).toString()});
    }
    query.finish();
    return receipts;
}

QString methodInLanguage(const QString& key, const DocumentLanguage& l)
{
    // The same context and sources as Payment::methodText(), so one translation serves both.
    switch (Payment::methodFromKey(key).value_or(Payment::Method::Other)) {
    case Payment::Method::Transfer:
        return l.translate("Payment", "Bank transfer");
    case Payment::Method::Card:
        return l.translate("Payment", "Card");
    case Payment::Method::Cheque:
        return l.translate("Payment", "Cheque");
    case Payment::Method::Cash:
        return l.translate("Payment", "Cash");
    case Payment::Method::DirectDebit:
        return l.translate("Payment", "Direct debit");
    case Payment::Method::PayPal:
        return l.translate("Payment", "PayPal");
    case Payment::Method::Other:
        break;
    }
    return l.translate("Payment", "Other");
}

Status checkRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return Error::make(Error::Kind::Invalid, RevenueReport::tr("Choose the first and the last day of the period."));
    if (to < from)
        return Error::make(Error::Kind::Invalid, RevenueReport::tr("The period ends before it starts."));
    return {};
}

} // namespace

RevenueReport::RevenueReport(Database& database)
    : m_db(database)
{
}

Result<QList<RevenueReport::Row>> RevenueReport::revenue(QDate from, QDate to, Granularity granularity) const
{
    if (const Status range = checkRange(from, to); !range)
        return range.error();
    // Sums per month from SQL (over the date indexes), then folded into the periods asked for.
    struct Sums
    {
        qint64 net = 0;
        qint64 total = 0;
        qint64 collected = 0;
    };
    QHash<QString, Sums> months;
    const QString first = periodStart(from, granularity).toString(Qt::ISODate);
    const QString last = nextPeriod(periodStart(to, granularity), granularity).addDays(-1).toString(Qt::ISODate);

    // Invoiced: issued invoices and deposits, credit notes negative, by issue date. A final invoice
    // that deducts deposits counts its net less theirs (and its total less what it deducts): the
    // deposits were counted when issued. Other currencies at their stored rate, rounded half away
    // from zero (without a rate they cannot be counted in euros).
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT substr(issue_date, 1, 7) AS month, "
        "  sum(sign * CASE WHEN currency = 'EUR' THEN net "
        "      ELSE ((abs(net) * eur_rate_micros + 500000) / 1000000) * (CASE WHEN net < 0 THEN -1 ELSE 1 END) END), "
        "  sum(sign * CASE WHEN currency = 'EUR' THEN total "
        "      ELSE ((abs(total) * eur_rate_micros + 500000) / 1000000) * (CASE WHEN total < 0 THEN -1 ELSE 1 END) "
        "END) "
        "FROM (SELECT d.issue_date AS issue_date, d.currency AS currency, d.eur_rate_micros AS eur_rate_micros, "
        "        CASE WHEN d.kind = 'credit_note' THEN -1 ELSE 1 END AS sign, "
        "        d.net_cents - CASE WHEN d.deducted_cents = 0 THEN 0 ELSE coalesce((SELECT sum(dep.net_cents) "
        "          FROM document_deductions dd JOIN documents dep ON dep.id = dd.deposit_id "
        "          WHERE dd.document_id = d.id), 0) END AS net, "
        "        d.total_cents - d.deducted_cents AS total "
        "      FROM documents d "
        "      WHERE d.issue_date >= :first AND d.issue_date <= :last AND d.number IS NOT NULL "
        "        AND +d.kind IN ('invoice', 'deposit', 'credit_note') " // + : walk the date index, not the kind one
        "        AND (d.currency = 'EUR' OR d.eur_rate_micros IS NOT NULL)) "
        "GROUP BY month"));
    query.bindValue(QStringLiteral(":first"), first);
    query.bindValue(QStringLiteral(":last"), last);
    if (!query.exec())
        return Database::sqlError(tr("The revenue could not be read."), query.lastError());
    while (query.next()) {
        Sums& sums = months[query.value(0).toString()];
        sums.net += query.value(1).toLongLong();
        sums.total += query.value(2).toLongLong();
    }
    query.finish();

    // Collected: euros received, net of refunds, by date received.
    query.prepare(QStringLiteral("SELECT substr(received_on, 1, 7) AS month, sum(eur_cents) FROM payments "
                                 "WHERE received_on >= ? AND received_on <= ? GROUP BY month"));
    query.addBindValue(first);
    query.addBindValue(last);
    if (!query.exec())
        return Database::sqlError(tr("The revenue could not be read."), query.lastError());
    while (query.next())
        months[query.value(0).toString()].collected += query.value(1).toLongLong();
    query.finish();

    QList<Row> rows;
    for (QDate start = periodStart(from, granularity); start <= to; start = nextPeriod(start, granularity)) {
        Row row{start, periodLabel(start, granularity), 0, 0, 0};
        const QDate end = nextPeriod(start, granularity);
        for (QDate month = start; month < end; month = month.addMonths(1)) {
            const auto it = months.constFind(LocalCalendar::monthKey(month));
            if (it == months.constEnd())
                continue;
            row.invoicedNetEurCents += it->net;
            row.invoicedTotalEurCents += it->total;
            row.collectedEurCents += it->collected;
        }
        rows.append(row);
    }
    return rows;
}

Result<qint64> RevenueReport::urssafTurnover(QDate from, QDate to) const
{
    if (const Status range = checkRange(from, to); !range)
        return range.error();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT coalesce(sum(eur_cents), 0) FROM payments WHERE received_on >= ? AND received_on <= ?"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The turnover to declare could not be read."), query.lastError());
    qint64 turnover = query.value(0).toLongLong();
    query.finish();

    // Each allocation carries its invoice's share of VAT and débours, which are not turnover:
    // allocation × (VAT + débours) / total, in euros at the payment's own rate (euros received /
    // amount), rounded half away from zero once.
    query.prepare(QStringLiteral(
        "SELECT a.amount_cents, d.vat_cents + d.disbursements_cents, d.total_cents, p.eur_cents, p.amount_cents "
        "FROM payments p JOIN payment_allocations a ON a.payment_id = p.id JOIN documents d ON d.id = a.document_id "
        "WHERE p.received_on >= ? AND p.received_on <= ? AND d.total_cents <> 0 "
        "AND (d.vat_cents <> 0 OR d.disbursements_cents <> 0)"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec())
        return Database::sqlError(tr("The turnover to declare could not be read."), query.lastError());
    while (query.next()) {
        const Int128 allocated = query.value(0).toLongLong();
        const Int128 excluded = query.value(1).toLongLong();
        const Int128 total = query.value(2).toLongLong();
        const Int128 euros = query.value(3).toLongLong();
        const Int128 amount = query.value(4).toLongLong();
        if (amount == 0)
            continue;
        turnover -= divideRounded(allocated * excluded * euros, total * amount);
    }
    query.finish();
    return turnover;
}

Result<QList<RevenueReport::Receipt>> RevenueReport::receipts(QDate from, QDate to) const
{
    if (const Status range = checkRange(from, to); !range)
        return range.error();
    auto receipts = loadReceipts(m_db, from, to);
    if (!receipts)
        return receipts.error();
    for (Receipt& receipt : *receipts)
        receipt.method = Payment::methodText(Payment::methodFromKey(receipt.method).value_or(Payment::Method::Other));
    return receipts;
}

Result<QByteArray> RevenueReport::receiptsCsv(QDate from, QDate to) const
{
    auto receipts = this->receipts(from, to);
    if (!receipts)
        return receipts.error();
    CsvWriter writer(CsvWriter::Options{QLatin1Char(','), true});
    writer.addRow(
        QStringList{tr("Date"), tr("Client"), tr("Invoices"), tr("Amount (EUR)"), tr("Method"), tr("Reference")});
    // Data rows only (no total row), so that a spreadsheet or an accountant's tool can import it.
    for (const Receipt& receipt : std::as_const(*receipts)) {
        writer.addRow(QList<CsvWriter::Cell>{
            CsvWriter::Cell{receipt.receivedOn.toString(Qt::ISODate), false},
            CsvWriter::Cell{receipt.clientName, false}, CsvWriter::Cell{receipt.references, false},
            CsvWriter::Cell::number(Money::fromCents(receipt.eurCents, QStringLiteral("EUR")).toPlainString()),
            CsvWriter::Cell{receipt.method, false}, CsvWriter::Cell{receipt.reference, false}});
    }
    return writer.data();
}

Result<QByteArray> RevenueReport::receiptsPdf(QDate from, QDate to, const QString& language) const
{
    if (!DocumentLanguage::isSupported(language))
        return Error::make(Error::Kind::Invalid,
                           tr("Documents can be written in French or English, not “%1”.").arg(language));
    if (const Status range = checkRange(from, to); !range)
        return range.error();
    auto receipts = loadReceipts(m_db, from, to);
    if (!receipts)
        return receipts.error();
    auto profile = ProfileRepository(m_db).load();
    if (!profile)
        return profile.error();

    const DocumentLanguage l(language);
    const QString range = l.translate("RevenueReport", "%1 to %2", "a range of days").arg(l.date(from), l.date(to));
    DocumentModel doc;
    doc.language = l;
    doc.title = l.translate("RevenueReport", "Receipts register");
    doc.reference = range;
    if (profile->has_value())
        doc.sellerName = (*profile)->legalNameWithMention();
    doc.addHeading(l.translate("RevenueReport", "Receipts register"), 1);
    QList<std::pair<QString, QString>> pairs;
    if (profile->has_value()) {
        pairs.append({l.translate("RevenueReport", "Entrepreneur"), (*profile)->legalNameWithMention()});
        if (!(*profile)->siret.isEmpty())
            pairs.append({l.translate("RevenueReport", "SIRET"), (*profile)->siret});
    }
    pairs.append({l.translate("RevenueReport", "Period"), range});
    doc.addKeyValues(pairs);

    DocumentTable table;
    table.columns = {DocumentTable::Column{l.translate("RevenueReport", "Date"), 1.3, Qt::AlignLeft},
                     DocumentTable::Column{l.translate("RevenueReport", "Client"), 2.2, Qt::AlignLeft},
                     DocumentTable::Column{l.translate("RevenueReport", "Invoices"), 1.8, Qt::AlignLeft},
                     DocumentTable::Column{l.translate("RevenueReport", "Amount"), 1.4, Qt::AlignRight},
                     DocumentTable::Column{l.translate("RevenueReport", "Method"), 1.4, Qt::AlignLeft},
                     DocumentTable::Column{l.translate("RevenueReport", "Reference"), 1.6, Qt::AlignLeft}};
    qint64 total = 0;
    for (const Receipt& receipt : std::as_const(*receipts)) {
        table.addRow({l.locale().toString(receipt.receivedOn, QLocale::ShortFormat), receipt.clientName,
                      receipt.references, l.money(Money::fromCents(receipt.eurCents, QStringLiteral("EUR"))),
                      methodInLanguage(receipt.method, l), receipt.reference});
        total += receipt.eurCents;
    }
    table.addRow({l.translate("RevenueReport", "Total"), QString(), QString(),
                  l.money(Money::fromCents(total, QStringLiteral("EUR"))), QString(), QString()},
                 true);
    doc.addTable(table);
    if (receipts->isEmpty())
        doc.addParagraph(l.translate("RevenueReport", "No payment was received in this period."));
    return DocumentRenderer::render(doc);
}

Result<VatRules::FranchiseTurnover> RevenueReport::franchiseTurnover(int year) const
{
    VatRules::FranchiseTurnover turnover;
    turnover.year = year;
    // One query: the thresholds of the year (else the latest earlier year's) and the euros received
    // in the calendar year and the two before it (VatRules::franchiseOpenThisYear) from clients whose
    // operations are taxable in France (VatRules::isTaxableInFrance: in France or Monaco, or a
    // private person anywhere).
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT (SELECT base_cents FROM vat_thresholds WHERE year <= :year1 ORDER BY year DESC LIMIT 1), "
        "       (SELECT higher_cents FROM vat_thresholds WHERE year <= :year2 ORDER BY year DESC LIMIT 1), "
        "       coalesce(sum(CASE WHEN p.received_on >= :first THEN p.eur_cents END), 0), "
        "       coalesce(sum(CASE WHEN p.received_on < :first2 AND p.received_on >= :previous THEN p.eur_cents END), 0), "
        "       coalesce(sum(CASE WHEN p.received_on < :previous2 THEN p.eur_cents END), 0) "
        "FROM payments p JOIN clients c ON c.id = p.client_id "
        "WHERE p.received_on >= :before AND p.received_on <= :last "
        "  AND (upper(c.country) IN ('FR', 'MC') OR c.professional = 0)"));
    const QString first = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString previous = QDate(year - 1, 1, 1).toString(Qt::ISODate);
    query.bindValue(QStringLiteral(":year1"), year);
    query.bindValue(QStringLiteral(":year2"), year);
    query.bindValue(QStringLiteral(":first"), first);
    query.bindValue(QStringLiteral(":first2"), first);
    query.bindValue(QStringLiteral(":previous"), previous);
    query.bindValue(QStringLiteral(":previous2"), previous);
    query.bindValue(QStringLiteral(":before"), QDate(year - 2, 1, 1).toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":last"), QDate(year, 12, 31).toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The turnover of the year could not be read."), query.lastError());
    turnover.baseCents = query.value(0).toLongLong();
    turnover.higherCents = query.value(1).toLongLong();
    turnover.receivedEurCents = query.value(2).toLongLong();
    turnover.previousYearEurCents = query.value(3).toLongLong();
    turnover.yearBeforeEurCents = query.value(4).toLongLong();
    query.finish();
    return turnover;
}

Status RevenueReport::setThresholds(int year, qint64 baseCents, qint64 higherCents)
{
    if (year < 2000 || year > 2200)
        return Error::make(Error::Kind::Invalid, tr("The year %1 is not valid.").arg(year));
    if (baseCents <= 0)
        return Error::make(Error::Kind::Invalid, tr("The base threshold must be more than zero."));
    if (higherCents < baseCents)
        return Error::make(Error::Kind::Invalid, tr("The higher threshold cannot be below the base threshold."));
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("INSERT INTO vat_thresholds (year, base_cents, higher_cents) VALUES (?, ?, ?) "
                                     "ON CONFLICT (year) DO UPDATE SET base_cents = excluded.base_cents, "
                                     "higher_cents = excluded.higher_cents"));
        query.addBindValue(year);
        query.addBindValue(baseCents);
        query.addBindValue(higherCents);
        if (!query.exec())
            return Database::sqlError(tr("The thresholds could not be saved."), query.lastError());
        return {};
    });
}

} // namespace Bureau

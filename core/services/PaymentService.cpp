// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PaymentService.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <tuple>

#include <algorithm>

namespace Bureau
{

namespace
{

struct MethodKey
{
    Payment::Method method;
    QLatin1String key;
};

// As the CHECK of `payments.method`.
constexpr MethodKey kMethods[] = {
    {Payment::Method::Transfer, QLatin1String("transfer")},
    {Payment::Method::Card, QLatin1String("card")},
    {Payment::Method::Cheque, QLatin1String("cheque")},
    {Payment::Method::Cash, QLatin1String("cash")},
    {Payment::Method::DirectDebit, QLatin1String("direct_debit")},
    {Payment::Method::PayPal, QLatin1String("paypal")},
    {Payment::Method::Other, QLatin1String("other")},
};

const QString kPaymentColumns =
    QStringLiteral("p.id, p.client_id, p.received_on, p.amount_cents, p.currency, p.eur_cents, p.method, p.reference, "
                   "p.notes, p.created_at");

Payment paymentOf(const QSqlQuery& query)
{
    Payment payment;
    payment.id = query.value(0).toLongLong();
    payment.clientId = query.value(1).toLongLong();
    payment.receivedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    payment.amount = Money::fromCents(query.value(3).toLongLong(), query.value(4).toString());
    payment.eurCents = query.value(5).toLongLong();
    payment.method = Payment::methodFromKey(query.value(6).toString()).value_or(Payment::Method::Other);
    payment.reference = query.value(7).toString();
    payment.notes = query.value(8).toString();
    payment.createdAtMs = query.value(9).toLongLong();
    return payment;
}

/** An issued invoice or deposit as payments see it. */
struct Payable
{
    qint64 id = 0;
    QString number;
    qint64 clientId = 0;
    QString kind;
    QString currency;
    bool issued = false;
    qint64 dueCents = 0;
    qint64 paidCents = 0;
    qint64 creditedCents = 0;
    qint64 outstanding() const { return dueCents - paidCents - creditedCents; }
};

const QString kPayableSelect = QStringLiteral(
    "SELECT d.id, coalesce(d.number, ''), d.client_id, d.kind, d.currency, d.number IS NOT NULL, d.due_cents, "
    "coalesce(b.paid_cents, 0), coalesce(b.credited_cents, 0) "
    "FROM documents d LEFT JOIN document_balances b ON b.document_id = d.id ");

Payable payableOf(const QSqlQuery& query)
{
    return Payable{query.value(0).toLongLong(), query.value(1).toString(),   query.value(2).toLongLong(),
                   query.value(3).toString(),   query.value(4).toString(),   query.value(5).toBool(),
                   query.value(6).toLongLong(), query.value(7).toLongLong(), query.value(8).toLongLong()};
}

Result<std::optional<Payable>> findPayable(Database& db, qint64 documentId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(kPayableSelect + QStringLiteral("WHERE d.id = ?"));
    query.addBindValue(documentId);
    if (!query.exec())
        return Database::sqlError(PaymentService::tr("The invoice could not be read."), query.lastError());
    std::optional<Payable> payable;
    if (query.next())
        payable = payableOf(query);
    query.finish();
    return payable;
}

/**
 * The clients' credit per currency (@p clientId 0: every client; @p currency empty: every currency):
 * money not allocated to any invoice, plus money paid for invoices that credit notes made overpaid
 * (what was paid beyond what is now due, at most what was paid on the invoice and through the
 * deposits it deducts — a credit note on a final invoice can give those back too).
 * With @p onlyOwed, rows whose credit is not above zero are left out (a refund beyond the credit
 * leaves it below zero: a payment's deletion checks that).
 */
Result<QList<PaymentService::ClientCredit>> creditsOf(Database& db, qint64 clientId, const QString& currency,
                                                      bool onlyOwed)
{
    const QString paymentFilter = QString((clientId > 0 ? QStringLiteral(" AND p.client_id = :c1") : QString())
                                          + (currency.isEmpty() ? QString() : QStringLiteral(" AND p.currency = :cur1")));
    const QString documentFilter = QString((clientId > 0 ? QStringLiteral(" AND d.client_id = :c2") : QString())
                                           + (currency.isEmpty() ? QString() : QStringLiteral(" AND d.currency = :cur2")));
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT x.client_id, c.name, c.email, c.phone, x.currency, sum(x.unallocated), sum(x.overpaid), "
                       "       group_concat(x.number, ', ') "
                       // Only payments with money left over are grouped (grouping them all costs 30 ms on
                       // 20,000 payments); an invoice is overpaid only once credited, so the balances lead.
                       "FROM (SELECT p.client_id, p.currency, p.amount_cents - coalesce((SELECT sum(a.amount_cents) "
                       "              FROM payment_allocations a WHERE a.payment_id = p.id), 0) AS unallocated, "
                       "             0 AS overpaid, NULL AS number "
                       "      FROM payments p WHERE unallocated <> 0")
        + paymentFilter
        + QStringLiteral("      UNION ALL "
                         // What was paid for it — on it, and through the deposits it deducts — beyond
                         // what is due after its credit notes.
                         "      SELECT d.client_id, d.currency, 0, "
                         "             min(b.paid_cents + d.deducted_cents, b.paid_cents + b.credited_cents - d.due_cents), "
                         "             d.number "
                         "      FROM document_balances b CROSS JOIN documents d ON d.id = b.document_id "
                         "      WHERE b.credited_cents > 0 AND b.paid_cents + d.deducted_cents > 0 "
                         "        AND b.paid_cents + b.credited_cents > d.due_cents AND d.number IS NOT NULL "
                         "        AND +d.kind IN ('invoice', 'deposit')")
        + documentFilter
        + QStringLiteral(") x JOIN clients c ON c.id = x.client_id "
                         "GROUP BY x.client_id, x.currency")
        + (onlyOwed ? QStringLiteral(" HAVING sum(x.unallocated) + sum(x.overpaid) > 0") : QString()));
    if (clientId > 0) {
        query.bindValue(QStringLiteral(":c1"), clientId);
        query.bindValue(QStringLiteral(":c2"), clientId);
    }
    if (!currency.isEmpty()) {
        query.bindValue(QStringLiteral(":cur1"), currency);
        query.bindValue(QStringLiteral(":cur2"), currency);
    }
    if (!query.exec())
        return Database::sqlError(PaymentService::tr("The clients' credit could not be read."), query.lastError());
    QList<PaymentService::ClientCredit> rows;
    while (query.next()) {
        PaymentService::ClientCredit row;
        row.clientId = query.value(0).toLongLong();
        row.clientName = query.value(1).toString();
        row.clientEmail = query.value(2).toString();
        row.clientPhone = query.value(3).toString();
        row.currency = query.value(4).toString();
        row.unallocatedCents = query.value(5).toLongLong();
        row.overpaidCents = query.value(6).toLongLong();
        const QString numbers = query.value(7).toString();
        if (!numbers.isEmpty())
            row.overpaidNumbers = numbers.split(QStringLiteral(", "));
        row.overpaidNumbers.sort();
        rows.append(row);
    }
    query.finish();
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        const int byName = QString::localeAwareCompare(a.clientName, b.clientName);
        return byName != 0 ? byName < 0 : a.currency < b.currency;
    });
    return rows;
}

Result<qint64> creditOf(Database& db, qint64 clientId, const QString& currency)
{
    auto rows = creditsOf(db, clientId, currency, false);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? qint64(0) : rows->first().creditCents();
}

QString money(qint64 cents, const QString& currency)
{
    return Money::fromCents(cents, currency).format(QLocale());
}

Error invalid(const QString& message, const QString& detail = {})
{
    return Error::make(Error::Kind::Invalid, message, detail);
}

} // namespace

qint64 Payment::unallocatedCents() const
{
    qint64 allocated = 0;
    for (const Allocation& allocation : allocations)
        allocated += allocation.amountCents;
    return amount.cents() - allocated;
}

QString Payment::methodKey(Method method)
{
    for (const MethodKey& entry : kMethods) {
        if (entry.method == method)
            return entry.key;
    }
    return QStringLiteral("other");
}

std::optional<Payment::Method> Payment::methodFromKey(const QString& key)
{
    for (const MethodKey& entry : kMethods) {
        if (key == entry.key)
            return entry.method;
    }
    return std::nullopt;
}

QString Payment::methodText(Method method)
{
    switch (method) {
    case Method::Transfer:
        return tr("Bank transfer");
    case Method::Card:
        return tr("Card");
    case Method::Cheque:
        return tr("Cheque");
    case Method::Cash:
        return tr("Cash");
    case Method::DirectDebit:
        return tr("Direct debit");
    case Method::PayPal:
        return tr("PayPal");
    case Method::Other:
        break;
    }
    return tr("Other");
}

PaymentService::PaymentService(Database& database)
    : m_db(database)
{
}

Result<Payment> PaymentService::add(const Payment& input)
{
    Payment payment = input;
    payment.reference = payment.reference.trimmed();
    payment.notes = payment.notes.trimmed();
    if (payment.clientId <= 0)
        return invalid(tr("Choose the client who paid."));
    if (!payment.amount.isValid() || !Money::isValidCurrencyCode(payment.amount.currency()))
        return invalid(tr("Choose the currency of the payment."));
    if (payment.amount.isZero())
        return invalid(tr("The amount of the payment cannot be zero."));
    if (!payment.receivedOn.isValid())
        return invalid(tr("Enter the date the payment was received."));
    const QDate today = LocalCalendar::forDatabase(m_db).dayOf(m_db.clock().nowMs());
    if (payment.receivedOn > today)
        return invalid(tr("The payment cannot be received in the future (%1).")
                           .arg(QLocale().toString(payment.receivedOn, QLocale::ShortFormat)));
    const QString currency = payment.amount.currency();
    const bool refund = payment.amount.isNegative();
    if (currency == QLatin1String("EUR")) {
        if (payment.eurCents == 0)
            payment.eurCents = payment.amount.cents();
        else if (payment.eurCents != payment.amount.cents())
            return invalid(tr("For a payment in euros, the euros received are the amount of the payment."));
    } else {
        if (payment.eurCents == 0)
            return invalid(tr("Enter the euros actually received for this payment in %1.").arg(currency));
        if ((payment.eurCents < 0) != refund)
            return invalid(refund ? tr("The euros of a refund must be negative, as its amount is.")
                                  : tr("The euros received must be more than zero."));
    }

    qint64 allocated = 0;
    QSet<qint64> documents;
    for (const Payment::Allocation& allocation : std::as_const(payment.allocations)) {
        if (allocation.documentId <= 0)
            return invalid(tr("Choose the invoice each part of the payment goes to."));
        if (documents.contains(allocation.documentId))
            return invalid(tr("An invoice appears twice in the spreading of the payment."));
        documents.insert(allocation.documentId);
        if (allocation.amountCents == 0)
            return invalid(tr("An amount allocated to an invoice cannot be zero."));
        if ((allocation.amountCents < 0) != refund)
            return invalid(refund ? tr("A refund can only be allocated as negative amounts.")
                                  : tr("A payment can only be allocated as positive amounts."));
        allocated += allocation.amountCents;
    }
    if (!refund && allocated > payment.amount.cents())
        return invalid(tr("The amounts allocated (%1) exceed the payment (%2).")
                           .arg(money(allocated, currency), money(payment.amount.cents(), currency)));
    if (refund && allocated < payment.amount.cents())
        return invalid(tr("The amounts allocated (%1) exceed the refund (%2).")
                           .arg(money(-allocated, currency), money(-payment.amount.cents(), currency)));

    qint64 id = 0;
    const Status written = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
        query.addBindValue(payment.clientId);
        if (!query.exec() || !query.next())
            return Database::sqlError(tr("The payment could not be saved."), query.lastError());
        const bool clientExists = query.value(0).toBool();
        query.finish();
        if (!clientExists)
            return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(payment.clientId));

        for (Payment::Allocation& allocation : payment.allocations) {
            auto found = findPayable(m_db, allocation.documentId);
            if (!found)
                return found.error();
            const std::optional<Payable>& document = *found;
            if (!document || document->clientId != payment.clientId || !document->issued
                || (document->kind != QLatin1String("invoice") && document->kind != QLatin1String("deposit")))
                return invalid(tr("A payment can only go to an issued invoice or deposit invoice of its client."),
                               QStringLiteral("document %1").arg(allocation.documentId));
            if (document->currency != currency)
                return invalid(tr("Invoice %1 is in %2: a payment in %3 cannot go to it.")
                                   .arg(document->number, document->currency, currency));
            const qint64 outstanding = document->outstanding();
            if (!refund && allocation.amountCents > outstanding)
                return invalid(
                    tr("%1 cannot go to invoice %2: only %3 is outstanding on it. The rest stays the client's credit.")
                        .arg(money(allocation.amountCents, currency), document->number,
                             money(std::max<qint64>(outstanding, 0), currency)));
            // A refund goes back on an invoice that credit notes (or payments) made overpaid.
            if (refund && -allocation.amountCents > -outstanding)
                return invalid(tr("%1 cannot be refunded on invoice %2: it is overpaid by %3 only.")
                                   .arg(money(-allocation.amountCents, currency), document->number,
                                        money(std::max<qint64>(-outstanding, 0), currency)));
            allocation.documentNumber = document->number;
        }
        // What a refund does not take from overpaid invoices pays back the client's credit.
        if (refund && payment.unallocatedCents() < 0) {
            auto credit = creditOf(m_db, payment.clientId, currency);
            if (!credit)
                return credit.error();
            if (-payment.unallocatedCents() > *credit)
                return invalid(tr("The refund of %1 exceeds the client's credit of %2.")
                                   .arg(money(-payment.unallocatedCents(), currency),
                                        money(std::max<qint64>(*credit, 0), currency)));
        }

        query.prepare(QStringLiteral("INSERT INTO payments (client_id, received_on, amount_cents, currency, eur_cents, "
                                     "method, reference, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(payment.clientId);
        query.addBindValue(payment.receivedOn.toString(Qt::ISODate));
        query.addBindValue(payment.amount.cents());
        query.addBindValue(currency);
        query.addBindValue(payment.eurCents);
        query.addBindValue(Payment::methodKey(payment.method));
        query.addBindValue(payment.reference.isNull() ? QStringLiteral("") : payment.reference);
        query.addBindValue(payment.notes.isNull() ? QStringLiteral("") : payment.notes);
        query.addBindValue(m_db.clock().nowMs());
        if (!query.exec())
            return Database::sqlError(tr("The payment could not be saved."), query.lastError());
        id = query.lastInsertId().toLongLong();
        query.finish();

        query.prepare(
            QStringLiteral("INSERT INTO payment_allocations (payment_id, document_id, amount_cents) VALUES (?, ?, ?)"));
        for (const Payment::Allocation& allocation : std::as_const(payment.allocations)) {
            query.addBindValue(id);
            query.addBindValue(allocation.documentId);
            query.addBindValue(allocation.amountCents);
            if (!query.exec())
                return Database::sqlError(tr("The payment could not be saved."), query.lastError());
        }
        return {};
    });
    if (!written)
        return written.error();
    return find(id);
}

Status PaymentService::remove(qint64 paymentId)
{
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT client_id, currency, amount_cents FROM payments WHERE id = ?"));
        query.addBindValue(paymentId);
        if (!query.exec())
            return Database::sqlError(tr("The payment could not be deleted."), query.lastError());
        if (!query.next())
            return Error::make(Error::Kind::NotFound, tr("No payment has the number %1.").arg(paymentId));
        const qint64 clientId = query.value(0).toLongLong();
        const QString currency = query.value(1).toString();
        query.finish();

        query.prepare(QStringLiteral("DELETE FROM payment_allocations WHERE payment_id = ?"));
        query.addBindValue(paymentId);
        if (!query.exec())
            return Database::sqlError(tr("The payment could not be deleted."), query.lastError());
        query.prepare(QStringLiteral("DELETE FROM payments WHERE id = ?"));
        query.addBindValue(paymentId);
        if (!query.exec())
            return Database::sqlError(tr("The payment could not be deleted."), query.lastError());
        // A refund that paid back this payment's credit would be left paying back nothing.
        auto credit = creditOf(m_db, clientId, currency);
        if (!credit)
            return credit.error();
        if (*credit < 0)
            return Error::make(Error::Kind::Conflict,
                               tr("This payment cannot be deleted: a refund paid its credit back. Delete the refund "
                                  "first."));
        return {};
    });
}

Result<Payment> PaymentService::find(qint64 paymentId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kPaymentColumns + QStringLiteral(" FROM payments p WHERE p.id = ?"));
    query.addBindValue(paymentId);
    if (!query.exec())
        return Database::sqlError(tr("The payment could not be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, tr("No payment has the number %1.").arg(paymentId));
    Payment payment = paymentOf(query);
    query.finish();
    query.prepare(
        QStringLiteral("SELECT a.document_id, a.amount_cents, coalesce(d.number, '') FROM payment_allocations a "
                       "JOIN documents d ON d.id = a.document_id WHERE a.payment_id = ? ORDER BY d.number, "
                       "a.document_id"));
    query.addBindValue(paymentId);
    if (!query.exec())
        return Database::sqlError(tr("The payment could not be read."), query.lastError());
    while (query.next())
        payment.allocations.append(
            Payment::Allocation{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    query.finish();
    return payment;
}

Result<QList<Payment>> PaymentService::list(qint64 clientId, QDate from, QDate to) const
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (clientId > 0)
        where += QStringLiteral(" AND p.client_id = :client");
    if (from.isValid())
        where += QStringLiteral(" AND p.received_on >= :from");
    if (to.isValid())
        where += QStringLiteral(" AND p.received_on <= :to");
    const auto bind = [&](QSqlQuery& query) {
        if (clientId > 0)
            query.bindValue(QStringLiteral(":client"), clientId);
        if (from.isValid())
            query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
        if (to.isValid())
            query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    };

    QList<Payment> payments;
    QHash<qint64, qsizetype> index;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kPaymentColumns + QStringLiteral(" FROM payments p") + where
                  + QStringLiteral(" ORDER BY p.received_on, p.id"));
    bind(query);
    if (!query.exec())
        return Database::sqlError(tr("The payments could not be read."), query.lastError());
    while (query.next()) {
        payments.append(paymentOf(query));
        index.insert(payments.last().id, payments.size() - 1);
    }
    query.finish();
    if (payments.isEmpty())
        return payments;

    query.prepare(QStringLiteral("SELECT a.payment_id, a.document_id, a.amount_cents, coalesce(d.number, '') "
                                 "FROM payments p JOIN payment_allocations a ON a.payment_id = p.id "
                                 "JOIN documents d ON d.id = a.document_id")
                  + where + QStringLiteral(" ORDER BY a.payment_id, d.number, a.document_id"));
    bind(query);
    if (!query.exec())
        return Database::sqlError(tr("The payments could not be read."), query.lastError());
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        payments[*it].allocations.append(
            Payment::Allocation{query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toString()});
    }
    query.finish();
    return payments;
}

Result<QList<Payment::Allocation>> PaymentService::proposeAllocations(qint64 clientId, const QString& currency,
                                                                      qint64 amountCents) const
{
    QList<Payment::Allocation> allocations;
    if (amountCents <= 0)
        return allocations;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT d.id, d.number, d.due_cents - coalesce(b.paid_cents, 0) - coalesce(b.credited_cents, 0) AS outstanding "
        "FROM documents d LEFT JOIN document_balances b ON b.document_id = d.id "
        "WHERE d.client_id = ? AND d.kind IN ('invoice', 'deposit') AND d.number IS NOT NULL AND d.currency = ? "
        "AND outstanding > 0 ORDER BY d.due_date, d.issue_date, d.id"));
    query.addBindValue(clientId);
    query.addBindValue(currency.trimmed().toUpper());
    if (!query.exec())
        return Database::sqlError(tr("The client's invoices could not be read."), query.lastError());
    qint64 left = amountCents;
    while (left > 0 && query.next()) {
        const qint64 part = std::min(left, query.value(2).toLongLong());
        allocations.append(Payment::Allocation{query.value(0).toLongLong(), part, query.value(1).toString()});
        left -= part;
    }
    query.finish();
    return allocations;
}

Result<qint64> PaymentService::clientCredit(qint64 clientId, const QString& currency) const
{
    return creditOf(m_db, clientId, currency.trimmed().toUpper());
}

Result<qint64> PaymentService::useCredit(qint64 documentId, qint64 amountCents)
{
    if (amountCents <= 0)
        return invalid(tr("The credit to use must be more than zero."));
    qint64 used = 0;
    const Status written = m_db.write([&]() -> Status {
        auto found = findPayable(m_db, documentId);
        if (!found)
            return found.error();
        const std::optional<Payable>& document = *found;
        if (!document)
            return Error::make(Error::Kind::NotFound, tr("No document has the number %1.").arg(documentId));
        if (!document->issued
            || (document->kind != QLatin1String("invoice") && document->kind != QLatin1String("deposit")))
            return invalid(tr("Credit can only pay an issued invoice or deposit invoice."));
        auto credit = creditOf(m_db, document->clientId, document->currency);
        if (!credit)
            return credit.error();
        if (*credit <= 0)
            return invalid(tr("The client has no credit in %1.").arg(document->currency));
        if (document->outstanding() <= 0)
            return invalid(tr("Nothing is outstanding on invoice %1.").arg(document->number));
        qint64 left = std::min({amountCents, *credit, document->outstanding()});

        // The oldest payments with money not yet allocated give it first.
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT p.id, p.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM payment_allocations a "
            "WHERE a.payment_id = p.id), 0) AS unallocated FROM payments p "
            "WHERE p.client_id = ? AND p.currency = ? AND p.amount_cents > 0 AND unallocated > 0 "
            "ORDER BY p.received_on, p.id"));
        query.addBindValue(document->clientId);
        query.addBindValue(document->currency);
        if (!query.exec())
            return Database::sqlError(tr("The client's credit could not be read."), query.lastError());
        QList<std::pair<qint64, qint64>> parts;
        while (left > 0 && query.next()) {
            const qint64 part = std::min(left, query.value(1).toLongLong());
            parts.append({query.value(0).toLongLong(), part});
            left -= part;
        }
        query.finish();

        // Then money paid on invoices that credit notes made overpaid moves over: the payment's
        // allocation on the overpaid invoice shrinks by what it gives the new one.
        QList<std::tuple<qint64, qint64, qint64>> moves; // payment, from document, amount
        if (left > 0) {
            query.prepare(QStringLiteral(
                "SELECT d.id, CASE WHEN b.paid_cents < b.paid_cents + b.credited_cents - d.due_cents THEN b.paid_cents "
                "ELSE b.paid_cents + b.credited_cents - d.due_cents END FROM documents d "
                "JOIN document_balances b ON b.document_id = d.id "
                "WHERE d.client_id = ? AND d.currency = ? AND d.number IS NOT NULL AND d.id <> ? "
                "AND d.kind IN ('invoice', 'deposit') AND b.paid_cents > 0 AND b.paid_cents + b.credited_cents > d.due_cents "
                "ORDER BY d.issue_date, d.id"));
            query.addBindValue(document->clientId);
            query.addBindValue(document->currency);
            query.addBindValue(documentId);
            if (!query.exec())
                return Database::sqlError(tr("The client's credit could not be read."), query.lastError());
            QList<std::pair<qint64, qint64>> overpaid;
            while (query.next())
                overpaid.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
            query.finish();
            QSqlQuery allocations(m_db.connection());
            allocations.setForwardOnly(true);
            allocations.prepare(QStringLiteral("SELECT payment_id, amount_cents FROM payment_allocations "
                                               "WHERE document_id = ? AND amount_cents > 0 ORDER BY payment_id"));
            for (const auto& [overpaidId, movable] : std::as_const(overpaid)) {
                qint64 take = std::min(left, movable);
                allocations.addBindValue(overpaidId);
                if (!allocations.exec())
                    return Database::sqlError(tr("The client's credit could not be read."), allocations.lastError());
                while (take > 0 && allocations.next()) {
                    const qint64 part = std::min(take, allocations.value(1).toLongLong());
                    moves.append({allocations.value(0).toLongLong(), overpaidId, part});
                    take -= part;
                    left -= part;
                }
                allocations.finish();
                if (left <= 0)
                    break;
            }
        }
        for (const auto& [paymentId, fromId, part] : std::as_const(moves)) {
            // An allocation cannot hold zero (CHECK): one that gives all it has is deleted instead.
            QSqlQuery move(m_db.connection());
            move.prepare(QStringLiteral("DELETE FROM payment_allocations WHERE payment_id = ? AND document_id = ? "
                                        "AND amount_cents = ?"));
            move.addBindValue(paymentId);
            move.addBindValue(fromId);
            move.addBindValue(part);
            if (!move.exec())
                return Database::sqlError(tr("The credit could not be used."), move.lastError());
            if (move.numRowsAffected() == 0) {
                move.prepare(QStringLiteral("UPDATE payment_allocations SET amount_cents = amount_cents - ? "
                                            "WHERE payment_id = ? AND document_id = ?"));
                move.addBindValue(part);
                move.addBindValue(paymentId);
                move.addBindValue(fromId);
                if (!move.exec())
                    return Database::sqlError(tr("The credit could not be used."), move.lastError());
            }
            parts.append({paymentId, part});
        }

        query.prepare(QStringLiteral(
            "INSERT INTO payment_allocations (payment_id, document_id, amount_cents) VALUES (?, ?, ?) "
            "ON CONFLICT (payment_id, document_id) DO UPDATE SET amount_cents = amount_cents + excluded.amount_cents"));
        for (const auto& [paymentId, part] : std::as_const(parts)) {
            query.addBindValue(paymentId);
            query.addBindValue(documentId);
            query.addBindValue(part);
            if (!query.exec())
                return Database::sqlError(tr("The credit could not be used."), query.lastError());
            used += part;
        }
        return {};
    });
    if (!written)
        return written.error();
    return used;
}

Result<QList<PaymentService::Receivable>> PaymentService::receivables(QDate asOf, qint64 clientId) const
{
    QList<Receivable> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT d.id, d.number, d.client_id, c.name, c.email, c.phone, d.issue_date, d.due_date, "
                       "d.currency, d.due_cents, "
                       "d.due_cents - coalesce(b.paid_cents, 0) - coalesce(b.credited_cents, 0) AS outstanding "
                       "FROM documents d JOIN clients c ON c.id = d.client_id "
                       "LEFT JOIN document_balances b ON b.document_id = d.id "
                       "WHERE d.kind IN ('invoice', 'deposit') AND d.status IN ('issued', 'sent') AND outstanding > 0 "
                       "AND +d.issue_date <= :asOf")
        + (clientId > 0 ? QStringLiteral(" AND d.client_id = :client") : QString())
        + QStringLiteral(" ORDER BY d.due_date, d.issue_date, d.id"));
    query.bindValue(QStringLiteral(":asOf"), asOf.toString(Qt::ISODate));
    if (clientId > 0)
        query.bindValue(QStringLiteral(":client"), clientId);
    if (!query.exec())
        return Database::sqlError(tr("The receivables could not be read."), query.lastError());
    while (query.next()) {
        Receivable row;
        row.documentId = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.clientId = query.value(2).toLongLong();
        row.clientName = query.value(3).toString();
        row.clientEmail = query.value(4).toString();
        row.clientPhone = query.value(5).toString();
        row.issueDate = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        row.dueDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        row.currency = query.value(8).toString();
        row.dueCents = query.value(9).toLongLong();
        row.outstandingCents = query.value(10).toLongLong();
        row.daysOverdue = row.dueDate.isValid() ? int(row.dueDate.daysTo(asOf)) : 0;
        rows.append(row);
    }
    query.finish();
    return rows;
}

Result<QList<PaymentService::ClientCredit>> PaymentService::credits(qint64 clientId) const
{
    return creditsOf(m_db, clientId, {}, true);
}

Result<QList<PaymentService::AgeingTotals>> PaymentService::ageing(QDate asOf) const
{
    // Days overdue = asOf − due date. Buckets: ≤ 0 not due (the due day itself is not overdue);
    // 1–30 → "0–30" (day 30 included); 31–60 → "31–60" (day 31 and day 60 included); 61 and more → "over 60".
    QList<AgeingTotals> rows;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The bounds as due dates (ISO text compares as dates): due on or after asOf → not due; due on
    // or after asOf − 30 → 1–30 days; on or after asOf − 60 → 31–60; earlier → over 60.
    query.prepare(QStringLiteral(
        "SELECT currency, "
        "  sum(CASE WHEN due >= :notDue THEN outstanding ELSE 0 END), "
        "  sum(CASE WHEN due < :notDue2 AND due >= :days30 THEN outstanding ELSE 0 END), "
        "  sum(CASE WHEN due < :days30b AND due >= :days60 THEN outstanding ELSE 0 END), "
        "  sum(CASE WHEN due < :days60b THEN outstanding ELSE 0 END) "
        "FROM (SELECT d.currency AS currency, coalesce(d.due_date, d.issue_date) AS due, "
        "        d.due_cents - coalesce(b.paid_cents, 0) - coalesce(b.credited_cents, 0) AS outstanding "
        "      FROM documents d LEFT JOIN document_balances b ON b.document_id = d.id "
        "      WHERE d.kind IN ('invoice', 'deposit') AND d.status IN ('issued', 'sent') AND +d.issue_date <= :asOf) "
        "WHERE outstanding > 0 GROUP BY currency ORDER BY currency"));
    const QString notDue = asOf.toString(Qt::ISODate);
    const QString days30 = asOf.addDays(-30).toString(Qt::ISODate);
    const QString days60 = asOf.addDays(-60).toString(Qt::ISODate);
    query.bindValue(QStringLiteral(":notDue"), notDue);
    query.bindValue(QStringLiteral(":notDue2"), notDue);
    query.bindValue(QStringLiteral(":days30"), days30);
    query.bindValue(QStringLiteral(":days30b"), days30);
    query.bindValue(QStringLiteral(":days60"), days60);
    query.bindValue(QStringLiteral(":days60b"), days60);
    query.bindValue(QStringLiteral(":asOf"), notDue);
    if (!query.exec())
        return Database::sqlError(tr("The receivables could not be read."), query.lastError());
    while (query.next())
        rows.append(AgeingTotals{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                                 query.value(3).toLongLong(), query.value(4).toLongLong()});
    query.finish();
    return rows;
}

} // namespace Bureau

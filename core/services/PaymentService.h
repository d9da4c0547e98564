// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bureau
{

class Database;

/** Money received from a client (positive) or refunded to them (negative). Table `payments`. */
struct Payment final
{
    Q_DECLARE_TR_FUNCTIONS(Payment)

public:
    enum class Method
    {
        Transfer,
        Card,
        Cheque,
        Cash,
        DirectDebit,
        PayPal,
        Other,
    };

    struct Allocation
    {
        qint64 documentId = 0;
        /** In the payment's (= the document's) currency; negative for a refund. */
        qint64 amountCents = 0;
        /** Read back: the document's number. */
        QString documentNumber;

        friend bool operator==(const Allocation&, const Allocation&) = default;
    };

    qint64 id = 0;
    qint64 clientId = 0;
    QDate receivedOn;
    /** In the currency of the documents it pays. */
    Money amount;
    /** The euros actually received (= amount for EUR). */
    qint64 eurCents = 0;
    Method method = Method::Transfer;
    QString reference;
    QString notes;
    QList<Allocation> allocations;
    qint64 createdAtMs = 0;

    friend bool operator==(const Payment&, const Payment&) = default;

    /** amount − Σ allocations: what became the client's credit. */
    qint64 unallocatedCents() const;

    static QString methodKey(Method method);
    static std::optional<Method> methodFromKey(const QString& key);
    static QString methodText(Method method);
};

/**
 * Payments, their spreading over invoices, client credit and receivables (DESIGN.md; issue 6).
 *
 * A payment may be split across several issued invoices or deposits of its client in its currency
 * (each allocation at most what is outstanding on it); what is not allocated is the client's
 * credit — never lost, never silently refused — which useCredit() later allocates to another
 * invoice. A refund is a negative payment: allocated (negatively) to an invoice that credit notes
 * made overpaid, or unallocated to pay back a credit. Balances live in `document_balances`, kept
 * by triggers in the same transaction.
 */
class PaymentService final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    /** One outstanding issued invoice or deposit, for the receivables view. */
    struct Receivable
    {
        qint64 documentId = 0;
        QString number;
        qint64 clientId = 0;
        QString clientName;
        QString clientEmail;
        QString clientPhone;
        QDate issueDate;
        QDate dueDate;
        QString currency;
        qint64 dueCents = 0;
        qint64 outstandingCents = 0;
        /** Days past the due date at the given day; ≤ 0 when not yet due. */
        int daysOverdue = 0;
    };

    /** Outstanding per currency: not yet due, 0–30, 31–60 and over 60 days overdue. */
    struct AgeingTotals
    {
        QString currency;
        qint64 notDueCents = 0;
        qint64 days0To30Cents = 0;
        qint64 days31To60Cents = 0;
        qint64 over60Cents = 0;
        qint64 totalCents() const { return notDueCents + days0To30Cents + days31To60Cents + over60Cents; }
    };

    /** What a client is owed in one currency: the client's credit, and where it comes from. */
    struct ClientCredit
    {
        qint64 clientId = 0;
        QString clientName;
        QString clientEmail;
        QString clientPhone;
        QString currency;
        /** Money received and allocated to no invoice (an overpayment, an advance), less refunds of it. */
        qint64 unallocatedCents = 0;
        /** Money paid on invoices that credit notes then made overpaid. */
        qint64 overpaidCents = 0;
        /** Those invoices' numbers. */
        QStringList overpaidNumbers;
        qint64 creditCents() const { return unallocatedCents + overpaidCents; }
    };

    explicit PaymentService(Database& database);

    /**
     * Records @p payment and its allocations in one transaction. Refused (Invalid, translated):
     * no client, zero amount, no date, a date in the future, an allocation to a document that is
     * not the client's issued invoice or deposit in the payment's currency, an allocation above what
     * is outstanding on it, allocations summing beyond the amount (or, for a refund, below it).
     */
    Result<Payment> add(const Payment& payment);
    /** Deletes a payment and its allocations (a recording mistake). */
    Status remove(qint64 paymentId);
    Result<Payment> find(qint64 paymentId) const;
    /** Payments of a client (0: all) received in [from, to] (invalid bounds: open), by date. */
    Result<QList<Payment>> list(qint64 clientId, QDate from = {}, QDate to = {}) const;

    /**
     * Allocations of @p amountCents over the client's outstanding documents in @p currency, oldest
     * due first: what the payment dialog proposes. The remainder, if any, stays credit.
     */
    Result<QList<Payment::Allocation>> proposeAllocations(qint64 clientId, const QString& currency,
                                                         qint64 amountCents) const;

    /**
     * The client's credit in @p currency: money not allocated to any invoice (Σ payments − Σ
     * allocations), plus money paid on invoices that credit notes made overpaid (paid + credited
     * beyond what is due, at most what was paid).
     */
    Result<qint64> clientCredit(qint64 clientId, const QString& currency) const;
    /**
     * Allocates up to @p amountCents of the client's credit to an issued invoice: first from the oldest
     * payments with money left unallocated, then by moving money paid on overpaid invoices (oldest
     * first: their allocation shrinks by what the new one gets); returns the amount allocated.
     */
    Result<qint64> useCredit(qint64 documentId, qint64 amountCents);

    /** What is outstanding on issued invoices and deposits at @p asOf, most overdue first; 0: all clients. */
    Result<QList<Receivable>> receivables(QDate asOf, qint64 clientId = 0) const;
    Result<QList<AgeingTotals>> ageing(QDate asOf) const;
    /**
     * What is owed to clients (0: all; else that client): their credit per currency, where it is
     * above zero, by client name. A later invoice can use it (useCredit) or it is paid back (a refund).
     */
    Result<QList<ClientCredit>> credits(qint64 clientId = 0) const;

private:
    Database& m_db;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
// Payments (issue 6): spreading over invoices, partial payments, credit never lost, refunds after a
// credit note, foreign currency, receivables and their ageing.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/services/DocumentChain.h"
#include "core/services/InvoiceIssuer.h"
#include "core/services/PaymentService.h"
#include "core/storage/DocumentRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Bureau;
using namespace Bureau::Test::Invoicing;
using Bureau::Test::TempDatabase;

namespace
{

/** An issued invoice (franchise: no VAT) of one line of @p cents; issued today (2026-11-27), due 2026-12-27. */
qint64 issueInvoice(Database& db, qint64 clientId, qint64 cents, const QString& currency = QStringLiteral("EUR"))
{
    BillingDocument document = draft(clientId, {service(QStringLiteral("Assistance administrative"), 1000, cents)});
    document.currency = currency;
    if (currency != QLatin1String("EUR"))
        document.eurRateMicros = 920240; // what the franchise threshold counts it at
    auto issued = addAndIssue(db, document);
    BUREAU_REQUIRE_OK(issued);
    return issued->id;
}

Payment::Allocation part(qint64 documentId, qint64 cents)
{
    return Payment::Allocation{documentId, cents, QString()};
}

Payment payment(qint64 clientId, qint64 cents, const QList<Payment::Allocation>& allocations,
                QDate on = QDate(2026, 11, 27), const QString& currency = QStringLiteral("EUR"), qint64 eurCents = 0)
{
    Payment out;
    out.clientId = clientId;
    out.receivedOn = on;
    out.amount = Money::fromCents(cents, currency);
    out.eurCents = eurCents;
    out.method = Payment::Method::Transfer;
    out.reference = QStringLiteral("VIR-2026-11");
    out.allocations = allocations;
    return out;
}

/** due − paid − credited, straight from the tables. */
qint64 outstanding(Database& db, qint64 documentId)
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("SELECT d.due_cents - coalesce(b.paid_cents, 0) - coalesce(b.credited_cents, 0) "
                       "FROM documents d LEFT JOIN document_balances b ON b.document_id = d.id WHERE d.id = ?"));
    query.addBindValue(documentId);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

qint64 paymentCount(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM payments) + (SELECT count(*) FROM payment_allocations)")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

PaymentState stateOf(Database& db, qint64 documentId)
{
    auto summary = DocumentRepository(db).summary(documentId);
    BUREAU_REQUIRE_OK(summary);
    return summary->paymentState;
}

/**
 * An issued invoice written straight into the tables (number, totals, a placeholder snapshot and
 * chain link), so that the payment rules are tested whatever the state of issuing.
 */
qint64 storedInvoice(Database& db, qint64 clientId, qint64 sequence, qint64 dueCents, QDate issueDate, QDate dueDate,
                     const QString& currency = QStringLiteral("EUR"))
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO documents (kind, series, client_id, status, number, number_year, sequence, issue_date, issued_at, "
        "currency, due_date, vat_case, net_cents, total_cents, due_cents, snapshot, canonical_version, chain_previous, "
        "chain_hash, created_at, updated_at) VALUES ('invoice', 'invoice', ?, 'issued', ?, 2026, ?, ?, 0, ?, ?, "
        "'franchise', ?, ?, ?, '{}', 1, '', 'stored', 0, 0)"));
    query.addBindValue(clientId);
    query.addBindValue(QStringLiteral("T2026-%1").arg(sequence, 4, 10, QLatin1Char('0')));
    query.addBindValue(sequence);
    query.addBindValue(issueDate.toString(Qt::ISODate));
    query.addBindValue(currency);
    query.addBindValue(dueDate.toString(Qt::ISODate));
    query.addBindValue(dueCents);
    query.addBindValue(dueCents);
    query.addBindValue(dueCents);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

} // namespace

TEST_CASE("Payment methods have the keys of the database", "[payment]")
{
    CHECK(Payment::methodKey(Payment::Method::DirectDebit) == QLatin1String("direct_debit"));
    CHECK(Payment::methodKey(Payment::Method::PayPal) == QLatin1String("paypal"));
    CHECK(Payment::methodFromKey(QStringLiteral("cheque")) == Payment::Method::Cheque);
    CHECK_FALSE(Payment::methodFromKey(QStringLiteral("bitcoin")).has_value());
    CHECK(Payment::methodText(Payment::Method::Transfer) == QLatin1String("Bank transfer"));
}

TEST_CASE("A payment is split across three invoices", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    const qint64 first = issueInvoice(db.db(), client, 10000);
    const qint64 second = issueInvoice(db.db(), client, 20000);
    const qint64 third = issueInvoice(db.db(), client, 30000);

    // 550.00 = 100.00 + 200.00 + 250.00 of the third's 300.00.
    auto added = PaymentService(db.db()).add(
        payment(client, 55000, {part(first, 10000), part(second, 20000), part(third, 25000)}));
    BUREAU_REQUIRE_OK(added);
    CHECK(added->allocations.size() == 3);
    CHECK(added->unallocatedCents() == 0);
    CHECK(added->eurCents == 55000); // EUR: the euros received are the amount
    CHECK(outstanding(db.db(), first) == 0);
    CHECK(outstanding(db.db(), second) == 0);
    CHECK(outstanding(db.db(), third) == 5000); // 300.00 − 250.00
    CHECK(stateOf(db.db(), first) == PaymentState::Paid);
    CHECK(stateOf(db.db(), third) == PaymentState::PartiallyPaid);

    auto found = PaymentService(db.db()).find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == added.value());
    auto listed = PaymentService(db.db()).list(client);
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().allocations.size() == 3);

    // Deleting the payment gives the invoices their balance back.
    BUREAU_REQUIRE_OK(PaymentService(db.db()).remove(added->id));
    CHECK(outstanding(db.db(), third) == 30000);
    CHECK(paymentCount(db.db()) == 0);
}

TEST_CASE("Partial payments move an invoice from unpaid to paid", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    const qint64 invoice = issueInvoice(db.db(), client, 30000);
    CHECK(stateOf(db.db(), invoice) == PaymentState::Unpaid);

    BUREAU_REQUIRE_OK(PaymentService(db.db()).add(payment(client, 10000, {part(invoice, 10000)})));
    CHECK(stateOf(db.db(), invoice) == PaymentState::PartiallyPaid);
    CHECK(outstanding(db.db(), invoice) == 20000); // 300.00 − 100.00

    // Past the due date (27 December) what is left is overdue.
    db.clock().set(QDateTime(QDate(2026, 12, 28), QTime(10, 0), QTimeZone::utc()));
    CHECK(stateOf(db.db(), invoice) == PaymentState::Overdue);
    auto receivables = PaymentService(db.db()).receivables(QDate(2026, 12, 28));
    BUREAU_REQUIRE_OK(receivables);
    REQUIRE(receivables->size() == 1);
    CHECK(receivables->first().daysOverdue == 1);
    CHECK(receivables->first().outstandingCents == 20000);

    BUREAU_REQUIRE_OK(PaymentService(db.db()).add(payment(client, 20000, {part(invoice, 20000)}, QDate(2026, 12, 28))));
    CHECK(stateOf(db.db(), invoice) == PaymentState::Paid);
    CHECK(outstanding(db.db(), invoice) == 0);
}

TEST_CASE("An overpayment becomes credit that pays a later invoice", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    const qint64 first = issueInvoice(db.db(), client, 10000);
    PaymentService payments(db.db());

    // 150.00 received for a 100.00 invoice: 50.00 is the client's credit.
    auto added = payments.add(payment(client, 15000, {part(first, 10000)}));
    BUREAU_REQUIRE_OK(added);
    CHECK(added->unallocatedCents() == 5000);
    auto credit = payments.clientCredit(client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(*credit == 5000);
    auto proposed = payments.proposeAllocations(client, QStringLiteral("EUR"), 5000);
    BUREAU_REQUIRE_OK(proposed);
    CHECK(proposed->isEmpty()); // nothing else outstanding

    const qint64 later = issueInvoice(db.db(), client, 8000);
    auto used = payments.useCredit(later, 8000);
    BUREAU_REQUIRE_OK(used);
    CHECK(*used == 5000);                       // all of the credit, less than the 80.00 asked
    CHECK(outstanding(db.db(), later) == 3000); // 80.00 − 50.00
    credit = payments.clientCredit(client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(*credit == 0);
    auto found = payments.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found->allocations.size() == 2);
    CHECK(found->unallocatedCents() == 0);

    // No credit left: refused, nothing lost.
    auto again = payments.useCredit(later, 1000);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Invalid);
}

TEST_CASE("Payment proposals go to the oldest due first", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    db.clock().set(QDateTime(QDate(2026, 10, 1), QTime(10, 0), QTimeZone::utc()));
    const qint64 older = issueInvoice(db.db(), client, 10000);
    db.clock().set(QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc()));
    const qint64 newer = issueInvoice(db.db(), client, 20000);

    // 250.00: 100.00 to the older, 150.00 to the newer.
    auto proposed = PaymentService(db.db()).proposeAllocations(client, QStringLiteral("EUR"), 25000);
    BUREAU_REQUIRE_OK(proposed);
    REQUIRE(proposed->size() == 2);
    CHECK(proposed->at(0).documentId == older);
    CHECK(proposed->at(0).amountCents == 10000);
    CHECK(proposed->at(1).documentId == newer);
    CHECK(proposed->at(1).amountCents == 15000);
}

TEST_CASE("Wrong payments are refused with a reason and nothing is written", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    ClientSpec otherSpec;
    otherSpec.name = QStringLiteral("Librairie Martin");
    const qint64 other = addClient(db.db(), otherSpec);
    const qint64 invoice = issueInvoice(db.db(), client, 10000);
    const qint64 otherInvoice = issueInvoice(db.db(), other, 10000);
    auto draftInvoice = addDraft(db.db(), draft(client, {service(QStringLiteral("Brouillon"), 1000, 5000)}));
    BUREAU_REQUIRE_OK(draftInvoice);
    PaymentService payments(db.db());

    const auto refused = [&](const Payment& input) {
        auto result = payments.add(input);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Invalid);
        CHECK_FALSE(result.error().message.isEmpty());
        return result.error().message;
    };

    // Beyond what is outstanding: 150.00 on a 100.00 invoice.
    CHECK(refused(payment(client, 15000, {part(invoice, 15000)})).contains(QLatin1String("outstanding")));
    // Allocations beyond the amount.
    CHECK(refused(payment(client, 5000, {part(invoice, 6000)})).contains(QLatin1String("exceed")));
    // Another client's invoice, a draft.
    refused(payment(client, 10000, {part(otherInvoice, 10000)}));
    refused(payment(client, 5000, {part(draftInvoice->id, 5000)}));
    // Zero, no date, the future (tomorrow in Paris).
    refused(payment(client, 0, {}));
    refused(payment(client, 1000, {}, QDate()));
    refused(payment(client, 1000, {}, QDate(2026, 11, 28)));
    // Euros: required for another currency, equal to the amount in euros.
    refused(payment(client, 1000, {}, QDate(2026, 11, 27), QStringLiteral("USD"), 0));
    refused(payment(client, 1000, {}, QDate(2026, 11, 27), QStringLiteral("EUR"), 999));
    // A refund of credit the client does not have.
    CHECK(refused(payment(client, -1000, {})).contains(QLatin1String("credit")));

    CHECK(paymentCount(db.db()) == 0);
    CHECK(outstanding(db.db(), invoice) == 10000);
}

TEST_CASE("A credit note then a refund bring the balance to zero", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    const qint64 invoice = issueInvoice(db.db(), client, 10000);
    PaymentService payments(db.db());
    BUREAU_REQUIRE_OK(payments.add(payment(client, 10000, {part(invoice, 10000)})));

    // The whole invoice is credited after it was paid: 100.00 overpaid.
    InvoiceIssuer issuer(db.db(), QFileInfo(db.path()).absolutePath());
    auto creditNote = issuer.createCreditNote(invoice);
    BUREAU_REQUIRE_OK(creditNote);
    BUREAU_REQUIRE_OK(issuer.issue(creditNote->id));
    CHECK(outstanding(db.db(), invoice) == -10000); // 100.00 − 100.00 paid − 100.00 credited

    // A refund above the overpayment is refused; the exact one settles the invoice.
    auto tooMuch = payments.add(payment(client, -15000, {part(invoice, -15000)}));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().kind == Error::Kind::Invalid);
    auto refund = payments.add(payment(client, -10000, {part(invoice, -10000)}));
    BUREAU_REQUIRE_OK(refund);
    CHECK(refund->eurCents == -10000);
    CHECK(outstanding(db.db(), invoice) == 0);
    auto credit = payments.clientCredit(client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(*credit == 0);
}

TEST_CASE("Money paid on an invoice later credited pays a later invoice", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    const qint64 first = issueInvoice(db.db(), client, 10000);
    PaymentService payments(db.db());
    BUREAU_REQUIRE_OK(payments.add(payment(client, 10000, {part(first, 10000)})));

    // 40.00 of the paid invoice is credited: the client is owed 40.00, which is their credit.
    InvoiceIssuer issuer(db.db(), QFileInfo(db.path()).absolutePath());
    auto creditNote = issuer.createCreditNote(first, QList<DocumentLine>{service(QStringLiteral("Remise"), 1000, 4000)});
    BUREAU_REQUIRE_OK(creditNote);
    BUREAU_REQUIRE_OK(issuer.issue(creditNote->id));
    CHECK(outstanding(db.db(), first) == -4000); // 100.00 − 100.00 paid − 40.00 credited
    auto credit = payments.clientCredit(client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(*credit == 4000);

    // A later invoice of 100.00 takes it: 40.00 moves from the first invoice's payment.
    const qint64 second = issueInvoice(db.db(), client, 10000);
    auto used = payments.useCredit(second, 10000);
    BUREAU_REQUIRE_OK(used);
    CHECK(*used == 4000);
    CHECK(outstanding(db.db(), first) == 0);
    CHECK(outstanding(db.db(), second) == 6000);
    credit = payments.clientCredit(client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(*credit == 0);
    // The balances still agree with the allocations and credit notes.
    auto problems = DocumentChain::verify(db.db());
    BUREAU_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("What is owed to clients lists overpaid invoices and unallocated money per client and currency",
          "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 dupont = addClient(db.db());
    ClientSpec lumiereSpec;
    lumiereSpec.name = QStringLiteral("Studio Lumière");
    const qint64 lumiere = addClient(db.db(), lumiereSpec);
    ClientSpec morelSpec;
    morelSpec.name = QStringLiteral("Cabinet Morel");
    const qint64 morel = addClient(db.db(), morelSpec);
    PaymentService payments(db.db());
    auto owed = payments.credits();
    BUREAU_REQUIRE_OK(owed);
    CHECK(owed->isEmpty());

    // Dupont: an invoice paid, then 40.00 of it credited; and 25.00 sent with no invoice.
    const qint64 paid = issueInvoice(db.db(), dupont, 10000);
    BUREAU_REQUIRE_OK(payments.add(payment(dupont, 10000, {part(paid, 10000)})));
    InvoiceIssuer issuer(db.db(), QFileInfo(db.path()).absolutePath());
    auto creditNote = issuer.createCreditNote(paid, QList<DocumentLine>{service(QStringLiteral("Remise"), 1000, 4000)});
    BUREAU_REQUIRE_OK(creditNote);
    BUREAU_REQUIRE_OK(issuer.issue(creditNote->id));
    BUREAU_REQUIRE_OK(payments.add(payment(dupont, 2500, {})));
    // Lumière: 300.00 USD received for 200.00 owed.
    const qint64 dollars = issueInvoice(db.db(), lumiere, 20000, QStringLiteral("USD"));
    BUREAU_REQUIRE_OK(payments.add(
        payment(lumiere, 30000, {part(dollars, 20000)}, QDate(2026, 11, 27), QStringLiteral("USD"), 27600)));
    // Morel: an advance of 50.00, all refunded: owed nothing.
    BUREAU_REQUIRE_OK(payments.add(payment(morel, 5000, {})));
    BUREAU_REQUIRE_OK(payments.add(payment(morel, -5000, {})));

    owed = payments.credits();
    BUREAU_REQUIRE_OK(owed);
    REQUIRE(owed->size() == 2);
    // By client name.
    const PaymentService::ClientCredit& first = owed->at(0);
    CHECK(first.clientId == dupont);
    CHECK(first.currency == QLatin1String("EUR"));
    CHECK(first.unallocatedCents == 2500);
    CHECK(first.overpaidCents == 4000);
    CHECK(first.creditCents() == 6500);
    REQUIRE(first.overpaidNumbers.size() == 1);
    CHECK(first.overpaidNumbers.first() == DocumentRepository(db.db()).find(paid)->number);
    const PaymentService::ClientCredit& second = owed->at(1);
    CHECK(second.clientId == lumiere);
    CHECK(second.clientName == QStringLiteral("Studio Lumière"));
    CHECK(second.currency == QLatin1String("USD"));
    CHECK(second.creditCents() == 10000);
    CHECK(second.overpaidNumbers.isEmpty());
    // The same figure as the payment dialog's credit.
    CHECK(*payments.clientCredit(dupont, QStringLiteral("EUR")) == first.creditCents());
    CHECK(*payments.clientCredit(lumiere, QStringLiteral("USD")) == second.creditCents());
    // One client only.
    auto onlyLumiere = payments.credits(lumiere);
    BUREAU_REQUIRE_OK(onlyLumiere);
    REQUIRE(onlyLumiere->size() == 1);
    CHECK(onlyLumiere->first().clientId == lumiere);

    // Used on a later invoice, Dupont's credit is gone from the list.
    const qint64 later = issueInvoice(db.db(), dupont, 10000);
    BUREAU_REQUIRE_OK(payments.useCredit(later, 10000));
    owed = payments.credits();
    BUREAU_REQUIRE_OK(owed);
    REQUIRE(owed->size() == 1);
    CHECK(owed->first().clientId == lumiere);
}

TEST_CASE("A final invoice credited beyond its amount due owes back the deposit it deducted", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    PaymentService payments(db.db());
    // A deposit of 300.00 paid; the final invoice of 1,000.00 deducts it (700.00 due), 200.00 paid.
    auto deposit = addAndIssue(db.db(), draft(client, {service(QStringLiteral("Acompte"), 1000, 30000)},
                                              BillingDocument::Kind::Deposit));
    BUREAU_REQUIRE_OK(deposit);
    BUREAU_REQUIRE_OK(payments.add(payment(client, 30000, {part(deposit->id, 30000)})));
    BillingDocument closing = draft(client, {service(QStringLiteral("Refonte du classement"), 1000, 100000)});
    closing.deductions = {DocumentDeduction{deposit->id, deposit->totalCents, deposit->number, deposit->issueDate}};
    auto invoice = addAndIssue(db.db(), closing);
    BUREAU_REQUIRE_OK(invoice);
    CHECK(invoice->dueCents == 70000);
    BUREAU_REQUIRE_OK(payments.add(payment(client, 20000, {part(invoice->id, 20000)})));
    // Then the whole work is cancelled: a credit note of 1,000.00. The client paid 500.00 in all.
    InvoiceIssuer issuer(db.db(), QFileInfo(db.path()).absolutePath());
    auto creditNote = issuer.createCreditNote(invoice->id);
    BUREAU_REQUIRE_OK(creditNote);
    BUREAU_REQUIRE_OK(issuer.issue(creditNote->id));
    CHECK(outstanding(db.db(), invoice->id) == -50000);

    auto owed = payments.credits(client);
    BUREAU_REQUIRE_OK(owed);
    REQUIRE(owed->size() == 1);
    CHECK(owed->first().creditCents() == 50000);
    CHECK(owed->first().overpaidNumbers == QStringList{invoice->number});

    // Paid back on the invoice: nothing is owed any more, and nothing is owed by the client.
    BUREAU_REQUIRE_OK(payments.add(payment(client, -50000, {part(invoice->id, -50000)})));
    CHECK(outstanding(db.db(), invoice->id) == 0);
    owed = payments.credits(client);
    BUREAU_REQUIRE_OK(owed);
    CHECK(owed->isEmpty());
    auto problems = DocumentChain::verify(db.db());
    BUREAU_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("A refund pays back unallocated credit", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    PaymentService payments(db.db());
    // An advance of 80.00 with no invoice yet, 30.00 of it refunded.
    auto advance = payments.add(payment(client, 8000, {}));
    BUREAU_REQUIRE_OK(advance);
    BUREAU_REQUIRE_OK(payments.add(payment(client, -3000, {})));
    auto credit = payments.clientCredit(client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(*credit == 5000); // 80.00 − 30.00
    // The advance cannot be deleted while its refund stands.
    auto removed = payments.remove(advance->id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind == Error::Kind::Conflict);
}

TEST_CASE("A payment in another currency records the euros received", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    ClientSpec spec;
    spec.name = QStringLiteral("Maple Consulting");
    spec.currency = QStringLiteral("USD");
    const qint64 client = addClient(db.db(), spec);
    const qint64 invoice = issueInvoice(db.db(), client, 50000, QStringLiteral("USD"));
    PaymentService payments(db.db());

    // In euros it cannot go to a dollar invoice.
    auto euros = payments.add(payment(client, 50000, {part(invoice, 50000)}));
    REQUIRE_FALSE(euros.ok());
    CHECK(euros.error().message.contains(QLatin1String("USD")));

    // $500.00 received as €460.12.
    auto added =
        payments.add(payment(client, 50000, {part(invoice, 50000)}, QDate(2026, 11, 27), QStringLiteral("USD"), 46012));
    BUREAU_REQUIRE_OK(added);
    CHECK(added->amount == Money::fromCents(50000, QStringLiteral("USD")));
    CHECK(added->eurCents == 46012);
    CHECK(outstanding(db.db(), invoice) == 0);
}

TEST_CASE("Receivables are listed most overdue first with the client's contact", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    QSqlQuery update(db->connection());
    REQUIRE(update.exec(QStringLiteral("UPDATE clients SET email = 'compta@dupont.fr', phone = '01 23 45 67 89'")));
    db.clock().set(QDateTime(QDate(2026, 10, 1), QTime(10, 0), QTimeZone::utc()));
    const qint64 older = issueInvoice(db.db(), client, 10000); // due 31 October
    db.clock().set(QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc()));
    const qint64 newer = issueInvoice(db.db(), client, 20000); // due 27 December
    BUREAU_REQUIRE_OK(PaymentService(db.db()).add(payment(client, 5000, {part(newer, 5000)})));

    auto rows = PaymentService(db.db()).receivables(QDate(2026, 12, 31));
    BUREAU_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).documentId == older);
    CHECK(rows->at(0).daysOverdue == 61); // 31 October → 31 December
    CHECK(rows->at(0).clientEmail == QLatin1String("compta@dupont.fr"));
    CHECK(rows->at(0).clientPhone == QLatin1String("01 23 45 67 89"));
    CHECK(rows->at(1).documentId == newer);
    CHECK(rows->at(1).daysOverdue == 4);
    CHECK(rows->at(1).outstandingCents == 15000); // 200.00 − 50.00
    CHECK(rows->at(1).dueCents == 20000);

    auto forOther = PaymentService(db.db()).receivables(QDate(2026, 12, 31), client + 1000);
    BUREAU_REQUIRE_OK(forOther);
    CHECK(forOther->isEmpty());
}

TEST_CASE("Ageing puts days 30 31 60 and 61 in their buckets", "[payment]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    issueInvoice(db.db(), client, 10000); // due 2026-12-27
    const QDate due(2026, 12, 27);

    const auto ageing = [&](QDate asOf) {
        auto rows = PaymentService(db.db()).ageing(asOf);
        BUREAU_REQUIRE_OK(rows);
        REQUIRE(rows->size() == 1);
        CHECK(rows->first().currency == QLatin1String("EUR"));
        CHECK(rows->first().totalCents() == 10000);
        return rows->first();
    };
    CHECK(ageing(due).notDueCents == 10000);                 // due today: not overdue
    CHECK(ageing(due.addDays(1)).days0To30Cents == 10000);   // day 1
    CHECK(ageing(due.addDays(30)).days0To30Cents == 10000);  // day 30
    CHECK(ageing(due.addDays(31)).days31To60Cents == 10000); // day 31
    CHECK(ageing(due.addDays(60)).days31To60Cents == 10000); // day 60
    CHECK(ageing(due.addDays(61)).over60Cents == 10000);     // day 61
}

TEST_CASE("Payments spread and credit on stored issued invoices", "[payment]")
{
    // The same rules as above on invoices written straight into the tables (no issuing needed).
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    const qint64 first = storedInvoice(db.db(), client, 1, 10000, QDate(2026, 9, 1), QDate(2026, 10, 1));
    const qint64 second = storedInvoice(db.db(), client, 2, 20000, QDate(2026, 10, 1), QDate(2026, 10, 31));
    const qint64 third = storedInvoice(db.db(), client, 3, 30000, QDate(2026, 11, 1), QDate(2026, 12, 1));
    const qint64 dollars =
        storedInvoice(db.db(), client, 4, 40000, QDate(2026, 11, 2), QDate(2026, 12, 2), QStringLiteral("USD"));
    PaymentService payments(db.db());

    // Proposed oldest due first: 100.00 + 200.00 + 250.00 = 550.00.
    auto proposed = payments.proposeAllocations(client, QStringLiteral("EUR"), 55000);
    BUREAU_REQUIRE_OK(proposed);
    REQUIRE(proposed->size() == 3);
    CHECK(proposed->at(0).documentId == first);
    CHECK(proposed->at(2).amountCents == 25000);
    auto added = payments.add(payment(client, 55000, *proposed));
    BUREAU_REQUIRE_OK(added);
    CHECK(added->allocations.at(0).documentNumber == QLatin1String("T2026-0001"));
    CHECK(outstanding(db.db(), first) == 0);
    CHECK(outstanding(db.db(), second) == 0);
    CHECK(outstanding(db.db(), third) == 5000); // 300.00 − 250.00

    // Beyond what is outstanding: refused, nothing written.
    auto tooMuch = payments.add(payment(client, 6000, {part(third, 6000)}));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.contains(QLatin1String("outstanding")));
    // Euros to a dollar invoice: refused.
    CHECK_FALSE(payments.add(payment(client, 1000, {part(dollars, 1000)})).ok());

    // 80.00 for the 50.00 left: 30.00 of credit, which pays part of a later invoice.
    auto over = payments.add(payment(client, 8000, {part(third, 5000)}));
    BUREAU_REQUIRE_OK(over);
    CHECK(over->unallocatedCents() == 3000);
    const qint64 later = storedInvoice(db.db(), client, 5, 4000, QDate(2026, 11, 20), QDate(2026, 12, 20));
    auto used = payments.useCredit(later, 4000);
    BUREAU_REQUIRE_OK(used);
    CHECK(*used == 3000);
    CHECK(outstanding(db.db(), later) == 1000); // 40.00 − 30.00
    auto credit = payments.clientCredit(client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(*credit == 0);

    // $400.00 received as €368.10.
    auto foreign =
        payments.add(payment(client, 40000, {part(dollars, 40000)}, QDate(2026, 11, 27), QStringLiteral("USD"), 36810));
    BUREAU_REQUIRE_OK(foreign);
    CHECK(foreign->eurCents == 36810);
    CHECK(outstanding(db.db(), dollars) == 0);

    // Receivables at 31 December: only the later invoice, 11 days overdue; ageing 0–30.
    auto rows = payments.receivables(QDate(2026, 12, 31));
    BUREAU_REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().documentId == later);
    CHECK(rows->first().daysOverdue == 11);
    auto ageing = payments.ageing(QDate(2026, 12, 31));
    BUREAU_REQUIRE_OK(ageing);
    REQUIRE(ageing->size() == 1);
    CHECK(ageing->first().days0To30Cents == 1000);
    CHECK(ageing->first().totalCents() == 1000);
}

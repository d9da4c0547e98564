// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts written whole with their lines and totals, issued documents refused by the repository and
// by the triggers beneath it, lists filtered and searched in one query, statuses and PDFs.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/services/ClientFileStore.h"
#include "core/services/DocumentChain.h"
#include "core/storage/DocumentRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test::Invoicing;
using Bureau::Test::TempDatabase;
using Kind = BillingDocument::Kind;
using DocStatus = BillingDocument::Status;

namespace
{

QList<qint64> idsOf(const QList<DocumentRepository::Summary>& rows)
{
    QList<qint64> ids;
    for (const auto& row : rows)
        ids << row.id;
    return ids;
}

} // namespace

TEST_CASE("Drafts are stored with their lines and totals and replaced whole", "[invoicing][documents]")
{
    TempDatabase temp;
    storeProfile(temp.db(), BusinessProfile::VatRegime::VatRegistered, QStringLiteral("FR93832718449"));
    const qint64 client = addClient(temp.db());
    DocumentRepository documents(temp.db());

    BillingDocument document = draft(client, {service(QStringLiteral("Assistance"), 1500, 4000, 2000),
                                              disbursement(QStringLiteral("Timbres"), 1234)});
    document.title = QStringLiteral("Novembre");
    auto stored = documents.addDraft(document);
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->id > 0);
    CHECK(stored->isDraft());
    REQUIRE(stored->lines.size() == 2);
    CHECK(stored->lines.at(0).id > 0);
    CHECK(stored->lines.at(0).netCents == 6000);
    CHECK(stored->vatCase == BillingDocument::VatCase::Vat);
    CHECK(stored->netCents == 6000);
    CHECK(stored->vatCents == 1200);
    CHECK(stored->disbursementsCents == 1234);
    CHECK(stored->totalCents == 8434);

    auto found = documents.find(stored->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == stored.value());

    BillingDocument changed = stored.value();
    changed.lines = {service(QStringLiteral("Autre chose"), 2000, 1000, 1000)};
    auto updated = documents.updateDraft(changed);
    BUREAU_REQUIRE_OK(updated);
    REQUIRE(updated->lines.size() == 1);
    CHECK(updated->lines.first().description == QStringLiteral("Autre chose"));
    CHECK(updated->totalCents == 2200);
    QSqlQuery query(temp->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM document_lines WHERE document_id = %1").arg(stored->id)));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    query.finish();

    SECTION("Refused input")
    {
        BillingDocument noClient = draft(999, {service(QStringLiteral("x"), 1000, 1)});
        auto refused = documents.addDraft(noClient);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::NotFound);
        BillingDocument badLine = draft(client, {service(QStringLiteral("  "), 1000, 1)});
        refused = documents.addDraft(badLine);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        BillingDocument missing = stored.value();
        missing.id = 12345;
        CHECK(documents.updateDraft(missing).error().kind == Error::Kind::NotFound);
    }
    SECTION("Removed")
    {
        BUREAU_REQUIRE_OK(documents.removeDraft(stored->id));
        CHECK(documents.find(stored->id).error().kind == Error::Kind::NotFound);
        CHECK(documents.removeDraft(stored->id).error().kind == Error::Kind::NotFound);
    }
}

TEST_CASE("A disbursement's receipt must be one of the document client's files", "[invoicing][documents][receipts]")
{
    TempDatabase temp;
    storeProfile(temp.db());
    const qint64 client = addClient(temp.db());
    ClientSpec otherSpec;
    otherSpec.name = QStringLiteral("Studio Lumière");
    const qint64 other = addClient(temp.db(), otherSpec);
    Bureau::Test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ticket.pdf"));
    Bureau::Test::writeAll(path, "receipt");
    ClientFileStore files(temp.db());
    auto mine = files.attach(client, path, ClientFile::Category::Other);
    BUREAU_REQUIRE_OK(mine);
    auto theirs = files.attach(other, path, ClientFile::Category::Other);
    BUREAU_REQUIRE_OK(theirs);
    DocumentRepository documents(temp.db());
    const qint64 before = documents.list({}, 10)->size();

    // Another client's file: refused, nothing written.
    DocumentLine paid = disbursement(QStringLiteral("Timbres"), 1234);
    paid.receiptFileId = theirs->id;
    auto refused = documents.addDraft(draft(client, {service(QStringLiteral("Assistance"), 1000, 4000), paid}));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == QStringLiteral("The receipt of line 2 is not one of the client's files."));
    CHECK(documents.list({}, 10)->size() == before);
    // A file that does not exist: the same.
    paid.receiptFileId = theirs->id + 100;
    CHECK_FALSE(documents.addDraft(draft(client, {paid})));
    // A service line has no receipt.
    DocumentLine work = service(QStringLiteral("Assistance"), 1000, 4000);
    work.receiptFileId = mine->id;
    auto service = documents.addDraft(draft(client, {work}));
    REQUIRE_FALSE(service);
    CHECK(service.error().message.contains(QLatin1String("only a disbursement has a receipt")));
    CHECK(documents.list({}, 10)->size() == before);

    paid.receiptFileId = mine->id;
    auto stored = documents.addDraft(draft(client, {paid}));
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->lines.at(0).receiptFileId == mine->id);
    // Its file cannot be removed from the client's files while the draft uses it; the other can.
    CHECK_FALSE(files.remove(mine->id));
    CHECK(files.remove(theirs->id));
}

TEST_CASE("Issued documents never change", "[invoicing][documents]")
{
    TempDatabase temp;
    storeProfile(temp.db());
    const qint64 client = addClient(temp.db());
    DocumentRepository documents(temp.db());
    auto issued = addAndIssue(temp.db(), draft(client, {service(QStringLiteral("Assistance"), 1000, 5000)}));
    BUREAU_REQUIRE_OK(issued);
    auto kept = addDraft(temp.db(), draft(client, {service(QStringLiteral("Brouillon"), 1000, 5000)}));
    BUREAU_REQUIRE_OK(kept);

    // Through the repository.
    BillingDocument changed = issued.value();
    changed.title = QStringLiteral("Autre");
    CHECK(documents.updateDraft(changed).error().kind == Error::Kind::Conflict);
    changed.number.clear();
    changed.status = DocStatus::Draft;
    CHECK(documents.updateDraft(changed).error().kind == Error::Kind::Conflict);
    CHECK(documents.removeDraft(issued->id).error().kind == Error::Kind::Conflict);

    // Through raw SQL: the triggers.
    const QString id = QString::number(issued->id);
    CHECK_FALSE(temp->exec(QStringLiteral("UPDATE documents SET total_cents = 1 WHERE id = ") + id).ok());
    CHECK_FALSE(temp->exec(QStringLiteral("UPDATE documents SET number = 'F2026-0099' WHERE id = ") + id).ok());
    CHECK_FALSE(temp->exec(QStringLiteral("UPDATE documents SET status = 'draft' WHERE id = ") + id).ok());
    CHECK_FALSE(temp->exec(QStringLiteral("DELETE FROM documents WHERE id = ") + id).ok());
    CHECK_FALSE(temp->exec(QStringLiteral("UPDATE document_lines SET unit_price_cents = 1 WHERE document_id = ") + id).ok());
    CHECK_FALSE(temp->exec(QStringLiteral("DELETE FROM document_lines WHERE document_id = ") + id).ok());
    CHECK_FALSE(temp->exec(QStringLiteral("INSERT INTO document_lines (document_id, position, description, "
                                          "quantity_thousandths, unit_price_cents, net_cents) VALUES (")
                           + id + QStringLiteral(", 9, 'x', 1000, 1, 1)"))
                     .ok());
    // Its status may move on.
    CHECK(temp->exec(QStringLiteral("UPDATE documents SET status = 'sent' WHERE id = ") + id).ok());

    // A draft's rows may change.
    const QString draftId = QString::number(kept->id);
    CHECK(temp->exec(QStringLiteral("UPDATE documents SET title = 'x' WHERE id = ") + draftId).ok());
    CHECK(temp->exec(QStringLiteral("UPDATE document_lines SET unit_price_cents = 1 WHERE document_id = ") + draftId).ok());
    CHECK(temp->exec(QStringLiteral("DELETE FROM document_lines WHERE document_id = ") + draftId).ok());
    CHECK(temp->exec(QStringLiteral("DELETE FROM documents WHERE id = ") + draftId).ok());

    auto problems = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("Statuses move on only forward and the PDF is recorded once", "[invoicing][documents]")
{
    TempDatabase temp;
    storeProfile(temp.db());
    const qint64 client = addClient(temp.db());
    DocumentRepository documents(temp.db());
    auto invoice = addAndIssue(temp.db(), draft(client, {service(QStringLiteral("Assistance"), 1000, 5000)}));
    BUREAU_REQUIRE_OK(invoice);
    auto quote = addAndIssue(temp.db(), draft(client, {service(QStringLiteral("Devis"), 1000, 5000)}, Kind::Quote));
    BUREAU_REQUIRE_OK(quote);
    auto kept = addDraft(temp.db(), draft(client, {service(QStringLiteral("Brouillon"), 1000, 5000)}));
    BUREAU_REQUIRE_OK(kept);

    CHECK(documents.setStatus(invoice->id, DocStatus::Accepted).error().kind == Error::Kind::Conflict);
    BUREAU_REQUIRE_OK(documents.setStatus(invoice->id, DocStatus::Sent));
    CHECK(documents.find(invoice->id)->status == DocStatus::Sent);
    CHECK(documents.find(invoice->id)->sentAtMs == temp.clock().nowMs());
    CHECK(documents.setStatus(invoice->id, DocStatus::Issued).error().kind == Error::Kind::Conflict);
    CHECK(documents.setStatus(kept->id, DocStatus::Sent).error().kind == Error::Kind::Conflict);
    BUREAU_REQUIRE_OK(documents.setStatus(quote->id, DocStatus::Refused));
    CHECK(documents.setStatus(quote->id, DocStatus::Accepted).error().kind == Error::Kind::Conflict);

    CHECK(documents.recordPdf(kept->id, QStringLiteral("a.pdf"), QStringLiteral("ab")).error().kind
          == Error::Kind::Conflict);
    BUREAU_REQUIRE_OK(documents.recordPdf(invoice->id, QStringLiteral("documents/2026/F2026-0001.pdf"),
                                          QStringLiteral("ABCDEF")));
    CHECK(documents.find(invoice->id)->pdfPath == QStringLiteral("documents/2026/F2026-0001.pdf"));
    CHECK(documents.find(invoice->id)->pdfSha256 == QStringLiteral("abcdef"));
    CHECK(documents.recordPdf(invoice->id, QStringLiteral("b.pdf"), QStringLiteral("00")).error().kind
          == Error::Kind::Conflict);

    auto problems = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("Document lists filter and search in one query", "[invoicing][documents]")
{
    TempDatabase temp;
    storeProfile(temp.db());
    ClientSpec elodie;
    elodie.name = QStringLiteral("Élodie Marchand");
    elodie.professional = false;
    const qint64 first = addClient(temp.db(), elodie);
    const qint64 second = addClient(temp.db());
    DocumentRepository documents(temp.db());

    auto old = addAndIssue(temp.db(), draft(first, {service(QStringLiteral("A"), 1000, 10000)}));
    BUREAU_REQUIRE_OK(old);
    temp.clock().set(QDateTime(QDate(2027, 1, 10), QTime(10, 0), Qt::UTC));
    BUREAU_REQUIRE_OK(temp->exec(
        QStringLiteral("INSERT INTO vat_thresholds (year, base_cents, higher_cents) VALUES (2027, 3750000, 4125000)")));
    auto recent = addAndIssue(temp.db(), draft(second, {service(QStringLiteral("B"), 1000, 20000)}));
    BUREAU_REQUIRE_OK(recent);
    auto quote = addAndIssue(temp.db(), draft(second, {service(QStringLiteral("C"), 1000, 100)}, Kind::Quote));
    BUREAU_REQUIRE_OK(quote);
    auto kept = addDraft(temp.db(), draft(first, {service(QStringLiteral("D"), 1000, 100)}));
    BUREAU_REQUIRE_OK(kept);

    auto all = documents.list({});
    BUREAU_REQUIRE_OK(all);
    // Drafts first, then the newest.
    CHECK(idsOf(all.value()) == QList<qint64>{kept->id, quote->id, recent->id, old->id});
    CHECK(all->first().clientName == QStringLiteral("Élodie Marchand"));
    // The first invoice was due on 2026-12-27: overdue now.
    const auto oldRow = all->at(3);
    CHECK(oldRow.paymentState == PaymentState::Overdue);
    CHECK(oldRow.outstandingCents == 10000);
    CHECK(all->at(2).paymentState == PaymentState::Unpaid);
    CHECK(all->at(1).paymentState == PaymentState::None);
    CHECK(all->at(1).outstandingCents == 0);

    DocumentRepository::Filter filter;
    filter.kinds = {Kind::Invoice};
    CHECK(idsOf(documents.list(filter).value()) == QList<qint64>{kept->id, recent->id, old->id});
    filter.statuses = {DocStatus::Issued};
    CHECK(idsOf(documents.list(filter).value()) == QList<qint64>{recent->id, old->id});
    CHECK(idsOf(documents.list(filter, 1).value()) == QList<qint64>{recent->id});

    DocumentRepository::Filter byClient;
    byClient.clientId = first;
    CHECK(idsOf(documents.list(byClient).value()) == QList<qint64>{kept->id, old->id});

    DocumentRepository::Filter dates;
    dates.from = QDate(2027, 1, 1);
    CHECK(idsOf(documents.list(dates).value()) == QList<qint64>{quote->id, recent->id});

    DocumentRepository::Filter outstanding;
    outstanding.outstandingOnly = true;
    CHECK(idsOf(documents.list(outstanding).value()) == QList<qint64>{recent->id, old->id});

    DocumentRepository::Filter search;
    search.search = QStringLiteral("elodie");
    CHECK(idsOf(documents.list(search).value()) == QList<qint64>{kept->id, old->id});
    search.search = QStringLiteral("el");
    CHECK(idsOf(documents.list(search).value()) == QList<qint64>{kept->id, old->id});
    search.search = QStringLiteral("f2027");
    CHECK(idsOf(documents.list(search).value()) == QList<qint64>{recent->id});
    search.search = QStringLiteral("D2027-0001");
    CHECK(idsOf(documents.list(search).value()) == QList<qint64>{quote->id});
    search.search = QStringLiteral("100%_");
    CHECK(documents.list(search)->isEmpty());

    auto byNumber = documents.findByNumber(QStringLiteral("F2027-0001"));
    BUREAU_REQUIRE_OK(byNumber);
    CHECK(byNumber->id == recent->id);
    CHECK(documents.findByNumber(QStringLiteral("F2099-0001")).error().kind == Error::Kind::NotFound);

    auto summary = documents.summary(old->id);
    BUREAU_REQUIRE_OK(summary);
    CHECK(summary->number == old->number);
    CHECK(summary->paymentState == PaymentState::Overdue);
}

// Not run by default (hidden): measures list() and verify() over 20,000 documents.
TEST_CASE("Document lists and the chain over 20000 documents", "[.][invoicing][perf]")
{
    TempDatabase temp;
    storeProfile(temp.db());
    QList<qint64> clients;
    for (int i = 0; i < 300; ++i) {
        ClientSpec spec;
        spec.name = QStringLiteral("Client %1").arg(i);
        clients << addClient(temp.db(), spec);
    }
    auto model = addAndIssue(temp.db(), draft(clients.first(), {service(QStringLiteral("Assistance"), 1000, 5000),
                                                                service(QStringLiteral("Saisie"), 2000, 3000)}));
    BUREAU_REQUIRE_OK(model);
    // Copies of the issued row by raw SQL, chained as issuing would chain them (their lines added
    // after them: the trigger that refuses that goes for the time of the test).
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER document_lines_issued_insert")));
    BUREAU_REQUIRE_OK(temp->write([&]() -> Status {
        QSqlQuery insert(temp->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO documents (id, kind, series, client_id, status, number, number_year, sequence, issue_date, "
            "issued_at, language, currency, service_from, service_to, due_date, vat_case, net_cents, total_cents, "
            "due_cents, snapshot, canonical_version, chain_previous, chain_hash, created_at, updated_at) "
            "VALUES (?, 'invoice', 'invoice', ?, 'issued', ?, 2026, ?, ?, 0, 'fr', 'EUR', '2026-11-01', '2026-11-30', "
            "?, 'franchise', 11000, 11000, 11000, ?, 1, ?, ?, 0, 0)"));
        QSqlQuery lines(temp->connection());
        lines.prepare(QStringLiteral("INSERT INTO document_lines (document_id, position, description, "
                                     "quantity_thousandths, unit_price_cents, net_cents) VALUES (?, 1, 'Assistance', 1000, 11000, 11000)"));
        QString previous = model->chainHash;
        qint64 nextId = model->id;
        for (int i = 2; i <= 20000; ++i) {
            BillingDocument d = model.value();
            d.clientId = clients.at(i % clients.size());
            d.number = QStringLiteral("F2026-%1").arg(i, 5, 10, QLatin1Char('0'));
            d.sequence = i;
            d.issueDate = QDate(2016, 1, 1).addDays(i / 6);
            d.issuedAtMs = 0;
            d.dueDate = d.issueDate.addDays(30);
            d.netCents = d.totalCents = d.dueCents = 11000;
            d.vatCase = BillingDocument::VatCase::Franchise;
            DocumentLine line;
            line.description = QStringLiteral("Assistance");
            line.unitPriceCents = 11000;
            line.netCents = 11000;
            d.lines = {line};
            d.id = ++nextId;
            d.chainPrevious = previous;
            d.chainHash = DocumentChain::link(previous, DocumentChain::canonical(d, 1));
            insert.addBindValue(d.id);
            insert.addBindValue(d.clientId);
            insert.addBindValue(d.number);
            insert.addBindValue(d.sequence);
            insert.addBindValue(d.issueDate.toString(Qt::ISODate));
            insert.addBindValue(d.dueDate.toString(Qt::ISODate));
            insert.addBindValue(d.snapshot);
            insert.addBindValue(previous);
            insert.addBindValue(d.chainHash);
            if (!insert.exec())
                return Database::sqlError(QStringLiteral("insert"), insert.lastError());
            lines.addBindValue(d.id);
            if (!lines.exec())
                return Database::sqlError(QStringLiteral("line"), lines.lastError());
            previous = d.chainHash;
        }
        QSqlQuery series(temp->connection());
        series.prepare(QStringLiteral("UPDATE document_series SET chain_head = ?, chain_length = 20000 WHERE series = 'invoice'"));
        series.addBindValue(previous);
        if (!series.exec())
            return Database::sqlError(QStringLiteral("series"), series.lastError());
        return temp->exec(QStringLiteral("UPDATE document_counters SET last_number = 20000"));
    }));
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("ANALYZE")));
    DocumentRepository documents(temp.db());
    const auto time = [&](const DocumentRepository::Filter& filter) {
        QElapsedTimer timer;
        timer.start();
        auto rows = documents.list(filter);
        const qint64 ms = timer.elapsed();
        BUREAU_REQUIRE_OK(rows);
        WARN("list " << filter.search.toStdString() << ": " << rows->size() << " rows in " << ms << " ms");
        return ms;
    };
    CHECK(time({}) < 50);
    DocumentRepository::Filter search;
    search.search = QStringLiteral("client 12");
    CHECK(time(search) < 50);
    search.search = QStringLiteral("F2026-1");
    CHECK(time(search) < 50);
    DocumentRepository::Filter outstanding;
    outstanding.outstandingOnly = true;
    CHECK(time(outstanding) < 50);
    DocumentRepository::Filter invoices;
    invoices.kinds = {Kind::Invoice, Kind::Deposit};
    CHECK(time(invoices) < 50);

    QElapsedTimer timer;
    timer.start();
    auto problems = DocumentChain::verify(temp.db());
    const qint64 ms = timer.elapsed();
    BUREAU_REQUIRE_OK(problems);
    WARN("verify: " << ms << " ms, " << problems->size() << " problems");
    CHECK(problems->isEmpty());
    CHECK(ms < 1000);
}

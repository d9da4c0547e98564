// SPDX-License-Identifier: GPL-3.0-or-later
// The SHA-256 chain of each numbering series: a fixed canonical text, what verify() finds when a
// document is changed or removed behind the triggers' back, and that a table rebuild keeps it sound.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/services/DocumentChain.h"
#include "core/storage/Migration.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test::Invoicing;
using Bureau::Test::TempDatabase;

namespace
{

QList<BillingDocument> issueSome(Database& db, int count)
{
    storeProfile(db);
    const qint64 client = addClient(db);
    QList<BillingDocument> issued;
    for (int i = 0; i < count; ++i) {
        auto document = addAndIssue(db, draft(client, {service(QStringLiteral("Assistance %1").arg(i), 1000 + i, 5000)}));
        INFO((document.ok() ? std::string() : document.error().oneLine().toStdString()));
        REQUIRE(document.ok());
        issued << document.value();
    }
    return issued;
}

QString joined(const QStringList& problems)
{
    return problems.join(u'\n');
}

/** A migration that rebuilds `documents` with one more column, as DESIGN.md says a rebuild goes. */
Migration rebuildDocuments(Database& db)
{
    // The table, its indexes and triggers, and the other tables' triggers that name it: those must
    // go before DROP TABLE and come back after the rename, or the rename fails on them.
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                                      "(tbl_name = 'documents' OR (type = 'trigger' AND sql LIKE '%documents%')) "
                                      "ORDER BY type = 'table' DESC, name")));
    QString createTable;
    QStringList recreate;
    QStringList dropFirst;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("table")) {
            createTable = query.value(3).toString();
            continue;
        }
        recreate << query.value(3).toString();
        if (query.value(2).toString() != QLatin1String("documents"))
            dropFirst << query.value(1).toString();
    }
    query.finish();
    REQUIRE_FALSE(dropFirst.isEmpty());
    REQUIRE(createTable.startsWith(QLatin1String("CREATE TABLE documents (")));
    REQUIRE(recreate.size() >= 10); // 6 indexes and 5 triggers
    createTable.replace(QLatin1String("CREATE TABLE documents ("), QLatin1String("CREATE TABLE documents_new ("));
    const qsizetype firstCheck = createTable.indexOf(QLatin1String("CHECK ((kind = 'quote')"));
    REQUIRE(firstCheck > 0);
    createTable.insert(firstCheck, QLatin1String("reminder_count INTEGER NOT NULL DEFAULT 0,\n    "));

    QString sql = QStringLiteral("-- bureau:rebuild\n");
    sql += createTable + QStringLiteral(";\n");
    sql += QStringLiteral("INSERT INTO documents_new SELECT *, 0 FROM documents;\n");
    for (const QString& trigger : std::as_const(dropFirst))
        sql += QString(QStringLiteral("DROP TRIGGER ") + trigger + QStringLiteral(";\n"));
    sql += QStringLiteral("DROP TABLE documents;\n");
    sql += QStringLiteral("ALTER TABLE documents_new RENAME TO documents;\n");
    for (const QString& statement : std::as_const(recreate))
        sql += statement + QStringLiteral(";\n");
    auto migration = Migration::fromFile(QStringLiteral("0008_reminders.sql"), sql);
    INFO((migration.ok() ? std::string() : migration.error().oneLine().toStdString()));
    REQUIRE(migration.ok());
    return migration.value();
}

} // namespace

TEST_CASE("The canonical text of version 1 is fixed", "[invoicing][chain]")
{
    BillingDocument document;
    document.id = 7;
    document.kind = BillingDocument::Kind::Invoice;
    document.clientId = 3;
    document.number = QStringLiteral("F2026-0001");
    document.numberYear = 2026;
    document.sequence = 1;
    document.issueDate = QDate(2026, 11, 27);
    document.issuedAtMs = 1795773600000;
    document.title = QStringLiteral("Ligne 1\nLigne \\2");
    document.serviceFrom = QDate(2026, 11, 1);
    document.serviceTo = QDate(2026, 11, 30);
    document.dueDate = QDate(2026, 12, 27);
    document.vatCase = BillingDocument::VatCase::Franchise;
    document.netCents = 3500;
    document.totalCents = 3500;
    document.dueCents = 3500;
    DocumentLine line;
    line.description = QStringLiteral("Assistance");
    line.quantityThousandths = 1000;
    line.unitPriceCents = 3500;
    line.netCents = 3500;
    document.lines = {line};
    document.snapshot = QStringLiteral("{\"version\":1}");

    const QByteArray text = DocumentChain::canonical(document, 1);
    const QByteArray expected = "bureau-document-v1\n"
                                "id=7\nkind=invoice\nseries=invoice\nnumber=F2026-0001\nnumber_year=2026\nsequence=1\n"
                                "issue_date=2026-11-27\nissued_at=1795773600000\nclient_id=3\nsource_document_id=0\n"
                                "language=fr\ncurrency=EUR\neur_rate_micros=0\ntitle=Ligne 1\\nLigne \\\\2\n"
                                "purchase_order=\nservice_from=2026-11-01\nservice_to=2026-11-30\n"
                                "payment_terms_days=30\ndue_date=2026-12-27\ndiscount_basis_points=0\n"
                                "discount_cents=0\nnotes=\nvat_case=franchise\nnet_cents=3500\nvat_cents=0\n"
                                "disbursements_cents=0\ntotal_cents=3500\ndeducted_cents=0\ndue_cents=3500\n"
                                "vat_eur_cents=\nlines=1\nline.1.kind=service\nline.1.description=Assistance\n"
                                "line.1.quantity_thousandths=1000\nline.1.unit=unit\nline.1.unit_price_cents=3500\n"
                                "line.1.vat_basis_points=0\nline.1.discount_basis_points=0\nline.1.net_cents=3500\n"
                                "line.1.mission_id=0\nline.1.task_id=0\nline.1.receipt_file_id=0\ndeductions=0\n"
                                "snapshot={\"version\":1}\n";
    CHECK(text == expected);
    CHECK(DocumentChain::canonical(document, 2).isEmpty());
    // SHA-256("abc").
    CHECK(DocumentChain::link(QStringLiteral("ab"), "c")
          == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // The status, the PDF and the sending are not part of it.
    BillingDocument sent = document;
    sent.status = BillingDocument::Status::Sent;
    sent.pdfPath = QStringLiteral("invoices/F2026-0001.pdf");
    sent.sentAtMs = 5;
    CHECK(DocumentChain::canonical(sent, 1) == text);
    BillingDocument changed = document;
    changed.lines[0].netCents = 3600;
    CHECK(DocumentChain::canonical(changed, 1) != text);
}

TEST_CASE("The chain names a document changed behind the triggers", "[invoicing][chain]")
{
    TempDatabase temp;
    const QList<BillingDocument> issued = issueSome(temp.db(), 3);
    auto sound = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(sound);
    CHECK(sound->isEmpty());

    SECTION("An amount")
    {
        BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER documents_issued_update")));
        BUREAU_REQUIRE_OK(temp->exec(
            QStringLiteral("UPDATE documents SET total_cents = total_cents + 100 WHERE id = %1").arg(issued.at(1).id)));
    }
    SECTION("A line")
    {
        BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER document_lines_issued_update")));
        BUREAU_REQUIRE_OK(temp->exec(
            QStringLiteral("UPDATE document_lines SET description = 'Autre' WHERE document_id = %1").arg(issued.at(1).id)));
    }
    auto problems = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(problems);
    INFO(joined(problems.value()).toStdString());
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().contains(issued.at(1).number));
}

TEST_CASE("The chain notices a removed last document", "[invoicing][chain]")
{
    TempDatabase temp;
    const QList<BillingDocument> issued = issueSome(temp.db(), 3);
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER documents_issued_delete")));
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER document_lines_issued_delete")));
    const qint64 last = issued.constLast().id;
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DELETE FROM document_lines WHERE document_id = %1").arg(last)));
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(last)));

    auto problems = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(problems);
    INFO(joined(problems.value()).toStdString());
    CHECK(joined(problems.value()).contains(QLatin1String("head")));
    // The counter is past the last number left.
    CHECK(joined(problems.value()).contains(QLatin1String("counter")));
}

TEST_CASE("The chain notices a removed document in the middle", "[invoicing][chain]")
{
    TempDatabase temp;
    const QList<BillingDocument> issued = issueSome(temp.db(), 3);
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER documents_issued_delete")));
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER document_lines_issued_delete")));
    const qint64 middle = issued.at(1).id;
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DELETE FROM document_lines WHERE document_id = %1").arg(middle)));
    BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(middle)));

    auto problems = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(problems);
    const QString text = joined(problems.value());
    INFO(text.toStdString());
    CHECK(text.contains(issued.at(2).number)); // no longer linked
    CHECK(text.contains(QLatin1String("missing"))); // number 2
}

TEST_CASE("The chain still verifies after a migration rebuilds the documents table", "[invoicing][chain]")
{
    TempDatabase temp;
    const QList<BillingDocument> issued = issueSome(temp.db(), 3);
    const Migration rebuild = rebuildDocuments(temp.db());
    CHECK(rebuild.rebuildsTables);

    Database::Options options;
    options.migrations = Migration::embedded();
    options.migrations << rebuild;
    options.backupDir = temp.dir() + QStringLiteral("/backups");
    temp.reopen(options);
    REQUIRE(temp->schemaVersion() == rebuild.version);

    QSqlQuery query(temp->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*), sum(reminder_count) FROM documents")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);
    query.finish();
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM document_lines")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);
    query.finish();

    auto problems = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(problems);
    INFO(joined(problems.value()).toStdString());
    CHECK(problems->isEmpty());
    // The triggers came back with the table.
    CHECK_FALSE(temp->exec(QStringLiteral("UPDATE documents SET total_cents = 1 WHERE id = %1").arg(issued.first().id)).ok());
    CHECK_FALSE(temp->exec(QStringLiteral("DELETE FROM documents WHERE id = %1").arg(issued.first().id)).ok());
    auto more = addAndIssue(temp.db(), draft(issued.first().clientId, {service(QStringLiteral("Suite"), 1000, 100)}));
    BUREAU_REQUIRE_OK(more);
    CHECK(more->number == QStringLiteral("F2026-0004"));
    problems = DocumentChain::verify(temp.db());
    BUREAU_REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// `bureau-cli check` and the invoices: the chain, the numbering and the balances are part of the
// report, and repairing the derived time totals never touches a document.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/services/DatabaseCheck.h"
#include "core/storage/DocumentRepository.h"

#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test::Invoicing;
using Bureau::Test::TempDatabase;

TEST_CASE("The check reports invoices changed numbered or balanced by hand", "[invoicing][check]")
{
    TempDatabase temp;
    storeProfile(temp.db());
    const qint64 client = addClient(temp.db());
    auto invoice = addAndIssue(temp.db(), draft(client, {service(QStringLiteral("Assistance"), 1000, 5000)}));
    BUREAU_REQUIRE_OK(invoice);
    auto second = addAndIssue(temp.db(), draft(client, {service(QStringLiteral("Saisie"), 2000, 5000)}));
    BUREAU_REQUIRE_OK(second);

    auto sound = DatabaseCheck::run(temp.db());
    BUREAU_REQUIRE_OK(sound);
    CHECK(sound->documentProblems.isEmpty());
    CHECK(sound->ok());

    QString expected;
    SECTION("A balance written by hand")
    {
        BUREAU_REQUIRE_OK(temp->exec(
            QStringLiteral("INSERT INTO document_balances (document_id, paid_cents) VALUES (%1, 700)").arg(invoice->id)));
        expected = invoice->number;
    }
    SECTION("A counter moved by hand")
    {
        BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("UPDATE document_counters SET last_number = 5")));
        expected = QStringLiteral("counter");
    }
    SECTION("A number changed behind the triggers")
    {
        BUREAU_REQUIRE_OK(temp->exec(QStringLiteral("DROP TRIGGER documents_issued_update")));
        BUREAU_REQUIRE_OK(temp->exec(
            QStringLiteral("UPDATE documents SET number = 'F2026-0009', sequence = 9 WHERE id = %1").arg(second->id)));
        expected = QStringLiteral("F2026-0009");
    }
    auto report = DatabaseCheck::run(temp.db());
    BUREAU_REQUIRE_OK(report);
    INFO(report->documentProblems.join(u'\n').toStdString());
    CHECK_FALSE(report->ok());
    CHECK(report->documentProblems.join(u'\n').contains(expected));

    // The repair recomputes the time totals only: the documents' problems stay.
    QSqlQuery query(temp->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT group_concat(chain_hash) FROM documents")));
    REQUIRE(query.next());
    const QString hashes = query.value(0).toString();
    query.finish();
    BUREAU_REQUIRE_OK(DatabaseCheck::rebuildTimeTotals(temp.db()));
    REQUIRE(query.exec(QStringLiteral("SELECT group_concat(chain_hash) FROM documents")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == hashes);
    query.finish();
    auto again = DatabaseCheck::run(temp.db());
    BUREAU_REQUIRE_OK(again);
    CHECK(again->documentProblems == report->documentProblems);
}

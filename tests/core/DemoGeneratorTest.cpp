// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/domain/LocalCalendar.h"
#include "core/services/DemoGenerator.h"
#include "core/services/DocumentChain.h"

#include <QElapsedTimer>

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{
QStringList column(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}
qint64 number(Database& db, const QString& sql)
{
    const QStringList values = column(db, sql);
    REQUIRE(values.size() == 1);
    return values.first().toLongLong();
}

/** Every row of a query, its columns joined by "|", for comparing two results. */
QStringList rows(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        values << fields.join(u'|');
    }
    return values;
}

/** What every demo's time entries must be, whatever the size. */
void checkTimeEntries(Database& db)
{
    // At most a day each, 15 min to 4 h for the finished ones.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM time_entries WHERE minutes > 1440")) == 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM time_entries WHERE ended_at IS NOT NULL "
                                    "AND (minutes < 15 OR minutes > 240 "
                                    "OR (ended_at - started_at) <> minutes * 60000)"))
          == 0);
    // A real calendar day, a working day, before today.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM time_entries WHERE date(day) IS NULL OR date(day) <> day")) == 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM time_entries WHERE strftime('%w', day) IN ('0', '6')")) == 0);
    // Nothing invoiced or locked: invoicing arrives later.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM time_entries WHERE document_id IS NOT NULL OR locked <> 0")) == 0);
    // Missions and tasks are the entry's client's.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM time_entries t JOIN missions m ON m.id = t.mission_id "
                                    "WHERE m.client_id <> t.client_id"))
          == 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM time_entries t JOIN tasks k ON k.id = t.task_id "
                                    "WHERE k.client_id <> t.client_id"))
          == 0);
    // The rollup holds what the entries sum to, for every month.
    CHECK(rows(db, QStringLiteral("SELECT month, client_id, mission_id, task_id, billable, invoiced, minutes, entries "
                                  "FROM time_month_totals ORDER BY 1, 2, 3, 4, 5, 6"))
          == rows(db, QStringLiteral("SELECT substr(day, 1, 7), client_id, coalesce(mission_id, 0), "
                                     "coalesce(task_id, 0), billable, 0, sum(minutes), count(*) FROM time_entries "
                                     "GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")));
    // The day is the local day (Europe/Paris) of the start, working hours there.
    const LocalCalendar calendar = LocalCalendar::forDatabase(db);
    QSqlQuery sample(db.connection());
    REQUIRE(sample.exec(QStringLiteral("SELECT started_at, day FROM time_entries WHERE id % 97 = 0")));
    int checked = 0;
    while (sample.next()) {
        const qint64 start = sample.value(0).toLongLong();
        INFO(start);
        CHECK(calendar.dayOf(start).toString(Qt::ISODate) == sample.value(1).toString());
        const QTime local = calendar.toLocal(start).time();
        CHECK(local >= QTime(8, 0));
        CHECK(local < QTime(19, 0));
        ++checked;
    }
    CHECK(checked > 0);
}


/** What every demo's documents must be: as issuing and payments leave them, so that check passes. */
void checkDocuments(Database& db)
{
    // The chains, numbers, counters, lines and balances verify.
    auto problems = DocumentChain::verify(db);
    BUREAU_REQUIRE_OK(problems);
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->isEmpty());
    // Numbers run 1..n per series and year, no draft holds one.
    CHECK(rows(db, QStringLiteral("SELECT series, number_year, count(*), min(sequence), max(sequence) FROM documents "
                                  "WHERE number IS NOT NULL GROUP BY 1, 2 HAVING count(*) <> max(sequence) "
                                  "OR min(sequence) <> 1"))
              .isEmpty());
    CHECK(rows(db, QStringLiteral("SELECT d.series, d.number_year, max(d.sequence), c.last_number FROM documents d "
                                  "LEFT JOIN document_counters c ON c.series = d.series AND c.year = d.number_year "
                                  "WHERE d.number IS NOT NULL GROUP BY 1, 2 HAVING c.last_number IS NOT max(d.sequence)"))
              .isEmpty());
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM documents d WHERE number IS NOT NULL AND NOT EXISTS "
                                    "(SELECT 1 FROM document_lines l WHERE l.document_id = d.id)"))
          == 0);
    // Totals are the lines'.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM documents d WHERE total_cents <> (SELECT sum(net_cents) FROM "
                                    "document_lines l WHERE l.document_id = d.id) + vat_cents - discount_cents"))
          == 0);
    // Balances are what the allocations and issued credit notes say; nothing overpaid.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM document_balances b WHERE paid_cents <> coalesce((SELECT "
                                    "sum(amount_cents) FROM payment_allocations a WHERE a.document_id = b.document_id), 0) "
                                    "OR credited_cents <> coalesce((SELECT sum(total_cents) FROM documents c WHERE "
                                    "c.source_document_id = b.document_id AND c.kind = 'credit_note' AND c.number IS NOT "
                                    "NULL), 0)"))
          == 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM document_balances b JOIN documents d ON d.id = b.document_id "
                                    "WHERE b.paid_cents + b.credited_cents > d.due_cents"))
          == 0);
    // Payments never after today (2026-11-27), never before their invoice.
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM payments WHERE received_on > '2026-11-27'")) == 0);
    CHECK(number(db, QStringLiteral("SELECT count(*) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id "
                                    "JOIN documents d ON d.id = a.document_id WHERE p.received_on < d.issue_date"))
          == 0);
}
} // namespace

TEST_CASE("Demo data is varied and realistic", "[demo]")
{
    TempDatabase temp;
    DemoGenerator generator(temp.db());
    auto summary = generator.generate(DemoGenerator::Size::Large);
    BUREAU_REQUIRE_OK(summary);
    CHECK(summary->clients == 300);
    CHECK(summary->contacts >= 300);

    const QStringList names = column(temp.db(), QStringLiteral("SELECT name FROM clients"));
    CHECK(names.size() == 300);
    CHECK(QSet<QString>(names.begin(), names.end()).size() >= 280); // distinct enough to search
    const QStringList zones = column(temp.db(), QStringLiteral("SELECT DISTINCT timezone FROM clients"));
    CHECK(zones.size() >= 5);
    CHECK(zones.contains(QStringLiteral("America/Montreal")));
    const QStringList languages = column(temp.db(), QStringLiteral("SELECT DISTINCT language FROM clients ORDER BY 1"));
    CHECK(languages == QStringList{QStringLiteral("en"), QStringLiteral("fr")});
    // Accented names, as French users have them.
    CHECK(column(temp.db(), QStringLiteral("SELECT count(*) FROM contacts WHERE name LIKE '%é%'")).first().toInt() > 0);
    // Every client has exactly one primary contact.
    CHECK(column(temp.db(), QStringLiteral("SELECT count(*) FROM clients c WHERE (SELECT count(*) FROM contacts k "
                                           "WHERE k.client_id = c.id AND k.is_primary = 1) <> 1"))
              .first()
              .toInt()
          == 0);

    // A million time entries over the ten years before now, on working days.
    CHECK(summary->timeEntries == 1000000);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM time_entries")) == 1000000);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM time_entries WHERE ended_at IS NULL")) == 0);
    CHECK(column(temp.db(), QStringLiteral("SELECT min(day) FROM time_entries")).first() >= QStringLiteral("2016-11-27"));
    CHECK(column(temp.db(), QStringLiteral("SELECT max(day) FROM time_entries")).first() == QStringLiteral("2026-11-26"));
    // About 85 % billable.
    const qint64 billable = number(temp.db(), QStringLiteral("SELECT count(*) FROM time_entries WHERE billable = 1"));
    CHECK(billable > 830000);
    CHECK(billable < 870000);
    // Weighted: the busiest tenth of the clients has far more than a tenth of the time.
    const qint64 busiest = number(temp.db(), QStringLiteral("SELECT sum(n) FROM (SELECT count(*) AS n FROM time_entries "
                                                            "GROUP BY client_id ORDER BY n DESC LIMIT 30)"));
    CHECK(busiest > 300000);
    // Most entries are on a mission, some on a task.
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM time_entries WHERE mission_id IS NOT NULL")) > 400000);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM time_entries WHERE task_id IS NOT NULL")) > 50000);
    // Descriptions from the list, in French mostly.
    CHECK(number(temp.db(), QStringLiteral("SELECT count(DISTINCT description) FROM time_entries")) >= 20);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM time_entries WHERE description = 'Tri des e-mails'")) > 10000);
    checkTimeEntries(temp.db());

    // 20,000 documents over the ten years: mostly issued invoices, some deposits, credit notes,
    // quotes in every state, a few drafts; most paid, some partly, some overdue, a few in USD/GBP.
    CHECK(summary->documents == 20000);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents")) == 20000);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'invoice' AND number IS NOT NULL"))
          > 14000);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'deposit'")) > 300);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'credit_note'")) > 300);
    CHECK(column(temp.db(), QStringLiteral("SELECT DISTINCT status FROM documents WHERE kind = 'quote' ORDER BY 1"))
          == QStringList{QStringLiteral("accepted"), QStringLiteral("draft"), QStringLiteral("expired"),
                         QStringLiteral("refused"), QStringLiteral("sent")});
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE status = 'draft'")) > 10);
    CHECK(number(temp.db(), QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM document_lines GROUP BY "
                                           "document_id)"))
          == 12);
    CHECK(column(temp.db(), QStringLiteral("SELECT min(issue_date) FROM documents")).first() >= QStringLiteral("2016-11-27"));
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents d JOIN document_balances b ON b.document_id = d.id "
                                           "WHERE d.kind = 'invoice' AND b.paid_cents = d.due_cents"))
          > 12000);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents d LEFT JOIN document_balances b ON "
                                           "b.document_id = d.id WHERE d.kind IN ('invoice', 'deposit') AND d.number IS NOT "
                                           "NULL AND d.due_date < '2026-11-27' AND coalesce(b.paid_cents, 0) + "
                                           "coalesce(b.credited_cents, 0) < d.due_cents"))
          > 20);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM payments WHERE currency IN ('USD', 'GBP') AND eur_cents > 0 "
                                           "AND eur_cents <> amount_cents"))
          > 10);
    checkDocuments(temp.db());
}

TEST_CASE("Small demo data has recent time and a running timer", "[demo][time]")
{
    TempDatabase temp;
    auto summary = DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small);
    BUREAU_REQUIRE_OK(summary);
    CHECK(summary->timeEntries == 301);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM time_entries")) == 301);
    // One running timer, started 40 minutes before now (2026-11-27 10:00 UTC), today in Paris.
    const QStringList running =
        rows(temp.db(), QStringLiteral("SELECT started_at, minutes, day, client_id FROM time_entries WHERE ended_at IS NULL"));
    REQUIRE(running.size() == 1);
    const qint64 now = temp.clock().nowMs();
    CHECK(running.first().section(u'|', 0, 0).toLongLong() == now - 40 * 60 * 1000);
    CHECK(running.first().section(u'|', 1, 2) == QStringLiteral("0|2026-11-27"));
    // The finished ones over the last three months, until yesterday.
    CHECK(column(temp.db(), QStringLiteral("SELECT min(day) FROM time_entries")).first() >= QStringLiteral("2026-08-27"));
    CHECK(column(temp.db(), QStringLiteral("SELECT max(day) FROM time_entries WHERE ended_at IS NOT NULL")).first()
          <= QStringLiteral("2026-11-26"));
    CHECK(number(temp.db(), QStringLiteral("SELECT count(DISTINCT client_id) FROM time_entries")) >= 3);
    checkTimeEntries(temp.db());
}

TEST_CASE("Small demo data has a few invoices paid and overdue and a quote", "[demo][invoice]")
{
    TempDatabase temp;
    auto summary = DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small);
    BUREAU_REQUIRE_OK(summary);
    CHECK(summary->documents == 11);
    CHECK(summary->payments == 5); // four invoices and the deposit: not the overdue one, not the credited one
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE status = 'draft'")) == 1);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'credit_note' AND number IS NOT NULL")) == 1);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'quote'")) == 2);
    // One invoice overdue (nothing paid, due before today), one partly paid.
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents d LEFT JOIN document_balances b ON "
                                           "b.document_id = d.id WHERE d.kind = 'invoice' AND d.number IS NOT NULL AND "
                                           "d.due_date < '2026-11-27' AND coalesce(b.paid_cents, 0) = 0 AND "
                                           "coalesce(b.credited_cents, 0) = 0"))
          == 1);
    CHECK(number(temp.db(), QStringLiteral("SELECT count(*) FROM documents d JOIN document_balances b ON "
                                           "b.document_id = d.id WHERE b.paid_cents > 0 AND b.paid_cents < d.due_cents"))
          == 1);
    checkDocuments(temp.db());
}

TEST_CASE("Demo documents are the same for the same seed", "[demo][invoice]")
{
    TempDatabase first;
    TempDatabase second;
    BUREAU_REQUIRE_OK(DemoGenerator(first.db()).generate(DemoGenerator::Size::Small));
    BUREAU_REQUIRE_OK(DemoGenerator(second.db()).generate(DemoGenerator::Size::Small));
    const QString sql = QStringLiteral("SELECT kind, number, client_id, issue_date, total_cents, chain_hash FROM documents "
                                       "ORDER BY id");
    CHECK(rows(first.db(), sql).size() == 11);
    CHECK(rows(first.db(), sql) == rows(second.db(), sql));
}

TEST_CASE("Demo time entries are the same for the same seed", "[demo][time]")
{
    TempDatabase first;
    TempDatabase second;
    BUREAU_REQUIRE_OK(DemoGenerator(first.db()).generate(DemoGenerator::Size::Small));
    BUREAU_REQUIRE_OK(DemoGenerator(second.db()).generate(DemoGenerator::Size::Small));
    const QString sql = QStringLiteral("SELECT client_id, mission_id, task_id, description, started_at, minutes, "
                                       "billable FROM time_entries ORDER BY id");
    const QStringList entries = rows(first.db(), sql);
    CHECK(entries.size() == 301);
    CHECK(entries == rows(second.db(), sql));
}

TEST_CASE("Demo data never goes into a database that holds clients", "[demo]")
{
    TempDatabase temp;
    BUREAU_REQUIRE_OK(DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small));
    auto again = DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
    CHECK(column(temp.db(), QStringLiteral("SELECT count(*) FROM clients")).first().toInt() == 12);
}

TEST_CASE("Cancelling demo generation writes nothing", "[demo]")
{
    TempDatabase temp;
    int calls = 0;
    auto cancelled = DemoGenerator(temp.db()).generate(DemoGenerator::Size::Large, [&](double) { return ++calls < 3; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(calls == 3);
    CHECK(column(temp.db(), QStringLiteral("SELECT count(*) FROM clients")).first().toInt() == 0);
}

TEST_CASE("Demo sizes are parsed strictly", "[demo]")
{
    CHECK(DemoGenerator::parseSize(QStringLiteral("small")).ok());
    CHECK(DemoGenerator::parseSize(QStringLiteral("large")).ok());
    CHECK_FALSE(DemoGenerator::parseSize(QStringLiteral("Large ")).ok());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The onboarding checklist: the default template, its copy per client, items ticked by hand or by
// their rule, and the progress the client list computes in SQL agreeing with the items.
#include "support/TestSupport.h"

#include "core/storage/OnboardingRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using Bureau::Test::TempDatabase;
using Rule = OnboardingItem::Rule;

namespace
{

void run(Database& db, const QString& sql, const QVariantList& values = {})
{
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("statement"), query.lastError());
        return {};
    }));
}

qint64 insertClient(Database& db, const QString& name)
{
    run(db, QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"), {name});
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT max(id) FROM clients")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QList<Rule> rulesOf(const QList<OnboardingItem>& items)
{
    QList<Rule> rules;
    for (const OnboardingItem& item : items)
        rules << item.rule;
    return rules;
}

/** The progress as the client list computes it, from the shared SQL. */
std::pair<int, int> listProgress(Database& db, qint64 clientId)
{
    QSqlQuery query(db.connection());
    query.prepare(QString(QStringLiteral("SELECT ") + OnboardingRepository::doneCountSql(QStringLiteral("c.id"))
                          + QStringLiteral(", ") + OnboardingRepository::totalCountSql(QStringLiteral("c.id"))
                          + QStringLiteral(" FROM clients c WHERE c.id = ?")));
    query.addBindValue(clientId);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return {query.value(0).toInt(), query.value(1).toInt()};
}

int doneCount(const QList<OnboardingRepository::Step>& steps)
{
    int done = 0;
    for (const auto& step : steps)
        done += step.done ? 1 : 0;
    return done;
}

} // namespace

TEST_CASE("The default onboarding template has six items with their rules", "[onboarding]")
{
    TempDatabase db;
    OnboardingRepository repository(db.db());
    auto items = repository.templateItems();
    BUREAU_REQUIRE_OK(items);
    REQUIRE(items->size() == 6);
    CHECK(items->at(0).label == QStringLiteral("Contract signed"));
    CHECK(items->at(5).label == QStringLiteral("Weekly check-in scheduled"));
    CHECK(rulesOf(items.value())
          == QList<Rule>{Rule::Contract, Rule::Accesses, Rule::None, Rule::Reception, Rule::Mission, Rule::None});
    // Not stored until used.
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM onboarding_template")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("A saved template replaces the default and stays even when empty", "[onboarding]")
{
    TempDatabase db;
    OnboardingRepository repository(db.db());
    OnboardingItem kickOff;
    kickOff.label = QStringLiteral("  Réunion de lancement  ");
    OnboardingItem accesses;
    accesses.label = QStringLiteral("Accès reçus");
    accesses.rule = Rule::Accesses;
    BUREAU_REQUIRE_OK(repository.saveTemplate({kickOff, accesses}));
    auto items = repository.templateItems();
    BUREAU_REQUIRE_OK(items);
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).label == QStringLiteral("Réunion de lancement"));
    CHECK(items->at(1).rule == Rule::Accesses);
    CHECK(items->at(1).position == 1);

    BUREAU_REQUIRE_OK(repository.saveTemplate({}));
    auto emptied = repository.templateItems();
    BUREAU_REQUIRE_OK(emptied);
    CHECK(emptied->isEmpty());

    OnboardingItem blank;
    blank.label = QStringLiteral(" ");
    auto refused = repository.saveTemplate({blank});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
}

TEST_CASE("Starting a client's checklist copies the template once", "[onboarding]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    OnboardingRepository repository(db.db());
    BUREAU_REQUIRE_OK(repository.startForClient(client));
    auto steps = repository.items(client);
    BUREAU_REQUIRE_OK(steps);
    REQUIRE(steps->size() == 6);
    CHECK(steps->at(0).item.label == QStringLiteral("Contract signed"));
    CHECK(steps->at(0).item.clientId == client);
    CHECK(doneCount(steps.value()) == 0);

    // The default template is stored by the first start: later edits do not touch the client's copy.
    auto stored = repository.templateItems();
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->first().id > 0);
    BUREAU_REQUIRE_OK(repository.saveTemplate({stored->first()}));
    BUREAU_REQUIRE_OK(repository.startForClient(client));
    auto again = repository.items(client);
    BUREAU_REQUIRE_OK(again);
    CHECK(again->size() == 6);

    CHECK(repository.startForClient(4242).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Items tick by hand and by their rules and the list's SQL agrees", "[onboarding]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    OnboardingRepository repository(db.db());
    BUREAU_REQUIRE_OK(repository.startForClient(client));
    BUREAU_REQUIRE_OK(repository.startForClient(other));

    const auto check = [&](int expectedDone) {
        auto steps = repository.items(client);
        BUREAU_REQUIRE_OK(steps);
        auto progress = repository.progress(client);
        BUREAU_REQUIRE_OK(progress);
        CHECK(doneCount(steps.value()) == expectedDone);
        CHECK(progress->done == expectedDone);
        CHECK(progress->total == 6);
        CHECK(listProgress(db.db(), client) == std::pair<int, int>{expectedDone, 6});
        return steps.value();
    };
    check(0);

    // Another client's records tick nothing here.
    run(db.db(),
        QStringLiteral("INSERT INTO client_accesses (client_id, service, created_at, updated_at) "
                       "VALUES (?, 'Gmail', 0, 0)"),
        {other});
    check(0);

    // accesses: an access that is not revoked.
    run(db.db(),
        QStringLiteral("INSERT INTO client_accesses (client_id, service, revoked_at, created_at, updated_at) "
                       "VALUES (?, 'Ancien', 5, 0, 0)"),
        {client});
    check(0);
    run(db.db(),
        QStringLiteral("INSERT INTO client_accesses (client_id, service, created_at, updated_at) "
                       "VALUES (?, 'Qonto', 0, 0)"),
        {client});
    auto steps = check(1);
    CHECK(steps[1].byRule);
    CHECK(steps[1].item.doneAtMs == 0);

    // contract: a file of category contract (a procedure does not count).
    run(db.db(),
        QStringLiteral("INSERT INTO client_files (client_id, stored_name, original_name, size, sha256, category, "
                       "added_at) VALUES (?, 'a', 'proc.pdf', 1, ?, 'procedure', 0)"),
        {client, QString(64, u'0')});
    check(1);
    run(db.db(),
        QStringLiteral("INSERT INTO client_files (client_id, stored_name, original_name, size, sha256, category, "
                       "added_at) VALUES (?, 'b', 'contrat.pdf', 1, ?, 'contract', 0)"),
        {client, QString(64, u'0')});
    check(2);

    // mission: an active one (a draft does not count).
    run(db.db(),
        QStringLiteral("INSERT INTO missions (client_id, title, starts_on, status, timezone, created_at, "
                       "updated_at) VALUES (?, 'Brouillon', '2026-01-01', 'draft', 'Europe/Paris', 0, 0)"),
        {client});
    check(2);
    run(db.db(), QStringLiteral("UPDATE missions SET status = 'active'"));
    check(3);

    // reception: instructions written.
    run(db.db(),
        QStringLiteral("INSERT INTO reception_instructions (client_id, greeting, updated_at) "
                       "VALUES (?, 'Bonjour', 0)"),
        {client});
    check(4);

    // By hand: a manual item, and a rule item already done by its rule (still counted once).
    steps = check(4);
    BUREAU_REQUIRE_OK(repository.setDone(steps[2].item.id, true));
    BUREAU_REQUIRE_OK(repository.setDone(steps[1].item.id, true));
    steps = check(5);
    CHECK(steps[2].item.doneAtMs == db.clock().nowMs());
    CHECK_FALSE(steps[2].byRule);

    // Revoking the access: the hand tick on that item keeps it done.
    run(db.db(), QStringLiteral("UPDATE client_accesses SET revoked_at = 10 WHERE client_id = ?"), {client});
    steps = check(5);
    CHECK_FALSE(steps[1].byRule);
    BUREAU_REQUIRE_OK(repository.setDone(steps[1].item.id, false));
    check(4);

    CHECK(repository.setDone(999999, true).error().kind == Error::Kind::NotFound);
    // The other client is untouched.
    CHECK(listProgress(db.db(), other) == std::pair<int, int>{1, 6});
}

TEST_CASE("A client without a checklist has no progress", "[onboarding]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    OnboardingRepository repository(db.db());
    auto progress = repository.progress(client);
    BUREAU_REQUIRE_OK(progress);
    CHECK(progress.value() == OnboardingRepository::Progress{0, 0});
    CHECK(listProgress(db.db(), client) == std::pair<int, int>{0, 0});
}

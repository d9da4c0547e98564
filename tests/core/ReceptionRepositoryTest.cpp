// SPDX-License-Identifier: GPL-3.0-or-later
// Reception instructions: one row per client while not empty, standard answers replaced as a whole.
#include "support/TestSupport.h"

#include "core/storage/ReceptionRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using Bureau::Test::TempDatabase;

namespace
{

qint64 insertClient(Database& db, const QString& name)
{
    qint64 id = 0;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"));
        query.addBindValue(name);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("insert client"), query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    }));
    return id;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("Reception instructions and answers read back in order", "[reception]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    ReceptionRepository repository(db.db());

    auto none = repository.load(client);
    BUREAU_REQUIRE_OK(none);
    CHECK(none->isEmpty());
    CHECK(none->clientId == client);

    ReceptionInstructions instructions;
    instructions.clientId = client;
    instructions.greeting = QStringLiteral("Cabinet Martin, bonjour !");
    instructions.putThrough = QStringLiteral("Maître Martin seulement pour les clients existants.");
    instructions.filtering = QStringLiteral("Démarchage : poliment non.");
    instructions.hours = QStringLiteral("Lun–ven 9h–18h");
    instructions.urgentContact = QStringLiteral("+33 6 12 34 56 78");
    instructions.answers = {{QStringLiteral("Tarifs ?"), QStringLiteral("Sur devis.")},
                            {QStringLiteral("  "), QStringLiteral(" ")},
                            {QStringLiteral("Adresse ?"), QStringLiteral("12 rue de la Paix")}};
    auto saved = repository.save(instructions);
    BUREAU_REQUIRE_OK(saved);
    CHECK(saved->answers.size() == 2);
    CHECK(saved->updatedAtMs == db.clock().nowMs());

    db.reopen();
    ReceptionRepository reread(db.db());
    auto loaded = reread.load(client);
    BUREAU_REQUIRE_OK(loaded);
    CHECK(loaded.value() == saved.value());
    REQUIRE(loaded->answers.size() == 2);
    CHECK(loaded->answers[0].question == QStringLiteral("Tarifs ?"));
    CHECK(loaded->answers[1].question == QStringLiteral("Adresse ?"));
}

TEST_CASE("Saving reception answers replaces them and empty instructions leave no row", "[reception]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    ReceptionRepository repository(db.db());
    ReceptionInstructions instructions;
    instructions.clientId = client;
    instructions.answers = {{QStringLiteral("Q1"), QStringLiteral("A1")}, {QStringLiteral("Q2"), QStringLiteral("A2")}};
    BUREAU_REQUIRE_OK(repository.save(instructions));
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM reception_answers")) == 2);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM reception_instructions")) == 1);

    instructions.answers = {{QStringLiteral("Q3"), QString()}};
    BUREAU_REQUIRE_OK(repository.save(instructions));
    auto loaded = repository.load(client);
    BUREAU_REQUIRE_OK(loaded);
    CHECK(loaded->answers == QList<ReceptionAnswer>{{QStringLiteral("Q3"), QStringLiteral("")}});

    ReceptionInstructions empty;
    empty.clientId = client;
    empty.greeting = QStringLiteral("   ");
    auto cleared = repository.save(empty);
    BUREAU_REQUIRE_OK(cleared);
    CHECK(cleared->isEmpty());
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM reception_instructions")) == 0);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM reception_answers")) == 0);
}

TEST_CASE("An answer without its question or an unknown client is refused and nothing changes", "[reception]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    ReceptionRepository repository(db.db());
    ReceptionInstructions instructions;
    instructions.clientId = client;
    instructions.greeting = QStringLiteral("Bonjour");
    BUREAU_REQUIRE_OK(repository.save(instructions));

    ReceptionInstructions broken = instructions;
    broken.greeting = QStringLiteral("Autre");
    broken.answers = {{QString(), QStringLiteral("Une réponse sans question")}};
    auto refused = repository.save(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    auto loaded = repository.load(client);
    BUREAU_REQUIRE_OK(loaded);
    CHECK(loaded->greeting == QStringLiteral("Bonjour"));

    ReceptionInstructions nobody = instructions;
    nobody.clientId = 999;
    auto missing = repository.save(nobody);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/services/DemoGenerator.h"

#include <QSet>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{
QStringList column(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Interactions with clients: stored, listed newest first, refused when invalid or when the contact
// belongs to another client; an instant shown in the user's zone and the client's.
#include "support/TestSupport.h"

#include "core/services/ClientTimeline.h"
#include "core/storage/InteractionRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

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

qint64 insertContact(Database& db, qint64 clientId, const QString& name)
{
    qint64 id = 0;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO contacts (client_id, name, created_at) VALUES (?, ?, 0)"));
        query.addBindValue(clientId);
        query.addBindValue(name);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("insert contact"), query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    }));
    return id;
}

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

Interaction interaction(qint64 clientId, qint64 when, const QString& summary)
{
    Interaction out;
    out.clientId = clientId;
    out.kind = Interaction::Kind::Call;
    out.occurredAtMs = when;
    out.summary = summary;
    return out;
}

} // namespace

TEST_CASE("Interactions are stored and listed newest first", "[interaction]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    const qint64 contact = insertContact(db.db(), client, QStringLiteral("Élodie Dupont"));
    InteractionRepository repository(db.db());

    Interaction first = interaction(client, at(20, 9), QStringLiteral("  Premier appel  "));
    first.contactId = contact;
    first.withWhom = QStringLiteral("Élodie");
    first.body = QStringLiteral("Présentation des services.\nDevis à envoyer.");
    first.followUpOn = QDate(2026, 12, 1);
    auto added = repository.add(first);
    BUREAU_REQUIRE_OK(added);
    CHECK(added->id > 0);
    CHECK(added->summary == QStringLiteral("Premier appel"));
    CHECK(added->createdAtMs == db.clock().nowMs());

    BUREAU_REQUIRE_OK(repository.add(interaction(client, at(25, 14), QStringLiteral("Réunion de lancement"))));
    BUREAU_REQUIRE_OK(repository.add(interaction(client, at(22, 8), QStringLiteral("Relance par e-mail"))));
    BUREAU_REQUIRE_OK(repository.add(interaction(other, at(26, 8), QStringLiteral("Autre client"))));

    auto listed = repository.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 3);
    CHECK(listed->at(0).summary == QStringLiteral("Réunion de lancement"));
    CHECK(listed->at(1).summary == QStringLiteral("Relance par e-mail"));
    CHECK(listed->at(2) == added.value());

    auto limited = repository.listForClient(client, 1);
    BUREAU_REQUIRE_OK(limited);
    CHECK(limited->size() == 1);

    // Read back from the file by a fresh connection: every field survives.
    db.reopen();
    InteractionRepository reread(db.db());
    auto found = reread.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == added.value());
}

TEST_CASE("Interactions are updated and deleted", "[interaction]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    InteractionRepository repository(db.db());
    auto added = repository.add(interaction(client, at(20, 9), QStringLiteral("Appel")));
    BUREAU_REQUIRE_OK(added);

    Interaction changed = added.value();
    changed.kind = Interaction::Kind::Meeting;
    changed.summary = QStringLiteral("Rendez-vous");
    changed.followUpOn = QDate(2026, 12, 3);
    db.clock().advanceMs(60000);
    auto updated = repository.update(changed);
    BUREAU_REQUIRE_OK(updated);
    CHECK(updated->updatedAtMs == added->createdAtMs + 60000);
    auto found = repository.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found->kind == Interaction::Kind::Meeting);
    CHECK(found->followUpOn == QDate(2026, 12, 3));
    CHECK(found->createdAtMs == added->createdAtMs);

    BUREAU_REQUIRE_OK(repository.remove(added->id));
    auto gone = repository.find(added->id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    auto again = repository.remove(added->id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::NotFound);
}

TEST_CASE("An invalid interaction or another client's contact is refused and nothing is stored", "[interaction]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    const qint64 foreignContact = insertContact(db.db(), other, QStringLiteral("Paul Martin"));
    InteractionRepository repository(db.db());

    auto empty = repository.add(interaction(client, at(20, 9), QStringLiteral("   ")));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == Error::Kind::Invalid);
    CHECK(empty.error().message.contains(QStringLiteral("Summary")));

    Interaction wrong = interaction(client, at(20, 9), QStringLiteral("Appel"));
    wrong.contactId = foreignContact;
    auto refused = repository.add(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);

    auto noClient = repository.add(interaction(999, at(20, 9), QStringLiteral("Appel")));
    REQUIRE_FALSE(noClient.ok());
    CHECK(noClient.error().kind == Error::Kind::NotFound);

    auto moved = repository.add(interaction(client, at(20, 9), QStringLiteral("Appel")));
    BUREAU_REQUIRE_OK(moved);
    Interaction elsewhere = moved.value();
    elsewhere.clientId = other;
    CHECK_FALSE(repository.update(elsewhere).ok());

    auto listed = repository.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->size() == 1);
}

TEST_CASE("Deleting a contact keeps its interactions without the link", "[interaction]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 contact = insertContact(db.db(), client, QStringLiteral("Élodie Dupont"));
    InteractionRepository repository(db.db());
    Interaction linked = interaction(client, at(20, 9), QStringLiteral("Appel"));
    linked.contactId = contact;
    auto added = repository.add(linked);
    BUREAU_REQUIRE_OK(added);
    BUREAU_REQUIRE_OK(db->exec(QStringLiteral("DELETE FROM contacts")));
    auto found = repository.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found->contactId == 0);
}

TEST_CASE("An instant reads in the user's zone and the client's", "[interaction]")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QTimeZone paris("Europe/Paris");
    const QTimeZone montreal("America/Montreal");
    CHECK(ClientTimeline::formatInstant(at(27, 10), paris, montreal, english)
          == QStringLiteral("27 Nov 2026 11:00 (Paris) \u00b7 05:00 (Montreal)"));
    // Another day in the client's zone: its date is repeated.
    CHECK(ClientTimeline::formatInstant(at(27, 2), paris, montreal, english)
          == QStringLiteral("27 Nov 2026 03:00 (Paris) \u00b7 26 Nov 2026 21:00 (Montreal)"));
    // One zone: no repetition.
    CHECK(ClientTimeline::formatInstant(at(27, 10), paris, paris, english) == QStringLiteral("27 Nov 2026 11:00"));
    // Summer time in July: Paris is UTC+2.
    CHECK(ClientTimeline::formatInstant(QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch(), paris,
                                        QTimeZone(), english)
          == QStringLiteral("1 Jul 2026 12:00"));
    CHECK(ClientTimeline::zoneCity(QTimeZone("America/Argentina/Buenos_Aires")) == QStringLiteral("Buenos Aires"));
}

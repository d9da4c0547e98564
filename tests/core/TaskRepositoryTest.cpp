// SPDX-License-Identifier: GPL-3.0-or-later
// Basic tasks: done exactly when they have a completion time, listed open first by due date, and
// linked only to a mission of the same client.
#include "support/TestSupport.h"

#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"

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

qint64 addMission(Database& db, qint64 clientId)
{
    Mission mission;
    mission.clientId = clientId;
    mission.title = QStringLiteral("Assistance");
    mission.startsOn = QDate(2026, 9, 1);
    auto added = MissionRepository(db).add(mission);
    BUREAU_REQUIRE_OK(added);
    return added->id;
}

Task task(qint64 clientId, const QString& title, QDate due = {}, Task::Priority priority = Task::Priority::Normal)
{
    Task out;
    out.clientId = clientId;
    out.title = title;
    out.dueOn = due;
    out.priority = priority;
    return out;
}

QStringList titles(const QList<Task>& tasks)
{
    QStringList out;
    for (const Task& t : tasks)
        out << t.title;
    return out;
}

} // namespace

TEST_CASE("Tasks list open ones by due date and done ones last", "[task]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    TaskRepository repository(db.db());

    BUREAU_REQUIRE_OK(repository.add(task(client, QStringLiteral("Sans date"))));
    BUREAU_REQUIRE_OK(repository.add(task(client, QStringLiteral("Décembre"), QDate(2026, 12, 15))));
    BUREAU_REQUIRE_OK(repository.add(task(client, QStringLiteral("Demain"), QDate(2026, 11, 28))));
    BUREAU_REQUIRE_OK(repository.add(task(client, QStringLiteral("Sans date urgente"), {}, Task::Priority::Urgent)));
    auto done = repository.add(task(client, QStringLiteral("Faite"), QDate(2026, 11, 1)));
    BUREAU_REQUIRE_OK(done);
    BUREAU_REQUIRE_OK(repository.add(task(other, QStringLiteral("Autre client"), QDate(2026, 11, 27))));
    BUREAU_REQUIRE_OK(repository.markDone(done->id));

    auto listed = repository.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    CHECK(titles(listed.value())
          == QStringList{QStringLiteral("Demain"), QStringLiteral("Décembre"), QStringLiteral("Sans date urgente"),
                         QStringLiteral("Sans date"), QStringLiteral("Faite")});
    auto open = repository.listForClient(client, false);
    BUREAU_REQUIRE_OK(open);
    CHECK(open->size() == 4);
    auto everyone = repository.listOpen();
    BUREAU_REQUIRE_OK(everyone);
    CHECK(everyone->first().title == QStringLiteral("Autre client"));
    CHECK(everyone->size() == 5);
}

TEST_CASE("Marking a task done stamps it and reopening clears the stamp", "[task]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TaskRepository repository(db.db());
    auto added = repository.add(task(client, QStringLiteral("Envoyer les factures")));
    BUREAU_REQUIRE_OK(added);
    CHECK(added->completedAtMs == 0);

    db.clock().advanceMs(3600000);
    auto done = repository.markDone(added->id);
    BUREAU_REQUIRE_OK(done);
    CHECK(done->status == Task::Status::Done);
    CHECK(done->completedAtMs == db.clock().nowMs());

    // Done again later: the first completion time stays.
    db.clock().advanceMs(60000);
    auto again = repository.markDone(added->id);
    BUREAU_REQUIRE_OK(again);
    CHECK(again->completedAtMs == done->completedAtMs);
    Task edited = again.value();
    edited.notes = QStringLiteral("Envoyées par e-mail");
    edited.completedAtMs = 0;
    auto saved = repository.update(edited);
    BUREAU_REQUIRE_OK(saved);
    CHECK(saved->completedAtMs == done->completedAtMs);

    auto reopened = repository.reopen(added->id);
    BUREAU_REQUIRE_OK(reopened);
    CHECK(reopened->status == Task::Status::Todo);
    CHECK(reopened->completedAtMs == 0);
    auto found = repository.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == reopened.value());

    // A task saved as waiting keeps no completion time, whatever it is given.
    Task waiting = found.value();
    waiting.status = Task::Status::WaitingOnClient;
    waiting.completedAtMs = 12345;
    auto stored = repository.update(waiting);
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->completedAtMs == 0);
}

TEST_CASE("A task links only to a mission of its own client", "[task]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    const qint64 ownMission = addMission(db.db(), client);
    const qint64 foreignMission = addMission(db.db(), other);
    TaskRepository repository(db.db());

    Task linked = task(client, QStringLiteral("Préparer le point hebdo"));
    linked.missionId = ownMission;
    auto added = repository.add(linked);
    BUREAU_REQUIRE_OK(added);
    CHECK(added->missionId == ownMission);

    Task wrong = task(client, QStringLiteral("Mauvais lien"));
    wrong.missionId = foreignMission;
    auto refused = repository.add(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("another client")));

    Task moved = added.value();
    moved.missionId = foreignMission;
    CHECK_FALSE(repository.update(moved).ok());
    Task missing = task(client, QStringLiteral("Mission inconnue"));
    missing.missionId = 999;
    CHECK(repository.add(missing).error().kind == Error::Kind::NotFound);

    // Deleting the mission keeps the task, unlinked.
    BUREAU_REQUIRE_OK(MissionRepository(db.db()).remove(ownMission));
    auto found = repository.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found->missionId == 0);

    auto listed = repository.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->size() == 1);
    BUREAU_REQUIRE_OK(repository.remove(added->id));
    CHECK(repository.remove(added->id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("A task without a title is refused", "[task]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TaskRepository repository(db.db());
    auto refused = repository.add(task(client, QStringLiteral("  ")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    auto listed = repository.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->isEmpty());
}

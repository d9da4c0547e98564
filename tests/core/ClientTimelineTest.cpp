// SPDX-License-Identifier: GPL-3.0-or-later
// The client's timeline: every source merged, newest first, limited.
#include "support/TestSupport.h"

#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/services/ClientFileStore.h"
#include "core/services/ClientTimeline.h"
#include "core/storage/InteractionRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TimeEntryRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using Bureau::Test::TempDatabase;
using Bureau::Test::TempDir;
using Kind = ClientTimeline::Kind;

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

qint64 at(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("The timeline merges every source newest first", "[timeline]")
{
    TempDatabase db;
    TempDir source;
    MemoryCredentialStore store(db->uuid());
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));

    // Mission starting 1 September in Montreal: midnight there is 04:00 UTC.
    Mission mission;
    mission.clientId = client;
    mission.title = QStringLiteral("Assistance");
    mission.startsOn = QDate(2026, 9, 1);
    mission.timeZone = QStringLiteral("America/Montreal");
    auto missionAdded = MissionRepository(db.db()).add(mission);
    BUREAU_REQUIRE_OK(missionAdded);

    db.clock().setMs(at(10, 1, 9));
    Task task;
    task.clientId = client;
    task.missionId = missionAdded->id;
    task.title = QStringLiteral("Trier la boîte mail");
    auto taskAdded = TaskRepository(db.db()).add(task);
    BUREAU_REQUIRE_OK(taskAdded);

    db.clock().setMs(at(10, 5, 9));
    Test::writeAll(source.file(QStringLiteral("contrat.pdf")), "%PDF");
    BUREAU_REQUIRE_OK(ClientFileStore(db.db()).attach(client, source.file(QStringLiteral("contrat.pdf")),
                                                      ClientFile::Category::Contract));

    db.clock().setMs(at(10, 10, 9));
    ClientAccess access;
    access.clientId = client;
    access.service = QStringLiteral("Qonto");
    access.grantedBy = QStringLiteral("Élodie");
    ClientAccessService accesses(db.db(), store);
    auto accessAdded = accesses.add(access, QStringLiteral("secret"));
    BUREAU_REQUIRE_OK(accessAdded);

    Interaction call;
    call.clientId = client;
    call.kind = Interaction::Kind::Call;
    call.occurredAtMs = at(10, 12, 15);
    call.summary = QStringLiteral("Point mensuel");
    call.body = QStringLiteral("Tout va bien.");
    BUREAU_REQUIRE_OK(InteractionRepository(db.db()).add(call));
    call.clientId = other;
    call.summary = QStringLiteral("Autre client");
    BUREAU_REQUIRE_OK(InteractionRepository(db.db()).add(call));

    db.clock().setMs(at(10, 20, 9));
    BUREAU_REQUIRE_OK(TaskRepository(db.db()).markDone(taskAdded->id));
    db.clock().setMs(at(11, 2, 9));
    BUREAU_REQUIRE_OK(accesses.revoke(accessAdded->id));

    ClientTimeline timeline(db.db());
    auto entries = timeline.entries(client);
    BUREAU_REQUIRE_OK(entries);
    QList<Kind> kinds;
    for (const auto& entry : entries.value())
        kinds << entry.kind;
    CHECK(kinds
          == QList<Kind>{Kind::AccessRevoked, Kind::TaskCompleted, Kind::Interaction, Kind::AccessGranted,
                         Kind::FileAdded, Kind::TaskCreated, Kind::MissionStarted});
    REQUIRE(entries->size() == 7);
    const auto& interaction = entries->at(2);
    CHECK(interaction.title == QStringLiteral("Call: Point mensuel"));
    CHECK(interaction.detail == QStringLiteral("Tout va bien."));
    CHECK(interaction.sourceTable == QStringLiteral("interactions"));
    CHECK(interaction.subKind == QStringLiteral("call"));
    CHECK(interaction.whenMs == at(10, 12, 15));
    CHECK(entries->at(1).title == QStringLiteral("Task completed: Trier la boîte mail"));
    CHECK(entries->at(1).detail == QStringLiteral("Mission: Assistance"));
    CHECK(entries->at(3).detail == QStringLiteral("Granted by Élodie"));
    CHECK(entries->at(4).title == QStringLiteral("File attached: contrat.pdf"));
    CHECK(entries->at(6).whenMs == at(9, 1, 4));
    CHECK(entries->at(6).id == missionAdded->id);

    auto limited = timeline.entries(client, 2);
    BUREAU_REQUIRE_OK(limited);
    REQUIRE(limited->size() == 2);
    CHECK(limited->at(0).kind == Kind::AccessRevoked);
    CHECK(limited->at(1).kind == Kind::TaskCompleted);

    auto nothing = timeline.entries(4242);
    BUREAU_REQUIRE_OK(nothing);
    CHECK(nothing->isEmpty());
    CHECK(ClientTimeline::kindKey(Kind::TaskCompleted) == QStringLiteral("task-completed"));
}

TEST_CASE("The timeline shows each time entry as the time worked and its description", "[timeline][time]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    Mission mission;
    mission.clientId = client;
    mission.title = QStringLiteral("Assistance");
    mission.startsOn = QDate(2026, 9, 1);
    auto missionAdded = MissionRepository(db.db()).add(mission);
    BUREAU_REQUIRE_OK(missionAdded);

    TimeEntryRepository repository(db.db());
    TimeEntry worked;
    worked.clientId = client;
    worked.missionId = missionAdded->id;
    worked.description = QStringLiteral("Saisie des factures");
    worked.startedAtMs = at(11, 20, 9);
    worked.endedAtMs = at(11, 20, 9) + 90 * 60000;
    auto first = repository.add(worked);
    BUREAU_REQUIRE_OK(first);
    TimeEntry bare;
    bare.clientId = client;
    bare.startedAtMs = at(11, 21, 9);
    bare.endedAtMs = at(11, 21, 9) + 45 * 60000;
    auto second = repository.add(bare);
    BUREAU_REQUIRE_OK(second);
    TimeEntry timer;
    timer.clientId = client;
    timer.description = QStringLiteral("Standard");
    timer.startedAtMs = at(11, 27, 9);
    auto running = repository.add(timer);
    BUREAU_REQUIRE_OK(running);
    TimeEntry elsewhere = bare;
    elsewhere.clientId = other;
    elsewhere.startedAtMs = at(11, 22, 9);
    elsewhere.endedAtMs = at(11, 22, 10);
    BUREAU_REQUIRE_OK(repository.add(elsewhere));

    auto entries = ClientTimeline(db.db()).entries(client);
    BUREAU_REQUIRE_OK(entries);
    QList<Kind> kinds;
    for (const auto& entry : entries.value())
        kinds << entry.kind;
    CHECK(kinds == QList<Kind>{Kind::TimeWorked, Kind::TimeWorked, Kind::TimeWorked, Kind::MissionStarted});
    REQUIRE(entries->size() == 4);
    CHECK(entries->at(0).title == QStringLiteral("Timer running: Standard"));
    CHECK(entries->at(0).id == running->id);
    CHECK(entries->at(1).title == QStringLiteral("0h45 worked"));
    CHECK(entries->at(1).detail.isEmpty());
    CHECK(entries->at(2).title == QString::fromUtf8("1h30 — Saisie des factures"));
    CHECK(entries->at(2).detail == QStringLiteral("Mission: Assistance"));
    CHECK(entries->at(2).whenMs == at(11, 20, 9));
    CHECK(entries->at(2).sourceTable == QStringLiteral("time_entries"));
    CHECK(entries->at(2).id == first->id);
    CHECK(ClientTimeline::kindKey(Kind::TimeWorked) == QStringLiteral("time-worked"));
}

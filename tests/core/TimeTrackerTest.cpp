// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases of time tracking on a real database: the timer (start, stop, switch, discard, a
// forgotten one), manual entries and their overlaps, deletion, split, merge and timesheet cells.
#include "support/TestSupport.h"

#include "core/services/TimeTracker.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TimeEntryRepository.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdlib>

using namespace Bureau;
using Bureau::Test::TempDatabase;

namespace
{

constexpr qint64 kMinute = 60000;
constexpr qint64 kHour = 60 * kMinute;

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

qint64 utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

qint64 paris(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Europe/Paris"))).toMSecsSinceEpoch();
}

TimeEntry entry(qint64 clientId, qint64 startMs, qint64 endMs, const QString& description = {})
{
    TimeEntry out;
    out.clientId = clientId;
    out.startedAtMs = startMs;
    out.endedAtMs = endMs;
    out.description = description;
    return out;
}

TimeTracker::StartRequest on(qint64 clientId, const QString& description = {})
{
    TimeTracker::StartRequest request;
    request.clientId = clientId;
    request.description = description;
    return request;
}

QList<qint64> ids(const QList<TimeEntry>& entries)
{
    QList<qint64> out;
    for (const TimeEntry& e : entries)
        out << e.id;
    return out;
}

qint64 countEntries(Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM time_entries")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

void lockOnDocument(Database& db, const QList<qint64>& entryIds, qint64 documentId)
{
    TimeEntryRepository repository(db);
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        if (Status attached = repository.attachToDocumentInTransaction(entryIds, documentId); !attached)
            return attached;
        return repository.lockDocumentInTransaction(documentId);
    }));
}

} // namespace

TEST_CASE("The timer starts stops and switches with the first entry ending as the next starts", "[time][timer]")
{
    TempDatabase db;
    const qint64 dupont = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 martin = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    TimeTracker tracker(db.db());
    QSignalSpy entriesChanged(&tracker, &TimeTracker::entriesChanged);
    QSignalSpy runningChanged(&tracker, &TimeTracker::runningChanged);

    const qint64 startedAt = db.clock().nowMs();
    auto started = tracker.start(on(dupont, QStringLiteral("Courrier")));
    BUREAU_REQUIRE_OK(started);
    CHECK(started->isRunning());
    CHECK(started->startedAtMs == startedAt);
    CHECK(started->description == QStringLiteral("Courrier"));
    CHECK(runningChanged.count() == 1);
    CHECK(entriesChanged.count() == 1);

    // A second timer is refused, naming the running one's client and its local start (11:00 in Paris).
    db.clock().advanceMs(10 * kMinute);
    auto second = tracker.start(on(martin));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("Atelier Dupont")));
    CHECK(second.error().message.contains(QStringLiteral("11:00")));
    CHECK(runningChanged.count() == 1);

    db.clock().advanceMs(20 * kMinute);
    auto switched = tracker.switchTo(on(martin, QStringLiteral("Standard")));
    BUREAU_REQUIRE_OK(switched);
    REQUIRE(switched->stopped.has_value());
    CHECK(switched->stopped->id == started->id);
    CHECK(switched->stopped->minutes == 30);
    CHECK(switched->stopped->endedAtMs == switched->started.startedAtMs);
    CHECK(switched->started.clientId == martin);
    CHECK(switched->started.isRunning());
    CHECK(runningChanged.count() == 2);
    auto running = tracker.running();
    BUREAU_REQUIRE_OK(running);
    REQUIRE(running->has_value());
    CHECK((*running)->id == switched->started.id);

    db.clock().advanceMs(45 * kMinute + 20'000);
    auto stopped = tracker.stop();
    BUREAU_REQUIRE_OK(stopped);
    CHECK(stopped->entry.minutes == 45);
    CHECK(stopped->entry.endedAtMs == db.clock().nowMs());
    CHECK(stopped->overlaps.isEmpty());
    CHECK(runningChanged.count() == 3);
    CHECK(entriesChanged.count() == 3);

    auto nothing = tracker.stop();
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().kind == Error::Kind::NotFound);
    CHECK(tracker.discardRunning().error().kind == Error::Kind::NotFound);
    CHECK(runningChanged.count() == 3);

    // Switching with nothing running just starts.
    auto fresh = tracker.switchTo(on(dupont));
    BUREAU_REQUIRE_OK(fresh);
    CHECK_FALSE(fresh->stopped.has_value());
    BUREAU_REQUIRE_OK(tracker.discardRunning());
    auto afterDiscard = tracker.running();
    BUREAU_REQUIRE_OK(afterDiscard);
    CHECK_FALSE(afterDiscard->has_value());
    CHECK(countEntries(db.db()) == 2);
}

TEST_CASE("A forgotten timer is flagged after 12 hours and needs an end after 24", "[time][timer]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeTracker tracker(db.db());
    auto started = tracker.start(on(client));
    BUREAU_REQUIRE_OK(started);

    db.clock().advanceMs(11 * kHour + 59 * kMinute);
    CHECK_FALSE(tracker.hasRunTooLong(started.value()));
    db.clock().advanceMs(2 * kMinute);
    CHECK(tracker.hasRunTooLong(started.value()));

    db.clock().advanceMs(13 * kHour);
    auto refused = tracker.stop();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("24 hours")));
    CHECK(refused.error().message.contains(QStringLiteral("say when the work ended")));
    // A switch would stop it too: refused whole, nothing started.
    CHECK_FALSE(tracker.switchTo(on(client)).ok());
    CHECK(countEntries(db.db()) == 1);

    // Not before its start, not in the future, not over a day even when given.
    CHECK(tracker.stop(started->startedAtMs - kMinute).error().kind == Error::Kind::Invalid);
    CHECK(tracker.stop(db.clock().nowMs() + kMinute).error().kind == Error::Kind::Invalid);
    CHECK(tracker.stop(started->startedAtMs + 25 * kHour).error().kind == Error::Kind::Invalid);

    auto stopped = tracker.stop(started->startedAtMs + 2 * kHour);
    BUREAU_REQUIRE_OK(stopped);
    CHECK(stopped->entry.minutes == 120);
    CHECK_FALSE(tracker.hasRunTooLong(stopped->entry));
}

TEST_CASE("A running timer survives closing and reopening the database", "[time][timer]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    qint64 id = 0;
    {
        TimeTracker tracker(db.db());
        auto started = tracker.start(on(client, QStringLiteral("Avant la panne")));
        BUREAU_REQUIRE_OK(started);
        id = started->id;
    }
    db.close();
    db.reopen();
    db.clock().advanceMs(3 * kHour);
    TimeTracker tracker(db.db());
    auto running = tracker.running();
    BUREAU_REQUIRE_OK(running);
    REQUIRE(running->has_value());
    CHECK((*running)->id == id);
    CHECK((*running)->description == QStringLiteral("Avant la panne"));
    CHECK((*running)->elapsedMs(db.clock().nowMs()) == 3 * kHour);
    auto stopped = tracker.stop();
    BUREAU_REQUIRE_OK(stopped);
    CHECK(stopped->entry.minutes == 180);
}

TEST_CASE("Manual entries warn of overlaps and deletions are all or nothing", "[time][timer]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeTracker tracker(db.db());
    QSignalSpy entriesChanged(&tracker, &TimeTracker::entriesChanged);

    auto noEnd = tracker.add(entry(client, utc(11, 20, 9), 0));
    REQUIRE_FALSE(noEnd.ok());
    CHECK(noEnd.error().kind == Error::Kind::Invalid);
    CHECK(entriesChanged.count() == 0);

    auto first = tracker.add(entry(client, utc(11, 20, 9), utc(11, 20, 11)));
    BUREAU_REQUIRE_OK(first);
    CHECK(first->overlaps.isEmpty());
    CHECK(first->entry.minutes == 120);
    auto adjacent = tracker.add(entry(client, utc(11, 20, 11), utc(11, 20, 12)));
    BUREAU_REQUIRE_OK(adjacent);
    CHECK(adjacent->overlaps.isEmpty());
    auto overlapping = tracker.add(entry(client, utc(11, 20, 10, 30), utc(11, 20, 11, 30)));
    BUREAU_REQUIRE_OK(overlapping);
    CHECK(ids(overlapping->overlaps) == QList<qint64>{first->entry.id, adjacent->entry.id});

    // Moved out of the way: no overlap left.
    TimeEntry moved = overlapping->entry;
    moved.startedAtMs = utc(11, 20, 14);
    moved.endedAtMs = utc(11, 20, 15);
    auto updated = tracker.update(moved);
    BUREAU_REQUIRE_OK(updated);
    CHECK(updated->overlaps.isEmpty());
    CHECK(entriesChanged.count() == 4);

    // A locked entry among those to delete: nothing is deleted. A missing one: same.
    lockOnDocument(db.db(), {first->entry.id}, 3);
    const Status refused = tracker.remove(QList<qint64>{adjacent->entry.id, first->entry.id});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("invoiced")));
    CHECK(tracker.remove(QList<qint64>{adjacent->entry.id, 4242}).error().kind == Error::Kind::NotFound);
    CHECK(countEntries(db.db()) == 3);
    CHECK(tracker.remove(first->entry.id).error().kind == Error::Kind::Conflict);
    TimeEntry changed = first->entry;
    changed.description = QStringLiteral("Autre chose");
    CHECK(tracker.update(changed).error().kind == Error::Kind::Conflict);

    BUREAU_REQUIRE_OK(tracker.remove(QList<qint64>{adjacent->entry.id, moved.id}));
    CHECK(countEntries(db.db()) == 1);
    CHECK(entriesChanged.count() == 5);
}

TEST_CASE("Split cuts a finished entry strictly inside it", "[time][timer][split]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 mission = addMission(db.db(), client);
    TimeTracker tracker(db.db());
    TimeEntry source = entry(client, utc(11, 20, 9), utc(11, 20, 12), QStringLiteral("Classement"));
    source.missionId = mission;
    source.notes = QStringLiteral("Boîtes 1 à 4");
    source.billable = false;
    auto added = tracker.add(source);
    BUREAU_REQUIRE_OK(added);

    CHECK(tracker.split(added->entry.id, utc(11, 20, 9)).error().kind == Error::Kind::Invalid);
    CHECK(tracker.split(added->entry.id, utc(11, 20, 12)).error().kind == Error::Kind::Invalid);
    CHECK(tracker.split(4242, utc(11, 20, 10)).error().kind == Error::Kind::NotFound);

    auto halves = tracker.split(added->entry.id, utc(11, 20, 10, 15));
    BUREAU_REQUIRE_OK(halves);
    const auto& [first, second] = halves.value();
    CHECK(first.id == added->entry.id);
    CHECK(first.minutes == 75);
    CHECK(second.minutes == 105);
    CHECK(first.endedAtMs == second.startedAtMs);
    CHECK(second.endedAtMs == utc(11, 20, 12));
    for (const TimeEntry& half : {first, second}) {
        CHECK(half.clientId == client);
        CHECK(half.missionId == mission);
        CHECK(half.description == QStringLiteral("Classement"));
        CHECK(half.notes == QStringLiteral("Boîtes 1 à 4"));
        CHECK_FALSE(half.billable);
    }

    // Not a running one, not an invoiced one.
    auto timer = tracker.start(on(client));
    BUREAU_REQUIRE_OK(timer);
    db.clock().advanceMs(kHour);
    CHECK(tracker.split(timer->id, timer->startedAtMs + kMinute).error().kind == Error::Kind::Conflict);
    lockOnDocument(db.db(), {second.id}, 9);
    CHECK(tracker.split(second.id, utc(11, 20, 11)).error().kind == Error::Kind::Conflict);
}

TEST_CASE("Merge joins entries of the same kind into the earliest one", "[time][timer][merge]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    TimeTracker tracker(db.db());
    const auto add = [&](TimeEntry e) {
        auto added = tracker.add(e);
        BUREAU_REQUIRE_OK(added);
        return added->entry;
    };
    TimeEntry a = entry(client, utc(11, 20, 14), utc(11, 20, 14, 30), QStringLiteral("Relances"));
    a.notes = QStringLiteral("Trois clients");
    const TimeEntry late = add(a);
    const TimeEntry early = add(entry(client, utc(11, 20, 9), utc(11, 20, 10), QStringLiteral("Courrier")));
    TimeEntry c = entry(client, utc(11, 20, 11), utc(11, 20, 11, 20), QStringLiteral("Courrier"));
    c.notes = QStringLiteral("Urgent");
    const TimeEntry middle = add(c);

    auto merged = tracker.merge({late.id, early.id, middle.id});
    BUREAU_REQUIRE_OK(merged);
    CHECK(merged->id == early.id);
    CHECK(merged->startedAtMs == utc(11, 20, 9));
    CHECK(merged->minutes == 110);
    CHECK(merged->endedAtMs == utc(11, 20, 10, 50));
    CHECK(merged->description == QStringLiteral("Courrier; Relances"));
    CHECK(merged->notes == QStringLiteral("Urgent\n\nTrois clients"));
    CHECK(countEntries(db.db()) == 1);

    // Refusals, each leaving everything as it was.
    const TimeEntry otherClient = add(entry(other, utc(11, 21, 9), utc(11, 21, 10)));
    CHECK(tracker.merge({merged->id, otherClient.id}).error().kind == Error::Kind::Invalid);
    TimeEntry unbillable = entry(client, utc(11, 21, 9), utc(11, 21, 10));
    unbillable.billable = false;
    const TimeEntry free = add(unbillable);
    CHECK(tracker.merge({merged->id, free.id}).error().kind == Error::Kind::Invalid);
    CHECK(tracker.merge({merged->id}).error().kind == Error::Kind::Invalid);
    CHECK(tracker.merge({merged->id, merged->id}).error().kind == Error::Kind::Invalid);
    const TimeEntry day1 = add(entry(client, utc(11, 22, 0), utc(11, 22, 20)));
    const TimeEntry day2 = add(entry(client, utc(11, 23, 0), utc(11, 23, 20)));
    auto tooLong = tracker.merge({day1.id, day2.id, merged->id}); // 20 h + 20 h + 1 h 50
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("24 hours")));
    lockOnDocument(db.db(), {day1.id}, 4);
    CHECK(tracker.merge({day1.id, day2.id}).error().kind == Error::Kind::Conflict);
    CHECK(countEntries(db.db()) == 5);
    auto kept = TimeEntryRepository(db.db()).find(merged->id);
    BUREAU_REQUIRE_OK(kept);
    CHECK(kept->minutes == 110);
}

TEST_CASE("A timesheet cell grows adds and shrinks entries to reach its total", "[time][timer][cell]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    const qint64 mission = addMission(db.db(), client);
    TimeTracker tracker(db.db());
    const QDate day(2026, 11, 23);
    const auto minutes = [](qint64 m) { return Duration::fromMinutes(m); };

    // An empty day: a new entry at 09:00 local.
    auto created = tracker.setCellTotal(client, mission, day, true, minutes(90));
    BUREAU_REQUIRE_OK(created);
    REQUIRE(created->size() == 1);
    CHECK(created->first().startedAtMs == paris(day, QTime(9, 0)));
    CHECK(created->first().minutes == 90);
    CHECK(created->first().missionId == mission);
    CHECK(created->first().day == day);

    // One entry: it grows.
    auto grown = tracker.setCellTotal(client, mission, day, true, minutes(150));
    BUREAU_REQUIRE_OK(grown);
    REQUIRE(grown->size() == 1);
    CHECK(grown->first().id == created->first().id);
    CHECK(grown->first().minutes == 150);
    CHECK(grown->first().endedAtMs == paris(day, QTime(11, 30)));

    // Another client's entry later that day: a new entry of the cell starts where the day's last one ends.
    auto afternoon = tracker.add(entry(other, paris(day, QTime(14, 0)), paris(day, QTime(15, 0))));
    BUREAU_REQUIRE_OK(afternoon);
    auto extra = tracker.add(entry(client, paris(day, QTime(12, 0)), paris(day, QTime(12, 30))));
    BUREAU_REQUIRE_OK(extra); // no mission: another cell
    TimeEntry second = entry(client, paris(day, QTime(13, 0)), paris(day, QTime(13, 15)));
    second.missionId = mission;
    BUREAU_REQUIRE_OK(tracker.add(second));
    auto added = tracker.setCellTotal(client, mission, day, true, minutes(195));
    BUREAU_REQUIRE_OK(added);
    REQUIRE(added->size() == 3);
    CHECK(added->last().startedAtMs == paris(day, QTime(15, 0)));
    CHECK(added->last().minutes == 30);

    // Shrinking takes from the latest first: the 30 min entry goes, the 13:00 one is shortened.
    auto shrunk = tracker.setCellTotal(client, mission, day, true, minutes(155));
    BUREAU_REQUIRE_OK(shrunk);
    REQUIRE(shrunk->size() == 2);
    CHECK(shrunk->at(0).minutes == 150);
    CHECK(shrunk->at(1).minutes == 5);
    CHECK(shrunk->at(1).startedAtMs == paris(day, QTime(13, 0)));

    // The other cells did not move.
    auto noMission = tracker.setCellTotal(client, 0, day, true, minutes(30));
    BUREAU_REQUIRE_OK(noMission);
    REQUIRE(noMission->size() == 1);
    CHECK(noMission->first().id == extra->entry.id);

    // Invoiced time sets a floor.
    lockOnDocument(db.db(), {shrunk->at(0).id}, 2);
    auto belowLocked = tracker.setCellTotal(client, mission, day, true, minutes(60));
    REQUIRE_FALSE(belowLocked.ok());
    CHECK(belowLocked.error().kind == Error::Kind::Conflict);
    CHECK(belowLocked.error().message.contains(QStringLiteral("2h30")));
    auto toLocked = tracker.setCellTotal(client, mission, day, true, minutes(150));
    BUREAU_REQUIRE_OK(toLocked);
    REQUIRE(toLocked->size() == 1);
    CHECK(toLocked->first().locked);
    // With only a locked entry, more time is a new entry.
    auto more = tracker.setCellTotal(client, mission, day, true, minutes(180));
    BUREAU_REQUIRE_OK(more);
    REQUIRE(more->size() == 2);
    CHECK(more->at(0).minutes == 150);
    CHECK(more->at(1).minutes == 30);

    // A non-billable cell of the same client and mission is its own.
    auto unbilled = tracker.setCellTotal(client, mission, day, false, minutes(0));
    BUREAU_REQUIRE_OK(unbilled);
    CHECK(unbilled->isEmpty());
    CHECK(tracker.setCellTotal(client, mission, day, true, minutes(-5)).error().kind == Error::Kind::Invalid);
    CHECK(tracker.setCellTotal(client, mission, day, true, minutes(1441)).error().kind == Error::Kind::Invalid);

    // A running timer in the cell: refused.
    db.clock().setMs(paris(QDate(2026, 11, 27), QTime(9, 0)));
    TimeTracker::StartRequest request = on(client);
    request.missionId = mission;
    BUREAU_REQUIRE_OK(tracker.start(request));
    CHECK(tracker.setCellTotal(client, mission, QDate(2026, 11, 27), true, minutes(60)).error().kind
          == Error::Kind::Conflict);
}

TEST_CASE("A timer started from a second connection while one runs gets the clear conflict", "[time][timer]")
{
    TempDatabase db;
    const qint64 dupont = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 martin = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    TimeTracker gui(db.db());
    auto started = gui.start(on(dupont));
    BUREAU_REQUIRE_OK(started);

    // Another process (the CLI) on the same file: its own connection and clock.
    FixedClock otherClock(db.clock().nowMs() + 5 * kMinute);
    Database::Options options;
    options.migrate = Database::Migrate::No;
    auto opened = Database::open(db.path(), otherClock, options);
    BUREAU_REQUIRE_OK(opened);
    std::unique_ptr<Database> other = std::move(opened).value();
    TimeTracker cli(*other);

    auto refused = cli.start(on(martin));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Atelier Dupont")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("UNIQUE")));
    auto direct = TimeEntryRepository(*other).add(entry(martin, otherClock.nowMs(), 0));
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().kind == Error::Kind::Conflict);
    CHECK(direct.error().message.contains(QStringLiteral("already running")));
    CHECK(countEntries(db.db()) == 1);

    // A switch from the other process stops the first timer and starts its own.
    auto switched = cli.switchTo(on(martin));
    BUREAU_REQUIRE_OK(switched);
    REQUIRE(switched->stopped.has_value());
    CHECK(switched->stopped->id == started->id);
    CHECK(switched->stopped->minutes == 5);
    auto seen = gui.running();
    BUREAU_REQUIRE_OK(seen);
    REQUIRE(seen->has_value());
    CHECK((*seen)->clientId == martin);
    CHECK(gui.start(on(dupont)).error().kind == Error::Kind::Conflict);
}

TEST_CASE("Split keeps the total minutes of an entry with seconds", "[time][timer][split]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeTracker tracker(db.db());
    // A timer's entry: 10:00:40 to 11:00:10, 59 min 30 s, stored as 60 minutes.
    auto added = tracker.add(entry(client, utc(11, 20, 10) + 40'000, utc(11, 20, 11) + 10'000));
    BUREAU_REQUIRE_OK(added);
    REQUIRE(added->entry.minutes == 60);

    // Cut at 10:30:00 (29 min 20 s and 30 min 10 s): the halves still make 60 minutes.
    auto halves = tracker.split(added->entry.id, utc(11, 20, 10, 30));
    BUREAU_REQUIRE_OK(halves);
    const auto& [first, second] = halves.value();
    CHECK(first.minutes + second.minutes == 60);
    CHECK(first.endedAtMs == second.startedAtMs);
    CHECK(first.startedAtMs == added->entry.startedAtMs);
    CHECK(second.endedAtMs == added->entry.endedAtMs);
    // The cut moved by less than half a minute, to the nearer cut that keeps the total: 10:30:10.
    CHECK(first.endedAtMs == utc(11, 20, 10, 30) + 10'000);
    CHECK(first.minutes == 30);
    CHECK(second.minutes == 30);

    // A cut that keeps the total stays where it was asked, seconds and all.
    auto exact = tracker.split(second.id, utc(11, 20, 10, 45) + 5'000);
    BUREAU_REQUIRE_OK(exact);
    CHECK(exact->first.endedAtMs == utc(11, 20, 10, 45) + 5'000);
    CHECK(exact->first.minutes + exact->second.minutes == 30);

    // 30 s counted as a minute: no cut inside it keeps that minute, refused with nothing changed.
    auto shortEntry = tracker.add(entry(client, utc(11, 21, 9) + 40'000, utc(11, 21, 9, 1) + 10'000));
    BUREAU_REQUIRE_OK(shortEntry);
    REQUIRE(shortEntry->entry.minutes == 1);
    auto tooClose = tracker.split(shortEntry->entry.id, utc(11, 21, 9, 1));
    REQUIRE_FALSE(tooClose.ok());
    CHECK(tooClose.error().kind == Error::Kind::Invalid);
    CHECK(countEntries(db.db()) == 4);
}

TEST_CASE("Split refuses an entry on a draft invoice and a cut across midnight gives the second half the next day",
          "[time][timer][split]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeTracker tracker(db.db());
    const QDate day(2026, 11, 20);
    auto late = tracker.add(entry(client, paris(day, QTime(23, 0)), paris(day.addDays(1), QTime(1, 0))));
    BUREAU_REQUIRE_OK(late);
    auto halves = tracker.split(late->entry.id, paris(day.addDays(1), QTime(0, 0)));
    BUREAU_REQUIRE_OK(halves);
    CHECK(halves->first.day == day);
    CHECK(halves->second.day == day.addDays(1));
    CHECK(halves->first.minutes == 60);
    CHECK(halves->second.minutes == 60);

    TimeEntryRepository repository(db.db());
    BUREAU_REQUIRE_OK(db->write([&]() { return repository.attachToDocumentInTransaction({halves->second.id}, 7); }));
    auto refused = tracker.split(halves->second.id, paris(day.addDays(1), QTime(0, 30)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("draft invoice")));
    CHECK(countEntries(db.db()) == 2);
}

TEST_CASE("Merge refuses entries of another mission or task or on a draft invoice and changes nothing",
          "[time][timer][merge]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 mission = addMission(db.db(), client);
    TimeTracker tracker(db.db());
    const auto add = [&](TimeEntry e) {
        auto added = tracker.add(e);
        BUREAU_REQUIRE_OK(added);
        return added->entry;
    };
    const TimeEntry plain = add(entry(client, utc(11, 20, 9), utc(11, 20, 10)));
    TimeEntry withMission = entry(client, utc(11, 20, 11), utc(11, 20, 12));
    withMission.missionId = mission;
    const TimeEntry onMission = add(withMission);
    auto otherMission = tracker.merge({plain.id, onMission.id});
    REQUIRE_FALSE(otherMission.ok());
    CHECK(otherMission.error().kind == Error::Kind::Invalid);
    CHECK(otherMission.error().message.contains(QStringLiteral("mission")));

    const TimeEntry drafted = add(entry(client, utc(11, 20, 13), utc(11, 20, 14)));
    TimeEntryRepository repository(db.db());
    BUREAU_REQUIRE_OK(db->write([&]() { return repository.attachToDocumentInTransaction({drafted.id}, 8); }));
    auto onDraft = tracker.merge({plain.id, drafted.id});
    REQUIRE_FALSE(onDraft.ok());
    CHECK(onDraft.error().kind == Error::Kind::Conflict);
    CHECK(tracker.merge({plain.id, 4242}).error().kind == Error::Kind::NotFound);

    auto kept = repository.find(plain.id);
    BUREAU_REQUIRE_OK(kept);
    CHECK(kept.value() == plain);
    CHECK(countEntries(db.db()) == 3);
}

TEST_CASE("Stop at a given instant is refused before the start or after now and allowed at both bounds",
          "[time][timer]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeTracker tracker(db.db());
    QSignalSpy runningChanged(&tracker, &TimeTracker::runningChanged);
    auto started = tracker.start(on(client));
    BUREAU_REQUIRE_OK(started);
    db.clock().advanceMs(2 * kHour);

    // Refusals change nothing and say nothing changed.
    CHECK_FALSE(tracker.stop(started->startedAtMs - 1).ok());
    CHECK_FALSE(tracker.stop(db.clock().nowMs() + 1).ok());
    CHECK(runningChanged.count() == 1);
    auto still = tracker.running();
    BUREAU_REQUIRE_OK(still);
    REQUIRE(still->has_value());
    CHECK((*still)->id == started->id);

    // At the start itself: an entry of no minutes. At now exactly: allowed.
    auto atStart = tracker.stop(started->startedAtMs);
    BUREAU_REQUIRE_OK(atStart);
    CHECK(atStart->entry.minutes == 0);
    CHECK(atStart->entry.endedAtMs == started->startedAtMs);
    CHECK(runningChanged.count() == 2);
    BUREAU_REQUIRE_OK(tracker.start(on(client)));
    auto atNow = tracker.stop(db.clock().nowMs());
    BUREAU_REQUIRE_OK(atNow);
    CHECK(atNow->entry.endedAtMs == db.clock().nowMs());
}

TEST_CASE("A timesheet cell on the DST days starts at 09:00 local and its minutes are real minutes",
          "[time][timer][cell][dst]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeTracker tracker(db.db());
    for (const QDate day : {QDate(2026, 3, 29), QDate(2026, 10, 25)}) {
        auto created = tracker.setCellTotal(client, 0, day, true, Duration::fromMinutes(120));
        BUREAU_REQUIRE_OK(created);
        REQUIRE(created->size() == 1);
        CHECK(created->first().startedAtMs == paris(day, QTime(9, 0)));
        CHECK(created->first().endedAtMs - created->first().startedAtMs == 2 * kHour);
        CHECK(created->first().day == day);
    }
    // An evening entry of the day before that runs past midnight is not in the next day's cell.
    auto evening =
        tracker.add(entry(client, paris(QDate(2026, 11, 19), QTime(23, 0)), paris(QDate(2026, 11, 20), QTime(1, 0))));
    BUREAU_REQUIRE_OK(evening);
    auto nextDay = tracker.setCellTotal(client, 0, QDate(2026, 11, 20), true, Duration::fromMinutes(0));
    BUREAU_REQUIRE_OK(nextDay);
    CHECK(nextDay->isEmpty());
    auto sameDay = tracker.setCellTotal(client, 0, QDate(2026, 11, 19), true, Duration::fromMinutes(120));
    BUREAU_REQUIRE_OK(sameDay);
    REQUIRE(sameDay->size() == 1);
    CHECK(sameDay->first().id == evening->entry.id);
}

TEST_CASE("A timesheet cell left at its total changes nothing and an invalid day is refused", "[time][timer][cell]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeTracker tracker(db.db());
    const QDate day(2026, 11, 23);
    BUREAU_REQUIRE_OK(tracker.setCellTotal(client, 0, day, true, Duration::fromMinutes(45)));
    QSignalSpy entriesChanged(&tracker, &TimeTracker::entriesChanged);
    auto same = tracker.setCellTotal(client, 0, day, true, Duration::fromMinutes(45));
    BUREAU_REQUIRE_OK(same);
    REQUIRE(same->size() == 1);
    CHECK(same->first().minutes == 45);
    CHECK(entriesChanged.count() == 0);
    CHECK(tracker.setCellTotal(client, 0, QDate(), true, Duration::fromMinutes(45)).error().kind
          == Error::Kind::Invalid);
    CHECK(tracker.setCellTotal(4242, 0, day, true, Duration::fromMinutes(45)).error().kind == Error::Kind::NotFound);
    CHECK(entriesChanged.count() == 0);
    CHECK(countEntries(db.db()) == 1);
}

TEST_CASE("A new cell entry follows the day's last entry that ends before midnight", "[time][timer][cell]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    TimeTracker tracker(db.db());
    const QDate day(2026, 11, 23);
    BUREAU_REQUIRE_OK(tracker.add(entry(other, paris(day, QTime(9, 0)), paris(day, QTime(10, 0)))));
    // Night work of that day, ending after midnight.
    BUREAU_REQUIRE_OK(tracker.add(entry(other, paris(day, QTime(22, 0)), paris(day.addDays(1), QTime(0, 30)))));

    auto added = tracker.setCellTotal(client, 0, day, true, Duration::fromMinutes(60));
    BUREAU_REQUIRE_OK(added);
    REQUIRE(added->size() == 1);
    CHECK(added->first().startedAtMs == paris(day, QTime(10, 0)));
    CHECK(added->first().day == day);
    CHECK(added->first().minutes == 60);
    auto overlaps = TimeEntryRepository(db.db()).overlapping(added->first().startedAtMs, added->first().endedAtMs,
                                                             db.clock().nowMs(), added->first().id);
    BUREAU_REQUIRE_OK(overlaps);
    CHECK(overlaps->isEmpty());
}

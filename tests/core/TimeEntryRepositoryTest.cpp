// SPDX-License-Identifier: GPL-3.0-or-later
// Time entries in SQLite: day and minutes computed on write in the user's zone, the client's
// missions and tasks only, one running timer, overlaps found through the start index, invoiced
// entries locked (by the repository and by the triggers), and the monthly rollup kept exact.
#include "support/TestSupport.h"

#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TimeEntryRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

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

qint64 addMission(Database& db, qint64 clientId, const QString& title = QStringLiteral("Assistance"))
{
    Mission mission;
    mission.clientId = clientId;
    mission.title = title;
    mission.startsOn = QDate(2026, 9, 1);
    auto added = MissionRepository(db).add(mission);
    BUREAU_REQUIRE_OK(added);
    return added->id;
}

qint64 addTask(Database& db, qint64 clientId)
{
    Task task;
    task.clientId = clientId;
    task.title = QStringLiteral("Relances");
    auto added = TaskRepository(db).add(task);
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

QList<qint64> ids(const QList<TimeEntry>& entries)
{
    QList<qint64> out;
    for (const TimeEntry& e : entries)
        out << e.id;
    return out;
}

/** Runs one statement in a write transaction; returns the engine's refusal, if any. */
Status rawWrite(Database& db, const QString& sql, const QVariantList& values)
{
    return db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("statement"), query.lastError());
        return {};
    });
}

QStringList rows(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QStringList out;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < 8; ++i)
            columns << query.value(i).toString();
        out << columns.join(u'|');
    }
    query.finish();
    return out;
}

/** The rollup as the triggers keep it, and as a GROUP BY over the entries computes it. */
void requireRollupMatches(Database& db)
{
    const QStringList kept = rows(db, QStringLiteral("SELECT month, client_id, mission_id, task_id, billable, "
                                                     "invoiced, minutes, entries FROM time_month_totals "
                                                     "ORDER BY 1, 2, 3, 4, 5, 6"));
    const QStringList computed =
        rows(db, QStringLiteral("SELECT substr(day, 1, 7), client_id, coalesce(mission_id, 0), coalesce(task_id, 0), "
                                "billable, CASE WHEN document_id IS NULL THEN 0 ELSE 1 END, sum(minutes), count(*) "
                                "FROM time_entries GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6"));
    CHECK(kept == computed);
}

} // namespace

TEST_CASE("Time entries get their day in the user's zone and their minutes on every write", "[time][timerepo]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeEntryRepository repository(db.db());

    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris.
    TimeEntry late = entry(client, utc(10, 31, 23, 30), utc(11, 1, 0, 45), QStringLiteral("  Saisie  "));
    late.day = QDate(2000, 1, 1); // never trusted
    late.minutes = 999;
    auto added = repository.add(late);
    BUREAU_REQUIRE_OK(added);
    CHECK(added->day == QDate(2026, 11, 1));
    CHECK(added->minutes == 75);
    CHECK(added->description == QStringLiteral("Saisie"));
    CHECK(added->createdAtMs == db.clock().nowMs());

    auto found = repository.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == added.value());

    // Moved earlier: day and minutes follow.
    TimeEntry moved = found.value();
    moved.startedAtMs = utc(10, 31, 20, 0);
    moved.endedAtMs = utc(10, 31, 20, 20) + 29'000;
    auto updated = repository.update(moved);
    BUREAU_REQUIRE_OK(updated);
    CHECK(updated->day == QDate(2026, 10, 31));
    CHECK(updated->minutes == 20);

    auto october = repository.listForDays(QDate(2026, 10, 1), QDate(2026, 10, 31));
    BUREAU_REQUIRE_OK(october);
    CHECK(ids(october.value()) == QList<qint64>{added->id});
    auto november = repository.listForDays(QDate(2026, 11, 1), QDate(2026, 11, 30), client);
    BUREAU_REQUIRE_OK(november);
    CHECK(november->isEmpty());
}

TEST_CASE("Stored minutes follow UTC instants across the DST changes", "[time][timerepo][dst]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeEntryRepository repository(db.db());
    auto autumn = repository.add(
        entry(client, paris(QDate(2026, 10, 25), QTime(1, 30)), paris(QDate(2026, 10, 25), QTime(3, 30))));
    BUREAU_REQUIRE_OK(autumn);
    CHECK(autumn->minutes == 180);
    CHECK(autumn->day == QDate(2026, 10, 25));
    auto spring =
        repository.add(entry(client, paris(QDate(2026, 3, 29), QTime(1, 30)), paris(QDate(2026, 3, 29), QTime(3, 30))));
    BUREAU_REQUIRE_OK(spring);
    CHECK(spring->minutes == 60);
    CHECK(spring->day == QDate(2026, 3, 29));
}

TEST_CASE("Time entries refuse a missing client and another client's mission or task", "[time][timerepo]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    const qint64 otherMission = addMission(db.db(), other);
    const qint64 otherTask = addTask(db.db(), other);
    const qint64 ownMission = addMission(db.db(), client);
    const qint64 ownTask = addTask(db.db(), client);
    TimeEntryRepository repository(db.db());

    auto noClient = repository.add(entry(4242, utc(11, 2, 9), utc(11, 2, 10)));
    REQUIRE_FALSE(noClient.ok());
    CHECK(noClient.error().kind == Error::Kind::NotFound);

    TimeEntry wrongMission = entry(client, utc(11, 2, 9), utc(11, 2, 10));
    wrongMission.missionId = otherMission;
    auto refusedMission = repository.add(wrongMission);
    REQUIRE_FALSE(refusedMission.ok());
    CHECK(refusedMission.error().kind == Error::Kind::Invalid);
    CHECK(refusedMission.error().message.contains(QStringLiteral("mission")));

    TimeEntry wrongTask = entry(client, utc(11, 2, 9), utc(11, 2, 10));
    wrongTask.taskId = otherTask;
    auto refusedTask = repository.add(wrongTask);
    REQUIRE_FALSE(refusedTask.ok());
    CHECK(refusedTask.error().kind == Error::Kind::Invalid);
    CHECK(refusedTask.error().message.contains(QStringLiteral("task")));

    TimeEntry tooLong = entry(client, utc(11, 2, 9), utc(11, 3, 9, 1));
    auto refusedLong = repository.add(tooLong);
    REQUIRE_FALSE(refusedLong.ok());
    CHECK(refusedLong.error().kind == Error::Kind::Invalid);
    CHECK(refusedLong.error().message.contains(QStringLiteral("24 hours")));

    TimeEntry good = entry(client, utc(11, 2, 9), utc(11, 2, 10));
    good.missionId = ownMission;
    good.taskId = ownTask;
    auto stored = repository.add(good);
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->missionId == ownMission);
    CHECK(stored->taskId == ownTask);

    // Nothing half-written: only the good entry is there.
    auto all = repository.listForDays(QDate(2026, 1, 1), QDate(2026, 12, 31));
    BUREAU_REQUIRE_OK(all);
    CHECK(ids(all.value()) == QList<qint64>{stored->id});

    CHECK(repository.find(4242).error().kind == Error::Kind::NotFound);
    CHECK(repository.remove(4242).error().kind == Error::Kind::NotFound);
    TimeEntry ghost = good;
    ghost.id = 4242;
    CHECK(repository.update(ghost).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Only one timer runs whoever starts it", "[time][timerepo]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeEntryRepository repository(db.db());
    auto none = repository.running();
    BUREAU_REQUIRE_OK(none);
    CHECK_FALSE(none->has_value());

    auto first = repository.add(entry(client, utc(11, 27, 9), 0));
    BUREAU_REQUIRE_OK(first);
    CHECK(first->isRunning());
    CHECK(first->minutes == 0);
    auto current = repository.running();
    BUREAU_REQUIRE_OK(current);
    REQUIRE(current->has_value());
    CHECK((*current)->id == first->id);

    auto second = repository.add(entry(client, utc(11, 27, 9, 30), 0));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("already running")));

    // The unique index refuses it too, below the repository.
    const Status raw = rawWrite(db.db(),
                                QStringLiteral("INSERT INTO time_entries (client_id, started_at, day, created_at, "
                                               "updated_at) VALUES (?, ?, '2026-11-27', 0, 0)"),
                                {client, utc(11, 27, 9, 45)});
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().detail.contains(QStringLiteral("UNIQUE")));

    // A finished entry turned back into a running one is refused as well.
    auto done = repository.add(entry(client, utc(11, 26, 9), utc(11, 26, 10)));
    BUREAU_REQUIRE_OK(done);
    TimeEntry restarted = done.value();
    restarted.endedAtMs = 0;
    CHECK(repository.update(restarted).error().kind == Error::Kind::Conflict);
}

TEST_CASE("Overlaps are found through the start index and adjacent entries do not overlap", "[time][timerepo]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeEntryRepository repository(db.db());
    const auto add = [&](qint64 start, qint64 end) {
        auto added = repository.add(entry(client, start, end));
        BUREAU_REQUIRE_OK(added);
        return added->id;
    };
    const qint64 morning = add(utc(11, 20, 9), utc(11, 20, 11));
    const qint64 noon = add(utc(11, 20, 11), utc(11, 20, 12)); // adjacent to the morning
    // Started the day before, 23 h 30 long: only the 24-hour bound of the scan finds it.
    const qint64 marathon = add(utc(11, 19, 12), utc(11, 20, 11, 30));

    const auto overlapping = [&](qint64 start, qint64 end, qint64 now, qint64 except = 0) {
        auto found = repository.overlapping(start, end, now, except);
        BUREAU_REQUIRE_OK(found);
        return ids(found.value());
    };
    const qint64 now = db.clock().nowMs();
    // Adjacent: ends when the morning starts (the marathon still runs then), starts when noon ends.
    CHECK(overlapping(utc(11, 20, 8), utc(11, 20, 9), now) == QList<qint64>{marathon});
    CHECK(overlapping(utc(11, 19, 11), utc(11, 19, 12), now).isEmpty());
    CHECK(overlapping(utc(11, 20, 12), utc(11, 20, 13), now).isEmpty());
    // Contained in the morning, and containing noon.
    CHECK(overlapping(utc(11, 20, 9, 30), utc(11, 20, 10), now) == QList<qint64>{marathon, morning});
    CHECK(overlapping(utc(11, 20, 10, 45), utc(11, 20, 13), now) == QList<qint64>{marathon, morning, noon});
    // Partial, and the edited entry itself left out.
    CHECK(overlapping(utc(11, 20, 11, 45), utc(11, 20, 12, 30), now) == QList<qint64>{noon});
    CHECK(overlapping(utc(11, 20, 11, 45), utc(11, 20, 12, 30), now, noon).isEmpty());
    // Far away: nothing.
    CHECK(overlapping(utc(11, 22, 9), utc(11, 22, 10), now).isEmpty());

    // A running timer lasts until now, even a forgotten one (started two days ago).
    const qint64 timer = add(utc(11, 25, 9), 0);
    CHECK(overlapping(utc(11, 27, 9), utc(11, 27, 9, 30), utc(11, 27, 10)) == QList<qint64>{timer});
    CHECK(overlapping(utc(11, 27, 9), utc(11, 27, 9, 30), utc(11, 27, 9)).isEmpty());
    CHECK(overlapping(utc(11, 24, 9), utc(11, 25, 9), utc(11, 27, 10)).isEmpty());
}

TEST_CASE("Invoiced entries are attached locked and released through the invoicing calls", "[time][timerepo][lock]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeEntryRepository repository(db.db());
    auto billed = repository.add(entry(client, utc(11, 2, 9), utc(11, 2, 11), QStringLiteral("Comptabilité")));
    BUREAU_REQUIRE_OK(billed);
    auto timer = repository.add(entry(client, utc(11, 27, 9), 0));
    BUREAU_REQUIRE_OK(timer);
    const auto inTransaction = [&](const std::function<Status()>& fn) { return db->write(fn); };

    // A running entry cannot be billed; the whole attach is refused.
    const Status refused = inTransaction([&] {
        return repository.attachToDocumentInTransaction({billed->id, timer->id}, 7);
    });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(repository.find(billed->id)->documentId == 0);

    BUREAU_REQUIRE_OK(inTransaction([&] { return repository.attachToDocumentInTransaction({billed->id}, 7); }));
    CHECK(repository.find(billed->id)->documentId == 7);
    CHECK_FALSE(repository.find(billed->id)->locked);
    // Not on two invoices.
    CHECK(inTransaction([&] { return repository.attachToDocumentInTransaction({billed->id}, 8); }).error().kind
          == Error::Kind::Conflict);
    // A deleted draft releases its entries.
    BUREAU_REQUIRE_OK(inTransaction([&] { return repository.releaseDocumentInTransaction(7); }));
    CHECK(repository.find(billed->id)->documentId == 0);

    BUREAU_REQUIRE_OK(inTransaction([&] { return repository.attachToDocumentInTransaction({billed->id}, 8); }));
    BUREAU_REQUIRE_OK(inTransaction([&] { return repository.lockDocumentInTransaction(8); }));
    auto locked = repository.find(billed->id);
    BUREAU_REQUIRE_OK(locked);
    CHECK(locked->locked);
    CHECK(locked->documentId == 8);

    // The repository refuses changes and deletion, naming the entry, before the trigger would.
    TimeEntry changed = locked.value();
    changed.endedAtMs += kHour;
    auto update = repository.update(changed);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().kind == Error::Kind::Conflict);
    CHECK(update.error().message.contains(QStringLiteral("invoiced")));
    CHECK(update.error().detail.contains(QStringLiteral("locked")));
    const Status removal = repository.remove(billed->id);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().kind == Error::Kind::Conflict);
    CHECK(inTransaction([&] { return repository.releaseDocumentInTransaction(8); }).error().kind
          == Error::Kind::Conflict);
    // Its notes stay editable.
    TimeEntry annotated = locked.value();
    annotated.notes = QStringLiteral("Payée le 12");
    auto noted = repository.update(annotated);
    BUREAU_REQUIRE_OK(noted);
    CHECK(repository.find(billed->id)->notes == QStringLiteral("Payée le 12"));

    // Below the repository, the triggers refuse raw SQL.
    const Status rawUpdate =
        rawWrite(db.db(), QStringLiteral("UPDATE time_entries SET minutes = 1 WHERE id = ?"), {billed->id});
    REQUIRE_FALSE(rawUpdate.ok());
    CHECK(rawUpdate.error().detail.contains(QStringLiteral("locked")));
    const Status rawDelete = rawWrite(db.db(), QStringLiteral("DELETE FROM time_entries WHERE id = ?"), {billed->id});
    REQUIRE_FALSE(rawDelete.ok());
    CHECK(rawDelete.error().detail.contains(QStringLiteral("locked")));
    BUREAU_REQUIRE_OK(
        rawWrite(db.db(), QStringLiteral("UPDATE time_entries SET notes = 'ok' WHERE id = ?"), {billed->id}));
    auto after = repository.find(billed->id);
    BUREAU_REQUIRE_OK(after);
    CHECK(after->minutes == 120);
    CHECK(after->description == QStringLiteral("Comptabilité"));
}

TEST_CASE("The monthly rollup matches a GROUP BY over the entries after every kind of write",
          "[time][timerepo][rollup]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    const qint64 mission = addMission(db.db(), client);
    const qint64 task = addTask(db.db(), client);
    const qint64 otherMission = addMission(db.db(), other, QStringLiteral("Standard"));
    TimeEntryRepository repository(db.db());

    QList<TimeEntry> stored;
    for (int i = 0; i < 12; ++i) {
        TimeEntry e = entry(i % 3 == 2 ? other : client, utc(10 + i % 2, 1 + i * 2, 8 + i % 5),
                            utc(10 + i % 2, 1 + i * 2, 8 + i % 5) + (15 + i * 7) * kMinute);
        if (e.clientId == client) {
            e.missionId = i % 2 ? mission : 0;
            e.taskId = i % 4 == 0 ? task : 0;
        } else {
            e.missionId = otherMission;
        }
        e.billable = i % 5 != 0;
        auto added = repository.add(e);
        BUREAU_REQUIRE_OK(added);
        stored << added.value();
    }
    // The month boundary in Paris: 23:30 UTC on 31 October counts in November.
    BUREAU_REQUIRE_OK(repository.add(entry(client, utc(10, 31, 23, 30), utc(11, 1, 0, 30))));
    requireRollupMatches(db.db());
    CHECK(rows(db.db(), QStringLiteral("SELECT count(*), 0, 0, 0, 0, 0, 0, 0 FROM time_month_totals WHERE month = "
                                       "'2026-11' AND mission_id = 0 AND task_id = 0 AND client_id = 1"))
              .first()
              .startsWith(QStringLiteral("1|")));

    // Updates that move an entry across months, clients' missions, billable, and lengths.
    TimeEntry moved = stored.at(0);
    moved.startedAtMs = utc(12, 3, 9);
    moved.endedAtMs = utc(12, 3, 12);
    moved.billable = !moved.billable;
    BUREAU_REQUIRE_OK(repository.update(moved));
    TimeEntry relinked = stored.at(1);
    relinked.missionId = 0;
    relinked.taskId = task;
    BUREAU_REQUIRE_OK(repository.update(relinked));
    requireRollupMatches(db.db());

    // Invoiced and locked entries count as invoiced.
    BUREAU_REQUIRE_OK(db->write([&] {
        return repository.attachToDocumentInTransaction({stored.at(3).id, stored.at(4).id}, 5);
    }));
    requireRollupMatches(db.db());
    BUREAU_REQUIRE_OK(db->write([&] { return repository.lockDocumentInTransaction(5); }));
    requireRollupMatches(db.db());

    // Deletions, a timer started and stopped.
    BUREAU_REQUIRE_OK(repository.remove(stored.at(5).id));
    BUREAU_REQUIRE_OK(repository.remove(stored.at(6).id));
    auto timer = repository.add(entry(client, utc(11, 27, 9), 0));
    BUREAU_REQUIRE_OK(timer);
    requireRollupMatches(db.db());
    TimeEntry stopped = timer.value();
    stopped.endedAtMs = utc(11, 27, 9, 50);
    BUREAU_REQUIRE_OK(repository.update(stopped));
    requireRollupMatches(db.db());

    // Deleting a mission clears the entries' link (and moves their minutes to "no mission").
    BUREAU_REQUIRE_OK(MissionRepository(db.db()).remove(otherMission));
    CHECK(rows(db.db(), QStringLiteral("SELECT count(*), 0, 0, 0, 0, 0, 0, 0 FROM time_entries WHERE mission_id IS "
                                       "NOT NULL AND client_id = 2"))
              .first()
              .startsWith(QStringLiteral("0|")));
    CHECK(rows(db.db(), QStringLiteral("SELECT count(*), 0, 0, 0, 0, 0, 0, 0 FROM time_entries WHERE client_id = 2"))
              .first()
          != QStringLiteral("0|0|0|0|0|0|0|0"));
    requireRollupMatches(db.db());

    // Deleting a client cascades to its entries and to its rows of the rollup.
    BUREAU_REQUIRE_OK(ClientRepository(db.db()).remove(other));
    CHECK(rows(db.db(), QStringLiteral("SELECT count(*), 0, 0, 0, 0, 0, 0, 0 FROM time_month_totals WHERE "
                                       "client_id = 2"))
              .first()
              .startsWith(QStringLiteral("0|")));
    requireRollupMatches(db.db());
    CHECK_FALSE(rows(db.db(), QStringLiteral("SELECT month, 0, 0, 0, 0, 0, 0, 0 FROM time_month_totals")).isEmpty());
}

TEST_CASE("Recent clients come from the newest entries without repeats", "[time][timerepo]")
{
    TempDatabase db;
    const qint64 a = insertClient(db.db(), QStringLiteral("A"));
    const qint64 b = insertClient(db.db(), QStringLiteral("B"));
    const qint64 c = insertClient(db.db(), QStringLiteral("C"));
    TimeEntryRepository repository(db.db());
    for (const auto& [client, day] : QList<std::pair<qint64, int>>{{a, 1}, {b, 2}, {a, 3}, {c, 4}, {a, 5}}) {
        BUREAU_REQUIRE_OK(repository.add(entry(client, utc(11, day, 9), utc(11, day, 10))));
    }
    auto recent = repository.recentClientIds(2);
    BUREAU_REQUIRE_OK(recent);
    CHECK(recent.value() == QList<qint64>{a, c});
    auto all = repository.recentClientIds(10);
    BUREAU_REQUIRE_OK(all);
    CHECK(all.value() == QList<qint64>{a, c, b});
}

TEST_CASE("The notes of an invoiced entry stay editable when the zone now gives it another day",
          "[time][timerepo][lock]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    TimeEntryRepository repository(db.db());
    // 23:30 UTC on 2 November: 3 November in Paris. Stored while the user's zone was UTC, then invoiced:
    // its day is part of the issued invoice and is not taken again.
    auto billed = repository.add(entry(client, utc(11, 2, 23, 30), utc(11, 3, 0, 30)));
    BUREAU_REQUIRE_OK(billed);
    REQUIRE(billed->day == QDate(2026, 11, 3));
    BUREAU_REQUIRE_OK(
        rawWrite(db.db(), QStringLiteral("UPDATE time_entries SET day = '2026-11-02' WHERE id = ?"), {billed->id}));
    BUREAU_REQUIRE_OK(db->write([&]() -> Status {
        if (Status attached = repository.attachToDocumentInTransaction({billed->id}, 5); !attached)
            return attached;
        return repository.lockDocumentInTransaction(5);
    }));

    auto locked = repository.find(billed->id);
    BUREAU_REQUIRE_OK(locked);
    TimeEntry annotated = locked.value();
    annotated.notes = QStringLiteral("Payée le 12");
    auto noted = repository.update(annotated);
    BUREAU_REQUIRE_OK(noted);
    CHECK(noted->day == QDate(2026, 11, 2));
    auto after = repository.find(billed->id);
    BUREAU_REQUIRE_OK(after);
    CHECK(after->notes == QStringLiteral("Payée le 12"));
    CHECK(after->day == QDate(2026, 11, 2));
    CHECK(after->minutes == 60);
    CHECK(noted.value() == after.value());
}

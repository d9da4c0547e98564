// SPDX-License-Identifier: GPL-3.0-or-later
// The week timesheet: rows per client, mission and billable flag; day columns in the user's zone;
// totals; locked minutes; the running cell.
#include "support/TestSupport.h"

#include "core/domain/LocalCalendar.h"
#include "core/models/Roles.h"
#include "core/models/TimesheetModel.h"
#include "core/services/TimeTracker.h"
#include "core/services/Timesheet.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

qint64 addClient(Database& db, const QString& name)
{
    Client client;
    client.name = name;
    client.country = QStringLiteral("FR");
    client.timeZone = QStringLiteral("Europe/Paris");
    auto added = ClientRepository(db).add(client);
    BUREAU_REQUIRE_OK(added);
    return added.value();
}

qint64 addMission(Database& db, qint64 clientId, const QString& title)
{
    Mission mission;
    mission.clientId = clientId;
    mission.title = title;
    mission.startsOn = QDate(2026, 1, 1);
    mission.timeZone = QStringLiteral("Europe/Paris");
    auto added = MissionRepository(db).add(mission);
    BUREAU_REQUIRE_OK(added);
    return added->id;
}

struct Raw
{
    qint64 clientId = 0;
    qint64 missionId = 0;
    QDate day;
    QTime start;
    qint64 minutes = 0;
    bool billable = true;
    bool locked = false;
    bool running = false;
};

/** Inserts an entry straight into the table (the day from the Paris wall time, as the repository writes it). */
void insert(Database& db, const Raw& raw)
{
    const LocalCalendar calendar = LocalCalendar::forZoneId(QStringLiteral("Europe/Paris"));
    const qint64 startMs = calendar.toUtcMs(raw.day, raw.start);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO time_entries (client_id, mission_id, started_at, ended_at, minutes, day, billable, document_id,"
        " locked, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    query.addBindValue(raw.clientId);
    query.addBindValue(raw.missionId > 0 ? QVariant(raw.missionId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(startMs);
    query.addBindValue(raw.running ? QVariant(QMetaType::fromType<qint64>()) : QVariant(startMs + raw.minutes * 60000));
    query.addBindValue(raw.running ? 0 : raw.minutes);
    query.addBindValue(calendar.dayOf(startMs).toString(Qt::ISODate));
    query.addBindValue(raw.billable ? 1 : 0);
    query.addBindValue(raw.locked ? QVariant(qint64(1)) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(raw.locked ? 1 : 0);
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
}

} // namespace

TEST_CASE("The timesheet groups a week by client mission and billable flag", "[timesheet]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 zoe = addClient(db, QStringLiteral("Zoé Studio"));
    const qint64 anna = addClient(db, QStringLiteral("Anna Conseil"));
    const qint64 agenda = addMission(db, anna, QStringLiteral("Agenda"));
    const QDate monday(2026, 11, 23);

    insert(db, {anna, 0, monday, QTime(9, 0), 90, true, false, false});
    insert(db, {anna, 0, monday, QTime(14, 0), 30, true, false, false});
    insert(db, {anna, agenda, monday.addDays(2), QTime(10, 0), 60, true, true, false});
    insert(db, {anna, 0, monday.addDays(6), QTime(8, 0), 45, false, false, false});
    insert(db, {zoe, 0, monday.addDays(4), QTime(9, 0), 0, true, false, true});
    // Outside the week: the Sunday before and the Monday after.
    insert(db, {anna, 0, monday.addDays(-1), QTime(12, 0), 120, true, false, false});
    insert(db, {anna, 0, monday.addDays(7), QTime(12, 0), 120, true, false, false});
    // 23:30 in Paris on Sunday is Sunday's (22:30 UTC), not the next week's.
    insert(db, {zoe, 0, monday.addDays(6), QTime(23, 30), 20, true, false, false});

    auto week = Timesheet(db).week(monday.addDays(3));
    BUREAU_REQUIRE_OK(week);
    CHECK(week->monday == monday);
    REQUIRE(week->rows.size() == 4);

    // Anna first (name order); no mission first, billable before non-billable; then Zoé.
    const Timesheet::Row& plain = week->rows.at(0);
    CHECK(plain.clientId == anna);
    CHECK(plain.clientName == QStringLiteral("Anna Conseil"));
    CHECK(plain.missionId == 0);
    CHECK(plain.billable);
    CHECK(plain.minutes.at(0) == 120);
    CHECK(plain.total() == 120);

    const Timesheet::Row& nonBillable = week->rows.at(1);
    CHECK(nonBillable.missionId == 0);
    CHECK_FALSE(nonBillable.billable);
    CHECK(nonBillable.minutes.at(6) == 45);

    const Timesheet::Row& mission = week->rows.at(2);
    CHECK(mission.missionId == agenda);
    CHECK(mission.missionTitle == QStringLiteral("Agenda"));
    CHECK(mission.minutes.at(2) == 60);
    CHECK(mission.lockedMinutes.at(2) == 60);
    CHECK(mission.lockedMinutes.at(0) == 0);

    const Timesheet::Row& running = week->rows.at(3);
    CHECK(running.clientId == zoe);
    CHECK(running.running.at(4));
    CHECK_FALSE(running.running.at(6));
    CHECK(running.minutes.at(6) == 20);

    CHECK(week->dayTotals.at(0) == 120);
    CHECK(week->dayTotals.at(2) == 60);
    CHECK(week->dayTotals.at(6) == 65);
    CHECK(week->billableMinutes == 200);
    CHECK(week->nonBillableMinutes == 45);
    CHECK(week->total() == 245);
}

TEST_CASE("An empty week has no rows and zero totals", "[timesheet]")
{
    TempDatabase temp;
    auto week = Timesheet(temp.db()).week(QDate(2026, 11, 29));
    BUREAU_REQUIRE_OK(week);
    CHECK(week->monday == QDate(2026, 11, 23));
    CHECK(week->rows.isEmpty());
    CHECK(week->total() == 0);
    CHECK_FALSE(Timesheet(temp.db()).week(QDate()).ok());
}

TEST_CASE("Timesheet cells read durations as people type them", "[timesheet]")
{
    TempDatabase temp;
    Database& db = temp.db();
    const qint64 anna = addClient(db, QStringLiteral("Anna Conseil"));
    const QDate monday(2026, 11, 23);
    insert(db, {anna, 0, monday, QTime(9, 0), 60, true, false, false});
    insert(db, {anna, 0, monday.addDays(1), QTime(9, 0), 30, true, true, false});

    TimeTracker tracker(db);
    TimesheetModel model(db, tracker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BUREAU_REQUIRE_OK(model.setWeek(monday.addDays(4)));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.headerData(TimesheetModel::Monday, Qt::Horizontal).toString().contains(QLatin1String("23")));
    CHECK(model.index(0, TimesheetModel::Label).data().toString() == QStringLiteral("Anna Conseil"));
    CHECK(model.index(0, TimesheetModel::Monday).data(RawValueRole).toLongLong() == 60);
    CHECK(model.index(0, TimesheetModel::Monday).flags().testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model.index(1, TimesheetModel::Monday).flags().testFlag(Qt::ItemIsEditable)); // totals
    CHECK_FALSE(model.index(0, TimesheetModel::Total).flags().testFlag(Qt::ItemIsEditable));

    QSignalSpy failed(&model, &TimesheetModel::editFailed);
    CHECK_FALSE(model.setData(model.index(0, TimesheetModel::Monday), QStringLiteral("lots")));
    CHECK(failed.size() == 1);
    CHECK(model.index(0, TimesheetModel::Monday).data(RawValueRole).toLongLong() == 60);

    // "1:30" on Monday; the row, day and week totals follow.
    REQUIRE(model.setData(model.index(0, TimesheetModel::Monday), QStringLiteral("1:30")));
    CHECK(model.index(0, TimesheetModel::Monday).data(RawValueRole).toLongLong() == 90);
    CHECK(model.index(0, TimesheetModel::Total).data(RawValueRole).toLongLong() == 120);
    CHECK(model.index(1, TimesheetModel::Total).data(RawValueRole).toLongLong() == 120);
    CHECK(model.week().billableMinutes == 120);

    // Tuesday's half hour is invoiced: it cannot go below it.
    CHECK(model.index(0, TimesheetModel::Monday + 1).data(TimesheetModel::LockedMinutesRole).toLongLong() == 30);
    CHECK_FALSE(model.setData(model.index(0, TimesheetModel::Monday + 1), QString()));
    CHECK(failed.size() == 2);

    // Emptying Monday deletes its time.
    REQUIRE(model.setData(model.index(0, TimesheetModel::Monday), QString()));
    BUREAU_REQUIRE_OK(model.reload());
    auto week = Timesheet(db).week(monday);
    BUREAU_REQUIRE_OK(week);
    CHECK(week->dayTotals.at(0) == 0);
    CHECK(week->total() == 30);
}

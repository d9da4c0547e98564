// SPDX-License-Identifier: GPL-3.0-or-later
// The list of every time entry: latest first, paged by key, filtered by client and days, locked
// rows flagged, compact rows.
#include "support/TestSupport.h"

#include "core/domain/LocalCalendar.h"
#include "core/models/Roles.h"
#include "core/models/TimeEntryListModel.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

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

/** @p count entries of 30 minutes, one every 3 hours from 2026-10-01 08:00 UTC; every 7th locked. */
void seed(Database& db, const QList<qint64>& clients, int count)
{
    const LocalCalendar calendar = LocalCalendar::forZoneId(QStringLiteral("Europe/Paris"));
    const qint64 first = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO time_entries (client_id, started_at, ended_at, minutes, day, billable, document_id, locked,"
            " description, created_at, updated_at) VALUES (?, ?, ?, 30, ?, ?, ?, ?, ?, 0, 0)"));
        for (int i = 0; i < count; ++i) {
            const qint64 start = first + qint64(i) * 3 * 3600 * 1000;
            const bool locked = i % 7 == 0;
            query.addBindValue(clients.at(i % clients.size()));
            query.addBindValue(start);
            query.addBindValue(start + 30 * 60000);
            query.addBindValue(calendar.dayOf(start).toString(Qt::ISODate));
            query.addBindValue(i % 3 == 0 ? 0 : 1);
            query.addBindValue(locked ? QVariant(qint64(1)) : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(locked ? 1 : 0);
            query.addBindValue(QStringLiteral("Entry %1").arg(i));
            if (!query.exec())
                return Database::sqlError(QStringLiteral("seed"), query.lastError());
        }
        return {};
    }));
}

} // namespace

TEST_CASE("The time entry list pages every entry latest first", "[time][model]")
{
    TempDatabase temp;
    const qint64 anna = addClient(temp.db(), QStringLiteral("Anna Conseil"));
    const qint64 zoe = addClient(temp.db(), QStringLiteral("Zoé Studio"));
    seed(temp.db(), {anna, zoe}, 450);

    TimeEntryListModel model(temp.db());
    // One page at first: the rest is read as the view scrolls.
    CHECK(model.rowCount() == PagedTableModel::DefaultPageSize);
    QAbstractItemModelTester tester(&model, Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 450);
    auto total = model.totalCount();
    BUREAU_REQUIRE_OK(total);
    CHECK(total.value() == 450);

    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 start = model.index(row, TimeEntryListModel::Date).data(RawValueRole).toLongLong();
        REQUIRE(start < previous);
        previous = start;
    }
    // The latest is entry 449: Zoé's (odd), 30 minutes.
    CHECK(model.index(0, TimeEntryListModel::Client).data().toString() == QStringLiteral("Zoé Studio"));
    CHECK(model.index(0, TimeEntryListModel::Description).data().toString() == QStringLiteral("Entry 449"));
    CHECK(model.index(0, TimeEntryListModel::Duration).data(RawValueRole).toLongLong() == 30);
    CHECK(model.index(0, TimeEntryListModel::Duration).data().toString() == QStringLiteral("0h30"));
    CHECK(model.index(0, TimeEntryListModel::Duration).data(Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    // Entry 0 is the last row: locked, non-billable, on 2026-10-01 at 10:00 in Paris.
    const int last = model.rowCount() - 1;
    CHECK(model.index(last, TimeEntryListModel::Date).data(TimeEntryListModel::LockedRole).toBool());
    CHECK(model.index(last, TimeEntryListModel::Invoiced).data(RawValueRole).toInt() == 2);
    CHECK_FALSE(model.index(last, TimeEntryListModel::Date).data(Qt::ToolTipRole).toString().isEmpty());
    CHECK_FALSE(model.index(last, TimeEntryListModel::Billable).data(RawValueRole).toBool());
    CHECK(model.index(last, TimeEntryListModel::Start).data(RawValueRole).toLongLong()
          == QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK_FALSE(model.index(last - 1, TimeEntryListModel::Date).data(TimeEntryListModel::LockedRole).toBool());
    CHECK(model.index(last, 0).data(IdRole).toLongLong() > 0);

    // Ascending by start on request.
    model.sort(TimeEntryListModel::Date, Qt::AscendingOrder);
    CHECK(model.index(0, TimeEntryListModel::Description).data().toString() == QStringLiteral("Entry 0"));
    // A column without an index to seek is not sortable.
    CHECK_FALSE(model.isSortable(TimeEntryListModel::Client));
}

TEST_CASE("The time entry list filters by client and by days", "[time][model]")
{
    TempDatabase temp;
    const qint64 anna = addClient(temp.db(), QStringLiteral("Anna Conseil"));
    const qint64 zoe = addClient(temp.db(), QStringLiteral("Zoé Studio"));
    seed(temp.db(), {anna, zoe}, 80); // 10 days, 8 a day

    TimeEntryListModel model(temp.db());
    QAbstractItemModelTester tester(&model, Fatal);
    model.setClientFilter(anna);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 40);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(model.index(row, 0).data(TimeEntryListModel::ClientIdRole).toLongLong() == anna);

    model.setClientFilter(0);
    model.setDayRange(QDate(2026, 10, 2), QDate(2026, 10, 3));
    while (model.canFetchMore({}))
        model.fetchMore({});
    auto count = model.totalCount();
    BUREAU_REQUIRE_OK(count);
    // Paris days: entries starting 22:00 UTC and later fall on the next local day.
    QSqlQuery check(temp->connection());
    REQUIRE(check.exec(QStringLiteral("SELECT count(*) FROM time_entries WHERE day BETWEEN '2026-10-02' AND '2026-10-03'")));
    REQUIRE(check.next());
    CHECK(count.value() == check.value(0).toLongLong());
    CHECK(model.rowCount() == check.value(0).toInt());
    CHECK(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString date = model.index(row, TimeEntryListModel::Date).data().toString();
        REQUIRE_FALSE(date.isEmpty());
    }
}

TEST_CASE("Time entry rows stay compact", "[time][model]")
{
    // 1,000,000 rows must scroll under 100 MB: the row itself and its key stay well under 80 bytes.
    CHECK(TimeEntryListModel::bytesPerRow() <= 64);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeTestData.h"

#include "support/TestSupport.h"

#include "core/domain/LocalCalendar.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau::TimeTest
{

namespace
{

QVariant orNull(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

qint64 insert(Database& db, const QString& sql, const QVariantList& values)
{
    qint64 id = 0;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("test insert"), query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    }));
    return id;
}

} // namespace

qint64 addClient(Database& db, const ClientSpec& spec)
{
    return insert(
        db,
        QStringLiteral("INSERT INTO clients (name, currency, hourly_rate_cents, rounding_minutes, "
                       "rounding_mode, rounding_scope, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)"),
        {spec.name, spec.currency, orNull(spec.rateCents), spec.roundingMinutes, spec.roundingMode,
         spec.roundingScope});
}

qint64 addMission(Database& db, const MissionSpec& spec)
{
    const bool package = spec.billing == QLatin1String("package");
    return insert(
        db,
        QStringLiteral("INSERT INTO missions (client_id, title, starts_on, ends_on, status, billing_mode, currency, "
                       "hourly_rate_cents, package_minutes, package_fee_cents, overage, overage_rate_cents, "
                       "monthly_fee_cents, timezone, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Europe/Paris', 0, 0)"),
        {spec.clientId, spec.title, spec.startsOn.toString(Qt::ISODate),
         spec.endsOn.isValid() ? QVariant(spec.endsOn.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
         spec.status, spec.billing, spec.currency, orNull(spec.hourlyCents),
         package ? QVariant(spec.packageMinutes) : QVariant(QMetaType::fromType<qint64>()),
         package ? QVariant(qint64(50000)) : QVariant(QMetaType::fromType<qint64>()), spec.overage,
         orNull(spec.overageCents),
         spec.billing == QLatin1String("fixed") ? QVariant(qint64(100000)) : QVariant(QMetaType::fromType<qint64>())});
}

qint64 addTask(Database& db, qint64 clientId, qint64 missionId, const QString& title)
{
    return insert(db,
                  QStringLiteral("INSERT INTO tasks (client_id, mission_id, title, created_at, updated_at) "
                                 "VALUES (?, ?, ?, 0, 0)"),
                  {clientId, missionId > 0 ? QVariant(missionId) : QVariant(QMetaType::fromType<qint64>()), title});
}

void setProfile(Database& db, std::optional<qint64> rateCents, const QString& currency, const QString& zone)
{
    insert(db,
           QStringLiteral("INSERT OR REPLACE INTO business_profile (id, hourly_rate_cents, hourly_rate_currency, "
                          "timezone, updated_at) VALUES (1, ?, ?, ?, 0)"),
           {orNull(rateCents), rateCents ? QVariant(currency) : QVariant(QMetaType::fromType<QString>()), zone});
}

qint64 addEntryInTransaction(Database& db, const EntrySpec& spec)
{
    const QDate day = LocalCalendar::forDatabase(db).dayOf(spec.startMs);
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO time_entries (client_id, mission_id, task_id, started_at, ended_at, "
                                 "minutes, day, billable, document_id, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    query.addBindValue(spec.clientId);
    query.addBindValue(spec.missionId > 0 ? QVariant(spec.missionId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(spec.taskId > 0 ? QVariant(spec.taskId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(spec.startMs);
    query.addBindValue(spec.startMs + spec.minutes * 60000);
    query.addBindValue(spec.minutes);
    query.addBindValue(day.toString(Qt::ISODate));
    query.addBindValue(spec.billable ? 1 : 0);
    query.addBindValue(spec.documentId > 0 ? QVariant(spec.documentId) : QVariant(QMetaType::fromType<qint64>()));
    INFO(query.lastError().text().toStdString());
    REQUIRE(query.exec());
    return query.lastInsertId().toLongLong();
}

qint64 addEntry(Database& db, const EntrySpec& spec)
{
    qint64 id = 0;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        id = addEntryInTransaction(db, spec);
        return {};
    }));
    return id;
}

qint64 parisMs(QDate day, QTime time)
{
    return LocalCalendar::forZoneId(QStringLiteral("Europe/Paris")).toUtcMs(day, time);
}

} // namespace Bureau::TimeTest

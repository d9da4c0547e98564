// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/MissionRepository.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/WriteResult.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Bureau
{

namespace
{

const QString kColumns = QStringLiteral(
    "id, client_id, title, scope_included, scope_excluded, starts_on, ends_on, status, billing_mode, currency, "
    "hourly_rate_cents, package_minutes, package_fee_cents, overage, overage_rate_cents, monthly_fee_cents, "
    "timezone, reporting, contract_file_id, notes, created_at, updated_at");

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant centsOrNull(const Money& amount)
{
    return amount.isValid() ? QVariant(amount.cents()) : nullInteger();
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Money moneyOrNone(const QVariant& cents, const QString& currency)
{
    return cents.isNull() ? Money() : Money::fromCents(cents.toLongLong(), currency);
}

Error invalid(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return Error::make(
        Error::Kind::Invalid,
        MissionRepository::tr("The mission was not saved. %1").arg(describeFieldErrors(errors, &Mission::fieldLabel)),
        QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", "))));
}

/** Binds the columns after id and client_id, in kColumns order, up to notes. */
void bindFields(QSqlQuery& query, const Mission& row)
{
    query.addBindValue(row.title);
    query.addBindValue(notNull(row.scopeIncluded));
    query.addBindValue(notNull(row.scopeExcluded));
    query.addBindValue(row.startsOn.toString(Qt::ISODate));
    query.addBindValue(dateOrNull(row.endsOn));
    query.addBindValue(Mission::statusKey(row.status));
    query.addBindValue(Mission::billingKey(row.billing));
    query.addBindValue(row.currency);
    query.addBindValue(centsOrNull(row.hourlyRate));
    query.addBindValue(row.packageMinutes > 0 ? QVariant(row.packageMinutes) : nullInteger());
    query.addBindValue(centsOrNull(row.packageFee));
    query.addBindValue(Mission::overageKey(row.overage));
    query.addBindValue(centsOrNull(row.overageRate));
    query.addBindValue(centsOrNull(row.monthlyFee));
    query.addBindValue(row.timeZone);
    query.addBindValue(Mission::reportingKey(row.reporting));
    query.addBindValue(row.contractFileId > 0 ? QVariant(row.contractFileId) : nullInteger());
    query.addBindValue(notNull(row.notes));
}

} // namespace

MissionRepository::MissionRepository(Database& database)
    : m_db(database)
{
}

Mission MissionRepository::normalized(const Mission& mission)
{
    Mission out = mission;
    out.title = mission.title.trimmed();
    out.currency = mission.currency.trimmed().toUpper();
    out.timeZone = mission.timeZone.trimmed();
    // Amounts of the other modes are not kept (nor is an overage rate of carried hours).
    if (out.billing != Mission::Billing::Hourly)
        out.hourlyRate = Money();
    if (out.billing != Mission::Billing::Package) {
        out.packageMinutes = 0;
        out.packageFee = Money();
        out.overage = Mission::Overage::Billed;
        out.overageRate = Money();
    } else if (out.overage == Mission::Overage::Carried) {
        out.overageRate = Money();
    }
    if (out.billing != Mission::Billing::Fixed)
        out.monthlyFee = Money();
    std::sort(out.workingSlots.begin(), out.workingSlots.end(), [](const WorkingSlot& a, const WorkingSlot& b) {
        return std::tie(a.weekday, a.startMinute, a.endMinute) < std::tie(b.weekday, b.startMinute, b.endMinute);
    });
    return out;
}

Status MissionRepository::check(const Mission& mission) const
{
    if (const QList<FieldError> errors = mission.validate(); !errors.isEmpty())
        return invalid(errors);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
    query.addBindValue(mission.clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The mission cannot be saved."), query.lastError());
    const bool clientExists = query.value(0).toBool();
    query.finish();
    if (!clientExists)
        return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(mission.clientId));
    if (mission.contractFileId > 0) {
        query.prepare(QStringLiteral("SELECT client_id FROM client_files WHERE id = ?"));
        query.addBindValue(mission.contractFileId);
        if (!query.exec())
            return Database::sqlError(tr("The mission cannot be saved."), query.lastError());
        const qint64 owner = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        if (owner != mission.clientId)
            return Error::make(Error::Kind::Invalid, tr("The contract chosen is not a file of this client."),
                               QStringLiteral("file %1 of client %2").arg(mission.contractFileId).arg(owner));
    }
    return {};
}

Status MissionRepository::writeSlots(qint64 missionId, const QList<WorkingSlot>& weekly)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM mission_slots WHERE mission_id = ?"));
    query.addBindValue(missionId);
    if (!query.exec())
        return Database::sqlError(tr("The working hours of the mission cannot be saved."), query.lastError());
    query.prepare(QStringLiteral(
        "INSERT INTO mission_slots (mission_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)"));
    for (const WorkingSlot& slot : weekly) {
        query.addBindValue(missionId);
        query.addBindValue(slot.weekday);
        query.addBindValue(slot.startMinute);
        query.addBindValue(slot.endMinute);
        if (!query.exec())
            return Database::sqlError(tr("The working hours of the mission cannot be saved."), query.lastError());
    }
    return {};
}

Result<Mission> MissionRepository::add(const Mission& mission)
{
    return writeResult(m_db, [&] { return addInTransaction(mission); });
}

Result<Mission> MissionRepository::update(const Mission& mission)
{
    return writeResult(m_db, [&] { return updateInTransaction(mission); });
}

Result<Mission> MissionRepository::addInTransaction(const Mission& mission)
{
    Mission row = normalized(mission);
    if (Status checked = check(row); !checked)
        return checked.error();
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO missions (client_id, title, scope_included, scope_excluded, starts_on, "
                                 "ends_on, status, billing_mode, currency, hourly_rate_cents, package_minutes, "
                                 "package_fee_cents, overage, overage_rate_cents, monthly_fee_cents, timezone, "
                                 "reporting, contract_file_id, notes, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(row.clientId);
    bindFields(query, row);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Database::sqlError(tr("The mission cannot be saved."), query.lastError());
    row.id = query.lastInsertId().toLongLong();
    if (Status written = writeSlots(row.id, row.workingSlots); !written)
        return written.error();
    row.createdAtMs = now;
    row.updatedAtMs = now;
    return row;
}

Result<Mission> MissionRepository::updateInTransaction(const Mission& mission)
{
    Mission row = normalized(mission);
    auto existing = find(row.id);
    if (!existing)
        return existing.error();
    if (existing->clientId != row.clientId)
        return Error::make(Error::Kind::Invalid, tr("A mission cannot move to another client."),
                           QStringLiteral("mission %1").arg(row.id));
    if (Status checked = check(row); !checked)
        return checked.error();
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE missions SET title = ?, scope_included = ?, scope_excluded = ?, starts_on = ?, "
                       "ends_on = ?, status = ?, billing_mode = ?, currency = ?, hourly_rate_cents = ?, "
                       "package_minutes = ?, package_fee_cents = ?, overage = ?, overage_rate_cents = ?, "
                       "monthly_fee_cents = ?, timezone = ?, reporting = ?, contract_file_id = ?, "
                       "notes = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, row);
    query.addBindValue(now);
    query.addBindValue(row.id);
    if (!query.exec())
        return Database::sqlError(tr("The mission cannot be saved."), query.lastError());
    if (Status written = writeSlots(row.id, row.workingSlots); !written)
        return written.error();
    row.createdAtMs = existing->createdAtMs;
    row.updatedAtMs = now;
    return row;
}

Status MissionRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM missions WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The mission cannot be deleted."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound, tr("No mission has the number %1.").arg(id));
        return {};
    });
}

Result<Mission> MissionRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("No mission has the number %1.").arg(id));
    return found->first();
}

Result<QList<Mission>> MissionRepository::listForClient(qint64 clientId) const
{
    return select(QStringLiteral("client_id = ?"), clientId);
}

Result<QList<Mission>> MissionRepository::select(const QString& where, qint64 key) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM missions WHERE ") + where
                          + QStringLiteral(" ORDER BY starts_on DESC, id DESC")));
    query.addBindValue(key);
    if (!query.exec())
        return Database::sqlError(tr("The missions cannot be read."), query.lastError());
    QList<Mission> missions;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Mission mission;
        int column = 0;
        const auto value = [&]() { return query.value(column++); };
        mission.id = value().toLongLong();
        mission.clientId = value().toLongLong();
        mission.title = value().toString();
        mission.scopeIncluded = value().toString();
        mission.scopeExcluded = value().toString();
        mission.startsOn = QDate::fromString(value().toString(), Qt::ISODate);
        const QVariant endsOn = value();
        if (!endsOn.isNull())
            mission.endsOn = QDate::fromString(endsOn.toString(), Qt::ISODate);
        const QString status = value().toString();
        const QString billing = value().toString();
        mission.currency = value().toString();
        const QVariant hourly = value();
        const QVariant packageMinutes = value();
        const QVariant packageFee = value();
        const QString overage = value().toString();
        const QVariant overageRate = value();
        const QVariant monthlyFee = value();
        mission.timeZone = value().toString();
        const QString reporting = value().toString();
        const QVariant contract = value();
        mission.notes = value().toString();
        mission.createdAtMs = value().toLongLong();
        mission.updatedAtMs = value().toLongLong();

        const auto statusValue = Mission::statusFromKey(status);
        const auto billingValue = Mission::billingFromKey(billing);
        const auto overageValue = Mission::overageFromKey(overage);
        const auto reportingValue = Mission::reportingFromKey(reporting);
        if (!statusValue || !billingValue || !overageValue || !reportingValue || !mission.startsOn.isValid())
            return Error::make(Error::Kind::Corrupt, tr("A mission in the database is damaged."),
                               QStringLiteral("mission %1").arg(mission.id));
        mission.status = *statusValue;
        mission.billing = *billingValue;
        mission.overage = *overageValue;
        mission.reporting = *reportingValue;
        mission.hourlyRate = moneyOrNone(hourly, mission.currency);
        mission.packageMinutes = packageMinutes.isNull() ? 0 : packageMinutes.toInt();
        mission.packageFee = moneyOrNone(packageFee, mission.currency);
        mission.overageRate = moneyOrNone(overageRate, mission.currency);
        mission.monthlyFee = moneyOrNone(monthlyFee, mission.currency);
        mission.contractFileId = contract.isNull() ? 0 : contract.toLongLong();
        indexById.insert(mission.id, missions.size());
        missions.append(mission);
    }
    query.finish();
    if (missions.isEmpty())
        return missions;

    QSqlQuery slotQuery(m_db.connection());
    slotQuery.setForwardOnly(true);
    slotQuery.prepare(QString(QStringLiteral("SELECT mission_id, weekday, start_minute, end_minute FROM mission_slots "
                                             "WHERE mission_id IN (SELECT id FROM missions WHERE ")
                              + where + QStringLiteral(") ORDER BY mission_id, weekday, start_minute, end_minute")));
    slotQuery.addBindValue(key);
    if (!slotQuery.exec())
        return Database::sqlError(tr("The missions cannot be read."), slotQuery.lastError());
    while (slotQuery.next()) {
        const auto index = indexById.constFind(slotQuery.value(0).toLongLong());
        if (index == indexById.constEnd())
            continue;
        missions[*index].workingSlots.append(
            WorkingSlot{slotQuery.value(1).toInt(), slotQuery.value(2).toInt(), slotQuery.value(3).toInt()});
    }
    slotQuery.finish();
    return missions;
}

} // namespace Bureau

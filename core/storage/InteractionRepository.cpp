// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/InteractionRepository.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/WriteResult.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

const QString kSelect = QStringLiteral("SELECT id, client_id, kind, occurred_at, contact_id, with_whom, summary, body, "
                                       "follow_up_on, created_at, updated_at FROM interactions");

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Interaction normalized(const Interaction& interaction)
{
    Interaction out = interaction;
    out.summary = interaction.summary.trimmed();
    out.withWhom = interaction.withWhom.trimmed();
    return out;
}

} // namespace

InteractionRepository::InteractionRepository(Database& database)
    : m_db(database)
{
}

Status InteractionRepository::check(const Interaction& interaction) const
{
    if (const QList<FieldError> errors = interaction.validate(); !errors.isEmpty()) {
        QStringList fields;
        for (const FieldError& error : errors)
            fields << error.field;
        return Error::make(
            Error::Kind::Invalid,
            tr("The interaction was not saved. %1").arg(describeFieldErrors(errors, &Interaction::fieldLabel)),
            QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", "))));
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
    query.addBindValue(interaction.clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The interaction cannot be saved."), query.lastError());
    const bool clientExists = query.value(0).toBool();
    query.finish();
    if (!clientExists)
        return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(interaction.clientId));
    if (interaction.contactId > 0) {
        query.prepare(QStringLiteral("SELECT client_id FROM contacts WHERE id = ?"));
        query.addBindValue(interaction.contactId);
        if (!query.exec())
            return Database::sqlError(tr("The interaction cannot be saved."), query.lastError());
        const bool found = query.next();
        const qint64 owner = found ? query.value(0).toLongLong() : 0;
        query.finish();
        if (owner != interaction.clientId)
            return Error::make(Error::Kind::Invalid, tr("The person chosen is not a contact of this client."),
                               QStringLiteral("contact %1 of client %2").arg(interaction.contactId).arg(owner));
    }
    return {};
}

Result<Interaction> InteractionRepository::add(const Interaction& interaction)
{
    return writeResult(m_db, [&] { return addInTransaction(interaction); });
}

Result<Interaction> InteractionRepository::update(const Interaction& interaction)
{
    return writeResult(m_db, [&] { return updateInTransaction(interaction); });
}

Result<Interaction> InteractionRepository::addInTransaction(const Interaction& interaction)
{
    Interaction row = normalized(interaction);
    if (Status checked = check(row); !checked)
        return checked.error();
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO interactions (client_id, kind, occurred_at, contact_id, with_whom, summary, "
                       "body, follow_up_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(row.clientId);
    query.addBindValue(Interaction::kindKey(row.kind));
    query.addBindValue(row.occurredAtMs);
    query.addBindValue(nullableId(row.contactId));
    query.addBindValue(notNull(row.withWhom));
    query.addBindValue(row.summary);
    query.addBindValue(notNull(row.body));
    query.addBindValue(nullableDate(row.followUpOn));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Database::sqlError(tr("The interaction cannot be saved."), query.lastError());
    row.id = query.lastInsertId().toLongLong();
    row.createdAtMs = now;
    row.updatedAtMs = now;
    return row;
}

Result<Interaction> InteractionRepository::updateInTransaction(const Interaction& interaction)
{
    Interaction row = normalized(interaction);
    auto existing = find(row.id);
    if (!existing)
        return existing.error();
    if (existing->clientId != row.clientId)
        return Error::make(Error::Kind::Invalid, tr("An interaction cannot move to another client."),
                           QStringLiteral("interaction %1").arg(row.id));
    if (Status checked = check(row); !checked)
        return checked.error();
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE interactions SET kind = ?, occurred_at = ?, contact_id = ?, with_whom = ?, "
                                 "summary = ?, body = ?, follow_up_on = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(Interaction::kindKey(row.kind));
    query.addBindValue(row.occurredAtMs);
    query.addBindValue(nullableId(row.contactId));
    query.addBindValue(notNull(row.withWhom));
    query.addBindValue(row.summary);
    query.addBindValue(notNull(row.body));
    query.addBindValue(nullableDate(row.followUpOn));
    query.addBindValue(now);
    query.addBindValue(row.id);
    if (!query.exec())
        return Database::sqlError(tr("The interaction cannot be saved."), query.lastError());
    row.createdAtMs = existing->createdAtMs;
    row.updatedAtMs = now;
    return row;
}

Status InteractionRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM interactions WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The interaction cannot be deleted."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound, tr("No interaction has the number %1.").arg(id));
        return {};
    });
}

namespace
{

Result<Interaction> interactionFrom(const QSqlQuery& query)
{
    Interaction interaction;
    interaction.id = query.value(0).toLongLong();
    interaction.clientId = query.value(1).toLongLong();
    const QString kind = query.value(2).toString();
    interaction.occurredAtMs = query.value(3).toLongLong();
    interaction.contactId = query.value(4).isNull() ? 0 : query.value(4).toLongLong();
    interaction.withWhom = query.value(5).toString();
    interaction.summary = query.value(6).toString();
    interaction.body = query.value(7).toString();
    if (!query.value(8).isNull())
        interaction.followUpOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    interaction.createdAtMs = query.value(9).toLongLong();
    interaction.updatedAtMs = query.value(10).toLongLong();
    const auto kindValue = Interaction::kindFromKey(kind);
    if (!kindValue)
        return Error::make(Error::Kind::Corrupt,
                           InteractionRepository::tr("An interaction in the database is damaged."),
                           QStringLiteral("interaction %1: kind \"%2\"").arg(interaction.id).arg(kind));
    interaction.kind = *kindValue;
    return interaction;
}

} // namespace

Result<Interaction> InteractionRepository::find(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kSelect + QStringLiteral(" WHERE id = ?")));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(tr("The interaction cannot be read."), query.lastError());
    if (!query.next())
        return Error::make(Error::Kind::NotFound, tr("No interaction has the number %1.").arg(id));
    auto interaction = interactionFrom(query);
    query.finish();
    return interaction;
}

Result<QList<Interaction>> InteractionRepository::listForClient(qint64 clientId, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kSelect + QStringLiteral(" WHERE client_id = ? ORDER BY occurred_at DESC, id DESC")
                          + (limit < 0 ? QString() : QStringLiteral(" LIMIT ?"))));
    query.addBindValue(clientId);
    if (limit >= 0)
        query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(tr("The interactions cannot be read."), query.lastError());
    QList<Interaction> list;
    while (query.next()) {
        auto interaction = interactionFrom(query);
        if (!interaction)
            return interaction.error();
        list.append(interaction.value());
    }
    query.finish();
    return list;
}

} // namespace Bureau

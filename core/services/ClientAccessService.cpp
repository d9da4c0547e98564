// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ClientAccessService.h"

#include "core/Clock.h"
#include "core/secrets/CredentialIndex.h"
#include "core/storage/Database.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QVariant>

namespace Bureau
{

namespace
{

const QString kSelect = QStringLiteral("SELECT id, client_id, service, url, username, notes, granted_by, granted_on, "
                                       "credential_name, revoked_at, created_at, updated_at FROM client_accesses");

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

ClientAccess normalized(const ClientAccess& access)
{
    ClientAccess out = access;
    out.service = access.service.trimmed();
    out.url = access.url.trimmed();
    out.username = access.username.trimmed();
    out.grantedBy = access.grantedBy.trimmed();
    return out;
}

Error invalid(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return Error::make(Error::Kind::Invalid,
                       ClientAccessService::tr("The access was not saved. %1")
                           .arg(describeFieldErrors(errors, &ClientAccess::fieldLabel)),
                       QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", "))));
}

ClientAccess accessFrom(const QSqlQuery& query)
{
    ClientAccess access;
    access.id = query.value(0).toLongLong();
    access.clientId = query.value(1).toLongLong();
    access.service = query.value(2).toString();
    access.url = query.value(3).toString();
    access.username = query.value(4).toString();
    access.notes = query.value(5).toString();
    access.grantedBy = query.value(6).toString();
    if (!query.value(7).isNull())
        access.grantedOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    access.credentialName = query.value(8).toString();
    access.revokedAtMs = query.value(9).isNull() ? 0 : query.value(9).toLongLong();
    access.createdAtMs = query.value(10).toLongLong();
    access.updatedAtMs = query.value(11).toLongLong();
    return access;
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

ClientAccessService::ClientAccessService(Database& database, CredentialStore& store)
    : m_db(database)
    , m_store(store)
{
}

QString ClientAccessService::newCredentialName(qint64 clientId)
{
    return QStringLiteral("access/%1/%2").arg(clientId).arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Status ClientAccessService::checkClient(qint64 clientId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The access cannot be saved."), query.lastError());
    const bool exists = query.value(0).toBool();
    query.finish();
    if (!exists)
        return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(clientId));
    return {};
}

Result<QString> ClientAccessService::labelFor(const ClientAccess& access) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name FROM clients WHERE id = ?"));
    query.addBindValue(access.clientId);
    if (!query.exec())
        return Database::sqlError(tr("The access cannot be saved."), query.lastError());
    const QString client = query.next() ? query.value(0).toString() : QString();
    query.finish();
    QString label = tr("%1 for %2", "secret label: service, client").arg(access.service, client).simplified();
    return label.left(CredentialIndex::MaxLabelLength);
}

Result<ClientAccess> ClientAccessService::add(const ClientAccess& access, const QString& secret)
{
    ClientAccess row = normalized(access);
    row.id = 0;
    row.credentialName.clear();
    row.revokedAtMs = 0;
    if (const QList<FieldError> errors = row.validate(); !errors.isEmpty())
        return invalid(errors);
    if (Status client = checkClient(row.clientId); !client)
        return client.error();

    CredentialIndex index(m_db, m_store);
    if (!secret.isEmpty()) {
        auto label = labelFor(row);
        if (!label)
            return label.error();
        const QString name = newCredentialName(row.clientId);
        // The keychain first: if it refuses, nothing is recorded.
        if (Status stored = index.store(name, label.value(), secret, credentialKind()); !stored)
            return stored.error();
        row.credentialName = name;
    }

    const qint64 now = m_db.clock().nowMs();
    Status recorded = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(
            QStringLiteral("INSERT INTO client_accesses (client_id, service, url, username, notes, granted_by, "
                           "granted_on, credential_name, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(row.clientId);
        query.addBindValue(row.service);
        query.addBindValue(notNull(row.url));
        query.addBindValue(notNull(row.username));
        query.addBindValue(notNull(row.notes));
        query.addBindValue(notNull(row.grantedBy));
        query.addBindValue(dateOrNull(row.grantedOn));
        query.addBindValue(textOrNull(row.credentialName));
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return Database::sqlError(tr("The access cannot be saved."), query.lastError());
        row.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!recorded) {
        // A secret no access names would be lost in the keychain: take it back out.
        if (row.hasSecret())
            (void)deleteSecret(row.credentialName);
        return recorded.error();
    }
    row.createdAtMs = now;
    row.updatedAtMs = now;
    return row;
}

Result<ClientAccess> ClientAccessService::update(const ClientAccess& access, const std::optional<QString>& newSecret)
{
    auto existing = find(access.id);
    if (!existing)
        return existing.error();
    ClientAccess row = normalized(access);
    row.clientId = existing->clientId;
    row.credentialName = existing->credentialName;
    row.revokedAtMs = existing->revokedAtMs;
    row.createdAtMs = existing->createdAtMs;
    if (access.clientId != existing->clientId)
        return Error::make(Error::Kind::Invalid, tr("An access cannot move to another client."),
                           QStringLiteral("access %1").arg(access.id));
    if (const QList<FieldError> errors = row.validate(); !errors.isEmpty())
        return invalid(errors);

    const bool replaceSecret = newSecret.has_value() && !newSecret->isEmpty();
    bool newName = false;
    if (replaceSecret) {
        if (row.isRevoked())
            return Error::make(Error::Kind::Conflict,
                               tr("This access was revoked: record a new access instead of storing a password in it."));
        auto label = labelFor(row);
        if (!label)
            return label.error();
        if (!row.hasSecret()) {
            row.credentialName = newCredentialName(row.clientId);
            newName = true;
        }
        if (Status stored =
                CredentialIndex(m_db, m_store).store(row.credentialName, label.value(), *newSecret, credentialKind());
            !stored)
            return stored.error();
    }

    const qint64 now = m_db.clock().nowMs();
    Status recorded = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(
            QStringLiteral("UPDATE client_accesses SET service = ?, url = ?, username = ?, notes = ?, "
                           "granted_by = ?, granted_on = ?, credential_name = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(row.service);
        query.addBindValue(notNull(row.url));
        query.addBindValue(notNull(row.username));
        query.addBindValue(notNull(row.notes));
        query.addBindValue(notNull(row.grantedBy));
        query.addBindValue(dateOrNull(row.grantedOn));
        query.addBindValue(textOrNull(row.credentialName));
        query.addBindValue(now);
        query.addBindValue(row.id);
        if (!query.exec())
            return Database::sqlError(tr("The access cannot be saved."), query.lastError());
        return {};
    });
    if (!recorded) {
        if (newName)
            (void)deleteSecret(row.credentialName);
        return recorded.error();
    }
    row.updatedAtMs = now;
    return row;
}

Result<QString> ClientAccessService::checkRevealable(qint64 accessId) const
{
    auto access = find(accessId);
    if (!access)
        return access.error();
    if (access->isRevoked())
        return Error::make(Error::Kind::Conflict, tr("This access was revoked: its password was deleted."));
    if (!access->hasSecret())
        return Error::make(Error::Kind::NotFound, tr("No password is stored for this access."));
    return access->credentialName;
}

namespace
{

/** A clearer message for an entry the keychain no longer has (e.g. kept for a past session only). */
Result<QString> explainMissing(Result<QString> read)
{
    if (!read && read.error().kind == Error::Kind::NotFound)
        return Error::make(Error::Kind::NotFound,
                           ClientAccessService::tr("The password of this access is no longer in the keychain: "
                                                   "store it again."),
                           read.error().detail);
    return read;
}

} // namespace

Result<QString> ClientAccessService::revealSync(qint64 accessId)
{
    auto name = checkRevealable(accessId);
    if (!name)
        return name.error();
    return explainMissing(m_store.readSync(name.value()));
}

void ClientAccessService::reveal(qint64 accessId, const QObject* context, CredentialStore::ReadCallback done)
{
    auto name = checkRevealable(accessId);
    if (!name) {
        // Later, never from inside the call, as the store's own completions.
        const bool hasContext = context != nullptr;
        QTimer::singleShot(0, &m_store,
                           [guard = QPointer<const QObject>(context), hasContext, done, error = name.error()] {
                               if (hasContext && !guard)
                                   return;
                               done(error);
                           });
        return;
    }
    m_store.read(name.value(), context, [done](Result<QString> read) { done(explainMissing(std::move(read))); });
}

Status ClientAccessService::deleteSecret(const QString& name)
{
    Status removed = CredentialIndex(m_db, m_store).remove(name);
    if (!removed && removed.error().kind == Error::Kind::NotFound) {
        // No row names it (a session-only name purged at start): the keychain may still hold it.
        return m_store.removeSync(name);
    }
    return removed;
}

Status ClientAccessService::deleteSecrets(const QStringList& credentialNames)
{
    std::optional<Error> first;
    for (const QString& name : credentialNames) {
        if (name.isEmpty())
            continue;
        if (Status removed = deleteSecret(name); !removed && !first)
            first = removed.error();
    }
    if (first)
        return *first;
    return {};
}

Status ClientAccessService::revoke(qint64 accessId)
{
    auto access = find(accessId);
    if (!access)
        return access.error();
    if (access->hasSecret()) {
        // The keychain first: if it refuses, the access stays as it was and the user can try again.
        if (Status removed = deleteSecret(access->credentialName); !removed)
            return removed;
    }
    if (access->isRevoked() && !access->hasSecret())
        return {};
    const qint64 now = m_db.clock().nowMs();
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE client_accesses SET credential_name = NULL, "
                                     "revoked_at = COALESCE(revoked_at, ?), updated_at = ? WHERE id = ?"));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(accessId);
        if (!query.exec())
            return Database::sqlError(tr("The access cannot be revoked."), query.lastError());
        return {};
    });
}

Status ClientAccessService::remove(qint64 accessId)
{
    auto access = find(accessId);
    if (!access)
        return access.error();
    if (access->hasSecret()) {
        if (Status removed = deleteSecret(access->credentialName); !removed)
            return removed;
    }
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM client_accesses WHERE id = ?"));
        query.addBindValue(accessId);
        if (!query.exec())
            return Database::sqlError(tr("The access cannot be deleted."), query.lastError());
        return {};
    });
}

Status ClientAccessService::removeAllForClient(qint64 clientId)
{
    auto accesses = listForClient(clientId);
    if (!accesses)
        return accesses.error();
    std::optional<Error> first;
    for (const ClientAccess& access : accesses.value()) {
        if (!access.hasSecret())
            continue;
        if (Status revoked = revoke(access.id); !revoked && !first)
            first = revoked.error();
    }
    if (first)
        return *first;
    return {};
}

Result<ClientAccess> ClientAccessService::find(qint64 accessId) const
{
    auto found = select(QStringLiteral(" WHERE id = ?"), accessId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("No access has the number %1.").arg(accessId));
    return found->first();
}

Result<QList<ClientAccess>> ClientAccessService::listForClient(qint64 clientId, bool includeRevoked) const
{
    return select(includeRevoked ? QStringLiteral(" WHERE client_id = ?")
                                 : QStringLiteral(" WHERE client_id = ? AND revoked_at IS NULL"),
                  clientId);
}

Result<QList<ClientAccess>> ClientAccessService::select(const QString& where, qint64 key) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kSelect + where
                          + QStringLiteral(" ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, "
                                           "CASE WHEN revoked_at IS NULL THEN lower(service) END, "
                                           "revoked_at DESC, id")));
    query.addBindValue(key);
    if (!query.exec())
        return Database::sqlError(tr("The accesses cannot be read."), query.lastError());
    QList<ClientAccess> accesses;
    while (query.next())
        accesses.append(accessFrom(query));
    query.finish();
    return accesses;
}

} // namespace Bureau

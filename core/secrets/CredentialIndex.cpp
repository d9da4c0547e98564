// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/CredentialIndex.h"

#include "core/Clock.h"
#include "core/secrets/CredentialStore.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Bureau
{

namespace
{

CredentialIndex::Entry entryFrom(const QSqlQuery& query)
{
    CredentialIndex::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.name = query.value(1).toString();
    entry.kind = query.value(2).toString();
    entry.label = query.value(3).toString();
    entry.created = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    entry.updated = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
    entry.sessionOnly = query.value(6).toBool();
    return entry;
}

const QString kSelectColumns =
    QStringLiteral("SELECT id, name, kind, label, created_at, updated_at, session_only FROM credentials");

} // namespace

CredentialIndex::CredentialIndex(Database& db, CredentialStore& store)
    : m_db(db)
    , m_store(store)
{
}

Status CredentialIndex::checkStore() const
{
    if (m_store.databaseUuid() != m_db.uuid())
        return Error::make(Error::Kind::Invalid, tr("The secrets of another database cannot be listed in this one."),
                           QStringLiteral("store for %1, database %2").arg(m_store.databaseUuid(), m_db.uuid()));
    return {};
}

Error CredentialIndex::notRecorded(const QString& name) const
{
    return Error::make(Error::Kind::NotFound, tr("No stored secret is named “%1”.").arg(name));
}

Status CredentialIndex::validateKind(const QString& kind)
{
    bool valid = !kind.isEmpty() && kind.size() <= MaxKindLength;
    for (const QChar c : kind) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('-')))
            valid = false;
    }
    if (!valid)
        return Error::make(Error::Kind::Invalid, tr("“%1” is not a kind of stored secret.").arg(kind));
    return {};
}

Status CredentialIndex::validateLabel(const QString& label)
{
    if (label.size() > MaxLabelLength)
        return Error::make(Error::Kind::Invalid,
                           tr("A label is at most %n character(s) long.", nullptr, MaxLabelLength));
    for (const QChar c : label) {
        if (c.category() == QChar::Other_Control)
            return Error::make(Error::Kind::Invalid, tr("A label cannot hold control characters such as line breaks."));
    }
    return {};
}

Status CredentialIndex::store(const QString& name, const QString& label, const QString& secret, const QString& kind)
{
    for (const Status& check : {checkStore(), CredentialStore::validateName(name), validateLabel(label),
                                validateKind(kind), CredentialStore::validateSecret(secret)}) {
        if (!check)
            return check;
    }
    auto existing = find(name);
    if (!existing)
        return existing.error();

    // The keychain first: if it refuses, nothing is recorded.
    if (Status written = m_store.writeSync(name, secret); !written)
        return written;

    const qint64 now = m_db.clock().nowMs();
    const bool sessionOnly = !m_store.isPersistent();
    Status recorded = m_db.write([this, &name, &label, &kind, now, sessionOnly]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("INSERT INTO credentials (name, kind, label, session_only, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                                     "label = excluded.label, session_only = excluded.session_only, "
                                     "updated_at = excluded.updated_at"));
        query.addBindValue(name);
        query.addBindValue(kind);
        query.addBindValue(label);
        query.addBindValue(sessionOnly ? 1 : 0);
        query.addBindValue(now);
        query.addBindValue(now);
        if (!query.exec())
            return Database::sqlError(tr("The name of the secret “%1” cannot be recorded.").arg(name),
                                      query.lastError());
        return {};
    });
    if (!recorded && !existing.value()) {
        // A new secret that no row names would be lost in the keychain: take it back out. (An
        // existing entry keeps its row, which names the secret just written.)
        if (Status undone = m_store.removeSync(name); !undone)
            recorded =
                Error::make(recorded.error().kind, recorded.error().message,
                            recorded.error().detail + QStringLiteral("; removing the new keychain entry failed too: ")
                                + undone.error().detail);
    }
    return recorded;
}

Status CredentialIndex::purgeSessionOnly()
{
    return m_db.write([this]() -> Status {
        QSqlQuery query(m_db.connection());
        if (!query.exec(QStringLiteral("DELETE FROM credentials WHERE session_only = 1")))
            return Database::sqlError(tr("The names of past session-only secrets cannot be removed."),
                                      query.lastError());
        return {};
    });
}

Status CredentialIndex::remove(const QString& name)
{
    if (Status valid = checkStore(); !valid)
        return valid;
    if (Status valid = CredentialStore::validateName(name); !valid)
        return valid;
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return notRecorded(name);

    // The keychain first: if it refuses, the row stays and the user can try again.
    if (Status removed = m_store.removeSync(name); !removed)
        return removed;

    return m_db.write([this, &name]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM credentials WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return Database::sqlError(tr("The name of the secret “%1” cannot be removed.").arg(name),
                                      query.lastError());
        return {};
    });
}

Result<QList<CredentialIndex::Entry>> CredentialIndex::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(kSelectColumns + QStringLiteral(" ORDER BY name COLLATE NOCASE, id")))
        return Database::sqlError(tr("The stored secrets cannot be listed."), query.lastError());
    QList<Entry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    query.finish();
    return entries;
}

Result<std::optional<CredentialIndex::Entry>> CredentialIndex::find(const QString& name) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kSelectColumns + QStringLiteral(" WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Database::sqlError(tr("The stored secrets cannot be listed."), query.lastError());
    std::optional<Entry> entry;
    if (query.next())
        entry = entryFrom(query);
    query.finish();
    return entry;
}

Result<QString> CredentialIndex::reveal(const QString& name)
{
    if (Status valid = checkStore(); !valid)
        return valid.error();
    if (Status valid = CredentialStore::validateName(name); !valid)
        return valid.error();
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return notRecorded(name);
    return m_store.readSync(name);
}

} // namespace Bureau

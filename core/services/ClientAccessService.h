// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ClientRecords.h"
#include "core/secrets/CredentialStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QObject;

namespace Bureau
{

class Database;

/**
 * The logins an assistant holds for a client's tools (table `client_accesses`), with their secrets
 * in the keychain (DESIGN.md, Secrets): never in the database, exports or logs.
 *
 * A secret is stored under the name `access/<client id>/<uuid>` through CredentialIndex, so it is
 * also listed in Settings › Passwords (kind "client-access"). The keychain goes first: when it refuses
 * a secret, nothing is recorded; when recording fails afterwards, the new secret is removed again.
 * Revoking deletes the secret and keeps the record, with the time access ended; a failed keychain
 * delete leaves the access as it was, to try again.
 *
 * Calls that touch the keychain block on it (CredentialStore's `…Sync` calls: a local event loop
 * with a deadline), as short user actions and the CLI want; reveal() also comes asynchronous for
 * the GUI.
 */
class ClientAccessService final
{
    Q_DECLARE_TR_FUNCTIONS(ClientAccessService)

public:
    /** The kind of the accesses' entries in `credentials`. */
    static QString credentialKind() { return QStringLiteral("client-access"); }

    /** @p store must belong to @p database (same UUID); both must outlive the service. */
    ClientAccessService(Database& database, CredentialStore& store);

    /**
     * Records a new access; @p secret (when not empty) goes to the keychain first. Returns the
     * access as stored, `credentialName` set when a secret was stored.
     */
    Result<ClientAccess> add(const ClientAccess& access, const QString& secret);
    /**
     * Saves the access's fields (service, URL, user name, notes, granted by/on); @p newSecret, when
     * given and not empty, replaces the secret (refused for a revoked access). Returns it as stored.
     */
    Result<ClientAccess> update(const ClientAccess& access, const std::optional<QString>& newSecret = std::nullopt);
    /** The secret, read from the keychain now. NotFound when none is stored; Conflict when revoked. */
    Result<QString> revealSync(qint64 accessId);
    /**
     * reveal() for the GUI: returns at once; `done` is called later on this thread (never from
     * inside the call), unless @p context is destroyed first.
     */
    void reveal(qint64 accessId, const QObject* context, CredentialStore::ReadCallback done);
    /** Deletes the secret, then marks the access revoked now (the record stays). Revoking twice is fine. */
    Status revoke(qint64 accessId);
    /** Deletes the secret, then the record (an access entered by mistake). NotFound when absent. */
    Status remove(qint64 accessId);

    /** NotFound when no access has that id. */
    Result<ClientAccess> find(qint64 accessId) const;
    /** The client's accesses: active ones first, by service, then revoked ones, latest first. */
    Result<QList<ClientAccess>> listForClient(qint64 clientId, bool includeRevoked = true) const;

    /**
     * Before a client is deleted: deletes every secret of the client's accesses and marks them
     * revoked. Fails (with the first keychain error) when a secret could not be deleted: the
     * client must not be deleted then, or the secret would outlive every record of it.
     */
    Status removeAllForClient(qint64 clientId);
    /**
     * Deletes secrets by name from the keychain and from `credentials` (an entry already gone is
     * fine). For callers that cleared the names in their own transaction (ClientDataService).
     * Returns the first error; the names that could not be deleted stay listed in Settings › Passwords.
     */
    Status deleteSecrets(const QStringList& credentialNames);

    /** A fresh keychain name for a secret of the client: `access/<client id>/<uuid>`. */
    static QString newCredentialName(qint64 clientId);

private:
    Status deleteSecret(const QString& name);
    Result<QString> labelFor(const ClientAccess& access) const;
    Status checkClient(qint64 clientId) const;
    Result<QList<ClientAccess>> select(const QString& where, qint64 key) const;
    Result<QString> checkRevealable(qint64 accessId) const;

    Database& m_db;
    CredentialStore& m_store;
};

} // namespace Bureau

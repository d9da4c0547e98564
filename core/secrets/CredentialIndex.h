// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Bureau
{

class CredentialStore;
class Database;

/**
 * The secrets a database knows about, by name (table `credentials`): what Settings lists and what
 * the mail and calendar accounts refer to. The database holds the names, kinds and labels only; the
 * secrets are in the CredentialStore, under keys scoped to this database (DESIGN.md, Secrets).
 *
 * The keychain goes first: store() writes the secret and only then records the name, so a failed
 * keychain write records nothing; remove() deletes the secret and only then the row, so a failed
 * keychain delete keeps the row (the user can try again). Calls block on the store (its `…Sync`
 * calls: a local event loop with a deadline), for the CLI and for short user actions.
 */
class CredentialIndex final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialIndex)

public:
    static constexpr int MaxLabelLength = 200;
    static constexpr int MaxKindLength = 40;

    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString kind; // "generic", "email", "calendar", "account"…: lower-case ASCII, digits, '-'
        QString label;
        QDateTime created; // UTC
        QDateTime updated; // UTC
        bool sessionOnly = false; // kept for this session only (no keychain)
    };

    /**
     * `store` must belong to `db` (same UUID; every call fails as Invalid otherwise); both must outlive
     * the index.
     */
    CredentialIndex(Database& db, CredentialStore& store);

    /**
     * Stores `secret` under `name` in the keychain, then records (or updates) the name with its label
     * and kind. An existing entry's secret is replaced. Nothing is recorded when the keychain refuses;
     * when recording fails after a new secret was written, that secret is removed again.
     */
    Status store(const QString& name, const QString& label, const QString& secret,
                 const QString& kind = QStringLiteral("generic"));
    /** Removes the secret from the keychain, then the name. NotFound when no entry has that name. */
    Status remove(const QString& name);
    /** Forgets the names whose secrets were kept for a past session only (call at start-up). */
    Status purgeSessionOnly();
    /** Every entry, by name. No secret is read. */
    Result<QList<Entry>> list() const;
    /** The entry named `name`, if any. No secret is read. */
    Result<std::optional<Entry>> find(const QString& name) const;
    /** Reads the secret of a recorded entry from the keychain. NotFound when no entry has that name. */
    Result<QString> reveal(const QString& name);

    static Status validateKind(const QString& kind);
    static Status validateLabel(const QString& label);

private:
    Status checkStore() const;
    Error notRecorded(const QString& name) const;

    Database& m_db;
    CredentialStore& m_store;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/CredentialStore.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace Bureau
{

/**
 * Secrets kept in this process's memory only, behind the same interface as the keychain: for tests,
 * and for the session when no keychain is available (the user is told so; DESIGN.md, Secrets).
 * Nothing is ever written to disk.
 *
 * Operations complete later (queued), as the keychain's do, so callers are exercised the same way.
 * Stores built on one Vault behave like one keychain shared by several databases (keys are scoped
 * to each store's database UUID); each store has its own Vault otherwise. Secrets are deep-copied in
 * and out, and wiped when overwritten, removed, or when the Vault goes away.
 */
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    /** The secrets themselves, by full key (`bureau/<uuid>/<name>`). */
    class Vault final
    {
    public:
        Vault() = default;
        ~Vault();
        Vault(const Vault&) = delete;
        Vault& operator=(const Vault&) = delete;

        /** The full keys held, sorted: what a keychain browser would show. */
        QStringList keys() const;
        int size() const { return int(m_secrets.size()); }

    private:
        friend class MemoryCredentialStore;
        QHash<QString, QString> m_secrets;
    };

    explicit MemoryCredentialStore(const QString& databaseUuid, QObject* parent = nullptr);
    MemoryCredentialStore(const QString& databaseUuid, std::shared_ptr<Vault> vault, QObject* parent = nullptr);
    ~MemoryCredentialStore() override;

    bool isPersistent() const override { return false; }

    const std::shared_ptr<Vault>& vault() const { return m_vault; }

    /**
     * Makes every operation fail as Io, the way KeychainCredentialStore does without a keychain, until
     * turned off again; nothing stored is lost. For tests of callers' "not available" paths.
     */
    void setSimulatedUnavailable(bool unavailable) { m_simulateUnavailable = unavailable; }

protected:
    void readKey(const QString& key, ReadCallback done) override;
    void writeKey(const QString& key, const QString& secret, DoneCallback done) override;
    void removeKey(const QString& key, DoneCallback done) override;

private:
    Error unavailable(const QString& key) const;

    std::shared_ptr<Vault> m_vault;
    bool m_simulateUnavailable = false;
};

} // namespace Bureau

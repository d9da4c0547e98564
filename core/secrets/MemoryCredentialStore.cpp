// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/MemoryCredentialStore.h"

#include <algorithm>

namespace Bureau
{

namespace
{

/** A copy that shares no buffer with `text`, so that the store's own copy can be wiped. */
QString deepCopy(const QString& text)
{
    return QString(text.constData(), text.size());
}

} // namespace

MemoryCredentialStore::Vault::~Vault()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        CredentialStore::wipe(it.value());
}

QStringList MemoryCredentialStore::Vault::keys() const
{
    QStringList keys = m_secrets.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

MemoryCredentialStore::MemoryCredentialStore(const QString& databaseUuid, QObject* parent)
    : MemoryCredentialStore(databaseUuid, std::make_shared<Vault>(), parent)
{
}

MemoryCredentialStore::MemoryCredentialStore(const QString& databaseUuid, std::shared_ptr<Vault> vault, QObject* parent)
    : CredentialStore(databaseUuid, parent)
    , m_vault(vault ? std::move(vault) : std::make_shared<Vault>())
{
}

MemoryCredentialStore::~MemoryCredentialStore() = default;

Error MemoryCredentialStore::unavailable(const QString& key) const
{
    return Error::make(Error::Kind::Io,
                       tr("The system keychain is not available: no Secret Service (such as GNOME Keyring or "
                          "KWallet) answered."),
                       QStringLiteral("%1: simulated unavailability (MemoryCredentialStore)").arg(key));
}

// Each operation takes effect when it completes, in the order asked, as a keychain job would.

void MemoryCredentialStore::readKey(const QString& key, ReadCallback done)
{
    post([this, key, done = std::move(done)] {
        if (m_simulateUnavailable) {
            done(unavailable(key));
            return;
        }
        const auto it = m_vault->m_secrets.constFind(key);
        if (it == m_vault->m_secrets.cend()) {
            done(Error::make(Error::Kind::NotFound,
                             tr("No secret named “%1” is kept for this session.").arg(nameOf(key)),
                             QStringLiteral("read %1: not in memory").arg(key)));
            return;
        }
        done(deepCopy(it.value()));
    });
}

void MemoryCredentialStore::writeKey(const QString& key, const QString& secret, DoneCallback done)
{
    post([this, key, secret = deepCopy(secret), done = std::move(done)]() mutable {
        if (m_simulateUnavailable) {
            wipe(secret);
            done(unavailable(key));
            return;
        }
        QString& slot = m_vault->m_secrets[key];
        wipe(slot);
        slot = deepCopy(secret);
        wipe(secret);
        done({});
    });
}

void MemoryCredentialStore::removeKey(const QString& key, DoneCallback done)
{
    post([this, key, done = std::move(done)] {
        if (m_simulateUnavailable) {
            done(unavailable(key));
            return;
        }
        const auto it = m_vault->m_secrets.find(key);
        if (it != m_vault->m_secrets.end()) {
            wipe(it.value());
            m_vault->m_secrets.erase(it);
        }
        done({});
    });
}

} // namespace Bureau

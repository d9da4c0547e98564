// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/CredentialStore.h"

namespace Bureau
{

/**
 * The operating system's keychain through QtKeychain (on Linux: the Secret Service — GNOME Keyring,
 * KWallet — through libsecret), service "Bureau", keys `bureau/<database uuid>/<name>`
 * (DESIGN.md, Secrets).
 *
 * - **No plaintext fallback**: every job is built with `setInsecureFallback(false)`, explicitly.
 *   Without a keychain, operations fail as Io and the caller keeps secrets for the session only
 *   (MemoryCredentialStore) and tells the user.
 * - **Timeouts**: each operation fails as Io once timeoutMs() has passed since it was asked for, be
 *   it still waiting for its turn or running (a locked keyring under a display can wait forever on a
 *   prompt). Without a D-Bus, or without a Secret Service on it, jobs fail within milliseconds.
 * - **Clean-up**: jobs have no parent and `setAutoDelete(true)`: QtKeychain deletes each one after
 *   it finishes. A job that timed out is disconnected and left to delete itself — libsecret's
 *   callback still holds it, so deleting it would be a use-after-free. A job that never started is
 *   deleted at once.
 * - **One job at a time**: QtKeychain runs jobs one after the other (its JobExecutor), so a job that
 *   hangs would hold every later one — which would then run, unseen, long after its caller was told
 *   it had failed. Bureau keeps its own queue instead (one per process, on the GUI thread) and starts
 *   a job only when the previous one has finished: an operation that times out before its turn never
 *   runs. While a timed-out job is still pending, new operations fail at once (Io) instead of waiting
 *   behind it; they work again as soon as it finishes (the user answered the unlock prompt, say).
 * - It never writes on its own: see CredentialStore.
 *
 * Jobs run on the event loop of the thread that uses the stores (the GUI thread; the CLI spins a
 * QEventLoop through the `…Sync` calls). Qt must use its GLib event dispatcher (the default on
 * Debian), since libsecret answers through GLib's main context.
 */
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString& databaseUuid, QObject* parent = nullptr);
    ~KeychainCredentialStore() override;

    bool isPersistent() const override { return true; }

    /**
     * Keychain jobs of this process that timed out and have not finished yet (0 or 1: jobs run one at
     * a time). While there is one, operations fail at once. For tests and diagnostics.
     */
    static int pendingAbandonedJobs();

protected:
    void readKey(const QString& key, ReadCallback done) override;
    void writeKey(const QString& key, const QString& secret, DoneCallback done) override;
    void removeKey(const QString& key, DoneCallback done) override;
};

} // namespace Bureau

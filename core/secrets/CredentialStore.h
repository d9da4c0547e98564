// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Bureau
{

/**
 * Where the secrets of one database live (DESIGN.md, Secrets): the passwords for e-mail, calendar
 * servers and the client accounts an assistant manages. The database keeps an entry's name
 * (CredentialIndex), never its secret; settings, logs, exports and Error::detail never hold one.
 *
 * **Keys.** A store is built for one database and scopes every name to it: the key sent to the
 * keychain is `bureau/<database uuid>/<name>` under the service "Bureau", so two databases never
 * share or overwrite each other's secrets. Names are validated (validateName()); names starting with
 * '.' are reserved for the store itself (probe()).
 *
 * **Secrets** are QString (what a password field gives), stored as UTF-8 text. Copies the store
 * itself owns are wiped before they are released (wipe()); copies handed to callers are theirs.
 *
 * **Asynchronous.** read(), write(), remove() and probe() return at once and complete exactly once,
 * later, on this object's thread (never from inside the call), by calling `done` — unless the store
 * or the `context` object (when given) is destroyed first: then `done` is never called. Each call is
 * bounded by timeoutMs(). The `…Sync` variants spin a local QEventLoop until then (for the CLI and
 * tests; the GUI uses the asynchronous calls).
 *
 * **Errors** (Error::Kind):
 *   - NotFound: read() of a name that has no entry (remove() of an absent entry succeeds);
 *   - Io: the keychain is not available (no D-Bus, no Secret Service, no answer within the timeout);
 *     the message says so ("The system keychain is not available: …");
 *   - Conflict: the keychain refused access (locked, or the user said no);
 *   - Invalid: a name or secret that validateName()/validateSecret() refuse;
 *   - Generic: anything else.
 *
 * **Never writes on its own.** Only write() writes an entry, and probe() its own probe entry; no
 * read, failed or not, is ever followed by a write. A caller that writes after a read must do so
 * only after a successful read or a NotFound, never after another error.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Status)>;

    static constexpr int MaxNameLength = 200;
    static constexpr int MaxSecretLength = 65536;
    static constexpr int DefaultTimeoutMs = 5000;

    ~CredentialStore() override;

    /** The keychain service every entry is filed under: "Bureau". */
    static QString serviceName();

    /**
     * A usable name: not empty, at most MaxNameLength characters, printable characters only (no
     * control or format character), no leading or trailing space, not starting with '.'.
     */
    static Status validateName(const QString& name);
    /** A storable secret: not empty, at most MaxSecretLength characters. The message never quotes it. */
    static Status validateSecret(const QString& secret);

    /** Overwrites the characters of `secret` when this string is their only holder, then clears it. */
    static void wipe(QString& secret);

    /** The UUID of the database this store belongs to (Database::uuid()). */
    const QString& databaseUuid() const { return m_databaseUuid; }
    /** The key sent to the keychain for `name`: `bureau/<uuid>/<name>`. */
    QString keyFor(const QString& name) const;

    /** How long one operation may take before it fails as Io ("not available"). */
    int timeoutMs() const { return m_timeoutMs; }
    /** Applies to operations started afterwards. */
    void setTimeoutMs(int ms);

    /**
     * Whether the keychain answered the last exchange that tells: true after a success or a NotFound,
     * false after an Io failure (unavailable, timed out); unchanged by other errors; false until the
     * first exchange (call probe() at start-up).
     */
    bool isAvailable() const { return m_available; }

    /** False for a store whose secrets last for this session only (MemoryCredentialStore). */
    virtual bool isPersistent() const = 0;

    void read(const QString& name, const QObject* context, ReadCallback done);
    void write(const QString& name, const QString& secret, const QObject* context, DoneCallback done);
    void remove(const QString& name, const QObject* context, DoneCallback done);
    /**
     * Is the keychain usable? Writes a random value under a reserved probe key, reads it back and
     * deletes it: each step must succeed. Updates isAvailable().
     */
    void probe(const QObject* context, DoneCallback done);

    Result<QString> readSync(const QString& name);
    Status writeSync(const QString& name, const QString& secret);
    Status removeSync(const QString& name);
    Status probeSync();

signals:
    void availabilityChanged(bool available);

protected:
    CredentialStore(const QString& databaseUuid, QObject* parent);

    /**
     * The primitives, given a validated full key (keyFor()) and, for writes, a validated secret. Each
     * must complete exactly once, later (never from inside the call), within timeoutMs(), and never
     * after this store is destroyed. Errors follow the kinds above.
     */
    virtual void readKey(const QString& key, ReadCallback done) = 0;
    virtual void writeKey(const QString& key, const QString& secret, DoneCallback done) = 0;
    virtual void removeKey(const QString& key, DoneCallback done) = 0;

    /** The name part of a full key, for messages. */
    QString nameOf(const QString& key) const;
    /** Calls `fn` later from this object's event loop; dropped if the store is destroyed first. */
    void post(std::function<void()> fn);

private:
    Status checkIdentity() const;
    void noteOutcome(const Error* error);
    /** Wraps a caller's callback: records the outcome, then calls it unless `context` is gone. */
    template<typename Outcome>
    std::function<void(Outcome)> completion(const QObject* context, std::function<void(Outcome)> done);
    void setAvailable(bool available);
    int syncDeadlineMs(int operations) const;

    QString m_databaseUuid;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_available = false;
};

} // namespace Bureau

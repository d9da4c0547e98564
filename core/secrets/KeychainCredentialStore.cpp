// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <utility>

namespace Bureau
{

namespace
{

Q_LOGGING_CATEGORY(lcSecrets, "bureau.secrets")

/** What became of one keychain job. Never logged: `text` is the secret a read returned. */
struct Outcome
{
    enum class End
    {
        Finished, // the job finished: see error
        TimedOut, // no answer within the timeout
        Blocked,  // not started: an earlier job timed out and has not finished yet
    };

    End end = End::Finished;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

/**
 * One operation of a store: the job that carries it (not started until its turn), its deadline and
 * whom to tell. A child of its store, so a destroyed store never hears back. Deletes an unstarted
 * job with itself; a started job belongs to QtKeychain, which deletes it once finished.
 */
class KeychainRequest final : public QObject
{
public:
    using Completion = std::function<void(const Outcome&)>;

    KeychainRequest(QObject* store, QKeychain::Job* job, int timeoutMs, Completion done);
    ~KeychainRequest() override;

    QKeychain::Job* job() const { return m_job; }
    QString key() const { return m_key; }
    void markStarted() { m_started = true; }
    /** Once: stops the deadline, hands the outcome to the store from its event loop, goes away. */
    void complete(const Outcome& outcome);

private:
    QKeychain::Job* m_job;
    QString m_key;
    bool m_started = false;
    bool m_completed = false;
    QTimer m_deadline;
    Completion m_done;
};

/**
 * Runs keychain jobs one at a time, in order, for every store of the process (see the class comment
 * of KeychainCredentialStore for why). Lives, leaked on purpose, in the thread that first used it.
 */
class KeychainGate final : public QObject
{
public:
    static KeychainGate& instance()
    {
        // Leaked: a job may finish during shutdown, after static destructors would have run.
        static KeychainGate* gate = new KeychainGate;
        Q_ASSERT(QThread::currentThread() == gate->thread());
        return *gate;
    }

    void submit(KeychainRequest* request);
    void timedOut(KeychainRequest* request);
    int pendingAbandoned() const { return m_abandoned ? 1 : 0; }

private:
    void startNext();
    void jobFinished(QKeychain::Job* job);
    void abandonedJobGone();

    QList<QPointer<KeychainRequest>> m_queue;
    QPointer<QKeychain::Job> m_job;      // the job QtKeychain is running, if any
    QPointer<KeychainRequest> m_request; // the request it answers; null once abandoned or destroyed
    QMetaObject::Connection m_finished;
    bool m_abandoned = false; // m_job timed out; it is left to finish and delete itself
};

KeychainRequest::KeychainRequest(QObject* store, QKeychain::Job* job, int timeoutMs, Completion done)
    : QObject(store)
    , m_job(job)
    , m_key(job->key())
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { KeychainGate::instance().timedOut(this); });
    m_deadline.start(timeoutMs);
}

KeychainRequest::~KeychainRequest()
{
    // Never started: nothing outside holds the job. Started: QtKeychain and libsecret do.
    if (!m_started)
        delete m_job;
}

void KeychainRequest::complete(const Outcome& outcome)
{
    if (m_completed)
        return;
    m_completed = true;
    m_deadline.stop();
    // Through the store's event loop, so that a caller may delete the store from its callback
    // without pulling objects out from under the gate or this request's timer.
    QMetaObject::invokeMethod(
        parent(), [done = std::move(m_done), outcome] { done(outcome); }, Qt::QueuedConnection);
    deleteLater();
}

void KeychainGate::submit(KeychainRequest* request)
{
    if (m_abandoned) {
        // Later, as every completion: never from inside the caller's call.
        QMetaObject::invokeMethod(
            request,
            [request] {
                request->complete(Outcome{Outcome::End::Blocked, {}, {}, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    m_queue.append(request);
    startNext();
}

void KeychainGate::startNext()
{
    if (m_job || m_abandoned)
        return;
    while (!m_queue.isEmpty()) {
        const QPointer<KeychainRequest> request = m_queue.takeFirst();
        if (!request)
            continue; // its store went away
        request->markStarted();
        m_job = request->job();
        m_request = request;
        m_finished = connect(request->job(), &QKeychain::Job::finished, this, &KeychainGate::jobFinished);
        m_job->start();
        return;
    }
}

void KeychainGate::jobFinished(QKeychain::Job* job)
{
    Q_ASSERT(job == m_job);
    disconnect(m_finished);
    Outcome outcome;
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if (outcome.error == QKeychain::NoError) {
        if (const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
            outcome.text = read->textData();
    }
    const QPointer<KeychainRequest> request = std::exchange(m_request, nullptr);
    m_job = nullptr; // QtKeychain deletes it (auto-delete) once this signal returns
    if (request)
        request->complete(outcome);
    startNext();
}

void KeychainGate::timedOut(KeychainRequest* request)
{
    if (m_request != request) {
        // Still waiting for its turn: it never runs.
        m_queue.removeAll(request);
        request->complete(Outcome{Outcome::End::TimedOut, {}, {}, {}});
        return;
    }
    // Running: libsecret's callback still holds the job, so it must not be deleted. Stop listening
    // and let it finish and delete itself; only then may another job start.
    qCWarning(lcSecrets) << "keychain job for" << request->key() << "timed out; left to finish on its own";
    disconnect(m_finished);
    m_request = nullptr;
    if (m_job) {
        m_abandoned = true;
        connect(m_job.data(), &QObject::destroyed, this, &KeychainGate::abandonedJobGone);
    }
    request->complete(Outcome{Outcome::End::TimedOut, {}, {}, {}});
    // Whatever waits behind it would wait as long: fail it now.
    const QList<QPointer<KeychainRequest>> waiting = std::exchange(m_queue, {});
    for (const QPointer<KeychainRequest>& next : waiting) {
        if (next)
            next->complete(Outcome{Outcome::End::Blocked, {}, {}, {}});
    }
}

void KeychainGate::abandonedJobGone()
{
    qCInfo(lcSecrets) << "a keychain job that had timed out has finished";
    m_abandoned = false;
    m_job = nullptr;
    startNext();
}

template<typename JobType>
JobType* newJob(const QString& key)
{
    // No parent: QtKeychain deletes the job itself once finished (and a timed-out job must outlive
    // whatever asked for it).
    auto* job = new JobType(CredentialStore::serviceName());
    job->setKey(key);
    job->setAutoDelete(true);
    // Never a plaintext file in place of the keychain, whatever QtKeychain's default may become.
    job->setInsecureFallback(false);
    return job;
}

enum class Operation
{
    Read,
    Write,
    Remove,
};

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Write:
        return QStringLiteral("write");
    case Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString& databaseUuid, QObject* parent)
    : CredentialStore(databaseUuid, parent)
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

int KeychainCredentialStore::pendingAbandonedJobs()
{
    return KeychainGate::instance().pendingAbandoned();
}

namespace
{

/** The error for a finished, timed-out or blocked job; nullopt when it succeeded. */
std::optional<Error> errorFor(const Outcome& outcome, Operation operation, const QString& key, const QString& name,
                              int timeoutMs)
{
    const QString detail = QStringLiteral("%1 %2: ").arg(operationName(operation), key);
    switch (outcome.end) {
    case Outcome::End::TimedOut: {
        const int seconds = (timeoutMs + 999) / 1000;
        return Error::make(
            Error::Kind::Io,
            KeychainCredentialStore::tr("The system keychain is not available: it did not answer within %n second(s).",
                                        nullptr, seconds),
            detail + QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    }
    case Outcome::End::Blocked:
        return Error::make(Error::Kind::Io,
                           KeychainCredentialStore::tr(
                               "The system keychain is not available: it has not answered an earlier request."),
                           detail + QStringLiteral("not started: an earlier job timed out and is still pending"));
    case Outcome::End::Finished:
        break;
    }

    const QString jobDetail =
        detail + QStringLiteral("QtKeychain error %1 (%2)").arg(int(outcome.error)).arg(outcome.errorString);
    switch (outcome.error) {
    case QKeychain::NoError:
        return std::nullopt;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return std::nullopt; // removing what is not there leaves what was asked for
        return Error::make(Error::Kind::NotFound,
                           KeychainCredentialStore::tr("The system keychain holds no secret named “%1”.").arg(name),
                           jobDetail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(
            Error::Kind::Conflict,
            KeychainCredentialStore::tr("The system keychain refused access to the secret “%1”; it may be locked.")
                .arg(name),
            jobDetail);
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(
            Error::Kind::Generic,
            KeychainCredentialStore::tr("The secret “%1” could not be deleted from the system keychain.").arg(name),
            jobDetail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing D-Bus or Secret Service as OtherError, with GLib's text.
    return Error::make(Error::Kind::Io,
                       KeychainCredentialStore::tr("The system keychain is not available: no Secret Service (such "
                                                   "as GNOME Keyring or KWallet) answered."),
                       jobDetail);
}

} // namespace

void KeychainCredentialStore::readKey(const QString& key, ReadCallback done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(key);
    auto* request = new KeychainRequest(
        this, job, timeoutMs(), [this, key, timeout = timeoutMs(), done = std::move(done)](const Outcome& outcome) {
            if (auto error = errorFor(outcome, Operation::Read, key, nameOf(key), timeout)) {
                if (error->kind != Error::Kind::NotFound)
                    qCWarning(lcSecrets).noquote() << error->detail;
                done(*error);
                return;
            }
            done(outcome.text);
        });
    KeychainGate::instance().submit(request);
}

void KeychainCredentialStore::writeKey(const QString& key, const QString& secret, DoneCallback done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret); // UTF-8, a "plaintext" entry of the Secret Service (a password)
    auto* request = new KeychainRequest(
        this, job, timeoutMs(), [this, key, timeout = timeoutMs(), done = std::move(done)](const Outcome& outcome) {
            if (auto error = errorFor(outcome, Operation::Write, key, nameOf(key), timeout)) {
                qCWarning(lcSecrets).noquote() << error->detail;
                done(*error);
                return;
            }
            done({});
        });
    KeychainGate::instance().submit(request);
}

void KeychainCredentialStore::removeKey(const QString& key, DoneCallback done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(key);
    auto* request = new KeychainRequest(
        this, job, timeoutMs(), [this, key, timeout = timeoutMs(), done = std::move(done)](const Outcome& outcome) {
            if (auto error = errorFor(outcome, Operation::Remove, key, nameOf(key), timeout)) {
                qCWarning(lcSecrets).noquote() << error->detail;
                done(*error);
                return;
            }
            done({});
        });
    KeychainGate::instance().submit(request);
}

} // namespace Bureau

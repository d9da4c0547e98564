// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/CredentialStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <cstring>
#include <optional>

namespace Bureau
{

namespace
{

/** The probe entry of a database: a name validateName() refuses, so no user entry can take it. */
QString probeName()
{
    return QStringLiteral(".probe");
}

/**
 * Runs an asynchronous call and spins a local event loop until it completes or `deadlineMs` passes.
 * The completion may still arrive after a deadline (it then lands in the shared state, unseen): it
 * holds nothing of this stack frame.
 */
template<typename R>
R runSync(int deadlineMs, const std::function<void(std::function<void(R)>)>& start, const Error& onDeadline)
{
    struct State
    {
        std::optional<R> result;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    QPointer<QEventLoop> loopGuard(&loop);
    start([state, loopGuard](R result) {
        state->result.emplace(std::move(result));
        if (loopGuard)
            loopGuard->quit();
    });
    if (!state->result) {
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(deadlineMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!state->result)
        return onDeadline;
    return std::move(*state->result);
}

} // namespace

CredentialStore::CredentialStore(const QString& databaseUuid, QObject* parent)
    : QObject(parent)
    , m_databaseUuid(databaseUuid)
{
    Q_ASSERT(!QUuid::fromString(databaseUuid).isNull());
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral("Bureau");
}

Status CredentialStore::validateName(const QString& name)
{
    if (name.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("A stored secret needs a name."));
    if (name.size() > MaxNameLength)
        return Error::make(Error::Kind::Invalid,
                           tr("The name of a stored secret is at most %n character(s) long.", nullptr, MaxNameLength),
                           QStringLiteral("name of %1 UTF-16 units").arg(name.size()));
    if (!name.isValidUtf16()) // a lone surrogate, which toUcs4() would turn into a printable U+FFFD
        return Error::make(Error::Kind::Invalid,
                           tr("The name “%1” holds a character that cannot be shown (a control or format "
                              "character).")
                               .arg(name.simplified()),
                           QStringLiteral("invalid UTF-16"));
    const QList<uint> codePoints = name.toUcs4();
    for (const uint codePoint : codePoints) {
        if (!QChar::isPrint(char32_t(codePoint)))
            return Error::make(Error::Kind::Invalid,
                               tr("The name “%1” holds a character that cannot be shown (a control or format "
                                  "character).")
                                   .arg(name.simplified()),
                               QStringLiteral("code point U+%1").arg(codePoint, 4, 16, QLatin1Char('0')));
    }
    if (name.front().isSpace() || name.back().isSpace())
        return Error::make(Error::Kind::Invalid, tr("The name “%1” starts or ends with a space.").arg(name.trimmed()));
    if (name.startsWith(QLatin1Char('.')))
        return Error::make(Error::Kind::Invalid,
                           tr("The name “%1” starts with a dot; such names are reserved for Bureau.").arg(name));
    return {};
}

Status CredentialStore::validateSecret(const QString& secret)
{
    if (secret.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("An empty secret cannot be stored; remove the entry instead."));
    if (secret.size() > MaxSecretLength)
        return Error::make(Error::Kind::Invalid,
                           tr("A secret is at most %n character(s) long.", nullptr, MaxSecretLength));
    return {};
}

void CredentialStore::wipe(QString& secret)
{
    // Only a buffer this string alone holds can be overwritten: a shared one belongs to someone else
    // too, and a literal's is read-only (isDetached() is false for both).
    if (!secret.isEmpty() && secret.isDetached()) {
        QChar* data = secret.data();
        const size_t bytes = size_t(secret.size()) * sizeof(QChar);
#if defined(__GLIBC__)
        explicit_bzero(data, bytes);
#else
        volatile char* bytesOf = reinterpret_cast<volatile char*>(data);
        for (size_t i = 0; i < bytes; ++i)
            bytesOf[i] = 0;
#endif
    }
    secret.clear();
}

QString CredentialStore::keyFor(const QString& name) const
{
    return QStringLiteral("bureau/") % m_databaseUuid % QLatin1Char('/') % name;
}

QString CredentialStore::nameOf(const QString& key) const
{
    const QString prefix = keyFor(QString());
    return key.startsWith(prefix) ? key.mid(prefix.size()) : key;
}

void CredentialStore::setTimeoutMs(int ms)
{
    Q_ASSERT(ms > 0);
    m_timeoutMs = qMax(1, ms);
}

void CredentialStore::post(std::function<void()> fn)
{
    // A queued call with this object as context: discarded if the store is destroyed first.
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

Status CredentialStore::checkIdentity() const
{
    if (QUuid::fromString(m_databaseUuid).isNull())
        return Error::make(Error::Kind::Invalid,
                           tr("This database has no identity, so its secrets cannot be kept apart from those of "
                              "another database."),
                           QStringLiteral("database uuid “%1”").arg(m_databaseUuid));
    return {};
}

void CredentialStore::noteOutcome(const Error* error)
{
    if (!error || error->kind == Error::Kind::NotFound)
        setAvailable(true);
    else if (error->kind == Error::Kind::Io)
        setAvailable(false);
}

void CredentialStore::setAvailable(bool available)
{
    if (m_available == available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

int CredentialStore::syncDeadlineMs(int operations) const
{
    // The primitives complete within the timeout; the margin only guards against a broken one.
    return operations * m_timeoutMs + 2000;
}

template<typename Outcome>
std::function<void(Outcome)> CredentialStore::completion(const QObject* context, std::function<void(Outcome)> done)
{
    const bool hasContext = context != nullptr;
    return [this, hasContext, guard = QPointer<const QObject>(context), done = std::move(done)](Outcome outcome) {
        noteOutcome(outcome.ok() ? nullptr : &outcome.error());
        if (hasContext && !guard)
            return;
        done(std::move(outcome));
    };
}

void CredentialStore::read(const QString& name, const QObject* context, ReadCallback done)
{
    ReadCallback finish = completion(context, std::move(done));
    Status valid = checkIdentity();
    if (valid)
        valid = validateName(name);
    if (!valid) {
        post([finish, error = valid.error()] { finish(error); });
        return;
    }
    readKey(keyFor(name), std::move(finish));
}

void CredentialStore::write(const QString& name, const QString& secret, const QObject* context, DoneCallback done)
{
    DoneCallback finish = completion(context, std::move(done));
    Status valid = checkIdentity();
    if (valid)
        valid = validateName(name);
    if (valid)
        valid = validateSecret(secret);
    if (!valid) {
        post([finish, error = valid.error()] { finish(error); });
        return;
    }
    writeKey(keyFor(name), secret, std::move(finish));
}

void CredentialStore::remove(const QString& name, const QObject* context, DoneCallback done)
{
    DoneCallback finish = completion(context, std::move(done));
    Status valid = checkIdentity();
    if (valid)
        valid = validateName(name);
    if (!valid) {
        post([finish, error = valid.error()] { finish(error); });
        return;
    }
    removeKey(keyFor(name), std::move(finish));
}

void CredentialStore::probe(const QObject* context, DoneCallback done)
{
    DoneCallback finish = completion(context, std::move(done));
    if (Status valid = checkIdentity(); !valid) {
        post([finish, error = valid.error()] { finish(error); });
        return;
    }
    // Not a secret: a random value that shows the keychain gives back what it was given.
    const QString key = keyFor(probeName());
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 36)
                          + QString::number(QRandomGenerator::system()->generate64(), 36);
    // The primitives never complete after this store is destroyed: capturing `this` is safe.
    writeKey(key, token, [this, key, token, finish](Status written) {
        if (!written) {
            finish(written);
            return;
        }
        readKey(key, [this, key, token, finish](Result<QString> readBack) {
            if (!readBack) {
                finish(readBack.error());
                return;
            }
            if (readBack.value() != token) {
                finish(Error::make(Error::Kind::Generic,
                                   tr("The system keychain gave back something other than what was just stored in it."),
                                   QStringLiteral("probe mismatch for key %1").arg(key)));
                return;
            }
            removeKey(key, finish);
        });
    });
}

Result<QString> CredentialStore::readSync(const QString& name)
{
    return runSync<Result<QString>>(
        syncDeadlineMs(1), [this, &name](ReadCallback done) { read(name, nullptr, std::move(done)); },
        Error::make(Error::Kind::Io, tr("The system keychain is not available: it did not answer in time."),
                    QStringLiteral("readSync deadline")));
}

Status CredentialStore::writeSync(const QString& name, const QString& secret)
{
    return runSync<Status>(
        syncDeadlineMs(1), [this, &name, &secret](DoneCallback done) { write(name, secret, nullptr, std::move(done)); },
        Error::make(Error::Kind::Io, tr("The system keychain is not available: it did not answer in time."),
                    QStringLiteral("writeSync deadline")));
}

Status CredentialStore::removeSync(const QString& name)
{
    return runSync<Status>(
        syncDeadlineMs(1), [this, &name](DoneCallback done) { remove(name, nullptr, std::move(done)); },
        Error::make(Error::Kind::Io, tr("The system keychain is not available: it did not answer in time."),
                    QStringLiteral("removeSync deadline")));
}

Status CredentialStore::probeSync()
{
    return runSync<Status>(
        syncDeadlineMs(3), [this](DoneCallback done) { probe(nullptr, std::move(done)); },
        Error::make(Error::Kind::Io, tr("The system keychain is not available: it did not answer in time."),
                    QStringLiteral("probeSync deadline")));
}

} // namespace Bureau

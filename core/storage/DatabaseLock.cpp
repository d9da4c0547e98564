// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseLock.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace Bureau
{

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_lock(std::make_unique<QLockFile>(lockPathFor(databasePath)))
{
    // A lock left by a crashed process is stale at once when its PID is gone; QLockFile checks
    // that itself. The time-based staleness must never steal a live GUI's lock.
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

QString DatabaseLock::lockPathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

Status DatabaseLock::tryLock()
{
    if (m_lock->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    m_lock->getLockInfo(&pid, &host, &application);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        return Error::make(Error::Kind::Locked,
                           tr("“%1” is already open in Bureau (process %2). Bureau shows one window per "
                              "database.")
                               .arg(QDir::toNativeSeparators(m_databasePath))
                               .arg(pid),
                           QStringLiteral("pid %1 on %2 (%3)").arg(pid).arg(host, application));
    case QLockFile::PermissionError:
        return Error::make(Error::Kind::Io,
                           tr("Bureau cannot create its lock file beside “%1”: permission denied.")
                               .arg(QDir::toNativeSeparators(m_databasePath)),
                           lockPathFor(m_databasePath));
    default:
        return Error::make(Error::Kind::Io,
                           tr("Bureau cannot lock “%1”.").arg(QDir::toNativeSeparators(m_databasePath)),
                           lockPathFor(m_databasePath));
    }
}

bool DatabaseLock::isLocked() const
{
    return m_lock->isLocked();
}

bool DatabaseLock::isHeldByAnother(const QString& databasePath, qint64* pid)
{
    // Reads the lock's owner without taking it: taking it, even for an instant, could make a GUI
    // starting at that moment believe another one holds the database.
    const QLockFile probe(lockPathFor(databasePath));
    qint64 owner = 0;
    QString host;
    QString application;
    if (!probe.getLockInfo(&owner, &host, &application) || owner <= 0)
        return false;
    if (pid)
        *pid = owner;
    if (host != QSysInfo::machineHostName())
        return true; // another machine's process: assume alive
    return ::kill(static_cast<pid_t>(owner), 0) == 0 || errno == EPERM;
}

} // namespace Bureau

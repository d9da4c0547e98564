// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseLock.h"

#include <QDir>
#include <QFileInfo>

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
    QLockFile probe(lockPathFor(databasePath));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    if (pid) {
        QString host;
        QString application;
        probe.getLockInfo(pid, &host, &application);
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace Bureau

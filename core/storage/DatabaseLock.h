// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Bureau
{

/**
 * The GUI's claim on a database file: a QLockFile beside it (`bureau.sqlite.lock`). A second GUI
 * on the same file is told so; bureau-cli does not take it (SQLite serialises writers) but
 * refuses to restore a backup over a database the GUI has open.
 */
class DatabaseLock final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)

public:
    explicit DatabaseLock(const QString& databasePath);
    ~DatabaseLock();

    static QString lockPathFor(const QString& databasePath);

    /** Takes the lock; Error::Kind::Locked names the process holding it. Stale locks are taken over. */
    Status tryLock();
    bool isLocked() const;
    /** True when another live process holds the lock on this database. */
    static bool isHeldByAnother(const QString& databasePath, qint64* pid = nullptr);

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Bureau

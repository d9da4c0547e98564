// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseWatcher.h"

#include "core/storage/Database.h"

namespace Bureau
{

DatabaseWatcher::DatabaseWatcher(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_lastVersion(database.dataVersion())
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::checkNow);
    m_timer.start();
}

DatabaseWatcher::~DatabaseWatcher() = default;

void DatabaseWatcher::setIntervalMs(int ms)
{
    m_timer.setInterval(qMax(1, ms));
}

void DatabaseWatcher::start()
{
    m_timer.start();
}

void DatabaseWatcher::stop()
{
    m_timer.stop();
}

bool DatabaseWatcher::checkNow()
{
    const qint64 version = m_database.dataVersion();
    if (version < 0)
        return false; // unreadable now (busy, closing): try again at the next tick
    if (m_lastVersion < 0) {
        m_lastVersion = version;
        return false;
    }
    if (version == m_lastVersion)
        return false;
    m_lastVersion = version;
    emit changedExternally();
    return true;
}

} // namespace Bureau

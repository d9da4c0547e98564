// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace Bureau
{

class Database;

/**
 * Notices writes made to the database file by other connections — bureau-cli beside the GUI,
 * another process — so that views can refresh what they show (DESIGN.md, Storage).
 *
 * Polls `PRAGMA data_version` on the Database's own connection: SQLite changes it when another
 * connection commits, never for this connection's own commits, so the GUI's own writes (which it
 * already shows) do not trigger a refresh. Starts watching when constructed. Must not outlive the
 * Database, and lives in the thread that uses that connection.
 */
class DatabaseWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 1000;

    explicit DatabaseWatcher(Database& database, QObject* parent = nullptr);
    ~DatabaseWatcher() override;

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int ms);

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    /**
     * Reads data_version now: emits changedExternally() and returns true when another connection
     * committed since the last check. What the timer calls; tests call it directly.
     */
    bool checkNow();

signals:
    /** Another connection committed: reload what is shown. */
    void changedExternally();

private:
    Database& m_database;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace Bureau
{

class Database;
class TimeTracker;

/**
 * The timer in the system tray, where the desktop has one (QSystemTrayIcon::isSystemTrayAvailable();
 * Debian's default GNOME has none, and the timer then lives in the toolbar only): an icon saying
 * whether a timer runs, and a menu — Stop, the recent clients to start or switch to, Open Bureau.
 */
class TimerTray final : public QObject
{
    Q_OBJECT

public:
    TimerTray(Database& database, TimeTracker& tracker, QObject* parent = nullptr);
    ~TimerTray() override;

    /** False where the desktop shows no tray: nothing is shown. */
    bool isAvailable() const { return m_icon != nullptr; }
    /** Reads the running timer and recent clients again. */
    void refresh();

    /** The menu (built even without a tray, for tests). */
    QMenu* menu() const { return m_menu; }

signals:
    void openRequested();
    /** A write failed. */
    void failed(const QString& title, const QString& message);

private:
    void rebuildMenu();

    Database& m_db;
    TimeTracker& m_tracker;
    QMenu* m_menu = nullptr;
    QSystemTrayIcon* m_icon = nullptr;
};

} // namespace Bureau

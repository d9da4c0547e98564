// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/TimeEntry.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Bureau
{

class Clock;
class Database;
class TimeTracker;

/**
 * The timer of the main toolbar: a client picker (searchable; recent clients first, then the
 * active ones), a mission picker when the client has missions, what the work is, the elapsed time
 * to the second, and Start/Stop. While a timer runs, picking another client or mission offers
 * Switch: the running entry ends when the next one starts. Editing the description of a running
 * timer saves it when the field is left.
 *
 * Shows whatever runs in the database — a timer left running before a crash or a reboot, or one
 * started by bureau-cli (refresh()).
 */
class TimerWidget final : public QWidget
{
    Q_OBJECT

public:
    TimerWidget(Database& database, TimeTracker& tracker, QWidget* parent = nullptr);

    /** Reads the running timer and the client list again. */
    void refresh();

    /** Stops the running timer, else starts one on the client picked (or asks for a client). */
    void toggle();
    bool start();
    bool stop();
    /** Stops the running timer and starts one on the client and mission picked. */
    bool switchTimer();

    const std::optional<TimeEntry>& runningEntry() const { return m_running; }

    QComboBox* clientPicker() const { return m_client; }
    QComboBox* missionPicker() const { return m_mission; }
    QLineEdit* descriptionField() const { return m_description; }
    QLabel* elapsedLabel() const { return m_elapsed; }
    QPushButton* startStopButton() const { return m_startStop; }
    QPushButton* switchButton() const { return m_switch; }

    /** The shortcut shown in the Start/Stop tooltip (the window owns it). */
    void setShortcutText(const QString& text);

signals:
    /** A write failed: the window shows it. */
    void failed(const QString& title, const Bureau::Error& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadClients();
    void reloadMissions();
    void updateState();
    void updateElapsed();
    void saveDescription();

    Database& m_db;
    TimeTracker& m_tracker;
    std::optional<TimeEntry> m_running;
    QComboBox* m_client = nullptr;
    QComboBox* m_mission = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_elapsed = nullptr;
    QPushButton* m_startStop = nullptr;
    QPushButton* m_switch = nullptr;
    QTimer* m_tick = nullptr;
    QString m_shortcutText;
    qint64 m_missionsFor = -1;
};

} // namespace Bureau

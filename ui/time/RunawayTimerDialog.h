// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/TimeEntry.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace Bureau
{

class Database;
class TimeTracker;

/**
 * Asked at start-up when the timer has run for more than 12 hours (forgotten, or left running
 * through a crash or a reboot): keep it running, stop it at a time chosen (at most a day after its
 * start, not in the future), or discard it.
 */
class RunawayTimerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        KeepRunning,
        StopAt,
        Discard,
    };

    RunawayTimerDialog(Database& database, TimeTracker& tracker, const TimeEntry& running, QWidget* parent = nullptr);

    /** Asks when the running timer has run too long; returns whether it asked. */
    static bool askIfNeeded(Database& database, TimeTracker& tracker, QWidget* parent);

    Choice choice() const;
    void setChoice(Choice choice);
    QDateTimeEdit* stopTimeEdit() const { return m_stopAt; }

    void accept() override;

private:
    Database& m_db;
    TimeTracker& m_tracker;
    TimeEntry m_running;
    QRadioButton* m_keep = nullptr;
    QRadioButton* m_stop = nullptr;
    QRadioButton* m_discard = nullptr;
    QDateTimeEdit* m_stopAt = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Bureau

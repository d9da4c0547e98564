// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/LocalCalendar.h"
#include "core/domain/TimeEntry.h"
#include "ui/clients/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeEdit;

namespace Bureau
{

class Database;
class TimeTracker;

/**
 * Adds or edits a finished time entry: client, mission, task, description, the day with a start and
 * an end — or a duration typed as people do ("1h30", "1:30", "90m", "1,5"; a bare number is hours),
 * the two kept in step —, billable, notes. Errors show next to their field; an overlap with other
 * entries shows before saving, and saving then takes a second, deliberate click ("Save anyway"). A
 * mission billed as a monthly package shows how much of the month's package is used.
 */
class TimeEntryDialog final : public RecordDialog
{
    Q_OBJECT

public:
    TimeEntryDialog(Database& database, TimeTracker& tracker, const TimeEntry& entry, QWidget* parent = nullptr);

    /** The entry as typed (not saved). */
    TimeEntry entry() const;
    /** The entry as stored, once saved. */
    const TimeEntry& saved() const { return m_saved; }

    QComboBox* clientPicker() const { return m_client; }
    QLineEdit* durationField() const { return m_duration; }
    QLineEdit* descriptionField() const { return m_description; }
    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* startEdit() const { return m_start; }
    QTimeEdit* endEdit() const { return m_end; }
    QCheckBox* billableBox() const { return m_billable; }
    QLabel* overlapWarning() const { return m_overlap; }

protected:
    bool save() override;
    void retranslateUi() override;

private:
    void clientChanged();
    void startChanged();
    void endChanged();
    void durationEdited();
    void checkOverlaps();
    void updatePackageHint();
    qint64 startMs() const;
    /** The duration typed, if it reads. */
    std::optional<qint64> typedMinutes() const;

    Database& m_db;
    TimeTracker& m_tracker;
    TimeEntry m_base;
    TimeEntry m_saved;
    LocalCalendar m_calendar;
    QComboBox* m_client = nullptr;
    QComboBox* m_mission = nullptr;
    QComboBox* m_task = nullptr;
    QLineEdit* m_description = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QLabel* m_to = nullptr;
    QLineEdit* m_duration = nullptr;
    QCheckBox* m_billable = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_overlap = nullptr;
    /** The overlaps the user has seen: saving again with the same ones goes ahead. */
    QList<qint64> m_overlapIds;
};

} // namespace Bureau

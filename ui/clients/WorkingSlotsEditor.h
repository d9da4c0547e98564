// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ClientRecords.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;
class QToolButton;
class QVBoxLayout;

namespace Bureau
{

/**
 * The weekly working slots of a mission, in the mission's zone: one row per slot (day, start,
 * end), a button to add one and one to add Monday to Friday at once. Under them, live, the same
 * slots in the user's zone ("In your time (Paris): Mon–Fri 15:00–18:00"). An end of 00:00 is
 * midnight at the end of the day.
 */
class WorkingSlotsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkingSlotsEditor(QWidget* parent = nullptr);

    QList<WorkingSlot> slotList() const;
    void setSlotList(const QList<WorkingSlot>& list);
    /** The mission's zone (slots are typed in it) and the user's (the equivalent shown). */
    void setZones(const QTimeZone& missionZone, const QTimeZone& userZone);
    /** The week the equivalent is computed for (offsets move with daylight saving time). */
    void setReferenceDate(const QDate& date);

    QLabel* equivalentLabel() const { return m_equivalent; }
    QPushButton* addButton() const { return m_add; }
    /** Adds a slot (Monday 9:00–12:00 after the last row's day) and returns nothing; for the button and tests. */
    void addSlot(const WorkingSlot& slot);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QComboBox* day = nullptr;
        QTimeEdit* start = nullptr;
        QTimeEdit* end = nullptr;
        QToolButton* remove = nullptr;
    };

    void appendRow(const WorkingSlot& slot);
    void removeRow(QWidget* rowWidget);
    void fillDays(QComboBox* box) const;
    void updateEquivalent();
    void retranslateUi();

    QVBoxLayout* m_rowsLayout = nullptr;
    QList<Row> m_rows;
    QPushButton* m_add = nullptr;
    QPushButton* m_weekdays = nullptr;
    QLabel* m_equivalent = nullptr;
    QLabel* m_none = nullptr;
    QTimeZone m_missionZone;
    QTimeZone m_userZone;
    QDate m_reference;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "ui/widgets/ViewPage.h"

#include <QDate>
#include <QList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace Bureau
{

struct AppContext;
class EmptyState;
class PillLabel;
class TimeEntryListModel;
class TimeTracker;
class TimesheetModel;

/**
 * The Time area: three ways to look at the hours, switched in the header.
 * - Week: the timesheet — a row per client and mission, a column per day, totals; type "2h" into a
 *   cell to make that day total two hours; previous, next and this week; billable and non-billable
 *   totals; "Add row" for a client or mission without time yet that week.
 * - Day: the day's entries, to add, edit, delete, split and merge (buttons, context menu,
 *   double-click to edit); invoiced entries show a lock and cannot change.
 * - All entries: every entry, latest first, filtered by client, scrolling lazily through any number.
 *
 * Shortcuts: Ctrl+N add time; Alt+Left/Alt+Right previous/next week or day; Delete deletes the
 * selected entries of the day.
 */
class TimeView final : public ViewPage
{
    Q_OBJECT

public:
    enum class Mode
    {
        Week,
        Day,
        All,
    };

    TimeView(AppContext& context, TimeTracker& tracker, QWidget* parent = nullptr);
    ~TimeView() override;

    /** Reads everything again (another process wrote, or entries changed). */
    void refresh();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /** The week holding @p anyDay in the timesheet. */
    void showWeek(QDate anyDay);
    /** The day list on @p day. */
    void showDay(QDate day);
    QDate shownDay() const { return m_day; }

    /** Opens the editor for new time on @p day (today when invalid); returns the saved id, 0 if cancelled. */
    qint64 addEntry(QDate day = {});
    /** Opens the editor on an entry (refused, saying why, when it is locked or running). */
    bool editEntry(qint64 id);
    /** Deletes entries after asking. */
    bool deleteEntries(const QList<qint64>& ids);
    /** Cuts an entry in two at @p atMs. */
    bool splitEntry(qint64 id, qint64 atMs);
    /** Asks where to cut the selected entry, then cuts it. */
    bool splitSelected();
    bool mergeEntries(const QList<qint64>& ids);
    /** Adds an empty timesheet row; returns its row. */
    int addTimesheetRow(qint64 clientId, qint64 missionId, bool billable = true);
    /** Asks for a client and mission, then adds their row to the timesheet. */
    void askTimesheetRow();

    QList<qint64> selectedDayEntryIds() const;

    TimesheetModel* timesheet() const { return m_timesheet; }
    QTableView* timesheetTable() const { return m_sheet; }
    QLabel* weekLabel() const { return m_weekLabel; }
    QLabel* weekTotals() const { return m_totals; }
    QTreeWidget* dayList() const { return m_dayList; }
    TimeEntryListModel* entries() const { return m_entries; }
    QTableView* entryTable() const { return m_entryTable; }
    QComboBox* entryClientFilter() const { return m_clientFilter; }

protected:
    void retranslateUi() override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildWeekPage();
    QWidget* buildDayPage();
    QWidget* buildAllPage();
    QToolButton* navButton(const QString& icon, QWidget* parent);
    void reloadWeek();
    void reloadDay();
    void updateWeekTexts();
    void updateDayButtons();
    void updateEmptyState();
    void updateEntryCount();
    void fillClientFilter();
    void showDayMenu(const QPoint& position);
    void showEntryMenu(const QPoint& position);
    void step(int direction);
    void showError(const QString& title, const Error& error);

    AppContext& m_context;
    TimeTracker& m_tracker;
    Mode m_mode = Mode::Week;
    QDate m_day;
    bool m_hasEntries = false;

    QWidget* m_switch = nullptr;
    QButtonGroup* m_modes = nullptr;
    QToolButton* m_weekButton = nullptr;
    QToolButton* m_dayButton = nullptr;
    QToolButton* m_allButton = nullptr;
    QStackedWidget* m_pages = nullptr;

    // Week
    TimesheetModel* m_timesheet = nullptr;
    QTableView* m_sheet = nullptr;
    QStackedWidget* m_weekStack = nullptr;
    EmptyState* m_weekEmpty = nullptr;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_totals = nullptr;
    QToolButton* m_prevWeek = nullptr;
    QToolButton* m_nextWeek = nullptr;
    QPushButton* m_thisWeek = nullptr;
    QPushButton* m_addRow = nullptr;

    // Day
    QTreeWidget* m_dayList = nullptr;
    QStackedWidget* m_dayStack = nullptr;
    EmptyState* m_dayEmpty = nullptr;
    QLabel* m_dayLabel = nullptr;
    QLabel* m_dayTotal = nullptr;
    QToolButton* m_prevDay = nullptr;
    QToolButton* m_nextDay = nullptr;
    QPushButton* m_today = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_splitButton = nullptr;
    QPushButton* m_mergeButton = nullptr;

    // All entries
    TimeEntryListModel* m_entries = nullptr;
    QTableView* m_entryTable = nullptr;
    QComboBox* m_clientFilter = nullptr;
    QLabel* m_clientFilterLabel = nullptr;
    QLabel* m_entryCount = nullptr;
};

} // namespace Bureau

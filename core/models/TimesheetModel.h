// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/services/Timesheet.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Bureau
{

class Database;
class TimeTracker;

/**
 * A week of the timesheet (Timesheet::Week) as a table: the row's client and mission, a column per
 * day (Monday first), the row's total; a last row of totals per day. Day cells are editable: the
 * text is read by Duration::parse ("2h", "1h30", "1,5", empty for none) and becomes the cell's total
 * through TimeTracker::setCellTotal, which creates, extends, shortens or deletes entries.
 *
 * Rows added with addRow() (a client and mission without time yet) stay until the week changes.
 * Display texts use the default QLocale; RawValueRole gives minutes (qint64), the label's text for
 * the first column.
 */
class TimesheetModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Label,
        Monday,
        Sunday = Monday + 6,
        Total,
        ColumnCount
    };

    /** True for a day cell that holds the running timer. */
    static constexpr int RunningRole = Qt::UserRole + 30;
    /** Invoiced (locked) minutes of a day cell (qint64). */
    static constexpr int LockedMinutesRole = Qt::UserRole + 31;
    /** True on the totals row. */
    static constexpr int TotalsRowRole = Qt::UserRole + 32;

    TimesheetModel(Database& database, TimeTracker& tracker, QObject* parent = nullptr);
    ~TimesheetModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /** A day cell: parses the text and makes the cell total it. False (and editFailed()) when refused. */
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /** The week shown (its Monday). */
    QDate monday() const { return m_week.monday; }
    const Timesheet::Week& week() const { return m_week; }
    /** Shows the week holding @p anyDay (extra rows are dropped when the week changes). */
    Status setWeek(QDate anyDay);
    /** Reads the week again (after writes elsewhere). */
    Status reload();

    /** Adds an empty row for a client and mission (0 for none); returns its row (an existing one if any). */
    int addRow(qint64 clientId, const QString& clientName, qint64 missionId, const QString& missionTitle,
               bool billable = true);
    /** The data row of the week at @p row, nullptr for the totals row or out of range. */
    const Timesheet::Row* rowAt(int row) const;
    /** The local day of a day column. */
    QDate dayOf(int column) const { return m_week.monday.addDays(column - Monday); }
    int totalsRow() const { return int(m_rows.size()); }

    /** The last error of a read or of an edit. */
    const std::optional<Error>& lastError() const { return m_lastError; }

signals:
    /** An edit was refused (bad text, locked time, a running timer in the cell…). */
    void editFailed(const Bureau::Error& error);

private:
    Status load(QDate anyDay, bool keepExtras);

    Database& m_db;
    TimeTracker& m_tracker;
    Timesheet::Week m_week;
    /** The week's rows followed by the added ones without time. */
    QList<Timesheet::Row> m_rows;
    QList<Timesheet::Row> m_extras;
    std::optional<Error> m_lastError;
};

} // namespace Bureau

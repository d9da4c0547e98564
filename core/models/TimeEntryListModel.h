// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/LocalCalendar.h"
#include "core/models/PagedTableModel.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace Bureau
{

/**
 * Every time entry (`time_entries`), latest first, paged by key over the index
 * `time_entries_by_start` (started_at, id) — the 1,000,000 entries of the `large` demo scroll
 * lazily. Rows are kept compact (about 40 bytes: instants, minutes, a day number, flags and indexes
 * into a table of distinct names and descriptions), so that scrolling to the end stays well under
 * 100 MB.
 *
 * Only the start (Date, Start) sorts: any other order over a million rows would sort them all for
 * each page. Filters: a client, a range of local days. Times show in the user's zone (the business
 * profile's); RawValueRole gives UTC ms, minutes, booleans.
 */
class TimeEntryListModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        /** The local day of the start; raw: started_at UTC ms. */
        Date,
        /** Local time of the start; raw: UTC ms. */
        Start,
        /** Local time of the end, "Running" while the timer runs; raw: UTC ms, null while running. */
        End,
        /** "1h30", right-aligned; raw: qint64 minutes. */
        Duration,
        Client,
        Mission,
        Task,
        Description,
        /** "Yes"/"No"; raw: bool. */
        Billable,
        /** "Locked" when its invoice is issued, "Draft" while on a draft; raw: 0 none, 1 draft, 2 locked. */
        Invoiced,
        ColumnCount
    };
    Q_ENUM(Column)

    /** True for a row whose invoice is issued: shown with a lock, not editable. */
    static constexpr int LockedRole = Qt::UserRole + 20;
    /** True for the running entry. */
    static constexpr int RunningRole = Qt::UserRole + 21;
    /** The row's client id (qint64). */
    static constexpr int ClientIdRole = Qt::UserRole + 22;

    explicit TimeEntryListModel(Database& database, QObject* parent = nullptr);
    ~TimeEntryListModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 clientFilter() const { return m_clientId; }
    /** Only this client's entries; 0: every client. Reloads. */
    void setClientFilter(qint64 clientId);

    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    /** Only entries whose local day is in [first, last]; an invalid bound is open. Reloads. */
    void setDayRange(QDate first, QDate last);

    /** Approximate bytes held per loaded row (for the memory budget's tests). */
    static int bytesPerRow();

protected:
    QString fromClause() const override;
    QString keyExpression() const override;
    QStringList fieldExpressions() const override;
    SortKey sortKey(int column) const override;
    void appendRow(const QVariantList& fields) override;
    void clearRows() override;
    QVariant cellData(int row, int column, int role) const override;

private:
    struct Row
    {
        qint64 startedAtMs = 0;
        qint64 endedAtMs = 0; // 0 while running
        qint64 clientId = 0;
        qint32 julianDay = 0;
        quint32 client = 0; // indexes into m_texts; 0 is the empty text
        quint32 mission = 0;
        quint32 task = 0;
        quint32 description = 0;
        quint16 minutes = 0;
        quint8 flags = 0;
    };
    enum Flag : quint8
    {
        BillableFlag = 1,
        DraftFlag = 2,
        LockedFlag = 4,
    };

    quint32 textIndex(const QString& text);
    const QString& text(quint32 index) const { return m_texts.at(index); }
    void applyFilter();

    LocalCalendar m_calendar;
    QVector<Row> m_rows;
    QStringList m_texts;
    QHash<QString, quint32> m_textIndex;
    qint64 m_clientId = 0;
    QDate m_first;
    QDate m_last;
};


} // namespace Bureau

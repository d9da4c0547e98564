// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/TimeEntryListModel.h"

#include "core/domain/Duration.h"
#include "core/models/Roles.h"

#include <QDateTime>
#include <QLocale>

namespace Bureau
{

namespace
{

constexpr int kRightAligned = static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);

} // namespace

TimeEntryListModel::TimeEntryListModel(Database& database, QObject* parent)
    : PagedTableModel(database, parent)
    , m_calendar(LocalCalendar::forDatabase(database))
{
    m_texts << QString(); // index 0: no text
    setInitialSort(Date, Qt::DescendingOrder);
    applyFilter(); // reads the first page
}

TimeEntryListModel::~TimeEntryListModel() = default;

int TimeEntryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimeEntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Duration)
        return kRightAligned;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date", "time entry list column");
    case Start:
        return tr("Start", "time entry list column");
    case End:
        return tr("End", "time entry list column");
    case Duration:
        return tr("Duration", "time entry list column");
    case Client:
        return tr("Client", "time entry list column");
    case Mission:
        return tr("Mission", "time entry list column");
    case Task:
        return tr("Task", "time entry list column");
    case Description:
        return tr("Description", "time entry list column");
    case Billable:
        return tr("Billable", "time entry list column");
    case Invoiced:
        return tr("Invoiced", "time entry list column");
    case ColumnCount:
        break;
    }
    return {};
}

void TimeEntryListModel::setClientFilter(qint64 clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    applyFilter();
}

void TimeEntryListModel::setDayRange(QDate first, QDate last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    applyFilter();
}

void TimeEntryListModel::applyFilter()
{
    QStringList conditions;
    QVariantList values;
    if (m_clientId > 0) {
        conditions << QStringLiteral("t.client_id = ?");
        values << m_clientId;
    }
    // The day range bounds started_at too, so that the page query keeps to its index range.
    if (m_first.isValid()) {
        conditions << QStringLiteral("t.day >= ?") << QStringLiteral("t.started_at >= ?");
        values << m_first.toString(Qt::ISODate) << m_calendar.startOfDayMs(m_first.addDays(-1));
    }
    if (m_last.isValid()) {
        conditions << QStringLiteral("t.day <= ?") << QStringLiteral("t.started_at < ?");
        values << m_last.toString(Qt::ISODate) << m_calendar.startOfDayMs(m_last.addDays(2));
    }
    setFilter(conditions.join(QStringLiteral(" AND ")), values);
}

QString TimeEntryListModel::fromClause() const
{
    return QStringLiteral("time_entries t JOIN clients c ON c.id = t.client_id"
                          " LEFT JOIN missions m ON m.id = t.mission_id LEFT JOIN tasks k ON k.id = t.task_id");
}

QString TimeEntryListModel::keyExpression() const
{
    return QStringLiteral("t.id");
}

QStringList TimeEntryListModel::fieldExpressions() const
{
    // In the order appendRow() reads them.
    return {QStringLiteral("t.started_at"),
            QStringLiteral("coalesce(t.ended_at, 0)"),
            QStringLiteral("t.minutes"),
            QStringLiteral("t.day"),
            QStringLiteral("t.client_id"),
            QStringLiteral("c.name"),
            QStringLiteral("coalesce(m.title, '')"),
            QStringLiteral("coalesce(k.title, '')"),
            QStringLiteral("t.description"),
            QStringLiteral("t.billable"),
            QStringLiteral("CASE WHEN t.locked = 1 THEN 2 WHEN t.document_id IS NOT NULL THEN 1 ELSE 0 END")};
}

PagedTableModel::SortKey TimeEntryListModel::sortKey(int column) const
{
    switch (column) {
    case Date:
    case Start:
        return {QStringLiteral("t.started_at")}; // index time_entries_by_start (started_at, id)
    default:
        return {};
    }
}

int TimeEntryListModel::bytesPerRow()
{
    return int(sizeof(Row)) + int(sizeof(qint64));
}

quint32 TimeEntryListModel::textIndex(const QString& text)
{
    if (text.isEmpty())
        return 0;
    const auto found = m_textIndex.constFind(text);
    if (found != m_textIndex.cend())
        return found.value();
    const auto index = static_cast<quint32>(m_texts.size());
    m_texts << text;
    m_textIndex.insert(text, index);
    return index;
}

void TimeEntryListModel::appendRow(const QVariantList& fields)
{
    Row row;
    row.startedAtMs = fields.at(0).toLongLong();
    row.endedAtMs = fields.at(1).toLongLong();
    row.minutes = static_cast<quint16>(qBound(qint64(0), fields.at(2).toLongLong(), qint64(0xFFFF)));
    row.julianDay = static_cast<qint32>(QDate::fromString(fields.at(3).toString(), Qt::ISODate).toJulianDay());
    row.clientId = fields.at(4).toLongLong();
    row.client = textIndex(fields.at(5).toString());
    row.mission = textIndex(fields.at(6).toString());
    row.task = textIndex(fields.at(7).toString());
    row.description = textIndex(fields.at(8).toString());
    const int invoiced = fields.at(10).toInt();
    row.flags = static_cast<quint8>((fields.at(9).toInt() != 0 ? BillableFlag : 0) | (invoiced == 1 ? DraftFlag : 0)
                                    | (invoiced == 2 ? LockedFlag : 0));
    m_rows << row;
}

void TimeEntryListModel::clearRows()
{
    m_rows.clear();
    m_rows.squeeze();
    m_texts.clear();
    m_texts << QString();
    m_textIndex.clear();
}

QVariant TimeEntryListModel::cellData(int rowIndex, int column, int role) const
{
    const Row& row = m_rows.at(rowIndex);
    const bool running = row.endedAtMs == 0;
    const bool locked = (row.flags & LockedFlag) != 0;
    switch (role) {
    case LockedRole:
        return locked;
    case RunningRole:
        return running;
    case ClientIdRole:
        return row.clientId;
    case Qt::TextAlignmentRole:
        return column == Duration ? QVariant(kRightAligned) : QVariant();
    case Qt::ToolTipRole:
        if (locked)
            return tr("Invoiced: this entry is on an issued invoice and can no longer be changed.");
        if (column == Description && row.description != 0)
            return text(row.description);
        return {};
    case RawValueRole:
        switch (column) {
        case Date:
        case Start:
            return row.startedAtMs;
        case End:
            return running ? QVariant() : QVariant(row.endedAtMs);
        case Duration:
            return qint64(row.minutes);
        case Client:
            return text(row.client);
        case Mission:
            return text(row.mission);
        case Task:
            return text(row.task);
        case Description:
            return text(row.description);
        case Billable:
            return (row.flags & BillableFlag) != 0;
        case Invoiced:
            return locked ? 2 : ((row.flags & DraftFlag) != 0 ? 1 : 0);
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    const QLocale locale;
    switch (column) {
    case Date:
        return locale.toString(QDate::fromJulianDay(row.julianDay), QLocale::ShortFormat);
    case Start:
        return locale.toString(m_calendar.toLocal(row.startedAtMs).time(), QLocale::ShortFormat);
    case End:
        return running ? tr("Running", "time entry end") : locale.toString(m_calendar.toLocal(row.endedAtMs).time(),
                                                                           QLocale::ShortFormat);
    case Duration:
        return running ? QString() : Bureau::Duration::fromMinutes(row.minutes).format(locale);
    case Client:
        return text(row.client);
    case Mission:
        return text(row.mission);
    case Task:
        return text(row.task);
    case Description:
        return text(row.description);
    case Billable:
        return (row.flags & BillableFlag) != 0 ? tr("Yes", "billable") : tr("No", "billable");
    case Invoiced:
        if (locked)
            return tr("Locked", "time entry invoiced");
        return (row.flags & DraftFlag) != 0 ? tr("On a draft", "time entry invoiced") : QString();
    default:
        return {};
    }
}

} // namespace Bureau

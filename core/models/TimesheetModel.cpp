// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/TimesheetModel.h"

#include "core/domain/Duration.h"
#include "core/models/Roles.h"
#include "core/services/TimeTracker.h"

#include <QFont>
#include <QLocale>

namespace Bureau
{

namespace
{

constexpr int kRightAligned = static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);

bool sameKey(const Timesheet::Row& a, const Timesheet::Row& b)
{
    return a.clientId == b.clientId && a.missionId == b.missionId && a.billable == b.billable;
}

QString formatMinutes(qint64 minutes)
{
    return minutes == 0 ? QString() : Duration::fromMinutes(minutes).format(QLocale());
}

} // namespace

TimesheetModel::TimesheetModel(Database& database, TimeTracker& tracker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(database)
    , m_tracker(tracker)
{
}

TimesheetModel::~TimesheetModel() = default;

int TimesheetModel::rowCount(const QModelIndex& parent) const
{
    // The totals row is there once a week is loaded.
    return parent.isValid() || !m_week.monday.isValid() ? 0 : int(m_rows.size()) + 1;
}

int TimesheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Timesheet::Row* TimesheetModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

Status TimesheetModel::setWeek(QDate anyDay)
{
    return load(anyDay, false);
}

Status TimesheetModel::reload()
{
    return load(m_week.monday.isValid() ? m_week.monday : QDate(), true);
}

Status TimesheetModel::load(QDate anyDay, bool keepExtras)
{
    auto week = Timesheet(m_db).week(anyDay);
    if (!week) {
        m_lastError = week.error();
        return week.error();
    }
    m_lastError.reset();
    beginResetModel();
    if (!keepExtras || week->monday != m_week.monday)
        m_extras.clear();
    m_week = std::move(week).value();
    m_rows = m_week.rows;
    // An added row that now has time is one of the week's rows.
    m_extras.removeIf([this](const Timesheet::Row& extra) {
        return std::any_of(m_rows.cbegin(), m_rows.cend(),
                           [&extra](const Timesheet::Row& row) { return sameKey(row, extra); });
    });
    m_rows << m_extras;
    endResetModel();
    return {};
}

int TimesheetModel::addRow(qint64 clientId, const QString& clientName, qint64 missionId, const QString& missionTitle,
                           bool billable)
{
    Timesheet::Row row;
    row.clientId = clientId;
    row.clientName = clientName;
    row.missionId = missionId;
    row.missionTitle = missionTitle;
    row.billable = billable;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (sameKey(m_rows.at(i), row))
            return i;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows << row;
    m_extras << row;
    endInsertRows();
    return at;
}

QVariant TimesheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return {};
    const int column = index.column();
    const bool isDay = column >= Monday && column <= Sunday;
    const auto day = static_cast<std::size_t>(column - Monday);

    if (index.row() == totalsRow()) {
        const qint64 minutes = isDay ? m_week.dayTotals.at(day) : (column == Total ? m_week.total() : 0);
        switch (role) {
        case TotalsRowRole:
            return true;
        case Qt::DisplayRole:
            if (column == Label)
                return tr("Total", "timesheet totals row");
            return column == Total ? Duration::fromMinutes(minutes).format(QLocale()) : formatMinutes(minutes);
        case RawValueRole:
            return column == Label ? QVariant() : QVariant(minutes);
        case Qt::TextAlignmentRole:
            return column == Label ? QVariant() : QVariant(kRightAligned);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }

    const Timesheet::Row& row = m_rows.at(index.row());
    QString label = row.missionId != 0
                        ? tr("%1 — %2", "timesheet row: client — mission").arg(row.clientName, row.missionTitle)
                        : row.clientName;
    if (!row.billable)
        label = tr("%1 (non-billable)", "timesheet row").arg(label);
    switch (role) {
    case IdRole:
        return row.clientId;
    case TotalsRowRole:
        return false;
    case RunningRole:
        return isDay && row.running.at(day);
    case LockedMinutesRole:
        return isDay ? QVariant(row.lockedMinutes.at(day)) : QVariant();
    case Qt::DisplayRole:
        if (column == Label)
            return label;
        if (column == Total)
            return Duration::fromMinutes(row.total()).format(QLocale());
        return formatMinutes(row.minutes.at(day));
    case Qt::EditRole:
        if (column == Label)
            return label;
        return isDay ? formatMinutes(row.minutes.at(day)) : QVariant();
    case RawValueRole:
        if (column == Label)
            return label;
        return column == Total ? row.total() : row.minutes.at(day);
    case Qt::TextAlignmentRole:
        return column == Label ? QVariant() : QVariant(kRightAligned);
    case Qt::FontRole:
        if (column == Total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Label)
            return label;
        if (isDay && row.running.at(day))
            return tr("The timer is running in this cell: stop it to change this day's time.");
        if (isDay && row.lockedMinutes.at(day) > 0)
            return tr("%1 of this day is invoiced and locked.")
                .arg(Duration::fromMinutes(row.lockedMinutes.at(day)).format(QLocale()));
        return {};
    default:
        return {};
    }
}

QVariant TimesheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Label ? QVariant(static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter)) : QVariant(kRightAligned);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == Label)
        return tr("Client and mission", "timesheet column");
    if (section == Total)
        return tr("Total", "timesheet column");
    const QDate day = dayOf(section);
    const QLocale locale;
    if (role == Qt::ToolTipRole)
        return locale.toString(day, QLocale::LongFormat);
    return tr("%1 %2", "timesheet column: short weekday and day of month")
        .arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat), QString::number(day.day()));
}

Qt::ItemFlags TimesheetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (index.row() < totalsRow() && column >= Monday && column <= Sunday
        && !m_rows.at(index.row()).running.at(static_cast<std::size_t>(column - Monday)))
        result |= Qt::ItemIsEditable;
    return result;
}

bool TimesheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Timesheet::Row& row = m_rows[index.row()];
    const auto day = static_cast<std::size_t>(index.column() - Monday);
    const QString text = value.toString().trimmed();
    Duration total;
    if (!text.isEmpty() && text != u"0") {
        auto parsed = Duration::parse(text);
        if (!parsed) {
            m_lastError = parsed.error();
            emit editFailed(parsed.error());
            return false;
        }
        total = parsed.value();
    }
    if (total.minutes() == row.minutes.at(day))
        return true;
    auto saved = m_tracker.setCellTotal(row.clientId, row.missionId, dayOf(index.column()), row.billable, total);
    if (!saved) {
        m_lastError = saved.error();
        emit editFailed(saved.error());
        return false;
    }
    m_lastError.reset();
    // The cell's entries afterwards: their minutes are the cell's new total.
    qint64 minutes = 0;
    qint64 locked = 0;
    for (const TimeEntry& entry : saved.value()) {
        minutes += entry.minutes;
        if (entry.locked)
            locked += entry.minutes;
    }
    const qint64 delta = minutes - row.minutes.at(day);
    row.minutes[day] = minutes;
    row.lockedMinutes[day] = locked;
    m_week.dayTotals[day] += delta;
    (row.billable ? m_week.billableMinutes : m_week.nonBillableMinutes) += delta;
    for (Timesheet::Row& weekRow : m_week.rows) {
        if (sameKey(weekRow, row))
            weekRow = row;
    }
    emit dataChanged(index, index.siblingAtColumn(Total));
    emit dataChanged(this->index(totalsRow(), Monday), this->index(totalsRow(), Total));
    return true;
}

} // namespace Bureau

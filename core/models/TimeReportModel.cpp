// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/TimeReportModel.h"

#include "core/domain/Duration.h"
#include "core/models/Roles.h"

#include <QLocale>

namespace Bureau
{

namespace
{

bool isPeriod(TimeReportService::GroupBy groupBy)
{
    switch (groupBy) {
    case TimeReportService::GroupBy::Client:
    case TimeReportService::GroupBy::Mission:
    case TimeReportService::GroupBy::Task:
        return false;
    case TimeReportService::GroupBy::Day:
    case TimeReportService::GroupBy::Week:
    case TimeReportService::GroupBy::Month:
    case TimeReportService::GroupBy::Quarter:
    case TimeReportService::GroupBy::Year:
        break;
    }
    return true;
}

} // namespace

TimeReportModel::TimeReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TimeReportModel::setReport(const TimeReportService::Report& report)
{
    const bool headerChanges = report.query.groupBy != m_report.query.groupBy;
    beginResetModel();
    m_report = report;
    endResetModel();
    if (headerChanges)
        emit headerDataChanged(Qt::Horizontal, Label, Label);
}

const TimeReportService::Row& TimeReportModel::rowAt(int row) const
{
    return isTotalRow(row) ? m_report.total : m_report.rows.at(row);
}

bool TimeReportModel::isTotalRow(int row) const
{
    return !m_report.rows.isEmpty() && row == m_report.rows.size();
}

void TimeReportModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TimeReportModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_report.rows.isEmpty())
        return 0;
    return int(m_report.rows.size()) + 1;
}

int TimeReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimeReportModel::formatMinutes(qint64 minutes)
{
    return Duration::fromMinutes(minutes).format(QLocale());
}

QString TimeReportModel::formatValue(const TimeReportService::Row& row)
{
    const QLocale locale;
    QStringList amounts;
    for (auto it = row.unbilledValueCents.cbegin(); it != row.unbilledValueCents.cend(); ++it) {
        if (it.value() != 0)
            amounts.append(Money::fromCents(it.value(), it.key()).format(locale));
    }
    // Amounts side by side, not a sentence ("€1,080.00 · CHF 386.33").
    return amounts.join(QStringLiteral(" · "));
}

QVariant TimeReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = isTotalRow(index.row());
    const TimeReportService::Row& row = rowAt(index.row());
    const int column = index.column();

    switch (role) {
    case TotalRowRole:
        return total;
    case IdRole:
        return total ? QVariant() : QVariant(row.taskId ? row.taskId : row.missionId ? row.missionId : row.clientId);
    case Qt::TextAlignmentRole:
        return column == Label ? QVariant(static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter))
                               : QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (column == UnbilledValue && row.unbilledWithoutRateMinutes > 0)
            return tr("%1 of unbilled time has no hourly rate (fixed fee, or no rate set).")
                .arg(formatMinutes(row.unbilledWithoutRateMinutes));
        return {};
    case RawValueRole:
        switch (column) {
        case Label:
            if (total)
                return QVariant();
            return isPeriod(m_report.query.groupBy) ? QVariant(row.periodStart) : QVariant(row.label);
        case Hours:
            return row.minutes;
        case Billable:
            return row.billableMinutes;
        case NonBillable:
            return row.nonBillableMinutes;
        case Unbilled:
            return row.unbilledMinutes;
        case UnbilledValue:
            for (auto it = row.unbilledValueCents.cbegin(); it != row.unbilledValueCents.cend(); ++it) {
                if (it.value() != 0)
                    return it.value();
            }
            return QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case Label:
            return total ? tr("Total", "time report totals row") : row.label;
        case Hours:
            return formatMinutes(row.minutes);
        case Billable:
            return formatMinutes(row.billableMinutes);
        case NonBillable:
            return formatMinutes(row.nonBillableMinutes);
        case Unbilled:
            return formatMinutes(row.unbilledMinutes);
        case UnbilledValue:
            return formatValue(row);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TimeReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Label ? static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter)
                                : static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Label:
        return TimeReportService::groupByLabel(m_report.query.groupBy);
    case Hours:
        return tr("Hours", "time report column");
    case Billable:
        return tr("Billable", "time report column");
    case NonBillable:
        return tr("Non-billable", "time report column");
    case Unbilled:
        return tr("Unbilled", "time report column");
    case UnbilledValue:
        return tr("Unbilled value", "time report column");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Bureau

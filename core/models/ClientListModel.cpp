// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ClientListModel.h"

#include "core/domain/Money.h"

#include "core/models/Roles.h"

#include <QDateTime>
#include <QLocale>

#include <array>

namespace Bureau
{

using namespace Qt::StringLiterals;

namespace
{

// Codes as stored (CHECK constraints of 0001_initial.sql), in the order Status sorts.
constexpr std::array<QStringView, 2> kindCodes{u"company", u"person"};
constexpr std::array<QStringView, 4> statusCodes{u"prospect", u"active", u"paused", u"former"};

template<std::size_t N>
quint8 codeIndex(const std::array<QStringView, N>& codes, const QString& code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (codes[i] == code)
            return static_cast<quint8>(i);
    }
    return 0;
}

/** Money at the edge, through Money's own locale-aware formatting (no double). */
QString formatMoney(qint64 cents, const QString& currency)
{
    return Money::fromCents(cents, currency).format(QLocale());
}

} // namespace

ClientListModel::ClientListModel(Database& database, QObject* parent)
    : PagedTableModel(database, parent)
{
    setInitialSort(Name, Qt::AscendingOrder);
    applyFilter(); // reads the first page
}

ClientListModel::~ClientListModel() = default;

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == HourlyRate)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name", "client list column");
    case Kind:
        return tr("Type", "client list column");
    case City:
        return tr("City", "client list column");
    case Country:
        return tr("Country", "client list column");
    case Status:
        return tr("Status", "client list column");
    case HourlyRate:
        return tr("Hourly rate", "client list column");
    case Created:
        return tr("Created", "client list column");
    case ColumnCount:
        break;
    }
    return {};
}

void ClientListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    applyFilter();
}

void ClientListModel::setStatusFilter(const QString& status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    applyFilter();
}

void ClientListModel::applyFilter()
{
    QStringList conditions;
    QVariantList values;
    if (!m_showArchived)
        conditions << u"archived = 0"_s;
    if (!m_statusFilter.isEmpty()) {
        conditions << u"status = ?"_s;
        values << m_statusFilter;
    }
    setFilter(conditions.join(u" AND "_s), values);
}

QString ClientListModel::fromClause() const
{
    return u"clients"_s;
}

QStringList ClientListModel::fieldExpressions() const
{
    // In the order appendRow() reads them.
    return {u"name"_s,     u"kind"_s,      u"city"_s, u"country"_s, u"status"_s, u"hourly_rate_cents"_s,
            u"currency"_s, u"created_at"_s};
}

PagedTableModel::SortKey ClientListModel::sortKey(int column) const
{
    switch (column) {
    case Name:
        return {u"name COLLATE NOCASE"_s}; // index clients_by_name (name COLLATE NOCASE, id)
    case Kind:
        return {u"kind"_s};
    case City:
        return {u"city COLLATE NOCASE"_s};
    case Country:
        return {u"country"_s};
    case Status:
        return {u"CASE status WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END"_s};
    case HourlyRate:
        return {u"hourly_rate_cents"_s, true};
    case Created:
        return {u"created_at"_s};
    default:
        return {};
    }
}

void ClientListModel::appendRow(const QVariantList& fields)
{
    Row row;
    row.name = fields.at(0).toString();
    row.kind = codeIndex(kindCodes, fields.at(1).toString());
    row.city = intern(fields.at(2).toString());
    row.country = intern(fields.at(3).toString());
    row.status = codeIndex(statusCodes, fields.at(4).toString());
    row.hasRate = !fields.at(5).isNull();
    row.hourlyRateCents = fields.at(5).toLongLong();
    row.currency = intern(fields.at(6).toString());
    row.createdAtMs = fields.at(7).toLongLong();
    m_rows << std::move(row);
}

void ClientListModel::clearRows()
{
    m_rows.clear();
    m_rows.squeeze();
}

QVariant ClientListModel::cellData(int rowIndex, int column, int role) const
{
    const Row& row = m_rows.at(rowIndex);
    if (role == Qt::TextAlignmentRole)
        return column == HourlyRate ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();

    if (role == RawValueRole) {
        switch (column) {
        case Name:
            return row.name;
        case Kind:
            return kindCodes.at(row.kind).toString();
        case City:
            return row.city;
        case Country:
            return row.country;
        case Status:
            return statusCodes.at(row.status).toString();
        case HourlyRate:
            return row.hasRate ? QVariant(row.hourlyRateCents) : QVariant();
        case Created:
            return row.createdAtMs;
        default:
            return {};
        }
    }

    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return row.name;
    case Kind:
        return row.kind == 1 ? tr("Person", "client kind") : tr("Company", "client kind");
    case City:
        return row.city;
    case Country:
        return row.country;
    case Status:
        switch (row.status) {
        case 0:
            return tr("Prospect", "client status");
        case 1:
            return tr("Active", "client status");
        case 2:
            return tr("Paused", "client status");
        default:
            return tr("Former", "client status");
        }
    case HourlyRate:
        return row.hasRate ? formatMoney(row.hourlyRateCents, row.currency) : QString();
    case Created:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdAtMs).toLocalTime().date(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

} // namespace Bureau

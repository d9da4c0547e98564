// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ClientListModel.h"

#include "core/domain/Money.h"
#include "core/models/Roles.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/OnboardingRepository.h"

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

// An onboarding item is done when ticked by hand or when its rule holds: the rules are
// OnboardingRepository's, the one place they are written. `o` is the client_onboarding row.
const QString kItemDone = u"(o.done_at IS NOT NULL OR "_s
                          + OnboardingRepository::ruleHoldsSql(u"o.rule"_s, u"o.client_id"_s) + u")"_s;

// Items total and done in one correlated subquery: total × 1024 + done (0 without a checklist).
constexpr int kOnboardingPacking = 1024;
const QString kOnboardingPacked =
    u"(SELECT count(*) * 1024 + coalesce(sum(CASE WHEN "_s + kItemDone
    + u" THEN 1 ELSE 0 END), 0) FROM client_onboarding o WHERE o.client_id = clients.id)"_s;
// Done × 1000 / total, NULL without a checklist (what RawValueRole gives, and the sort order).
const QString kOnboardingRatio = u"(SELECT sum(CASE WHEN "_s + kItemDone
                                 + u" THEN 1 ELSE 0 END) * 1000 / count(*) FROM client_onboarding o"
                                   " WHERE o.client_id = clients.id)"_s;
// The tags in name order, NULL without tags.
const QString kTags = u"(SELECT group_concat(name, ', ') FROM (SELECT t.name AS name FROM client_tags ct"
                      " JOIN tags t ON t.id = ct.tag_id WHERE ct.client_id = clients.id"
                      " ORDER BY t.name COLLATE NOCASE))"_s;

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
    if (role == Qt::TextAlignmentRole && (section == HourlyRate || section == Onboarding))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name", "client list column");
    case Kind:
        return tr("Type", "client list column");
    case Email:
        return tr("E-mail", "client list column");
    case Phone:
        return tr("Phone", "client list column");
    case City:
        return tr("City", "client list column");
    case Country:
        return tr("Country", "client list column");
    case Status:
        return tr("Status", "client list column");
    case Tags:
        return tr("Tags", "client list column");
    case Onboarding:
        return tr("Onboarding", "client list column");
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

void ClientListModel::setTagFilter(const QString& tag)
{
    const QString trimmed = tag.trimmed();
    if (trimmed == m_tagFilter)
        return;
    m_tagFilter = trimmed;
    applyFilter();
}

void ClientListModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    const auto before = ClientRepository::searchCondition(m_searchText);
    m_searchText = text;
    const auto after = ClientRepository::searchCondition(m_searchText);
    // A keystroke that does not change the query (a space, a lone "-") does not re-read the list.
    if (before.sql == after.sql && before.values == after.values)
        return;
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
    if (!m_tagFilter.isEmpty()) {
        // tags.name is COLLATE NOCASE: "vip" selects the tag "VIP".
        conditions << u"id IN (SELECT ct.client_id FROM client_tags ct JOIN tags t ON t.id = ct.tag_id "
                      "WHERE t.name = ?)"_s;
        values << m_tagFilter;
    }
    const ClientRepository::Condition search = ClientRepository::searchCondition(m_searchText);
    if (!search.isEmpty()) {
        conditions << u'(' + search.sql + u')';
        values << search.values;
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
    return {u"name"_s,       u"kind"_s,    u"email"_s, u"phone"_s,        u"phone_e164"_s,        u"city"_s,
            u"country"_s,    u"status"_s,  kTags,      kOnboardingPacked, u"hourly_rate_cents"_s, u"currency"_s,
            u"created_at"_s, u"archived"_s};
}

PagedTableModel::SortKey ClientListModel::sortKey(int column) const
{
    switch (column) {
    case Name:
        return {u"name_folded"_s}; // index clients_by_folded_name (name_folded, id)
    case Kind:
        return {u"kind"_s};
    case Email:
        return {u"email COLLATE NOCASE"_s};
    case Phone:
        return {u"CASE WHEN phone_e164 <> '' THEN phone_e164 ELSE phone END"_s};
    case City:
        return {u"city COLLATE NOCASE"_s};
    case Country:
        return {u"country"_s};
    case Status:
        return {u"CASE status WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END"_s};
    case Tags:
        return {kTags + u" COLLATE NOCASE"_s, true};
    case Onboarding:
        return {kOnboardingRatio, true};
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
    row.email = fields.at(2).toString();
    row.phone = fields.at(3).toString();
    row.phoneE164 = fields.at(4).toString();
    row.city = intern(fields.at(5).toString());
    row.country = intern(fields.at(6).toString());
    row.status = codeIndex(statusCodes, fields.at(7).toString());
    row.tags = intern(fields.at(8).toString());
    const qint64 onboarding = fields.at(9).toLongLong();
    row.onboardingTotal = static_cast<quint16>(qMin<qint64>(onboarding / kOnboardingPacking, 0xFFFF));
    row.onboardingDone = static_cast<quint16>(onboarding % kOnboardingPacking);
    row.hasRate = !fields.at(10).isNull();
    row.hourlyRateCents = fields.at(10).toLongLong();
    row.currency = intern(fields.at(11).toString());
    row.createdAtMs = fields.at(12).toLongLong();
    row.archived = fields.at(13).toBool();
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
    if (role == Qt::TextAlignmentRole) {
        return column == HourlyRate || column == Onboarding
                   ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    }

    if (role == RawValueRole) {
        switch (column) {
        case Name:
            return row.name;
        case Kind:
            return kindCodes.at(row.kind).toString();
        case Email:
            return row.email;
        case Phone:
            return row.phoneE164.isEmpty() ? row.phone : row.phoneE164;
        case City:
            return row.city;
        case Country:
            return row.country;
        case Status:
            return statusCodes.at(row.status).toString();
        case Tags:
            return row.tags.isEmpty() ? QVariant() : QVariant(row.tags);
        case Onboarding:
            return row.onboardingTotal == 0 ? QVariant()
                                            : QVariant(qint64(row.onboardingDone) * 1000 / row.onboardingTotal);
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
    case Email:
        return row.email;
    case Phone:
        return row.phone;
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
    case Tags:
        return row.tags;
    case Onboarding:
        return row.onboardingTotal == 0
                   ? QString()
                   : tr("%1/%2", "onboarding items done/total").arg(row.onboardingDone).arg(row.onboardingTotal);
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

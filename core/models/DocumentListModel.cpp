// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/DocumentListModel.h"

#include "core/domain/BillingDocument.h"
#include "core/domain/Money.h"
#include "core/domain/TextFold.h"
#include "core/models/Roles.h"

#include "core/storage/Database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

namespace Bureau
{

using namespace Qt::StringLiterals;

namespace
{

// Codes as stored (CHECK constraints of 0007_invoicing.sql).
constexpr std::array<QStringView, 4> kindCodes{u"quote", u"invoice", u"deposit", u"credit_note"};
constexpr std::array<QStringView, 6> statusCodes{u"draft", u"issued", u"sent", u"accepted", u"refused", u"expired"};
// The pills: the stored statuses, then the derived payment states.
constexpr std::array<QStringView, 9> pillCodes{u"draft",   u"issued",         u"sent",
                                               u"accepted", u"refused",       u"expired",
                                               u"paid",     u"partially_paid", u"overdue"};
constexpr quint8 kPillPaid = 6;
constexpr quint8 kPillPartiallyPaid = 7;
constexpr quint8 kPillOverdue = 8;

template<std::size_t N>
quint8 codeIndex(const std::array<QStringView, N>& codes, const QString& code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (codes[i] == code)
            return static_cast<quint8>(i);
    }
    return 0;
}

// What is left to pay on an issued invoice or deposit (0 for anything else).
// One primary-key lookup per row: the list reads `documents` alone (no join), so that counting and
// the newest-first order walk an index (DESIGN.md, Performance budget).
const QString kOutstanding = u"(CASE WHEN d.number IS NOT NULL AND d.kind IN ('invoice', 'deposit') THEN "
                             "d.due_cents - coalesce((SELECT b.paid_cents + b.credited_cents FROM document_balances b "
                             "WHERE b.document_id = d.id), 0) ELSE 0 END)"_s;
// Issued invoices and deposits: a range of index documents_by_status (kind, status, due_date, id).
const QString kPayable = u"(d.kind IN ('invoice', 'deposit') AND d.status IN ('issued', 'sent'))"_s;

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString formatMoney(qint64 cents, const QString& currency)
{
    return Money::fromCents(cents, currency).format(QLocale());
}

QString formatDate(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

DocumentListModel::DocumentListModel(Database& database, QDate today, QObject* parent)
    : PagedTableModel(database, parent)
    , m_today(today)
{
    // Newest first: by key, descending (drafts, made last, on top), which walks the primary key.
    setInitialSort(-1, Qt::DescendingOrder);
    applyFilter(); // reads the first page
}

DocumentListModel::~DocumentListModel() = default;

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return PagedTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Total || section == Outstanding))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Number", "document list column");
    case Kind:
        return tr("Type", "document list column");
    case Client:
        return tr("Client", "document list column");
    case Date:
        return tr("Date", "document list column");
    case Due:
        return tr("Due", "document list column");
    case Total:
        return tr("Total", "document list column");
    case Outstanding:
        return tr("Outstanding", "document list column");
    case Status:
        return tr("Status", "document list column");
    case ColumnCount:
        break;
    }
    return {};
}

void DocumentListModel::setKindFilter(KindFilter kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    applyFilter();
}

void DocumentListModel::setStatusFilter(StatusFilter status)
{
    if (status == m_status)
        return;
    m_status = status;
    applyFilter();
}

void DocumentListModel::setClientFilter(qint64 clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    applyFilter();
}

void DocumentListModel::setSearchText(const QString& text)
{
    if (TextFold::fold(text) == TextFold::fold(m_searchText)) {
        m_searchText = text;
        return;
    }
    m_searchText = text;
    applyFilter();
}

void DocumentListModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    applyFilter();
}

void DocumentListModel::applyFilter()
{
    QStringList conditions;
    QVariantList values;
    // "+d.kind": most documents pass the kind test, so SQLite does better walking the index of the
    // order (primary key, issue date) and skipping the few others than sorting every invoice.
    switch (m_kind) {
    case KindFilter::Invoices:
        conditions << u"+d.kind IN ('invoice', 'deposit')"_s;
        break;
    case KindFilter::Quotes:
        conditions << u"+d.kind = 'quote'"_s;
        break;
    case KindFilter::CreditNotes:
        conditions << u"+d.kind = 'credit_note'"_s;
        break;
    case KindFilter::All:
        break;
    }
    const QString today = m_today.toString(Qt::ISODate);
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Drafts:
        conditions << u"d.status = 'draft'"_s;
        break;
    case StatusFilter::ToReview:
        conditions << u"d.status = 'draft' AND d.id IN (SELECT document_id FROM mission_billing_runs "
                      "WHERE document_id IS NOT NULL)"_s;
        break;
    case StatusFilter::Outstanding:
        conditions << QString(kPayable + u" AND "_s + kOutstanding + u" > 0"_s);
        break;
    case StatusFilter::Overdue:
        conditions << QString(kPayable + u" AND "_s + kOutstanding + u" > 0 AND d.due_date < ?"_s);
        values << today;
        break;
    case StatusFilter::Paid:
        conditions << QString(kPayable + u" AND "_s + kOutstanding + u" <= 0"_s);
        break;
    }
    if (m_clientId > 0) {
        conditions << u"d.client_id = ?"_s;
        values << m_clientId;
    }
    const QString folded = TextFold::fold(m_searchText).trimmed();
    if (!folded.isEmpty()) {
        conditions << u"(lower(d.number) LIKE ? ESCAPE '\\' OR d.client_id IN (SELECT id FROM clients WHERE "
                      "name_folded LIKE ? ESCAPE '\\'))"_s;
        values << likePattern(folded) << likePattern(folded);
    }
    m_countFilter = conditions.join(u" AND "_s);
    m_countFilter.replace(u"+d.kind"_s, u"d.kind"_s);
    m_countValues = values;
    setFilter(conditions.join(u" AND "_s), values);
}

QString DocumentListModel::fromClause() const
{
    return u"documents d"_s;
}

QString DocumentListModel::keyExpression() const
{
    return u"d.id"_s;
}

QStringList DocumentListModel::fieldExpressions() const
{
    // In the order appendRow() reads them.
    // The client's name comes from m_clientNames (read once per reload), not from a join.
    return {u"d.number"_s,   u"d.kind"_s,     u"d.status"_s,      u"d.client_id"_s, u"d.issue_date"_s,
            u"d.due_date"_s, u"d.currency"_s, u"d.total_cents"_s, kOutstanding,     u"d.due_cents"_s};
}

PagedTableModel::SortKey DocumentListModel::sortKey(int column) const
{
    switch (column) {
    case Number:
        return {u"d.number"_s, true};
    case Kind:
        return {u"d.kind"_s};
    case Client:
        return {u"(SELECT name_folded FROM clients WHERE id = d.client_id)"_s};
    case Date:
        // Index documents_by_issue_date (issue_date, id); drafts have no date yet.
        return {u"d.issue_date"_s, true};
    case Due:
        return {u"d.due_date"_s, true};
    case Total:
        return {u"d.total_cents"_s};
    case Outstanding:
        return {kOutstanding};
    case Status:
        return {u"d.status"_s};
    default:
        return {};
    }
}

void DocumentListModel::appendRow(const QVariantList& fields)
{
    Row row;
    row.number = fields.at(0).toString();
    row.kind = codeIndex(kindCodes, fields.at(1).toString());
    row.status = codeIndex(statusCodes, fields.at(2).toString());
    row.clientId = fields.at(3).toLongLong();
    row.clientName = m_clientNames.value(row.clientId);
    row.issueDate = intern(fields.at(4).toString());
    row.dueDate = intern(fields.at(5).toString());
    row.currency = intern(fields.at(6).toString());
    row.totalCents = fields.at(7).toLongLong();
    row.outstandingCents = fields.at(8).toLongLong();
    const qint64 dueCents = fields.at(9).toLongLong();

    row.pill = row.status;
    const bool payable = !row.number.isEmpty() && (row.kind == 1 || row.kind == 2);
    if (payable) {
        const QDate due = QDate::fromString(row.dueDate, Qt::ISODate);
        if (row.outstandingCents <= 0)
            row.pill = kPillPaid;
        else if (due.isValid() && m_today.isValid() && due < m_today)
            row.pill = kPillOverdue;
        else if (row.outstandingCents < dueCents)
            row.pill = kPillPartiallyPaid;
    }
    m_rows << std::move(row);
}

void DocumentListModel::clearRows()
{
    m_rows.clear();
    m_rows.squeeze();
    // Every reload reads the clients' names afresh (a few hundred rows, one query): renamed
    // clients show renamed.
    m_clientNames.clear();
    QSqlQuery query(database().connection());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT id, name FROM clients"_s)) {
        while (query.next())
            m_clientNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    query.finish();
}

Result<qint64> DocumentListModel::documentCount() const
{
    // The same rows as the list, counted over the kind index (the list's "+d.kind" is for ordering).
    QString filter = m_countFilter;
    QSqlQuery query(database().connection());
    query.setForwardOnly(true);
    query.prepare(filter.isEmpty() ? u"SELECT count(*) FROM documents d"_s
                                   : QString(u"SELECT count(*) FROM documents d WHERE "_s + filter));
    for (const QVariant& value : std::as_const(m_countValues))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        Error error = Database::sqlError(tr("The documents cannot be counted."), query.lastError());
        query.finish();
        return error;
    }
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

QString DocumentListModel::pillKey(const Row& row) const
{
    return pillCodes.at(row.pill).toString();
}

DocumentListModel::RowInfo DocumentListModel::rowInfo(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row& r = m_rows.at(row);
    return {idAt(row), r.clientId, kindCodes.at(r.kind).toString(), statusCodes.at(r.status).toString(), r.number};
}

QString DocumentListModel::statusText(const QString& key)
{
    if (key == u"draft")
        return tr("Draft", "document status");
    if (key == u"issued")
        return tr("Issued", "document status");
    if (key == u"sent")
        return tr("Sent", "document status");
    if (key == u"accepted")
        return tr("Accepted", "document status");
    if (key == u"refused")
        return tr("Refused", "document status");
    if (key == u"expired")
        return tr("Expired", "document status");
    if (key == u"paid")
        return tr("Paid", "document status");
    if (key == u"partially_paid")
        return tr("Partially paid", "document status");
    if (key == u"overdue")
        return tr("Overdue", "document status");
    return key;
}

QVariant DocumentListModel::cellData(int rowIndex, int column, int role) const
{
    const Row& row = m_rows.at(rowIndex);
    if (role == Qt::TextAlignmentRole) {
        return column == Total || column == Outstanding ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                                        : QVariant();
    }
    const bool payable = !row.number.isEmpty() && (row.kind == 1 || row.kind == 2);

    if (role == RawValueRole) {
        switch (column) {
        case Number:
            return row.number.isEmpty() ? QVariant() : QVariant(row.number);
        case Kind:
            return kindCodes.at(row.kind).toString();
        case Client:
            return row.clientName;
        case Date:
            return row.issueDate.isEmpty() ? QVariant() : QVariant(row.issueDate);
        case Due:
            return row.dueDate.isEmpty() ? QVariant() : QVariant(row.dueDate);
        case Total:
            return row.totalCents;
        case Outstanding:
            return payable ? QVariant(row.outstandingCents) : QVariant();
        case Status:
            return pillKey(row);
        default:
            return {};
        }
    }

    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Number:
        return row.number.isEmpty() ? tr("Draft", "document number of a draft") : row.number;
    case Kind: {
        const auto kind = BillingDocument::kindFromKey(kindCodes.at(row.kind).toString());
        return kind ? BillingDocument::kindText(*kind) : QString();
    }
    case Client:
        return row.clientName;
    case Date:
        return formatDate(row.issueDate);
    case Due:
        return formatDate(row.dueDate);
    case Total:
        return formatMoney(row.totalCents, row.currency);
    case Outstanding:
        return payable && row.outstandingCents != 0 ? formatMoney(row.outstandingCents, row.currency) : QString();
    case Status:
        return statusText(pillKey(row));
    default:
        return {};
    }
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/PagedTableModel.h"

#include "core/models/Roles.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

namespace Bureau
{

using namespace Qt::StringLiterals;

namespace
{
Q_LOGGING_CATEGORY(lcModels, "bureau.models")
}

PagedTableModel::PagedTableModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

PagedTableModel::~PagedTableModel() = default;

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.row() >= m_ids.size()
        || index.column() >= columnCount())
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    return cellData(index.row(), index.column(), role);
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    // A view (or QAbstractItemModelTester) may ask again from a slot connected to rowsInserted:
    // the page being inserted is not finished yet, so that nested call is ignored.
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);

    auto page = readPage(m_ids.isEmpty());
    if (!page) {
        fail(page.error());
        return;
    }
    if (page->ids.isEmpty()) {
        m_atEnd = true;
        return;
    }
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(page->ids.size()) - 1);
    storePage(std::move(page).value());
    endInsertRows();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = -1;
    else if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PagedTableModel::reload()
{
    if (m_busy) {
        // Asked from a slot while a page is being inserted: reset once that is over.
        QMetaObject::invokeMethod(this, &PagedTableModel::reload, Qt::QueuedConnection);
        return;
    }
    std::optional<Error> error;
    {
        // The first page is read inside the reset, so a view (or a tester) reacting to
        // modelReset sees it at once and cannot trigger a second, nested fetch.
        const QScopedValueRollback busy(m_busy, true);
        beginResetModel();
        clearRows();
        m_ids.clear();
        m_ids.squeeze();
        m_strings.clear();
        m_lastSortValue.clear();
        m_lastId = 0;
        m_atEnd = false;
        m_lastError.reset();
        auto page = readPage(true);
        if (page) {
            storePage(std::move(page).value());
        } else {
            error = page.error();
            m_atEnd = true;
        }
        endResetModel();
    }
    if (error)
        fail(*error);
}

void PagedTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

bool PagedTableModel::isSortable(int column) const
{
    return column >= 0 && column < columnCount() && !sortKey(column).expression.isEmpty();
}

Result<qint64> PagedTableModel::totalCount() const
{
    QString sql = u"SELECT count(*) FROM "_s + fromClause();
    if (!m_filter.isEmpty())
        sql += u" WHERE "_s + m_filter;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& value : m_filterValues)
            query.addBindValue(value);
        ok = query.exec() && query.next();
    }
    if (!ok) {
        Error error = Database::sqlError(tr("The list could not be counted."), query.lastError());
        error.detail = error.detail + u" — "_s + sql;
        return error;
    }
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

qint64 PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : -1;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

void PagedTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns <= 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_ids.size()) - 1, columns - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

QString PagedTableModel::keyExpression() const
{
    return u"id"_s;
}

void PagedTableModel::setFilter(const QString& sqlFragment, const QVariantList& values)
{
    m_filter = sqlFragment;
    m_filterValues = values;
    reload();
}

void PagedTableModel::setInitialSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
}

QString PagedTableModel::intern(const QString& text)
{
    if (text.isEmpty())
        return {};
    const auto found = m_strings.constFind(text);
    if (found != m_strings.cend())
        return *found;
    m_strings.insert(text);
    return text;
}

Result<PagedTableModel::Page> PagedTableModel::readPage(bool fromStart) const
{
    const QString key = keyExpression();
    const bool byKey = m_sortColumn < 0;
    const SortKey sort = byKey ? SortKey{} : sortKey(m_sortColumn);
    const QString& expr = sort.expression;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const QString direction = descending ? u" DESC"_s : u" ASC"_s;
    const QString after = descending ? u" < "_s : u" > "_s;
    const QString atOrAfter = descending ? u" <= "_s : u" >= "_s;
    const QString keyOrder = key + direction;
    const QString fullOrder = byKey ? keyOrder : expr + direction + u", "_s + keyOrder;

    // Every query here can seek an index on (expr, key). SQLite 3.40 does not seek on a row-value
    // comparison whose first term is an expression such as `name COLLATE NOCASE` (it scans the
    // whole index), so a redundant `expr >= ?` carries the seek and the row value the exact
    // position. A NULL sort value is the smallest: NULL rows are read by key in a query of their
    // own, before (ascending) or after (descending) the others, so that no query needs an OR.
    QList<PageQuery> queries;
    if (fromStart) {
        QString order = fullOrder;
        // Written out, as PostgreSQL's defaults are the opposite of SQLite's.
        if (sort.nullable)
            order = expr + direction + (descending ? u" NULLS LAST, "_s : u" NULLS FIRST, "_s) + keyOrder;
        queries << PageQuery{{}, {}, order};
    } else if (byKey) {
        queries << PageQuery{key + after + u'?', {m_lastId}, keyOrder};
    } else if (m_lastSortValue.isNull()) {
        queries << PageQuery{expr + u" IS NULL AND "_s + key + after + u'?', {m_lastId}, keyOrder};
        if (!descending)
            queries << PageQuery{expr + u" IS NOT NULL"_s, {}, fullOrder};
    } else {
        queries << PageQuery{expr + atOrAfter + u"? AND ("_s + expr + u", "_s + key + u')' + after + u"(?, ?)"_s,
                             {m_lastSortValue, m_lastSortValue, m_lastId},
                             fullOrder};
        if (descending && sort.nullable)
            queries << PageQuery{expr + u" IS NULL"_s, {}, keyOrder};
    }

    QStringList select{key};
    if (!byKey)
        select << expr;
    select << fieldExpressions();

    Page page;
    page.ids.reserve(m_pageSize);
    page.rows.reserve(m_pageSize);
    for (const PageQuery& query : std::as_const(queries)) {
        if (auto read = readInto(page, query, select, !byKey); !read)
            return read.error();
        if (page.more)
            break;
    }
    return page;
}

Status PagedTableModel::readInto(Page& page, const PageQuery& part, const QStringList& select, bool hasSortValue) const
{
    QStringList where;
    QVariantList values;
    if (!m_filter.isEmpty()) {
        where << u'(' + m_filter + u')';
        values << m_filterValues;
    }
    if (!part.condition.isEmpty()) {
        where << part.condition;
        values << part.values;
    }
    QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + fromClause();
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY "_s + part.orderBy + u" LIMIT ?"_s;
    // One row more than the page needs tells whether another page follows, without an empty fetch.
    values << m_pageSize - static_cast<int>(page.ids.size()) + 1;

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const auto failure = [&]() -> Error {
        Error error = Database::sqlError(tr("The list could not be read."), query.lastError());
        error.detail = error.detail + u" — "_s + sql;
        query.finish();
        return error;
    };
    if (!query.prepare(sql))
        return failure();
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return failure();

    const int firstField = hasSortValue ? 2 : 1;
    const int fieldCount = static_cast<int>(select.size()) - firstField;
    while (query.next()) {
        if (page.ids.size() == m_pageSize) {
            page.more = true;
            break;
        }
        page.ids << query.value(0).toLongLong();
        page.lastSortValue = hasSortValue ? query.value(1) : QVariant();
        QVariantList row;
        row.reserve(fieldCount);
        for (int i = 0; i < fieldCount; ++i)
            row << query.value(firstField + i);
        page.rows << std::move(row);
    }
    if (query.lastError().isValid())
        return failure();
    // Releases the statement at once: an open read statement would pin the WAL.
    query.finish();
    return {};
}

void PagedTableModel::storePage(Page&& page)
{
    m_ids << page.ids;
    for (const QVariantList& row : std::as_const(page.rows))
        appendRow(row);
    if (!page.ids.isEmpty()) {
        m_lastId = page.ids.constLast();
        m_lastSortValue = page.lastSortValue;
    }
    m_atEnd = !page.more;
}

void PagedTableModel::fail(const Error& error)
{
    m_atEnd = true;
    m_lastError = error;
    qCWarning(lcModels).noquote() << error.oneLine();
    emit failed(error);
}

} // namespace Bureau

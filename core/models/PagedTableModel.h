// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace Bureau
{

class Database;

/**
 * The base of every list view over a large table (DESIGN.md, Storage): rows are read a page at a
 * time by key — keyset pagination over the ordering (sort value, id) — with forward-only queries
 * that are finish()ed as soon as the page is read, so no statement stays open (an open statement
 * pins the WAL) and nothing but the rows shown so far is held in memory.
 *
 * A page is `SELECT key, sortexpr, fields… FROM … WHERE <filter> AND sortexpr >= ? AND
 * (sortexpr, key) > (?, ?) ORDER BY sortexpr, key LIMIT ?` (`<=`, `<` and DESC for a descending
 * sort). Sorting happens in SQL, on any column the subclass gives a sort expression for; ties are
 * broken by the key, so no row is skipped or repeated across page boundaries however many rows
 * share a sort value. A NULL sort value is the smallest (first ascending, last descending, on
 * SQLite and PostgreSQL alike). Each page query seeks an index on (sortexpr, key) where one
 * exists: give the columns a large table sorts on such an index.
 *
 * A subclass describes its source (fromClause(), fieldExpressions(), sortKey() per column of its
 * `Column` enum), stores the rows it is handed in a compact form (appendRow(): a QVector of a small
 * struct, intern() for repeated strings) and answers cellData(). The base keeps the keys (8 bytes
 * a row). Memory is what the subclass's row costs: ClientListModel's 120-byte struct plus its
 * name measures ≈ 200 bytes a loaded row, all included; a row kept as a QVariantList costs about
 * 32 bytes a field more than a struct. For the 1,000,000 time entries, keep rows to integers and
 * interned strings (≈ 50–80 bytes) so that scrolling to the end stays well under 100 MB.
 *
 * The model must not outlive its Database. Query failures never throw: the model stops fetching,
 * keeps the error (lastError()) and emits failed(); reload() tries again.
 */
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;

    ~PagedTableModel() override;

    /** Rows loaded so far (not the table's size: see totalCount()). */
    int rowCount(const QModelIndex& parent = {}) const final;
    /** IdRole here; every other role from the subclass's cellData(). */
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    bool canFetchMore(const QModelIndex& parent) const final;
    /** Loads the next page. Ignored while the model is already loading (views call it re-entrantly). */
    void fetchMore(const QModelIndex& parent) final;
    /**
     * Re-queries from the first page in the new order. Column -1 orders by key alone (what a view
     * asks when the sort indicator is cleared); a column without a sort expression is ignored.
     */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) final;

    /** Forgets the loaded rows and reads the first page again, with the same sort and filter. */
    void reload();

    int pageSize() const { return m_pageSize; }
    /** Rows per page, from the next fetch on (at least 1). */
    void setPageSize(int rows);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortable(int column) const;

    /** `SELECT count(*)` under the current filter: the size of the whole list, loaded or not. */
    Result<qint64> totalCount() const;

    /** True when every row matching the filter is loaded. */
    bool atEnd() const { return m_atEnd; }
    /** The key of a loaded row; -1 when out of range. */
    qint64 idAt(int row) const;
    /** The row of a loaded key; -1 when it is not loaded (or filtered out). */
    int rowOfId(qint64 id) const;

    /** The last query failure since the last successful reload(), if any. */
    const std::optional<Error>& lastError() const { return m_lastError; }

    /** Tells views to re-read header and cell texts: call it from the view's retranslateUi(). */
    void retranslate();

signals:
    /** A query failed; the rows loaded so far stay, and fetching stops until reload(). */
    void failed(const Bureau::Error& error);

protected:
    /** How a column sorts: an SQL expression from code (never from input); empty: not sortable. */
    struct SortKey
    {
        QString expression;
        /** Whether the expression can be NULL (the page query then handles NULLs explicitly). */
        bool nullable = false;
    };

    PagedTableModel(Database& database, QObject* parent);

    /** The table, or a join, the rows come from. */
    virtual QString fromClause() const = 0;
    /** The unique integer key of a row; tie-breaker of every ordering. */
    virtual QString keyExpression() const;
    /** The expressions read for each row, handed in this order to appendRow(). */
    virtual QStringList fieldExpressions() const = 0;
    virtual SortKey sortKey(int column) const = 0;
    /** Stores one row read from a page (`fields` as in fieldExpressions()). */
    virtual void appendRow(const QVariantList& fields) = 0;
    /** Forgets every stored row (called inside a model reset). */
    virtual void clearRows() = 0;
    /** A cell's data, `row` and `column` already checked; every role but IdRole. */
    virtual QVariant cellData(int row, int column, int role) const = 0;

    /**
     * Restricts the rows: `sqlFragment` is a boolean SQL expression written in code, with one `?`
     * per value in `values` (values are always bound, never spliced). Empty: every row. Reloads.
     */
    void setFilter(const QString& sqlFragment, const QVariantList& values);
    /** The order before any sort() call; does not reload (call it before the first reload()). */
    void setInitialSort(int column, Qt::SortOrder order);

    /** Returns an equal string sharing storage with earlier ones: repeated cities, currencies. */
    QString intern(const QString& text);

    Database& database() const { return m_database; }

private:
    struct Page
    {
        QVector<qint64> ids;
        QList<QVariantList> rows;
        QVariant lastSortValue;
        bool more = false;
    };

    /** One query of a page: its condition beyond the filter, the values it binds, its ORDER BY. */
    struct PageQuery
    {
        QString condition;
        QVariantList values;
        QString orderBy;
    };

    Result<Page> readPage(bool fromStart) const;
    Status readInto(Page& page, const PageQuery& part, const QStringList& select, bool hasSortValue) const;
    void storePage(Page&& page);
    void fail(const Error& error);

    Database& m_database;
    int m_pageSize = DefaultPageSize;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;
    QVariantList m_filterValues;

    QVector<qint64> m_ids;
    QSet<QString> m_strings;
    QVariant m_lastSortValue; // the cursor: the last loaded row's sort value and key
    qint64 m_lastId = 0;
    bool m_atEnd = false;
    bool m_busy = false;
    std::optional<Error> m_lastError;
};

} // namespace Bureau

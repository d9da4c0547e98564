// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/PagedTableModel.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace Bureau
{

/**
 * The quotes, invoices, deposit invoices and credit notes list (`documents` joined to its client
 * and `document_balances`), paged and sorted in SQL by PagedTableModel: newest first by default
 * (drafts, which have no date, first). Display texts are translated and formatted with the default
 * QLocale; RawValueRole gives codes, cents and ISO dates. The Status column's raw value is the
 * pill's key: "draft", "issued", "sent", "partially_paid", "paid", "overdue", "accepted",
 * "refused", "expired" (paid and overdue derived from the balances and the due date at `today`).
 *
 * Filters combine: kind segment, status, client, search (number or client name; case- and
 * accent-insensitive).
 */
class DocumentListModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        /** Drafts: "Draft". */
        Number,
        Kind,
        Client,
        /** Issue date; raw: ISO text, null for drafts. */
        Date,
        /** Due date (quotes: valid until); raw: ISO text. */
        Due,
        /** In the document's currency, right-aligned; raw: qint64 cents. */
        Total,
        /** What is left to pay on issued invoices and deposits; raw: qint64 cents. */
        Outstanding,
        /** A pill; raw: the key above. */
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    /** The kind segment. */
    enum class KindFilter
    {
        /** Invoices and deposit invoices. */
        Invoices,
        Quotes,
        CreditNotes,
        All,
    };
    Q_ENUM(KindFilter)

    enum class StatusFilter
    {
        All,
        Drafts,
        /** Drafts made by the monthly run (mission_billing_runs), awaiting review. */
        ToReview,
        /** Issued invoices and deposits with something left to pay. */
        Outstanding,
        /** Outstanding past the due date. */
        Overdue,
        /** Issued invoices and deposits fully paid. */
        Paid,
    };
    Q_ENUM(StatusFilter)

    /** @p today: the day "overdue" is judged at (the user's local date). */
    DocumentListModel(Database& database, QDate today, QObject* parent = nullptr);
    ~DocumentListModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    KindFilter kindFilter() const { return m_kind; }
    void setKindFilter(KindFilter kind);
    StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter status);
    qint64 clientFilter() const { return m_clientId; }
    /** 0: every client. */
    void setClientFilter(qint64 clientId);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    /** The day overdue is judged at; reloads when it changes. */
    void setToday(QDate today);

    /**
     * How many documents the filters select (what the view's count says): like totalCount(), over
     * the kind index.
     */
    Result<qint64> documentCount() const;

    /** The loaded row's facts the view's actions need. */
    struct RowInfo
    {
        qint64 id = 0;
        qint64 clientId = 0;
        QString kind;   // "invoice", "quote"…
        QString status; // stored status key
        QString number;
        bool isDraft() const { return number.isEmpty(); }
    };
    /** Row @p row (loaded), or an empty RowInfo. */
    RowInfo rowInfo(int row) const;

    /** The translated text of a pill key ("partially_paid" → "Partially paid"). */
    static QString statusText(const QString& key);

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
        QString number;
        QString clientName;
        QString currency;
        QString issueDate; // ISO
        QString dueDate;   // ISO
        qint64 clientId = 0;
        qint64 totalCents = 0;
        qint64 outstandingCents = 0;
        quint8 kind = 0;   // index into the kind keys
        quint8 status = 0; // index into the stored status keys
        quint8 pill = 0;   // index into the pill keys
    };

    void applyFilter();
    QString pillKey(const Row& row) const;

    QVector<Row> m_rows;
    QHash<qint64, QString> m_clientNames;
    QString m_countFilter;
    QVariantList m_countValues;
    QDate m_today;
    KindFilter m_kind = KindFilter::Invoices;
    StatusFilter m_status = StatusFilter::All;
    qint64 m_clientId = 0;
    QString m_searchText;
};

} // namespace Bureau

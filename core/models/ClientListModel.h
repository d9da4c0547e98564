// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/PagedTableModel.h"

#include <QString>
#include <QVector>

namespace Bureau
{

/**
 * The clients list (`clients` table), paged and sorted in SQL by PagedTableModel. Hides archived
 * clients unless told otherwise; sorts by name (case-insensitive) first. Display texts are
 * translated and formatted with the default QLocale; RawValueRole gives codes, cents and UTC ms.
 */
class ClientListModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        /** Company or person (translated); raw: "company" / "person". */
        Kind,
        City,
        /** ISO 3166 code. */
        Country,
        /** Translated; raw: "prospect" / "active" / "paused" / "former"; sorts in that order. */
        Status,
        /** In the client's currency, right-aligned; raw: qint64 cents, null when none. */
        HourlyRate,
        /** A local date; raw: qint64 UTC ms. */
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ClientListModel(Database& database, QObject* parent = nullptr);
    ~ClientListModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool showArchived() const { return m_showArchived; }
    /** Also lists archived clients (hidden by default). Reloads. */
    void setShowArchived(bool show);

    QString statusFilter() const { return m_statusFilter; }
    /** Only clients with this status code ("active"…); empty: every status. Reloads. */
    void setStatusFilter(const QString& status);

protected:
    QString fromClause() const override;
    QStringList fieldExpressions() const override;
    SortKey sortKey(int column) const override;
    void appendRow(const QVariantList& fields) override;
    void clearRows() override;
    QVariant cellData(int row, int column, int role) const override;

private:
    /** About 120 bytes a row plus the name's text; repeated strings are interned. */
    struct Row
    {
        QString name;
        QString city;
        QString country;
        QString currency;
        qint64 hourlyRateCents = 0;
        qint64 createdAtMs = 0;
        quint8 kind = 0;
        quint8 status = 0;
        bool hasRate = false;
    };

    void applyFilter();

    QVector<Row> m_rows;
    bool m_showArchived = false;
    QString m_statusFilter;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/PagedTableModel.h"

#include <QString>
#include <QVector>

namespace Bureau
{

/**
 * The clients list (`clients` table), paged and sorted in SQL by PagedTableModel. Hides archived
 * clients unless told otherwise; sorts by name (case- and accent-folded: `name_folded`) first.
 * Display texts are translated and formatted with the default QLocale; RawValueRole gives codes,
 * cents and UTC ms.
 *
 * Filters combine: search as you type (ClientRepository::searchCondition(): name, contacts,
 * e-mails, phones, tags, notes, city; accent- and case-insensitive), status, tag, archived.
 * Onboarding progress is counted in SQL, per row, from `client_onboarding`: an item is done when
 * ticked, or when its rule holds (an unrevoked access, a contract file, an active mission,
 * reception instructions written).
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
        /** The main e-mail. */
        Email,
        /** The main phone as typed; raw: its E.164 form when it has one, else as typed. */
        Phone,
        City,
        /** ISO 3166 code. */
        Country,
        /** Translated; raw: "prospect" / "active" / "paused" / "former"; sorts in that order. */
        Status,
        /** The client's tags, sorted and comma-separated; raw: the same text, null without tags. */
        Tags,
        /** Onboarding progress "3/5"; raw: done × 1000 / total (qint64), null without a checklist. */
        Onboarding,
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

    QString tagFilter() const { return m_tagFilter; }
    /** Only clients with this tag (case-insensitive); empty: any. Reloads. */
    void setTagFilter(const QString& tag);

    QString searchText() const { return m_searchText; }
    /** Only clients matching this text as typed in the search box; blank: all. Reloads when it changes. */
    void setSearchText(const QString& text);

protected:
    QString fromClause() const override;
    QStringList fieldExpressions() const override;
    SortKey sortKey(int column) const override;
    void appendRow(const QVariantList& fields) override;
    void clearRows() override;
    QVariant cellData(int row, int column, int role) const override;

private:
    /** About 170 bytes a row plus the name's, e-mail's and phone's texts; repeated strings are interned. */
    struct Row
    {
        QString name;
        QString email;
        QString phone;
        QString phoneE164;
        QString city;
        QString country;
        QString currency;
        QString tags;
        qint64 hourlyRateCents = 0;
        qint64 createdAtMs = 0;
        quint16 onboardingDone = 0;
        quint16 onboardingTotal = 0;
        quint8 kind = 0;
        quint8 status = 0;
        bool hasRate = false;
        bool archived = false;
    };

    void applyFilter();

    QVector<Row> m_rows;
    bool m_showArchived = false;
    QString m_statusFilter;
    QString m_tagFilter;
    QString m_searchText;
};

} // namespace Bureau

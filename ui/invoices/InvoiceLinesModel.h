// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BillingDocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStyledItemDelegate>

namespace Bureau
{

/**
 * The editable lines of a draft in the invoice editor: kind, description, quantity, unit, unit
 * price, VAT rate, discount, and the net (read-only, InvoiceTotals::lineNet). Texts are read and
 * shown in the default QLocale; money in the document's currency. An edit that cannot be read is
 * refused (the cell keeps its value) and lastError() says why.
 */
class InvoiceLinesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Description,
        Quantity,
        Unit,
        UnitPrice,
        Vat,
        Discount,
        Net,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit InvoiceLinesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const QList<DocumentLine>& lines() const { return m_lines; }
    void setLines(const QList<DocumentLine>& lines);
    void setCurrency(const QString& currency);
    /** Editable or not (issued documents). */
    void setReadOnly(bool readOnly);
    /** The rate new service lines get (20 % for a VAT-registered seller, 0 otherwise). */
    void setDefaultVat(int basisPoints) { m_defaultVat = basisPoints; }

    /** Appends a line of @p kind; returns its row. */
    int addLine(DocumentLine::Kind kind);
    void removeLine(int row);
    /** Moves line @p row by @p delta (−1 up, +1 down); returns its new row. */
    int moveLine(int row, int delta);
    /**
     * Points disbursement line @p row at receipt @p fileId (one of the client's files, 0 for none);
     * false for a service line.
     */
    bool setReceipt(int row, qint64 fileId);
    /** Drops every line's receipt (the client changed: the files were the other client's). */
    void clearReceipts();
    /** The receipts' file names, shown with their lines. */
    void setReceiptNames(const QHash<qint64, QString>& names);

    QString lastError() const { return m_lastError; }
    void retranslate();

    static QString unitText(DocumentLine::Unit unit);
    static QString kindText(DocumentLine::Kind kind);
    /** "20 %" in the default locale. */
    static QString percentText(int basisPoints);
    /** Reads "1,5" / "1.5" / "2" as thousandths; nullopt when it is not a number. */
    static std::optional<qint64> parseQuantity(const QString& text);
    /** Reads "10", "5,5", "12.5 %" as basis points within 0–10000; nullopt otherwise. */
    static std::optional<int> parsePercent(const QString& text);
    static QString quantityText(qint64 thousandths);

signals:
    /** A line changed, was added, removed or moved: totals must be computed again. */
    void linesChanged();

private:
    void recomputeNet(int row);

    QList<DocumentLine> m_lines;
    QHash<qint64, QString> m_receiptNames;
    QString m_currency = QStringLiteral("EUR");
    QString m_lastError;
    int m_defaultVat = 0;
    bool m_readOnly = false;
};

/** Combo boxes for the kind, unit and VAT columns; a plain editor elsewhere. */
class InvoiceLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/invoices/InvoiceLinesModel.h"

#include "core/domain/InvoiceTotals.h"
#include "core/domain/Money.h"
#include "core/models/Roles.h"
#include "ui/widgets/Icons.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QLocale>

#include <cmath>

namespace Bureau
{

namespace
{

constexpr int kVatRates[] = {2000, 1000, 550, 210, 0};
constexpr DocumentLine::Unit kUnits[] = {DocumentLine::Unit::Hour, DocumentLine::Unit::Day, DocumentLine::Unit::Unit,
                                         DocumentLine::Unit::Flat};

/** A decimal typed with "," or "." whatever the locale; nullopt when not a plain number. */
std::optional<double> parseDecimal(QString text)
{
    text = text.trimmed();
    text.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(u' ');
    text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

InvoiceLinesModel::InvoiceLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int InvoiceLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceLinesModel::unitText(DocumentLine::Unit unit)
{
    switch (unit) {
    case DocumentLine::Unit::Hour:
        return tr("hour", "invoice line unit");
    case DocumentLine::Unit::Day:
        return tr("day", "invoice line unit");
    case DocumentLine::Unit::Unit:
        return tr("unit", "invoice line unit");
    case DocumentLine::Unit::Flat:
        return tr("flat fee", "invoice line unit");
    }
    return {};
}

QString InvoiceLinesModel::kindText(DocumentLine::Kind kind)
{
    return kind == DocumentLine::Kind::Disbursement ? tr("Disbursement", "invoice line kind")
                                                    : tr("Service", "invoice line kind");
}

QString InvoiceLinesModel::percentText(int basisPoints)
{
    const QLocale locale;
    const QString number = basisPoints % 100 == 0 ? locale.toString(basisPoints / 100)
                                                  : locale.toString(basisPoints / 100.0, 'f', basisPoints % 10 == 0 ? 1 : 2);
    return tr("%1 %", "a percentage").arg(number);
}

QString InvoiceLinesModel::quantityText(qint64 thousandths)
{
    const QLocale locale;
    if (thousandths % 1000 == 0)
        return locale.toString(thousandths / 1000);
    const int decimals = thousandths % 100 == 0 ? 1 : (thousandths % 10 == 0 ? 2 : 3);
    return locale.toString(static_cast<double>(thousandths) / 1000.0, 'f', decimals);
}

std::optional<qint64> InvoiceLinesModel::parseQuantity(const QString& text)
{
    const auto value = parseDecimal(text);
    if (!value || std::abs(*value) > 1e12)
        return std::nullopt;
    return static_cast<qint64>(std::llround(*value * 1000.0));
}

std::optional<int> InvoiceLinesModel::parsePercent(const QString& text)
{
    QString plain = text;
    plain.remove(u'%');
    const auto value = parseDecimal(plain);
    if (!value || *value < 0 || *value > 100)
        return std::nullopt;
    return static_cast<int>(std::lround(*value * 100.0));
}

QVariant InvoiceLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const DocumentLine& line = m_lines.at(index.row());
    const bool disbursement = line.kind == DocumentLine::Kind::Disbursement;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        if (column == Quantity || column == UnitPrice || column == Vat || column == Discount || column == Net)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == Description && line.receiptFileId > 0) {
        // The receipt is named in the tooltip and marked with a file icon.
        const QString name = m_receiptNames.value(line.receiptFileId);
        if (role == Qt::DecorationRole)
            return Icons::forPalette(QStringLiteral("file"), QGuiApplication::palette());
        if (role == Qt::ToolTipRole)
            return QString(line.description + u'\n'
                           + (name.isEmpty() ? tr("Receipt attached") : tr("Receipt: %1").arg(name)));
    }
    if (role == Qt::ToolTipRole && column == Description)
        return line.description;
    if (role == RawValueRole) {
        switch (column) {
        case Kind:
            return BillingDocument::lineKindKey(line.kind);
        case Description:
            return line.description;
        case Quantity:
            return line.quantityThousandths;
        case Unit:
            return BillingDocument::unitKey(line.unit);
        case UnitPrice:
            return line.unitPriceCents;
        case Vat:
            return line.vatBasisPoints;
        case Discount:
            return line.discountBasisPoints;
        case Net:
            return line.netCents;
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case Kind:
            return BillingDocument::lineKindKey(line.kind);
        case Unit:
            return BillingDocument::unitKey(line.unit);
        case Vat:
            return line.vatBasisPoints;
        case UnitPrice:
            return QLocale().toString(static_cast<double>(line.unitPriceCents) / 100.0, 'f', 2);
        case Discount:
            return line.discountBasisPoints == 0 ? QString() : percentText(line.discountBasisPoints).remove(u'%').trimmed();
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case Kind:
        return kindText(line.kind);
    case Description:
        return line.description;
    case Quantity:
        return quantityText(line.quantityThousandths);
    case Unit:
        return unitText(line.unit);
    case UnitPrice:
        return Money::fromCents(line.unitPriceCents, m_currency).format(QLocale());
    case Vat:
        return disbursement ? QString() : percentText(line.vatBasisPoints);
    case Discount:
        return disbursement || line.discountBasisPoints == 0 ? QString() : percentText(line.discountBasisPoints);
    case Net:
        return Money::fromCents(line.netCents, m_currency).format(QLocale());
    default:
        return {};
    }
}

bool InvoiceLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly || index.row() >= m_lines.size())
        return false;
    DocumentLine& line = m_lines[index.row()];
    const QString text = value.toString();
    m_lastError.clear();
    switch (index.column()) {
    case Kind: {
        auto kind = BillingDocument::lineKindFromKey(text);
        if (!kind)
            kind = text == kindText(DocumentLine::Kind::Disbursement) ? DocumentLine::Kind::Disbursement
                                                                        : DocumentLine::Kind::Service;
        line.kind = *kind;
        if (line.kind == DocumentLine::Kind::Disbursement) {
            line.vatBasisPoints = 0;
            line.discountBasisPoints = 0;
            line.unit = DocumentLine::Unit::Flat;
        } else {
            line.vatBasisPoints = m_defaultVat;
            line.receiptFileId = 0;
        }
        break;
    }
    case Description:
        line.description = text;
        break;
    case Quantity: {
        const auto quantity = parseQuantity(text);
        if (!quantity) {
            m_lastError = tr("“%1” is not a quantity: type a number such as 1.5.").arg(text);
            return false;
        }
        line.quantityThousandths = *quantity;
        break;
    }
    case Unit: {
        auto unit = BillingDocument::unitFromKey(text);
        if (!unit) {
            for (const auto candidate : kUnits) {
                if (unitText(candidate) == text)
                    unit = candidate;
            }
        }
        if (!unit)
            return false;
        line.unit = *unit;
        break;
    }
    case UnitPrice: {
        auto price = Money::parse(text, m_currency, QLocale());
        if (!price) {
            m_lastError = price.error().message;
            return false;
        }
        line.unitPriceCents = price->cents();
        break;
    }
    case Vat: {
        bool isInt = false;
        int rate = value.toInt(&isInt);
        if (!isInt || value.typeId() == QMetaType::QString) {
            const auto parsed = parsePercent(text);
            if (!parsed) {
                m_lastError = tr("“%1” is not a VAT rate.").arg(text);
                return false;
            }
            rate = *parsed;
        }
        if (!BillingDocument::isValidVatRate(rate) && rate != 0) {
            m_lastError = tr("The VAT rate must be 20 %, 10 %, 5.5 % or 2.1 %.");
            return false;
        }
        if (line.kind == DocumentLine::Kind::Disbursement)
            return false;
        line.vatBasisPoints = rate;
        break;
    }
    case Discount: {
        const auto parsed = text.trimmed().isEmpty() ? std::optional<int>(0) : parsePercent(text);
        if (!parsed) {
            m_lastError = tr("“%1” is not a percentage between 0 and 100.").arg(text);
            return false;
        }
        if (line.kind == DocumentLine::Kind::Disbursement)
            return false;
        line.discountBasisPoints = *parsed;
        break;
    }
    default:
        return false;
    }
    recomputeNet(index.row());
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit linesChanged();
    return true;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return section == Quantity || section == UnitPrice || section == Vat || section == Discount || section == Net
                   ? static_cast<int>(Qt::AlignRight | Qt::AlignVCenter)
                   : static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind", "invoice line column");
    case Description:
        return tr("Description", "invoice line column");
    case Quantity:
        return tr("Qty", "invoice line column");
    case Unit:
        return tr("Unit", "invoice line column");
    case UnitPrice:
        return tr("Unit price", "invoice line column");
    case Vat:
        return tr("VAT", "invoice line column");
    case Discount:
        return tr("Discount", "invoice line column");
    case Net:
        return tr("Net", "invoice line column");
    default:
        return {};
    }
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || index.column() == Net)
        return flags;
    const bool disbursement = m_lines.at(index.row()).kind == DocumentLine::Kind::Disbursement;
    if (disbursement && (index.column() == Vat || index.column() == Discount))
        return flags;
    return flags | Qt::ItemIsEditable;
}

void InvoiceLinesModel::setLines(const QList<DocumentLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    for (int row = 0; row < m_lines.size(); ++row)
        recomputeNet(row);
    endResetModel();
    emit linesChanged();
}

void InvoiceLinesModel::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    for (int row = 0; row < m_lines.size(); ++row)
        recomputeNet(row);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_lines.size()) - 1, ColumnCount - 1));
}

bool InvoiceLinesModel::setReceipt(int row, qint64 fileId)
{
    if (row < 0 || row >= m_lines.size() || m_readOnly)
        return false;
    DocumentLine& line = m_lines[row];
    if (line.kind != DocumentLine::Kind::Disbursement && fileId > 0)
        return false;
    line.receiptFileId = fileId;
    emit dataChanged(index(row, Description), index(row, Description));
    emit linesChanged();
    return true;
}

void InvoiceLinesModel::clearReceipts()
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).receiptFileId > 0)
            setReceipt(row, 0);
    }
}

void InvoiceLinesModel::setReceiptNames(const QHash<qint64, QString>& names)
{
    m_receiptNames = names;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, Description), index(static_cast<int>(m_lines.size()) - 1, Description));
}

void InvoiceLinesModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

int InvoiceLinesModel::addLine(DocumentLine::Kind kind)
{
    DocumentLine line;
    line.kind = kind;
    line.quantityThousandths = 1000;
    line.unit = kind == DocumentLine::Kind::Disbursement ? DocumentLine::Unit::Flat : DocumentLine::Unit::Hour;
    line.vatBasisPoints = kind == DocumentLine::Kind::Disbursement ? 0 : m_defaultVat;
    const int row = static_cast<int>(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines << line;
    endInsertRows();
    emit linesChanged();
    return row;
}

void InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

int InvoiceLinesModel::moveLine(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_lines.size() || target < 0 || target >= m_lines.size())
        return row;
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_lines.move(row, target);
    endMoveRows();
    emit linesChanged();
    return target;
}

void InvoiceLinesModel::recomputeNet(int row)
{
    DocumentLine& line = m_lines[row];
    auto net = InvoiceTotals::lineNet(line, m_currency);
    line.netCents = net ? net.value() : 0;
}

void InvoiceLinesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_lines.size()) - 1, ColumnCount - 1));
}

// ---------------------------------------------------------------------------------------------

QWidget* InvoiceLineDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    switch (index.column()) {
    case InvoiceLinesModel::Kind: {
        auto* combo = new QComboBox(parent);
        for (const auto kind : {DocumentLine::Kind::Service, DocumentLine::Kind::Disbursement})
            combo->addItem(InvoiceLinesModel::kindText(kind), BillingDocument::lineKindKey(kind));
        return combo;
    }
    case InvoiceLinesModel::Unit: {
        auto* combo = new QComboBox(parent);
        for (const auto unit : kUnits)
            combo->addItem(InvoiceLinesModel::unitText(unit), BillingDocument::unitKey(unit));
        return combo;
    }
    case InvoiceLinesModel::Vat: {
        auto* combo = new QComboBox(parent);
        for (const int rate : kVatRates)
            combo->addItem(InvoiceLinesModel::percentText(rate), rate);
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void InvoiceLineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void InvoiceLineDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Bureau

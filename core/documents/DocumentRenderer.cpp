// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentRenderer.h"

#include "core/documents/DocumentFonts.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <memory>

namespace Bureau
{

namespace
{

// Device resolution of the layout: 600 dpi keeps positions within 0.05 mm.
constexpr int kDpi = DocumentRenderer::kDpi;
// Images are embedded at this resolution at most.
constexpr int kImageDpi = 300;

// The page, in points (1/72 inch): A4, margins on an 8-point grid.
constexpr qreal kPageWidth = 595.2756;
constexpr qreal kPageHeight = 841.8898;
constexpr qreal kMarginX = 48;
constexpr qreal kMarginTop = 40;
constexpr qreal kMarginBottom = 32;
constexpr qreal kLogoMaxHeight = 40;
constexpr qreal kLogoMaxWidth = 120;

// Font sizes, in points.
constexpr qreal kBodySize = 9.5;
constexpr qreal kSmallSize = 8;
constexpr qreal kTableSize = 9;
constexpr qreal kTableHeaderSize = 8.5;
constexpr qreal kTitleSize = 18;
constexpr qreal kSectionSize = 11;
constexpr qreal kHeaderNameSize = 11;
constexpr qreal kHeaderTitleSize = 13;
constexpr qreal kHeaderReferenceSize = 9;
constexpr qreal kFooterSize = 7.5;
constexpr qreal kBoxTitleSize = 7.5;
constexpr qreal kWatermarkSize = 96;

// The application's accent (DESIGN.md, Look and feel) and a calm palette around it.
QColor ink()
{
    return QColor::fromRgb(0x1f, 0x24, 0x30);
}
QColor muted()
{
    return QColor::fromRgb(0x5f, 0x66, 0x75);
}
QColor rule()
{
    return QColor::fromRgb(0xd5, 0xda, 0xe3);
}
QColor accent()
{
    return QColor::fromRgb(0x2f, 0x5b, 0xd3);
}
QColor tint()
{
    return QColor::fromRgb(0xec, 0xf0, 0xfb);
}
QColor watermark()
{
    return QColor::fromRgb(0x2f, 0x5b, 0xd3, 26);
}

/**
 * Text as typed, ready for QTextLayout: line breaks become line separators, tabs spaces; control
 * characters and explicit bidirectional overrides (which could make a printed amount or name read
 * differently from what is stored) are dropped.
 */
QString plain(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QChar(QChar::LineSeparator);
        } else if (u == u'\n' || u == QChar::LineSeparator || u == QChar::ParagraphSeparator) {
            out += QChar(QChar::LineSeparator);
        } else if (u == u'\t') {
            out += u' ';
        } else if (c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E)
                   || (u >= 0x2066 && u <= 0x2069)) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

/** A laid-out piece of text: lines positioned from (0, 0), in device units. */
struct Text
{
    std::shared_ptr<QTextLayout> layout;
    qreal height = 0;

    int lineCount() const { return layout->lineCount(); }
    qreal lineTop(int i) const { return layout->lineAt(i).y(); }
};

/** What a page shows, painted once the number of pages is known. */
using PageOp = std::function<void(QPainter&)>;
/** Paints a unit with its top edge at the given y. */
using UnitPainter = std::function<void(QPainter&, qreal)>;

/** The smallest thing the paginator places: a line of a paragraph, a table row, a heading. */
struct Unit
{
    /** Space above, dropped at the top of a page. */
    qreal spaceBefore = 0;
    qreal height = 0;
    /** Must share its page with the next unit (headings, a paragraph's first and last lines). */
    bool keepWithNext = false;
    /** Pure space: dropped at the top of a page. */
    bool spacer = false;
    UnitPainter paint;
    /** Table rows: the header, painted first when the row opens a page. */
    std::shared_ptr<const Unit> repeatHeader;
};

/** Paints behind a row, or a piece of it: (painter, top, height, first piece, last piece). */
using RowBackground = std::function<void(QPainter&, qreal, qreal, bool, bool)>;

/** One cell of a row of text: a table cell, a label or a value. */
struct Cell
{
    qreal x = 0;
    Text text;
    QColor color;
};

class Layout final
{
public:
    /** Text is measured for @p writer, which must outlive the layout. */
    Layout(const DocumentModel& model, const DocumentFonts& fonts, QPagedPaintDevice* writer)
        : m_model(model)
        , m_fonts(fonts)
        , m_device(writer)
        , m_scale(static_cast<qreal>(kDpi) / 72)
    {
    }

    Status prepare();
    void paint(QPainter& painter) const;
    int pageCount() const { return static_cast<int>(m_pages.size()); }

private:
    qreal pt(qreal points) const { return points * m_scale; }
    QFont font(qreal size, bool bold = false) const;
    Text text(const QString& content, const QFont& font, qreal width, Qt::Alignment alignment = Qt::AlignLeft) const;
    static void drawLines(QPainter& painter, const Text& text, const QColor& color, const QPointF& origin,
                          qreal from = -1, qreal to = 1e12);

    Status prepareLogo();
    void prepareHeaderAndFooter();
    void addBlock(const DocumentBlock& block);
    void addUnits(const DocumentBlock& block);
    void addHeading(const DocumentBlock& block);
    void addParagraph(const DocumentBlock& block);
    void addKeyValues(const DocumentBlock& block);
    void addKeyValueColumns(const DocumentBlock& block, const QFont& labelFont, const QFont& valueFont);
    void addTable(const DocumentTable& table);
    void addBoxes(const QList<DocumentBox>& boxes);
    void addTotals(const DocumentBlock& block);
    /** A row of cells, as one unit, or split at line boundaries (always, or when taller than a page). */
    void addRow(const QList<Cell>& cells, qreal padding, qreal spaceBefore, bool splitLines,
                const RowBackground& background, const std::shared_ptr<const Unit>& repeatHeader);
    void paginate();

    const DocumentModel& m_model;
    const DocumentFonts& m_fonts;
    QPagedPaintDevice* m_device;
    const qreal m_scale;

    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    QImage m_logo;
    QRectF m_logoRect;
    Text m_sellerName;
    Text m_title;
    Text m_reference;
    qreal m_headerHeight = 0;
    Text m_footer;
    qreal m_footerTop = 0;
    /** The label column of every key-value block: values line up down the whole document. */
    qreal m_labelWidth = 0;

    QList<Unit> m_units;
    /** The next unit follows a heading: it takes less space above. */
    bool m_afterHeading = false;
    QList<QList<PageOp>> m_pages;
};

QFont Layout::font(qreal size, bool bold) const
{
    return m_fonts.sans(size, bold);
}

Text Layout::text(const QString& content, const QFont& textFont, qreal width, Qt::Alignment alignment) const
{
    Text result;
    result.layout = std::make_shared<QTextLayout>(plain(content), textFont, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    result.layout->setTextOption(option);
    result.layout->setCacheEnabled(true);
    // Lines 1.4 times the font size apart.
    const qreal leading = QFontMetricsF(textFont, m_device).height() * 0.22;
    qreal y = 0;
    result.layout->beginLayout();
    for (QTextLine line = result.layout->createLine(); line.isValid(); line = result.layout->createLine()) {
        line.setLineWidth(std::max<qreal>(width, 1));
        if (y > 0)
            y += leading;
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    result.layout->endLayout();
    result.height = y;
    return result;
}

void Layout::drawLines(QPainter& painter, const Text& text, const QColor& color, const QPointF& origin, qreal from,
                       qreal to)
{
    painter.setPen(color);
    const int count = text.lineCount();
    for (int i = 0; i < count; ++i) {
        const QTextLine line = text.layout->lineAt(i);
        // Half a device unit of tolerance: lines of two cells in one row start at the same y.
        if (line.y() >= from - 0.5 && line.y() < to - 0.5)
            line.draw(&painter, origin);
    }
}

Status Layout::prepareLogo()
{
    if (m_model.logoFile.isEmpty())
        return {};
    QImageReader reader(m_model.logoFile);
    reader.setAutoTransform(true);
    const QSize natural = reader.size();
    if (!reader.canRead() || natural.isEmpty()) {
        return Error::make(Error::Kind::NotFound,
                           DocumentRenderer::tr("The logo %1 cannot be read. Choose another picture in your "
                                                "business profile, or remove it.")
                               .arg(QFileInfo(m_model.logoFile).fileName()),
                           m_model.logoFile + QStringLiteral(": ") + reader.errorString());
    }
    const qreal ratio = std::min(kLogoMaxWidth / natural.width(), kLogoMaxHeight / natural.height());
    const QSizeF sizePt(natural.width() * ratio, natural.height() * ratio);
    // Embedded at kImageDpi, never more: a photo taken as a logo would weigh megabytes.
    const QSize pixels(std::max(1, qRound(sizePt.width() * kImageDpi / 72)),
                       std::max(1, qRound(sizePt.height() * kImageDpi / 72)));
    if (reader.format() == "svg" || (natural.width() > pixels.width() && natural.height() > pixels.height()))
        reader.setScaledSize(pixels);
    m_logo = reader.read();
    if (m_logo.isNull()) {
        return Error::make(Error::Kind::Corrupt,
                           DocumentRenderer::tr("The logo %1 cannot be read. Choose another picture in your "
                                                "business profile, or remove it.")
                               .arg(QFileInfo(m_model.logoFile).fileName()),
                           m_model.logoFile + QStringLiteral(": ") + reader.errorString());
    }
    m_logoRect = QRectF(m_left, pt(kMarginTop), pt(sizePt.width()), pt(sizePt.height()));
    return {};
}

void Layout::prepareHeaderAndFooter()
{
    // Header: [logo] seller name … title / reference, right-aligned; an accent rule below.
    const qreal logoWidth = m_logo.isNull() ? 0 : m_logoRect.width() + pt(12);
    const qreal rightWidth = m_width * 0.45;
    m_sellerName = text(m_model.sellerName, font(kHeaderNameSize, true), m_width - rightWidth - logoWidth - pt(16));
    m_title = text(m_model.title, font(kHeaderTitleSize, true), rightWidth, Qt::AlignRight);
    m_reference = text(m_model.reference, font(kHeaderReferenceSize), rightWidth, Qt::AlignRight);
    const qreal rightHeight = m_title.height + (m_model.reference.isEmpty() ? 0 : pt(2) + m_reference.height);
    m_headerHeight = std::max({m_logo.isNull() ? 0 : m_logoRect.height(), m_sellerName.height, rightHeight});
    m_bodyTop = pt(kMarginTop) + m_headerHeight + pt(12) + pt(1.5) + pt(24);

    // Footer: a rule, the mentions on the left, "Page n/N" on the right.
    m_footer = text(m_model.footer, font(kFooterSize), m_width - pt(88));
    const qreal pageNumberHeight = QFontMetricsF(font(kSmallSize), m_device).height();
    const qreal footerHeight = std::max(m_footer.height, pageNumberHeight);
    m_footerTop = pt(kPageHeight - kMarginBottom) - footerHeight;
    m_bodyBottom = m_footerTop - pt(8) - pt(16);
}

void Layout::addBlock(const DocumentBlock& block)
{
    const qsizetype before = m_units.size();
    addUnits(block);
    if (block.keepWithNext && m_units.size() > before)
        m_units.last().keepWithNext = true;
}

void Layout::addUnits(const DocumentBlock& block)
{
    switch (block.kind) {
    case DocumentBlock::Kind::Heading:
        addHeading(block);
        return;
    case DocumentBlock::Kind::Paragraph:
        addParagraph(block);
        break;
    case DocumentBlock::Kind::KeyValues:
        addKeyValues(block);
        break;
    case DocumentBlock::Kind::Table:
        addTable(block.table);
        break;
    case DocumentBlock::Kind::Spacer: {
        Unit unit;
        unit.spacer = true;
        unit.height = pt(block.space);
        m_units.append(unit);
        break;
    }
    case DocumentBlock::Kind::Boxes:
        addBoxes(block.boxes);
        break;
    case DocumentBlock::Kind::Totals:
        addTotals(block);
        break;
    }
    m_afterHeading = false;
}

void Layout::addHeading(const DocumentBlock& block)
{
    const bool title = block.level <= 1;
    const Text heading = text(block.text, font(title ? kTitleSize : kSectionSize, true), m_width);
    const QColor color = title ? ink() : accent();
    const qreal ruleGap = title ? 0 : pt(4);
    Unit unit;
    unit.spaceBefore = pt(title ? 8 : 24);
    unit.height = heading.height + ruleGap;
    unit.keepWithNext = true;
    const qreal left = m_left;
    const qreal width = m_width;
    const qreal lineWidth = pt(0.75);
    unit.paint = [=](QPainter& painter, qreal top) {
        drawLines(painter, heading, color, QPointF(left, top));
        if (!title)
            painter.fillRect(QRectF(left, top + heading.height + ruleGap - lineWidth, width, lineWidth), rule());
    };
    m_units.append(unit);
    m_afterHeading = true;
}

void Layout::addParagraph(const DocumentBlock& block)
{
    const bool small = block.style == DocumentBlock::Style::Small;
    const Text paragraph =
        text(block.text, font(small ? kSmallSize : kBodySize, block.style == DocumentBlock::Style::Bold), m_width);
    const Cell cell{m_left, paragraph, small ? muted() : ink()};
    addRow({cell}, 0, pt(m_afterHeading ? 8 : (small ? 6 : 10)), true, {}, nullptr);
}

void Layout::addKeyValues(const DocumentBlock& block)
{
    const QFont labelFont = font(kBodySize - 0.5);
    const QFont valueFont = font(kBodySize);
    if (block.columns > 1) {
        addKeyValueColumns(block, labelFont, valueFont);
        return;
    }
    const qreal labelWidth = m_labelWidth;
    const qreal gap = pt(16);
    const qsizetype count = block.pairs.size();
    for (qsizetype i = 0; i < count; ++i) {
        const auto& [label, value] = block.pairs.at(i);
        const Cell labelCell{m_left, text(label, labelFont, labelWidth), muted()};
        const Cell valueCell{m_left + labelWidth + gap, text(value, valueFont, m_width - labelWidth - gap), ink()};
        addRow({labelCell, valueCell}, 0, pt(i == 0 ? (m_afterHeading ? 8 : 12) : 6), true, {}, nullptr);
        // The first two pairs stay together, and so do the last two.
        if (count > 1 && (i == 0 || i == count - 2))
            m_units.last().keepWithNext = true;
    }
}

void Layout::addKeyValueColumns(const DocumentBlock& block, const QFont& labelFont, const QFont& valueFont)
{
    // Two columns side by side, filled down then across, each with its own label width and as wide
    // as its content needs when both fit (shared in proportion otherwise).
    const qreal columnGap = pt(24);
    const qreal gap = pt(12);
    const qsizetype count = block.pairs.size();
    const qsizetype rows = (count + 1) / 2;
    const QFontMetricsF labelMetrics(labelFont, m_device);
    const QFontMetricsF valueMetrics(valueFont, m_device);
    const auto widest = [](const QFontMetricsF& metrics, const QString& content) {
        qreal width = 0;
        for (const QString& line : plain(content).split(QChar(QChar::LineSeparator)))
            width = std::max(width, metrics.horizontalAdvance(line));
        return width;
    };
    qreal labelWidths[2] = {0, 0};
    qreal valueWidths[2] = {0, 0};
    for (qsizetype i = 0; i < count; ++i) {
        const int column = i < rows ? 0 : 1;
        labelWidths[column] = std::max(labelWidths[column], widest(labelMetrics, block.pairs.at(i).first) + pt(1));
        valueWidths[column] = std::max(valueWidths[column], widest(valueMetrics, block.pairs.at(i).second) + pt(1));
    }
    const qreal available = m_width - columnGap;
    qreal needs[2] = {labelWidths[0] + gap + valueWidths[0], labelWidths[1] + gap + valueWidths[1]};
    qreal columnWidths[2];
    if (needs[0] + needs[1] <= available) {
        const qreal extra = (available - needs[0] - needs[1]) / 2;
        columnWidths[0] = needs[0] + extra;
        columnWidths[1] = needs[1] + extra;
    } else {
        columnWidths[0] = std::clamp(available * needs[0] / (needs[0] + needs[1]), available * 0.35, available * 0.65);
        columnWidths[1] = available - columnWidths[0];
    }
    for (int column = 0; column < 2; ++column)
        labelWidths[column] = std::min(labelWidths[column], columnWidths[column] * 0.5);
    for (qsizetype row = 0; row < rows; ++row) {
        QList<Cell> cells;
        for (int column = 0; column < 2; ++column) {
            const qsizetype index = row + column * rows;
            if (index >= count)
                continue;
            const auto& [label, value] = block.pairs.at(index);
            const qreal x = m_left + (column == 0 ? 0 : columnWidths[0] + columnGap);
            const qreal labelWidth = labelWidths[column];
            cells.append(Cell{x, text(label, labelFont, labelWidth), muted()});
            cells.append(
                Cell{x + labelWidth + gap, text(value, valueFont, columnWidths[column] - labelWidth - gap), ink()});
        }
        addRow(cells, 0, pt(row == 0 ? (m_afterHeading ? 8 : 12) : 6), true, {}, nullptr);
        if (rows > 1 && (row == 0 || row == rows - 2))
            m_units.last().keepWithNext = true;
    }
}

void Layout::addTable(const DocumentTable& table)
{
    const int columnCount = static_cast<int>(table.columns.size());
    if (columnCount == 0)
        return;
    qreal weights = 0;
    for (const DocumentTable::Column& column : table.columns)
        weights += std::max<qreal>(column.weight, 0.01);
    QList<qreal> xs;
    QList<qreal> widths;
    qreal x = m_left;
    for (const DocumentTable::Column& column : table.columns) {
        const qreal width = m_width * std::max<qreal>(column.weight, 0.01) / weights;
        xs.append(x);
        widths.append(width);
        x += width;
    }
    const qreal padX = pt(6);
    const qreal padY = pt(5);
    const qreal left = m_left;
    const qreal tableWidth = m_width;
    const auto cellText = [&](int column, const QString& content, const QFont& cellFont) {
        return text(content, cellFont, widths.at(column) - 2 * padX, table.columns.at(column).alignment);
    };

    // The header row: tinted, bold, an accent rule below; repeated on every page the table runs onto.
    QList<Cell> headerCells;
    qreal headerContent = 0;
    for (int column = 0; column < columnCount; ++column) {
        const Cell cell{xs.at(column) + padX,
                        cellText(column, table.columns.at(column).title, font(kTableHeaderSize, true)), ink()};
        headerContent = std::max(headerContent, cell.text.height);
        headerCells.append(cell);
    }
    auto header = std::make_shared<Unit>();
    header->spaceBefore = pt(m_afterHeading ? 8 : 12);
    header->height = headerContent + 2 * padY;
    header->keepWithNext = !table.rows.isEmpty();
    const qreal headerHeight = header->height;
    const qreal accentWidth = pt(1);
    header->paint = [=](QPainter& painter, qreal top) {
        painter.fillRect(QRectF(left, top, tableWidth, headerHeight), tint());
        painter.fillRect(QRectF(left, top + headerHeight - accentWidth, tableWidth, accentWidth), accent());
        for (const Cell& cell : headerCells)
            drawLines(painter, cell.text, cell.color, QPointF(cell.x, top + padY));
    };
    m_units.append(*header);

    const qreal hairline = pt(0.5);
    const qreal totalRule = pt(0.75);
    const qsizetype rowCount = table.rows.size();
    for (qsizetype index = 0; index < rowCount; ++index) {
        const DocumentTable::Row& row = table.rows.at(index);
        QList<Cell> cells;
        const QFont rowFont = font(kTableSize, row.emphasized);
        for (int column = 0; column < columnCount; ++column) {
            const QString content = column < row.cells.size() ? row.cells.at(column) : QString();
            cells.append(Cell{xs.at(column) + padX, cellText(column, content, rowFont), ink()});
        }
        const bool emphasized = row.emphasized;
        const auto background = [=](QPainter& painter, qreal top, qreal height, bool first, bool last) {
            if (emphasized && first)
                painter.fillRect(QRectF(left, top, tableWidth, totalRule), ink());
            if (last)
                painter.fillRect(QRectF(left, top + height - hairline, tableWidth, hairline), rule());
        };
        addRow(cells, padY, 0, false, background, header);
        // Never a last row, nor a total, alone under the repeated header of a new page.
        if (index == rowCount - 2 || (index + 1 < rowCount && table.rows.at(index + 1).emphasized))
            m_units.last().keepWithNext = true;
    }
}

void Layout::addBoxes(const QList<DocumentBox>& boxes)
{
    if (boxes.isEmpty())
        return;
    const qreal gap = pt(16);
    const qreal pad = pt(10);
    const qreal count = static_cast<qreal>(boxes.size());
    const qreal boxWidth = (m_width - gap * (count - 1)) / count;
    const qreal inner = boxWidth - 2 * pad;
    struct Prepared
    {
        Text title;
        QList<Text> lines;
        qreal height = 0;
    };
    QList<Prepared> prepared;
    qreal height = 0;
    for (const DocumentBox& box : boxes) {
        Prepared item;
        item.title = text(box.title, font(kBoxTitleSize, true), inner);
        qreal h = pad + item.title.height + pt(6);
        for (qsizetype i = 0; i < box.lines.size(); ++i) {
            const Text line = text(box.lines.at(i), font(i == 0 ? kBodySize + 0.5 : kBodySize, i == 0), inner);
            item.lines.append(line);
            h += line.height + pt(i == 0 ? 5 : 3);
        }
        h += pt(box.signatureSpace) + pad;
        item.height = h;
        height = std::max(height, h);
        prepared.append(item);
    }
    Unit unit;
    unit.spaceBefore = pt(m_afterHeading ? 8 : 16);
    unit.height = height;
    const qreal left = m_left;
    const qreal border = pt(0.75);
    const qreal radius = pt(4);
    const qreal titleGap = pt(6);
    const qreal firstGap = pt(5);
    const qreal lineGap = pt(3);
    unit.paint = [=](QPainter& painter, qreal top) {
        for (qsizetype b = 0; b < prepared.size(); ++b) {
            const qreal x = left + static_cast<qreal>(b) * (boxWidth + gap);
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(rule(), border));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(x + border / 2, top + border / 2, boxWidth - border, height - border),
                                    radius, radius);
            painter.restore();
            const Prepared& item = prepared.at(b);
            qreal y = top + pad;
            drawLines(painter, item.title, accent(), QPointF(x + pad, y));
            y += item.title.height + titleGap;
            for (qsizetype i = 0; i < item.lines.size(); ++i) {
                drawLines(painter, item.lines.at(i), ink(), QPointF(x + pad, y));
                y += item.lines.at(i).height + (i == 0 ? firstGap : lineGap);
            }
        }
    };
    m_units.append(unit);
}

void Layout::addTotals(const DocumentBlock& block)
{
    // A column at the right, half the width: labels on the left of it, amounts right-aligned.
    const qreal width = m_width * 0.5;
    const qreal x = m_left + m_width - width;
    const qreal padX = pt(6);
    const qreal padY = pt(4);
    // Amounts as wide as the widest (bold) one needs, the labels the rest.
    const QFontMetricsF valueMetrics(font(kBodySize + 0.5, true), m_device);
    qreal widestValue = 0;
    for (const auto& pair : block.pairs)
        widestValue = std::max(widestValue, valueMetrics.horizontalAdvance(plain(pair.second)) + pt(2));
    const qreal valueWidth = std::clamp(widestValue, width * 0.25, width * 0.5);
    const qreal labelWidth = width - valueWidth - 3 * padX;
    const qreal totalRule = pt(0.75);
    const qsizetype count = block.pairs.size();
    const qsizetype firstUnit = m_units.size();
    // The side box: unframed, at the left of the totals.
    qreal sideHeight = 0;
    UnitPainter side;
    if (!block.boxes.isEmpty()) {
        const DocumentBox& box = block.boxes.first();
        const qreal sideWidth = m_width - width - pt(24);
        const Text title = text(box.title, font(kBoxTitleSize, true), sideWidth);
        QList<Text> lines;
        sideHeight = pt(4) + title.height + pt(6);
        for (qsizetype i = 0; i < box.lines.size(); ++i) {
            lines.append(text(box.lines.at(i), font(kBodySize, i == 0), sideWidth));
            sideHeight += lines.last().height + pt(i == 0 ? 5 : 3);
        }
        const qreal left = m_left;
        const qreal titleTop = pt(4);
        const qreal titleGap = pt(6);
        const qreal firstGap = pt(5);
        const qreal lineGap = pt(3);
        side = [=](QPainter& painter, qreal top) {
            qreal y = top + titleTop;
            drawLines(painter, title, accent(), QPointF(left, y));
            y += title.height + titleGap;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                drawLines(painter, lines.at(i), ink(), QPointF(left, y));
                y += lines.at(i).height + (i == 0 ? firstGap : lineGap);
            }
        };
    }
    int lastEmphasized = -1;
    for (const int index : block.emphasized)
        lastEmphasized = std::max(lastEmphasized, index);
    for (qsizetype i = 0; i < count; ++i) {
        const auto& [label, value] = block.pairs.at(i);
        const bool emphasized = block.emphasized.contains(static_cast<int>(i));
        const QFont cellFont = font(emphasized ? kBodySize + 0.5 : kBodySize, emphasized);
        const Cell labelCell{x + padX, text(label, cellFont, labelWidth), emphasized ? ink() : muted()};
        const Cell valueCell{x + width - padX - valueWidth, text(value, cellFont, valueWidth, Qt::AlignRight), ink()};
        const bool tinted = emphasized && i == lastEmphasized;
        const auto background = [=](QPainter& painter, qreal top, qreal height, bool first, bool) {
            if (tinted)
                painter.fillRect(QRectF(x, top, width, height), tint());
            if (emphasized && first)
                painter.fillRect(QRectF(x, top, width, totalRule), ink());
        };
        addRow({labelCell, valueCell}, padY, i == 0 ? pt(m_afterHeading ? 8 : 12) : 0, false, background, nullptr);
        if (i + 1 < count)
            m_units.last().keepWithNext = true;
    }
    if (!side || m_units.size() == firstUnit)
        return;
    // The side box is painted with the first row, and room is kept below the totals for the rest of it.
    Unit& first = m_units[firstUnit];
    const UnitPainter row = first.paint;
    first.paint = [side, row](QPainter& painter, qreal top) {
        side(painter, top);
        row(painter, top);
    };
    qreal totalsHeight = 0;
    for (qsizetype i = firstUnit; i < m_units.size(); ++i)
        totalsHeight += (i == firstUnit ? 0 : m_units.at(i).spaceBefore) + m_units.at(i).height;
    if (sideHeight > totalsHeight) {
        m_units.last().keepWithNext = true;
        Unit filler;
        filler.height = sideHeight - totalsHeight;
        filler.paint = [](QPainter&, qreal) {};
        m_units.append(filler);
    }
}

void Layout::addRow(const QList<Cell>& cells, qreal padding, qreal spaceBefore, bool splitLines,
                    const RowBackground& background, const std::shared_ptr<const Unit>& repeatHeader)
{
    qreal content = 0;
    int tallest = 0;
    for (int i = 0; i < cells.size(); ++i) {
        if (cells.at(i).text.height > content) {
            content = cells.at(i).text.height;
            tallest = i;
        }
    }
    // Paragraphs and key-value pairs may break between any two lines, table rows only when they
    // are taller than a page: at the tops of the tallest cell's lines.
    const qreal maxChunk = (m_bodyBottom - m_bodyTop) - (repeatHeader ? repeatHeader->height : 0) - 2 * padding;
    const bool split = splitLines || content > maxChunk;
    QList<qreal> cuts{0};
    const Text& guide = cells.at(tallest).text;
    if (split) {
        for (int i = 1; i < guide.lineCount(); ++i)
            cuts.append(guide.lineTop(i));
    }
    cuts.append(content);

    const int chunks = static_cast<int>(cuts.size()) - 1;
    for (int chunk = 0; chunk < chunks; ++chunk) {
        const qreal from = cuts.at(chunk);
        const qreal to = cuts.at(chunk + 1);
        const bool last = chunk == chunks - 1;
        Unit unit;
        unit.spaceBefore = chunk == 0 ? spaceBefore : 0;
        unit.height = (to - from) + (chunk == 0 ? padding : 0) + (last ? padding : 0);
        // The first two lines stay together, and so do the last two.
        unit.keepWithNext = chunks > 1 && (chunk == 0 || chunk == chunks - 2);
        unit.repeatHeader = repeatHeader;
        const qreal topPad = chunk == 0 ? padding : 0;
        const qreal height = unit.height;
        unit.paint = [=](QPainter& painter, qreal top) {
            if (background)
                background(painter, top, height, chunk == 0, last);
            for (const Cell& cell : cells)
                drawLines(painter, cell.text, cell.color, QPointF(cell.x, top + topPad - from), from, last ? 1e12 : to);
        };
        m_units.append(unit);
    }
}

void Layout::paginate()
{
    const qreal bodyHeight = m_bodyBottom - m_bodyTop;
    m_pages = {{}};
    qreal y = m_bodyTop;
    bool pageHasContent = false;
    const qsizetype count = m_units.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Unit& unit = m_units.at(i);
        if (unit.spacer) {
            if (pageHasContent)
                y += unit.height;
            continue;
        }
        // The height that must fit on this page: the unit and those it is kept with.
        qreal needed = unit.height;
        for (qsizetype j = i; j + 1 < count && m_units.at(j).keepWithNext && !m_units.at(j + 1).spacer; ++j)
            needed += m_units.at(j + 1).spaceBefore + m_units.at(j + 1).height;
        if (needed > bodyHeight - (unit.repeatHeader ? unit.repeatHeader->height : 0))
            needed = unit.height;
        qreal before = pageHasContent ? unit.spaceBefore : 0;
        if (pageHasContent && y + before + needed > m_bodyBottom + 0.5) {
            m_pages.append(QList<PageOp>());
            y = m_bodyTop;
            before = 0;
            if (unit.repeatHeader) {
                const std::shared_ptr<const Unit> header = unit.repeatHeader;
                const qreal top = y;
                m_pages.last().append([header, top](QPainter& painter) { header->paint(painter, top); });
                y += header->height;
            }
        }
        const UnitPainter paint = unit.paint;
        const qreal top = y + before;
        m_pages.last().append([paint, top](QPainter& painter) { paint(painter, top); });
        y = top + unit.height;
        pageHasContent = true;
    }
}

Status Layout::prepare()
{
    m_left = pt(kMarginX);
    m_width = pt(kPageWidth - 2 * kMarginX);
    if (Status logo = prepareLogo(); !logo)
        return logo;
    prepareHeaderAndFooter();
    const QFontMetricsF labelMetrics(font(kBodySize - 0.5), m_device);
    for (const DocumentBlock& block : m_model.blocks) {
        if (block.kind != DocumentBlock::Kind::KeyValues || block.columns > 1)
            continue;
        for (const auto& [label, value] : block.pairs)
            m_labelWidth = std::max(m_labelWidth, labelMetrics.horizontalAdvance(plain(label)) + pt(1));
    }
    m_labelWidth = std::clamp(m_labelWidth, m_width * 0.22, m_width * 0.36);
    for (const DocumentBlock& block : m_model.blocks)
        addBlock(block);
    paginate();
    return {};
}

void Layout::paint(QPainter& painter) const
{
    const int total = pageCount();
    const qreal right = m_left + m_width;
    const QString draftText = m_model.language.translate("Document", "DRAFT", "watermark");
    for (int page = 0; page < total; ++page) {
        if (page > 0)
            m_device->newPage();
        if (m_model.draft) {
            painter.save();
            painter.translate(pt(kPageWidth / 2), pt(kPageHeight / 2));
            painter.rotate(-35);
            painter.setFont(font(kWatermarkSize, true));
            painter.setPen(watermark());
            const QRectF area(-pt(kPageHeight / 2), -pt(kWatermarkSize), pt(kPageHeight), pt(2 * kWatermarkSize));
            painter.drawText(area, Qt::AlignCenter, draftText);
            painter.restore();
        }

        // Header.
        const qreal top = pt(kMarginTop);
        qreal nameX = m_left;
        if (!m_logo.isNull()) {
            painter.drawImage(m_logoRect, m_logo);
            nameX = m_logoRect.right() + pt(12);
        }
        const qreal nameTop = top + (m_headerHeight - m_sellerName.height) / 2;
        drawLines(painter, m_sellerName, ink(), QPointF(nameX, nameTop));
        const qreal rightX = right - m_width * 0.45;
        drawLines(painter, m_title, accent(), QPointF(rightX, top));
        drawLines(painter, m_reference, muted(), QPointF(rightX, top + m_title.height + pt(2)));
        painter.fillRect(QRectF(m_left, top + m_headerHeight + pt(12), m_width, pt(1.5)), accent());

        // Body.
        for (const PageOp& op : m_pages.at(page))
            op(painter);

        // Footer.
        painter.fillRect(QRectF(m_left, m_footerTop - pt(8) - pt(0.5), m_width, pt(0.5)), rule());
        drawLines(painter, m_footer, muted(), QPointF(m_left, m_footerTop));
        const Text pageNumber = text(m_model.language.translate("Document", "Page %1/%2").arg(page + 1).arg(total),
                                     font(kSmallSize), pt(80), Qt::AlignRight);
        drawLines(painter, pageNumber, muted(), QPointF(right - pt(80), m_footerTop));
    }
}

} // namespace

Result<QByteArray> DocumentRenderer::render(const DocumentModel& model)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setTitle(model.reference.isEmpty() ? model.title
                                                  : QString(model.title + QStringLiteral(" — ") + model.reference));
        writer.setCreator(QStringLiteral("Bureau %1").arg(QStringLiteral(BUREAU_VERSION)));
        if (Status painted = paint(model, writer); !painted)
            return painted.error();
    }
    return pdf;
}

Status DocumentRenderer::paint(const DocumentModel& model, QPagedPaintDevice& device)
{
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    if (device.logicalDpiX() != kDpi || device.logicalDpiY() != kDpi) {
        return Error::make(Error::Kind::Generic, tr("The document could not be laid out for this device."),
                           QStringLiteral("device resolution %1×%2 dpi, expected %3")
                               .arg(device.logicalDpiX())
                               .arg(device.logicalDpiY())
                               .arg(kDpi));
    }
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));

    Layout layout(model, *fonts, &device);
    if (Status prepared = layout.prepare(); !prepared)
        return prepared;
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error::make(Error::Kind::Generic, tr("The document could not be started."),
                           QStringLiteral("QPainter::begin failed"));
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    layout.paint(painter);
    if (!painter.end()) {
        return Error::make(Error::Kind::Generic, tr("The document could not be finished."),
                           QStringLiteral("QPainter::end failed"));
    }
    return {};
}

Status DocumentRenderer::write(const DocumentModel& model, const QString& pdfPath)
{
    auto pdf = render(model);
    if (!pdf)
        return pdf.error();
    return save(*pdf, pdfPath);
}

Status DocumentRenderer::save(const QByteArray& pdf, const QString& pdfPath)
{
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        return Error::make(Error::Kind::Io, tr("The PDF file %1 could not be written.").arg(pdfPath),
                           file.errorString());
    }
    return {};
}

} // namespace Bureau

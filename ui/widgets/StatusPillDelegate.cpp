// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/StatusPillDelegate.h"

#include "core/models/Roles.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Bureau
{

namespace
{
constexpr int kHorizontalPadding = 10;
constexpr int kVerticalPadding = 3;
constexpr int kCellMargin = 8;
} // namespace

StatusPillDelegate::StatusPillDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void StatusPillDelegate::setTone(const QString& key, Tone tone)
{
    m_tones.insert(key, tone);
}

StatusPillDelegate::Colors StatusPillDelegate::colors(Tone tone, const QPalette& palette)
{
    // Pairs chosen for at least 4.5:1 between text and pill, in both palettes.
    const bool dark = Theme::isDark(palette);
    switch (tone) {
    case Tone::Blue:
        return dark ? Colors{QColor(0x1e, 0x35, 0x5e), QColor(0xa9, 0xc7, 0xff)}
                    : Colors{QColor(0xe1, 0xeb, 0xfd), QColor(0x1d, 0x4a, 0xb0)};
    case Tone::Green:
        return dark ? Colors{QColor(0x17, 0x3d, 0x27), QColor(0x8e, 0xe0, 0xaa)}
                    : Colors{QColor(0xdf, 0xf3, 0xe5), QColor(0x1b, 0x6b, 0x37)};
    case Tone::Orange:
        return dark ? Colors{QColor(0x4a, 0x31, 0x10), QColor(0xff, 0xc4, 0x80)}
                    : Colors{QColor(0xfd, 0xec, 0xd8), QColor(0x94, 0x4a, 0x00)};
    case Tone::Red:
        return dark ? Colors{QColor(0x4d, 0x1f, 0x22), QColor(0xff, 0xa4, 0xa4)}
                    : Colors{QColor(0xfb, 0xe3, 0xe3), QColor(0xa8, 0x1f, 0x1f)};
    case Tone::Violet:
        return dark ? Colors{QColor(0x36, 0x27, 0x57), QColor(0xcf, 0xb8, 0xff)}
                    : Colors{QColor(0xee, 0xe7, 0xfc), QColor(0x5b, 0x36, 0xb0)};
    case Tone::Neutral:
        break;
    }
    return dark ? Colors{QColor(0x34, 0x38, 0x3f), QColor(0xd5, 0xd9, 0xdf)}
                : Colors{QColor(0xec, 0xee, 0xf1), QColor(0x4a, 0x50, 0x59)};
}

QFont StatusPillDelegate::pillFont(const QFont& base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.92);
    font.setWeight(QFont::DemiBold);
    return font;
}

QSize StatusPillDelegate::pillSize(const QString& text, const QFont& font)
{
    const QFontMetrics metrics(font);
    return {metrics.horizontalAdvance(text) + 2 * kHorizontalPadding, metrics.height() + 2 * kVerticalPadding};
}

int StatusPillDelegate::paintPill(QPainter* painter, const QRect& rect, const QString& text, const QFont& font,
                                  const Colors& colors)
{
    const QSize size = pillSize(text, font);
    const int width = std::min(size.width(), rect.width());
    const QRectF pill(rect.left(), rect.top() + (rect.height() - size.height()) / 2.0, width, size.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    const qreal radius = pill.height() / 2.0;
    painter->drawRoundedRect(pill, radius, radius);
    painter->setPen(colors.text);
    painter->setFont(font);
    const QRectF textRect = pill.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    // Elided only when the pill itself had to shrink (rounding must not cut a text that fits).
    const QString shown =
        width < size.width() ? QFontMetrics(font).elidedText(text, Qt::ElideRight, int(textRect.width())) : text;
    painter->drawText(pill.adjusted(kHorizontalPadding - 2, 0, -kHorizontalPadding + 2, 0), Qt::AlignCenter, shown);
    painter->restore();
    return width;
}

void StatusPillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The row's background and selection as the style draws them, without the text.
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const QString key = index.data(RawValueRole).toString();
    const QRect area = option.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
    paintPill(painter, area, text, pillFont(option.font), colors(toneOf(key), option.palette));
}

QSize StatusPillDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QSize pill = pillSize(index.data(Qt::DisplayRole).toString(), pillFont(option.font));
    return {std::max(base.width(), pill.width() + 2 * kCellMargin), std::max(base.height(), pill.height() + 4)};
}

} // namespace Bureau

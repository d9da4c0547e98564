// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ProgressDelegate.h"

#include "core/models/Roles.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QPainter>

namespace Bureau
{

namespace
{
constexpr int kBarWidth = 44;
constexpr int kBarHeight = 6;
constexpr int kMargin = 8;
} // namespace

ProgressDelegate::ProgressDelegate(QObject* parent, int scale)
    : QStyledItemDelegate(parent)
    , m_scale(std::max(1, scale))
{
}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant raw = index.data(RawValueRole);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor textColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(kMargin, 0, -kMargin, 0);
    const QFontMetrics metrics(option.font);
    const int textWidth = metrics.horizontalAdvance(text);
    painter->save();
    painter->setPen(textColor);
    painter->setFont(option.font);
    // Text on the right (a number column), the bar to its left.
    const QRect textRect(area.right() - textWidth, area.top(), textWidth, area.height());
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    if (!raw.isNull()) {
        const qreal ratio = std::clamp(raw.toLongLong() / qreal(m_scale), 0.0, 1.0);
        const QRectF bar(textRect.left() - 8 - kBarWidth, area.center().y() - kBarHeight / 2.0 + 1, kBarWidth,
                         kBarHeight);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor track = textColor;
        track.setAlphaF(0.15f);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, kBarHeight / 2.0, kBarHeight / 2.0);
        if (ratio > 0) {
            // Complete reads green, in progress the accent.
            const bool complete = ratio >= 1.0;
            QColor fill = complete
                              ? (Theme::isDark(option.palette) ? QColor(0x5c, 0xc9, 0x85) : QColor(0x2e, 0x8b, 0x57))
                              : Theme::accent(option.palette);
            if (selected)
                fill = option.palette.color(QPalette::HighlightedText);
            painter->setBrush(fill);
            painter->drawRoundedRect(
                QRectF(bar.left(), bar.top(), std::max<qreal>(kBarHeight, bar.width() * ratio), bar.height()),
                kBarHeight / 2.0, kBarHeight / 2.0);
        }
    }
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {base.width() + kBarWidth + 8 + kMargin, base.height()};
}

} // namespace Bureau

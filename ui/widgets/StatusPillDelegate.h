// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

class QPainter;
class QPalette;

namespace Bureau
{

/**
 * Draws a status cell as a coloured pill (DESIGN.md, Look and feel): the cell's display text in a
 * rounded badge whose colour comes from the cell's raw value (RawValueRole: "active", "paid"…),
 * never from the translated text. Tones are readable in light and dark palettes (text on the pill
 * at WCAG AA contrast).
 */
class StatusPillDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Tone
    {
        Neutral, // grey
        Blue,
        Green,
        Orange,
        Red,
        Violet,
    };

    struct Colors
    {
        QColor background;
        QColor text;
    };

    explicit StatusPillDelegate(QObject* parent = nullptr);

    /** The tone of cells whose raw value is @p key; other keys are Neutral. */
    void setTone(const QString& key, Tone tone);
    Tone toneOf(const QString& key) const { return m_tones.value(key, Tone::Neutral); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /** The pill's colours for @p tone under @p palette (dark palettes get dark pills with light text). */
    static Colors colors(Tone tone, const QPalette& palette);
    /** Paints one pill with @p text, vertically centred in @p rect, from its left edge; returns its width. */
    static int paintPill(QPainter* painter, const QRect& rect, const QString& text, const QFont& font,
                         const Colors& colors);
    /** The size a pill with @p text takes in @p font. */
    static QSize pillSize(const QString& text, const QFont& font);
    /** The font pills use: the view's, slightly smaller and semi-bold. */
    static QFont pillFont(const QFont& base);

private:
    QHash<QString, Tone> m_tones;
};

} // namespace Bureau

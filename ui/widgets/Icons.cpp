// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/Icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Bureau
{

namespace
{

QByteArray svgSource(const QString& name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/bureau/icons/%1.svg").arg(name));
    const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    cache.insert(name, data);
    return data;
}

// Renders the SVG at the exact size asked, in the colour of the mode (an icon engine rather than
// a few bitmaps, so it stays crisp at 125 %, 150 %, 200 %).
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(const QString& name, const QColor& normal, const QColor& selected, const QColor& disabled)
        : m_name(name)
        , m_normal(normal)
        , m_selected(selected)
        , m_disabled(disabled)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = svgSource(m_name);
        const QColor color = mode == QIcon::Selected ? m_selected : mode == QIcon::Disabled ? m_disabled : m_normal;
        svg.replace("#000000", color.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        // The SVG takes the colour without its alpha: a translucent colour is painted as opacity.
        painter->save();
        painter->setOpacity(painter->opacity() * color.alphaF());
        renderer.render(painter, rect);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap scaled = pixmap(size * scale, mode, state);
        scaled.setDevicePixelRatio(scale);
        return scaled;
    }

    QIconEngine* clone() const override { return new TintedSvgEngine(m_name, m_normal, m_selected, m_disabled); }
    QString key() const override { return QStringLiteral("bureau-tinted-svg"); }

private:
    QString m_name;
    QColor m_normal;
    QColor m_selected;
    QColor m_disabled;
};

} // namespace

QIcon Icons::themed(const QString& name, const QColor& color, const QColor& selectedColor)
{
    QColor disabled = color;
    disabled.setAlphaF(0.4f);
    return QIcon(new TintedSvgEngine(name, color, selectedColor.isValid() ? selectedColor : color, disabled));
}

QIcon Icons::forPalette(const QString& name, const QPalette& palette)
{
    return themed(name, palette.color(QPalette::WindowText), palette.color(QPalette::HighlightedText));
}

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/bureau/icons/app.svg"));
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Bureau
{

/**
 * The project's own SVG icons (resources/icons), drawn in the colour the palette asks for so they
 * read in light and dark palettes, and crisp at any scale (rendered per size, not scaled bitmaps).
 */
class Icons final
{
public:
    /** The icon `name` in `color`, and in `selectedColor` for the Selected mode. */
    static QIcon themed(const QString& name, const QColor& color, const QColor& selectedColor = {});
    /** The icon in the palette's window-text colour (highlighted-text when selected). */
    static QIcon forPalette(const QString& name, const QPalette& palette);
    static QIcon application();
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QApplication;
class QPalette;

namespace Bureau
{

/**
 * The look of DESIGN.md: the platform style (Fusion where the desktop gives none), the system
 * palette (dark included), one accent colour for primary actions, an 8 px grid. The style sheet
 * only adds what a palette cannot say (the sidebar, the primary button, pills); colours come from
 * the palette so light and dark both read.
 */
class Theme final
{
public:
    static void apply(QApplication& app);
    /** A dark Fusion palette, for screenshots and for users whose desktop gives none. */
    static QPalette darkPalette();
    static bool isDark(const QPalette& palette);
    static QColor accent(const QPalette& palette);
    static QString styleSheet(const QPalette& palette);
};

} // namespace Bureau

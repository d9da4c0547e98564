// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Bureau
{

void Theme::apply(QApplication& app)
{
    const QString styleName = QApplication::style()->name();
    if (styleName.compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setStyleSheet(styleSheet(QApplication::palette()));
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x22, 0x27);
    const QColor base(0x17, 0x19, 0x1d);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7a, 0x80, 0x88);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x34));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x36, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2e, 0x34));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x4c, 0x78, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xab, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::accent(const QPalette& palette)
{
    // One accent: a calm blue with WCAG AA contrast against white text (4.9:1) in light mode,
    // a lighter one in dark mode.
    return isDark(palette) ? QColor(0x4c, 0x78, 0xe8) : QColor(0x2f, 0x5b, 0xd3);
}

QString Theme::styleSheet(const QPalette& palette)
{
    const bool dark = isDark(palette);
    const QColor accentColor = accent(palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor sidebar = dark ? window.darker(118) : window.darker(104);
    const QColor hover = dark ? window.lighter(130) : window.darker(110);
    const QColor border = dark ? window.lighter(150) : window.darker(118);
    QColor selected = accentColor;
    selected.setAlpha(dark ? 90 : 40);
    const QColor selectedText = dark ? QColor(Qt::white) : accentColor.darker(130);
    QColor muted = palette.color(QPalette::WindowText);
    muted.setAlpha(170);
    auto rgba = [](const QColor& c) {
        return QStringLiteral("rgba(%1, %2, %3, %4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
    };
    return QStringLiteral(R"css(
QListWidget#sidebar {
    background: %1;
    border: none;
    border-right: 1px solid %4;
    padding: 8px;
    outline: 0;
}
QListWidget#sidebar::item {
    padding: 8px 12px;
    margin: 1px 0;
    border-radius: 8px;
}
QListWidget#sidebar::item:hover { background: %2; }
QListWidget#sidebar::item:selected { background: %3; color: %5; font-weight: 600; }
QPushButton#primaryButton {
    background: %6;
    color: white;
    border: none;
    border-radius: 6px;
    padding: 7px 16px;
    font-weight: 600;
    min-height: 18px;
}
QPushButton#primaryButton:hover { background: %7; }
QPushButton#primaryButton:pressed { background: %8; }
QPushButton#primaryButton:disabled { background: %4; color: %9; }
QLabel#mutedLabel, QLabel#cardCaption { color: %9; }
QFrame#card {
    border: 1px solid %4;
    border-radius: 10px;
    background: %10;
}
QFrame#banner {
    background: %11;
    border-bottom: 1px solid %4;
}
QToolBar#mainToolbar { border: none; border-bottom: 1px solid %4; spacing: 8px; padding: 4px 8px; }
QTableView { gridline-color: %4; }
)css")
        .arg(sidebar.name(), hover.name(), rgba(selected), border.name(), selectedText.name(), accentColor.name(),
             accentColor.lighter(112).name(), accentColor.darker(115).name(), rgba(muted))
        .arg(palette.color(QPalette::Base).name(), dark ? QStringLiteral("#4a3b12") : QStringLiteral("#fff4d6"));
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ChartStyle.h"

#include "ui/shell/Theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace Bureau
{

void styleReportChart(QChartView* view, const QWidget* owner)
{
    const QPalette colors = owner->palette();
    const bool dark = Theme::isDark(colors);
    const QColor text = colors.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlpha(190);
    const QColor window = colors.color(QPalette::Window);
    const QColor grid = dark ? window.lighter(150) : window.darker(112);
    QChart* chart = view->chart();
    view->setBackgroundBrush(colors.brush(QPalette::Base));
    chart->legend()->setLabelColor(text);
    QFont legendFont = owner->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    chart->legend()->setContentsMargins(0, 0, 0, 0);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(muted);
        axis->setTitleBrush(muted);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        QFont axisFont = axis->labelsFont();
        axisFont.setPointSizeF(owner->font().pointSizeF() * 0.85);
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
    }
}

} // namespace Bureau

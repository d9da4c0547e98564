// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChartView;
class QWidget;

namespace Bureau
{

/**
 * Gives a report chart the colours and fonts of @p owner's palette (light or dark): the view's base
 * background, muted axis labels, a quiet grid, a smaller legend. Called again on a palette change.
 */
void styleReportChart(QChartView* view, const QWidget* owner);

} // namespace Bureau

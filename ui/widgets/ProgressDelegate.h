// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Bureau
{

/**
 * Draws a progress cell as a thin bar beside its text ("3/5"): the bar's fill comes from the
 * cell's raw value (RawValueRole) out of a scale (1000 by default: done × 1000 / total), never
 * from the text. A null raw value draws the text alone (no checklist, nothing to show).
 */
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(QObject* parent = nullptr, int scale = 1000);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_scale;
};

} // namespace Bureau

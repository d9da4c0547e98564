// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/StatusPillDelegate.h"

#include <QWidget>

namespace Bureau
{

/** A status or a tag shown as a pill outside a table (a header, a card), drawn as StatusPillDelegate draws cells. */
class PillLabel final : public QWidget
{
    Q_OBJECT

public:
    explicit PillLabel(QWidget* parent = nullptr);
    PillLabel(const QString& text, StatusPillDelegate::Tone tone, QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    StatusPillDelegate::Tone tone() const { return m_tone; }
    void setTone(StatusPillDelegate::Tone tone);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString m_text;
    StatusPillDelegate::Tone m_tone = StatusPillDelegate::Tone::Neutral;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PillLabel.h"

#include <QEvent>
#include <QPainter>

namespace Bureau
{

PillLabel::PillLabel(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

PillLabel::PillLabel(const QString& text, StatusPillDelegate::Tone tone, QWidget* parent)
    : PillLabel(parent)
{
    m_text = text;
    m_tone = tone;
    setAccessibleName(text);
}

void PillLabel::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

void PillLabel::setTone(StatusPillDelegate::Tone tone)
{
    m_tone = tone;
    update();
}

QSize PillLabel::sizeHint() const
{
    return StatusPillDelegate::pillSize(m_text, StatusPillDelegate::pillFont(font()));
}

void PillLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    StatusPillDelegate::paintPill(&painter, rect(), m_text, StatusPillDelegate::pillFont(font()),
                                  StatusPillDelegate::colors(m_tone, palette()));
}

void PillLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Bureau

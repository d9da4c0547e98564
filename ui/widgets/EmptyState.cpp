// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/EmptyState.h"

#include "ui/widgets/Icons.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Bureau
{

EmptyState::EmptyState(const QString& iconName, QWidget* parent)
    : QWidget(parent)
    , m_iconName(iconName)
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addStretch(2);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("emptySentence"));
    m_sentence->setAlignment(Qt::AlignCenter);
    m_sentence->setWordWrap(true);
    // A fixed width, and (in setTexts) the height its lines take there: a wrapped label centred in
    // a layout otherwise gets the height of one line and cuts the second.
    m_sentence->setFixedWidth(440);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("primaryButton"));
    m_action->setCursor(Qt::PointingHandCursor);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_sentence, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    updateIcon();
}

void EmptyState::setTexts(const QString& title, const QString& sentence, const QString& actionText)
{
    m_title->setText(title);
    m_sentence->setText(sentence);
    m_sentence->setMinimumHeight(std::max(0, m_sentence->heightForWidth(m_sentence->width())));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

void EmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyState::updateIcon()
{
    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.45f);
    m_icon->setPixmap(Icons::themed(m_iconName, muted).pixmap(QSize(72, 72), devicePixelRatioF()));
    QPalette sentencePalette = m_sentence->palette();
    QColor text = palette().color(QPalette::WindowText);
    text.setAlphaF(0.7f);
    sentencePalette.setColor(QPalette::WindowText, text);
    m_sentence->setPalette(sentencePalette);
}

} // namespace Bureau

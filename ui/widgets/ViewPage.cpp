// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ViewPage.h"

#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace Bureau
{

ViewPage::ViewPage(const QString& iconName, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);

    m_header = new QHBoxLayout;
    m_header->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("viewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_header->addWidget(m_title);
    m_header->addStretch(1);
    m_primary = new QPushButton(this);
    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setIcon(Icons::themed(QStringLiteral("add"), Qt::white));
    m_primary->setCursor(Qt::PointingHandCursor);
    m_primary->hide();
    connect(m_primary, &QPushButton::clicked, this, &ViewPage::primaryActionTriggered);
    m_header->addWidget(m_primary);
    layout->addLayout(m_header);

    m_stack = new QStackedLayout;
    m_empty = new EmptyState(iconName, this);
    connect(m_empty, &EmptyState::actionTriggered, this, &ViewPage::primaryActionTriggered);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack, 1);
}

void ViewPage::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString ViewPage::title() const
{
    return m_title->text();
}

void ViewPage::setPrimaryAction(const QString& text, const QString& toolTip)
{
    m_primary->setText(text);
    m_primary->setToolTip(toolTip);
    m_primary->setVisible(!text.isEmpty());
}

QLineEdit* ViewPage::searchField()
{
    if (!m_search) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("viewSearch"));
        m_search->setClearButtonEnabled(true);
        m_search->setMinimumWidth(240);
        m_search->addAction(Icons::forPalette(QStringLiteral("search"), palette()), QLineEdit::LeadingPosition);
        // Before the primary button, after the stretch.
        m_header->insertWidget(m_header->indexOf(m_primary), m_search);
    }
    return m_search;
}

void ViewPage::setSearchPlaceholder(const QString& text)
{
    searchField()->setPlaceholderText(text);
}

void ViewPage::setContent(QWidget* content)
{
    m_content = content;
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(content);
}

void ViewPage::showEmptyState(bool empty)
{
    m_stack->setCurrentWidget(empty || !m_content ? static_cast<QWidget*>(m_empty) : m_content);
}

bool ViewPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ViewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientTab.h"

#include "ui/clients/ClientUi.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace Bureau
{

ClientTab::ClientTab(AppContext& context, const QString& iconName, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->setSpacing(8);
    m_actionsRow = new QWidget(this);
    m_actions = new QHBoxLayout(m_actionsRow);
    m_actions->setContentsMargins(0, 0, 0, 0);
    m_actions->setSpacing(8);
    m_add = new QPushButton(m_actionsRow);
    m_add->setObjectName(QStringLiteral("tabAddButton"));
    m_add->setIcon(Icons::forPalette(QStringLiteral("add"), palette()));
    m_actions->addWidget(m_add);
    m_actions->addStretch(1);
    layout->addWidget(m_actionsRow);

    m_stack = new QStackedLayout;
    m_empty = new EmptyState(iconName, this);
    m_iconName = iconName;
    ClientUi::polishEmptyState(m_empty, iconName);
    connect(m_empty, &EmptyState::actionTriggered, m_add, &QPushButton::click);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack, 1);
}

void ClientTab::setClient(const Client& client)
{
    m_client = client;
    reload();
}

void ClientTab::setTexts(const QString& addText, const QString& emptyTitle, const QString& emptySentence)
{
    m_add->setText(addText);
    m_empty->setTexts(emptyTitle, emptySentence, addText);
    ClientUi::polishEmptyState(m_empty, m_iconName);
}

void ClientTab::setContent(QWidget* content)
{
    m_content = content;
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(content);
}

void ClientTab::showEmptyState(bool empty)
{
    m_stack->setCurrentWidget(empty || !m_content ? static_cast<QWidget*>(m_empty) : m_content);
    // The empty state carries the action itself: the row above would repeat it.
    m_actionsRow->setVisible(!empty);
}

bool ClientTab::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ClientTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Bureau

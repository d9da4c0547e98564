// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/PlaceholderView.h"

#include "ui/widgets/EmptyState.h"

#include <QPushButton>

namespace Bureau
{

PlaceholderView::PlaceholderView(const QString& iconName, std::function<Texts()> texts, QWidget* parent)
    : ViewPage(iconName, parent)
    , m_texts(std::move(texts))
{
    retranslateUi();
    showEmptyState(true);
}

void PlaceholderView::retranslateUi()
{
    const Texts texts = m_texts();
    setTitle(texts.title);
    emptyState()->setTexts(texts.emptyTitle, texts.sentence, texts.action);
    // Actions of areas still to come are shown (they say what the view is for) but disabled.
    emptyState()->actionButton()->setEnabled(false);
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/ViewPage.h"

#include <functional>

namespace Bureau
{

/**
 * A view whose area is not built yet: its header and a clean empty state saying what will live
 * here. The texts come from a function so they follow the language.
 */
class PlaceholderView final : public ViewPage
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title;
        QString emptyTitle;
        QString sentence;
        QString action;
    };

    PlaceholderView(const QString& iconName, std::function<Texts()> texts, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;

private:
    std::function<Texts()> m_texts;
};

} // namespace Bureau

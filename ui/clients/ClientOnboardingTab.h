// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/clients/ClientTab.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;

namespace Bureau
{

/**
 * The client's onboarding checklist with its progress. Steps with a rule (an access stored, a
 * contract attached, a mission active, reception instructions written) tick themselves and say
 * so; the others are ticked by hand.
 */
class ClientOnboardingTab final : public ClientTab
{
    Q_OBJECT

public:
    explicit ClientOnboardingTab(AppContext& context, QWidget* parent = nullptr);

    void reload() override;
    QListWidget* list() const { return m_list; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* progressLabel() const { return m_progressText; }

protected:
    void retranslateUi() override;

private:
    void onItemChanged(QListWidgetItem* item);

    QListWidget* m_list = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    bool m_filling = false;
};

} // namespace Bureau

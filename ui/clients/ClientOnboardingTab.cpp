// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientOnboardingTab.h"

#include "core/storage/OnboardingRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{
constexpr int ItemIdRole = Qt::UserRole + 1;
constexpr int ByRuleRole = Qt::UserRole + 2;

QString ruleExplanation(OnboardingItem::Rule rule)
{
    switch (rule) {
    case OnboardingItem::Rule::Accesses:
        return ClientOnboardingTab::tr("Ticked automatically: an access is stored for this client.");
    case OnboardingItem::Rule::Contract:
        return ClientOnboardingTab::tr("Ticked automatically: a contract is attached in Files.");
    case OnboardingItem::Rule::Mission:
        return ClientOnboardingTab::tr("Ticked automatically: a mission is active.");
    case OnboardingItem::Rule::Reception:
        return ClientOnboardingTab::tr("Ticked automatically: reception instructions are written.");
    case OnboardingItem::Rule::None:
        break;
    }
    return {};
}

QString rulePending(OnboardingItem::Rule rule)
{
    switch (rule) {
    case OnboardingItem::Rule::Accesses:
        return ClientOnboardingTab::tr("Ticks itself once an access is stored.");
    case OnboardingItem::Rule::Contract:
        return ClientOnboardingTab::tr("Ticks itself once a contract is attached in Files.");
    case OnboardingItem::Rule::Mission:
        return ClientOnboardingTab::tr("Ticks itself once a mission is active.");
    case OnboardingItem::Rule::Reception:
        return ClientOnboardingTab::tr("Ticks itself once reception instructions are written.");
    case OnboardingItem::Rule::None:
        break;
    }
    return {};
}

} // namespace

ClientOnboardingTab::ClientOnboardingTab(AppContext& context, QWidget* parent)
    : ClientTab(context, QStringLiteral("tasks"), parent)
{
    setObjectName(QStringLiteral("onboardingTab"));
    // Progress sits where other tabs have their buttons; the add button starts a missing checklist.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("onboardingProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->setMaximumWidth(320);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("onboardingProgressText"));
    addButton()->hide();
    actionsLayout()->insertWidget(0, m_progressText);
    actionsLayout()->insertWidget(1, m_progress, 1);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("onboardingList"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setSpacing(2);
    setContent(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &ClientOnboardingTab::onItemChanged);
    connect(addButton(), &QPushButton::clicked, this, [this] {
        if (auto started = OnboardingRepository(m_context.database).startForClient(client().id); !started) {
            MessageBox::showError(this, tr("The checklist cannot be started"), started.error());
            return;
        }
        reload();
        emit changed();
    });
    retranslateUi();
}

void ClientOnboardingTab::reload()
{
    m_filling = true;
    m_list->clear();
    if (client().id == 0) {
        m_filling = false;
        showEmptyState(true);
        return;
    }
    OnboardingRepository repository(m_context.database);
    auto steps = repository.items(client().id);
    if (!steps) {
        m_filling = false;
        MessageBox::showError(this, tr("The onboarding checklist cannot be read"), steps.error());
        return;
    }
    int done = 0;
    for (const OnboardingRepository::Step& step : steps.value()) {
        auto* item = new QListWidgetItem(step.item.label, m_list);
        item->setData(ItemIdRole, step.item.id);
        item->setData(ByRuleRole, step.byRule);
        item->setSizeHint(QSize(0, ClientUi::kRowHeight + 4));
        item->setCheckState(step.done ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (step.byRule) {
            // Its rule holds: ticked by Bureau, not by hand.
            item->setText(tr("%1 — done automatically").arg(step.item.label));
            item->setToolTip(ruleExplanation(step.item.rule));
        } else {
            flags |= Qt::ItemIsUserCheckable;
            item->setToolTip(rulePending(step.item.rule));
        }
        item->setFlags(flags);
        if (step.done) {
            QColor muted = palette().color(QPalette::Text);
            muted.setAlphaF(0.7f);
            item->setForeground(muted);
        }
        done += step.done ? 1 : 0;
    }
    const int total = m_list->count();
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progressText->setText(tr("%1 of %n step(s) done", "onboarding progress", total).arg(done));
    m_filling = false;
    showEmptyState(total == 0);
    // The empty state offers to start the checklist; the progress row is shown otherwise.
    addButton()->setVisible(false);
}

void ClientOnboardingTab::onItemChanged(QListWidgetItem* item)
{
    if (m_filling || item->data(ByRuleRole).toBool())
        return;
    const bool checked = item->checkState() == Qt::Checked;
    if (auto set = OnboardingRepository(m_context.database).setDone(item->data(ItemIdRole).toLongLong(), checked);
        !set) {
        MessageBox::showError(this, tr("The step cannot be changed"), set.error());
    }
    reload();
    emit changed();
}

void ClientOnboardingTab::retranslateUi()
{
    setTexts(tr("Start the checklist"), tr("No onboarding checklist"),
             tr("The steps to settle in with a new client: contract, accesses, procedures, first check-in."));
    addButton()->hide();
    if (client().id != 0)
        reload();
}

} // namespace Bureau

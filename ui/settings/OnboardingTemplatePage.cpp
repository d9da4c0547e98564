// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/OnboardingTemplatePage.h"

#include "core/storage/OnboardingRepository.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

using Rule = OnboardingItem::Rule;

const QList<Rule> kRules{Rule::None, Rule::Contract, Rule::Accesses, Rule::Reception, Rule::Mission};

} // namespace

OnboardingTemplatePage::OnboardingTemplatePage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("onboardingTemplatePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* content = new QVBoxLayout;
    content->setContentsMargins(16, 24, 16, 16);
    content->setSpacing(8);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setMaximumWidth(640);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("onboardingSteps"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { edited(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OnboardingTemplatePage::updateButtons);

    m_add = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, &OnboardingTemplatePage::addStep);
    m_remove = new QPushButton(this);
    connect(m_remove, &QPushButton::clicked, this, &OnboardingTemplatePage::removeStep);
    m_up = new QPushButton(this);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    m_down = new QPushButton(this);
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    m_restore = new QPushButton(this);
    connect(m_restore, &QPushButton::clicked, this, &OnboardingTemplatePage::restoreDefault);
    auto* tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    tools->addWidget(m_up);
    tools->addWidget(m_down);
    tools->addStretch(1);
    tools->addWidget(m_restore);

    content->addWidget(m_intro);
    content->addWidget(m_table, 1);
    content->addLayout(tools);
    layout->addLayout(content, 1);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(16, 8, 0, 0);
    footer->setSpacing(16);
    footer->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mutedLabel"));
    footer->addWidget(m_status);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("primaryButton"));
    m_save->setCursor(Qt::PointingHandCursor);
    connect(m_save, &QPushButton::clicked, this, &OnboardingTemplatePage::save);
    footer->addWidget(m_save);
    layout->addLayout(footer);

    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &OnboardingTemplatePage::save);

    retranslateUi();
    updateButtons();
}

QList<OnboardingItem> OnboardingTemplatePage::items() const
{
    QList<OnboardingItem> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        OnboardingItem item;
        const QTableWidgetItem* cell = m_table->item(row, LabelColumn);
        item.label = cell ? cell->text() : QString();
        if (const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, RuleColumn)))
            item.rule = kRules.value(combo->currentIndex(), Rule::None);
        item.position = row;
        result << item;
    }
    return result;
}

void OnboardingTemplatePage::refresh()
{
    if (!m_dirty)
        reload();
}

void OnboardingTemplatePage::reload()
{
    auto loaded = OnboardingRepository(m_context.database).templateItems();
    if (!loaded) {
        MessageBox::showError(this, tr("The onboarding checklist cannot be read"), loaded.error());
        return;
    }
    m_loaded = true;
    m_dirty = false;
    setItems(loaded.value(), m_table->currentRow());
}

void OnboardingTemplatePage::setItems(const QList<OnboardingItem>& items, int current)
{
    m_filling = true;
    m_table->clearContents();
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(items[row].label));
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("ruleBox"));
        for (Rule rule : kRules)
            combo->addItem(rule == Rule::None ? tr("Ticked by hand.") : OnboardingItem::ruleText(rule));
        combo->setCurrentIndex(int(qMax(kRules.indexOf(items[row].rule), qsizetype(0))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { edited(); });
        m_table->setCellWidget(row, RuleColumn, combo);
    }
    m_filling = false;
    if (items.isEmpty())
        m_table->setCurrentCell(-1, -1);
    else
        m_table->setCurrentCell(qBound(0, current, int(items.size()) - 1), LabelColumn);
    updateButtons();
}

void OnboardingTemplatePage::addStep()
{
    QList<OnboardingItem> steps = items();
    OnboardingItem step;
    step.label = tr("New step");
    steps << step;
    setItems(steps, int(steps.size()) - 1);
    edited();
    m_table->setFocus();
    m_table->editItem(m_table->item(int(steps.size()) - 1, LabelColumn));
}

void OnboardingTemplatePage::removeStep()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QList<OnboardingItem> steps = items();
    steps.removeAt(row);
    setItems(steps, row);
    edited();
}

void OnboardingTemplatePage::moveStep(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    QList<OnboardingItem> steps = items();
    steps.swapItemsAt(row, target);
    setItems(steps, target);
    edited();
}

void OnboardingTemplatePage::restoreDefault()
{
    setItems(OnboardingRepository::defaultTemplate(), 0);
    edited();
}

bool OnboardingTemplatePage::save()
{
    // A label still being typed (Ctrl+S) counts: moving the current cell commits its editor.
    if (m_table->currentRow() >= 0)
        m_table->setCurrentCell(m_table->currentRow(), RuleColumn);
    if (auto stored = OnboardingRepository(m_context.database).saveTemplate(items()); !stored) {
        m_status->clear();
        MessageBox::showError(this, tr("The onboarding checklist was not saved"), stored.error());
        return false;
    }
    reload();
    m_status->setText(tr("Saved. Clients added from now on start with these steps."));
    return true;
}

void OnboardingTemplatePage::edited()
{
    if (m_filling)
        return;
    m_dirty = true;
    m_status->clear();
}

void OnboardingTemplatePage::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

void OnboardingTemplatePage::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void OnboardingTemplatePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OnboardingTemplatePage::retranslateUi()
{
    setWindowTitle(tr("Onboarding checklist"));
    m_intro->setText(tr("New clients start with this checklist. Steps with a rule tick themselves. Changes apply to "
                        "clients added after you save them; the checklists of existing clients stay as they are."));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("How it is ticked")});
    m_add->setText(tr("Add step"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_restore->setText(tr("Restore the default steps"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save the onboarding checklist (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    if (m_loaded) {
        const bool dirty = m_dirty;
        setItems(items(), m_table->currentRow()); // the rules' texts in the new language
        m_dirty = dirty;
    }
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ClientRecords.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Bureau
{

struct AppContext;

/**
 * Settings › Onboarding checklist: the template each new client's checklist is copied from
 * (OnboardingRepository). Steps are renamed in place, given a rule that ticks them on their own,
 * added, removed and reordered; nothing is stored until Save. Clients already started keep their
 * checklist.
 */
class OnboardingTemplatePage final : public QWidget
{
    Q_OBJECT

public:
    explicit OnboardingTemplatePage(AppContext& context, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }
    bool hasUnsavedChanges() const { return m_dirty; }

    /** The steps as edited, in order (not yet saved). */
    QList<OnboardingItem> items() const;
    /** Loads the stored template unless the page holds unsaved edits. */
    void refresh();
    /** Stores the steps as the template; true when stored. */
    bool save();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum Column
    {
        LabelColumn,
        RuleColumn,
    };

    void retranslateUi();
    void reload();
    void setItems(const QList<OnboardingItem>& items, int current);
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void restoreDefault();
    void edited();
    void updateButtons();

    AppContext& m_context;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    bool m_loaded = false;
    bool m_dirty = false;
    /** True while the table is filled by code: its signals are not the user's edits. */
    bool m_filling = false;
};

} // namespace Bureau

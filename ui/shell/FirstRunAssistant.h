// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h"
#include "ui/settings/ProfileForm.h"

#include <QHash>
#include <QSet>
#include <QWizard>

class QLabel;

namespace Bureau
{

class Database;

/**
 * Asks a new user for their business profile, the identity their documents print: a welcome,
 * then identity, address and contact, tax and bank, then done. The profile is saved on leaving
 * the tax and bank page. "Skip for now" leaves at any step (the profile can be filled in later
 * in Settings); finished or skipped, the assistant does not come back by itself.
 */
class FirstRunAssistant final : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        WelcomePage,
        IdentityPage,
        AddressPage,
        TaxAndBankPage,
        DonePage,
    };

    explicit FirstRunAssistant(Database& database, QWidget* parent = nullptr);

    /** True on a first run: the assistant was never finished or skipped, and no profile is stored. */
    static bool isNeeded(Database& database);

    /** The form of a page, or null for the welcome and done pages. */
    ProfileForm* form(Page page) const { return m_forms.value(page); }
    /** True once the profile was stored. */
    bool profileSaved() const { return m_saved; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void done(int result) override;

signals:
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addFormPage(Page page, ProfileForm::Sections sections);
    void retranslateUi();
    void updateDoneText();

    Database& m_database;
    BusinessProfile m_profile;
    QHash<int, ProfileForm*> m_forms;
    QSet<int> m_visited;
    bool m_saved = false;
    QLabel* m_welcomeText = nullptr;
    QLabel* m_welcomeNote = nullptr;
    QList<std::pair<QLabel*, QLabel*>> m_steps; // title, detail
    QLabel* m_doneText = nullptr;
    QLabel* m_doneNote = nullptr;
};

} // namespace Bureau

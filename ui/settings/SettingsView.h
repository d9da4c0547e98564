// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/ViewPage.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace Bureau
{

struct AppContext;

/** Preferences and the practice's settings: language, backups (profile and secrets join them). */
class SettingsView final : public ViewPage
{
    Q_OBJECT

public:
    explicit SettingsView(AppContext& context, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QTabWidget* tabs() const { return m_tabs; }
    /** Adds a page (profile, secrets) built elsewhere. */
    void addPage(QWidget* page, const QString& iconName);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildGeneralPage();
    QWidget* buildBackupPage();
    void refreshBackups();
    void backUpNow();

    AppContext& m_context;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageHint = nullptr;
    QLabel* m_backupIntro = nullptr;
    QListWidget* m_backups = nullptr;
    QPushButton* m_backupNow = nullptr;
    QWidget* m_generalPage = nullptr;
    QWidget* m_backupPage = nullptr;
};

} // namespace Bureau

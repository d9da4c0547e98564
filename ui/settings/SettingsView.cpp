// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsView.h"

#include "core/i18n/Translations.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"
#include "ui/settings/OnboardingTemplatePage.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Bureau
{

SettingsView::SettingsView(AppContext& context, QWidget* parent)
    : ViewPage(QStringLiteral("settings"), parent)
    , m_context(context)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_generalPage = buildGeneralPage();
    m_backupPage = buildBackupPage();
    m_tabs->addTab(m_generalPage, Icons::forPalette(QStringLiteral("language"), palette()), QString());
    m_tabs->addTab(m_backupPage, Icons::forPalette(QStringLiteral("backup"), palette()), QString());
    setContent(m_tabs);
    // Before Backups; the pages the window adds (Profile, Passwords) come before it.
    addPage(new OnboardingTemplatePage(m_context, this), QStringLiteral("tasks"));
    retranslateUi();
}

void SettingsView::addPage(QWidget* page, const QString& iconName)
{
    m_tabs->insertTab(1, page, Icons::forPalette(iconName, palette()), page->windowTitle());
    connect(page, &QWidget::windowTitleChanged, this,
            [this, page](const QString& title) { m_tabs->setTabText(m_tabs->indexOf(page), title); });
}

QWidget* SettingsView::buildGeneralPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(16, 24, 16, 16);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageLabel = new QLabel(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    // Each language is named in itself, whatever the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // notr: a language's own name
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr")); // notr: a language's own name
    m_language->setCurrentIndex(m_language->findData(m_context.translations.current()));
    m_language->setMinimumWidth(200);
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString language = m_language->itemData(index).toString();
        if (language != m_context.translations.current())
            m_context.translations.apply(language);
    });
    connect(&m_context.translations, &Translations::languageChanged, this, [this](const QString& language) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(m_language->findData(language));
    });
    m_languageHint = new QLabel(page);
    m_languageHint->setObjectName(QStringLiteral("mutedLabel"));
    m_languageHint->setWordWrap(true);
    m_languageHint->setMinimumWidth(480);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageHint);
    return page;
}

QWidget* SettingsView::buildBackupPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 24, 16, 16);
    layout->setSpacing(8);
    m_backupIntro = new QLabel(page);
    m_backupIntro->setWordWrap(true);
    m_backupIntro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backups = new QListWidget(page);
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setAlternatingRowColors(true);
    m_backupNow = new QPushButton(page);
    m_backupNow->setObjectName(QStringLiteral("primaryButton"));
    connect(m_backupNow, &QPushButton::clicked, this, &SettingsView::backUpNow);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_backupNow);
    layout->addWidget(m_backupIntro);
    layout->addWidget(m_backups, 1);
    layout->addLayout(buttons);
    return page;
}

void SettingsView::showEvent(QShowEvent* event)
{
    refreshBackups();
    ViewPage::showEvent(event);
}

void SettingsView::refreshBackups()
{
    m_backups->clear();
    const QString dir = BackupManager::defaultBackupDir(m_context.database.path());
    auto listed = BackupManager::listIn(dir, m_context.database.uuid());
    if (!listed)
        return;
    const QLocale locale;
    for (const auto& info : listed.value()) {
        QString reason;
        switch (info.reason) {
        case BackupManager::Reason::Manual:
            reason = tr("manual", "backup reason");
            break;
        case BackupManager::Reason::Automatic:
            reason = tr("automatic", "backup reason");
            break;
        case BackupManager::Reason::PreMigration:
            reason = tr("before an update", "backup reason");
            break;
        }
        m_backups->addItem(tr("%1 — %2, %3")
                               .arg(locale.toString(info.created.toLocalTime(), QLocale::LongFormat), reason,
                                    locale.formattedDataSize(info.size)));
    }
    if (m_backups->count() == 0)
        m_backups->addItem(tr("No backup yet."));
}

void SettingsView::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BackupManager backups(m_context.database, m_context.clock);
    auto made = backups.create(BackupManager::Reason::Manual);
    QApplication::restoreOverrideCursor();
    if (!made) {
        MessageBox::showError(this, tr("Backup failed"), made.error());
        return;
    }
    refreshBackups();
}

void SettingsView::retranslateUi()
{
    setTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_generalPage), tr("General"));
    m_tabs->setTabText(m_tabs->indexOf(m_backupPage), tr("Backups"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageHint->setText(tr("The interface changes at once. Documents are written in each client’s language."));
    m_backupIntro->setText(
        tr("Bureau backs up your database every day it is used, keeping 7 daily and 4 weekly copies, each checked "
           "after it is written. Backups are kept in %1.")
            .arg(QDir::toNativeSeparators(BackupManager::defaultBackupDir(m_context.database.path()))));
    m_backupNow->setText(tr("Back up now"));
    if (isVisible())
        refreshBackups();
}

} // namespace Bureau

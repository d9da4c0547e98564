// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SecretsPage.h"

#include "core/secrets/CredentialIndex.h"
#include "core/secrets/CredentialStore.h"
#include "core/storage/Database.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bureau
{

SecretsPage::SecretsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("secretsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 24, 16, 16);
    layout->setSpacing(8);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(QStringLiteral("secretEntries"));
    m_entries->setRootIsDecorated(false);
    m_entries->setAlternatingRowColors(true);
    m_entries->setColumnCount(3);
    m_entries->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_entries, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_entries->selectedItems().isEmpty()); });

    m_add = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, &SecretsPage::addEntry);
    m_remove = new QPushButton(this);
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &SecretsPage::removeSelected);
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("primaryButton"));
    connect(m_test, &QPushButton::clicked, this, &SecretsPage::testKeychain);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("mutedLabel"));
    m_testResult->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_testResult, 2);
    buttons->addWidget(m_test);
    layout->addWidget(m_where);
    layout->addWidget(m_entries, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

void SecretsPage::showEvent(QShowEvent* event)
{
    retranslateUi(); // the store may have changed (keychain found unavailable after start-up)
    refresh();
    QWidget::showEvent(event);
}

void SecretsPage::refresh()
{
    m_entries->clear();
    if (!m_context.credentials)
        return;
    auto listed = CredentialIndex(m_context.database, *m_context.credentials).list();
    if (!listed)
        return;
    const QLocale locale;
    for (const auto& entry : listed.value()) {
        auto* item = new QTreeWidgetItem(m_entries);
        item->setText(0, entry.name);
        item->setText(1, entry.sessionOnly ? tr("%1 (this session only)").arg(entry.label) : entry.label);
        item->setText(2, locale.toString(entry.updated.toLocalTime(), QLocale::ShortFormat));
    }
}

void SecretsPage::testKeychain()
{
    if (!m_context.credentials)
        return;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    m_context.credentials->probe(this, [this](const Status& status) {
        m_test->setEnabled(true);
        if (status) {
            m_testResult->setText(m_context.credentials->isPersistent()
                                      ? tr("The system keychain works: a test entry was written, read back and "
                                           "removed.")
                                      : tr("Secrets are kept for this session only."));
        } else {
            m_testResult->setText(status.error().message);
        }
    });
}

void SecretsPage::addEntry()
{
    if (!m_context.credentials)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New password"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    auto* label = new QLineEdit(&dialog);
    auto* secret = new QLineEdit(&dialog);
    secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Description:"), label);
    form->addRow(tr("&Password:"), secret);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString value = secret->text();
    secret->clear();
    auto stored = CredentialIndex(m_context.database, *m_context.credentials).store(name->text(), label->text(), value);
    CredentialStore::wipe(value);
    if (!stored) {
        MessageBox::showError(this, tr("The password was not stored"), stored.error());
        return;
    }
    refresh();
}

void SecretsPage::removeSelected()
{
    const auto selected = m_entries->selectedItems();
    if (selected.isEmpty() || !m_context.credentials)
        return;
    const QString name = selected.first()->text(0);
    if (MessageBox::question(this, tr("Remove a password"),
                             tr("Remove “%1” from the keychain? This cannot be undone.").arg(name))
        != QMessageBox::Yes)
        return;
    auto removed = CredentialIndex(m_context.database, *m_context.credentials).remove(name);
    if (!removed)
        MessageBox::showError(this, tr("The password was not removed"), removed.error());
    refresh();
}

void SecretsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SecretsPage::retranslateUi()
{
    setWindowTitle(tr("Passwords"));
    const bool persistent = m_context.credentials && m_context.credentials->isPersistent();
    m_where->setText(persistent ? tr("Passwords are kept in the system keychain, never in Bureau’s database, settings, "
                                     "logs or exports. Only their names are listed here.")
                                : tr("The system keychain is not available: passwords you enter are kept for this "
                                     "session only and never written to disk."));
    m_entries->setHeaderLabels({tr("Name"), tr("Description"), tr("Last changed")});
    m_add->setText(tr("Add…"));
    m_remove->setText(tr("Remove"));
    m_test->setText(tr("Test the keychain"));
}

} // namespace Bureau

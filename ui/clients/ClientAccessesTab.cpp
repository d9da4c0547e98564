// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientAccessesTab.h"

#include "core/Clock.h"
#include "core/models/Roles.h"
#include "core/secrets/CredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "ui/clients/AccessDialog.h"
#include "ui/clients/ClientUi.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{
constexpr int RevokedRole = Qt::UserRole + 10;
constexpr int HasSecretRole = Qt::UserRole + 11;
constexpr int ServiceRole = Qt::UserRole + 12;

enum Column
{
    ServiceColumn,
    UserColumn,
    UrlColumn,
    GrantedColumn,
    StatusColumn,
    ColumnCount
};

QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClientAccessesTab::ClientAccessesTab(AppContext& context, QWidget* parent)
    : ClientTab(context, QStringLiteral("key"), parent)
{
    setObjectName(QStringLiteral("accessesTab"));
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_reveal->setIcon(Icons::forPalette(QStringLiteral("eye"), palette()));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copySecret"));
    m_copy->setIcon(Icons::forPalette(QStringLiteral("copy"), palette()));
    m_edit = new QPushButton(this);
    m_revoke = new QPushButton(this);
    m_revoke->setObjectName(QStringLiteral("revokeAccess"));
    actionsLayout()->insertWidget(1, m_reveal);
    actionsLayout()->insertWidget(2, m_copy);
    actionsLayout()->insertWidget(3, m_edit);
    actionsLayout()->addWidget(m_revoke);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);

    // The secret shown on demand, with the time left.
    m_panel = new QFrame(content);
    m_panel->setObjectName(QStringLiteral("card"));
    auto* panelLayout = new QHBoxLayout(m_panel);
    panelLayout->setContentsMargins(12, 8, 12, 8);
    panelLayout->setSpacing(8);
    auto* keyIcon = new QLabel(m_panel);
    keyIcon->setPixmap(Icons::forPalette(QStringLiteral("key"), palette()).pixmap(20, 20));
    m_panelTitle = new QLabel(m_panel);
    m_revealed = new QLineEdit(m_panel);
    m_revealed->setObjectName(QStringLiteral("revealedSecret"));
    m_revealed->setReadOnly(true);
    QFont mono = m_revealed->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_revealed->setFont(mono);
    m_countdown = new QLabel(m_panel);
    m_countdown->setObjectName(QStringLiteral("mutedLabel"));
    m_hide = new QPushButton(m_panel);
    panelLayout->addWidget(keyIcon);
    panelLayout->addWidget(m_panelTitle);
    panelLayout->addWidget(m_revealed, 1);
    panelLayout->addWidget(m_countdown);
    panelLayout->addWidget(m_hide);
    m_panel->hide();
    contentLayout->addWidget(m_panel);

    m_list = ClientUi::createRecordList(content, QStringLiteral("accessList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setItemDelegateForColumn(StatusColumn, ClientUi::accessStatusDelegate(m_list));
    m_list->header()->setSectionResizeMode(ServiceColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(UserColumn, 160);
    m_list->setColumnWidth(UrlColumn, 150);
    m_list->setColumnWidth(GrantedColumn, 170);
    m_list->setColumnWidth(StatusColumn, 110);
    contentLayout->addWidget(m_list, 1);
    setContent(content);

    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &ClientAccessesTab::hideSecret);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ClientAccessesTab::updateCountdown);
    m_clipboardTimer = new QTimer(this);
    m_clipboardTimer->setSingleShot(true);
    connect(m_clipboardTimer, &QTimer::timeout, this, &ClientAccessesTab::clearClipboardIfUnchanged);

    connect(addButton(), &QPushButton::clicked, this, [this] { addAccess(); });
    connect(m_reveal, &QPushButton::clicked, this, [this] { reveal(ClientUi::currentRecordId(m_list)); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copy(ClientUi::currentRecordId(m_list)); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccess(ClientUi::currentRecordId(m_list)); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { revoke(ClientUi::currentRecordId(m_list)); });
    connect(m_hide, &QPushButton::clicked, this, &ClientAccessesTab::hideSecret);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { editAccess(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ClientAccessesTab::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ClientAccessesTab::showMenu);
    retranslateUi();
}

ClientAccessesTab::~ClientAccessesTab()
{
    m_revealed->clear();
    // Leaving the page does not leave the secret on the clipboard beyond its time: clear it now.
    if (m_clipboardTimer->isActive())
        clearClipboardIfUnchanged();
}

void ClientAccessesTab::reload()
{
    const qint64 current = ClientUi::currentRecordId(m_list);
    m_list->clear();
    if (client().id == 0) {
        showEmptyState(true);
        return;
    }
    auto accesses = ClientAccessService(m_context.database, *m_context.credentials).listForClient(client().id);
    if (!accesses) {
        MessageBox::showError(this, tr("The accesses cannot be read"), accesses.error());
        return;
    }
    const QTimeZone zone = ClientUi::userTimeZone(m_context.database);
    for (const ClientAccess& access : accesses.value()) {
        QString granted;
        if (!access.grantedBy.isEmpty() && access.grantedOn.isValid())
            granted = tr("%1, %2", "granted by whom, on which date")
                          .arg(access.grantedBy, ClientUi::formatDate(access.grantedOn));
        else
            granted = access.grantedBy.isEmpty() ? ClientUi::formatDate(access.grantedOn) : access.grantedBy;
        QString status;
        QString key;
        if (access.isRevoked()) {
            status = tr("Revoked");
            key = QStringLiteral("revoked");
        } else if (access.credentialName.isEmpty()) {
            status = tr("No password");
            key = QStringLiteral("nosecret");
        } else {
            status = tr("Active", "access status");
            key = QStringLiteral("active");
        }
        QTreeWidgetItem* item =
            ClientUi::addRecordRow(m_list, {access.service, access.username, access.url, granted, status}, access.id);
        item->setData(StatusColumn, RawValueRole, key);
        item->setData(0, RevokedRole, access.isRevoked());
        item->setData(0, HasSecretRole, !access.credentialName.isEmpty());
        item->setData(0, ServiceRole, access.service);
        if (access.isRevoked()) {
            item->setToolTip(StatusColumn,
                             tr("Access ended on %1").arg(ClientUi::formatDateTime(access.revokedAtMs, zone)));
            QColor muted = palette().color(QPalette::Text);
            muted.setAlphaF(0.55f);
            for (int column = 0; column < StatusColumn; ++column)
                item->setForeground(column, muted);
        }
        if (access.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showEmptyState(m_list->topLevelItemCount() == 0);
    updateButtons();
}

qint64 ClientAccessesTab::addAccess()
{
    ClientAccess access;
    access.clientId = client().id;
    const QDate today = m_context.clock.nowUtc().toTimeZone(ClientUi::userTimeZone(m_context.database)).date();
    AccessDialog dialog(m_context.database, *m_context.credentials, client(), access, today, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    reload();
    emit changed();
    return dialog.saved().id;
}

void ClientAccessesTab::editAccess(qint64 id)
{
    if (id == 0)
        return;
    ClientAccessService service(m_context.database, *m_context.credentials);
    auto access = service.find(id);
    if (!access) {
        MessageBox::showError(this, tr("The access cannot be read"), access.error());
        return;
    }
    const QDate today = m_context.clock.nowUtc().toTimeZone(ClientUi::userTimeZone(m_context.database)).date();
    AccessDialog dialog(m_context.database, *m_context.credentials, client(), access.value(), today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void ClientAccessesTab::reveal(qint64 id)
{
    if (id == 0)
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    const QString serviceName = item ? item->data(0, ServiceRole).toString() : QString();
    m_reveal->setEnabled(false);
    ClientAccessService(m_context.database, *m_context.credentials)
        .reveal(id, this, [this, serviceName](Result<QString> secret) {
            updateButtons();
            if (!secret) {
                MessageBox::showError(this, tr("The password cannot be shown"), secret.error());
                return;
            }
            m_panelTitle->setText(tr("%1:", "the service whose password is shown").arg(serviceName));
            m_revealed->setText(secret.value());
            CredentialStore::wipe(secret.value());
            m_panel->show();
            m_hideAtMs = QDateTime::currentMSecsSinceEpoch() + m_timeoutMs;
            m_hideTimer->start(m_timeoutMs);
            m_tick->start();
            updateCountdown();
        });
}

void ClientAccessesTab::copy(qint64 id)
{
    if (id == 0)
        return;
    m_copy->setEnabled(false);
    ClientAccessService(m_context.database, *m_context.credentials).reveal(id, this, [this](Result<QString> secret) {
        updateButtons();
        if (!secret) {
            MessageBox::showError(this, tr("The password cannot be copied"), secret.error());
            return;
        }
        auto* mime = new QMimeData;
        mime->setText(secret.value());
        // Clipboard managers that honour it (KDE's Klipper) do not keep the secret in their history.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
        m_clipboardHash = hashOf(secret.value());
        CredentialStore::wipe(secret.value());
        m_clipboardTimer->start(m_timeoutMs);
        m_countdown->setText(QString());
        emit changed();
    });
}

void ClientAccessesTab::clearClipboardIfUnchanged()
{
    m_clipboardTimer->stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Only what Bureau put there: anything the user copied since stays.
    if (!m_clipboardHash.isEmpty() && hashOf(clipboard->text(QClipboard::Clipboard)) == m_clipboardHash)
        clipboard->clear(QClipboard::Clipboard);
    m_clipboardHash.clear();
}

void ClientAccessesTab::hideSecret()
{
    m_hideTimer->stop();
    m_tick->stop();
    m_revealed->clear();
    m_panel->hide();
}

void ClientAccessesTab::updateCountdown()
{
    const qint64 left = std::max<qint64>(0, m_hideAtMs - QDateTime::currentMSecsSinceEpoch());
    const int seconds = int((left + 999) / 1000);
    m_countdown->setText(tr("Hidden in %n s", "", seconds));
}

void ClientAccessesTab::revoke(qint64 id)
{
    if (id == 0)
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    const QString serviceName = item ? item->data(0, ServiceRole).toString() : QString();
    const auto answer = MessageBox::question(
        this, tr("Revoke access"),
        tr("Revoke your access to %1? The password is deleted from the keychain; the record of the access and of "
           "when it ended is kept.")
            .arg(serviceName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto revoked = ClientAccessService(m_context.database, *m_context.credentials).revoke(id); !revoked) {
        MessageBox::showError(this, tr("The access cannot be revoked"), revoked.error());
        return;
    }
    hideSecret();
    reload();
    emit changed();
}

void ClientAccessesTab::removeAccess(qint64 id)
{
    const auto answer = MessageBox::question(
        this, tr("Delete access"),
        tr("Delete this access and its password for good? To keep a record of when access ended, revoke it "
           "instead."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = ClientAccessService(m_context.database, *m_context.credentials).remove(id); !removed) {
        MessageBox::showError(this, tr("The access cannot be deleted"), removed.error());
        return;
    }
    hideSecret();
    reload();
    emit changed();
}

void ClientAccessesTab::showMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_list->itemAt(position);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    QMenu menu(this);
    QAction* reveal = menu.addAction(tr("Reveal password"), this, [this, id] { this->reveal(id); });
    QAction* copy = menu.addAction(tr("Copy password"), this, [this, id] { this->copy(id); });
    reveal->setEnabled(m_reveal->isEnabled());
    copy->setEnabled(m_copy->isEnabled());
    menu.addAction(tr("Edit…"), this, [this, id] { editAccess(id); });
    menu.addSeparator();
    QAction* revoke = menu.addAction(tr("Revoke…"), this, [this, id] { this->revoke(id); });
    revoke->setEnabled(m_revoke->isEnabled());
    menu.addAction(tr("Delete…"), this, [this, id] { removeAccess(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ClientAccessesTab::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool usable = item && !item->data(0, RevokedRole).toBool() && item->data(0, HasSecretRole).toBool();
    m_reveal->setEnabled(usable);
    m_copy->setEnabled(usable);
    m_edit->setEnabled(item);
    m_revoke->setEnabled(item && !item->data(0, RevokedRole).toBool());
}

void ClientAccessesTab::retranslateUi()
{
    setTexts(tr("Add access"), tr("No accesses yet"),
             tr("The logins you hold for this client’s tools. Passwords stay in the system keychain, never in "
                "Bureau’s database."));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setToolTip(tr("Show the password for 30 seconds"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the password; the clipboard is cleared after 30 seconds"));
    m_edit->setText(tr("Edit…"));
    m_revoke->setText(tr("Revoke…"));
    m_hide->setText(tr("Hide"));
    m_list->setHeaderLabels({tr("Service"), tr("User name"), tr("Address"), tr("Granted"), tr("Status")});
    if (m_tick->isActive())
        updateCountdown();
    if (client().id != 0)
        reload();
}

} // namespace Bureau

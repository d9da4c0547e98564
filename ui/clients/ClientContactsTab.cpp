// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientContactsTab.h"

#include "core/models/Roles.h"
#include "core/storage/ClientRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/clients/ContactDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusPillDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>

namespace Bureau
{

namespace
{
constexpr int PrimaryRole = Qt::UserRole + 10;
constexpr int NameRole = Qt::UserRole + 11;

enum Column
{
    NameColumn,
    /** "Main" as a pill on the main contact's row. */
    MainColumn,
    RoleColumn,
    EmailColumn,
    PhoneColumn,
    ChannelColumn,
    ColumnCount
};
} // namespace

ClientContactsTab::ClientContactsTab(AppContext& context, QWidget* parent)
    : ClientTab(context, QStringLiteral("clients"), parent)
{
    setObjectName(QStringLiteral("contactsTab"));
    m_edit = new QPushButton(this);
    m_primary = new QPushButton(this);
    m_primary->setObjectName(QStringLiteral("makePrimary"));
    m_remove = new QPushButton(this);
    actionsLayout()->insertWidget(1, m_edit);
    actionsLayout()->insertWidget(2, m_primary);
    actionsLayout()->insertWidget(3, m_remove);

    m_list = ClientUi::createRecordList(this, QStringLiteral("contactList"));
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(MainColumn, 72);
    m_list->setColumnWidth(RoleColumn, 140);
    m_list->setColumnWidth(EmailColumn, 190);
    m_list->setColumnWidth(PhoneColumn, 130);
    m_list->setColumnWidth(ChannelColumn, 120);
    auto* mainPill = new StatusPillDelegate(m_list);
    mainPill->setTone(QStringLiteral("main"), StatusPillDelegate::Tone::Blue);
    m_list->setItemDelegateForColumn(MainColumn, mainPill);
    setContent(m_list);

    connect(addButton(), &QPushButton::clicked, this, [this] { addContact(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editContact(ClientUi::currentRecordId(m_list)); });
    connect(m_primary, &QPushButton::clicked, this, [this] { makePrimary(ClientUi::currentRecordId(m_list)); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeContact(ClientUi::currentRecordId(m_list)); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { editContact(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ClientContactsTab::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ClientContactsTab::showMenu);
    retranslateUi();
}

void ClientContactsTab::reload()
{
    const qint64 current = ClientUi::currentRecordId(m_list);
    m_list->clear();
    if (client().id == 0) {
        showEmptyState(true);
        return;
    }
    auto contacts = ClientRepository(m_context.database).contacts(client().id);
    if (!contacts) {
        MessageBox::showError(this, tr("The contacts cannot be read"), contacts.error());
        return;
    }
    for (const Contact& contact : contacts.value()) {
        QTreeWidgetItem* item = ClientUi::addRecordRow(
            m_list,
            {contact.name, contact.primary ? tr("Main", "the main contact") : QString(), contact.role, contact.email,
             contact.phone,
             contact.preferredChannel == Contact::Channel::None ? QString()
                                                                : Contact::channelText(contact.preferredChannel)},
            contact.id);
        item->setData(0, PrimaryRole, contact.primary);
        item->setData(0, NameRole, contact.name);
        if (contact.primary) {
            item->setData(MainColumn, RawValueRole, QStringLiteral("main"));
            item->setToolTip(MainColumn, tr("The main contact: the person to reach first"));
        }
        if (contact.id == current)
            m_list->setCurrentItem(item);
    }
    showEmptyState(m_list->topLevelItemCount() == 0);
    updateButtons();
}

qint64 ClientContactsTab::addContact()
{
    Contact contact;
    contact.clientId = client().id;
    ContactDialog dialog(m_context.database, contact, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    reload();
    emit changed();
    return dialog.savedId();
}

void ClientContactsTab::editContact(qint64 id)
{
    if (id == 0)
        return;
    auto contact = ClientRepository(m_context.database).contact(id);
    if (!contact) {
        MessageBox::showError(this, tr("The contact cannot be read"), contact.error());
        return;
    }
    ContactDialog dialog(m_context.database, contact.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void ClientContactsTab::makePrimary(qint64 id)
{
    if (id == 0)
        return;
    if (auto done = ClientRepository(m_context.database).setPrimaryContact(client().id, id); !done) {
        MessageBox::showError(this, tr("The main contact cannot be changed"), done.error());
        return;
    }
    reload();
    emit changed();
}

void ClientContactsTab::removeContact(qint64 id)
{
    if (id == 0)
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    const QString name = item ? item->data(0, NameRole).toString() : QString();
    const auto answer = MessageBox::question(
        this, tr("Remove contact"),
        tr("Remove %1 from the client’s contacts? Interactions with this person keep their text.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = ClientRepository(m_context.database).removeContact(id); !removed) {
        MessageBox::showError(this, tr("The contact cannot be removed"), removed.error());
        return;
    }
    reload();
    emit changed();
}

void ClientContactsTab::showMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_list->itemAt(position);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Edit…"), this, [this, id] { editContact(id); });
    QAction* primary = menu.addAction(tr("Make main contact"), this, [this, id] { makePrimary(id); });
    primary->setEnabled(m_primary->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("Remove…"), this, [this, id] { removeContact(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ClientContactsTab::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    m_edit->setEnabled(item);
    m_remove->setEnabled(item);
    m_primary->setEnabled(item && !item->data(0, PrimaryRole).toBool());
}

void ClientContactsTab::retranslateUi()
{
    setTexts(tr("Add contact"), tr("No contacts yet"),
             tr("The people you deal with at this client: who to call, who to write to, who decides."));
    m_edit->setText(tr("Edit…"));
    m_primary->setText(tr("Make main contact"));
    m_remove->setText(tr("Remove…"));
    m_list->setHeaderLabels({tr("Name"), QString(), tr("Role"), tr("E-mail"), tr("Phone"), tr("Prefers")});
    if (client().id != 0)
        reload();
}

} // namespace Bureau

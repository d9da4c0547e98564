// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientFilesTab.h"

#include "core/services/ClientFileStore.h"
#include "ui/clients/ClientUi.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBox.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>

namespace Bureau
{

namespace
{
constexpr int NameRole = Qt::UserRole + 10;

enum Column
{
    NameColumn,
    CategoryColumn,
    SizeColumn,
    AddedColumn,
    ColumnCount
};
} // namespace

ClientFilesTab::ClientFilesTab(AppContext& context, QWidget* parent)
    : ClientTab(context, QStringLiteral("file"), parent)
{
    setObjectName(QStringLiteral("filesTab"));
    m_open = new QPushButton(this);
    m_remove = new QPushButton(this);
    actionsLayout()->insertWidget(1, m_open);
    actionsLayout()->insertWidget(2, m_remove);
    // Attaching asks what the file is: a contract ticks the onboarding step.
    m_attachMenu = new QMenu(this);
    addButton()->setMenu(m_attachMenu);
    emptyState()->actionButton()->setMenu(m_attachMenu);

    m_list = ClientUi::createRecordList(this, QStringLiteral("fileList"));
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(CategoryColumn, 140);
    m_list->setColumnWidth(SizeColumn, 100);
    m_list->setColumnWidth(AddedColumn, 130);
    setContent(m_list);

    connect(m_open, &QPushButton::clicked, this, [this] { openFile(ClientUi::currentRecordId(m_list)); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeFile(ClientUi::currentRecordId(m_list)); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openFile(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ClientFilesTab::updateButtons);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ClientFilesTab::showMenu);
    retranslateUi();
}

void ClientFilesTab::reload()
{
    const qint64 current = ClientUi::currentRecordId(m_list);
    m_list->clear();
    if (client().id == 0) {
        showEmptyState(true);
        return;
    }
    auto files = ClientFileStore(m_context.database).listForClient(client().id);
    if (!files) {
        MessageBox::showError(this, tr("The files cannot be read"), files.error());
        return;
    }
    const QTimeZone zone = ClientUi::userTimeZone(m_context.database);
    for (const ClientFile& file : files.value()) {
        QTreeWidgetItem* item = ClientUi::addRecordRow(
            m_list,
            {file.originalName, ClientFile::categoryText(file.category), ClientUi::formatSize(file.size),
             ClientUi::formatDate(QDateTime::fromMSecsSinceEpoch(file.addedAtMs, Qt::UTC).toTimeZone(zone).date())},
            file.id);
        item->setData(0, NameRole, file.originalName);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(NameColumn, tr("%1\nSHA-256 %2").arg(file.originalName, file.sha256));
        if (file.id == current)
            m_list->setCurrentItem(item);
    }
    showEmptyState(m_list->topLevelItemCount() == 0);
    updateButtons();
}

bool ClientFilesTab::attachFile(const QString& path, ClientFile::Category category)
{
    auto attached = ClientFileStore(m_context.database).attach(client().id, path, category);
    if (!attached) {
        MessageBox::showError(this, tr("The file cannot be attached"), attached.error());
        return false;
    }
    reload();
    emit changed();
    return true;
}

void ClientFilesTab::chooseAndAttach(ClientFile::Category category)
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Attach files to %1").arg(client().name),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    for (const QString& path : paths) {
        if (!attachFile(path, category))
            break;
    }
}

void ClientFilesTab::openFile(qint64 id)
{
    if (id == 0)
        return;
    ClientFileStore store(m_context.database);
    auto file = store.find(id);
    if (!file) {
        MessageBox::showError(this, tr("The file cannot be opened"), file.error());
        return;
    }
    // A copy that went missing or changed on disk is said so, rather than opened.
    if (auto verified = store.verify(file.value()); !verified) {
        MessageBox::showError(this, tr("The file cannot be opened"), verified.error());
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(store.absolutePath(file.value())));
}

void ClientFilesTab::setCategory(qint64 id, ClientFile::Category category)
{
    if (auto set = ClientFileStore(m_context.database).setCategory(id, category); !set) {
        MessageBox::showError(this, tr("The file cannot be changed"), set.error());
        return;
    }
    reload();
    emit changed();
}

void ClientFilesTab::removeFile(qint64 id)
{
    if (id == 0)
        return;
    const QTreeWidgetItem* item = m_list->currentItem();
    const QString name = item ? item->data(0, NameRole).toString() : QString();
    const auto answer = MessageBox::question(
        this, tr("Remove file"),
        tr("Remove “%1” from this client? Bureau’s copy is deleted; your original file is not touched.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = ClientFileStore(m_context.database).remove(id); !removed) {
        MessageBox::showError(this, tr("The file cannot be removed"), removed.error());
        return;
    }
    reload();
    emit changed();
}

void ClientFilesTab::showMenu(const QPoint& position)
{
    QTreeWidgetItem* item = m_list->itemAt(position);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { openFile(id); });
    QMenu* category = menu.addMenu(tr("Category"));
    for (const auto kind :
         {ClientFile::Category::Contract, ClientFile::Category::Procedure, ClientFile::Category::Other})
        category->addAction(ClientFile::categoryText(kind), this, [this, id, kind] { setCategory(id, kind); });
    menu.addSeparator();
    menu.addAction(tr("Remove…"), this, [this, id] { removeFile(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void ClientFilesTab::updateButtons()
{
    const bool selected = m_list->currentItem();
    m_open->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void ClientFilesTab::retranslateUi()
{
    setTexts(tr("Attach file"), tr("No files yet"),
             tr("The contract, procedures and other documents of this client, kept in Bureau’s data folder."));
    m_attachMenu->clear();
    m_attachMenu->addAction(tr("Contract…"), this, [this] { chooseAndAttach(ClientFile::Category::Contract); });
    m_attachMenu->addAction(tr("Procedure…"), this, [this] { chooseAndAttach(ClientFile::Category::Procedure); });
    m_attachMenu->addAction(tr("Other file…"), this, [this] { chooseAndAttach(ClientFile::Category::Other); });
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Remove…"));
    m_list->setHeaderLabels({tr("File"), tr("Category"), tr("Size"), tr("Added")});
    m_list->headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    if (client().id != 0)
        reload();
}

} // namespace Bureau

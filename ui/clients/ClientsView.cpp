// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientsView.h"

#include "core/domain/Client.h"
#include "core/models/ClientListModel.h"
#include "core/models/Roles.h"
#include "core/storage/ClientRepository.h"
#include "ui/clients/ClientActions.h"
#include "ui/clients/ClientEditorDialog.h"
#include "ui/clients/ClientExportActions.h"
#include "ui/clients/ClientPage.h"
#include "ui/clients/ClientTimelineTab.h"
#include "ui/clients/ClientUi.h"
#include "ui/clients/ReceptionCard.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/ProgressDelegate.h"
#include "ui/widgets/StatusPillDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

const QKeySequence kNewKey(Qt::CTRL | Qt::Key_N);
const QKeySequence kReceptionKey(Qt::CTRL | Qt::Key_R);

struct ColumnWidth
{
    int column;
    int width;
};

// The widths columns start with; Name takes what is left.
constexpr ColumnWidth kWidths[] = {
    {ClientListModel::Kind, 110},    {ClientListModel::Email, 200},      {ClientListModel::Phone, 140},
    {ClientListModel::City, 120},    {ClientListModel::Country, 80},     {ClientListModel::Status, 104},
    {ClientListModel::Tags, 150},    {ClientListModel::Onboarding, 104}, {ClientListModel::HourlyRate, 112},
    {ClientListModel::Created, 110},
};

// Shown unless the user hides them; hidden first when the window is narrow, in this order.
constexpr int kNarrowHideOrder[] = {ClientListModel::Tags, ClientListModel::City, ClientListModel::Phone,
                                    ClientListModel::HourlyRate};
// Hidden unless the user shows them from the header's menu.
constexpr int kHiddenByDefault[] = {ClientListModel::Kind, ClientListModel::Country, ClientListModel::Created};
constexpr int kNameMinimum = 200;

int widthOf(int column)
{
    for (const ColumnWidth& entry : kWidths) {
        if (entry.column == column)
            return entry.width;
    }
    return 120;
}

} // namespace

ClientsView::ClientsView(AppContext& context, QWidget* parent)
    : ViewPage(QStringLiteral("clients"), parent)
    , m_context(context)
    , m_model(new ClientListModel(context.database, this))
{
    setObjectName(QStringLiteral("clientsView"));
    m_pages = new QStackedWidget(this);
    buildListPage();
    m_page = new ClientPage(context, m_pages);
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_page);
    setContent(m_pages);
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("clients"));
    m_listPage->setStyleSheet(ClientUi::listStyleSheet(palette()));

    // Search as you type: the model is fast (FTS5), a short pause only spares the keystrokes of a word.
    QLineEdit* search = searchField();
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ClientsView::applySearch);
    connect(search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search opens the only match, or moves to the list.
        m_searchTimer->stop();
        applySearch();
        if (m_model->rowCount() == 1)
            openClient(m_model->idAt(0));
        else if (m_model->rowCount() > 0)
            m_table->setFocus(Qt::ShortcutFocusReason);
    });

    connect(this, &ViewPage::primaryActionTriggered, this, [this] { newClient(); });
    m_exportActions = new ClientExportActions(context, *m_model, this);
    m_exportActions->install(headerLayout(), primaryButton(), emptyState());
    connect(m_exportActions, &ClientExportActions::imported, this, [this] {
        m_model->reload();
        fillTagFilter();
        updateEmptyState();
    });
    connect(m_page, &ClientPage::backRequested, this, &ClientsView::showList);
    connect(m_page, &ClientPage::clientChanged, this, [this] {
        m_model->reload();
        fillTagFilter();
    });
    connect(m_page, &ClientPage::clientRemoved, this, [this] {
        m_model->reload();
        fillTagFilter();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientsView::updateEmptyState);
    connect(m_model, &PagedTableModel::failed, this,
            [this](const Error& error) { MessageBox::showError(this, tr("The client list cannot be read"), error); });

    auto* newShortcut = new QShortcut(kNewKey, this);
    connect(newShortcut, &QShortcut::activated, this, [this] { newClient(); });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        showList();
        searchField()->setFocus(Qt::ShortcutFocusReason);
        searchField()->selectAll();
    });
    auto* receptionShortcut = new QShortcut(kReceptionKey, this);
    connect(receptionShortcut, &QShortcut::activated, this, &ClientsView::showReceptionCard);

    fillStatusFilter();
    fillTagFilter();
    retranslateUi();
    updateEmptyState();
}

void ClientsView::buildListPage()
{
    m_listPage = new QWidget(this);
    auto* layout = new QVBoxLayout(m_listPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    // Filters under the header: status, tag, archived; the count on the right.
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(8);
    m_statusLabel = new QLabel(m_listPage);
    m_status = new QComboBox(m_listPage);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_status);
    m_tagLabel = new QLabel(m_listPage);
    m_tag = new QComboBox(m_listPage);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->setMinimumContentsLength(10);
    m_tagLabel->setBuddy(m_tag);
    m_archived = new QCheckBox(m_listPage);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    m_count = new QLabel(m_listPage);
    m_count->setObjectName(QStringLiteral("mutedLabel"));
    m_count->setProperty("role", QStringLiteral("resultCount"));
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_tagLabel);
    filters->addWidget(m_tag);
    filters->addSpacing(8);
    filters->addWidget(m_archived);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_table = new QTableView(m_listPage);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClientListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(ClientUi::kRowHeight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ClientListModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(64);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (const ColumnWidth& entry : kWidths)
        m_table->setColumnWidth(entry.column, entry.width);
    for (const int column : kHiddenByDefault)
        m_table->setColumnHidden(column, true);
    m_table->setItemDelegateForColumn(ClientListModel::Status, ClientUi::clientStatusDelegate(m_table));
    m_table->setItemDelegateForColumn(ClientListModel::Onboarding, new ProgressDelegate(m_table));
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openClient(index.data(IdRole).toLongLong()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ClientsView::showRowMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ClientsView::showHeaderMenu);
    // Columns make way when the table's own width changes (the window's is not yet laid out then).
    m_table->viewport()->installEventFilter(this);

    m_noResults = new QWidget(m_listPage);
    m_noResults->setObjectName(QStringLiteral("noResults"));
    auto* noResultsLayout = new QVBoxLayout(m_noResults);
    noResultsLayout->setContentsMargins(0, 0, 0, 0);
    m_noResultsState = new EmptyState(QStringLiteral("search"), m_noResults);
    ClientUi::polishEmptyState(m_noResultsState, QStringLiteral("search"));
    noResultsLayout->addWidget(m_noResultsState);
    connect(m_noResultsState, &EmptyState::actionTriggered, this, &ClientsView::clearFilters);

    m_listStack = new QStackedWidget(m_listPage);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noResults);
    layout->addWidget(m_listStack, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(m_status->currentData().toString());
        updateEmptyState();
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTagFilter(m_tag->currentData().toString());
        updateEmptyState();
    });
    connect(m_archived, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowArchived(on);
        updateEmptyState();
    });
}

// ---------------------------------------------------------------------------------------------
// List

void ClientsView::applySearch()
{
    m_model->setSearchText(searchField()->text());
    updateEmptyState();
}

void ClientsView::refresh()
{
    const qint64 selected = selectedClientId();
    m_model->reload();
    fillTagFilter();
    selectClient(selected);
    if (isShowingClient())
        m_page->reload();
}

void ClientsView::updateEmptyState()
{
    // "No clients yet" only when there is none at all, archived included; otherwise the list, or
    // "no results" for a search or filters that match nothing.
    const bool filtered = !m_model->searchText().trimmed().isEmpty() || !m_model->statusFilter().isEmpty()
                          || !m_model->tagFilter().isEmpty();
    if (m_model->rowCount() > 0) {
        m_hasClients = true;
    } else {
        auto any = ClientRepository(m_context.database).search(QString(), 1, true);
        m_hasClients = any && !any->isEmpty();
    }
    searchField()->setVisible(m_hasClients && !isShowingClient());
    showEmptyState(!m_hasClients && !isShowingClient());
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? m_noResults : static_cast<QWidget*>(m_table));
    if (m_model->rowCount() == 0) {
        const QString query = m_model->searchText().trimmed();
        const QString title =
            query.isEmpty() ? tr("No clients match these filters") : tr("No clients match “%1”").arg(query);
        const QString sentence =
            filtered ? tr("Search looks in names, contacts, e-mails, phones, tags and notes, accents or not.")
                     : tr("Every client is archived. Show archived clients to see them.");
        m_noResultsState->setTexts(title, sentence, filtered ? tr("Clear search and filters") : QString());
        ClientUi::polishEmptyState(m_noResultsState, QStringLiteral("search"));
    }
    updateCount();
}

void ClientsView::updateCount()
{
    auto total = m_model->totalCount();
    if (!total) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%n client(s)", "", int(total.value())));
}

void ClientsView::clearFilters()
{
    searchField()->clear();
    m_searchTimer->stop();
    m_status->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    applySearch();
}

void ClientsView::fillStatusFilter()
{
    const QString current = m_status->currentData().toString();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(tr("All", "client status filter"), QString());
    for (const auto status :
         {Client::Status::Prospect, Client::Status::Active, Client::Status::Paused, Client::Status::Former})
        m_status->addItem(Client::statusText(status), Client::statusKey(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
}

void ClientsView::fillTagFilter()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All", "client tag filter"), QString());
    if (auto tags = ClientRepository(m_context.database).tags()) {
        for (const QString& tag : tags.value())
            m_tag->addItem(tag, tag);
    }
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(std::max(0, index));
    // A tag that is gone (renamed, pruned) no longer filters.
    if (index < 0 && !current.isEmpty())
        m_model->setTagFilter(QString());
    m_tag->setEnabled(m_tag->count() > 1);
}

qint64 ClientsView::selectedClientId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void ClientsView::selectClient(qint64 id)
{
    if (id == 0)
        return;
    int row = m_model->rowOfId(id);
    // The client may be further down than the rows loaded so far.
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, ClientListModel::Name));
        m_table->scrollTo(m_model->index(row, ClientListModel::Name));
    }
}

// ---------------------------------------------------------------------------------------------
// Client page

bool ClientsView::isShowingClient() const
{
    return m_pages->currentWidget() == m_page;
}

qint64 ClientsView::newClient()
{
    Client client;
    ClientEditorDialog dialog(m_context.database, client, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    m_model->reload();
    fillTagFilter();
    openClient(dialog.savedId());
    return dialog.savedId();
}

bool ClientsView::openClient(qint64 id)
{
    if (id == 0 || !m_page->showClient(id))
        return false;
    m_pages->setCurrentWidget(m_page);
    // The page has its own header: the view's title, search and button give way to it.
    for (QWidget* widget : {static_cast<QWidget*>(findChild<QLabel*>(QStringLiteral("viewTitle"))),
                            static_cast<QWidget*>(searchField()), static_cast<QWidget*>(primaryButton()),
                            static_cast<QWidget*>(m_exportActions->button())})
        widget->hide();
    showEmptyState(false);
    return true;
}

void ClientsView::showList()
{
    const qint64 shown = m_page->client().id;
    m_pages->setCurrentWidget(m_listPage);
    findChild<QLabel*>(QStringLiteral("viewTitle"))->show();
    primaryButton()->show();
    m_exportActions->button()->show();
    updateEmptyState();
    selectClient(shown);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool ClientsView::openFirstClient()
{
    if (m_model->rowCount() == 0)
        return false;
    return openClient(m_model->idAt(0));
}

ReceptionCard* ClientsView::showReceptionCard()
{
    if (isShowingClient())
        return m_page->showReceptionCard();
    const qint64 id = selectedClientId();
    if (id == 0)
        return nullptr;
    auto client = ClientRepository(m_context.database).load(id);
    if (!client) {
        MessageBox::showError(this, tr("The client cannot be opened"), client.error());
        return nullptr;
    }
    return ClientActions::showReceptionCard(m_context, this, client.value());
}

// ---------------------------------------------------------------------------------------------
// Menus

void ClientsView::showRowMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const qint64 id = index.data(IdRole).toLongLong();
    auto loaded = ClientRepository(m_context.database).load(id);
    if (!loaded) {
        MessageBox::showError(this, tr("The client cannot be opened"), loaded.error());
        return;
    }
    const Client client = loaded.value();
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Open"), this, [this, id] { openClient(id); });
    menu.setDefaultAction(open);
    menu.addAction(tr("Edit…"), this, [this, client] {
        ClientEditorDialog dialog(m_context.database, client, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_model->reload();
            fillTagFilter();
            selectClient(client.id);
        }
    });
    QAction* reception = menu.addAction(tr("Reception card"), this,
                                        [this, client] { ClientActions::showReceptionCard(m_context, this, client); });
    reception->setShortcut(kReceptionKey);
    menu.addSeparator();
    menu.addAction(client.archived ? tr("Restore from archive") : tr("Archive"), this, [this, client] {
        if (ClientActions::setArchived(m_context, this, client, !client.archived))
            m_model->reload();
    });
    QAction* remove = menu.addAction(tr("Delete…"), this, [this, client] {
        if (ClientActions::deleteClient(m_context, this, client) != ClientActions::Outcome::Cancelled) {
            m_model->reload();
            fillTagFilter();
        }
    });
    // Only offered when the law allows it.
    remove->setEnabled(ClientActions::canDelete(m_context, id));
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ClientsView::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        if (column == ClientListModel::Name)
            continue;
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_userColumns.insert(column);
            m_table->setColumnHidden(column, !shown);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void ClientsView::updateColumnsForWidth()
{
    // Less useful columns make way on a narrow window rather than scrolling sideways.
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    int needed = kNameMinimum;
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        if (column == ClientListModel::Name)
            continue;
        bool hiddenByDefault = false;
        for (const int hidden : kHiddenByDefault)
            hiddenByDefault = hiddenByDefault || hidden == column;
        const bool shown = m_userColumns.contains(column) ? !m_table->isColumnHidden(column) : !hiddenByDefault;
        if (shown)
            needed += widthOf(column);
    }
    for (const int column : kNarrowHideOrder) {
        if (m_userColumns.contains(column))
            continue;
        const bool hide = needed > available;
        m_table->setColumnHidden(column, hide);
        if (hide)
            needed -= widthOf(column);
    }
}

bool ClientsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        updateColumnsForWidth();
    return ViewPage::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// Language

void ClientsView::retranslateUi()
{
    setTitle(tr("Clients"));
    setPrimaryAction(tr("New client"), tr("Add a client (%1)").arg(kNewKey.toString(QKeySequence::NativeText)));
    setSearchPlaceholder(tr("Search clients…"));
    searchField()->setToolTip(tr("Names, contacts, e-mails, phones, tags and notes, accents or not (%1)")
                                  .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    emptyState()->setTexts(tr("Add your first client"),
                           tr("Your clients, their contacts, what you do for them and how to answer their phone will "
                              "live here."),
                           tr("New client"));
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("clients"));
    m_statusLabel->setText(tr("&Status:"));
    m_tagLabel->setText(tr("T&ag:"));
    m_archived->setText(tr("Show archived"));
    m_exportActions->retranslate();
    fillStatusFilter();
    fillTagFilter();
    // The status column fits its longest pill in this language ("Ancien client").
    int statusWidth = widthOf(ClientListModel::Status);
    const QFont pillFont = StatusPillDelegate::pillFont(m_table->font());
    for (const auto status :
         {Client::Status::Prospect, Client::Status::Active, Client::Status::Paused, Client::Status::Former})
        statusWidth =
            std::max(statusWidth, StatusPillDelegate::pillSize(Client::statusText(status), pillFont).width() + 24);
    m_table->setColumnWidth(ClientListModel::Status, statusWidth);
    m_model->retranslate();
    updateEmptyState();
}

} // namespace Bureau

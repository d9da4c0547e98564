// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/invoices/InvoicesView.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/models/Roles.h"
#include "core/services/InvoiceFromTime.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "ui/clients/ClientUi.h"
#include "ui/invoices/FromTimeDialog.h"
#include "ui/invoices/InvoiceActions.h"
#include "ui/invoices/InvoiceEditorDialog.h"
#include "ui/invoices/ReceivablesView.h"
#include "ui/shell/AppContext.h"
#include "ui/time/TimeUi.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/StatusPillDelegate.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

const QKeySequence kNewKey(Qt::CTRL | Qt::Key_N);
const QKeySequence kPrintKey(Qt::CTRL | Qt::Key_P);
const QKeySequence kDeleteKey(Qt::Key_Delete);

constexpr InvoicesView::Action kAllActions[] = {
    InvoicesView::Action::Open,          InvoicesView::Action::PreviewPdf,  InvoicesView::Action::Issue,
    InvoicesView::Action::ExportPdf,     InvoicesView::Action::OpenPdf,     InvoicesView::Action::Print,
    InvoicesView::Action::MarkSent,      InvoicesView::Action::RecordPayment, InvoicesView::Action::CreditNote,
    InvoicesView::Action::Duplicate,     InvoicesView::Action::Delete,      InvoicesView::Action::QuoteAccepted,
    InvoicesView::Action::QuoteRefused,
};

struct ColumnWidth
{
    int column;
    int width;
};

constexpr ColumnWidth kWidths[] = {
    {DocumentListModel::Number, 112}, {DocumentListModel::Kind, 120},  {DocumentListModel::Date, 100},
    {DocumentListModel::Due, 100},    {DocumentListModel::Total, 110}, {DocumentListModel::Outstanding, 110},
    {DocumentListModel::Status, 120},
};
// Hidden first when the window is narrow, in this order; the client's name keeps at least this.
constexpr int kNarrowHideOrder[] = {DocumentListModel::Kind, DocumentListModel::Due};
constexpr int kClientMinimum = 160;

StatusPillDelegate* documentStatusDelegate(QObject* parent)
{
    auto* delegate = new StatusPillDelegate(parent);
    using Tone = StatusPillDelegate::Tone;
    delegate->setTone(QStringLiteral("draft"), Tone::Neutral);
    delegate->setTone(QStringLiteral("issued"), Tone::Blue);
    delegate->setTone(QStringLiteral("sent"), Tone::Blue);
    delegate->setTone(QStringLiteral("partially_paid"), Tone::Orange);
    delegate->setTone(QStringLiteral("paid"), Tone::Green);
    delegate->setTone(QStringLiteral("overdue"), Tone::Red);
    delegate->setTone(QStringLiteral("accepted"), Tone::Green);
    delegate->setTone(QStringLiteral("refused"), Tone::Red);
    delegate->setTone(QStringLiteral("expired"), Tone::Neutral);
    return delegate;
}

} // namespace

InvoicesView::InvoicesView(AppContext& context, QWidget* parent)
    : ViewPage(QStringLiteral("invoices"), parent)
    , m_context(context)
    , m_model(new DocumentListModel(context.database, today(), this))
{
    setObjectName(QStringLiteral("invoicesView"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_pageTabs = new QTabBar(content);
    m_pageTabs->setObjectName(QStringLiteral("invoicePages"));
    m_pageTabs->setDrawBase(false);
    m_pageTabs->setExpanding(false);
    m_pageTabs->addTab(QString());
    m_pageTabs->addTab(QString());
    layout->addWidget(m_pageTabs);

    m_pages = new QStackedWidget(content);
    buildActions();
    buildListPage();
    m_receivables = new ReceivablesView(context, m_pages);
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_receivables);
    layout->addWidget(m_pages, 1);
    setContent(content);
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("invoices"));
    m_listPage->setStyleSheet(ClientUi::listStyleSheet(palette()));

    connect(m_pageTabs, &QTabBar::currentChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        searchField()->setVisible(index == 0 && m_hasDocuments);
        if (index == 1)
            m_receivables->refresh();
    });
    connect(m_receivables, &ReceivablesView::openDocumentRequested, this, &InvoicesView::openDocument);

    QLineEdit* search = searchField();
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InvoicesView::applySearch);
    connect(search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applySearch();
        if (m_model->rowCount() == 1)
            openDocument(m_model->idAt(0));
        else if (m_model->rowCount() > 0)
            m_table->setFocus(Qt::ShortcutFocusReason);
    });

    // "New invoice", with the other ways to start a document in a menu beside it.
    connect(this, &ViewPage::primaryActionTriggered, this, [this] { newDocument(BillingDocument::Kind::Invoice); });
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("newMenuButton"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newMenu = new QMenu(m_more);
    m_newQuote = m_newMenu->addAction(QString(), this, [this] { newDocument(BillingDocument::Kind::Quote); });
    m_newDeposit = m_newMenu->addAction(QString(), this, [this] { newDocument(BillingDocument::Kind::Deposit); });
    m_newMenu->addSeparator();
    m_fromTime = m_newMenu->addAction(QString(), this, [this] { invoiceUnbilledTime(); });
    m_more->setMenu(m_newMenu);
    m_more->setMinimumHeight(primaryButton()->sizeHint().height());
    headerLayout()->insertWidget(headerLayout()->indexOf(primaryButton()), m_more);

    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InvoicesView::updateEmptyState);
    connect(m_model, &PagedTableModel::failed, this,
            [this](const Error& error) { MessageBox::showError(this, tr("The documents cannot be read"), error); });

    auto* newShortcut = new QShortcut(kNewKey, this);
    connect(newShortcut, &QShortcut::activated, this, [this] { newDocument(BillingDocument::Kind::Invoice); });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        showReceivables(false);
        searchField()->setFocus(Qt::ShortcutFocusReason);
        searchField()->selectAll();
    });

    fillStatusFilter();
    fillClientFilter();
    retranslateUi();
    updateEmptyState();
    updateReviewBanner();
}

QDate InvoicesView::today() const
{
    return LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
}

void InvoicesView::buildActions()
{
    for (const Action which : kAllActions) {
        auto* action = new QAction(this);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, which] { trigger(which); });
        m_actions.insert(static_cast<int>(which), action);
    }
    action(Action::Print)->setShortcut(kPrintKey);
    action(Action::Delete)->setShortcut(kDeleteKey);
    action(Action::Open)->setShortcut(QKeySequence(Qt::Key_Return));
    action(Action::Issue)->setIcon(Icons::forPalette(QStringLiteral("lock"), palette()));
    action(Action::Print)->setIcon(Icons::forPalette(QStringLiteral("print"), palette()));
    action(Action::ExportPdf)->setIcon(Icons::forPalette(QStringLiteral("export"), palette()));
    action(Action::Delete)->setIcon(Icons::forPalette(QStringLiteral("trash"), palette()));
    action(Action::Open)->setIcon(Icons::forPalette(QStringLiteral("edit"), palette()));
    action(Action::PreviewPdf)->setIcon(Icons::forPalette(QStringLiteral("eye"), palette()));
    action(Action::Duplicate)->setIcon(Icons::forPalette(QStringLiteral("copy"), palette()));
}

QAction* InvoicesView::action(Action which) const
{
    return m_actions.value(static_cast<int>(which));
}

void InvoicesView::buildListPage()
{
    m_listPage = new QWidget(this);
    auto* layout = new QVBoxLayout(m_listPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    // Monthly drafts awaiting review.
    auto* review = new QFrame(m_listPage);
    review->setObjectName(QStringLiteral("banner"));
    m_review = review;
    auto* reviewLayout = new QHBoxLayout(review);
    reviewLayout->setContentsMargins(12, 6, 12, 6);
    m_reviewText = new QLabel(review);
    m_reviewText->setObjectName(QStringLiteral("reviewText"));
    m_reviewText->setWordWrap(true);
    m_reviewButton = new QPushButton(review);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    reviewLayout->addWidget(m_reviewText, 1);
    reviewLayout->addWidget(m_reviewButton);
    review->hide();
    layout->addWidget(review);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] {
        setKindFilter(DocumentListModel::KindFilter::All);
        setStatusFilter(DocumentListModel::StatusFilter::ToReview);
    });

    // Filters: the kind segment, status, client; the count on the right.
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(8);
    auto* segment = new QWidget(m_listPage);
    segment->setObjectName(QStringLiteral("kindSegment"));
    auto* segmentLayout = new QHBoxLayout(segment);
    segmentLayout->setContentsMargins(0, 0, 0, 0);
    segmentLayout->setSpacing(0);
    m_kindGroup = new QButtonGroup(this);
    m_kindGroup->setExclusive(true);
    for (const auto kind : {DocumentListModel::KindFilter::Invoices, DocumentListModel::KindFilter::Quotes,
                            DocumentListModel::KindFilter::CreditNotes, DocumentListModel::KindFilter::All}) {
        auto* button = new QPushButton(segment);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("kindSegmentButton"));
        button->setCursor(Qt::PointingHandCursor);
        m_kindGroup->addButton(button, static_cast<int>(kind));
        segmentLayout->addWidget(button);
        m_kindButtons << button;
    }
    m_kindGroup->button(static_cast<int>(DocumentListModel::KindFilter::Invoices))->setChecked(true);
    const QPalette pal = palette();
    segment->setStyleSheet(
        QStringLiteral("QPushButton#kindSegmentButton { border: 1px solid %1; background: %2; padding: 4px 12px; "
                       "margin: 0; border-radius: 0; }"
                       "QPushButton#kindSegmentButton:checked { background: %3; color: %4; border-color: %3; }")
            .arg(pal.color(QPalette::Mid).name(), pal.color(QPalette::Base).name(),
                 pal.color(QPalette::Highlight).name(), pal.color(QPalette::HighlightedText).name()));
    connect(m_kindGroup, &QButtonGroup::idClicked, this, [this](int id) {
        m_model->setKindFilter(static_cast<DocumentListModel::KindFilter>(id));
        updateEmptyState();
    });

    m_statusLabel = new QLabel(m_listPage);
    m_status = new QComboBox(m_listPage);
    m_status->setObjectName(QStringLiteral("documentStatusFilter"));
    m_statusLabel->setBuddy(m_status);
    m_clientLabel = new QLabel(m_listPage);
    m_client = new QComboBox(m_listPage);
    m_client->setObjectName(QStringLiteral("documentClientFilter"));
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_client->setMinimumContentsLength(12);
    m_client->setMaximumWidth(220);
    TimeUi::makeSearchable(m_client);
    m_clientLabel->setBuddy(m_client);
    m_count = new QLabel(m_listPage);
    m_count->setObjectName(QStringLiteral("mutedLabel"));
    filters->addWidget(segment);
    filters->addSpacing(8);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(8);
    filters->addWidget(m_clientLabel);
    filters->addWidget(m_client);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_table = new QTableView(m_listPage);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_model);
    // Newest first (by key: drafts on top) until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // The client's column stretches and less useful columns hide on a narrow window (eventFilter):
    // the list never scrolls sideways.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(ClientUi::kRowHeight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(DocumentListModel::Client, QHeaderView::Stretch);
    header->setMinimumSectionSize(64);
    for (const ColumnWidth& entry : kWidths)
        m_table->setColumnWidth(entry.column, entry.width);
    m_table->setItemDelegateForColumn(DocumentListModel::Status, documentStatusDelegate(m_table));
    for (QAction* each : std::as_const(m_actions))
        m_table->addAction(each);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openDocument(index.data(IdRole).toLongLong()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &InvoicesView::showRowMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesView::updateActions);
    // Columns make way when the table's own width changes.
    m_table->viewport()->installEventFilter(this);

    auto* noResults = new QWidget(m_listPage);
    auto* noResultsLayout = new QVBoxLayout(noResults);
    noResultsLayout->setContentsMargins(0, 0, 0, 0);
    m_noResults = new EmptyState(QStringLiteral("search"), noResults);
    m_noResults->setObjectName(QStringLiteral("noResults"));
    ClientUi::polishEmptyState(m_noResults, QStringLiteral("search"));
    noResultsLayout->addWidget(m_noResults);
    connect(m_noResults, &EmptyState::actionTriggered, this, &InvoicesView::clearFilters);

    m_listStack = new QStackedWidget(m_listPage);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(noResults);
    layout->addWidget(m_listStack, 1);

    // The selected document's main actions, under the list.
    m_toolbar = new QWidget(m_listPage);
    m_toolbar->setObjectName(QStringLiteral("documentActions"));
    auto* bar = new QHBoxLayout(m_toolbar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(8);
    for (const Action which : {Action::Open, Action::Issue, Action::PreviewPdf, Action::ExportPdf,
                               Action::RecordPayment, Action::QuoteAccepted}) {
        auto* button = new QPushButton(m_toolbar);
        button->setProperty("action", static_cast<int>(which));
        connect(button, &QPushButton::clicked, this, [this, which] { trigger(which); });
        bar->addWidget(button);
        m_toolbarButtons << button;
    }
    bar->addStretch(1);
    auto* moreActions = new QToolButton(m_toolbar);
    moreActions->setObjectName(QStringLiteral("moreActions"));
    moreActions->setIcon(Icons::forPalette(QStringLiteral("more"), palette()));
    moreActions->setPopupMode(QToolButton::InstantPopup);
    auto* moreMenu = new QMenu(moreActions);
    for (const Action which : kAllActions)
        moreMenu->addAction(action(which));
    moreActions->setMenu(moreMenu);
    bar->addWidget(moreActions);
    layout->addWidget(m_toolbar);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(static_cast<DocumentListModel::StatusFilter>(m_status->currentData().toInt()));
        updateEmptyState();
    });
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setClientFilter(std::max<qint64>(0, m_client->currentData().toLongLong()));
        updateEmptyState();
    });
}

// ---------------------------------------------------------------------------------------------
// List

void InvoicesView::applySearch()
{
    m_model->setSearchText(searchField()->text());
    updateEmptyState();
}

void InvoicesView::refresh()
{
    const qint64 selected = selectedDocumentId();
    m_model->setToday(today());
    m_model->reload();
    fillClientFilter();
    selectDocument(selected);
    updateEmptyState();
    updateReviewBanner();
    if (isShowingReceivables())
        m_receivables->refresh();
}

bool InvoicesView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        // Less useful columns make way on a narrow window rather than scrolling sideways.
        const int available = m_table->viewport()->width();
        int needed = kClientMinimum;
        for (int column = 0; column < DocumentListModel::ColumnCount; ++column) {
            if (column != DocumentListModel::Client)
                needed += m_table->columnWidth(column);
        }
        bool changed = false;
        for (const int column : kNarrowHideOrder) {
            const bool hide = needed > available;
            changed = changed || hide != m_table->isColumnHidden(column);
            m_table->setColumnHidden(column, hide);
            if (hide)
                needed -= m_table->columnWidth(column);
        }
        if (changed)
            QMetaObject::invokeMethod(m_table, "updateGeometries", Qt::QueuedConnection);
    }
    return ViewPage::eventFilter(watched, event);
}

void InvoicesView::showEvent(QShowEvent* event)
{
    ViewPage::showEvent(event);
    m_model->setToday(today());
}

void InvoicesView::updateReviewBanner()
{
    auto ids = InvoiceFromTime(m_context.database).draftsToReview();
    const int count = ids ? static_cast<int>(ids->size()) : 0;
    m_reviewText->setText(
        tr("%n monthly draft(s) for package and fixed-fee missions await your review before they are issued.", "",
           count));
    m_review->setVisible(count > 0);
}

void InvoicesView::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_hasDocuments = true;
    } else {
        DocumentRepository::Filter all;
        auto any = DocumentRepository(m_context.database).list(all, 1);
        m_hasDocuments = any && !any->isEmpty();
    }
    searchField()->setVisible(m_hasDocuments && !isShowingReceivables());
    showEmptyState(!m_hasDocuments);
    m_listStack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    m_toolbar->setVisible(m_model->rowCount() > 0);
    if (m_model->rowCount() == 0) {
        const QString query = m_model->searchText().trimmed();
        m_noResults->setTexts(query.isEmpty() ? tr("No documents match these filters")
                                              : tr("No documents match “%1”").arg(query),
                              tr("Search looks in numbers and client names, accents or not."),
                              tr("Clear search and filters"));
        ClientUi::polishEmptyState(m_noResults, QStringLiteral("search"));
    }
    if (auto total = m_model->documentCount())
        m_count->setText(tr("%n document(s)", "", static_cast<int>(total.value())));
    else
        m_count->clear();
    updateActions();
}

void InvoicesView::clearFilters()
{
    searchField()->clear();
    m_searchTimer->stop();
    m_status->setCurrentIndex(0);
    m_client->setCurrentIndex(0);
    setKindFilter(DocumentListModel::KindFilter::All);
    applySearch();
}

void InvoicesView::setKindFilter(DocumentListModel::KindFilter kind)
{
    if (QAbstractButton* button = m_kindGroup->button(static_cast<int>(kind)))
        button->setChecked(true);
    m_model->setKindFilter(kind);
    updateEmptyState();
}

void InvoicesView::setStatusFilter(DocumentListModel::StatusFilter status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(status))));
}

void InvoicesView::fillStatusFilter()
{
    const QVariant current = m_status->currentData();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    using Filter = DocumentListModel::StatusFilter;
    m_status->addItem(tr("All", "document status filter"), static_cast<int>(Filter::All));
    m_status->addItem(tr("Drafts"), static_cast<int>(Filter::Drafts));
    m_status->addItem(tr("To review"), static_cast<int>(Filter::ToReview));
    m_status->addItem(tr("Outstanding"), static_cast<int>(Filter::Outstanding));
    m_status->addItem(tr("Overdue"), static_cast<int>(Filter::Overdue));
    m_status->addItem(tr("Paid"), static_cast<int>(Filter::Paid));
    m_status->setItemData(2, tr("Monthly drafts made for package and fixed-fee missions"), Qt::ToolTipRole);
    m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
}

void InvoicesView::fillClientFilter()
{
    const qint64 current = m_client->currentData().toLongLong();
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    m_client->addItem(tr("All clients"), qint64(0));
    for (const TimeUi::ClientChoice& choice : TimeUi::clientChoices(m_context.database, 0, current)) {
        if (m_client->findData(choice.id) < 0)
            m_client->addItem(choice.name, choice.id);
    }
    m_client->setCurrentIndex(std::max(0, m_client->findData(current)));
}

qint64 InvoicesView::selectedDocumentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

bool InvoicesView::selectDocument(qint64 id)
{
    if (id == 0)
        return false;
    int row = m_model->rowOfId(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, DocumentListModel::Number));
    m_table->scrollTo(m_model->index(row, DocumentListModel::Number));
    updateActions();
    return true;
}

bool InvoicesView::isShowingReceivables() const
{
    return m_pageTabs->currentIndex() == 1;
}

void InvoicesView::showReceivables(bool receivables)
{
    m_pageTabs->setCurrentIndex(receivables ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Actions

bool InvoicesView::isActionAvailable(Action which) const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    const DocumentListModel::RowInfo row = m_model->rowInfo(current.row());
    const bool draft = row.isDraft();
    const bool quote = row.kind == u"quote";
    const bool payable = !draft && (row.kind == u"invoice" || row.kind == u"deposit");
    const QString pill = m_model->index(current.row(), DocumentListModel::Status).data(RawValueRole).toString();
    switch (which) {
    case Action::Open:
    case Action::Duplicate:
    case Action::Print:
        return true;
    case Action::PreviewPdf:
    case Action::Issue:
    case Action::Delete:
        return draft;
    case Action::ExportPdf:
    case Action::OpenPdf:
        return !draft;
    case Action::MarkSent:
        return !draft && !quote && row.status == u"issued";
    case Action::RecordPayment:
        return payable && pill != u"paid";
    case Action::CreditNote:
        return payable;
    case Action::QuoteAccepted:
    case Action::QuoteRefused:
        return quote && row.status == u"sent";
    }
    return false;
}

void InvoicesView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool quote = current.isValid() && m_model->rowInfo(current.row()).kind == u"quote";
    action(Action::Issue)->setText(quote ? tr("Send quote…") : tr("Issue…"));
    for (const Action which : kAllActions)
        action(which)->setEnabled(isActionAvailable(which));
    for (QPushButton* button : std::as_const(m_toolbarButtons)) {
        QAction* each = action(static_cast<Action>(button->property("action").toInt()));
        button->setText(each->text());
        button->setIcon(each->icon());
        button->setToolTip(each->toolTip());
        button->setVisible(each->isEnabled());
    }
}

void InvoicesView::trigger(Action which)
{
    if (!isActionAvailable(which))
        return;
    const qint64 id = selectedDocumentId();
    switch (which) {
    case Action::Open:
        openDocument(id);
        return;
    case Action::PreviewPdf:
        InvoiceActions::previewPdf(m_context, id, this);
        return;
    case Action::Issue:
        if (InvoiceActions::issue(m_context, id, this))
            afterChange(id);
        return;
    case Action::ExportPdf:
        if (InvoiceActions::exportPdf(m_context, id, this))
            afterChange(id);
        return;
    case Action::OpenPdf:
        InvoiceActions::openPdf(m_context, id, this);
        return;
    case Action::Print:
        InvoiceActions::print(m_context, id, this);
        return;
    case Action::MarkSent:
        if (InvoiceActions::markSent(m_context, id, this))
            afterChange(id);
        return;
    case Action::RecordPayment:
        if (InvoiceActions::recordPayment(m_context, id, this))
            afterChange(id);
        return;
    case Action::CreditNote:
        if (const qint64 note = InvoiceActions::createCreditNote(m_context, id, this)) {
            afterChange(id);
            openDocument(note);
        }
        return;
    case Action::Duplicate:
        if (const qint64 copy = InvoiceActions::duplicate(m_context, id, this)) {
            afterChange(copy);
            openDocument(copy);
        }
        return;
    case Action::Delete:
        if (InvoiceActions::deleteDraft(m_context, id, this))
            afterChange(0);
        return;
    case Action::QuoteAccepted:
        if (const qint64 invoice = InvoiceActions::acceptQuote(m_context, id, this)) {
            afterChange(id);
            openDocument(invoice);
        }
        return;
    case Action::QuoteRefused:
        if (InvoiceActions::refuseQuote(m_context, id, this))
            afterChange(id);
        return;
    }
}

void InvoicesView::afterChange(qint64 selectId)
{
    m_model->reload();
    selectDocument(selectId);
    updateEmptyState();
    updateReviewBanner();
    if (isShowingReceivables())
        m_receivables->refresh();
}

void InvoicesView::showRowMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    const auto add = [this, &menu](Action which) {
        if (isActionAvailable(which))
            menu.addAction(action(which));
    };
    add(Action::Open);
    menu.setDefaultAction(action(Action::Open));
    add(Action::Issue);
    add(Action::PreviewPdf);
    add(Action::QuoteAccepted);
    add(Action::QuoteRefused);
    menu.addSeparator();
    add(Action::OpenPdf);
    add(Action::ExportPdf);
    add(Action::Print);
    menu.addSeparator();
    add(Action::MarkSent);
    add(Action::RecordPayment);
    add(Action::CreditNote);
    add(Action::Duplicate);
    menu.addSeparator();
    add(Action::Delete);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

qint64 InvoicesView::newDocument(BillingDocument::Kind kind)
{
    const qint64 id = InvoiceEditorDialog::create(m_context, kind, m_client->currentData().toLongLong(), this);
    if (id == 0) {
        // The editor may have saved and issued before being closed otherwise: read the list anyway.
        afterChange(selectedDocumentId());
        return 0;
    }
    // Show it where it now is: a new quote under Quotes, an invoice under Invoices.
    if (!selectDocument(id)) {
        afterChange(id);
        if (!selectDocument(id)) {
            setKindFilter(DocumentListModel::KindFilter::All);
            m_status->setCurrentIndex(0);
            selectDocument(id);
        }
    } else {
        afterChange(id);
    }
    return id;
}

qint64 InvoicesView::invoiceUnbilledTime()
{
    FromTimeDialog dialog(m_context, m_client->currentData().toLongLong(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdId() == 0)
        return 0;
    afterChange(dialog.createdId());
    openDocument(dialog.createdId());
    return dialog.createdId();
}

void InvoicesView::openDocument(qint64 id)
{
    if (id == 0)
        return;
    InvoiceEditorDialog::open(m_context, id, this);
    afterChange(id);
}

// ---------------------------------------------------------------------------------------------
// Language

void InvoicesView::retranslateUi()
{
    setTitle(tr("Invoices"));
    setPrimaryAction(tr("New invoice"), tr("Write a new invoice (%1)").arg(kNewKey.toString(QKeySequence::NativeText)));
    setSearchPlaceholder(tr("Search number or client…"));
    emptyState()->setTexts(tr("Create your first invoice"),
                           tr("Quotes, invoices and credit notes, numbered and kept as French law requires, and the "
                              "payments your clients make."),
                           tr("New invoice"));
    ClientUi::polishEmptyState(emptyState(), QStringLiteral("invoices"));
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("New quote, deposit invoice, or an invoice of unbilled time"));
    m_newQuote->setText(tr("New quote"));
    m_newDeposit->setText(tr("New deposit invoice"));
    m_fromTime->setText(tr("Invoice unbilled time…"));
    m_pageTabs->setTabText(0, tr("Documents"));
    m_pageTabs->setTabText(1, tr("Receivables"));
    const QStringList kinds{tr("Invoices"), tr("Quotes"), tr("Credit notes"), tr("All", "document kind filter")};
    for (int i = 0; i < m_kindButtons.size(); ++i)
        m_kindButtons.at(i)->setText(kinds.value(i));
    m_statusLabel->setText(tr("&Status:"));
    m_clientLabel->setText(tr("C&lient:"));
    m_reviewButton->setText(tr("Review"));

    const auto label = [](const QString& text, const QKeySequence& key) {
        return key.isEmpty() ? text : tr("%1 (%2)", "action (shortcut)").arg(text, key.toString(QKeySequence::NativeText));
    };
    action(Action::Open)->setText(tr("Open"));
    action(Action::PreviewPdf)->setText(tr("Preview PDF"));
    action(Action::PreviewPdf)->setToolTip(tr("The draft's PDF, marked DRAFT"));
    action(Action::ExportPdf)->setText(tr("Export PDF…"));
    action(Action::OpenPdf)->setText(tr("Open PDF"));
    action(Action::Print)->setText(tr("Print…"));
    action(Action::Print)->setToolTip(label(tr("Print"), kPrintKey));
    action(Action::MarkSent)->setText(tr("Mark as sent"));
    action(Action::RecordPayment)->setText(tr("Record payment…"));
    action(Action::CreditNote)->setText(tr("Create credit note…"));
    action(Action::Duplicate)->setText(tr("Duplicate as new draft"));
    action(Action::Delete)->setText(tr("Delete draft"));
    action(Action::Delete)->setToolTip(label(tr("Delete draft"), kDeleteKey));
    action(Action::QuoteAccepted)->setText(tr("Accepted: convert to invoice"));
    action(Action::QuoteRefused)->setText(tr("Refused"));
    action(Action::Issue)->setToolTip(tr("Gives the next number; the document can no longer change"));

    fillStatusFilter();
    fillClientFilter();
    // The status column fits its longest pill in this language.
    int statusWidth = 120;
    const QFont pillFont = StatusPillDelegate::pillFont(m_table->font());
    for (const QString& key : {QStringLiteral("partially_paid"), QStringLiteral("overdue"), QStringLiteral("accepted")})
        statusWidth = std::max(statusWidth, StatusPillDelegate::pillSize(DocumentListModel::statusText(key), pillFont).width() + 24);
    m_table->setColumnWidth(DocumentListModel::Status, statusWidth);
    m_model->retranslate();
    updateEmptyState();
    updateReviewBanner();
}

} // namespace Bureau

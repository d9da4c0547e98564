// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BillingDocument.h"
#include "core/models/DocumentListModel.h"
#include "ui/widgets/ViewPage.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTimer;
class QToolButton;

namespace Bureau
{

struct AppContext;
class EmptyState;
class ReceivablesView;

/**
 * The Invoices area: the documents list — kind segment (invoices and deposits, quotes, credit
 * notes, all), status and client filters, search by number or client, statuses as pills, sorted
 * in SQL (DocumentListModel) — with the actions on the selected document in a toolbar, a context
 * menu and shortcuts; and the Receivables page (ReceivablesView). Monthly drafts awaiting review
 * are announced in a banner that filters them.
 *
 * Shortcuts: Ctrl+N new invoice, Ctrl+P print, Delete deletes a draft, Enter opens.
 */
class InvoicesView final : public ViewPage
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 100;

    /** What the toolbar, the menu and the context menu offer. */
    enum class Action
    {
        Open,
        PreviewPdf,
        Issue,
        ExportPdf,
        OpenPdf,
        Print,
        MarkSent,
        RecordPayment,
        CreditNote,
        Duplicate,
        Delete,
        QuoteAccepted,
        QuoteRefused,
    };

    explicit InvoicesView(AppContext& context, QWidget* parent = nullptr);

    /** Reads the list, the receivables and the review count again (another process wrote). */
    void refresh();
    /** Says how many monthly drafts await review (InvoiceFromTime::draftsToReview). */
    void updateReviewBanner();

    QTableView* table() const { return m_table; }
    DocumentListModel* model() const { return m_model; }
    ReceivablesView* receivables() const { return m_receivables; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* clientFilter() const { return m_client; }
    QLabel* reviewBanner() const { return m_reviewText; }
    QLabel* countLabel() const { return m_count; }
    QTabBar* pages() const { return m_pageTabs; }
    bool isShowingReceivables() const;
    void showReceivables(bool receivables);
    void setKindFilter(DocumentListModel::KindFilter kind);
    void setStatusFilter(DocumentListModel::StatusFilter status);

    /** The id of the selected row, 0 when none. */
    qint64 selectedDocumentId() const;
    /** Selects document @p id (loading pages as needed); false when it is not in the list. */
    bool selectDocument(qint64 id);
    /** Whether @p action applies to the selected document. */
    bool isActionAvailable(Action action) const;
    /** Runs @p action on the selected document. */
    void trigger(Action action);
    /** The toolbar/menu action for @p action (its text, shortcut, enabled state). */
    QAction* action(Action action) const;

    /** Opens the editor for a new document of @p kind; returns its id once saved, 0 if cancelled. */
    qint64 newDocument(BillingDocument::Kind kind);
    /** "Invoice unbilled time…": returns the draft made (opened in the editor), 0 if none. */
    qint64 invoiceUnbilledTime();
    /** Opens document @p id in the editor (read-only when issued). */
    void openDocument(qint64 id);

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildListPage();
    void buildActions();
    void applySearch();
    void updateEmptyState();
    void updateActions();
    void fillStatusFilter();
    void fillClientFilter();
    void showRowMenu(const QPoint& position);
    void clearFilters();
    void afterChange(qint64 selectId);
    QDate today() const;

    AppContext& m_context;
    DocumentListModel* m_model = nullptr;
    ReceivablesView* m_receivables = nullptr;
    QTabBar* m_pageTabs = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_listPage = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_noResults = nullptr;
    QButtonGroup* m_kindGroup = nullptr;
    QList<QPushButton*> m_kindButtons;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_clientLabel = nullptr;
    QComboBox* m_client = nullptr;
    QLabel* m_count = nullptr;
    QWidget* m_review = nullptr;
    QLabel* m_reviewText = nullptr;
    QPushButton* m_reviewButton = nullptr;
    QToolButton* m_more = nullptr;
    QMenu* m_newMenu = nullptr;
    QAction* m_newQuote = nullptr;
    QAction* m_newDeposit = nullptr;
    QAction* m_fromTime = nullptr;
    QHash<int, QAction*> m_actions;
    QList<QPushButton*> m_toolbarButtons;
    QWidget* m_toolbar = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_hasDocuments = false;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/ViewPage.h"

#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Bureau
{

struct AppContext;
class ClientExportActions;
class ClientListModel;
class ClientPage;
class EmptyState;
class ReceptionCard;

/**
 * The Clients area: the list — search as you type, filters by status and tag, archived clients on
 * demand, statuses as pills, onboarding as a bar, sortable on raw values, a context menu, Enter or
 * a double-click to open — and, in place of the list, the page of the client opened (ClientPage),
 * with a way back.
 *
 * Shortcuts: Ctrl+N new client, Ctrl+F search, Ctrl+R the reception card of the client open or
 * selected; on the client page Ctrl+E edit, Ctrl+L log an interaction, Alt+Left back.
 */
class ClientsView final : public ViewPage
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 100;

    explicit ClientsView(AppContext& context, QWidget* parent = nullptr);

    /** Reads the list again, keeping the selection, and the client page if one is open (another process wrote). */
    void refresh();

    QTableView* table() const { return m_table; }
    ClientListModel* model() const { return m_model; }
    ClientPage* clientPage() const { return m_page; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* tagFilter() const { return m_tag; }
    QCheckBox* archivedToggle() const { return m_archived; }
    QLabel* countLabel() const { return m_count; }
    QWidget* noResults() const { return m_noResults; }
    /** The header's Import/export menu and the empty state's import link. */
    ClientExportActions* exportActions() const { return m_exportActions; }
    bool isShowingClient() const;

    /** Opens the editor for a new client; returns its id once saved (the client page opens), 0 if cancelled. */
    qint64 newClient();
    /** Shows the page of client @p id in place of the list. */
    bool openClient(qint64 id);
    /** Back to the list, the client that was open selected. */
    void showList();
    /** The id of the selected row, 0 when none. */
    qint64 selectedClientId() const;
    /** Opens the page of the first client in the list (for screenshots); false when the list is empty. */
    bool openFirstClient();
    /** The reception card of the client open, else of the one selected. */
    ReceptionCard* showReceptionCard();

protected:
    void retranslateUi() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildListPage();
    void applySearch();
    void updateEmptyState();
    void updateCount();
    void fillTagFilter();
    void fillStatusFilter();
    void showRowMenu(const QPoint& position);
    void showHeaderMenu(const QPoint& position);
    void updateColumnsForWidth();
    void selectClient(qint64 id);
    void clearFilters();

    AppContext& m_context;
    ClientListModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_listPage = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_noResultsState = nullptr;
    QWidget* m_noResults = nullptr;
    ClientPage* m_page = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QCheckBox* m_archived = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_tagLabel = nullptr;
    QTimer* m_searchTimer = nullptr;
    ClientExportActions* m_exportActions = nullptr;
    /** Columns the user showed or hid from the header's menu: no longer hidden for width. */
    QSet<int> m_userColumns;
    bool m_hasClients = false;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <functional>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QAction;
class QStackedWidget;

namespace Bureau
{

struct AppContext;
class ClientsView;
class InvoicesView;
class DashboardView;
class DatabaseWatcher;
class ReportsView;
class SettingsView;
class TimeTracker;
class TimeView;
class TimerTray;
class TimerWidget;
class ViewPage;

/**
 * The application window: a sidebar of the areas over a stack of their views, a toolbar with the
 * timer and the search, the database in use in the status bar. Remembers its geometry and the
 * last view; Ctrl+1…9 reach each view, Ctrl+T starts or stops the timer.
 *
 * Owns the one TimeTracker the toolbar timer, the tray icon and the time views share; a timer left
 * running (a crash, a reboot, bureau-cli) shows running from the start.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** The views' names, in sidebar order: dashboard, agenda, clients, time, invoices, tasks, reception, reports, settings. */
    static QStringList viewNames();

    bool showView(const QString& name);
    QString currentViewName() const;
    /** The view, built on first use. */
    ViewPage* view(const QString& name);
    QListWidget* sidebar() const { return m_sidebar; }
    SettingsView* settingsView();

    /** Shows or hides the banner saying secrets last for this session only. */
    void setKeychainAvailable(bool available);

    /**
     * Asks what to do with a timer that has run more than 12 hours (RunawayTimerDialog); nothing
     * when none has. main() calls it once the window shows (never when taking a screenshot).
     */
    void checkRunawayTimer();

    TimeTracker& timeTracker() const { return *m_tracker; }
    TimerWidget* timerWidget() const { return m_timer; }
    TimerTray* timerTray() const { return m_tray; }
    /** The action of Ctrl+T: stops the running timer, else starts one on the client picked. */
    QAction* timerAction() const { return m_timerAction; }

    /** Brings the window to the front (a second launch on the same database asks for it). */
    void bringToFront();
    /** Restores the saved geometry and last view (call before show()). */
    void restoreState();

    /**
     * Makes the monthly drafts of package and fixed-fee missions due today (InvoiceFromTime);
     * run once, just after the window first shows. Returns how many were made.
     */
    int makeMonthlyDrafts();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildToolbar();
    void buildSidebar();
    void retranslateUi();
    void refreshAfterExternalChange();
    ViewPage* ensureView(int index);

    AppContext& m_context;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<std::function<ViewPage*()>> m_factories;
    QList<ViewPage*> m_views; // nullptr until first shown
    DashboardView* m_dashboard = nullptr;
    ClientsView* m_clients = nullptr;
    ReportsView* m_reports = nullptr;
    InvoicesView* m_invoices = nullptr;
    SettingsView* m_settings = nullptr;
    DatabaseWatcher* m_watcher = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    TimeTracker* m_tracker = nullptr;
    TimerWidget* m_timer = nullptr;
    TimerTray* m_tray = nullptr;
    TimeView* m_time = nullptr;
    QAction* m_timerAction = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_databaseLabel = nullptr;
    bool m_monthlyDraftsDone = false;
};

} // namespace Bureau

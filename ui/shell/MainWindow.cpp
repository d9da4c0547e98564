// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/services/InvoiceFromTime.h"
#include "core/services/TimeTracker.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseWatcher.h"
#include "core/storage/SyncedFolder.h"
#include "ui/clients/ClientsView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/invoices/InvoicesView.h"
#include "ui/reports/ReportsView.h"
#include "ui/settings/ProfilePage.h"
#include "ui/settings/SecretsPage.h"
#include "ui/settings/SettingsView.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/PlaceholderView.h"
#include "ui/shell/UiSettings.h"
#include "ui/time/RunawayTimerDialog.h"
#include "ui/time/TimeView.h"
#include "ui/time/TimerTray.h"
#include "ui/time/TimerWidget.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bureau
{

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(Icons::application());
    setMinimumSize(1024, 640);
    // The one timer of the window: the toolbar, the tray and the time views share it.
    m_tracker = new TimeTracker(m_context.database, this);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Shown when the system keychain does not answer: secrets then last for this session only.
    m_banner = new QFrame(central);
    m_banner->setObjectName(QStringLiteral("banner"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 8, 16, 8);
    auto* bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(Icons::forPalette(QStringLiteral("warning"), palette()).pixmap(20, 20));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("keychainBanner"));
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->setVisible(!m_context.keychainAvailable);
    outer->addWidget(m_banner);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    buildSidebar();
    body->addWidget(m_sidebar);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    // Views are built when first shown: start-up builds the dashboard only (DESIGN.md: cold start).
    using Texts = PlaceholderView::Texts;
    m_factories = {
        [this] { return m_dashboard = new DashboardView(m_context.database, m_context.clock, m_stack); },
        [this] {
            return new PlaceholderView(QStringLiteral("agenda"), [] {
                return Texts{tr("Agenda"), tr("Your agenda is empty"),
                             tr("Your appointments and those you book for clients, each in its own time zone."),
                             QString()};
            });
        },
        [this] { return m_clients = new ClientsView(m_context, m_stack); },
        [this] { return m_time = new TimeView(m_context, *m_tracker, m_stack); },
        [this] { return m_invoices = new InvoicesView(m_context, m_stack); },
        [this] {
            return new PlaceholderView(QStringLiteral("tasks"), [] {
                return Texts{tr("Tasks"), tr("Nothing to do"), tr("What you owe each client, with its due date."),
                             QString()};
            });
        },
        [this] {
            return new PlaceholderView(QStringLiteral("reception"), [] {
                return Texts{tr("Reception"), tr("No calls or messages"),
                             tr("Calls and messages taken on a client’s behalf, until each one is handled."),
                             QString()};
            });
        },
        [this] { return m_reports = new ReportsView(m_context, m_stack); },
        [this] {
            m_settings = new SettingsView(m_context, m_stack);
            m_settings->addPage(new SecretsPage(m_context, m_settings), QStringLiteral("key"));
            // Inserted after General, before the pages added earlier: Profile comes second.
            m_settings->addPage(new ProfilePage(m_context, m_settings), QStringLiteral("profile"));
            return m_settings;
        },
    };
    m_views = QList<ViewPage*>(m_factories.size(), nullptr);

    connect(m_sidebar, &QListWidget::currentRowChanged, this,
            [this](int row) { m_stack->setCurrentWidget(ensureView(row)); });
    for (int i = 0; i < m_views.size(); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_sidebar->setCurrentRow(i); });
    }
    m_sidebar->setCurrentRow(0);

    buildToolbar();
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_databaseLabel);

    // The tray icon, where the desktop shows one (the timer stays in the toolbar otherwise).
    m_tray = new TimerTray(m_context.database, *m_tracker, this);
    connect(m_tray, &TimerTray::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TimerTray::failed, this,
            [this](const QString& title, const QString& message) { MessageBox::warning(this, title, message); });
    connect(m_tracker, &TimeTracker::entriesChanged, this,
            [this] {
                if (m_dashboard)
                    m_dashboard->refresh();
            },
            Qt::QueuedConnection);

    // Writes by bureau-cli or another process show without a restart.
    m_watcher = new DatabaseWatcher(m_context.database, this);
    connect(m_watcher, &DatabaseWatcher::changedExternally, this, &MainWindow::refreshAfterExternalChange);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("agenda"),    QStringLiteral("clients"),
            QStringLiteral("time"),      QStringLiteral("invoices"),  QStringLiteral("tasks"),
            QStringLiteral("reception"), QStringLiteral("reports"),   QStringLiteral("settings")};
}

void MainWindow::buildSidebar()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(212);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    m_sidebar->setFont(font);
    for (const QString& name : viewNames()) {
        auto* item = new QListWidgetItem(Icons::forPalette(name, palette()), QString(), m_sidebar);
        item->setData(Qt::UserRole, name);
        item->setSizeHint(QSize(0, 40));
    }
}

void MainWindow::buildToolbar()
{
    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    toolbar->toggleViewAction()->setEnabled(false);
    toolbar->setIconSize(QSize(20, 20));

    // The timer: a timer left running (a crash, a reboot, bureau-cli) shows running at once.
    m_timer = new TimerWidget(m_context.database, *m_tracker, toolbar);
    m_timer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(m_timer);
    connect(m_timer, &TimerWidget::failed, this,
            [this](const QString& title, const Error& error) { MessageBox::showError(this, title, error); });
    m_timerAction = new QAction(this);
    m_timerAction->setObjectName(QStringLiteral("toggleTimer"));
    m_timerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_timerAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_timerAction, &QAction::triggered, m_timer, &TimerWidget::toggle);
    addAction(m_timerAction);
    m_timer->setShortcutText(m_timerAction->shortcut().toString(QKeySequence::NativeText));

    auto* spacer = new QWidget(toolbar);
    spacer->setFixedWidth(16);
    toolbar->addWidget(spacer);

    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(240);
    m_search->addAction(Icons::forPalette(QStringLiteral("search"), palette()), QLineEdit::LeadingPosition);
    m_search->setEnabled(false);
    toolbar->addWidget(m_search);
}

bool MainWindow::showView(const QString& name)
{
    const int index = int(viewNames().indexOf(name));
    if (index < 0)
        return false;
    m_sidebar->setCurrentRow(index);
    return true;
}

QString MainWindow::currentViewName() const
{
    return viewNames().value(m_sidebar->currentRow());
}

ViewPage* MainWindow::ensureView(int index)
{
    if (index < 0 || index >= m_views.size())
        return nullptr;
    if (!m_views.at(index)) {
        ViewPage* created = m_factories.at(index)();
        m_views[index] = created;
        m_stack->addWidget(created);
    }
    return m_views.at(index);
}

ViewPage* MainWindow::view(const QString& name)
{
    return ensureView(int(viewNames().indexOf(name)));
}

SettingsView* MainWindow::settingsView()
{
    ensureView(int(viewNames().indexOf(QStringLiteral("settings"))));
    return m_settings;
}

void MainWindow::checkRunawayTimer()
{
    if (RunawayTimerDialog::askIfNeeded(m_context.database, *m_tracker, this))
        m_timer->refresh();
}

void MainWindow::setKeychainAvailable(bool available)
{
    m_context.keychainAvailable = available;
    m_banner->setVisible(!available);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::restoreState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(UiSettings::kGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    showView(settings.value(UiSettings::kLastView, QStringLiteral("dashboard")).toString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(UiSettings::kGeometry, saveGeometry());
    settings.setValue(UiSettings::kLastView, currentViewName());
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshAfterExternalChange()
{
    if (m_dashboard)
        m_dashboard->refresh();
    if (m_clients)
        m_clients->refresh();
    m_timer->refresh();
    m_tray->refresh();
    if (m_time)
        m_time->refresh();
    if (m_reports)
        m_reports->refresh();
    if (m_invoices)
        m_invoices->refresh();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_monthlyDraftsDone)
        return;
    m_monthlyDraftsDone = true;
    // Once the window shows, never before: the start-up stays as fast as the dashboard alone.
    QTimer::singleShot(0, this, [this] { makeMonthlyDrafts(); });
}

int MainWindow::makeMonthlyDrafts()
{
    const QDate today = LocalCalendar::forDatabase(m_context.database).dayOf(m_context.clock.nowMs());
    auto made = InvoiceFromTime(m_context.database).monthlyDrafts(today);
    if (!made) {
        // Not worth a dialog at start-up: the next start tries again.
        qWarning("Monthly drafts: %s", qPrintable(made.error().oneLine()));
        return 0;
    }
    const int count = static_cast<int>(made->size());
    if (m_invoices)
        m_invoices->refresh();
    if (count > 0)
        statusBar()->showMessage(tr("%n monthly draft(s) made: review them in Invoices.", "", count), 15000);
    return count;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Bureau"));
    const QStringList labels{tr("Dashboard"), tr("Agenda"),    tr("Clients"), tr("Time"),    tr("Invoices"),
                             tr("Tasks"),     tr("Reception"), tr("Reports"), tr("Settings")};
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        item->setText(labels.value(i));
        const QString shortcut = QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i))
                                     .toString(QKeySequence::NativeText);
        item->setToolTip(tr("%1 (%2)").arg(labels.value(i), shortcut));
    }
    m_timerAction->setText(tr("Start or stop the timer"));
    m_search->setPlaceholderText(tr("Search clients, contacts, invoices…"));
    m_bannerText->setText(tr("The system keychain is not available: passwords you enter are kept for this session "
                             "only and never written to disk."));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.database.path())));
    const QString syncService = SyncedFolder::serviceFor(m_context.database.path());
    if (!syncService.isEmpty()) {
        // DESIGN.md: warn when the database lives in a synced folder.
        m_databaseLabel->setText(tr("Database: %1 — in a %2 folder: keep it outside and sync the backups instead")
                                     .arg(QDir::toNativeSeparators(m_context.database.path()), syncService));
    }
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(m_context.database.path()));
}

} // namespace Bureau

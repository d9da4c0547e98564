// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/services/DemoGenerator.h"
#include "ui/settings/SettingsView.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiSettings.h"
#include "ui/widgets/ViewPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

struct Shell
{
    TempDatabase temp;
    Translations translations;
    AppContext context{temp.db(), temp.clock(), translations};
    std::unique_ptr<MainWindow> window;

    explicit Shell(const QString& language = QStringLiteral("en"))
    {
        translations.apply(language);
        window = std::make_unique<MainWindow>(context);
    }
    ~Shell() { translations.apply(QStringLiteral("en")); }
};

QRect sidebarRect(MainWindow& window, int row)
{
    return window.sidebar()->visualItemRect(window.sidebar()->item(row));
}

} // namespace

TEST_CASE("The main window opens offscreen on a real database", "[ui][smoke]")
{
    Shell shell;
    MainWindow& window = *shell.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(QLatin1String("Bureau")));
    CHECK(window.width() >= 1024);
    CHECK(window.height() >= 640);
    auto* databaseLabel = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    REQUIRE(databaseLabel);
    CHECK(databaseLabel->text().contains(QFileInfo(shell.temp.path()).fileName()));
}

TEST_CASE("Every view is reachable by click and by shortcut", "[ui][shell]")
{
    Shell shell;
    MainWindow& window = *shell.window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QStringList names = MainWindow::viewNames();
    REQUIRE(names.size() == 9);
    for (int i = 0; i < names.size(); ++i) {
        INFO(names.at(i).toStdString());
        // By click on the sidebar…
        window.showView(QStringLiteral("dashboard"));
        const QRect rect = sidebarRect(window, i);
        REQUIRE(rect.isValid());
        QTest::mouseClick(window.sidebar()->viewport(), Qt::LeftButton, {}, rect.center());
        CHECK(window.currentViewName() == names.at(i));
        CHECK(window.view(names.at(i))->isVisible());
        // …and by Ctrl+1…9 from another view.
        window.showView(i == 0 ? QStringLiteral("settings") : QStringLiteral("dashboard"));
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        CHECK(window.currentViewName() == names.at(i));
        CHECK_FALSE(window.view(names.at(i))->title().isEmpty());
    }
}

TEST_CASE("Geometry and the last view are restored", "[ui][shell]")
{
    QSettings().remove(UiSettings::kGeometry);
    QSettings().remove(UiSettings::kLastView);
    {
        Shell shell;
        shell.window->resize(1100, 700);
        shell.window->show();
        REQUIRE(QTest::qWaitForWindowExposed(shell.window.get()));
        shell.window->showView(QStringLiteral("reports"));
        shell.window->close();
    }
    Shell again;
    again.window->restoreState();
    again.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(again.window.get()));
    CHECK(again.window->currentViewName() == QStringLiteral("reports"));
    CHECK(again.window->size() == QSize(1100, 700));
}

TEST_CASE("The language switches at runtime from Settings", "[ui][language]")
{
    Shell shell;
    MainWindow& window = *shell.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
    CHECK(window.sidebar()->item(0)->text() == QStringLiteral("Dashboard"));

    window.showView(QStringLiteral("settings"));
    QComboBox* language = window.settingsView()->languageBox();
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    CHECK(shell.translations.current() == QStringLiteral("fr"));
    QCoreApplication::processEvents(); // LanguageChange reaches widgets as posted events
    // A visible label of Bureau and a button of Qt's own change, without a restart.
    CHECK(window.sidebar()->item(0)->text() == QStringLiteral("Tableau de bord"));
    CHECK(window.view(QStringLiteral("settings"))->title() == QStringLiteral("Paramètres"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Annuler"));
    CHECK(QLocale().language() == QLocale::French);

    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QCoreApplication::processEvents();
    CHECK(window.sidebar()->item(0)->text() == QStringLiteral("Dashboard"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
}

TEST_CASE("The client list shows demo clients and empty views say what fills them", "[ui][shell]")
{
    Shell shell;
    {
        Shell empty;
        empty.window->showView(QStringLiteral("clients"));
        CHECK(empty.window->view(QStringLiteral("clients"))->isShowingEmptyState());
    }
    BUREAU_REQUIRE_OK(DemoGenerator(shell.temp.db()).generate(DemoGenerator::Size::Small));
    // A fresh window over the filled database shows the rows, not the empty state.
    MainWindow window(shell.context);
    window.showView(QStringLiteral("clients"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ViewPage* clients = window.view(QStringLiteral("clients"));
    CHECK_FALSE(clients->isShowingEmptyState());
    auto* table = clients->findChild<QTableView*>(QStringLiteral("clientTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() > 0);
    CHECK(window.view(QStringLiteral("agenda"))->isShowingEmptyState());
}

TEST_CASE("The window shows what another process wrote without a restart", "[ui][shell]")
{
    Shell shell;
    MainWindow& window = *shell.window;
    window.showView(QStringLiteral("clients"));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ViewPage* clients = window.view(QStringLiteral("clients"));
    REQUIRE(clients->isShowingEmptyState());

    // Another connection to the same file stands for bureau-cli writing beside the GUI.
    auto other = Database::open(shell.temp.path(), shell.temp.clock());
    BUREAU_REQUIRE_OK(other);
    BUREAU_REQUIRE_OK(DemoGenerator(*other.value()).generate(DemoGenerator::Size::Small));
    auto* table = clients->findChild<QTableView*>(QStringLiteral("clientTable"));
    REQUIRE(table);
    CHECK(QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 5000));
    CHECK_FALSE(clients->isShowingEmptyState());
}

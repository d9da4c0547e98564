// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>

using namespace Bureau;
using namespace Bureau::Test;

TEST_CASE("The main window opens offscreen on a real database", "[ui][smoke]")
{
    TempDatabase temp;
    MainWindow window(temp.db());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowTitle().contains(QLatin1String("Bureau")));
    CHECK(window.width() >= 1024);
    CHECK(window.height() >= 640);
    auto* databaseLabel = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    REQUIRE(databaseLabel);
    CHECK(databaseLabel->text().contains(QFileInfo(temp.path()).fileName()));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of Reports › Time (table and chart) on the demo database, for the README and for a
// person to look at. Hidden: run `bureau_ui_tests "[reports-screenshots]"` with BUREAU_SCREENSHOT_DIR
// set (and optionally BUREAU_SCREENSHOT_LANG=fr, BUREAU_SCREENSHOT_SIZE=1024x640,
// BUREAU_SCREENSHOT_DARK=1). Writes reports-LANG.png and dashboard-time-LANG.png (-dark- when dark).
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/DemoGenerator.h"
#include "core/services/TimeReport.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/reports/ReportsView.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>

using namespace Bureau;
using namespace Bureau::Test;

TEST_CASE("Screenshots of the time report", "[.][screenshots][reports-screenshots]")
{
    const QString dir = qEnvironmentVariable("BUREAU_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    const QString language = qEnvironmentVariable("BUREAU_SCREENSHOT_LANG", QStringLiteral("en"));
    const QStringList size = qEnvironmentVariable("BUREAU_SCREENSHOT_SIZE", QStringLiteral("1280x800")).split(u'x');
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    const bool dark = qEnvironmentVariableIntValue("BUREAU_SCREENSHOT_DARK") != 0;
    const QPalette oldPalette = QApplication::palette();
    if (dark)
        QApplication::setPalette(Theme::darkPalette());
    qApp->setStyleSheet(Theme::styleSheet(QApplication::palette()));

    TempDatabase temp;
    Translations translations;
    translations.apply(language);
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, true};
    BUREAU_REQUIRE_OK(DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small));

    ReportsView view(context);
    // The size the view has in the main window (sidebar and toolbar aside).
    view.resize(windowSize.width() - 212, windowSize.height() - 60);
    view.setPeriod(ReportsView::Period::ThisYear);
    view.setGroupBy(TimeReportService::GroupBy::Client);
    view.show();
    QTest::qWait(100);
    CHECK(view.table()->model()->rowCount() > 1);
    CHECK_FALSE(view.chartSeriesNames().isEmpty());
    const QString name = dark ? QStringLiteral("reports-dark-%1.png") : QStringLiteral("reports-%1.png");
    CHECK(view.grab().save(QDir(dir).filePath(name.arg(language)), "PNG"));

    // The dashboard's hours and packages, for a person to look at (the README's comes from `bureau --screenshot`).
    DashboardView dashboard(temp.db(), temp.clock());
    dashboard.resize(view.size());
    dashboard.show();
    QTest::qWait(50);
    const QString dashboardName =
        dark ? QStringLiteral("dashboard-time-dark-%1.png") : QStringLiteral("dashboard-time-%1.png");
    CHECK(dashboard.grab().save(QDir(dir).filePath(dashboardName.arg(language)), "PNG"));

    translations.apply(QStringLiteral("en"));
    if (dark) {
        QApplication::setPalette(oldPalette);
        qApp->setStyleSheet(Theme::styleSheet(QApplication::palette()));
    }
}

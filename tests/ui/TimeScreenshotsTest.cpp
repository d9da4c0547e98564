// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the time screens that `bureau --screenshot --view time` does not reach (the day list,
// every entry, the dialogs), for a person to look at. Hidden: run `bureau_ui_tests "[screenshots]"`
// with BUREAU_SCREENSHOT_DIR set (and optionally BUREAU_SCREENSHOT_LANG=fr, BUREAU_SCREENSHOT_SIZE=1024x640).
#include "support/TestSupport.h"

#include "core/domain/LocalCalendar.h"
#include "core/i18n/Translations.h"
#include "core/services/DemoGenerator.h"
#include "core/services/TimeTracker.h"
#include "core/storage/TimeEntryRepository.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"
#include "ui/time/RunawayTimerDialog.h"
#include "ui/time/TimeEntryDialog.h"
#include "ui/time/TimeView.h"

#include <QApplication>
#include <QDir>
#include <QTest>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

bool save(QWidget& widget, const QString& dir, const QString& name)
{
    widget.show();
    QTest::qWait(50);
    return widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
}

} // namespace

TEST_CASE("Screenshots of the time screens", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BUREAU_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    const QString language = qEnvironmentVariable("BUREAU_SCREENSHOT_LANG", QStringLiteral("en"));
    const QStringList size = qEnvironmentVariable("BUREAU_SCREENSHOT_SIZE", QStringLiteral("1280x800")).split(u'x');
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    qApp->setStyleSheet(Theme::styleSheet(QApplication::palette()));

    TempDatabase temp;
    Translations translations;
    translations.apply(language);
    AppContext context{temp.db(), temp.clock(), translations};
    BUREAU_REQUIRE_OK(DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small));
    TimeTracker tracker(temp.db());
    auto running = tracker.running();
    BUREAU_REQUIRE_OK(running);

    {
        MainWindow window(context);
        window.resize(windowSize);
        window.showView(QStringLiteral("time"));
        CHECK(save(window, dir, QStringLiteral("time-week-") + language));
        auto* view = qobject_cast<TimeView*>(window.view(QStringLiteral("time")));
        REQUIRE(view);
        view->showDay(LocalCalendar::forDatabase(temp.db()).dayOf(temp.clock().nowMs()).addDays(-1));
        CHECK(save(window, dir, QStringLiteral("time-day-") + language));
        view->setMode(TimeView::Mode::All);
        CHECK(save(window, dir, QStringLiteral("time-all-") + language));
    }

    auto entries = TimeEntryRepository(temp.db()).listForDays(QDate(2026, 11, 1), QDate(2026, 11, 27));
    BUREAU_REQUIRE_OK(entries);
    REQUIRE_FALSE(entries->isEmpty());
    TimeEntryDialog edit(temp.db(), tracker, entries->first());
    CHECK(save(edit, dir, QStringLiteral("time-dialog-") + language));
    edit.close();
    TimeEntry fresh;
    fresh.clientId = entries->first().clientId;
    fresh.startedAtMs = entries->first().startedAtMs;
    fresh.minutes = 30;
    fresh.endedAtMs = fresh.startedAtMs + 30 * 60000;
    TimeEntryDialog overlapping(temp.db(), tracker, fresh);
    CHECK(save(overlapping, dir, QStringLiteral("time-dialog-overlap-") + language));
    overlapping.close();

    if (running && running->has_value()) {
        temp.clock().advanceMs(14LL * 3600 * 1000);
        RunawayTimerDialog runaway(temp.db(), tracker, running->value());
        CHECK(save(runaway, dir, QStringLiteral("time-runaway-") + language));
        runaway.close();
    }
    translations.apply(QStringLiteral("en"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Time tracking driven through its real widgets, on a real database (issue 5, "Done when"): the
// toolbar timer, a timer left running before the window opens, the timesheet's cells, the day list.
#include "support/TestSupport.h"

#include "core/domain/LocalCalendar.h"
#include "core/i18n/Translations.h"
#include "core/models/Roles.h"
#include "core/models/TimesheetModel.h"
#include "core/services/TimeTracker.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/TimeEntryRepository.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/MainWindow.h"
#include "ui/time/RunawayTimerDialog.h"
#include "ui/time/TimeEntryDialog.h"
#include "ui/time/TimeView.h"
#include "ui/time/TimerWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

struct Fixture
{
    TempDatabase temp;
    TempDir settingsDir;
    Translations translations;
    AppContext context{temp.db(), temp.clock(), translations};
    LocalCalendar paris = LocalCalendar::forZoneId(QStringLiteral("Europe/Paris"));

    Fixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        translations.apply(QStringLiteral("en"));
        BusinessProfile profile = ProfileRepository::demoProfile();
        profile.timeZone = QStringLiteral("Europe/Paris");
        BUREAU_REQUIRE_OK(ProfileRepository(temp.db()).save(profile));
    }
    ~Fixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    qint64 addClient(const QString& name)
    {
        Client client;
        client.name = name;
        client.country = QStringLiteral("FR");
        client.timeZone = QStringLiteral("Europe/Paris");
        auto added = ClientRepository(temp.db()).add(client);
        BUREAU_REQUIRE_OK(added);
        return added.value();
    }

    TimeEntry addEntry(TimeTracker& tracker, qint64 clientId, QDate day, QTime start, qint64 minutes)
    {
        TimeEntry entry;
        entry.clientId = clientId;
        entry.startedAtMs = paris.toUtcMs(day, start);
        entry.endedAtMs = entry.startedAtMs + minutes * 60000;
        entry.minutes = minutes;
        auto saved = tracker.add(entry);
        BUREAU_REQUIRE_OK(saved);
        return saved->entry;
    }
};

/** Acts on the next modal dialog of type @p Dialog once it is open; one left open fails the test. */
template<typename Dialog>
void onNextDialog(std::function<void(Dialog&)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(timer, &QTimer::timeout, [timer, act, started] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (started->elapsed() > 5000) {
                timer->stop();
                timer->deleteLater();
                FAIL_CHECK("the expected dialog did not open");
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        QPointer<Dialog> guard(dialog);
        act(*dialog);
        QTimer::singleShot(50, [guard] {
            if (guard && guard->isVisible()) {
                FAIL_CHECK("the dialog stayed open: " << guard->objectName().toStdString());
                guard->reject();
            }
        });
    });
    timer->start();
}

void pickClient(QComboBox* picker, const QString& name)
{
    picker->setFocus();
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), name);
    const int index = picker->findText(name);
    REQUIRE(index >= 0);
    picker->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The toolbar timer starts and stops", "[ui][time]")
{
    Fixture fixture;
    const qint64 anna = fixture.addClient(QStringLiteral("Anna Conseil"));
    fixture.addClient(QStringLiteral("Studio Zoe"));
    MainWindow window(fixture.context);
    window.resize(1024, 640);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    TimerWidget* timer = window.timerWidget();
    REQUIRE(timer);
    CHECK_FALSE(timer->runningEntry().has_value());
    CHECK_FALSE(timer->startStopButton()->isEnabled());
    CHECK(timer->elapsedLabel()->text() == QStringLiteral("0:00:00"));

    pickClient(timer->clientPicker(), QStringLiteral("Anna Conseil"));
    QTest::keyClicks(timer->descriptionField(), QStringLiteral("Inbox triage"));
    REQUIRE(timer->startStopButton()->isEnabled());
    QTest::mouseClick(timer->startStopButton(), Qt::LeftButton);

    TimeEntryRepository entries(fixture.temp.db());
    auto running = entries.running();
    BUREAU_REQUIRE_OK(running);
    REQUIRE(running->has_value());
    CHECK(running->value().clientId == anna);
    CHECK(running->value().description == QStringLiteral("Inbox triage"));
    CHECK(running->value().startedAtMs == fixture.temp.clock().nowMs());
    CHECK(timer->startStopButton()->text() == QStringLiteral("Stop"));

    // A new description for the running timer is saved when the field is left.
    timer->descriptionField()->setFocus();
    QTest::keyClicks(timer->descriptionField(), QStringLiteral(" and replies"));
    QTest::keyClick(timer->descriptionField(), Qt::Key_Tab);
    emit timer->descriptionField()->editingFinished();
    running = entries.running();
    BUREAU_REQUIRE_OK(running);
    REQUIRE(running->has_value());
    CHECK(running->value().description == QStringLiteral("Inbox triage and replies"));

    // The elapsed time follows the clock, second by second.
    fixture.temp.clock().advanceMs(65 * 1000);
    REQUIRE(QTest::qWaitFor([&] { return timer->elapsedLabel()->text() == QStringLiteral("0:01:05"); }, 3000));

    fixture.temp.clock().advanceMs(29 * 60 * 1000);
    QTest::mouseClick(timer->startStopButton(), Qt::LeftButton);
    running = entries.running();
    BUREAU_REQUIRE_OK(running);
    CHECK_FALSE(running->has_value());
    auto stopped = entries.listForDays(QDate(2026, 11, 27), QDate(2026, 11, 27));
    BUREAU_REQUIRE_OK(stopped);
    REQUIRE(stopped->size() == 1);
    CHECK(stopped->first().minutes == 30);
    CHECK_FALSE(stopped->first().isRunning());
    CHECK(timer->startStopButton()->text() == QStringLiteral("Start"));
    CHECK(timer->elapsedLabel()->text() == QStringLiteral("0:00:00"));

    // Ctrl+T starts it again on the client still picked, and switching moves to another client.
    REQUIRE(window.timerAction());
    CHECK(window.timerAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T));
    window.timerAction()->trigger();
    running = entries.running();
    BUREAU_REQUIRE_OK(running);
    REQUIRE(running->has_value());
    CHECK(running->value().clientId == anna);
    fixture.temp.clock().advanceMs(10 * 60 * 1000);
    pickClient(timer->clientPicker(), QStringLiteral("Studio Zoe"));
    REQUIRE(timer->switchButton()->isVisibleTo(timer));
    QTest::mouseClick(timer->switchButton(), Qt::LeftButton);
    running = entries.running();
    BUREAU_REQUIRE_OK(running);
    REQUIRE(running->has_value());
    CHECK(running->value().clientId != anna);
    CHECK(timer->runningEntry().has_value());
}

TEST_CASE("A timer running before the window opens shows as running", "[ui][time]")
{
    Fixture fixture;
    const qint64 anna = fixture.addClient(QStringLiteral("Anna Conseil"));
    {
        // As if Bureau (or bureau-cli) had started it, then crashed.
        TimeTracker tracker(fixture.temp.db());
        TimeTracker::StartRequest request;
        request.clientId = anna;
        request.description = QStringLiteral("Before the crash");
        BUREAU_REQUIRE_OK(tracker.start(request));
    }
    fixture.temp.clock().advanceMs((2 * 3600 + 5 * 60) * 1000);
    MainWindow window(fixture.context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    TimerWidget* timer = window.timerWidget();
    REQUIRE(timer->runningEntry().has_value());
    CHECK(timer->runningEntry()->clientId == anna);
    CHECK(timer->clientPicker()->currentText() == QStringLiteral("Anna Conseil"));
    CHECK(timer->descriptionField()->text() == QStringLiteral("Before the crash"));
    CHECK(timer->startStopButton()->text() == QStringLiteral("Stop"));
    CHECK(timer->elapsedLabel()->text() == QStringLiteral("2:05:00"));
    // Under 12 hours: nothing is asked.
    window.checkRunawayTimer();
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("A timer forgotten for more than 12 hours is asked about and can be discarded", "[ui][time]")
{
    Fixture fixture;
    const qint64 anna = fixture.addClient(QStringLiteral("Anna Conseil"));
    TimeTracker tracker(fixture.temp.db());
    TimeTracker::StartRequest request;
    request.clientId = anna;
    BUREAU_REQUIRE_OK(tracker.start(request));
    fixture.temp.clock().advanceMs(13LL * 3600 * 1000);

    onNextDialog<RunawayTimerDialog>([](RunawayTimerDialog& dialog) {
        CHECK(dialog.choice() == RunawayTimerDialog::Choice::StopAt);
        dialog.setChoice(RunawayTimerDialog::Choice::Discard);
        dialog.accept();
    });
    CHECK(RunawayTimerDialog::askIfNeeded(fixture.temp.db(), tracker, nullptr));
    auto running = tracker.running();
    BUREAU_REQUIRE_OK(running);
    CHECK_FALSE(running->has_value());

    // Stopped at a chosen time instead: the entry ends there.
    BUREAU_REQUIRE_OK(tracker.start(request));
    const qint64 started = fixture.temp.clock().nowMs();
    fixture.temp.clock().advanceMs(14LL * 3600 * 1000);
    onNextDialog<RunawayTimerDialog>([](RunawayTimerDialog& dialog) {
        dialog.setChoice(RunawayTimerDialog::Choice::StopAt);
        dialog.stopTimeEdit()->setDateTime(dialog.stopTimeEdit()->minimumDateTime().addSecs(3 * 3600));
        dialog.accept();
    });
    CHECK(RunawayTimerDialog::askIfNeeded(fixture.temp.db(), tracker, nullptr));
    auto entries = TimeEntryRepository(fixture.temp.db()).overlapping(started, started + 1, fixture.temp.clock().nowMs());
    BUREAU_REQUIRE_OK(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().minutes == 180);
}

TEST_CASE("Typing 2h into a timesheet cell makes that day two hours", "[ui][time]")
{
    Fixture fixture;
    const qint64 anna = fixture.addClient(QStringLiteral("Anna Conseil"));
    TimeTracker tracker(fixture.temp.db());
    const QDate monday(2026, 11, 23);
    const TimeEntry first = fixture.addEntry(tracker, anna, monday, QTime(9, 0), 60);

    TimeView view(fixture.context, tracker);
    view.resize(1024, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QAbstractItemModelTester tester(view.timesheet(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(view.timesheet()->monday() == monday);
    REQUIRE(view.timesheet()->rowCount() == 2); // Anna and the totals
    const QModelIndex cell = view.timesheet()->index(0, TimesheetModel::Monday);
    CHECK(cell.data().toString() == QStringLiteral("1h00"));
    CHECK(view.weekLabel()->text().contains(QLatin1String("23")));

    // Select Monday's cell and type over it: the editor opens on the first key.
    QTableView* sheet = view.timesheetTable();
    sheet->setFocus();
    sheet->setCurrentIndex(cell);
    QTest::keyClick(sheet, Qt::Key_2);
    auto* editor = sheet->findChild<QLineEdit*>(QStringLiteral("timesheetCellEditor"));
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_H);
    CHECK(editor->text() == QStringLiteral("2h"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on its next event loop turn.
    QTest::qWait(50);

    auto stored = TimeEntryRepository(fixture.temp.db()).find(first.id);
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->minutes == 120);
    REQUIRE(QTest::qWaitFor([&] { return view.timesheet()->index(0, TimesheetModel::Monday).data().toString()
                                         == QStringLiteral("2h00"); },
                            2000));
    CHECK(view.timesheet()->index(view.timesheet()->totalsRow(), TimesheetModel::Total).data(RawValueRole).toLongLong()
          == 120);
    CHECK(view.weekTotals()->text().contains(QLatin1String("2h00")));
    CHECK(view.weekTotals()->toolTip().contains(QLatin1String("2h00")));

    // A new row for a client without time this week, then 1h30 on its Wednesday.
    const qint64 zoe = fixture.addClient(QStringLiteral("Studio Zoe"));
    const int row = view.addTimesheetRow(zoe, 0);
    REQUIRE(row == 1);
    CHECK(view.timesheet()->setData(view.timesheet()->index(row, TimesheetModel::Monday + 2), QStringLiteral("1,5")));
    auto wednesday = TimeEntryRepository(fixture.temp.db()).listForDays(monday.addDays(2), monday.addDays(2), zoe);
    BUREAU_REQUIRE_OK(wednesday);
    REQUIRE(wednesday->size() == 1);
    CHECK(wednesday->first().minutes == 90);
    // Next week is empty; back to this one.
    view.showWeek(monday.addDays(7));
    CHECK(view.timesheet()->rowCount() == 1);
    view.showWeek(monday);
    CHECK(view.timesheet()->rowCount() == 3);
}

TEST_CASE("The day list splits and merges entries", "[ui][time]")
{
    Fixture fixture;
    const qint64 anna = fixture.addClient(QStringLiteral("Anna Conseil"));
    TimeTracker tracker(fixture.temp.db());
    const QDate day(2026, 11, 26);
    const TimeEntry entry = fixture.addEntry(tracker, anna, day, QTime(9, 0), 120);

    TimeView view(fixture.context, tracker);
    view.resize(1024, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showDay(day);
    QTreeWidget* list = view.dayList();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == QStringLiteral("09:00"));

    REQUIRE(view.splitEntry(entry.id, fixture.paris.toUtcMs(day, QTime(10, 0))));
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(list->topLevelItem(1)->text(0) == QStringLiteral("10:00"));

    list->selectAll();
    auto* merge = view.findChild<QPushButton*>(QStringLiteral("mergeEntries"));
    REQUIRE(merge);
    REQUIRE(merge->isEnabled());
    QTest::mouseClick(merge, Qt::LeftButton);
    auto entries = TimeEntryRepository(fixture.temp.db()).listForDays(day, day);
    BUREAU_REQUIRE_OK(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().minutes == 120);
    CHECK(list->topLevelItemCount() == 1);

    // Edited through the dialog: a duration typed as people do.
    list->topLevelItem(0)->setSelected(true);
    onNextDialog<TimeEntryDialog>([](TimeEntryDialog& dialog) {
        dialog.durationField()->clear();
        QTest::keyClicks(dialog.durationField(), QStringLiteral("1h45"));
        CHECK(dialog.endEdit()->time() == QTime(10, 45));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    });
    CHECK(view.editEntry(entries->first().id));
    auto edited = TimeEntryRepository(fixture.temp.db()).find(entries->first().id);
    BUREAU_REQUIRE_OK(edited);
    CHECK(edited->minutes == 105);
}

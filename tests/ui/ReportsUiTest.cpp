// SPDX-License-Identifier: GPL-3.0-or-later
// Reports › Time driven through its widgets on a real database (issue 5): periods, grouping,
// client filter, the totals (computed here from the inserted entries), the chart, CSV export;
// and the package warnings on the dashboard and on the client's missions tab.
#include "support/TestSupport.h"

#include "core/domain/Duration.h"
#include "core/domain/LocalCalendar.h"
#include "core/i18n/Translations.h"
#include "core/models/Roles.h"
#include "core/models/TimeReportModel.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/ProfileRepository.h"
#include "ui/clients/ClientMissionsTab.h"
#include "ui/clients/ClientPage.h"
#include "ui/clients/ClientsView.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/reports/ReportsView.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/StatusPillDelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QPrinter>
#include <QPushButton>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

struct Entry
{
    qint64 clientId = 0;
    qint64 missionId = 0;
    QDate day;
    int minutes = 0;
    bool billable = true;
};

struct Totals
{
    qint64 minutes = 0;
    qint64 billable = 0;
    qint64 nonBillable = 0;
};

struct Fixture
{
    TempDatabase temp;
    TempDir settingsDir;
    Translations translations;
    MemoryCredentialStore store{temp->uuid()};
    AppContext context{temp.db(), temp.clock(), translations, &store, false};
    LocalCalendar calendar = LocalCalendar::forZoneId(QStringLiteral("Europe/Paris"));
    QList<Entry> entries;
    qint64 acme = 0;
    qint64 bright = 0;
    qint64 clarity = 0;
    qint64 package = 0;

    Fixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        translations.apply(QStringLiteral("en"));
        BusinessProfile profile = ProfileRepository::demoProfile();
        profile.timeZone = QStringLiteral("Europe/Paris");
        BUREAU_REQUIRE_OK(ProfileRepository(temp.db()).save(profile));
        acme = addClient(QStringLiteral("Acme Studio"), 5000);
        bright = addClient(QStringLiteral("Bright Path"), 6000);
        clarity = addClient(QStringLiteral("Clarity Conseil"), 4500);
        Mission mission;
        mission.clientId = acme;
        mission.title = QStringLiteral("Support package");
        mission.startsOn = QDate(2026, 9, 1);
        mission.billing = Mission::Billing::Package;
        mission.packageMinutes = 600;
        mission.packageFee = Money::fromCents(45000, QStringLiteral("EUR"));
        auto added = MissionRepository(temp.db()).add(mission);
        BUREAU_REQUIRE_OK(added);
        package = added->id;

        // Today is Friday 27 November 2026; its week runs from Monday 23 to Sunday 29.
        // Acme's package: 2h + 4h30 billable + 2h not billable in November = 8h30 of 10h (85 %).
        add({acme, package, QDate(2026, 11, 23), 120, true});
        add({acme, package, QDate(2026, 11, 25), 270, true});
        add({acme, package, QDate(2026, 11, 10), 120, false});
        add({bright, 0, QDate(2026, 11, 24), 90, true});
        add({bright, 0, QDate(2026, 10, 15), 60, true});
        add({clarity, 0, QDate(2026, 11, 2), 45, false});
        add({clarity, 0, QDate(2026, 10, 20), 30, true});
    }

    ~Fixture()
    {
        translations.apply(QStringLiteral("en"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    qint64 addClient(const QString& name, qint64 rateCents)
    {
        Client client;
        client.name = name;
        client.country = QStringLiteral("FR");
        client.timeZone = QStringLiteral("Europe/Paris");
        client.hourlyRate = Money::fromCents(rateCents, QStringLiteral("EUR"));
        auto added = ClientRepository(temp.db()).add(client);
        BUREAU_REQUIRE_OK(added);
        return added.value();
    }

    /** Straight into the table: the triggers of migration 0006 keep the monthly rollup. */
    void add(const Entry& entry)
    {
        const qint64 start = calendar.toUtcMs(entry.day, QTime(9, 0));
        QSqlQuery query(temp->connection());
        query.prepare(QStringLiteral(
            "INSERT INTO time_entries (client_id, mission_id, description, started_at, ended_at, minutes, day, "
            "billable, created_at, updated_at) VALUES (?, ?, 'Work', ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(entry.clientId);
        query.addBindValue(entry.missionId ? QVariant(entry.missionId) : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(start);
        query.addBindValue(start + qint64(entry.minutes) * 60000);
        query.addBindValue(entry.minutes);
        query.addBindValue(calendar.dayOf(start).toString(Qt::ISODate));
        query.addBindValue(entry.billable ? 1 : 0);
        query.addBindValue(start);
        query.addBindValue(start);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec());
        entries.append(entry);
    }

    /** What the report must say, from the entries themselves. */
    Totals expected(QDate first, QDate last, qint64 clientId = 0) const
    {
        Totals totals;
        for (const Entry& entry : entries) {
            if (entry.day < first || entry.day > last || (clientId != 0 && entry.clientId != clientId))
                continue;
            totals.minutes += entry.minutes;
            (entry.billable ? totals.billable : totals.nonBillable) += entry.minutes;
        }
        return totals;
    }
};

QString hours(qint64 minutes)
{
    return Duration::fromMinutes(minutes).format(QLocale());
}

/** The totals row is the table's last row whatever the sort; checks it against @p totals. */
void checkTotals(ReportsView& view, const Totals& totals)
{
    QAbstractItemModel* table = view.table()->model();
    REQUIRE(table->rowCount() > 0);
    const int last = table->rowCount() - 1;
    CHECK(table->index(last, 0).data(TimeReportModel::TotalRowRole).toBool());
    CHECK(table->index(last, TimeReportModel::Label).data().toString() == QStringLiteral("Total"));
    CHECK(table->index(last, TimeReportModel::Hours).data(RawValueRole).toLongLong() == totals.minutes);
    CHECK(table->index(last, TimeReportModel::Hours).data().toString() == hours(totals.minutes));
    CHECK(table->index(last, TimeReportModel::Billable).data(RawValueRole).toLongLong() == totals.billable);
    CHECK(table->index(last, TimeReportModel::NonBillable).data(RawValueRole).toLongLong() == totals.nonBillable);
    // Nothing is invoiced: every billable minute is unbilled.
    CHECK(table->index(last, TimeReportModel::Unbilled).data(RawValueRole).toLongLong() == totals.billable);
    CHECK(view.summaryText(0) == hours(totals.minutes));
    CHECK(view.summaryText(1) == hours(totals.billable));
    CHECK(view.summaryText(2) == hours(totals.nonBillable));
}

int rowOf(QAbstractItemModel* model, const QString& label)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, TimeReportModel::Label).data().toString() == label)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The time report shows the period's totals by client", "[ui][reports]")
{
    Fixture f;
    ReportsView view(f.context);
    view.resize(1100, 760);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.objectName() == QStringLiteral("reports"));
    CHECK(view.title() == QStringLiteral("Reports"));
    CHECK_FALSE(view.isShowingEmptyState());

    // This month by client: three clients and the totals.
    CHECK(view.period() == ReportsView::Period::ThisMonth);
    CHECK(view.firstDay() == QDate(2026, 11, 1));
    CHECK(view.lastDay() == QDate(2026, 11, 30));
    QAbstractItemModel* table = view.table()->model();
    CHECK(table->rowCount() == 4);
    checkTotals(view, f.expected(QDate(2026, 11, 1), QDate(2026, 11, 30)));
    const int acmeRow = rowOf(table, QStringLiteral("Acme Studio"));
    REQUIRE(acmeRow >= 0);
    CHECK(table->index(acmeRow, TimeReportModel::Hours).data().toString() == QStringLiteral("8h30"));
    CHECK(table->index(acmeRow, TimeReportModel::NonBillable).data().toString() == QStringLiteral("2h00"));
    // Bright Path's 1h30 at 60.00 an hour.
    const int brightRow = rowOf(table, QStringLiteral("Bright Path"));
    REQUIRE(brightRow >= 0);
    CHECK(table->index(brightRow, TimeReportModel::UnbilledValue).data().toString().contains(QStringLiteral("90.00")));
    CHECK((table->index(acmeRow, TimeReportModel::Hours).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight));

    // Sorting on hours, either way, keeps the totals last.
    view.table()->sortByColumn(TimeReportModel::Hours, Qt::AscendingOrder);
    CHECK(table->index(0, TimeReportModel::Label).data().toString() == QStringLiteral("Clarity Conseil"));
    CHECK(table->index(3, 0).data(TimeReportModel::TotalRowRole).toBool());
    view.table()->sortByColumn(TimeReportModel::Hours, Qt::DescendingOrder);
    CHECK(table->index(0, TimeReportModel::Label).data().toString() == QStringLiteral("Acme Studio"));
    CHECK(table->index(3, 0).data(TimeReportModel::TotalRowRole).toBool());

    // The chart: a stacked set per client, the month as its category.
    const QStringList series = view.chartSeriesNames();
    REQUIRE(series.size() == 3);
    CHECK(series.first() == QStringLiteral("Acme Studio"));
    CHECK(view.chartHours(0, 0) == Approx(8.5));
    CHECK(view.chartCategories() == QStringList{QLocale().monthName(11, QLocale::ShortFormat)});
}

TEST_CASE("The time report follows the period grouping and client chosen", "[ui][reports]")
{
    Fixture f;
    ReportsView view(f.context);
    view.resize(1100, 760);
    view.show();
    QAbstractItemModel* table = view.table()->model();

    // Grouped by day through the combo: the 30 days of November and the totals.
    view.groupByCombo()->setCurrentIndex(view.groupByCombo()->findData(int(TimeReportService::GroupBy::Day)));
    CHECK(view.groupBy() == TimeReportService::GroupBy::Day);
    CHECK(table->rowCount() == 31);
    CHECK(table->headerData(0, Qt::Horizontal).toString()
          == TimeReportService::groupByLabel(TimeReportService::GroupBy::Day));
    checkTotals(view, f.expected(QDate(2026, 11, 1), QDate(2026, 11, 30)));
    int day25 = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->index(row, TimeReportModel::Label).data(RawValueRole).toDate() == QDate(2026, 11, 25))
            day25 = row;
    }
    REQUIRE(day25 >= 0);
    CHECK(table->index(day25, TimeReportModel::Hours).data(RawValueRole).toLongLong() == 270);

    // Last month, by month: October alone.
    view.periodCombo()->setCurrentIndex(view.periodCombo()->findData(int(ReportsView::Period::LastMonth)));
    view.setGroupBy(TimeReportService::GroupBy::Month);
    CHECK(view.firstDay() == QDate(2026, 10, 1));
    CHECK(view.lastDay() == QDate(2026, 10, 31));
    CHECK(table->rowCount() == 2);
    checkTotals(view, f.expected(QDate(2026, 10, 1), QDate(2026, 10, 31)));
    CHECK_FALSE(view.fromEdit()->isVisible());

    // This week, by client.
    view.setPeriod(ReportsView::Period::ThisWeek);
    view.setGroupBy(TimeReportService::GroupBy::Client);
    CHECK(view.firstDay() == QDate(2026, 11, 23));
    CHECK(view.lastDay() == QDate(2026, 11, 29));
    checkTotals(view, f.expected(QDate(2026, 11, 23), QDate(2026, 11, 29)));

    // A custom range through the date fields: October and November, by month.
    view.setPeriod(ReportsView::Period::Custom);
    CHECK(view.fromEdit()->isVisible());
    view.fromEdit()->setDate(QDate(2026, 10, 1));
    view.toEdit()->setDate(QDate(2026, 11, 30));
    view.setGroupBy(TimeReportService::GroupBy::Month);
    CHECK(view.firstDay() == QDate(2026, 10, 1));
    CHECK(view.lastDay() == QDate(2026, 11, 30));
    CHECK(table->rowCount() == 3);
    checkTotals(view, f.expected(QDate(2026, 10, 1), QDate(2026, 11, 30)));
    // The chart has both months.
    CHECK(view.chartCategories().size() == 2);

    // One client: the combo lists the clients with hours, by name.
    QComboBox* clients = view.clientCombo();
    REQUIRE(clients->count() == 4);
    CHECK(clients->itemData(0).toLongLong() == 0);
    CHECK(clients->itemText(1) == QStringLiteral("Acme Studio"));
    clients->setCurrentIndex(clients->findData(f.bright));
    CHECK(view.clientFilter() == f.bright);
    checkTotals(view, f.expected(QDate(2026, 10, 1), QDate(2026, 11, 30), f.bright));
    CHECK(view.chartSeriesNames() == QStringList{QStringLiteral("Bright Path")});

    // Entries written by another process show after a refresh.
    view.setClientFilter(0);
    f.add({f.clarity, 0, QDate(2026, 11, 26), 15, true});
    view.refresh();
    checkTotals(view, f.expected(QDate(2026, 10, 1), QDate(2026, 11, 30)));
}

TEST_CASE("The time report exports its rows as CSV", "[ui][reports]")
{
    Fixture f;
    TempDir dir;
    ReportsView view(f.context);
    view.setGroupBy(TimeReportService::GroupBy::Client);
    const QString path = dir.file(QStringLiteral("report.csv"));
    REQUIRE(view.exportCsv(path));
    const QString csv = QString::fromUtf8(readAll(path));
    CHECK(csv.contains(QStringLiteral("Acme Studio")));
    CHECK(csv.contains(QStringLiteral("Bright Path")));
    CHECK(csv.contains(QStringLiteral("Clarity Conseil")));
    // Acme's 8h30 as decimal hours.
    CHECK(csv.contains(QStringLiteral("8.50")));
    // A header, three clients and the totals.
    CHECK(lineCount(csv) == 5);

    const QString pdf = dir.file(QStringLiteral("report.pdf"));
    REQUIRE(view.savePdf(pdf));
    CHECK(readAll(pdf).startsWith("%PDF"));
}

TEST_CASE("The time report prints its pages through a printer", "[ui][reports]")
{
    Fixture f;
    TempDir dir;
    ReportsView view(f.context);
    view.setGroupBy(TimeReportService::GroupBy::Client);
    REQUIRE(view.printButton()->isEnabled());
    // The printer of the print dialog, writing to a file instead of a print queue.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = dir.file(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    REQUIRE(view.print(printer));
    const auto text = runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QLatin1String("Time report")));
    CHECK(text.out.contains(QLatin1String("Acme Studio")));
    CHECK(text.out.contains(QLatin1String("8h30")));
    CHECK(text.out.contains(QLatin1String("Page 1/1")));
}

TEST_CASE("The time report shows an empty state without any hours", "[ui][reports]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, false};
    ReportsView view(context);
    view.show();
    CHECK(view.isShowingEmptyState());
    CHECK_FALSE(view.csvButton()->isVisible());
}

TEST_CASE("The time report follows a language change", "[ui][reports]")
{
    Fixture f;
    ReportsView view(f.context);
    view.setGroupBy(TimeReportService::GroupBy::Month);
    f.translations.apply(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    const int last = view.table()->model()->rowCount() - 1;
    REQUIRE(last > 0);
    // Months named in French by the service; the totals still right.
    CHECK(
        view.table()->model()->index(0, 0).data().toString().contains(QStringLiteral("novembre"), Qt::CaseInsensitive));
    CHECK(view.chartCategories().value(0) == QLocale(QLocale::French).monthName(11, QLocale::ShortFormat));
    CHECK(view.table()->model()->index(last, TimeReportModel::Hours).data(RawValueRole).toLongLong()
          == f.expected(QDate(2026, 11, 1), QDate(2026, 11, 30)).minutes);
    f.translations.apply(QStringLiteral("en"));
}

TEST_CASE("The time report fits the minimum window in both languages", "[ui][reports]")
{
    Fixture f;
    ReportsView view(f.context);
    view.setPeriod(ReportsView::Period::Custom);
    // 1024 px less the sidebar (212).
    CHECK(view.minimumSizeHint().width() <= 812);
    f.translations.apply(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    CHECK(view.minimumSizeHint().width() <= 812);
    f.translations.apply(QStringLiteral("en"));
}

TEST_CASE("The dashboard warns of a package at 85 percent", "[ui][reports][dashboard]")
{
    Fixture f;
    DashboardView dashboard(f.temp.db(), f.temp.clock());
    dashboard.show();
    const auto alerts = dashboard.findChildren<QLabel*>(QStringLiteral("packageAlert"));
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first()->text().contains(QStringLiteral("Support package")));
    CHECK(alerts.first()->text().contains(QStringLiteral("85")));
    const auto bars = dashboard.findChildren<QProgressBar*>(QStringLiteral("packageBar"));
    REQUIRE(bars.size() == 1);
    CHECK(bars.first()->value() == 85);
    CHECK(bars.first()->property("level").toString() == QStringLiteral("near"));
    // This week: 2h + 4h30 + 1h30; this month: every November entry.
    auto* week = dashboard.findChild<QLabel*>(QStringLiteral("hoursThisWeek"));
    auto* month = dashboard.findChild<QLabel*>(QStringLiteral("hoursThisMonth"));
    REQUIRE(week);
    REQUIRE(month);
    CHECK(week->text() == hours(f.expected(QDate(2026, 11, 23), QDate(2026, 11, 29)).minutes));
    CHECK(month->text() == hours(f.expected(QDate(2026, 11, 1), QDate(2026, 11, 30)).minutes));

    // Past the package: red.
    f.add({f.acme, f.package, QDate(2026, 11, 26), 120, true});
    dashboard.refresh();
    const auto full = dashboard.findChildren<QProgressBar*>(QStringLiteral("packageBar"));
    REQUIRE(full.size() == 1);
    CHECK(full.first()->property("level").toString() == QStringLiteral("reached"));
    CHECK(full.first()->value() == 100);
}

TEST_CASE("The missions tab shows a package's hours used this month", "[ui][reports][client]")
{
    Fixture f;
    ClientsView clients(f.context);
    clients.show();
    REQUIRE(clients.openClient(f.acme));
    QTreeWidget* list = clients.clientPage()->missionsTab()->list();
    REQUIRE(list->topLevelItemCount() == 1);
    QTreeWidgetItem* item = list->topLevelItem(0);
    int column = -1;
    for (int c = 0; c < list->columnCount(); ++c) {
        if (item->text(c).contains(QStringLiteral("used this month")))
            column = c;
    }
    REQUIRE(column >= 0);
    CHECK(item->text(column) == QStringLiteral("8h30 of 10h00 used this month"));
    CHECK(item->foreground(column).color()
          == StatusPillDelegate::colors(StatusPillDelegate::Tone::Orange, list->palette()).text);
}

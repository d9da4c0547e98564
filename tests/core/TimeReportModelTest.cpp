// SPDX-License-Identifier: GPL-3.0-or-later
// The time report as a table: rows then a totals row, hours and money formatted for people,
// raw values (minutes, cents, period days) for sorting.
#include "support/TestSupport.h"

#include "core/models/Roles.h"
#include "core/models/TimeReportModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

TimeReportService::Row row(const QString& label, qint64 minutes, qint64 billable, qint64 unbilled, qint64 cents)
{
    TimeReportService::Row r;
    r.label = label;
    r.minutes = minutes;
    r.billableMinutes = billable;
    r.nonBillableMinutes = minutes - billable;
    r.unbilledMinutes = unbilled;
    if (cents != 0)
        r.unbilledValueCents.insert(QStringLiteral("EUR"), cents);
    return r;
}

TimeReportService::Report clientReport()
{
    TimeReportService::Report report;
    report.query.first = QDate(2026, 11, 1);
    report.query.last = QDate(2026, 11, 30);
    report.query.groupBy = TimeReportService::GroupBy::Client;
    report.rows = {row(QStringLiteral("Acme"), 390, 330, 300, 25000), row(QStringLiteral("Bright Path"), 90, 90, 0, 0)};
    report.rows[0].clientId = 7;
    report.rows[1].clientId = 9;
    report.total = row(QString(), 480, 420, 300, 25000);
    return report;
}

} // namespace

TEST_CASE("The time report model shows rows then a totals row", "[timereport][model]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TimeReportModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == TimeReportModel::ColumnCount);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setReport(clientReport());
    CHECK(reset.count() == 1);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, TimeReportModel::Label).data().toString() == QStringLiteral("Acme"));
    CHECK(model.index(0, TimeReportModel::Hours).data().toString() == QStringLiteral("6h30"));
    CHECK(model.index(0, TimeReportModel::Billable).data().toString() == QStringLiteral("5h30"));
    CHECK(model.index(0, TimeReportModel::NonBillable).data().toString() == QStringLiteral("1h00"));
    CHECK(model.index(0, TimeReportModel::Unbilled).data().toString() == QStringLiteral("5h00"));
    CHECK(model.index(0, TimeReportModel::UnbilledValue).data().toString().contains(QStringLiteral("250.00")));
    CHECK(model.index(1, TimeReportModel::UnbilledValue).data().toString().isEmpty());
    CHECK(model.index(0, 0).data(IdRole).toLongLong() == 7);

    // The totals row.
    CHECK_FALSE(model.index(0, 0).data(TimeReportModel::TotalRowRole).toBool());
    CHECK(model.index(2, 0).data(TimeReportModel::TotalRowRole).toBool());
    CHECK(model.index(2, TimeReportModel::Label).data().toString() == QStringLiteral("Total"));
    CHECK(model.index(2, TimeReportModel::Hours).data().toString() == QStringLiteral("8h00"));
    CHECK(model.isTotalRow(2));
    CHECK(model.rowAt(2).minutes == 480);

    // Raw values for sorting; numbers right-aligned, the label left.
    CHECK(model.index(0, TimeReportModel::Hours).data(RawValueRole).toLongLong() == 390);
    CHECK(model.index(1, TimeReportModel::Billable).data(RawValueRole).toLongLong() == 90);
    CHECK(model.index(0, TimeReportModel::UnbilledValue).data(RawValueRole).toLongLong() == 25000);
    CHECK(model.index(1, TimeReportModel::UnbilledValue).data(RawValueRole).isNull());
    CHECK(model.index(0, TimeReportModel::Label).data(RawValueRole).toString() == QStringLiteral("Acme"));
    CHECK((model.index(0, TimeReportModel::Hours).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight));
    CHECK((model.index(0, TimeReportModel::Label).data(Qt::TextAlignmentRole).toInt() & Qt::AlignLeft));
    CHECK(model.headerData(TimeReportModel::Label, Qt::Horizontal).toString()
          == TimeReportService::groupByLabel(TimeReportService::GroupBy::Client));

    // Sorting on raw minutes: Bright Path (1h30) before Acme (6h30).
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(RawValueRole);
    proxy.sort(TimeReportModel::Hours, Qt::AscendingOrder);
    CHECK(proxy.index(0, TimeReportModel::Label).data().toString() == QStringLiteral("Bright Path"));

    // An empty report: no rows, not even the totals.
    model.setReport(TimeReportService::Report{});
    CHECK(model.rowCount() == 0);
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("The time report model gives period rows their first day as raw label", "[timereport][model]")
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    TimeReportModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    TimeReportService::Report report;
    report.query.first = QDate(2026, 10, 1);
    report.query.last = QDate(2026, 11, 30);
    report.query.groupBy = TimeReportService::GroupBy::Month;
    report.rows = {row(QStringLiteral("octobre 2026"), 0, 0, 0, 0),
                   row(QStringLiteral("novembre 2026"), 125, 125, 125, 123456)};
    report.rows[0].periodStart = QDate(2026, 10, 1);
    report.rows[1].periodStart = QDate(2026, 11, 1);
    report.rows[1].unbilledValueCents.insert(QStringLiteral("USD"), 5000);
    report.rows[1].unbilledWithoutRateMinutes = 30;
    report.total = report.rows[1];
    model.setReport(report);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, TimeReportModel::Label).data(RawValueRole).toDate() == QDate(2026, 10, 1));
    CHECK(model.index(0, TimeReportModel::Hours).data().toString() == QStringLiteral("0h00"));
    CHECK(model.index(1, TimeReportModel::Hours).data().toString() == QStringLiteral("2h05"));
    // One amount per currency, in the French way ("1 234,56 €").
    const QString value = model.index(1, TimeReportModel::UnbilledValue).data().toString();
    CHECK(value.contains(QStringLiteral("234,56")));
    CHECK(value.contains(QStringLiteral("€")));
    INFO(value.toStdString());
    CHECK(value.contains(QStringLiteral("50,00")));
    CHECK(model.index(1, TimeReportModel::UnbilledValue)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("0h30")));
    CHECK(model.index(2, TimeReportModel::Label).data(RawValueRole).isNull());

    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    CHECK(header.count() == 1);
    QLocale::setDefault(QLocale::system());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Revenue per period, the URSSAF figure (VAT and débours prorated out), the receipts register (CSV
// and PDF) and the franchise turnover in France (issue 6).
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/services/InvoiceIssuer.h"
#include "core/services/PaymentService.h"
#include "core/services/RevenueReport.h"
#include "core/storage/DocumentRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Bureau;
using namespace Bureau::Test::Invoicing;
using Bureau::Test::TempDatabase;

namespace
{

void setToday(TempDatabase& db, QDate day)
{
    db.clock().set(QDateTime(day, QTime(10, 0), QTimeZone::utc()));
}

qint64 issue(Database& db, qint64 clientId, const QList<DocumentLine>& lines)
{
    auto issued = addAndIssue(db, draft(clientId, lines));
    BUREAU_REQUIRE_OK(issued);
    return issued->id;
}

qint64 pay(Database& db, qint64 clientId, QDate on, qint64 cents, qint64 documentId = 0,
           const QString& reference = QStringLiteral("VIR"), Payment::Method method = Payment::Method::Transfer)
{
    Payment payment;
    payment.clientId = clientId;
    payment.receivedOn = on;
    payment.amount = Money::fromCents(cents, QStringLiteral("EUR"));
    payment.method = method;
    payment.reference = reference;
    if (documentId > 0)
        payment.allocations = {Payment::Allocation{documentId, cents, QString()}};
    auto added = PaymentService(db).add(payment);
    BUREAU_REQUIRE_OK(added);
    return added->id;
}

QString pdfText(const QByteArray& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-"), QStringLiteral("-")});
    REQUIRE(process.waitForStarted(5000));
    process.write(pdf);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(10000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("Revenue per month quarter and year with a credit note and an empty month", "[revenue]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 client = addClient(db.db());
    setToday(db, QDate(2026, 9, 15));
    const qint64 september = issue(db.db(), client, {service(QStringLiteral("Assistance"), 1000, 100000)});
    setToday(db, QDate(2026, 9, 20));
    pay(db.db(), client, QDate(2026, 9, 20), 100000, september);
    setToday(db, QDate(2026, 11, 10));
    const qint64 november = issue(db.db(), client, {service(QStringLiteral("Assistance"), 1000, 50000)});
    // A partial credit note of 200.00 on the November invoice.
    setToday(db, QDate(2026, 11, 20));
    InvoiceIssuer issuer(db.db(), QFileInfo(db.path()).absolutePath());
    auto creditNote =
        issuer.createCreditNote(november, QList<DocumentLine>{service(QStringLiteral("Assistance"), 1000, 20000)});
    BUREAU_REQUIRE_OK(creditNote);
    BUREAU_REQUIRE_OK(issuer.issue(creditNote->id));
    pay(db.db(), client, QDate(2026, 11, 20), 30000, november);

    RevenueReport report(db.db());
    auto months = report.revenue(QDate(2026, 9, 1), QDate(2026, 11, 30), RevenueReport::Granularity::Month);
    BUREAU_REQUIRE_OK(months);
    REQUIRE(months->size() == 3);
    CHECK(months->at(0).periodStart == QDate(2026, 9, 1));
    CHECK(months->at(0).label == QLatin1String("September 2026"));
    CHECK(months->at(0).invoicedNetEurCents == 100000);
    CHECK(months->at(0).invoicedTotalEurCents == 100000); // franchise: no VAT
    CHECK(months->at(0).collectedEurCents == 100000);
    CHECK(months->at(1).label == QLatin1String("October 2026")); // empty, still listed
    CHECK(months->at(1).invoicedNetEurCents == 0);
    CHECK(months->at(1).collectedEurCents == 0);
    CHECK(months->at(2).invoicedNetEurCents == 30000); // 500.00 − 200.00 credited
    CHECK(months->at(2).collectedEurCents == 30000);

    auto quarters = report.revenue(QDate(2026, 8, 15), QDate(2026, 12, 31), RevenueReport::Granularity::Quarter);
    BUREAU_REQUIRE_OK(quarters);
    REQUIRE(quarters->size() == 2);
    CHECK(quarters->at(0).periodStart == QDate(2026, 7, 1));
    CHECK(quarters->at(0).label == QLatin1String("Q3 2026"));
    CHECK(quarters->at(0).invoicedNetEurCents == 100000);
    CHECK(quarters->at(1).label == QLatin1String("Q4 2026"));
    CHECK(quarters->at(1).invoicedNetEurCents == 30000);

    auto years = report.revenue(QDate(2025, 1, 1), QDate(2026, 12, 31), RevenueReport::Granularity::Year);
    BUREAU_REQUIRE_OK(years);
    REQUIRE(years->size() == 2);
    CHECK(years->at(0).label == QLatin1String("2025"));
    CHECK(years->at(0).invoicedNetEurCents == 0);
    CHECK(years->at(1).invoicedNetEurCents == 130000); // 1000.00 + 500.00 − 200.00
    CHECK(years->at(1).collectedEurCents == 130000);

    auto backwards = report.revenue(QDate(2026, 12, 1), QDate(2026, 1, 1), RevenueReport::Granularity::Month);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().kind == Error::Kind::Invalid);
}

TEST_CASE("The URSSAF figure prorates VAT and disbursements out and subtracts refunds", "[revenue]")
{
    TempDatabase db;
    storeProfile(db.db(), BusinessProfile::VatRegime::VatRegistered, QStringLiteral("FR93832718449"));
    const qint64 client = addClient(db.db());
    setToday(db, QDate(2026, 11, 5));
    // 1000.00 at 20 % (200.00 VAT) + 50.00 débours = 1250.00.
    const qint64 invoice = issue(
        db.db(), client,
        {service(QStringLiteral("Assistance"), 1000, 100000, 2000), disbursement(QStringLiteral("Timbres"), 5000)});

    // 333.33 in November: its share of VAT and débours is 333.33 × 250.00 / 1250.00 = 66.666 → 66.67.
    setToday(db, QDate(2026, 11, 10));
    pay(db.db(), client, QDate(2026, 11, 10), 33333, invoice);
    // The rest, 916.67, in December: 916.67 × 250 / 1250 = 183.334 → 183.33.
    setToday(db, QDate(2026, 12, 31));
    pay(db.db(), client, QDate(2026, 12, 5), 91667, invoice);
    // An advance of 100.00 counts in full; 40.00 of it refunded.
    pay(db.db(), client, QDate(2026, 12, 6), 10000);
    pay(db.db(), client, QDate(2026, 12, 7), -4000);

    RevenueReport report(db.db());
    auto november = report.urssafTurnover(QDate(2026, 11, 1), QDate(2026, 11, 30));
    BUREAU_REQUIRE_OK(november);
    CHECK(*november == 26666); // 333.33 − 66.67
    auto december = report.urssafTurnover(QDate(2026, 12, 1), QDate(2026, 12, 31));
    BUREAU_REQUIRE_OK(december);
    CHECK(*december == 79334); // 916.67 − 183.33 + 100.00 − 40.00
    auto quarter = report.urssafTurnover(QDate(2026, 10, 1), QDate(2026, 12, 31));
    BUREAU_REQUIRE_OK(quarter);
    CHECK(*quarter == 106000); // 1000.00 net of the invoice + 60.00 kept of the advance

    auto revenue = report.revenue(QDate(2026, 11, 1), QDate(2026, 11, 30), RevenueReport::Granularity::Month);
    BUREAU_REQUIRE_OK(revenue);
    REQUIRE(revenue->size() == 1);
    CHECK(revenue->first().invoicedNetEurCents == 100000);
    CHECK(revenue->first().invoicedTotalEurCents == 125000);
}

TEST_CASE("The receipts register lists payments in date order as CSV and PDF", "[revenue]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 dupont = addClient(db.db());
    ClientSpec otherSpec;
    otherSpec.name = QStringLiteral("Librairie Martin");
    const qint64 martin = addClient(db.db(), otherSpec);
    const qint64 invoice = issue(db.db(), dupont, {service(QStringLiteral("Assistance"), 1000, 12050)});
    auto number = DocumentRepository(db.db()).find(invoice);
    BUREAU_REQUIRE_OK(number);

    // Recorded out of order.
    pay(db.db(), martin, QDate(2026, 11, 20), 5000, 0, QStringLiteral("=HYPERLINK(\"http://x\")"),
        Payment::Method::Cheque);
    pay(db.db(), dupont, QDate(2026, 11, 3), 12050, invoice, QStringLiteral("VIR 123"));
    pay(db.db(), dupont, QDate(2026, 10, 30), 1000, 0, QStringLiteral("outside"));

    RevenueReport report(db.db());
    auto receipts = report.receipts(QDate(2026, 11, 1), QDate(2026, 11, 30));
    BUREAU_REQUIRE_OK(receipts);
    REQUIRE(receipts->size() == 2);
    CHECK(receipts->at(0).receivedOn == QDate(2026, 11, 3));
    CHECK(receipts->at(0).clientName == QLatin1String("Atelier Dupont"));
    CHECK(receipts->at(0).references == number->number);
    CHECK(receipts->at(0).eurCents == 12050);
    CHECK(receipts->at(0).method == QLatin1String("Bank transfer"));
    CHECK(receipts->at(1).clientName == QLatin1String("Librairie Martin"));
    CHECK(receipts->at(1).references.isEmpty()); // an advance
    CHECK(receipts->at(1).method == QLatin1String("Cheque"));

    auto csv = report.receiptsCsv(QDate(2026, 11, 1), QDate(2026, 11, 30));
    BUREAU_REQUIRE_OK(csv);
    QString text = QString::fromUtf8(*csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3); // header and two payments
    CHECK(lines.at(0).contains(QLatin1String("Date")));
    CHECK(lines.at(0).contains(QLatin1String("Method")));
    CHECK(lines.at(1).startsWith(QLatin1String("2026-11-03,Atelier Dupont,")));
    CHECK(lines.at(1).contains(QLatin1String("120.50")));
    CHECK(lines.at(1).contains(number->number));
    CHECK(lines.at(2).contains(QLatin1String("'=HYPERLINK"))); // neutralised formula
    CHECK(lines.at(2).contains(QLatin1String("50.00")));

    auto pdf = report.receiptsPdf(QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("en"));
    BUREAU_REQUIRE_OK(pdf);
    CHECK(pdf->startsWith("%PDF"));
    const QString pdfContent = pdfText(*pdf);
    CHECK(pdfContent.contains(QLatin1String("Receipts register")));
    CHECK(pdfContent.contains(QLatin1String("Camille Martin")));
    CHECK(pdfContent.contains(QLatin1String("83271844900016")));
    CHECK(pdfContent.contains(QLatin1String("Librairie Martin")));
    CHECK(pdfContent.contains(QLatin1String("170.50")));
    auto french = report.receiptsPdf(QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("fr"));
    BUREAU_REQUIRE_OK(french);
    CHECK(pdfText(*french).contains(QLatin1String("170,50")));
    CHECK_FALSE(report.receiptsPdf(QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("de")).ok());
}

TEST_CASE("The franchise turnover counts only operations taxable in France", "[revenue]")
{
    TempDatabase db;
    storeProfile(db.db());
    const qint64 france = addClient(db.db());
    ClientSpec germanSpec;
    germanSpec.name = QStringLiteral("Berlin GmbH");
    germanSpec.country = QStringLiteral("DE");
    germanSpec.vatNumber = QStringLiteral("DE123456789");
    const qint64 germany = addClient(db.db(), germanSpec);
    ClientSpec privateSpec;
    privateSpec.name = QStringLiteral("John Smith");
    privateSpec.professional = false;
    privateSpec.country = QStringLiteral("US");
    const qint64 privateAbroad = addClient(db.db(), privateSpec);
    ClientSpec monacoSpec;
    monacoSpec.name = QStringLiteral("Monaco SAM");
    monacoSpec.country = QStringLiteral("MC");
    const qint64 monaco = addClient(db.db(), monacoSpec);

    pay(db.db(), france, QDate(2026, 3, 1), 10000);
    pay(db.db(), germany, QDate(2026, 3, 2), 20000); // a professional abroad: not taxable in France
    pay(db.db(), privateAbroad, QDate(2026, 3, 3), 30000);
    pay(db.db(), monaco, QDate(2026, 3, 4), 5000);     // Monaco counts as France
    pay(db.db(), france, QDate(2025, 12, 31), 100000); // another year
    pay(db.db(), germany, QDate(2025, 6, 1), 70000);     // not taxable in France, in 2025 either
    pay(db.db(), france, QDate(2024, 1, 1), 25000);      // the year before
    pay(db.db(), france, QDate(2023, 12, 31), 90000);    // too old to count

    RevenueReport report(db.db());
    auto turnover = report.franchiseTurnover(2026);
    BUREAU_REQUIRE_OK(turnover);
    CHECK(turnover->year == 2026);
    CHECK(turnover->baseCents == 3750000);
    CHECK(turnover->higherCents == 4125000);
    CHECK(turnover->receivedEurCents == 45000); // 100.00 + 300.00 + 50.00
    // The two years before, for the franchise of the year (art. 293 B).
    CHECK(turnover->previousYearEurCents == 100000);
    CHECK(turnover->yearBeforeEurCents == 25000);

    // 2027 has no row: 2026's thresholds, until its own are stored.
    auto next = report.franchiseTurnover(2027);
    BUREAU_REQUIRE_OK(next);
    CHECK(next->baseCents == 3750000);
    CHECK(next->receivedEurCents == 0);
    CHECK(next->previousYearEurCents == 45000);
    CHECK(next->yearBeforeEurCents == 100000);
    BUREAU_REQUIRE_OK(report.setThresholds(2027, 3800000, 4200000));
    next = report.franchiseTurnover(2027);
    BUREAU_REQUIRE_OK(next);
    CHECK(next->baseCents == 3800000);
    CHECK(next->higherCents == 4200000);
    CHECK_FALSE(report.setThresholds(2027, 4200000, 3800000).ok());
}

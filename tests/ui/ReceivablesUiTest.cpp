// SPDX-License-Identifier: GPL-3.0-or-later
// Invoices › Receivables and the payment dialog driven through their widgets on a real database
// (issue 6): rows and ageing totals against invoices issued with due dates in each bucket, a payment
// split over two invoices, an overpayment kept as credit, a future date refused; and the
// dashboard's outstanding figure.
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/domain/Money.h"
#include "core/i18n/Translations.h"
#include "core/models/Roles.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/InvoiceIssuer.h"
#include "core/services/PaymentService.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/ProfileRepository.h"
#include "ui/dashboard/DashboardView.h"
#include "ui/invoices/PaymentDialog.h"
#include "ui/invoices/ReceivablesView.h"
#include "ui/reports/ReportsView.h"
#include "ui/reports/RevenuePage.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/FormRows.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

/** The shared fixture's complete profile: an EI under the VAT franchise. */
void storeProfile(Database& db)
{
    Invoicing::storeProfile(db);
}

QString eur(qint64 cents)
{
    return Money::fromCents(cents, QStringLiteral("EUR")).format(QLocale());
}

/** Four invoices of one client, issued so that at 27 Nov 2026 one is in each age bucket. */
struct Fixture
{
    TempDatabase temp;
    Translations translations;
    MemoryCredentialStore store{temp->uuid()};
    AppContext context{temp.db(), temp.clock(), translations, &store, false};
    qint64 client = 0;
    BillingDocument notDue;  // 300.00, due 20 Dec
    BillingDocument late15;  // 450.00, due 12 Nov: 15 days late
    BillingDocument late45;  // 600.00, due 13 Oct: 45 days late
    BillingDocument late100; // 120.00, due 19 Aug: 100 days late

    Fixture()
    {
        translations.apply(QStringLiteral("en"));
        storeProfile(temp.db());
        Invoicing::ClientSpec spec;
        spec.name = QStringLiteral("Atelier Dupont");
        client = Invoicing::addClient(temp.db(), spec);
        late100 = issueOn(QDate(2026, 7, 20), 12000);
        late45 = issueOn(QDate(2026, 9, 13), 60000);
        late15 = issueOn(QDate(2026, 10, 13), 45000);
        notDue = issueOn(QDate(2026, 11, 20), 30000);
        temp.clock().set(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    }

    BillingDocument issueOn(QDate day, qint64 cents, qint64 clientId = 0)
    {
        temp.clock().set(QDateTime(day, QTime(10, 0), Qt::UTC));
        auto issued = Invoicing::addAndIssue(
            temp.db(), Invoicing::draft(clientId ? clientId : client,
                                        {Invoicing::service(QStringLiteral("Assistance"), 1000, cents)}));
        BUREAU_REQUIRE_OK(issued);
        return issued.value();
    }
};

int rowOf(const ReceivablesView& view, qint64 documentId)
{
    for (int row = 0; row < view.table()->model()->rowCount(); ++row) {
        if (view.receivableAt(row).documentId == documentId)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Receivables list issued invoices with their ageing", "[receivables][ui]")
{
    Fixture f;
    ReceivablesView view(f.context);
    REQUIRE_FALSE(view.isShowingEmptyState());
    REQUIRE(view.table()->model()->rowCount() == 4);
    // Most overdue first.
    CHECK(view.receivableAt(0).documentId == f.late100.id);
    CHECK(view.receivableAt(0).daysOverdue == 100);
    CHECK(view.receivableAt(1).daysOverdue == 45);
    CHECK(view.receivableAt(2).daysOverdue == 15);
    CHECK(view.receivableAt(3).daysOverdue == -23);
    CHECK(view.table()->model()->index(0, 1).data().toString() == f.late100.number);
    // ("days" once the English plural forms are translated; "day(s)" before.)
    CHECK(view.table()->model()->index(0, 4).data().toString().startsWith(QStringLiteral("100 day")));
    CHECK(view.table()->model()->index(0, 4).data().toString().endsWith(QStringLiteral(" late")));
    CHECK(view.table()->model()->index(3, 4).data().toString().startsWith(QStringLiteral("Due in 23 day")));
    CHECK(view.table()->model()->index(0, 4).data(RawValueRole).toString() == QStringLiteral("verylate"));
    CHECK(view.table()->model()->index(2, 4).data(RawValueRole).toString() == QStringLiteral("late"));
    CHECK(view.table()->model()->index(2, 5).data().toString() == eur(45000));

    CHECK(view.totalText(0) == eur(147000));
    CHECK(view.totalText(1) == eur(30000));
    CHECK(view.totalText(2) == eur(45000));
    CHECK(view.totalText(3) == eur(60000));
    CHECK(view.totalText(4) == eur(12000));

    view.setAgeFilter(ReceivablesView::Age::Days31To60);
    REQUIRE(view.table()->model()->rowCount() == 1);
    CHECK(view.receivableAt(0).documentId == f.late45.id);
    view.setAgeFilter(ReceivablesView::Age::Overdue);
    CHECK(view.table()->model()->rowCount() == 3);
    view.setAgeFilter(ReceivablesView::Age::All);

    // Opening asks the window to open the invoice.
    qint64 opened = 0;
    QObject::connect(&view, &ReceivablesView::openDocumentRequested, [&opened](qint64 id) { opened = id; });
    view.selectRow(rowOf(view, f.late15.id));
    view.openSelected();
    CHECK(opened == f.late15.id);

    // E-mail the client: a mailto: with the invoice number in the subject.
    PaymentService::Receivable receivable = view.receivableAt(rowOf(view, f.late15.id));
    receivable.clientEmail = QStringLiteral("compta@atelier-dupont.fr");
    const QString mailto = ReceivablesView::mailtoUrl(receivable);
    CHECK(mailto.startsWith(QStringLiteral("mailto:compta@atelier-dupont.fr?subject=")));
    CHECK(QUrl::fromPercentEncoding(mailto.toUtf8()).contains(f.late15.number));
}

TEST_CASE("Nothing outstanding shows the empty state", "[receivables][ui]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store{temp->uuid()};
    AppContext context{temp.db(), temp.clock(), translations, &store, false};
    ReceivablesView view(context);
    CHECK(view.isShowingEmptyState());
}

TEST_CASE("A payment split over two invoices through the dialog updates the receivables", "[receivables][ui]")
{
    Fixture f;
    ReceivablesView view(f.context);
    view.selectRow(rowOf(view, f.late15.id));

    bool driven = false;
    QString remainder;
    auto* timer = new QTimer(&view);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<PaymentDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        // Opened for the 15-day-late invoice: its amount, to it.
        CHECK(dialog->amountField()->text() == eur(45000));
        REQUIRE(dialog->allocations().size() == 1);
        CHECK(dialog->allocations().first().documentId == f.late15.id);
        dialog->amountField()->setText(QStringLiteral("700"));
        dialog->setAllocation(f.late100.id, false);
        dialog->setAllocation(f.late15.id, true, QStringLiteral("450"));
        dialog->setAllocation(f.late45.id, true, QStringLiteral("250"));
        remainder = dialog->remainderLabel()->text();
        dialog->referenceField()->setText(QStringLiteral("VIR 2026-118"));
        dialog->accept();
        driven = true;
    });
    timer->start();
    view.recordPaymentForSelected();
    REQUIRE(driven);
    CHECK(remainder == QStringLiteral("The whole payment goes to the invoices above."));

    auto payments = PaymentService(f.temp.db()).list(f.client);
    BUREAU_REQUIRE_OK(payments);
    REQUIRE(payments->size() == 1);
    CHECK(payments->first().amount == Money::fromCents(70000, QStringLiteral("EUR")));
    CHECK(payments->first().allocations.size() == 2);

    // The view was refreshed: the 15-day-late invoice is paid, the 45-day one has 350.00 left.
    CHECK(view.table()->model()->rowCount() == 3);
    CHECK(rowOf(view, f.late15.id) == -1);
    const int row = rowOf(view, f.late45.id);
    REQUIRE(row >= 0);
    CHECK(view.receivableAt(row).outstandingCents == 35000);
    CHECK(view.totalText(0) == eur(147000 - 70000));
    CHECK(view.totalText(2) == eur(0));
    CHECK(view.totalText(3) == eur(35000));
}

TEST_CASE("An overpayment is kept as the client's credit", "[receivables][ui]")
{
    Fixture f;
    PaymentDialog dialog(f.context, f.client, f.notDue.id);
    dialog.amountField()->setText(QStringLiteral("350.00"));
    emit dialog.amountField()->textEdited(dialog.amountField()->text());
    // The invoice asked for takes its 300.00 first; the other invoices take the rest unless unticked.
    for (const qint64 id : {f.late100.id, f.late45.id, f.late15.id})
        dialog.setAllocation(id, false);
    CHECK(dialog.remainderLabel()->text() == QStringLiteral("%1 will be kept as the client’s credit.").arg(eur(5000)));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);

    auto credit = PaymentService(f.temp.db()).clientCredit(f.client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(credit.value() == 5000);

    // The next dialog shows the credit and uses it on the selected invoice.
    PaymentDialog next(f.context, f.client, f.late100.id);
    CHECK(next.creditLabel()->isVisibleTo(&next));
    CHECK(next.creditLabel()->text().contains(eur(5000)));
    next.useCredit();
    auto after = PaymentService(f.temp.db()).clientCredit(f.client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(after);
    CHECK(after.value() == 0);
    auto receivables = PaymentService(f.temp.db()).receivables(QDate(2026, 11, 27), f.client);
    BUREAU_REQUIRE_OK(receivables);
    for (const auto& receivable : receivables.value()) {
        if (receivable.documentId == f.late100.id)
            CHECK(receivable.outstandingCents == 7000);
    }
}

TEST_CASE("A payment dated in the future is refused", "[receivables][ui]")
{
    Fixture f;
    PaymentDialog dialog(f.context, f.client, f.late15.id);
    dialog.dateEdit()->setDate(QDate(2026, 11, 28));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.rows()->fieldsInError().contains(QStringLiteral("receivedOn")));
    CHECK(dialog.rows()->error(QStringLiteral("receivedOn"))->text().contains(QStringLiteral("future")));
    auto payments = PaymentService(f.temp.db()).list(f.client);
    BUREAU_REQUIRE_OK(payments);
    CHECK(payments->isEmpty());
}

TEST_CASE("The dashboard shows what clients owe", "[receivables][ui][dashboard]")
{
    Fixture f;
    DashboardView dashboard(f.temp.db(), f.temp.clock());
    auto* outstanding = dashboard.findChild<QLabel*>(QStringLiteral("outstandingTotal"));
    auto* overdue = dashboard.findChild<QLabel*>(QStringLiteral("overdueTotal"));
    REQUIRE(outstanding);
    REQUIRE(overdue);
    CHECK(outstanding->text() == eur(147000));
    CHECK(overdue->text() == eur(117000));
}

// Pictures of Invoices › Receivables and Reports › Revenue on a year of realistic invoices, for a
// person to look at. Hidden: run `bureau_ui_tests "[receivables-screenshots]"` with
// BUREAU_SCREENSHOT_DIR set (and optionally BUREAU_SCREENSHOT_LANG=fr, BUREAU_SCREENSHOT_SIZE=1024x640).
// Writes receivables-LANG.png, revenue-LANG.png and dashboard-invoices-LANG.png.
TEST_CASE("Screenshots of receivables and revenue", "[.][screenshots][receivables-screenshots]")
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
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, true};
    storeProfile(temp.db());

    struct Customer
    {
        QString name;
        qint64 monthlyCents;
        QString email;
        QString phone;
        qint64 id = 0;
    };
    QList<Customer> customers{
        {QStringLiteral("Atelier Dupont"), 45000, QStringLiteral("compta@atelier-dupont.fr"),
         QStringLiteral("04 78 12 34 56")},
        {QStringLiteral("Boulangerie Martin"), 32000, QStringLiteral("contact@boulangerie-martin.fr"),
         QStringLiteral("04 72 98 76 54")},
        {QStringLiteral("Cabinet Leroy Avocats"), 60000, QStringLiteral("secretariat@leroy-avocats.fr"),
         QStringLiteral("01 45 67 89 10")},
        {QStringLiteral("Studio Nébuleuse"), 28000, QStringLiteral("hello@nebuleuse.studio"),
         QStringLiteral("06 12 34 56 78")},
        {QStringLiteral("Hôtel des Lilas"), 38000, QStringLiteral("direction@hoteldeslilas.fr"),
         QStringLiteral("04 74 11 22 33")},
    };
    for (auto& customer : customers) {
        Invoicing::ClientSpec spec;
        spec.name = customer.name;
        customer.id = Invoicing::addClient(temp.db(), spec);
        auto loaded = ClientRepository(temp.db()).load(customer.id);
        BUREAU_REQUIRE_OK(loaded);
        Client client = loaded.value();
        client.emails = {ContactChannel{customer.email, QString(), QString()}};
        client.phones = {ContactChannel{customer.phone, QString(), QString()}};
        BUREAU_REQUIRE_OK(ClientRepository(temp.db()).update(client));
    }
    struct Issued
    {
        BillingDocument document;
        int customer = 0;
    };
    QList<Issued> issued;
    for (int month = 1; month <= 11; ++month) {
        for (int c = 0; c < customers.size(); ++c) {
            const QDate day(2026, month, 3 + 4 * c);
            if (day > QDate(2026, 11, 25))
                continue;
            temp.clock().set(QDateTime(day, QTime(9, 0), Qt::UTC));
            const qint64 cents = customers.at(c).monthlyCents + (month % 3) * 4000 - c * 500;
            auto draft = Invoicing::draft(
                customers.at(c).id, {Invoicing::service(QStringLiteral("Assistance administrative"), 1000, cents)});
            draft.serviceFrom = QDate(2026, month, 1);
            draft.serviceTo = draft.serviceFrom.addMonths(1).addDays(-1);
            auto document = Invoicing::addAndIssue(temp.db(), draft);
            BUREAU_REQUIRE_OK(document);
            issued.append({document.value(), c});
        }
    }
    temp.clock().set(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    PaymentService payments(temp.db());
    for (const Issued& one : std::as_const(issued)) {
        const QDate paidOn = one.document.issueDate.addDays(18 + 5 * one.customer);
        // Left unpaid: Boulangerie Martin since August, the Cabinet's October, and what is not yet due.
        const bool unpaid = (one.customer == 1 && one.document.issueDate.month() >= 8)
                            || (one.customer == 2 && one.document.issueDate.month() == 10)
                            || (one.customer == 3 && one.document.issueDate.month() == 9)
                            || paidOn > QDate(2026, 11, 26);
        if (unpaid)
            continue;
        Payment payment;
        payment.clientId = customers.at(one.customer).id;
        payment.receivedOn = paidOn;
        payment.amount = Money::fromCents(one.document.dueCents, QStringLiteral("EUR"));
        payment.eurCents = one.document.dueCents;
        payment.method = one.customer == 3 ? Payment::Method::Card : Payment::Method::Transfer;
        payment.reference = QStringLiteral("VIR %1").arg(one.document.number);
        payment.allocations = {{one.document.id, one.document.dueCents, {}}};
        BUREAU_REQUIRE_OK(payments.add(payment));
    }
    // Owed to a client: the Hôtel paid its July invoice twice.
    for (const Issued& one : std::as_const(issued)) {
        if (one.customer != 4 || one.document.issueDate.month() != 7)
            continue;
        Payment twice;
        twice.clientId = customers.at(4).id;
        twice.receivedOn = QDate(2026, 8, 30);
        twice.amount = Money::fromCents(one.document.dueCents, QStringLiteral("EUR"));
        twice.method = Payment::Method::Transfer;
        twice.reference = QStringLiteral("VIR %1").arg(one.document.number);
        BUREAU_REQUIRE_OK(payments.add(twice));
    }

    // The receivables as the invoices view shows them: inside the page's margins.
    QWidget frame;
    frame.setObjectName(QStringLiteral("screenshotFrame"));
    auto* layout = new QVBoxLayout(&frame);
    layout->setContentsMargins(24, 24, 24, 24);
    auto* view = new ReceivablesView(context, &frame);
    layout->addWidget(view);
    frame.resize(windowSize.width() - 212, windowSize.height() - 60);
    frame.show();
    view->selectRow(0);
    QTest::qWait(100);
    CHECK(view->table()->model()->rowCount() > 3);
    CHECK(view->credits().size() == 1);
    CHECK(frame.grab().save(QDir(dir).filePath(QStringLiteral("receivables-%1.png").arg(language)), "PNG"));

    ReportsView reports(context);
    reports.resize(windowSize.width() - 212, windowSize.height() - 60);
    reports.showRevenue(true);
    reports.revenuePage()->setDeclarationPeriod(QDate(2026, 10, 1), false);
    reports.show();
    QTest::qWait(100);
    CHECK(reports.revenuePage()->rows().size() == 12);
    CHECK(reports.grab().save(QDir(dir).filePath(QStringLiteral("revenue-%1.png").arg(language)), "PNG"));

    // The payment dialog on an overdue invoice, for a person to look at (not in docs/).
    {
        PaymentDialog dialog(context, view->receivableAt(0).clientId, view->receivableAt(0).documentId);
        dialog.amountField()->setText(QStringLiteral("800"));
        emit dialog.amountField()->textEdited(dialog.amountField()->text());
        dialog.show();
        QTest::qWait(50);
        CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("payment-dialog-%1.png").arg(language)), "PNG"));
    }

    // The dashboard's invoices panel, for a person to look at (not in docs/).
    DashboardView dashboard(temp.db(), temp.clock());
    dashboard.resize(reports.size());
    dashboard.show();
    QTest::qWait(50);
    CHECK(dashboard.grab().save(QDir(dir).filePath(QStringLiteral("dashboard-invoices-%1.png").arg(language)), "PNG"));
    translations.apply(QStringLiteral("en"));
}

TEST_CASE("A refund pays back the client's credit", "[receivables][ui]")
{
    Fixture f;
    Payment advance;
    advance.clientId = f.client;
    advance.receivedOn = QDate(2026, 11, 20);
    advance.amount = Money::fromCents(5000, QStringLiteral("EUR"));
    advance.eurCents = 5000;
    BUREAU_REQUIRE_OK(PaymentService(f.temp.db()).add(advance));

    PaymentDialog dialog(f.context, f.client, 0);
    dialog.refundBox()->setChecked(true);
    // No invoice is overpaid: nothing to allocate, the refund comes out of the credit.
    CHECK(dialog.allocationTable()->rowCount() == 0);
    dialog.amountField()->setText(QStringLiteral("50"));
    emit dialog.amountField()->textEdited(dialog.amountField()->text());
    CHECK(dialog.remainderLabel()->text()
          == QStringLiteral("%1 will be taken from the client’s credit.").arg(eur(5000)));
    CHECK(dialog.payment().amount == Money::fromCents(-5000, QStringLiteral("EUR")));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto credit = PaymentService(f.temp.db()).clientCredit(f.client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(credit.value() == 0);
}

TEST_CASE("What is owed to a client is listed under the receivables and paid back from there", "[receivables][ui]")
{
    Fixture f;
    PaymentService payments(f.temp.db());
    // The not-yet-due invoice is paid, then wholly credited: 300.00 owed back; and 50.00 came in
    // for no invoice.
    Payment paid;
    paid.clientId = f.client;
    paid.receivedOn = QDate(2026, 11, 25);
    paid.amount = Money::fromCents(30000, QStringLiteral("EUR"));
    paid.allocations = {Payment::Allocation{f.notDue.id, 30000, QString()}};
    BUREAU_REQUIRE_OK(payments.add(paid));
    InvoiceIssuer issuer(f.temp.db(), QFileInfo(f.temp.path()).absolutePath());
    auto creditNote = issuer.createCreditNote(f.notDue.id);
    BUREAU_REQUIRE_OK(creditNote);
    BUREAU_REQUIRE_OK(issuer.issue(creditNote->id));
    Payment advance;
    advance.clientId = f.client;
    advance.receivedOn = QDate(2026, 11, 26);
    advance.amount = Money::fromCents(5000, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(payments.add(advance));

    ReceivablesView view(f.context);
    view.resize(1100, 700);
    view.show();
    QTest::qWait(20);
    REQUIRE(view.credits().size() == 1);
    CHECK(view.findChild<QWidget*>(QStringLiteral("receivablesCredits"))->isVisible());
    const QAbstractItemModel* credits = view.creditsTable()->model();
    REQUIRE(credits->rowCount() == 1);
    CHECK(credits->index(0, 0).data().toString() == QLatin1String("Atelier Dupont"));
    const QString from = credits->index(0, 1).data().toString();
    INFO(from.toStdString());
    CHECK(from.contains(f.notDue.number));
    CHECK(from.contains(eur(5000)));
    CHECK(credits->index(0, 2).data().toString() == eur(35000));
    // The overpaid invoice is not among what the client owes.
    CHECK(rowOf(view, f.notDue.id) < 0);

    // "Pay back…" opens the refund with the credit filled in, spread over the overpaid invoice first.
    bool checkedDialog = false;
    QTimer::singleShot(50, [&checkedDialog] {
        auto* dialog = qobject_cast<PaymentDialog*>(QApplication::activeModalWidget());
        // (No REQUIRE here: an exception must not cross Qt's event loop.)
        CHECK(dialog);
        if (!dialog)
            return;
        checkedDialog = true;
        CHECK(dialog->refundBox()->isChecked());
        CHECK(dialog->amountField()->text() == eur(35000));
        CHECK(dialog->allocationTable()->rowCount() == 1);
        if (dialog->allocationTable()->rowCount() == 1)
            CHECK(dialog->allocationTable()->item(0, 0)->checkState() == Qt::Checked);
        CHECK(dialog->remainderLabel()->text()
              == QStringLiteral("%1 will be taken from the client’s credit.").arg(eur(5000)));
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    view.refundSelectedCredit();
    CHECK(checkedDialog);
    CHECK(view.credits().isEmpty());
    CHECK_FALSE(view.findChild<QWidget*>(QStringLiteral("receivablesCredits"))->isVisible());
    auto credit = payments.clientCredit(f.client, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(credit.value() == 0);
    auto owedNow = payments.credits();
    BUREAU_REQUIRE_OK(owedNow);
    CHECK(owedNow->isEmpty());
}

TEST_CASE("Credit alone keeps the receivables view out of its empty state", "[receivables][ui]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store{temp->uuid()};
    AppContext context{temp.db(), temp.clock(), translations, &store, false};
    storeProfile(temp.db());
    const qint64 client = Invoicing::addClient(temp.db());
    Payment advance;
    advance.clientId = client;
    advance.receivedOn = QDate(2026, 11, 26);
    advance.amount = Money::fromCents(5000, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(PaymentService(temp.db()).add(advance));
    ReceivablesView view(context);
    CHECK_FALSE(view.isShowingEmptyState());
    REQUIRE(view.credits().size() == 1);
    CHECK(view.credits().first().unallocatedCents == 5000);
}

TEST_CASE("A credit in another currency than the client's is paid back in that currency", "[receivables][ui]")
{
    Fixture f;
    // The client is billed in euros; 100.00 USD came in once, for no invoice.
    Payment dollars;
    dollars.clientId = f.client;
    dollars.receivedOn = QDate(2026, 11, 26);
    dollars.amount = Money::fromCents(10000, QStringLiteral("USD"));
    dollars.eurCents = 9200;
    BUREAU_REQUIRE_OK(PaymentService(f.temp.db()).add(dollars));

    ReceivablesView view(f.context);
    REQUIRE(view.credits().size() == 1);
    CHECK(view.credits().first().currency == QLatin1String("USD"));
    bool checkedDialog = false;
    QTimer::singleShot(50, [&checkedDialog] {
        auto* dialog = qobject_cast<PaymentDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        checkedDialog = true;
        CHECK(dialog->refundBox()->isChecked());
        CHECK(dialog->amountField()->text() == Money::fromCents(10000, QStringLiteral("USD")).format(QLocale()));
        CHECK(dialog->payment().amount == Money::fromCents(-10000, QStringLiteral("USD")));
        // The euros paid back are asked for another currency.
        CHECK(dialog->eurField()->isVisibleTo(dialog));
        dialog->eurField()->setText(QStringLiteral("92"));
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    view.refundSelectedCredit();
    CHECK(checkedDialog);
    CHECK(view.credits().isEmpty());
    auto credit = PaymentService(f.temp.db()).clientCredit(f.client, QStringLiteral("USD"));
    BUREAU_REQUIRE_OK(credit);
    CHECK(credit.value() == 0);
}

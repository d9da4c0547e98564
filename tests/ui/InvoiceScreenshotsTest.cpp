// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of Invoices (the documents list) and of the invoice editor with a realistic invoice, for
// the README and for a person to look at. Hidden: run `bureau_ui_tests "[invoices-screenshots]"` with
// BUREAU_SCREENSHOT_DIR set (and optionally BUREAU_SCREENSHOT_LANG=fr, BUREAU_SCREENSHOT_SIZE=1024x640,
// BUREAU_SCREENSHOT_DARK=1). Writes invoices-LANG.png and invoice-editor-LANG.png (-dark- when dark).
#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/models/Roles.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/PaymentService.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"
#include "ui/invoices/InvoiceEditorDialog.h"
#include "ui/invoices/InvoiceLinesModel.h"
#include "ui/invoices/InvoicesView.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QDateTime>

using namespace Bureau;
using namespace Bureau::Test;
namespace Inv = Bureau::Test::Invoicing;

namespace
{

/** The demo profile (a franchise, complete): Invoicing::storeProfile's SIRET fails its check digit. */
void storeDemoProfile(Database& db)
{
    BUREAU_REQUIRE_OK(ProfileRepository(db).save(ProfileRepository::demoProfile()));
}

QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(9, 0), Qt::UTC);
}

qint64 issueOn(TempDatabase& temp, const BillingDocument& document, int month, int day)
{
    temp.clock().set(at(month, day));
    auto issued = Inv::addAndIssue(temp.db(), document);
    BUREAU_REQUIRE_OK(issued);
    return issued->id;
}

void pay(TempDatabase& temp, qint64 clientId, qint64 documentId, qint64 cents, int month, int day)
{
    temp.clock().set(at(month, day));
    Payment payment;
    payment.clientId = clientId;
    payment.receivedOn = QDate(2026, month, day);
    payment.amount = Money::fromCents(cents, QStringLiteral("EUR"));
    payment.eurCents = cents;
    payment.reference = QStringLiteral("VIR");
    payment.allocations = {Payment::Allocation{documentId, cents, QString()}};
    BUREAU_REQUIRE_OK(PaymentService(temp.db()).add(payment));
}

BillingDocument withTitle(BillingDocument document, const QString& title)
{
    document.title = title;
    return document;
}

} // namespace

TEST_CASE("Screenshots of the invoices list and editor", "[.][screenshots][invoices-screenshots]")
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

    storeDemoProfile(temp.db());
    const auto client = [&temp](const QString& name, const QString& siret) {
        Inv::ClientSpec spec;
        spec.name = name;
        spec.siret = siret;
        return Inv::addClient(temp.db(), spec);
    };
    const qint64 dupont = client(QStringLiteral("Atelier Dupont"), QStringLiteral("73282932000074"));
    const qint64 lumiere = client(QStringLiteral("Studio Lumière"), QStringLiteral("40483304800022"));
    const qint64 morel = client(QStringLiteral("Cabinet Morel Avocats"), QStringLiteral("38012986600048"));
    const qint64 epis = client(QStringLiteral("Boulangerie Les Deux Épis"), QStringLiteral("35600000000048"));
    Inv::ClientSpec northwindSpec;
    northwindSpec.name = QStringLiteral("Northwind Consulting Ltd");
    northwindSpec.country = QStringLiteral("GB");
    northwindSpec.language = QStringLiteral("en");
    northwindSpec.siret.clear();
    const qint64 northwind = Inv::addClient(temp.db(), northwindSpec);

    using Unit = DocumentLine::Unit;
    const auto hours = [](const QString& text, qint64 thousandths, qint64 rate) {
        return Inv::service(text, thousandths, rate, 0, Unit::Hour);
    };
    const qint64 aug = issueOn(temp, withTitle(Inv::draft(dupont, {hours(QStringLiteral("Assistance administrative — août"), 12500, 4500)}),
                                               QStringLiteral("Assistance administrative — août 2026")),
                               8, 31);
    pay(temp, dupont, aug, 56250, 9, 20);
    const qint64 sept = issueOn(temp, Inv::draft(morel, {hours(QStringLiteral("Gestion des rendez-vous"), 18000, 4000),
                                                         Inv::disbursement(QStringLiteral("Affranchissements"), 2460)}),
                                9, 30);
    pay(temp, morel, sept, 72000, 10, 15);
    const qint64 oct = issueOn(temp, Inv::draft(lumiere, {Inv::service(QStringLiteral("Forfait 20 h — octobre"), 1000, 90000, 0, Unit::Flat)}),
                               10, 5);
    (void)oct; // overdue at the end of November
    const qint64 octMorel = issueOn(temp, Inv::draft(morel, {hours(QStringLiteral("Secrétariat juridique"), 15000, 4000)}), 10, 31);
    pay(temp, morel, octMorel, 30000, 11, 20);
    issueOn(temp, Inv::draft(epis, {hours(QStringLiteral("Saisie des factures fournisseurs"), 6000, 3800)}), 11, 10);
    issueOn(temp, Inv::draft(northwind, {hours(QStringLiteral("Remote executive assistance"), 20000, 5000)}), 11, 16);
    issueOn(temp, Inv::draft(dupont, {Inv::service(QStringLiteral("Acompte 30 % — refonte du classement"), 1000, 45000, 0, Unit::Flat)},
                             BillingDocument::Kind::Deposit),
            11, 20);
    temp.clock().set(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    BUREAU_REQUIRE_OK(Inv::addDraft(temp.db(), withTitle(Inv::draft(lumiere, {Inv::service(QStringLiteral("Forfait 20 h — novembre"), 1000, 90000, 0, Unit::Flat)}),
                                                         QStringLiteral("Forfait novembre 2026"))));

    InvoicesView view(context);
    view.resize(windowSize.width() - 212, windowSize.height() - 60);
    view.setKindFilter(DocumentListModel::KindFilter::All);
    view.show();
    QTest::qWait(100);
    CHECK(view.model()->rowCount() >= 7);
    // An overdue invoice selected: its actions under the list.
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->index(row, DocumentListModel::Status).data(RawValueRole).toString() == QLatin1String("overdue")) {
            view.selectDocument(view.model()->idAt(row));
            break;
        }
    }
    QTest::qWait(50);
    const QString listName = dark ? QStringLiteral("invoices-dark-%1.png") : QStringLiteral("invoices-%1.png");
    CHECK(view.grab().save(QDir(dir).filePath(listName.arg(language)), "PNG"));

    // A realistic invoice being written: hours, a flat fee, a disbursement.
    BillingDocument draft = Inv::draft(dupont, {hours(QStringLiteral("Assistance administrative — novembre"), 14500, 4500),
                                                Inv::service(QStringLiteral("Mise en place du classement numérique"), 1000, 35000, 0, Unit::Flat),
                                                hours(QStringLiteral("Relances clients"), 2250, 4500),
                                                Inv::disbursement(QStringLiteral("Lettres recommandées (3)"), 1587)});
    draft.title = QStringLiteral("Assistance administrative — novembre 2026");
    draft.purchaseOrder = QStringLiteral("BC-2026-118");
    auto stored = Inv::addDraft(temp.db(), draft);
    BUREAU_REQUIRE_OK(stored);
    InvoiceEditorDialog editor(context, stored.value());
    editor.resize(std::min(windowSize.width() - 120, 1100), std::min(windowSize.height() - 60, 700));
    editor.show();
    QTest::qWait(100);
    CHECK(editor.linesModel()->rowCount() == 4);
    // The disbursement carries its receipt, and is the line selected.
    TempDir receipts;
    const QString receipt = receipts.file(QStringLiteral("recommandes-poste.pdf"));
    writeAll(receipt, "%PDF-1.4");
    REQUIRE(editor.attachReceipt(3, receipt));
    editor.linesTable()->setCurrentIndex(editor.linesModel()->index(3, InvoiceLinesModel::Description));
    QTest::qWait(50);
    const QString editorName = dark ? QStringLiteral("invoice-editor-dark-%1.png") : QStringLiteral("invoice-editor-%1.png");
    CHECK(editor.grab().save(QDir(dir).filePath(editorName.arg(language)), "PNG"));

    translations.apply(QStringLiteral("en"));
    if (dark) {
        QApplication::setPalette(oldPalette);
        qApp->setStyleSheet(Theme::styleSheet(QApplication::palette()));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Importing and exporting clients from the Clients view (issue 4, item 10): the preview dialog on
// real vCard files, duplicates, a malformed file, the CSV export.
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/models/ClientListModel.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/OnboardingRepository.h"
#include "core/storage/ProfileRepository.h"
#include "ui/clients/ClientExportActions.h"
#include "ui/clients/ClientImportDialog.h"
#include "ui/clients/ClientsView.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

/** The vcf/ folder of interopDir(). */
QString vcfDir()
{
    return QDir::cleanPath(interopDir() + QStringLiteral("/vcf"));
}

bool underCi()
{
    return qEnvironmentVariable("CI") == QStringLiteral("true");
}

/** The path of a shared vCard file; empty (the test skips, or fails under CI) when it is missing. */
QString sharedVcf(const QString& name)
{
    const QString path = QDir(vcfDir()).filePath(name);
    if (QFile::exists(path))
        return path;
    if (underCi())
        FAIL("The interop vCard file is missing: " << path.toStdString());
    return {};
}

struct Fixture
{
    TempDatabase temp;
    TempDir settingsDir;
    Translations translations;
    MemoryCredentialStore store{temp->uuid()};
    AppContext context{temp.db(), temp.clock(), translations, &store, false};

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
        translations.apply(QStringLiteral("en"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    qint64 addClient(const QString& name, const QString& email)
    {
        Client client;
        client.name = name;
        client.emails = {ContactChannel{email, QString(), QString()}};
        auto added = ClientRepository(temp.db()).add(client);
        BUREAU_REQUIRE_OK(added);
        return added.value();
    }

    int clientCount()
    {
        auto ids = ClientRepository(temp.db()).search(QString(), 10000, true);
        BUREAU_REQUIRE_OK(ids);
        return int(ids->size());
    }
};

/** Acts on the next modal dialog of type @p Dialog once open; @p act must close it (else it fails the test). */
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

int rowNamed(const ClientImportDialog& dialog, const QString& name)
{
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        if (dialog.table()->item(row, ClientImportDialog::Name)->text() == name)
            return row;
    }
    return -1;
}

QStringList listNames(const ClientsView& view)
{
    QStringList out;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        out << view.model()->index(row, ClientListModel::Name).data().toString();
    return out;
}

} // namespace

TEST_CASE("A vCard file is imported through the preview with one row skipped and a duplicate skipped",
          "[ui][clients][import]")
{
    const QString path = sharedVcf(QStringLiteral("gmail_export_multi_contacts.vcf"));
    if (path.isEmpty()) {
        SUCCEED("skipped: no interop vCard folder at " << vcfDir().toStdString());
        return;
    }
    Fixture fixture;
    // Already a client, under another name, with the e-mail of one of the cards.
    fixture.addClient(QStringLiteral("Beatle Consulting"), QStringLiteral("chrisy55d@yahoo.com"));
    ClientsView view(fixture.context);
    view.resize(1024, 640);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.exportActions()->button()->isVisible());
    CHECK(view.model()->rowCount() == 1);

    bool sawDuplicate = false;
    onNextDialog<ClientImportDialog>([&](ClientImportDialog& dialog) {
        CHECK(dialog.table()->rowCount() == 3);
        const int chris = rowNamed(dialog, QStringLiteral("Chris Beatle"));
        const int arnold = rowNamed(dialog, QStringLiteral("Arnold Smith"));
        const int doug = rowNamed(dialog, QStringLiteral("Doug White"));
        REQUIRE(chris >= 0);
        REQUIRE(arnold >= 0);
        REQUIRE(doug >= 0);
        // The duplicate says which client it repeats, and is skipped unless the user says otherwise.
        const QString status = dialog.table()->item(chris, ClientImportDialog::Status)->text();
        sawDuplicate = status.contains(QStringLiteral("Beatle Consulting"));
        CHECK(status.contains(QStringLiteral("e-mail"), Qt::CaseInsensitive));
        CHECK(dialog.actions().at(chris) == ClientImporter::Action::Skip);
        CHECK(dialog.actions().at(arnold) == ClientImporter::Action::Import);
        CHECK(dialog.summaryLabel()->text().contains(ClientImportDialog::tr("%n client(s) to import.", "", 2)));
        CHECK(dialog.summaryLabel()->text().contains(ClientImportDialog::tr("%n duplicate(s) skipped.", "", 1)));
        // Persons: the professional flag is the user's; Doug is a private person.
        QTableWidgetItem* professional = dialog.table()->item(doug, ClientImportDialog::Professional);
        CHECK(professional->checkState() == Qt::Checked);
        dialog.setProfessional(doug, false);
        // Arnold is not wanted: the row's action, through its combo box.
        QComboBox* box = dialog.actionBox(arnold);
        REQUIRE(box);
        box->setCurrentIndex(box->findData(int(ClientImporter::Action::Skip)));
        CHECK(dialog.summaryLabel()->text().contains(ClientImportDialog::tr("%n client(s) to import.", "", 1)));
        CHECK(dialog.importButton()->text() == ClientImportDialog::tr("Import %n client(s)", "", 1));
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    });
    CHECK(view.exportActions()->importFile(path));
    CHECK(sawDuplicate);

    // The list reloaded; the database holds the stored client and Doug only.
    CHECK(listNames(view) == QStringList({QStringLiteral("Beatle Consulting"), QStringLiteral("Doug White")}));
    CHECK(fixture.clientCount() == 2);
    CHECK(view.exportActions()->lastStatus() == ClientExportActions::tr("%n client(s) imported.", "", 1));
    auto found = ClientRepository(fixture.temp.db()).search(QStringLiteral("Doug White"), 10, true);
    BUREAU_REQUIRE_OK(found);
    REQUIRE(found->size() == 1);
    auto doug = ClientRepository(fixture.temp.db()).load(found->first());
    BUREAU_REQUIRE_OK(doug);
    CHECK_FALSE(doug->professional);
    // The new client has its onboarding checklist, as one added by hand.
    auto progress = OnboardingRepository(fixture.temp.db()).progress(doug->id);
    BUREAU_REQUIRE_OK(progress);
    CHECK(progress->total > 0);
}

TEST_CASE("A malformed vCard file shows the importer's error and adds nothing", "[ui][clients][import]")
{
    const QString path = sharedVcf(QStringLiteral("evolution_missing_end_vcard.vcf"));
    if (path.isEmpty()) {
        SUCCEED("skipped: no interop vCard folder at " << vcfDir().toStdString());
        return;
    }
    Fixture fixture;
    ClientsView view(fixture.context);
    view.resize(1024, 640);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // The empty list offers the import beside "New client".
    CHECK(view.isShowingEmptyState());
    CHECK(view.exportActions()->emptyImportButton()->isVisible());
    CHECK(view.exportActions()->emptyImportButton()->text() == QStringLiteral("Import from a vCard file"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(view.exportActions()->importFile(path));
    CHECK(MessageBox::lastText().contains(QStringLiteral("line"), Qt::CaseInsensitive));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(fixture.clientCount() == 0);
    CHECK(view.isShowingEmptyState());
}

TEST_CASE("Importing the same file twice flags every card as a duplicate and skips it", "[ui][clients][import]")
{
    const QString path = sharedVcf(QStringLiteral("thunderbird_v40_export_multi.vcf"));
    if (path.isEmpty()) {
        SUCCEED("skipped: no interop vCard folder at " << vcfDir().toStdString());
        return;
    }
    Fixture fixture;
    ClientImportDialog first(fixture.temp.db());
    REQUIRE(first.openFile(path));
    const int cards = first.table()->rowCount();
    REQUIRE(cards > 0);
    first.accept();
    CHECK(first.result() == QDialog::Accepted);
    const int stored = fixture.clientCount();
    CHECK(stored == first.summary().imported);

    ClientImportDialog second(fixture.temp.db());
    REQUIRE(second.openFile(path));
    REQUIRE(second.table()->rowCount() == cards);
    for (int row = 0; row < cards; ++row) {
        CHECK(second.preview().candidates.at(row).isDuplicate());
        CHECK(second.actions().at(row) == ClientImporter::Action::Skip);
        CHECK_FALSE(second.table()->item(row, ClientImportDialog::Status)->text().isEmpty());
    }
    CHECK_FALSE(second.importButton()->isEnabled());
    CHECK(fixture.clientCount() == stored);
}

TEST_CASE("The CSV export writes one row per client the list shows", "[ui][clients][export]")
{
    Fixture fixture;
    for (int i = 0; i < 7; ++i)
        fixture.addClient(QStringLiteral("Client %1").arg(i), QStringLiteral("c%1@example.fr").arg(i));
    fixture.addClient(QStringLiteral("Zéphyr Études"), QStringLiteral("z@example.fr"));
    ClientsView view(fixture.context);
    // Two rows a page, so the export has to fetch the rest of the list.
    view.model()->setPageSize(2);
    view.model()->reload();
    view.resize(1024, 640);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.model()->canFetchMore({}));

    TempDir dir;
    const QString csvPath = QDir(dir.path()).filePath(QStringLiteral("clients.csv"));
    REQUIRE(view.exportActions()->exportCsv(csvPath, true));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    CHECK(lines.size() == 1 + view.model()->rowCount());
    CHECK(view.model()->rowCount() == 8);
    CHECK(bytes.contains(QStringLiteral("Zéphyr Études").toUtf8()));
    CHECK(view.exportActions()->lastStatus()
          == ClientExportActions::tr("%n client(s) exported to “%1”.", "", 8).arg(QStringLiteral("clients.csv")));

    // The vCard export holds what the list shows: a search narrows it.
    view.model()->setSearchText(QStringLiteral("zephyr"));
    const QString vcfPath = QDir(dir.path()).filePath(QStringLiteral("clients.vcf"));
    REQUIRE(view.exportActions()->exportVCard(vcfPath));
    QFile vcf(vcfPath);
    REQUIRE(vcf.open(QIODevice::ReadOnly));
    const QByteArray cards = vcf.readAll();
    CHECK(cards.count("BEGIN:VCARD") == 1);
    CHECK(cards.contains(QStringLiteral("Zéphyr Études").toUtf8()));
}

TEST_CASE("Screenshots of the client import dialog", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("BUREAU_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    const QString language = qEnvironmentVariable("BUREAU_SCREENSHOT_LANG", QStringLiteral("en"));
    qApp->setStyleSheet(Theme::styleSheet(QApplication::palette()));
    Fixture fixture;
    fixture.translations.apply(language);
    fixture.addClient(QStringLiteral("Beatle Consulting"), QStringLiteral("chrisy55d@yahoo.com"));

    // A file with companies, persons, a duplicate and values the importer had to set aside.
    TempDir temp;
    QByteArray bytes;
    for (const QString& name : {QStringLiteral("gmail_export_multi_contacts.vcf"),
                                QStringLiteral("thunderbird_v40_export_multi.vcf"),
                                QStringLiteral("kaddressbook_v40_full.vcf"), QStringLiteral("french_accent_no_version.vcf"),
                                QStringLiteral("outlook_charset_windows1252.vcf")}) {
        QFile file(QDir(vcfDir()).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        bytes += file.readAll().trimmed() + "\r\n";
    }
    const QString path = QDir(temp.path()).filePath(QStringLiteral("contacts.vcf"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    ClientsView view(fixture.context);
    view.resize(1024 - 212, 640 - 60);
    view.show();
    ClientImportDialog dialog(fixture.temp.db(), &view);
    REQUIRE(dialog.openFile(path));
    dialog.resize(976, 592);
    dialog.show();
    QTest::qWait(50);
    CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("dialog-import.png")), "PNG"));
    dialog.close();
    view.exportActions()->button()->menu()->popup(view.exportActions()->button()->mapToGlobal(QPoint(0, 0)));
    QTest::qWait(50);
    CHECK(view.grab().save(QDir(dir).filePath(QStringLiteral("list-import-menu.png")), "PNG"));
    view.exportActions()->button()->menu()->close();
    fixture.translations.apply(QStringLiteral("en"));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The Clients area driven through its real widgets, on a real database (issue 4, "Done when").
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/models/ClientListModel.h"
#include "core/models/Roles.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/ReceptionRepository.h"
#include "ui/clients/ChannelListEditor.h"
#include "ui/clients/ClientAccessesTab.h"
#include "ui/clients/ClientActions.h"
#include "ui/clients/ClientContactsTab.h"
#include "ui/clients/ClientEditorDialog.h"
#include "ui/clients/ClientForm.h"
#include "ui/clients/ClientMissionsTab.h"
#include "ui/clients/ClientPage.h"
#include "ui/clients/ClientTimelineTab.h"
#include "ui/clients/ClientsView.h"
#include "ui/clients/ContactDialog.h"
#include "ui/clients/InteractionDialog.h"
#include "ui/clients/MissionDialog.h"
#include "ui/clients/ReceptionCard.h"
#include "ui/clients/WorkingSlotsEditor.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/CountryComboBox.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PillLabel.h"
#include "ui/widgets/TimeZoneComboBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
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
    MemoryCredentialStore store{temp->uuid()};
    AppContext context{temp.db(), temp.clock(), translations, &store, false};

    Fixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        translations.apply(QStringLiteral("en"));
        // The user works from Paris (the profile's zone), whatever the machine's zone.
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

    qint64 addClient(const QString& name, const QString& country = QStringLiteral("FR"))
    {
        Client client;
        client.name = name;
        client.country = country;
        client.timeZone = Client::defaultTimeZone(country);
        client.emails = {ContactChannel{QStringLiteral("hello@example.fr"), QString(), QString()}};
        auto added = ClientRepository(temp.db()).add(client);
        BUREAU_REQUIRE_OK(added);
        return added.value();
    }
};

/**
 * Acts on the next modal dialog of type @p Dialog once it is open (the code under test opens it
 * with exec()). @p act must close it; one left open is rejected and fails the test, so a run never
 * hangs on a dialog.
 */
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
                timer->deleteLater();
                timer->stop();
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

/** Types @p text as key events, non-ASCII characters included (QTest::keyClicks aborts on them). */
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void search(ClientsView& view, const QString& text)
{
    QLineEdit* field = view.searchField();
    field->clear();
    typeText(field, text);
    QTest::qWait(ClientsView::SearchDelayMs + 30);
}

QStringList names(const QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, ClientListModel::Name).data().toString();
    return out;
}

QAction* menuAction(QMenu* menu, const QString& objectName)
{
    emit menu->aboutToShow();
    for (QAction* action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A client with a contact and a mission is created searched edited and archived", "[ui][clients]")
{
    Fixture fixture;
    ClientsView view(fixture.context);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.isShowingEmptyState());
    CHECK(view.emptyState()->actionButton()->isVisible());

    // New client, through the editor: a name with an accent, typed; Canada as the country.
    onNextDialog<ClientEditorDialog>([](ClientEditorDialog& dialog) {
        ClientForm* form = dialog.form();
        auto* name = qobject_cast<QLineEdit*>(form->editor(QString(Client::Field::name)));
        CHECK(name);
        if (!name)
            return dialog.reject();
        typeText(name, QStringLiteral("Atelier Élodie Roy"));
        typeText(form->emailsEditor()->firstEdit(), QStringLiteral("elodie@atelier.ca"));
        typeText(form->phonesEditor()->firstEdit(), QStringLiteral("+1 514 555 0199"));
        CountryComboBox* country = form->countryBox();
        country->setCurrentIndex(country->findData(QStringLiteral("CA")));
        // The zone follows the country while the user has not picked one.
        CHECK(form->timeZoneBox()->zoneId() == Client::defaultTimeZone(QStringLiteral("CA")));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(view.primaryButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return view.isShowingClient(); }, 3000));
    ClientPage* page = view.clientPage();
    const qint64 clientId = page->client().id;
    REQUIRE(clientId > 0);
    CHECK(page->nameLabel()->fullText() == QStringLiteral("Atelier Élodie Roy"));
    CHECK(page->client().timeZone == QStringLiteral("America/Toronto"));
    CHECK(page->client().phones.value(0).e164 == QStringLiteral("+15145550199"));
    // Fixed clock 10:00 UTC: 05:00 in Toronto, 11:00 in Paris.
    CHECK(page->localTimeLabel()->text().contains(QLatin1String("05:00")));
    CHECK(page->localTimeLabel()->text().contains(QLatin1String("11:00")));
    CHECK(page->statusPill()->text() == Client::statusText(Client::Status::Active));

    // A contact.
    onNextDialog<ContactDialog>([](ContactDialog& dialog) {
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("email"));
        CHECK((name && email));
        if (!name || !email)
            return dialog.reject();
        QTest::keyClicks(name, QStringLiteral("Jeanne Roy"));
        QTest::keyClicks(email, QStringLiteral("jeanne@atelier.ca"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    });
    page->tabs()->setCurrentIndex(ClientPage::ContactsTab);
    QTest::mouseClick(page->contactsTab()->addButton()->isVisible() ? page->contactsTab()->addButton()
                                                                    : page->contactsTab()->emptyState()->actionButton(),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page->contactsTab()->list()->topLevelItemCount() == 1; }, 3000));
    CHECK(page->contactsTab()->list()->topLevelItem(0)->text(0) == QStringLiteral("Jeanne Roy"));
    // The first contact is the main one, and says so.
    CHECK_FALSE(page->contactsTab()->list()->topLevelItem(0)->text(1).isEmpty());

    // A mission with working hours in Toronto, shown live in the user's zone (Paris, 6 hours later).
    onNextDialog<MissionDialog>([](MissionDialog& dialog) {
        auto* title = dialog.findChild<QLineEdit*>(QStringLiteral("title"));
        CHECK(title);
        if (!title)
            return dialog.reject();
        QTest::keyClicks(title, QStringLiteral("Administrative assistance"));
        dialog.slotsEditor()->addSlot(WorkingSlot{1, 9 * 60, 12 * 60});
        CHECK(dialog.slotsEditor()->equivalentLabel()->text().contains(QLatin1String("15:00")));
        CHECK(dialog.slotsEditor()->equivalentLabel()->text().contains(QLatin1String("18:00")));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    });
    page->tabs()->setCurrentIndex(ClientPage::MissionsTab);
    CHECK(page->missionsTab()->addMission() > 0);
    REQUIRE(page->missionsTab()->list()->topLevelItemCount() == 1);
    auto missions = MissionRepository(fixture.temp.db()).listForClient(clientId);
    BUREAU_REQUIRE_OK(missions);
    REQUIRE(missions->size() == 1);
    CHECK(missions->first().timeZone == QStringLiteral("America/Toronto"));
    CHECK(missions->first().workingSlots == QList<WorkingSlot>{WorkingSlot{1, 540, 720}});
    // The timeline tells of the new mission.
    CHECK(page->timelineTab()->list()->count() >= 1);

    // Back to the list: one client, found by search, accents or not.
    QTest::mouseClick(page->backButton(), Qt::LeftButton);
    CHECK_FALSE(view.isShowingClient());
    CHECK(view.model()->rowCount() == 1);
    CHECK(view.table()->currentIndex().data(IdRole).toLongLong() == clientId);
    search(view, QStringLiteral("elodie"));
    CHECK(names(view.model()) == QStringList{QStringLiteral("Atelier Élodie Roy")});
    search(view, QStringLiteral("ÉLOD"));
    CHECK(names(view.model()) == QStringList{QStringLiteral("Atelier Élodie Roy")});
    search(view, QStringLiteral("jeanne"));
    CHECK(view.model()->rowCount() == 1);
    search(view, QStringLiteral("zzzz"));
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.noResults()->isVisible());
    search(view, QString());
    CHECK(view.model()->rowCount() == 1);
    CHECK(view.table()->isVisible());

    // Edit: paused, in Montréal; the list shows the new status.
    REQUIRE(view.openClient(clientId));
    onNextDialog<ClientEditorDialog>([](ClientEditorDialog& dialog) {
        auto* status = qobject_cast<QComboBox*>(dialog.form()->editor(QString(Client::Field::status)));
        auto* city = qobject_cast<QLineEdit*>(dialog.form()->editor(QString(Client::Field::city)));
        CHECK((status && city));
        if (!status || !city)
            return dialog.reject();
        status->setCurrentIndex(status->findData(QStringLiteral("paused")));
        typeText(city, QStringLiteral("Montréal"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    CHECK(page->statusPill()->text() == Client::statusText(Client::Status::Paused));
    CHECK(page->client().city == QStringLiteral("Montréal"));
    view.showList();
    CHECK(view.model()->index(0, ClientListModel::Status).data(RawValueRole).toString() == QStringLiteral("paused"));
    CHECK(view.model()->index(0, ClientListModel::City).data().toString() == QStringLiteral("Montréal"));

    // Switch language: the list speaks French, the rows stay.
    fixture.translations.apply(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    CHECK(view.model()->headerData(ClientListModel::Name, Qt::Horizontal).toString() == QStringLiteral("Nom"));
    CHECK(view.model()->rowCount() == 1);
    REQUIRE(view.openClient(clientId));
    CHECK(page->nameLabel()->fullText() == QStringLiteral("Atelier Élodie Roy"));
    fixture.translations.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(view.model()->headerData(ClientListModel::Name, Qt::Horizontal).toString() == QStringLiteral("Name"));

    // Archive from the page: gone from the default list, back with "Show archived".
    QAction* archive = menuAction(page->moreMenu(), QStringLiteral("archiveAction"));
    REQUIRE(archive);
    archive->trigger();
    CHECK(page->client().archived);
    view.showList();
    CHECK(view.model()->rowCount() == 0);
    CHECK_FALSE(view.isShowingEmptyState()); // the client exists: "no results", not "add your first client"
    view.archivedToggle()->setChecked(true);
    CHECK(names(view.model()) == QStringList{QStringLiteral("Atelier Élodie Roy")});
    CHECK(view.countLabel()->text().contains(QLatin1String("1")));
}

TEST_CASE("The client editor shows problems beside their fields and keeps what was typed", "[ui][clients]")
{
    Fixture fixture;
    ClientEditorDialog dialog(fixture.temp.db(), Client());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    ClientForm* form = dialog.form();
    auto* name = qobject_cast<QLineEdit*>(form->editor(QString(Client::Field::name)));
    auto* siret = qobject_cast<QLineEdit*>(form->editor(QString(Client::Field::siret)));
    REQUIRE((name && siret));

    // Nothing typed: saving says the name is missing, next to it, and stores nothing.
    CHECK_FALSE(dialog.save());
    CHECK(form->fieldsInError() == QStringList{QString(Client::Field::name)});
    CHECK(form->errorLabel(QString(Client::Field::name))->isVisible());

    QTest::keyClicks(name, QStringLiteral("Cabinet Durand"));
    QTest::keyClicks(siret, QStringLiteral("12345"));
    typeText(form->emailsEditor()->firstEdit(), QStringLiteral("not an address"));
    CHECK_FALSE(dialog.save());
    CHECK(form->fieldsInError().contains(QString(Client::Field::siret)));
    CHECK(form->fieldsInError().contains(QString(Client::Field::emails)));
    CHECK_FALSE(form->fieldsInError().contains(QString(Client::Field::name)));
    // Every character typed is still there.
    CHECK(name->text() == QStringLiteral("Cabinet Durand"));
    CHECK(siret->text() == QStringLiteral("12345"));
    CHECK(form->emailsEditor()->firstEdit()->text() == QStringLiteral("not an address"));
    auto stored = ClientRepository(fixture.temp.db()).search(QString(), 10, true);
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->isEmpty());

    // A private company is refused; a private person is fine.
    auto* privateButton = form->findChild<QAbstractButton*>(QStringLiteral("private"));
    REQUIRE(privateButton);
    CHECK_FALSE(privateButton->isEnabled());
    form->findChild<QAbstractButton*>(QStringLiteral("kindPerson"))->click();
    CHECK(privateButton->isEnabled());
    privateButton->click();
    siret->clear();
    form->emailsEditor()->firstEdit()->clear();
    CHECK(dialog.save());
    auto saved = ClientRepository(fixture.temp.db()).load(dialog.savedId());
    BUREAU_REQUIRE_OK(saved);
    CHECK(saved->kind == Client::Kind::Person);
    CHECK_FALSE(saved->professional);
}

TEST_CASE("A zone picked by hand is kept when the country changes", "[ui][clients]")
{
    ClientForm form;
    Client client;
    form.setClient(client);
    form.timeZoneBox()->setZoneId(QStringLiteral("Asia/Tokyo"));
    emit form.timeZoneBox()->zoneChosen(QStringLiteral("Asia/Tokyo"));
    form.countryBox()->setCurrentIndex(form.countryBox()->findData(QStringLiteral("US")));
    CHECK(form.client().timeZone == QStringLiteral("Asia/Tokyo"));
    CHECK(form.client().country == QStringLiteral("US"));
    // Documents follow the country until the user chooses a language.
    CHECK(form.client().language == QStringLiteral("en"));
}

TEST_CASE("The time zone list is searchable and shows offsets", "[ui][clients]")
{
    const qint64 winter = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    CHECK(TimeZoneComboBox::offsetText(QStringLiteral("America/Toronto"), winter) == QStringLiteral("UTC−05:00"));
    CHECK(TimeZoneComboBox::offsetText(QStringLiteral("Asia/Kolkata"), winter) == QStringLiteral("UTC+05:30"));
    CHECK(TimeZoneComboBox::offsetText(QStringLiteral("UTC"), winter) == QStringLiteral("UTC"));
    TimeZoneComboBox box;
    box.setZoneId(QStringLiteral("Europe/Paris"));
    CHECK(box.zoneId() == QStringLiteral("Europe/Paris"));
    CHECK(box.currentText().startsWith(QLatin1String("Europe/Paris (UTC")));
    // Typed in another case, or with its offset, it reads back as the id; unknown text stays as typed.
    box.setEditText(QStringLiteral("asia/tokyo"));
    CHECK(box.zoneId() == QStringLiteral("Asia/Tokyo"));
    box.setEditText(QStringLiteral("Mars/Olympus"));
    CHECK(box.zoneId() == QStringLiteral("Mars/Olympus"));
    box.completer()->setCompletionPrefix(QStringLiteral("montreal"));
    CHECK(box.completer()->completionCount() >= 1);
    CHECK(box.completer()->currentCompletion().startsWith(QLatin1String("America/Montreal")));
}

TEST_CASE("An access password is revealed briefly and copied for a short time", "[ui][clients][secrets]")
{
    Fixture fixture;
    const qint64 clientId = fixture.addClient(QStringLiteral("Atelier Azur"));
    const QString secret = QStringLiteral("pw-%1-Élodie").arg(QDateTime::currentMSecsSinceEpoch());
    ClientAccess access;
    access.clientId = clientId;
    access.service = QStringLiteral("Qonto");
    access.username = QStringLiteral("azur");
    auto added = ClientAccessService(fixture.temp.db(), fixture.store).add(access, secret);
    BUREAU_REQUIRE_OK(added);

    ClientsView view(fixture.context);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openClient(clientId));
    ClientAccessesTab* tab = view.clientPage()->accessesTab();
    view.clientPage()->tabs()->setCurrentWidget(tab);
    tab->setSecretTimeoutMs(300);
    REQUIRE(tab->list()->topLevelItemCount() == 1);
    tab->list()->setCurrentItem(tab->list()->topLevelItem(0));
    // The list never shows the secret.
    for (int column = 0; column < tab->list()->columnCount(); ++column)
        CHECK_FALSE(tab->list()->topLevelItem(0)->text(column).contains(secret));

    auto* reveal = tab->findChild<QPushButton*>(QStringLiteral("revealSecret"));
    REQUIRE(reveal);
    QTest::mouseClick(reveal, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return tab->revealedField()->text() == secret; }, 3000));
    CHECK(tab->revealPanel()->isVisible());
    // Hidden again after the timeout.
    CHECK(QTest::qWaitFor([&] { return !tab->revealPanel()->isVisible(); }, 3000));
    CHECK(tab->revealedField()->text().isEmpty());

    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    auto* copy = tab->findChild<QPushButton*>(QStringLiteral("copySecret"));
    REQUIRE(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return clipboard->text() == secret; }, 3000));
    CHECK(QTest::qWaitFor([&] { return clipboard->text().isEmpty(); }, 3000));

    // What the user copies after it is theirs: it is not cleared.
    QTest::mouseClick(copy, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return clipboard->text() == secret; }, 3000));
    clipboard->setText(QStringLiteral("something else"));
    QTest::qWait(500);
    CHECK(clipboard->text() == QStringLiteral("something else"));

    // Revoked: the secret is gone, the record stays.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    tab->revoke(added->id);
    CHECK(tab->list()->topLevelItem(0)->data(4, RawValueRole).toString() == QStringLiteral("revoked"));
    CHECK_FALSE(reveal->isEnabled());
    CHECK(fixture.store.vault()->size() == 0);
}

TEST_CASE("The reception card shows the instructions from the list and the page", "[ui][clients]")
{
    Fixture fixture;
    const qint64 clientId = fixture.addClient(QStringLiteral("Cabinet Durand"));
    ReceptionInstructions instructions;
    instructions.clientId = clientId;
    instructions.greeting = QStringLiteral("Cabinet Durand, bonjour !");
    instructions.putThrough = QStringLiteral("Maître Durand for clients only.");
    instructions.urgentContact = QStringLiteral("Paul Durand, 06 12 34 56 78");
    instructions.answers = {ReceptionAnswer{QStringLiteral("Parking?"), QStringLiteral("Rue Garibaldi car park.")}};
    BUREAU_REQUIRE_OK(ReceptionRepository(fixture.temp.db()).save(instructions));

    ClientsView view(fixture.context);
    view.resize(1024, 640);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    // Ctrl+R on the selected client.
    QTest::keyClick(view.table(), Qt::Key_R, Qt::ControlModifier);
    ReceptionCard* card = view.findChild<ReceptionCard*>();
    REQUIRE(card);
    CHECK(card->isVisible());
    const QString shown = card->shownText();
    CHECK(shown.contains(instructions.greeting));
    CHECK(shown.contains(instructions.urgentContact));
    CHECK(shown.contains(QLatin1String("Rue Garibaldi car park.")));
    card->close();
    QCoreApplication::processEvents();

    // From the page, by its button.
    REQUIRE(view.openClient(clientId));
    QTest::mouseClick(view.clientPage()->receptionButton(), Qt::LeftButton);
    ReceptionCard* fromPage = view.clientPage()->findChild<ReceptionCard*>();
    REQUIRE(fromPage);
    CHECK(fromPage->shownText().contains(instructions.putThrough));
    fromPage->close();
}

TEST_CASE("An interaction is logged in the user's zone and shown in both", "[ui][clients]")
{
    Fixture fixture;
    const qint64 clientId = fixture.addClient(QStringLiteral("Maple Studio"), QStringLiteral("CA"));
    ClientsView view(fixture.context);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openClient(clientId));
    onNextDialog<InteractionDialog>([](InteractionDialog& dialog) {
        // Now (10:00 UTC) is 11:00 in Paris, and 05:00 for the client in Toronto.
        CHECK(dialog.whenEdit()->time() == QTime(11, 0));
        CHECK(dialog.zonesLabel()->text().contains(QLatin1String("05:00")));
        auto* summary = dialog.findChild<QLineEdit*>(QStringLiteral("summary"));
        CHECK(summary);
        if (!summary)
            return dialog.reject();
        QTest::keyClicks(summary, QStringLiteral("Agreed on the new schedule"));
        dialog.withWhomBox()->setEditText(QStringLiteral("The accountant"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    });
    ClientTimelineTab* timeline = view.clientPage()->timelineTab();
    CHECK(timeline->logInteraction() > 0);
    REQUIRE(timeline->list()->count() >= 1);
    QListWidgetItem* first = timeline->list()->item(0);
    CHECK(first->text().contains(QLatin1String("Agreed on the new schedule")));
}

TEST_CASE("A client without documents can be deleted and the list follows", "[ui][clients]")
{
    Fixture fixture;
    const qint64 keep = fixture.addClient(QStringLiteral("Keep Me"));
    const qint64 gone = fixture.addClient(QStringLiteral("Delete Me"));
    ClientsView view(fixture.context);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.model()->rowCount() == 2);
    REQUIRE(view.openClient(gone));
    QAction* remove = menuAction(view.clientPage()->moreMenu(), QStringLiteral("deleteAction"));
    REQUIRE(remove);
    CHECK(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    CHECK_FALSE(view.isShowingClient());
    CHECK(names(view.model()) == QStringList{QStringLiteral("Keep Me")});
    auto loaded = ClientRepository(fixture.temp.db()).load(gone);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().kind == Error::Kind::NotFound);
    CHECK(view.model()->idAt(0) == keep);
}

TEST_CASE("Another process's change shows on the list and the open page", "[ui][clients]")
{
    Fixture fixture;
    const qint64 clientId = fixture.addClient(QStringLiteral("Old Name"));
    ClientsView view(fixture.context);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openClient(clientId));

    auto other = Database::open(fixture.temp.path(), fixture.temp.clock());
    BUREAU_REQUIRE_OK(other);
    ClientRepository otherRepository(*other.value());
    auto client = otherRepository.load(clientId);
    BUREAU_REQUIRE_OK(client);
    client->name = QStringLiteral("New Name");
    BUREAU_REQUIRE_OK(otherRepository.update(client.value()));
    // What DatabaseWatcher calls through MainWindow.
    view.refresh();
    CHECK(view.clientPage()->nameLabel()->fullText() == QStringLiteral("New Name"));
    CHECK(names(view.model()) == QStringList{QStringLiteral("New Name")});

    // Deleted elsewhere while open: back to the list.
    BUREAU_REQUIRE_OK(otherRepository.remove(clientId));
    view.refresh();
    CHECK_FALSE(view.isShowingClient());
    CHECK(view.isShowingEmptyState());
}

TEST_CASE("The letter of engagement of a mission is printed from the missions tab", "[ui][clients]")
{
    Fixture fixture;
    const qint64 clientId = fixture.addClient(QStringLiteral("Atelier Azur"));
    Mission mission;
    mission.clientId = clientId;
    mission.title = QStringLiteral("Administrative assistance");
    mission.startsOn = QDate(2026, 12, 1);
    mission.hourlyRate = Money::fromCents(4500, QStringLiteral("EUR"));
    mission.workingSlots = {WorkingSlot{1, 540, 720}};
    auto added = MissionRepository(fixture.temp.db()).add(mission);
    BUREAU_REQUIRE_OK(added);

    ClientsView view(fixture.context);
    view.resize(1024, 640);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openClient(clientId));
    ClientMissionsTab* tab = view.clientPage()->missionsTab();
    REQUIRE(tab->list()->topLevelItemCount() == 1);
    CHECK(tab->printButton()->isEnabled());
    const QString pdf = fixture.temp.dir() + QStringLiteral("/letter.pdf");
    CHECK(tab->printLetter(added->id, pdf));
    CHECK(readAll(pdf).startsWith("%PDF"));
}

TEST_CASE("Personal data is exported and erased from the client page", "[ui][clients]")
{
    Fixture fixture;
    const qint64 clientId = fixture.addClient(QStringLiteral("Élodie Martin"));
    Contact contact;
    contact.clientId = clientId;
    contact.name = QStringLiteral("Paul Martin");
    BUREAU_REQUIRE_OK(ClientRepository(fixture.temp.db()).addContact(contact));

    ClientsView view(fixture.context);
    view.resize(1280, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.openClient(clientId));
    ClientPage* page = view.clientPage();
    REQUIRE(page->contactsTab()->list()->topLevelItemCount() == 1);

    const QString zip = fixture.temp.dir() + QStringLiteral("/export.zip");
    CHECK(ClientActions::exportPersonalData(fixture.context, page, page->client(), zip));
    CHECK(readAll(zip).startsWith("PK"));

    // The confirmation says what is kept; answered yes, the contacts are gone and the client archived.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    auto* erase = page->findChild<QPushButton*>(QStringLiteral("erasePersonalData"));
    REQUIRE(erase);
    erase->click();
    CHECK(MessageBox::lastText().contains(QLatin1String("Kept:")));
    CHECK(page->contactsTab()->list()->topLevelItemCount() == 0);
    CHECK(page->client().archived);
    auto contacts = ClientRepository(fixture.temp.db()).contacts(clientId);
    BUREAU_REQUIRE_OK(contacts);
    CHECK(contacts->isEmpty());
}

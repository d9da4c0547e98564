// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the client screens that `bureau --screenshot` does not reach (dialogs, every tab),
// for a person to look at. Hidden: run `bureau_ui_tests "[screenshots]"` with
// BUREAU_SCREENSHOT_DIR set (and optionally BUREAU_SCREENSHOT_LANG=fr, BUREAU_SCREENSHOT_SIZE=1024x640).
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/OnboardingRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/ReceptionRepository.h"
#include "ui/clients/AccessDialog.h"
#include "ui/clients/ClientEditorDialog.h"
#include "ui/clients/ClientPage.h"
#include "ui/clients/ClientsView.h"
#include "ui/clients/ContactDialog.h"
#include "ui/clients/InteractionDialog.h"
#include "ui/clients/MissionDialog.h"
#include "ui/clients/ReceptionCard.h"
#include "ui/clients/ReceptionInstructionsDialog.h"
#include "ui/clients/TaskDialog.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
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

TEST_CASE("Screenshots of the client dialogs and tabs", "[.][screenshots]")
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
    {
        ClientsView empty(context);
        empty.resize(windowSize.width() - 212, windowSize.height() - 60);
        CHECK(save(empty, dir, QStringLiteral("list-empty")));
    }
    BUREAU_REQUIRE_OK(DemoGenerator(temp.db()).generate(DemoGenerator::Size::Small));
    auto ids = ClientRepository(temp.db()).search(QString(), 100, false);
    BUREAU_REQUIRE_OK(ids);
    REQUIRE_FALSE(ids->isEmpty());
    // Checklists at different stages, so the list shows its progress bars.
    OnboardingRepository onboarding(temp.db());
    for (int i = 0; i < ids->size(); ++i) {
        BUREAU_REQUIRE_OK(onboarding.startForClient(ids->at(i)));
        auto steps = onboarding.items(ids->at(i));
        BUREAU_REQUIRE_OK(steps);
        for (int step = 0; step < std::min<int>(i % 7, int(steps->size())); ++step)
            BUREAU_REQUIRE_OK(onboarding.setDone(steps->at(step).item.id, true));
    }
    // The richest client: a foreign one when the demo has one.
    qint64 clientId = ids->first();
    for (const qint64 id : ids.value()) {
        auto candidate = ClientRepository(temp.db()).load(id);
        if (candidate && candidate->country != u"FR") {
            clientId = id;
            break;
        }
    }
    auto client = ClientRepository(temp.db()).load(clientId);
    BUREAU_REQUIRE_OK(client);
    ClientAccess access;
    access.clientId = clientId;
    access.service = QStringLiteral("Gmail");
    access.url = QStringLiteral("https://mail.google.com");
    access.username = QStringLiteral("assistant@example.com");
    access.grantedBy = QStringLiteral("Jeanne Roy");
    access.grantedOn = QDate(2026, 10, 1);
    BUREAU_REQUIRE_OK(ClientAccessService(temp.db(), store).add(access, QStringLiteral("secret")));
    ReceptionInstructions instructions;
    instructions.clientId = clientId;
    instructions.greeting = QStringLiteral("Maple Leaf Realty, good morning, how may I help you?");
    instructions.putThrough = QStringLiteral("Put clients and notaries through to Margaux (ext. 12). Others: take a "
                                             "message and e-mail it.");
    instructions.filtering = QStringLiteral("Sales calls, surveys and job seekers: polite no, no message.");
    instructions.hours = QStringLiteral("Mon–Fri 9:00–17:00 (Montréal)");
    instructions.urgentContact = QStringLiteral("Margaux Garcia, +1 514 555 0142 (text first)");
    instructions.answers = {
        ReceptionAnswer{QStringLiteral("Do you handle rentals?"), QStringLiteral("Yes, in Montréal and Laval only.")},
        ReceptionAnswer{QStringLiteral("Where is the office?"),
                        QStringLiteral("1250 René-Lévesque West, 20th floor.")}};
    BUREAU_REQUIRE_OK(ReceptionRepository(temp.db()).save(instructions));

    ClientsView view(context);
    view.resize(windowSize.width() - 212, windowSize.height() - 60);
    CHECK(save(view, dir, QStringLiteral("list")));
    view.searchField()->setText(QStringLiteral("zzzz"));
    QTest::qWait(ClientsView::SearchDelayMs + 50);
    CHECK(save(view, dir, QStringLiteral("list-no-results")));
    view.searchField()->clear();
    QTest::qWait(ClientsView::SearchDelayMs + 50);
    REQUIRE(view.openClient(clientId));
    const QStringList tabs{QStringLiteral("overview"),   QStringLiteral("contacts"), QStringLiteral("timeline"),
                           QStringLiteral("missions"),   QStringLiteral("tasks"),    QStringLiteral("accesses"),
                           QStringLiteral("onboarding"), QStringLiteral("files")};
    for (int i = 0; i < tabs.size(); ++i) {
        view.clientPage()->tabs()->setCurrentIndex(i);
        CHECK(save(view, dir, QStringLiteral("tab-") + tabs.at(i)));
    }

    ClientEditorDialog editor(temp.db(), client.value(), &view);
    CHECK(save(editor, dir, QStringLiteral("dialog-client")));
    editor.close();
    ClientEditorDialog fresh(temp.db(), Client(), &view);
    CHECK(save(fresh, dir, QStringLiteral("dialog-client-new")));
    fresh.close();
    Contact contact;
    contact.clientId = clientId;
    ContactDialog contactDialog(temp.db(), contact, &view);
    CHECK(save(contactDialog, dir, QStringLiteral("dialog-contact")));
    contactDialog.close();
    Interaction interaction;
    interaction.clientId = clientId;
    interaction.occurredAtMs = temp.clock().nowMs();
    InteractionDialog interactionDialog(temp.db(), client.value(), interaction, QTimeZone("Europe/Paris"), &view);
    CHECK(save(interactionDialog, dir, QStringLiteral("dialog-interaction")));
    interactionDialog.close();
    Mission mission;
    auto missions = MissionRepository(temp.db()).listForClient(clientId);
    if (missions && !missions->isEmpty()) {
        mission = missions->first();
    } else {
        mission.clientId = clientId;
        mission.timeZone = client->timeZone;
        mission.workingSlots = {WorkingSlot{1, 540, 720}, WorkingSlot{2, 540, 720}};
    }
    MissionDialog missionDialog(temp.db(), client.value(), mission, QTimeZone("Europe/Paris"), QDate(2026, 11, 27),
                                &view);
    CHECK(save(missionDialog, dir, QStringLiteral("dialog-mission")));
    missionDialog.close();
    Task task;
    task.clientId = clientId;
    TaskDialog taskDialog(temp.db(), client.value(), task, QDate(2026, 11, 27), &view);
    CHECK(save(taskDialog, dir, QStringLiteral("dialog-task")));
    taskDialog.close();
    ClientAccess newAccess;
    newAccess.clientId = clientId;
    AccessDialog accessDialog(temp.db(), store, client.value(), newAccess, QDate(2026, 11, 27), &view);
    CHECK(save(accessDialog, dir, QStringLiteral("dialog-access")));
    accessDialog.close();
    ReceptionInstructionsDialog receptionDialog(temp.db(), client.value(), &view);
    CHECK(save(receptionDialog, dir, QStringLiteral("dialog-reception")));
    receptionDialog.close();
    ReceptionCard card(context, client.value(), &view);
    CHECK(save(card, dir, QStringLiteral("reception-card")));
    card.close();
    translations.apply(QStringLiteral("en"));
}

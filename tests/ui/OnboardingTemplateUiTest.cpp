// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Onboarding checklist: the template is edited in place, reordered, saved, and the
// clients started afterwards get it.
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/storage/OnboardingRepository.h"
#include "ui/settings/OnboardingTemplatePage.h"
#include "ui/settings/SettingsView.h"
#include "ui/shell/AppContext.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Bureau;
using namespace Bureau::Test;
using Rule = OnboardingItem::Rule;

namespace
{

qint64 insertClient(Database& db, const QString& name)
{
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"));
        query.addBindValue(name);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("insert client"), query.lastError());
        return {};
    }));
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT max(id) FROM clients")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QComboBox* ruleBox(OnboardingTemplatePage& page, int row)
{
    return qobject_cast<QComboBox*>(page.table()->cellWidget(row, 1));
}

} // namespace

TEST_CASE("A step added to the onboarding template goes to new clients", "[ui][onboarding]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, true};
    OnboardingRepository repository(temp.db());
    const qint64 before = insertClient(temp.db(), QStringLiteral("Atelier Brun"));
    BUREAU_REQUIRE_OK(repository.startForClient(before));
    const auto defaults = OnboardingRepository::defaultTemplate();
    REQUIRE(defaults.size() >= 2);

    OnboardingTemplatePage page(context);
    page.resize(800, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.table()->rowCount() == defaults.size());
    CHECK(page.table()->item(0, 0)->text() == defaults[0].label);
    CHECK(ruleBox(page, 0)->currentText()
          == (defaults[0].rule == Rule::None ? OnboardingTemplatePage::tr("Ticked by hand.")
                                             : OnboardingItem::ruleText(defaults[0].rule)));

    QTest::mouseClick(page.addButton(), Qt::LeftButton);
    const int last = page.table()->rowCount() - 1;
    REQUIRE(last == defaults.size());
    CHECK(page.table()->currentRow() == last);
    CHECK_FALSE(page.downButton()->isEnabled());
    page.table()->item(last, 0)->setText(QStringLiteral("Send the welcome pack"));
    QComboBox* rule = ruleBox(page, last);
    REQUIRE(rule);
    rule->setCurrentIndex(rule->findText(OnboardingItem::ruleText(Rule::Reception)));
    CHECK(page.hasUnsavedChanges());

    QTest::mouseClick(page.upButton(), Qt::LeftButton);
    CHECK(page.table()->currentRow() == last - 1);
    CHECK(page.table()->item(last - 1, 0)->text() == QStringLiteral("Send the welcome pack"));
    CHECK(ruleBox(page, last - 1)->currentText() == OnboardingItem::ruleText(Rule::Reception));
    CHECK(page.table()->item(last, 0)->text() == defaults.last().label);

    MessageBox::setUnexpectedHandler([](const QString& text) { FAIL("Unexpected box: " << text.toStdString()); });
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    MessageBox::setUnexpectedHandler({});
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK_FALSE(page.statusLabel()->text().isEmpty());

    auto stored = repository.templateItems();
    BUREAU_REQUIRE_OK(stored);
    REQUIRE(stored->size() == defaults.size() + 1);
    CHECK(stored->at(last - 1).label == QStringLiteral("Send the welcome pack"));
    CHECK(stored->at(last - 1).rule == Rule::Reception);
    CHECK(stored->at(last - 1).position == last - 1);
    CHECK(stored->at(last).label == defaults.last().label);

    // A client started afterwards gets the step; one started before keeps its checklist.
    const qint64 after = insertClient(temp.db(), QStringLiteral("Maison Roux"));
    BUREAU_REQUIRE_OK(repository.startForClient(after));
    auto steps = repository.items(after);
    BUREAU_REQUIRE_OK(steps);
    REQUIRE(steps->size() == defaults.size() + 1);
    CHECK(steps->at(last - 1).item.label == QStringLiteral("Send the welcome pack"));
    CHECK(steps->at(last - 1).item.rule == Rule::Reception);
    auto old = repository.items(before);
    BUREAU_REQUIRE_OK(old);
    CHECK(old->size() == defaults.size());
}

TEST_CASE("The onboarding template refuses an empty step and restores the defaults", "[ui][onboarding]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, true};
    OnboardingRepository repository(temp.db());

    OnboardingTemplatePage page(context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const int count = page.table()->rowCount();
    REQUIRE(count > 0);
    page.table()->setCurrentCell(0, 0);
    QTest::mouseClick(page.removeButton(), Qt::LeftButton);
    CHECK(page.table()->rowCount() == count - 1);
    page.table()->item(0, 0)->setText(QStringLiteral("   "));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(page.save());
    CHECK(MessageBox::lastText() == OnboardingRepository::tr("The onboarding checklist was not saved: every item needs a label."));
    CHECK(page.hasUnsavedChanges());

    QTest::mouseClick(page.restoreButton(), Qt::LeftButton);
    CHECK(page.table()->rowCount() == OnboardingRepository::defaultTemplate().size());
    REQUIRE(page.save());
    auto stored = repository.templateItems();
    BUREAU_REQUIRE_OK(stored);
    CHECK(stored->size() == OnboardingRepository::defaultTemplate().size());
}

TEST_CASE("Settings has an onboarding checklist tab", "[ui][onboarding]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, true};
    SettingsView view(context);
    auto* page = view.findChild<OnboardingTemplatePage*>();
    REQUIRE(page);
    const int index = view.tabs()->indexOf(page);
    CHECK(index == view.tabs()->count() - 2); // just before Backups
    CHECK(view.tabs()->tabText(index) == OnboardingTemplatePage::tr("Onboarding checklist"));
    if (const QByteArray dir = qgetenv("BUREAU_SCREENSHOT_DIR"); !dir.isEmpty()) {
        view.resize(900, 600);
        view.tabs()->setCurrentIndex(index);
        view.show();
        QTest::qWait(50);
        CHECK(view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings-onboarding.png"), "PNG"));
    }
}

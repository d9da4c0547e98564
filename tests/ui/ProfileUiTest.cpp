// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/domain/Identifiers.h"
#include "core/i18n/Translations.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/storage/ProfileRepository.h"
#include "ui/settings/ProfileForm.h"
#include "ui/settings/ProfilePage.h"
#include "ui/settings/SettingsView.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/FirstRunAssistant.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiSettings.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

using Field = BusinessProfile::Field;

// A SIRET whose Luhn check passes, and the same with its last digit wrong.
const QString kSiret = QStringLiteral("73282932000074");
const QString kBadSiret = QStringLiteral("73282932000075");
const QString kIban = QStringLiteral("FR1420041010050500013M02606");

struct Fixture
{
    TempDatabase temp;
    TempDir settingsDir;
    Translations translations;
    MemoryCredentialStore store{temp->uuid()};
    AppContext context{temp.db(), temp.clock(), translations, &store, true};

    Fixture()
    {
        // Settings of this test only: ctest runs the UI tests in parallel processes, and the
        // first-run flag must not pass from one to another.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        translations.apply(QStringLiteral("en"));
    }
    ~Fixture()
    {
        translations.apply(QStringLiteral("en"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    std::optional<BusinessProfile> stored()
    {
        auto loaded = ProfileRepository(temp.db()).load();
        INFO((loaded.ok() ? std::string() : loaded.error().oneLine().toStdString()));
        REQUIRE(loaded.ok());
        return loaded.value();
    }
};

/** Stands for a language whose catalogue differs from the English source: every text of Bureau's forms. */
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        for (const char* marked :
             {"Bureau::ProfileForm", "Bureau::ProfilePage", "Bureau::FirstRunAssistant", "Bureau::Identifiers"}) {
            if (qstrcmp(context, marked) == 0)
                return QString(QStringLiteral("‹") + QString::fromUtf8(sourceText) + QStringLiteral("›"));
        }
        return {};
    }
    bool isEmpty() const override { return false; }
};

/** Types as a person does: keyClicks for ASCII, a key event carrying the character otherwise. */
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

/** Focuses a field, selects what it holds and types over it. */
void typeOver(QWidget* widget, const QString& text)
{
    REQUIRE(widget);
    widget->setFocus(Qt::TabFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    type(widget, text);
}

/** Leaves a field with Tab, as a person does. */
void leave(QWidget* widget)
{
    QTest::keyClick(widget, Qt::Key_Tab);
}

template<typename T>
T* editor(ProfileForm* form, QLatin1String field)
{
    auto* widget = qobject_cast<T*>(form->editor(QString(field)));
    INFO(QString(field).toStdString());
    REQUIRE(widget);
    return widget;
}

/** Makes MessageBox's last text a known one, so a box shown afterwards is seen. */
QString markMessageBox()
{
    const QString sentinel = QStringLiteral("no message box since");
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, QString(), sentinel);
    // Any box from now on is answered at once rather than blocking the test.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    return sentinel;
}

ProfilePage* openProfileTab(MainWindow& window)
{
    window.showView(QStringLiteral("settings"));
    auto* page = window.findChild<ProfilePage*>();
    REQUIRE(page);
    window.settingsView()->tabs()->setCurrentWidget(page);
    QCoreApplication::processEvents();
    return page;
}

void showActive(QWidget& widget)
{
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

QString frenchVatNumber(const QString& siret)
{
    const QString siren = siret.left(9);
    return QString(QStringLiteral("FR") + Identifiers::frenchVatKey(siren) + siren);
}

} // namespace

TEST_CASE("The profile page refuses an invalid SIRET inline then saves what was typed", "[ui][profile]")
{
    Fixture f;
    MainWindow window(f.context);
    window.resize(1280, 800);
    showActive(window);
    ProfilePage* page = openProfileTab(window);
    QTabWidget* tabs = window.settingsView()->tabs();
    CHECK(tabs->tabText(tabs->indexOf(page)) == ProfilePage::tr("Profile"));
    CHECK(tabs->indexOf(page) == 1);
    ProfileForm* form = page->form();

    typeOver(editor<QLineEdit>(form, Field::legalName), QStringLiteral("Élodie Durand"));
    auto* siret = editor<QLineEdit>(form, Field::siret);
    typeOver(siret, kBadSiret);
    leave(siret);
    QLabel* siretError = form->errorLabel(QString(Field::siret));
    REQUIRE(siretError);
    CHECK(siretError->isVisible());
    CHECK(siretError->objectName() == QStringLiteral("fieldError"));
    CHECK(siretError->text() == Identifiers::validateSirenOrSiret(kBadSiret).error().message);
    CHECK(siret->property("invalid").toBool());

    // Save refuses without a dialog, says why in the page and takes the user to the field.
    const QString sentinel = markMessageBox();
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    CHECK_FALSE(f.stored().has_value());
    CHECK(MessageBox::lastText() == sentinel);
    CHECK(page->statusLabel()->text() == ProfilePage::tr("Nothing saved: check the fields marked in red."));
    CHECK(QApplication::focusWidget() == siret);

    // Once in error, the field is checked as it is typed: the message goes as soon as it is right.
    typeOver(siret, QStringLiteral("732 829 320 00074"));
    CHECK(siretError->isHidden());
    CHECK_FALSE(siret->property("invalid").toBool());
    leave(siret);

    auto* address = editor<QPlainTextEdit>(form, Field::addressLines);
    address->setFocus(Qt::TabFocusReason);
    type(address, QStringLiteral("12 rue de la Paix"));
    QTest::keyClick(address, Qt::Key_Return);
    type(address, QStringLiteral("Bâtiment C"));
    typeOver(editor<QLineEdit>(form, Field::postalCode), QStringLiteral("75002"));
    typeOver(editor<QLineEdit>(form, Field::city), QStringLiteral("Paris"));
    auto* country = editor<QComboBox>(form, Field::country);
    CHECK(country->itemData(0).toString() == QStringLiteral("FR"));
    CHECK(country->currentData().toString() == QStringLiteral("FR"));
    typeOver(editor<QLineEdit>(form, Field::email), QStringLiteral("elodie@example.fr"));
    typeOver(editor<QLineEdit>(form, Field::phone), QStringLiteral("+33 6 12 34 56 78"));
    auto* onDebits = form->findChild<QRadioButton*>(QStringLiteral("vatOnDebits"));
    REQUIRE(onDebits);
    QTest::mouseClick(onDebits, Qt::LeftButton);
    CHECK(onDebits->isChecked());
    typeOver(editor<QLineEdit>(form, Field::vatNumber), frenchVatNumber(kSiret));
    auto* rate = editor<QLineEdit>(form, Field::hourlyRate);
    typeOver(rate, QStringLiteral("45.50 €"));
    leave(rate);
    CHECK(rate->text() == Money::fromCents(4550, QStringLiteral("EUR")).format(QLocale()));
    typeOver(editor<QSpinBox>(form, Field::paymentTermsDays), QStringLiteral("45"));
    typeOver(editor<QDoubleSpinBox>(form, Field::latePenaltyBasisPoints), QStringLiteral("12.5"));
    auto* zone = editor<QComboBox>(form, Field::timeZone);
    typeOver(zone, QStringLiteral("Europe/Brussels"));
    leave(zone);
    typeOver(editor<QLineEdit>(form, Field::iban), QStringLiteral("fr14 2004 1010 0505 0001 3m02 606"));
    auto* bic = editor<QLineEdit>(form, Field::bic);
    typeOver(bic, QStringLiteral("PSSTFRPP"));
    leave(bic);
    CHECK(QApplication::focusWidget() == page->saveButton()); // the last field tabs to Save
    CHECK(form->fieldsInError().isEmpty());

    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    CHECK(MessageBox::lastText() == sentinel);
    CHECK(page->statusLabel()->text() == ProfilePage::tr("Saved."));
    CHECK_FALSE(page->hasUnsavedChanges());
    const std::optional<BusinessProfile> stored = f.stored();
    REQUIRE(stored.has_value());
    CHECK(stored->legalName == QStringLiteral("Élodie Durand"));
    CHECK(stored->siret == kSiret);
    CHECK(stored->addressLines == QStringList{QStringLiteral("12 rue de la Paix"), QStringLiteral("Bâtiment C")});
    CHECK(stored->postalCode == QStringLiteral("75002"));
    CHECK(stored->city == QStringLiteral("Paris"));
    CHECK(stored->country == QStringLiteral("FR"));
    CHECK(stored->email == QStringLiteral("elodie@example.fr"));
    CHECK(stored->phone == QStringLiteral("+33 6 12 34 56 78"));
    CHECK(stored->vatRegime == BusinessProfile::VatRegime::VatRegistered);
    CHECK(stored->vatOnDebits);
    CHECK(stored->vatNumber == frenchVatNumber(kSiret));
    CHECK(stored->hourlyRate == Money::fromCents(4550, QStringLiteral("EUR")));
    CHECK(stored->paymentTermsDays == 45);
    CHECK(stored->latePenaltyBasisPoints == 1250);
    CHECK(stored->currency == QStringLiteral("EUR"));
    CHECK(stored->timeZone == QStringLiteral("Europe/Brussels"));
    CHECK(stored->iban == kIban);
    CHECK(stored->bic == QStringLiteral("PSSTFRPP"));
    CHECK(stored->isComplete());
    // Shown as printed once saved.
    CHECK(siret->text() == QStringLiteral("732 829 320 00074"));

    // The next edit takes the confirmation away.
    typeOver(editor<QLineEdit>(form, Field::city), QStringLiteral("Lyon"));
    CHECK(page->statusLabel()->text().isEmpty());
    CHECK(page->hasUnsavedChanges());
}

TEST_CASE("The profile page shows the stored profile the way it is printed", "[ui][profile]")
{
    Fixture f;
    BUREAU_REQUIRE_OK(ProfileRepository(f.temp.db()).save(ProfileRepository::demoProfile()));
    ProfilePage page(f.context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ProfileForm* form = page.form();
    CHECK(editor<QLineEdit>(form, Field::legalName)->text() == QStringLiteral("Camille Martin"));
    CHECK(editor<QLineEdit>(form, Field::siret)->text() == QStringLiteral("912 345 675 00017"));
    CHECK(editor<QLineEdit>(form, Field::iban)->text() == QStringLiteral("FR76 3000 4008 2300 0103 4567 884"));
    CHECK(editor<QLineEdit>(form, Field::hourlyRate)->text()
          == Money::fromCents(4500, QStringLiteral("EUR")).format(QLocale()));
    CHECK(editor<QPlainTextEdit>(form, Field::addressLines)->toPlainText()
          == QStringLiteral("12 rue des Capucins\nBâtiment B"));
    CHECK(editor<QSpinBox>(form, Field::paymentTermsDays)->text() == ProfileForm::tr("%n day(s)", "payment terms", 30));
    CHECK(ProfileRepository::normalized(form->profile()) == ProfileRepository::demoProfile());
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK(form->fieldsInError().isEmpty());
}

TEST_CASE("A profile that cannot be stored is reported through MessageBox", "[ui][profile]")
{
    Fixture f;
    ProfilePage page(f.context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    editor<QLineEdit>(page.form(), Field::legalName)->setText(QStringLiteral("Camille Martin"));
    QSqlQuery query(f.temp->connection());
    REQUIRE(query.exec(QStringLiteral("ALTER TABLE business_profile RENAME TO business_profile_gone")));

    markMessageBox();
    CHECK_FALSE(page.save());
    CHECK(MessageBox::lastText() == ProfileRepository::tr("The business profile cannot be saved."));
    CHECK(page.statusLabel()->text().isEmpty());
}

TEST_CASE("The logo is copied into the data folder and shown", "[ui][profile]")
{
    Fixture f;
    ProfilePage page(f.context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    ProfileForm* form = page.form();
    const QString dataDir = QFileInfo(f.temp.path()).absolutePath();

    TempDir pictures;
    QImage image(120, 60, QImage::Format_ARGB32);
    image.fill(QColor(0x2f, 0x5b, 0xd3));
    const QString png = pictures.file(QStringLiteral("logo.png"));
    REQUIRE(image.save(png, "PNG"));
    REQUIRE(form->importLogo(png));
    const QString logoPath = form->profile().logoPath;
    CHECK(logoPath.startsWith(QStringLiteral("profile/logo-")));
    CHECK(QFileInfo(QDir(dataDir).filePath(logoPath)).isFile());
    CHECK_FALSE(form->logoPreview()->pixmap().isNull());
    CHECK(page.hasUnsavedChanges());

    // A file that is not what its name says is refused next to the logo, and the logo stays.
    const QString fake = pictures.file(QStringLiteral("fake.png"));
    writeAll(fake, QByteArrayLiteral("not a picture"));
    CHECK_FALSE(form->importLogo(fake));
    QLabel* error = form->errorLabel(QString(Field::logoPath));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text() == BusinessProfile::importLogo(fake, dataDir).error().message);
    CHECK(form->profile().logoPath == logoPath);

    REQUIRE(page.save());
    CHECK(f.stored()->logoPath == logoPath);

    auto* remove = form->findChild<QPushButton*>(QStringLiteral("removeLogo"));
    REQUIRE(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(form->profile().logoPath.isEmpty());
    CHECK(form->logoPreview()->text() == ProfileForm::tr("No logo"));
    CHECK_FALSE(remove->isEnabled());
}

TEST_CASE("The first-run assistant saves the profile after walking every page", "[ui][profile]")
{
    Fixture f;
    REQUIRE(QSettings().fileName().startsWith(f.settingsDir.path()));
    REQUIRE(FirstRunAssistant::isNeeded(f.temp.db()));
    FirstRunAssistant wizard(f.temp.db());
    showActive(wizard);
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    CHECK(wizard.currentId() == FirstRunAssistant::WelcomePage);
    CHECK(wizard.button(QWizard::CancelButton)->text() == FirstRunAssistant::tr("Skip for now"));

    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunAssistant::IdentityPage);
    ProfileForm* identity = wizard.form(FirstRunAssistant::IdentityPage);
    REQUIRE(identity);
    CHECK_FALSE(identity->editor(QString(Field::city))); // only its own section's fields
    typeOver(editor<QLineEdit>(identity, Field::legalName), QStringLiteral("Hélène Petit"));
    auto* mention = editor<QComboBox>(identity, Field::mention);
    mention->setFocus(Qt::TabFocusReason);
    QTest::keyClick(mention, Qt::Key_Down);
    typeOver(editor<QLineEdit>(identity, Field::siret), kSiret);

    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunAssistant::AddressPage);
    ProfileForm* address = wizard.form(FirstRunAssistant::AddressPage);
    auto* lines = editor<QPlainTextEdit>(address, Field::addressLines);
    lines->setFocus(Qt::TabFocusReason);
    type(lines, QStringLiteral("3 place Bellecour"));
    typeOver(editor<QLineEdit>(address, Field::postalCode), QStringLiteral("69002"));
    typeOver(editor<QLineEdit>(address, Field::city), QStringLiteral("Lyon"));
    typeOver(editor<QLineEdit>(address, Field::email), QStringLiteral("helene@example.fr"));

    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunAssistant::TaxAndBankPage);
    ProfileForm* tax = wizard.form(FirstRunAssistant::TaxAndBankPage);
    // The VAT number is checked against the SIRET typed two pages earlier.
    auto* vat = editor<QLineEdit>(tax, Field::vatNumber);
    typeOver(vat, QStringLiteral("FR40303265045"));
    leave(vat);
    CHECK(tax->errorLabel(QString(Field::vatNumber))->isVisible());
    typeOver(vat, frenchVatNumber(kSiret));
    CHECK(tax->errorLabel(QString(Field::vatNumber))->isHidden());
    auto* iban = editor<QLineEdit>(tax, Field::iban);
    typeOver(iban, QStringLiteral("FR14 2004 1010 0505 0001 3M02 607"));

    // A wrong IBAN keeps the assistant on the page, the error under the field, nothing saved.
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(wizard.currentId() == FirstRunAssistant::TaxAndBankPage);
    CHECK(tax->errorLabel(QString(Field::iban))->isVisible());
    CHECK(tax->errorLabel(QString(Field::iban))->text()
          == Identifiers::validateIban(QStringLiteral("FR1420041010050500013M02607")).error().message);
    CHECK_FALSE(f.stored().has_value());

    typeOver(iban, kIban);
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunAssistant::DonePage);
    CHECK(wizard.profileSaved());
    const std::optional<BusinessProfile> stored = f.stored();
    REQUIRE(stored.has_value());
    CHECK(stored->legalName == QStringLiteral("Hélène Petit"));
    CHECK(stored->mention == BusinessProfile::Mention::EntrepreneurIndividuel);
    CHECK(stored->siret == kSiret);
    CHECK(stored->addressLines == QStringList{QStringLiteral("3 place Bellecour")});
    CHECK(stored->city == QStringLiteral("Lyon"));
    CHECK(stored->email == QStringLiteral("helene@example.fr"));
    CHECK(stored->vatNumber == frenchVatNumber(kSiret));
    CHECK(stored->iban == kIban);
    CHECK(stored->isComplete());

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(QSettings().value(UiSettings::kFirstRunDone).toBool());
    CHECK_FALSE(FirstRunAssistant::isNeeded(f.temp.db()));
}

TEST_CASE("Skipping the first-run assistant saves nothing and is remembered", "[ui][profile]")
{
    Fixture f;
    REQUIRE(QSettings().fileName().startsWith(f.settingsDir.path()));
    REQUIRE(FirstRunAssistant::isNeeded(f.temp.db()));
    FirstRunAssistant wizard(f.temp.db());
    wizard.open();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunAssistant::IdentityPage);
    typeOver(editor<QLineEdit>(wizard.form(FirstRunAssistant::IdentityPage), Field::legalName),
             QStringLiteral("Camille Martin"));

    QAbstractButton* skip = wizard.button(QWizard::CancelButton);
    CHECK(skip->text() == FirstRunAssistant::tr("Skip for now"));
    CHECK(skip->isVisible());
    QTest::mouseClick(skip, Qt::LeftButton);
    CHECK_FALSE(wizard.isVisible());
    CHECK(wizard.result() == QDialog::Rejected);
    CHECK_FALSE(f.stored().has_value());
    CHECK(QSettings().value(UiSettings::kFirstRunDone).toBool());
    CHECK_FALSE(FirstRunAssistant::isNeeded(f.temp.db()));
}

TEST_CASE("The first-run assistant is not offered once a profile exists", "[ui][profile]")
{
    Fixture f;
    CHECK(FirstRunAssistant::isNeeded(f.temp.db()));
    BUREAU_REQUIRE_OK(ProfileRepository(f.temp.db()).save(ProfileRepository::demoProfile()));
    CHECK_FALSE(FirstRunAssistant::isNeeded(f.temp.db()));
}

TEST_CASE("The profile form and the assistant follow a language switch", "[ui][profile][language]")
{
    Fixture f;
    MainWindow window(f.context);
    window.resize(1280, 800);
    showActive(window);
    ProfilePage* page = openProfileTab(window);
    ProfileForm* form = page->form();
    auto* siret = editor<QLineEdit>(form, Field::siret);
    typeOver(siret, kBadSiret);
    leave(siret);
    REQUIRE(form->errorLabel(QString(Field::siret))->isVisible());
    FirstRunAssistant wizard(f.temp.db());

    MarkingTranslator marking;
    f.translations.apply(QStringLiteral("fr"));
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents(); // LanguageChange reaches widgets as posted events
    const QString nameLabel = ProfileForm::tr("&Name:");
    CHECK(nameLabel != QStringLiteral("&Name:"));
    CHECK(form->label(QString(Field::legalName))->text() == nameLabel);
    CHECK(form->label(QString(Field::iban))->text() == ProfileForm::tr("I&BAN:"));
    QTabWidget* tabs = window.settingsView()->tabs();
    CHECK(tabs->tabText(tabs->indexOf(page)) == ProfilePage::tr("Profile"));
    CHECK(page->saveButton()->text() == ProfilePage::tr("Save"));
    CHECK(editor<QComboBox>(form, Field::country)->itemText(0) == ProfileForm::tr("France"));
    // The error shown comes back in the new language too.
    CHECK(form->errorLabel(QString(Field::siret))->text()
          == Identifiers::validateSirenOrSiret(kBadSiret).error().message);
    CHECK(wizard.button(QWizard::CancelButton)->text() == FirstRunAssistant::tr("Skip for now"));
    CHECK(wizard.page(FirstRunAssistant::WelcomePage)->title() == FirstRunAssistant::tr("Welcome to Bureau"));

    QCoreApplication::removeTranslator(&marking);
    f.translations.apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(form->label(QString(Field::legalName))->text() == QStringLiteral("&Name:"));
}

TEST_CASE("The profile page scrolls at the minimum window size and keeps fields narrow", "[ui][profile]")
{
    Fixture f;
    MainWindow window(f.context);
    window.resize(1024, 640);
    showActive(window);
    ProfilePage* page = openProfileTab(window);
    auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("profileScroll"));
    REQUIRE(scroll);
    CHECK(scroll->verticalScrollBar()->maximum() > 0);
    CHECK(scroll->horizontalScrollBar()->maximum() == 0);
    // Save stays in view, at the bottom right of the page.
    const QRect save = page->saveButton()->geometry();
    CHECK(page->saveButton()->isVisible());
    CHECK(save.right() > page->width() - 48);
    CHECK(save.bottom() <= page->height());
    window.resize(1600, 900);
    QCoreApplication::processEvents();
    for (const QLineEdit* edit : page->form()->findChildren<QLineEdit*>()) {
        INFO(edit->objectName().toStdString());
        CHECK(edit->width() <= 440);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/FirstRunAssistant.h"

#include "core/storage/Database.h"
#include "core/storage/ProfileRepository.h"
#include "ui/shell/UiSettings.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizardPage>

namespace Bureau
{

namespace
{

QLabel* addParagraph(QWizardPage* page, QVBoxLayout* layout, bool muted = false)
{
    auto* label = new QLabel(page);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (muted)
        label->setObjectName(QStringLiteral("mutedLabel"));
    layout->addWidget(label);
    return label;
}

} // namespace

FirstRunAssistant::FirstRunAssistant(Database& database, QWidget* parent)
    : QWizard(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("firstRunAssistant"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    // "Skip for now" on the left, away from the way forward.
    setButtonLayout(
        {QWizard::CancelButton, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton});
    for (const WizardButton which : {QWizard::NextButton, QWizard::FinishButton}) {
        // The accent of the way forward (Theme's style sheet); polished already under Qt's own name.
        QAbstractButton* forward = button(which);
        forward->setObjectName(QStringLiteral("primaryButton"));
        forward->style()->unpolish(forward);
        forward->style()->polish(forward);
    }
    setPixmap(QWizard::LogoPixmap, Icons::application().pixmap(48, 48));

    auto loaded = ProfileRepository(m_database).load();
    m_profile = loaded && loaded->has_value() ? loaded->value() : ProfileForm::freshProfile();

    auto* welcome = new QWizardPage(this);
    auto* welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->setSpacing(16);
    m_welcomeText = addParagraph(welcome, welcomeLayout);
    // The three steps ahead, each with what it asks for.
    auto* steps = new QVBoxLayout;
    steps->setContentsMargins(16, 0, 0, 0);
    steps->setSpacing(12);
    for (int i = 0; i < 3; ++i) {
        auto* step = new QVBoxLayout;
        step->setSpacing(2);
        auto* title = new QLabel(welcome);
        QFont bold = title->font();
        bold.setWeight(QFont::DemiBold);
        title->setFont(bold);
        auto* detail = new QLabel(welcome);
        detail->setObjectName(QStringLiteral("mutedLabel"));
        detail->setWordWrap(true);
        step->addWidget(title);
        step->addWidget(detail);
        steps->addLayout(step);
        m_steps.append(std::make_pair(title, detail));
    }
    welcomeLayout->addLayout(steps);
    m_welcomeNote = addParagraph(welcome, welcomeLayout, true);
    welcomeLayout->addStretch(1);
    setPage(WelcomePage, welcome);

    addFormPage(IdentityPage, ProfileForm::Section::Identity);
    addFormPage(AddressPage, ProfileForm::Section::Address | ProfileForm::Section::Contact);
    addFormPage(TaxAndBankPage, ProfileForm::Section::TaxAndPayment | ProfileForm::Section::Bank);

    auto* finished = new QWizardPage(this);
    auto* doneLayout = new QVBoxLayout(finished);
    doneLayout->setSpacing(16);
    m_doneText = addParagraph(finished, doneLayout);
    m_doneNote = addParagraph(finished, doneLayout, true);
    doneLayout->addStretch(1);
    setPage(DonePage, finished);
    setStartId(WelcomePage);

    resize(760, 640);
    retranslateUi();
}

void FirstRunAssistant::addFormPage(Page page, ProfileForm::Sections sections)
{
    auto* wizardPage = new QWizardPage(this);
    auto* layout = new QVBoxLayout(wizardPage);
    // A small screen scrolls rather than cuts the form.
    auto* scroll = new QScrollArea(wizardPage);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    auto* form = new ProfileForm(QFileInfo(m_database.path()).absolutePath(), sections, content);
    contentLayout->addWidget(form);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll);
    m_forms.insert(page, form);
    setPage(page, wizardPage);
}

bool FirstRunAssistant::isNeeded(Database& database)
{
    if (QSettings().value(UiSettings::kFirstRunDone, false).toBool())
        return false;
    auto loaded = ProfileRepository(database).load();
    return loaded.ok() && !loaded->has_value();
}

void FirstRunAssistant::initializePage(int id)
{
    if (ProfileForm* pageForm = m_forms.value(id)) {
        // Back and forth keeps what was typed on the page; the rest comes from the other pages.
        if (m_visited.contains(id))
            pageForm->rebase(m_profile);
        else
            pageForm->setProfile(m_profile);
        m_visited.insert(id);
    }
    if (id == DonePage)
        updateDoneText();
    QWizard::initializePage(id);
}

bool FirstRunAssistant::validateCurrentPage()
{
    const int id = currentId();
    if (ProfileForm* pageForm = m_forms.value(id)) {
        if (!pageForm->validateAll())
            return false;
        m_profile = pageForm->profile();
        if (id == TaxAndBankPage) {
            if (auto stored = ProfileRepository(m_database).save(m_profile); !stored) {
                MessageBox::showError(this, tr("The profile was not saved"), stored.error());
                return false;
            }
            m_profile = ProfileRepository::normalized(m_profile);
            m_saved = true;
            emit saved();
        }
    }
    return QWizard::validateCurrentPage();
}

void FirstRunAssistant::done(int result)
{
    // Finished or skipped, it is not offered again; Settings keeps the profile within reach.
    QSettings().setValue(UiSettings::kFirstRunDone, true);
    QWizard::done(result);
}

void FirstRunAssistant::updateDoneText()
{
    const QStringList missing = m_profile.missingForInvoices();
    QStringList labels;
    for (const QString& field : missing)
        labels << BusinessProfile::fieldLabel(field);
    m_doneText->setText(labels.isEmpty() ? tr("Your profile is saved. It appears on every quote and invoice you issue.")
                                         : tr("Your profile is saved. Before your first invoice, fill in: %1.")
                                               .arg(QLocale().createSeparatedList(labels)));
}

void FirstRunAssistant::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunAssistant::retranslateUi()
{
    setWindowTitle(tr("Set up Bureau"));
    setButtonText(QWizard::CancelButton, tr("Skip for now"));
    button(QWizard::CancelButton)->setToolTip(tr("You can fill it in later in Settings, under Profile."));

    page(WelcomePage)->setTitle(tr("Welcome to Bureau"));
    page(WelcomePage)->setSubTitle(tr("Tell Bureau who you are, once: it takes about two minutes."));
    m_welcomeText->setText(tr("Your quotes and invoices carry your name, your SIRET, your address and your bank "
                              "details, as French law requires. Three short steps ask for them:"));
    const QStringList stepTitles{tr("Who you are"), tr("Address and contact"), tr("Tax, payment and bank")};
    const QStringList stepDetails{
        tr("Your name, the legal mention of an individual enterprise, your trade name and SIRET."),
        tr("Your business address, e-mail and phone."),
        tr("Your VAT regime and number, payment terms, rates and bank details.")};
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        m_steps.at(i).first->setText(
            tr("%1. %2", "step number and title").arg(QString::number(i + 1), stepTitles.value(i)));
        m_steps.at(i).second->setText(stepDetails.value(i));
    }
    m_welcomeNote->setText(tr("Not now? Choose “Skip for now”: you can fill it in later in Settings, under "
                              "Profile."));

    page(IdentityPage)->setTitle(stepTitles.value(0));
    page(IdentityPage)
        ->setSubTitle(tr("Your name as registered, the mention of an individual enterprise, and your SIRET."));
    page(AddressPage)->setTitle(stepTitles.value(1));
    page(AddressPage)->setSubTitle(tr("Your business address is printed on every document."));
    page(TaxAndBankPage)->setTitle(stepTitles.value(2));
    page(TaxAndBankPage)
        ->setSubTitle(tr("What your invoices say about VAT, the terms they give, and where clients pay you."));

    page(DonePage)->setTitle(tr("You are all set"));
    page(DonePage)->setSubTitle(tr("Bureau is ready for your first client."));
    m_doneNote->setText(tr("You can change your profile at any time in Settings, under Profile."));
    if (currentId() == DonePage)
        updateDoneText();
}

} // namespace Bureau

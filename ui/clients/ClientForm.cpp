// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientForm.h"

#include "core/domain/Identifiers.h"
#include "ui/clients/ChannelListEditor.h"
#include "ui/widgets/CountryComboBox.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/TagLineEdit.h"
#include "ui/widgets/TimeZoneComboBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Bureau
{

namespace
{

using Field = Client::Field;

constexpr int kFieldWidth = 380;
constexpr int kShortWidth = 220;
constexpr int kRowWidth = 460;

struct NamedCode
{
    const char* code;
    const char* name;
};

constexpr NamedCode kCurrencies[] = {
    {"EUR", QT_TRANSLATE_NOOP("Bureau::ClientForm", "Euro")},
    {"CHF", QT_TRANSLATE_NOOP("Bureau::ClientForm", "Swiss franc")},
    {"GBP", QT_TRANSLATE_NOOP("Bureau::ClientForm", "Pound sterling")},
    {"USD", QT_TRANSLATE_NOOP("Bureau::ClientForm", "US dollar")},
    {"CAD", QT_TRANSLATE_NOOP("Bureau::ClientForm", "Canadian dollar")},
    {"AUD", QT_TRANSLATE_NOOP("Bureau::ClientForm", "Australian dollar")},
    {"MAD", QT_TRANSLATE_NOOP("Bureau::ClientForm", "Moroccan dirham")},
    {"XOF", QT_TRANSLATE_NOOP("Bureau::ClientForm", "West African CFA franc")},
    {"XAF", QT_TRANSLATE_NOOP("Bureau::ClientForm", "Central African CFA franc")},
    {"XPF", QT_TRANSLATE_NOOP("Bureau::ClientForm", "CFP franc")},
};

/** Countries whose clients usually read French: their documents default to French. */
bool speaksFrench(const QString& country)
{
    static const QStringList french{
        QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("LU"), QStringLiteral("MC"), QStringLiteral("CH"),
        QStringLiteral("MA"), QStringLiteral("DZ"), QStringLiteral("TN"), QStringLiteral("SN"), QStringLiteral("CI"),
        QStringLiteral("CM"), QStringLiteral("MG"), QStringLiteral("RE"), QStringLiteral("GP"), QStringLiteral("MQ"),
        QStringLiteral("GF"), QStringLiteral("YT"), QStringLiteral("NC"), QStringLiteral("PF"), QStringLiteral("HT"),
        QStringLiteral("PM")};
    return french.contains(country);
}

} // namespace

ClientForm::ClientForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("clientForm"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_body = new QWidget(this);
    outer->addWidget(m_body, 1);
    outer->addStretch(0);
    m_layout = new QFormLayout(m_body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new FormRows(m_layout, m_body);
    m_rows->setCheck([this] { return currentErrors(); });
    connect(m_rows, &FormRows::userEdited, this, &ClientForm::edited);
    connect(m_rows, &FormRows::leftValid, this, &ClientForm::onLeftValid);

    buildIdentity();
    buildBilling();
    buildContact();
    buildWorkTerms();
    buildNotes();

    setClient(Client());
    retranslateUi();
}

// ---------------------------------------------------------------------------------------------
// Building

QLineEdit* ClientForm::addLineEdit(QLatin1String field, int maxWidth, bool withHint)
{
    auto* edit = new QLineEdit(m_body);
    m_rows->addRow(QString(field), edit, nullptr, withHint, maxWidth);
    return edit;
}

void ClientForm::buildIdentity()
{
    m_sections << m_rows->addSection();

    auto* kinds = new QWidget(m_body);
    auto* kindLayout = new QHBoxLayout(kinds);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->setSpacing(16);
    m_company = new QRadioButton(kinds);
    m_person = new QRadioButton(kinds);
    m_person->setObjectName(QStringLiteral("kindPerson"));
    m_kindGroup = new QButtonGroup(this);
    m_kindGroup->addButton(m_company, 0);
    m_kindGroup->addButton(m_person, 1);
    kindLayout->addWidget(m_company);
    kindLayout->addWidget(m_person);
    kindLayout->addStretch(1);
    m_rows->addRow(QString(Field::kind), m_company, kinds, false, kRowWidth);
    m_rows->watch(QString(Field::kind), m_person);
    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateKindDependents();
    });

    // Professional or private: what decides the invoicing rules, so a choice of its own.
    auto* types = new QWidget(m_body);
    auto* typeLayout = new QHBoxLayout(types);
    typeLayout->setContentsMargins(0, 0, 0, 0);
    typeLayout->setSpacing(16);
    m_professional = new QRadioButton(types);
    m_private = new QRadioButton(types);
    m_private->setObjectName(QStringLiteral("private"));
    m_typeGroup = new QButtonGroup(this);
    m_typeGroup->addButton(m_professional, 0);
    m_typeGroup->addButton(m_private, 1);
    typeLayout->addWidget(m_professional);
    typeLayout->addWidget(m_private);
    typeLayout->addStretch(1);
    m_rows->addRow(QString(Field::professional), m_professional, types, true, kRowWidth);
    m_rows->watch(QString(Field::professional), m_private);

    m_name = addLineEdit(Field::name, kFieldWidth);

    m_legalForm = new QComboBox(m_body);
    m_legalForm->setEditable(true);
    m_legalForm->setInsertPolicy(QComboBox::NoInsert);
    // Legal forms are proper names, the same in every language.
    m_legalForm->addItems({QString(), QStringLiteral("SAS"), QStringLiteral("SASU"), QStringLiteral("SARL"),
                           QStringLiteral("EURL"), QStringLiteral("SA"), QStringLiteral("SCI"), QStringLiteral("SNC"),
                           QStringLiteral("SCOP"), QStringLiteral("EI"), QStringLiteral("Association"),
                           QStringLiteral("Ltd"), QStringLiteral("LLC"), QStringLiteral("Inc."), QStringLiteral("GmbH"),
                           QStringLiteral("SRL"), QStringLiteral("SPRL")});
    m_rows->addRow(QString(Field::legalForm), m_legalForm, nullptr, false, kShortWidth);

    m_siret = addLineEdit(Field::siret, kShortWidth, true);
    m_vatNumber = addLineEdit(Field::vatNumber, kShortWidth, true);
}

void ClientForm::buildBilling()
{
    m_sections << m_rows->addSection();

    m_address = new QPlainTextEdit(m_body);
    m_address->setTabChangesFocus(true);
    m_address->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_address->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int lineHeight = m_address->fontMetrics().lineSpacing();
    m_address->setFixedHeight(3 * lineHeight + 2 * m_address->frameWidth()
                              + static_cast<int>(2 * m_address->document()->documentMargin()) + 2);
    m_rows->addRow(QString(Field::addressLines), m_address, nullptr, false, kFieldWidth);

    // Postal code and city on one row, as on an envelope.
    m_postalCode = new QLineEdit(m_body);
    m_postalCode->setMaximumWidth(110);
    m_rows->addRow(QString(Field::postalCode), m_postalCode, nullptr, false, 110);
    m_city = addLineEdit(Field::city, kFieldWidth);

    m_country = new CountryComboBox(m_body);
    m_rows->addRow(QString(Field::country), m_country, nullptr, false, kFieldWidth);
    connect(m_country, &CountryComboBox::countryChanged, this, &ClientForm::onCountryChanged);

    m_language = new QComboBox(m_body);
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")})
        m_language->addItem(QString(), language);
    m_rows->addRow(QString(Field::language), m_language, nullptr, true, kShortWidth);
    connect(m_language, &QComboBox::activated, this, [this] { m_languageTouched = true; });

    m_currencyBox = new QComboBox(m_body);
    m_rows->addRow(QString(Field::currency), m_currencyBox, nullptr, false, kFieldWidth);
    connect(m_currencyBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_rows->isLoading())
            return;
        // A rate typed keeps its amount in the new currency.
        const QString next = m_currencyBox->currentData().toString();
        if (const QString rate = m_hourlyRate->text().trimmed(); !rate.isEmpty()) {
            if (auto parsed = Money::parse(rate, m_currency, QLocale()))
                m_hourlyRate->setText(Money::fromCents(parsed->cents(), next).format(QLocale()));
        }
        m_currency = next;
    });

    m_paymentTerms = new QSpinBox(m_body);
    // -1 stands for "the profile's terms" (no value of the client's own).
    m_paymentTerms->setRange(-1, 365);
    m_paymentTerms->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rows->addRow(QString(Field::paymentTermsDays), m_paymentTerms, nullptr, true, 200);
    connect(m_paymentTerms, &QSpinBox::valueChanged, this, &ClientForm::updatePaymentTermsSuffix);
}

void ClientForm::buildContact()
{
    m_sections << m_rows->addSection();
    m_emails = new ChannelListEditor(ChannelListEditor::Kind::Email, m_body);
    m_rows->addRow(QString(Field::emails), m_emails, nullptr, false, kRowWidth);
    m_phones = new ChannelListEditor(ChannelListEditor::Kind::Phone, m_body);
    m_rows->addRow(QString(Field::phones), m_phones, nullptr, false, kRowWidth);
    for (ChannelListEditor* list : {m_emails, m_phones}) {
        const QString field = list == m_emails ? QString(Field::emails) : QString(Field::phones);
        connect(list, &ChannelListEditor::edited, this, [this, field] { m_rows->edited(field); });
        connect(list, &ChannelListEditor::left, this, [this, field] { m_rows->left(field); });
    }
    m_website = addLineEdit(Field::website, kFieldWidth);

    m_timeZone = new TimeZoneComboBox(m_body);
    m_rows->addRow(QString(Field::timeZone), m_timeZone, nullptr, true, kFieldWidth);
    connect(m_timeZone, &TimeZoneComboBox::zoneChosen, this, [this] {
        if (!m_rows->isLoading())
            m_zoneTouched = true;
    });
    connect(m_timeZone, &QComboBox::editTextChanged, this, [this] {
        if (!m_rows->isLoading() && m_timeZone->hasFocus())
            m_zoneTouched = true;
    });
}

void ClientForm::buildWorkTerms()
{
    m_sections << m_rows->addSection();

    m_status = new QComboBox(m_body);
    for (const auto status :
         {Client::Status::Prospect, Client::Status::Active, Client::Status::Paused, Client::Status::Former})
        m_status->addItem(QString(), Client::statusKey(status));
    m_rows->addRow(QString(Field::status), m_status, nullptr, false, kShortWidth);

    m_hourlyRate = addLineEdit(Field::hourlyRate, 180, true);
    m_hourlyRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* rounding = new QWidget(m_body);
    auto* roundingLayout = new QHBoxLayout(rounding);
    roundingLayout->setContentsMargins(0, 0, 0, 0);
    roundingLayout->setSpacing(8);
    m_roundingStep = new QComboBox(rounding);
    for (const int step : {0, 5, 6, 10, 15, 30})
        m_roundingStep->addItem(QString(), step);
    m_roundingMode = new QComboBox(rounding);
    m_roundingMode->setObjectName(QStringLiteral("roundingMode"));
    m_roundingMode->addItem(QString(), RoundingRule::modeKey(RoundingRule::Mode::Up));
    m_roundingMode->addItem(QString(), RoundingRule::modeKey(RoundingRule::Mode::Nearest));
    m_roundingScope = new QComboBox(rounding);
    m_roundingScope->setObjectName(QStringLiteral("roundingScope"));
    m_roundingScope->addItem(QString(), RoundingRule::scopeKey(RoundingRule::Scope::PerEntry));
    m_roundingScope->addItem(QString(), RoundingRule::scopeKey(RoundingRule::Scope::PerLine));
    roundingLayout->addWidget(m_roundingStep);
    roundingLayout->addWidget(m_roundingMode);
    roundingLayout->addWidget(m_roundingScope);
    roundingLayout->addStretch(1);
    m_rows->addRow(QString(Field::rounding), m_roundingStep, rounding, true, kRowWidth + 40);
    m_rows->watch(QString(Field::rounding), m_roundingMode);
    m_rows->watch(QString(Field::rounding), m_roundingScope);
    connect(m_roundingStep, &QComboBox::currentIndexChanged, this, &ClientForm::updateRoundingEnabled);

    m_tags = new TagLineEdit(m_body);
    m_rows->addRow(QString(Field::tags), m_tags, nullptr, true, kFieldWidth);
}

void ClientForm::buildNotes()
{
    m_sections << m_rows->addSection();
    m_notes = new QPlainTextEdit(m_body);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(96);
    m_notes->setMaximumHeight(160);
    m_rows->addRow(QString(Field::notes), m_notes, nullptr, false, kRowWidth);
}

// ---------------------------------------------------------------------------------------------
// Data

void ClientForm::setClient(const Client& client)
{
    m_rows->setLoading(true);
    m_base = client;
    (client.kind == Client::Kind::Person ? m_person : m_company)->setChecked(true);
    (client.professional ? m_professional : m_private)->setChecked(true);
    m_name->setText(client.name);
    m_legalForm->setEditText(client.legalForm);
    m_siret->setText(Identifiers::formatSirenOrSiret(client.siret));
    m_vatNumber->setText(client.vatNumber);
    m_address->setPlainText(client.addressLines.join(u'\n'));
    m_postalCode->setText(client.postalCode);
    m_city->setText(client.city);
    m_country->setCountryCode(client.country);
    m_language->setCurrentIndex(std::max(0, m_language->findData(client.language)));
    m_currency = client.currency;
    fillCurrencies(client.currency);
    m_paymentTerms->setValue(client.paymentTermsDays.value_or(-1));
    m_emails->setChannels(client.emails);
    m_phones->setChannels(client.phones);
    m_website->setText(client.website);
    m_timeZone->setZoneId(client.timeZone);
    m_status->setCurrentIndex(std::max(0, m_status->findData(Client::statusKey(client.status))));
    m_hourlyRate->setText(client.hourlyRate.isValid() ? client.hourlyRate.format(QLocale()) : QString());
    m_roundingStep->setCurrentIndex(std::max(0, m_roundingStep->findData(client.rounding.stepMinutes)));
    m_roundingMode->setCurrentIndex(std::max(0, m_roundingMode->findData(RoundingRule::modeKey(client.rounding.mode))));
    m_roundingScope->setCurrentIndex(
        std::max(0, m_roundingScope->findData(RoundingRule::scopeKey(client.rounding.scope))));
    m_tags->setTags(client.tags);
    m_notes->setPlainText(client.notes);
    // A stored client's zone and language are the user's choice; a new one's follow its country.
    m_zoneTouched = client.id != 0;
    m_languageTouched = client.id != 0;
    m_rows->reset();
    m_rows->setLoading(false);
    updateKindDependents();
    updateRoundingEnabled();
    updatePaymentTermsSuffix();
}

Client ClientForm::client() const
{
    Client client = m_base;
    client.kind = m_person->isChecked() ? Client::Kind::Person : Client::Kind::Company;
    client.professional = !m_private->isChecked();
    client.name = m_name->text();
    client.legalForm = m_legalForm->currentText();
    client.siret = m_siret->text();
    client.vatNumber = m_vatNumber->text();
    client.addressLines = m_address->toPlainText().split(u'\n');
    client.addressLines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
    client.postalCode = m_postalCode->text();
    client.city = m_city->text();
    client.country = m_country->countryCode();
    client.language = m_language->currentData().toString();
    client.currency = m_currencyBox->currentData().toString();
    client.paymentTermsDays = m_paymentTerms->value() < 0 ? std::nullopt : std::optional<int>(m_paymentTerms->value());
    client.emails = m_emails->channels();
    client.phones = m_phones->channels();
    client.website = m_website->text();
    client.timeZone = m_timeZone->zoneId();
    client.status = Client::statusFromKey(m_status->currentData().toString()).value_or(Client::Status::Active);
    client.hourlyRate = Money();
    if (const QString rate = m_hourlyRate->text().trimmed(); !rate.isEmpty()) {
        if (auto parsed = Money::parse(rate, client.currency, QLocale()))
            client.hourlyRate = parsed.value();
    }
    client.rounding.stepMinutes = m_roundingStep->currentData().toInt();
    client.rounding.mode =
        RoundingRule::modeFromKey(m_roundingMode->currentData().toString()).value_or(RoundingRule::Mode::Up);
    client.rounding.scope =
        RoundingRule::scopeFromKey(m_roundingScope->currentData().toString()).value_or(RoundingRule::Scope::PerEntry);
    client.tags = m_tags->tags();
    client.notes = m_notes->toPlainText();
    return client;
}

void ClientForm::setKnownTags(const QStringList& tags)
{
    m_tags->setKnownTags(tags);
}

// ---------------------------------------------------------------------------------------------
// Validation

QHash<QString, QString> ClientForm::currentErrors() const
{
    QHash<QString, QString> errors = FormRows::firstErrors(client().normalized().validate());
    if (const QString rate = m_hourlyRate->text().trimmed(); !rate.isEmpty()) {
        auto parsed = Money::parse(rate, m_currencyBox->currentData().toString(), QLocale());
        if (!parsed)
            errors.insert(QString(Field::hourlyRate), parsed.error().message);
    }
    return errors;
}

bool ClientForm::validateAll()
{
    return m_rows->validateAll();
}

QStringList ClientForm::fieldsInError() const
{
    return m_rows->fieldsInError();
}

bool ClientForm::showFieldError(const QString& field, const QString& message)
{
    if (!m_rows->editor(field))
        return false;
    m_rows->showMessage(field, message);
    return true;
}

QWidget* ClientForm::editor(const QString& field) const
{
    return m_rows->editor(field);
}

QLabel* ClientForm::errorLabel(const QString& field) const
{
    return m_rows->error(field);
}

void ClientForm::onLeftValid(const QString& field)
{
    // A valid identifier or amount is shown the way it is printed.
    const QSignalBlocker blockSiret(m_siret);
    const QSignalBlocker blockVat(m_vatNumber);
    const QSignalBlocker blockRate(m_hourlyRate);
    if (field == Field::siret && !m_siret->text().trimmed().isEmpty()) {
        if (auto siret = Identifiers::validateSirenOrSiret(m_siret->text()))
            m_siret->setText(Identifiers::formatSirenOrSiret(siret.value()));
    } else if (field == Field::vatNumber && !m_vatNumber->text().trimmed().isEmpty()) {
        if (auto number = Identifiers::validateVatNumber(m_vatNumber->text()))
            m_vatNumber->setText(number.value());
    } else if (field == Field::hourlyRate && !m_hourlyRate->text().trimmed().isEmpty()) {
        if (auto rate = Money::parse(m_hourlyRate->text(), m_currencyBox->currentData().toString(), QLocale()))
            m_hourlyRate->setText(rate->format(QLocale()));
    }
}

void ClientForm::onCountryChanged(const QString& code)
{
    if (m_rows->isLoading())
        return;
    if (!m_zoneTouched) {
        const QString zone = Client::defaultTimeZone(code);
        if (!zone.isEmpty())
            m_timeZone->setZoneId(zone);
    }
    if (!m_languageTouched)
        m_language->setCurrentIndex(
            m_language->findData(speaksFrench(code) ? QStringLiteral("fr") : QStringLiteral("en")));
}

void ClientForm::updateKindDependents()
{
    // A company is always a professional client (Client::validate): "private" is for people.
    const bool company = m_company->isChecked();
    if (company && m_private->isChecked())
        m_professional->setChecked(true);
    m_private->setEnabled(!company);
    m_rows->setLabelText(QString(Field::name), company ? tr("Company &name:") : tr("Full &name:"));
    m_name->setPlaceholderText(company ? tr("As registered, e.g. Atelier Azur") : tr("First and last name"));
}

void ClientForm::updateRoundingEnabled()
{
    const bool rounding = m_roundingStep->currentData().toInt() != 0;
    m_roundingMode->setEnabled(rounding);
    m_roundingScope->setEnabled(rounding);
}

void ClientForm::updatePaymentTermsSuffix()
{
    const int days = m_paymentTerms->value();
    if (days < 0) {
        m_paymentTerms->setPrefix(QString());
        m_paymentTerms->setSuffix(QString());
        return;
    }
    // "30 days" from one translatable plural: the number's place in the sentence gives prefix and suffix.
    const QString text = tr("%n day(s)", "payment terms", days);
    const QString number = QString::number(days);
    const qsizetype at = text.indexOf(number);
    const QString prefix = at < 0 ? QString() : text.left(at);
    const QString suffix = at < 0 ? QString(u' ' + text) : text.mid(at + number.size());
    if (m_paymentTerms->prefix() != prefix)
        m_paymentTerms->setPrefix(prefix);
    if (m_paymentTerms->suffix() != suffix)
        m_paymentTerms->setSuffix(suffix);
}

void ClientForm::fillCurrencies(const QString& current)
{
    const QSignalBlocker blocker(m_currencyBox);
    m_currencyBox->clear();
    bool known = false;
    for (const NamedCode& currency : kCurrencies) {
        const QString code = QString::fromLatin1(currency.code);
        known = known || code == current;
        m_currencyBox->addItem(tr("%1 (%2)", "currency name and ISO 4217 code").arg(tr(currency.name), code), code);
    }
    if (!known && Money::isValidCurrencyCode(current))
        m_currencyBox->addItem(current, current);
    m_currencyBox->setCurrentIndex(std::max(0, m_currencyBox->findData(current)));
}

// ---------------------------------------------------------------------------------------------
// Language

void ClientForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientForm::retranslateUi()
{
    const QStringList sections{tr("Identity"), tr("Billing"), tr("Contact details"), tr("Work terms"), tr("Notes")};
    for (int i = 0; i < m_sections.size(); ++i)
        m_sections.at(i)->setText(sections.value(i));

    const QList<std::pair<QLatin1String, QString>> labels{
        {Field::kind, tr("&Type:")},
        {Field::professional, tr("&Client:")},
        {Field::legalForm, tr("&Legal form:")},
        {Field::siret, tr("&SIRET:")},
        {Field::vatNumber, tr("&VAT number:")},
        {Field::addressLines, tr("&Address:")},
        {Field::postalCode, tr("&Postal code:")},
        {Field::city, tr("C&ity:")},
        {Field::country, tr("C&ountry:")},
        {Field::language, tr("&Documents in:")},
        {Field::currency, tr("C&urrency:")},
        {Field::paymentTermsDays, tr("Pa&yment terms:")},
        {Field::emails, tr("&E-mail:")},
        {Field::phones, tr("P&hone:")},
        {Field::website, tr("&Website:")},
        {Field::timeZone, tr("Time &zone:")},
        {Field::status, tr("S&tatus:")},
        {Field::hourlyRate, tr("Hourly &rate:")},
        {Field::rounding, tr("R&ounding:")},
        {Field::tags, tr("Ta&gs:")},
        {Field::notes, tr("N&otes:")},
    };
    for (const auto& [field, text] : labels)
        m_rows->setLabelText(QString(field), text);

    m_company->setText(Client::kindText(Client::Kind::Company));
    m_person->setText(Client::kindText(Client::Kind::Person));
    m_professional->setText(tr("Professional"));
    m_private->setText(tr("Private individual"));
    m_rows->setHint(QString(Field::professional),
                    tr("Decides the invoicing rules: VAT, legal mentions and payment terms."));
    m_siret->setPlaceholderText(tr("9 or 14 digits"));
    m_rows->setHint(QString(Field::siret), tr("For French businesses; printed on their invoices."));
    m_vatNumber->setPlaceholderText(tr("Optional"));
    m_rows->setHint(QString(Field::vatNumber), tr("Required for business clients elsewhere in the EU."));
    m_address->setPlaceholderText(tr("Number and street\nBuilding, floor (optional)"));
    m_language->setItemText(0, tr("French"));
    m_language->setItemText(1, tr("English"));
    m_rows->setHint(QString(Field::language), tr("Quotes, invoices and letters are written in this language."));
    fillCurrencies(m_currencyBox->currentData().toString().isEmpty() ? m_currency
                                                                     : m_currencyBox->currentData().toString());
    m_paymentTerms->setSpecialValueText(tr("As in my profile"));
    updatePaymentTermsSuffix();
    m_rows->setHint(QString(Field::paymentTermsDays),
                    tr("At most 60 days for business clients (art. L441-10 of the French Commercial Code)."));
    m_website->setPlaceholderText(tr("www.example.fr"));
    m_rows->setHint(QString(Field::timeZone), tr("Appointments and working hours are shown in this zone."));
    for (int i = 0; i < m_status->count(); ++i) {
        if (auto status = Client::statusFromKey(m_status->itemData(i).toString()))
            m_status->setItemText(i, Client::statusText(*status));
    }
    m_hourlyRate->setPlaceholderText(tr("As in my profile"));
    m_rows->setHint(QString(Field::hourlyRate), tr("Excluding VAT, in the client’s currency."));
    m_roundingStep->setItemText(0, tr("No rounding"));
    for (int i = 1; i < m_roundingStep->count(); ++i)
        m_roundingStep->setItemText(i, tr("To %n min", "rounding step", m_roundingStep->itemData(i).toInt()));
    m_roundingMode->setItemText(0, tr("upwards", "rounding mode"));
    m_roundingMode->setItemText(1, tr("to the nearest", "rounding mode"));
    m_roundingScope->setItemText(0, tr("each entry", "rounding scope"));
    m_roundingScope->setItemText(1, tr("each invoice line", "rounding scope"));
    m_rows->setHint(QString(Field::rounding),
                    tr("Applied when hours become invoice lines; your entries keep the exact time."));
    m_tags->setPlaceholderText(tr("e.g. newsletter, monthly"));
    m_rows->setHint(QString(Field::tags), tr("Separated by commas."));
    m_notes->setPlaceholderText(tr("Anything worth remembering about this client."));
    updateKindDependents();
    m_rows->refresh();

    // Fields, their errors and hints take at most kRowWidth: a form stretched across a wide dialog reads badly.
    m_body->setMaximumWidth(m_rows->labelWidth() + m_layout->horizontalSpacing() + kRowWidth + 40);
}

} // namespace Bureau

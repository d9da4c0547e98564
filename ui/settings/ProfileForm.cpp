// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ProfileForm.h"

#include "core/domain/Identifiers.h"
#include "core/storage/ProfileRepository.h"
#include "ui/shell/Theme.h"

#include <QButtonGroup>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Bureau
{

namespace
{

using Field = BusinessProfile::Field;

constexpr int kFieldWidth = 360; // most text fields
constexpr int kShortWidth = 200; // codes and numbers
constexpr int kRowWidth = 440;   // a field with its error and hint
constexpr int kLogoSize = 96;

struct NamedCode
{
    const char* code;
    const char* name;
};

// France first, then the rest of the EU and the countries a French practice often works with,
// sorted by their translated name at run time.
constexpr NamedCode kCountries[] = {
    {"FR", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "France")},
    {"DE", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Germany")},
    {"AT", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Austria")},
    {"BE", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Belgium")},
    {"BG", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Bulgaria")},
    {"CY", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Cyprus")},
    {"HR", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Croatia")},
    {"DK", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Denmark")},
    {"ES", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Spain")},
    {"EE", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Estonia")},
    {"FI", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Finland")},
    {"GR", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Greece")},
    {"HU", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Hungary")},
    {"IE", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Ireland")},
    {"IT", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Italy")},
    {"LV", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Latvia")},
    {"LT", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Lithuania")},
    {"LU", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Luxembourg")},
    {"MT", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Malta")},
    {"NL", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Netherlands")},
    {"PL", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Poland")},
    {"PT", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Portugal")},
    {"CZ", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Czechia")},
    {"RO", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Romania")},
    {"SK", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Slovakia")},
    {"SI", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Slovenia")},
    {"SE", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Sweden")},
    {"AD", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Andorra")},
    {"CH", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Switzerland")},
    {"GB", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "United Kingdom")},
    {"IS", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Iceland")},
    {"LI", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Liechtenstein")},
    {"MC", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Monaco")},
    {"NO", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Norway")},
    {"US", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "United States")},
    {"CA", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Canada")},
    {"MA", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Morocco")},
    {"DZ", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Algeria")},
    {"TN", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Tunisia")},
    {"SN", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Senegal")},
    {"CI", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Côte d’Ivoire")},
    {"CM", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Cameroon")},
    {"MG", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Madagascar")},
    {"MU", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Mauritius")},
    {"NC", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "New Caledonia")},
    {"PF", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "French Polynesia")},
};

constexpr NamedCode kCurrencies[] = {
    {"EUR", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Euro")},
    {"CHF", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Swiss franc")},
    {"GBP", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Pound sterling")},
    {"USD", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "US dollar")},
    {"CAD", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Canadian dollar")},
    {"MAD", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "Moroccan dirham")},
    {"XOF", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "West African CFA franc")},
    {"XPF", QT_TRANSLATE_NOOP("Bureau::ProfileForm", "CFP franc")},
};

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

/**
 * Labels sit at the top of their row, their text level with the field's first line: QFormLayout
 * would otherwise centre them on a field that has an error or a hint under it.
 */
void alignLabel(QLabel* label, int fieldHeight)
{
    label->setContentsMargins(0, std::max(0, (fieldHeight - label->fontMetrics().height()) / 2), 0, 0);
}

QFont smallerFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

} // namespace

ProfileForm::ProfileForm(const QString& dataDir, Sections sections, QWidget* parent)
    : QWidget(parent)
    , m_dataDir(dataDir)
    , m_sections(sections)
{
    setObjectName(QStringLiteral("profileForm"));
    // The form keeps to a readable width, left-aligned; a horizontal box gives it that width when
    // heights are computed too (wrapped hints need the width they get to be the width they are
    // measured at, which a maximum width on the form itself does not ensure).
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_body = new QWidget(this);
    outer->addWidget(m_body, 1);
    outer->addStretch(0);
    m_layout = new QFormLayout(m_body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(16);
    m_layout->setVerticalSpacing(8);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Right-aligned labels at the top of their row, their text level with the field's first line
    // (alignLabel()) even when an error or a hint follows the field.
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    int groups = 0;
    for (const Section section :
         {Section::Identity, Section::Address, Section::Contact, Section::TaxAndPayment, Section::Bank}) {
        groups += (has(section) || (section == Section::Identity && has(Section::Logo))) ? 1 : 0;
    }
    m_showTitles = groups > 1;

    if (has(Section::Identity) || has(Section::Logo))
        addSection(Section::Identity);
    if (has(Section::Identity))
        buildIdentity();
    if (has(Section::Logo))
        buildLogo();
    if (has(Section::Address)) {
        addSection(Section::Address);
        buildAddress();
    }
    if (has(Section::Contact)) {
        addSection(Section::Contact);
        buildContact();
    }
    if (has(Section::TaxAndPayment)) {
        addSection(Section::TaxAndPayment);
        buildTaxAndPayment();
    }
    if (has(Section::Bank)) {
        addSection(Section::Bank);
        buildBank();
    }

    updateStyleSheet();
    setProfile(BusinessProfile());
    retranslateUi();
}

// ---------------------------------------------------------------------------------------------
// Building

void ProfileForm::addSection(Section section)
{
    if (!m_showTitles)
        return;
    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.12);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    // 8 px of row spacing plus 16 above every section but the first: sections read as groups.
    title->setContentsMargins(0, m_sectionTitles.isEmpty() ? 0 : 16, 0, 0);
    m_layout->addRow(title);
    m_sectionTitles.append(SectionTitle{title, section});
}

ProfileForm::Row ProfileForm::addRow(QLatin1String field, QWidget* editor, QWidget* holder, bool withHint, int maxWidth)
{
    Row row;
    row.field = QString(field);
    row.editor = editor;
    editor->setObjectName(row.field);

    auto* container = new QWidget(this);
    container->setObjectName(QString(row.field + QStringLiteral("Row")));
    auto* box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(4);
    QWidget* shown = holder ? holder : editor;
    shown->setMaximumWidth(maxWidth);
    box->addWidget(shown);

    row.error = new QLabel(container);
    row.error->setObjectName(QStringLiteral("fieldError"));
    row.error->setProperty("field", row.field);
    row.error->setWordWrap(true);
    row.error->setFont(smallerFont(font()));
    row.error->setTextFormat(Qt::PlainText);
    row.error->hide();
    box->addWidget(row.error);
    if (withHint) {
        row.hint = new QLabel(container);
        row.hint->setObjectName(QStringLiteral("mutedLabel"));
        row.hint->setWordWrap(true);
        row.hint->setFont(smallerFont(font()));
        row.hint->setTextFormat(Qt::PlainText);
        box->addWidget(row.hint);
    }
    row.container = container;

    row.label = new QLabel(this);
    row.label->setBuddy(editor);
    row.label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    alignLabel(row.label, editor->sizeHint().height());
    m_layout->addRow(row.label, container);
    m_rows.append(row);
    watch(row.field, editor);
    return row;
}

QLineEdit* ProfileForm::addLineEdit(QLatin1String field, int maxWidth, bool withHint)
{
    auto* edit = new QLineEdit(this);
    addRow(field, edit, nullptr, withHint, maxWidth);
    const QString key(field);
    connect(edit, &QLineEdit::textEdited, this, [this, key] { onEdited(key); });
    connect(edit, &QLineEdit::returnPressed, this, [this, key] { onLeft(key); });
    return edit;
}

void ProfileForm::watch(const QString& field, QWidget* editor)
{
    editor->setProperty("profileField", field);
    editor->installEventFilter(this);
}

void ProfileForm::buildIdentity()
{
    m_legalName = addLineEdit(Field::legalName, kFieldWidth);

    m_mention = new QComboBox(this);
    // The legal wording itself, printed as is in every language (BusinessProfile::mentionText).
    for (const auto mention : {BusinessProfile::Mention::Ei, BusinessProfile::Mention::EntrepreneurIndividuel})
        m_mention->addItem(BusinessProfile::mentionText(mention), BusinessProfile::mentionKey(mention));
    addRow(Field::mention, m_mention, nullptr, true, kFieldWidth);
    connect(m_mention, &QComboBox::currentIndexChanged, this, [this] {
        updateMentionHint();
        if (!m_loading)
            onChanged(QString(Field::mention));
    });

    m_tradeName = addLineEdit(Field::tradeName, kFieldWidth);
    m_siret = addLineEdit(Field::siret, kShortWidth);
    connect(m_legalName, &QLineEdit::textChanged, this, &ProfileForm::updateMentionHint);
}

void ProfileForm::buildLogo()
{
    auto* holder = new QWidget(this);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_logoPreview = new QLabel(holder);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(kLogoSize, kLogoSize);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFont(smallerFont(font()));
    layout->addWidget(m_logoPreview);
    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(8);
    m_chooseLogo = new QPushButton(holder);
    m_removeLogo = new QPushButton(holder);
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    buttons->addWidget(m_chooseLogo);
    buttons->addWidget(m_removeLogo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    addRow(Field::logoPath, m_chooseLogo, holder, true, kRowWidth);

    connect(m_chooseLogo, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
        if (!file.isEmpty())
            importLogo(file);
    });
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        // The file stays in the data folder: documents already issued keep their own copy.
        m_logoPath.clear();
        m_logoError.clear();
        updateLogoPreview();
        refreshErrors();
        emit edited();
    });
}

void ProfileForm::buildAddress()
{
    m_address = new QPlainTextEdit(this);
    m_address->setTabChangesFocus(true);
    m_address->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_address->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Three lines show; the profile holds four at most.
    const int lineHeight = m_address->fontMetrics().lineSpacing();
    m_address->setFixedHeight(3 * lineHeight + 2 * m_address->frameWidth()
                              + static_cast<int>(2 * m_address->document()->documentMargin()) + 2);
    addRow(Field::addressLines, m_address, nullptr, false, kFieldWidth);
    // The label lines up with the first line, as it does beside a line edit.
    const QLineEdit probe;
    alignLabel(label(QString(Field::addressLines)), probe.sizeHint().height());
    connect(m_address, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            onEdited(QString(Field::addressLines));
    });

    m_postalCode = addLineEdit(Field::postalCode, 120);
    m_city = addLineEdit(Field::city, kFieldWidth);

    m_country = new QComboBox(this);
    m_country->setMaxVisibleItems(16);
    addRow(Field::country, m_country, nullptr, false, kFieldWidth);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            onChanged(QString(Field::country));
    });
}

void ProfileForm::buildContact()
{
    m_email = addLineEdit(Field::email, kFieldWidth);
    m_phone = addLineEdit(Field::phone, kShortWidth);
}

void ProfileForm::buildTaxAndPayment()
{
    auto* regimes = new QWidget(this);
    auto* regimeLayout = new QVBoxLayout(regimes);
    regimeLayout->setContentsMargins(0, 0, 0, 0);
    regimeLayout->setSpacing(4);
    m_franchise = new QRadioButton(regimes);
    m_registered = new QRadioButton(regimes);
    m_onDebits = new QRadioButton(regimes);
    m_registered->setObjectName(QStringLiteral("vatRegistered"));
    m_onDebits->setObjectName(QStringLiteral("vatOnDebits"));
    m_regime = new QButtonGroup(this);
    m_regime->addButton(m_franchise, 0);
    m_regime->addButton(m_registered, 1);
    m_regime->addButton(m_onDebits, 2);
    for (QRadioButton* button : {m_franchise, m_registered, m_onDebits})
        regimeLayout->addWidget(button);
    addRow(Field::vatRegime, m_franchise, regimes, false, kRowWidth);
    for (QRadioButton* button : {m_registered, m_onDebits})
        watch(QString(Field::vatRegime), button);
    connect(m_regime, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked && !m_loading)
            onChanged(QString(Field::vatRegime));
    });

    m_vatNumber = addLineEdit(Field::vatNumber, kShortWidth, true);

    m_currencyBox = new QComboBox(this);
    addRow(Field::currency, m_currencyBox, nullptr, false, kFieldWidth);
    connect(m_currencyBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            onCurrencyChanged();
    });

    m_hourlyRate = addLineEdit(Field::hourlyRate, 160, true);
    m_hourlyRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_paymentTerms = new QSpinBox(this);
    m_paymentTerms->setRange(0, BusinessProfile::kMaxPaymentTermsDays);
    m_paymentTerms->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addRow(Field::paymentTermsDays, m_paymentTerms, nullptr, true, 160);
    connect(m_paymentTerms, &QSpinBox::valueChanged, this, [this] {
        updatePaymentTermsSuffix();
        if (!m_loading)
            onChanged(QString(Field::paymentTermsDays));
    });

    // A rate, not money: basis points shown as a percentage with two decimals.
    m_penaltyRate = new QDoubleSpinBox(this);
    m_penaltyRate->setRange(0.0, BusinessProfile::kMaxLatePenaltyBasisPoints / 100.0);
    m_penaltyRate->setDecimals(2);
    m_penaltyRate->setSingleStep(0.25);
    m_penaltyRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addRow(Field::latePenaltyBasisPoints, m_penaltyRate, nullptr, true, 160);
    connect(m_penaltyRate, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            onChanged(QString(Field::latePenaltyBasisPoints));
    });

    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    // Searchable: "paris" or "new_y" finds the zone wherever it occurs in the name.
    auto* completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);
    addRow(Field::timeZone, m_timeZone, nullptr, true, 260);
    connect(m_timeZone, &QComboBox::editTextChanged, this, [this] {
        if (!m_loading)
            onEdited(QString(Field::timeZone));
    });
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        if (!m_loading)
            onChanged(QString(Field::timeZone));
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this] {
        if (!m_loading)
            onChanged(QString(Field::timeZone));
    });
}

void ProfileForm::buildBank()
{
    m_iban = addLineEdit(Field::iban, kFieldWidth);
    m_bic = addLineEdit(Field::bic, kShortWidth);
}

// ---------------------------------------------------------------------------------------------
// Data

BusinessProfile ProfileForm::freshProfile()
{
    BusinessProfile profile;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && QTimeZone::isTimeZoneIdAvailable(system))
        profile.timeZone = QString::fromLatin1(system);
    return profile;
}

void ProfileForm::setProfile(const BusinessProfile& profile)
{
    m_loading = true;
    m_base = profile;
    if (has(Section::Identity)) {
        m_legalName->setText(profile.legalName);
        m_mention->setCurrentIndex(std::max(0, m_mention->findData(BusinessProfile::mentionKey(profile.mention))));
        m_tradeName->setText(profile.tradeName);
        m_siret->setText(Identifiers::formatSirenOrSiret(profile.siret));
    }
    if (has(Section::Logo)) {
        m_logoPath = profile.logoPath;
        m_logoError.clear();
        updateLogoPreview();
    }
    if (has(Section::Address)) {
        m_address->setPlainText(profile.addressLines.join(u'\n'));
        m_postalCode->setText(profile.postalCode);
        m_city->setText(profile.city);
        m_country->setProperty("code", profile.country);
        fillCountries();
    }
    if (has(Section::Contact)) {
        m_email->setText(profile.email);
        m_phone->setText(profile.phone);
    }
    if (has(Section::TaxAndPayment)) {
        const bool registered = profile.vatRegime == BusinessProfile::VatRegime::VatRegistered;
        (registered ? (profile.vatOnDebits ? m_onDebits : m_registered) : m_franchise)->setChecked(true);
        m_vatNumber->setText(profile.vatNumber);
        m_currency = profile.currency;
        m_currencyBox->setProperty("code", profile.currency);
        fillCurrencies();
        m_hourlyRate->setText(profile.hourlyRate.isValid() ? profile.hourlyRate.format(QLocale()) : QString());
        m_paymentTerms->setValue(profile.paymentTermsDays);
        m_penaltyRate->setValue(profile.latePenaltyBasisPoints / 100.0);
        const int zone = m_timeZone->findText(profile.timeZone);
        if (zone >= 0)
            m_timeZone->setCurrentIndex(zone);
        m_timeZone->setEditText(profile.timeZone);
    }
    if (has(Section::Bank)) {
        m_iban->setText(Identifiers::formatIban(profile.iban));
        m_bic->setText(profile.bic);
    }
    m_touched.clear();
    for (Row& row : m_rows)
        showError(row, QString());
    m_loading = false;
    updateMentionHint();
    updatePaymentTermsSuffix();
}

void ProfileForm::rebase(const BusinessProfile& profile)
{
    m_base = profile;
}

BusinessProfile ProfileForm::profile() const
{
    BusinessProfile profile = m_base;
    if (has(Section::Identity)) {
        profile.legalName = m_legalName->text();
        profile.mention =
            BusinessProfile::mentionFromKey(m_mention->currentData().toString()).value_or(BusinessProfile::Mention::Ei);
        profile.tradeName = m_tradeName->text();
        profile.siret = m_siret->text();
    }
    if (has(Section::Logo))
        profile.logoPath = m_logoPath;
    if (has(Section::Address)) {
        profile.addressLines = m_address->toPlainText().split(u'\n');
        profile.addressLines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
        profile.postalCode = m_postalCode->text();
        profile.city = m_city->text();
        profile.country = m_country->currentData().toString();
    }
    if (has(Section::Contact)) {
        profile.email = m_email->text();
        profile.phone = m_phone->text();
    }
    if (has(Section::TaxAndPayment)) {
        profile.vatRegime = m_franchise->isChecked() ? BusinessProfile::VatRegime::Franchise
                                                     : BusinessProfile::VatRegime::VatRegistered;
        profile.vatOnDebits = m_onDebits->isChecked();
        profile.vatNumber = m_vatNumber->text();
        profile.currency = m_currencyBox->currentData().toString();
        profile.hourlyRate = Money();
        if (const QString rate = m_hourlyRate->text().trimmed(); !rate.isEmpty()) {
            if (auto parsed = Money::parse(rate, profile.currency, QLocale()))
                profile.hourlyRate = parsed.value();
        }
        profile.paymentTermsDays = m_paymentTerms->value();
        profile.latePenaltyBasisPoints = qRound(m_penaltyRate->value() * 100);
        profile.timeZone = m_timeZone->currentText().trimmed();
    }
    if (has(Section::Bank)) {
        profile.iban = m_iban->text();
        profile.bic = m_bic->text();
    }
    return profile;
}

bool ProfileForm::importLogo(const QString& file)
{
    m_touched.insert(QString(Field::logoPath));
    auto imported = BusinessProfile::importLogo(file, m_dataDir);
    if (!imported) {
        m_logoError = imported.error().message;
        refreshErrors();
        return false;
    }
    m_logoError.clear();
    m_logoPath = imported.value();
    updateLogoPreview();
    refreshErrors();
    emit edited();
    return true;
}

// ---------------------------------------------------------------------------------------------
// Validation

QHash<QString, QString> ProfileForm::currentErrors() const
{
    QHash<QString, QString> errors;
    const BusinessProfile typed = ProfileRepository::normalized(profile());
    for (const FieldError& error : typed.validate()) {
        const QString key = error.field == Field::vatOnDebits ? QString(Field::vatRegime) : error.field;
        if (!errors.contains(key))
            errors.insert(key, error.message);
    }
    if (m_hourlyRate) {
        if (const QString rate = m_hourlyRate->text().trimmed(); !rate.isEmpty()) {
            auto parsed = Money::parse(rate, m_currencyBox->currentData().toString(), QLocale());
            if (!parsed)
                errors.insert(QString(Field::hourlyRate), parsed.error().message);
        }
    }
    if (!m_logoError.isEmpty())
        errors.insert(QString(Field::logoPath), m_logoError);
    return errors;
}

void ProfileForm::refreshErrors()
{
    const QHash<QString, QString> errors = currentErrors();
    for (Row& row : m_rows) {
        if (m_touched.contains(row.field))
            showError(row, errors.value(row.field));
    }
}

void ProfileForm::showError(Row& row, const QString& message)
{
    row.error->setText(message);
    row.error->setHidden(message.isEmpty());
    const bool invalid = !message.isEmpty();
    if (row.editor->property("invalid").toBool() != invalid && !qobject_cast<QRadioButton*>(row.editor)
        && !qobject_cast<QPushButton*>(row.editor)) {
        row.editor->setProperty("invalid", invalid);
        repolish(row.editor);
    }
}

bool ProfileForm::validateAll()
{
    // A refused import is over once reported: the logo kept is the one checked, and it is valid.
    m_logoError.clear();
    for (const Row& row : std::as_const(m_rows))
        m_touched.insert(row.field);
    refreshErrors();
    const QStringList invalid = fieldsInError();
    if (invalid.isEmpty())
        return true;
    if (QWidget* first = editor(invalid.first()))
        first->setFocus(Qt::OtherFocusReason);
    return false;
}

QStringList ProfileForm::fieldsInError() const
{
    QStringList fields;
    for (const Row& row : m_rows) {
        if (!row.error->isHidden())
            fields << row.field;
    }
    return fields;
}

void ProfileForm::onEdited(const QString& field)
{
    if (m_loading)
        return;
    emit edited();
    // Once a field shows an error, it is checked on each edit, so the message goes as soon as it is right.
    const Row* edited = findRow(field);
    if (edited && !edited->error->isHidden())
        refreshErrors();
}

void ProfileForm::onChanged(const QString& field)
{
    if (m_loading)
        return;
    emit edited();
    onLeft(field);
}

void ProfileForm::onLeft(const QString& field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    refreshErrors();
    // A valid identifier or amount is shown the way it is printed.
    const Row* left = findRow(field);
    if (!left || !left->error->isHidden())
        return;
    const QSignalBlocker blocker(left->editor);
    if (field == Field::siret && !m_siret->text().trimmed().isEmpty()) {
        if (auto siret = Identifiers::validateSirenOrSiret(m_siret->text()))
            m_siret->setText(Identifiers::formatSirenOrSiret(siret.value()));
    } else if (field == Field::iban && !m_iban->text().trimmed().isEmpty()) {
        if (auto iban = Identifiers::validateIban(m_iban->text()))
            m_iban->setText(Identifiers::formatIban(iban.value()));
    } else if (field == Field::vatNumber && !m_vatNumber->text().trimmed().isEmpty()) {
        if (auto number = Identifiers::validateVatNumber(m_vatNumber->text()))
            m_vatNumber->setText(number.value());
    } else if (field == Field::bic && !m_bic->text().trimmed().isEmpty()) {
        if (auto bic = Identifiers::validateBic(m_bic->text()))
            m_bic->setText(bic.value());
    } else if (field == Field::hourlyRate && !m_hourlyRate->text().trimmed().isEmpty()) {
        if (auto rate = Money::parse(m_hourlyRate->text(), m_currencyBox->currentData().toString(), QLocale()))
            m_hourlyRate->setText(rate->format(QLocale()));
    }
}

void ProfileForm::onCurrencyChanged()
{
    // The rate typed keeps its amount in the new currency ("€45.00" becomes "CHF 45.00").
    const QString next = m_currencyBox->currentData().toString();
    if (const QString rate = m_hourlyRate->text().trimmed(); !rate.isEmpty()) {
        if (auto parsed = Money::parse(rate, m_currency, QLocale()))
            m_hourlyRate->setText(Money::fromCents(parsed->cents(), next).format(QLocale()));
    }
    m_currency = next;
    onChanged(QString(Field::currency));
}

bool ProfileForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        // Leaving for a popup (the time zone completer) or another window is not leaving the field.
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            const QString field = watched->property("profileField").toString();
            if (!field.isEmpty())
                onLeft(field);
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// Look and language

void ProfileForm::updateMentionHint()
{
    if (!m_mention)
        return;
    const Row* mentionRow = findRow(QString(Field::mention));
    BusinessProfile sample;
    sample.legalName = m_legalName->text();
    sample.mention =
        BusinessProfile::mentionFromKey(m_mention->currentData().toString()).value_or(BusinessProfile::Mention::Ei);
    const QString shown = sample.legalNameWithMention();
    mentionRow->hint->setText(shown.isEmpty()
                                  ? tr("Printed right after your name on your documents, as French law requires.")
                                  : tr("On your documents: %1").arg(shown));
}

void ProfileForm::updatePaymentTermsSuffix()
{
    if (!m_paymentTerms)
        return;
    // "30 days" from one translatable plural: the number's place in the sentence gives prefix and suffix.
    const int days = m_paymentTerms->value();
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

void ProfileForm::updateLogoPreview()
{
    if (!m_logoPreview)
        return;
    m_removeLogo->setEnabled(!m_logoPath.isEmpty());
    QPixmap pixmap;
    if (!m_logoPath.isEmpty()) {
        // Read at the size shown (an SVG is rendered there, not scaled from a bitmap).
        QImageReader reader(QDir(m_dataDir).filePath(m_logoPath));
        const qreal ratio = devicePixelRatioF();
        const int side = static_cast<int>((kLogoSize - 8) * ratio);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull()) {
            pixmap = QPixmap::fromImage(image);
            pixmap.setDevicePixelRatio(ratio);
        }
    }
    if (pixmap.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(m_logoPath.isEmpty() ? tr("No logo") : tr("No preview"));
    } else {
        m_logoPreview->setText(QString());
        m_logoPreview->setPixmap(pixmap);
    }
}

void ProfileForm::fillCountries()
{
    if (!m_country)
        return;
    QString current = m_country->property("code").toString();
    if (m_country->currentIndex() >= 0 && !m_loading)
        current = m_country->currentData().toString();
    QList<std::pair<QString, QString>> others; // name, code
    bool known = false;
    for (const NamedCode& country : kCountries) {
        const QString code = QString::fromLatin1(country.code);
        known = known || code == current;
        if (code != u"FR")
            others.append({tr(country.name), code});
    }
    // A country outside the list (entered with bureau-cli) keeps its place, under Qt's English name.
    if (!known && !current.isEmpty()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(current);
        const QString name = territory == QLocale::AnyTerritory ? current : QLocale::territoryToString(territory);
        others.append({name, current});
    }
    QCollator collator{QLocale()};
    std::sort(others.begin(), others.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });

    const QSignalBlocker blocker(m_country);
    m_country->clear();
    m_country->addItem(tr("France"), QStringLiteral("FR"));
    m_country->insertSeparator(1);
    for (const auto& [name, code] : std::as_const(others))
        m_country->addItem(name, code);
    m_country->setCurrentIndex(std::max(0, m_country->findData(current)));
    m_country->setProperty("code", m_country->currentData());
}

void ProfileForm::fillCurrencies()
{
    if (!m_currencyBox)
        return;
    QString current = m_currencyBox->property("code").toString();
    if (m_currencyBox->currentIndex() >= 0 && !m_loading)
        current = m_currencyBox->currentData().toString();
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
    m_currencyBox->setProperty("code", m_currencyBox->currentData());
}

void ProfileForm::updateStyleSheet()
{
    const bool dark = Theme::isDark(palette());
    // Red with WCAG AA contrast on the window colour, light and dark.
    const QString red = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828");
    // The preview's frame: the text colour at a third over the window, readable in both palettes.
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const auto mix = [&](int a, int b) { return (a * 2 + b) / 3; };
    const QString border =
        QColor(mix(window.red(), text.red()), mix(window.green(), text.green()), mix(window.blue(), text.blue()))
            .name();
    const QString sheet = QStringLiteral(R"css(
QLabel#fieldError { color: %1; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {
    border: 1px solid %1;
    border-radius: 3px;
    padding: 1px 2px;
}
QLabel#logoPreview { border: 1px dashed %2; border-radius: 8px; }
)css")
                              .arg(red, border);
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void ProfileForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateStyleSheet();
    QWidget::changeEvent(event);
}

void ProfileForm::retranslateUi()
{
    for (const SectionTitle& title : std::as_const(m_sectionTitles)) {
        switch (title.section) {
        case Section::Identity:
        case Section::Logo:
            title.label->setText(tr("Identity"));
            break;
        case Section::Address:
            title.label->setText(tr("Address"));
            break;
        case Section::Contact:
            title.label->setText(tr("Contact"));
            break;
        case Section::TaxAndPayment:
            title.label->setText(tr("Tax and payment"));
            break;
        case Section::Bank:
            title.label->setText(tr("Bank"));
            break;
        case Section::All:
            break;
        }
    }

    // Mnemonics are unique across the whole form, but for IBAN and BIC, which sit together.
    const QHash<QString, QString> labels{
        {QString(Field::legalName), tr("&Name:")},
        {QString(Field::mention), tr("Legal &mention:")},
        {QString(Field::tradeName), tr("&Trade name:")},
        {QString(Field::siret), tr("&SIRET:")},
        {QString(Field::logoPath), tr("Lo&go:")},
        {QString(Field::addressLines), tr("&Address:")},
        {QString(Field::postalCode), tr("&Postal code:")},
        {QString(Field::city), tr("C&ity:")},
        {QString(Field::country), tr("C&ountry:")},
        {QString(Field::email), tr("&E-mail:")},
        {QString(Field::phone), tr("P&hone:")},
        {QString(Field::vatRegime), tr("&VAT regime:")},
        {QString(Field::vatNumber), tr("VAT n&umber:")},
        {QString(Field::currency), tr("&Currency:")},
        {QString(Field::hourlyRate), tr("Hourly &rate:")},
        {QString(Field::paymentTermsDays), tr("Pa&yment terms:")},
        {QString(Field::latePenaltyBasisPoints), tr("&Late-payment penalty:")},
        {QString(Field::timeZone), tr("Time &zone:")},
        {QString(Field::iban), tr("I&BAN:")},
        {QString(Field::bic), tr("&BIC:")},
    };
    for (const Row& row : std::as_const(m_rows))
        row.label->setText(labels.value(row.field));

    if (m_legalName) {
        m_legalName->setPlaceholderText(tr("First and last name"));
        m_tradeName->setPlaceholderText(tr("Optional"));
        m_siret->setPlaceholderText(tr("14 digits"));
        updateMentionHint();
    }
    if (m_logoPreview) {
        m_chooseLogo->setText(tr("Choose logo…"));
        m_removeLogo->setText(tr("Remove"));
        findRow(QString(Field::logoPath))->hint->setText(tr("PNG, JPEG or SVG, 2 MB at most."));
        updateLogoPreview();
    }
    if (m_address) {
        m_address->setPlaceholderText(tr("Number and street\nBuilding, floor (optional)"));
        fillCountries();
    }
    if (m_email) {
        m_email->setPlaceholderText(tr("name@example.fr"));
        m_phone->setPlaceholderText(tr("+33 6 12 34 56 78"));
    }
    if (m_franchise) {
        m_franchise->setText(tr("VAT franchise (art. 293 B of the French Tax Code)"));
        m_registered->setText(tr("VAT-registered"));
        m_onDebits->setText(tr("VAT-registered, option for VAT on debits"));
        m_vatNumber->setPlaceholderText(tr("Optional"));
        findRow(QString(Field::vatNumber))
            ->hint->setText(tr("Needed for business clients elsewhere in the EU, even under the VAT franchise."));
        fillCurrencies();
        m_hourlyRate->setPlaceholderText(tr("Optional"));
        findRow(QString(Field::hourlyRate))->hint->setText(tr("For clients without a rate of their own."));
        m_paymentTerms->setSpecialValueText(tr("On receipt", "payment terms of 0 days"));
        updatePaymentTermsSuffix();
        findRow(QString(Field::paymentTermsDays))
            ->hint->setText(tr("At most 60 days for business clients (art. L441-10 of the French Commercial Code)."));
        m_penaltyRate->setSuffix(tr("%", "suffix of a yearly rate"));
        findRow(QString(Field::latePenaltyBasisPoints))
            ->hint->setText(tr("A yearly rate. The legal minimum is three times the French legal interest rate."));
        findRow(QString(Field::timeZone))
            ->hint->setText(tr("Decides the date, and so the year, of each invoice you issue."));
    }
    // Messages shown come back in the new language.
    refreshErrors();

    // Fields, their errors and hints take at most kRowWidth: a form stretched across a wide window
    // reads badly, and wrapped hints need the width they are laid out in to be the width they get.
    int labelWidth = 0;
    for (const Row& row : std::as_const(m_rows))
        labelWidth = std::max(labelWidth, row.label->sizeHint().width());
    m_body->setMaximumWidth(labelWidth + m_layout->horizontalSpacing() + kRowWidth);
}

// ---------------------------------------------------------------------------------------------
// Lookups

ProfileForm::Row* ProfileForm::findRow(const QString& field)
{
    for (Row& candidate : m_rows) {
        if (candidate.field == field)
            return &candidate;
    }
    return nullptr;
}

const ProfileForm::Row* ProfileForm::findRow(const QString& field) const
{
    for (const Row& candidate : m_rows) {
        if (candidate.field == field)
            return &candidate;
    }
    return nullptr;
}

QWidget* ProfileForm::editor(const QString& field) const
{
    const Row* found = findRow(field);
    return found ? found->editor : nullptr;
}

QLabel* ProfileForm::label(const QString& field) const
{
    const Row* found = findRow(field);
    return found ? found->label : nullptr;
}

QLabel* ProfileForm::errorLabel(const QString& field) const
{
    const Row* found = findRow(field);
    return found ? found->error : nullptr;
}

} // namespace Bureau

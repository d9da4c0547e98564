// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Bureau
{

/**
 * The fields of the business profile, grouped in sections, with inline validation (DESIGN.md, Look
 * and feel): when the user leaves a field, and on each edit once it shows an error, the field is
 * checked with BusinessProfile::validate() (the rules save() applies) and the message shows in red
 * under it, its border red too. No dialog for a field error.
 *
 * Used whole by the Settings page and by section by the first-run assistant: a form shows only the
 * sections it is given, and profile() returns the profile it was given with those sections' fields
 * replaced by what is typed.
 */
class ProfileForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Section
    {
        Identity = 0x01,      // name, mention, trade name, SIRET
        Logo = 0x02,          // shown under Identity
        Address = 0x04,       // address lines, postal code, city, country
        Contact = 0x08,       // e-mail, phone
        TaxAndPayment = 0x10, // VAT regime and number, currency, hourly rate, terms, penalties, time zone
        Bank = 0x20,          // IBAN, BIC
        All = 0x3f,
    };
    Q_DECLARE_FLAGS(Sections, Section)

    /** @p dataDir is the folder of the database, where importLogo() copies the logo. */
    explicit ProfileForm(const QString& dataDir, Sections sections = Section::All, QWidget* parent = nullptr);

    /** What a new user starts from: the defaults, in the system's time zone when it is a known one. */
    static BusinessProfile freshProfile();

    /** Fills the fields from @p profile; forgets the errors shown. */
    void setProfile(const BusinessProfile& profile);
    /** Takes the fields outside this form's sections from @p profile, leaving what is typed here. */
    void rebase(const BusinessProfile& profile);
    /**
     * The profile given to setProfile() with this form's fields as typed (not normalised; an
     * hourly rate that does not parse is left out: validateAll() reports it).
     */
    BusinessProfile profile() const;

    /**
     * Checks every field of the form and shows each problem next to its field; focuses the first
     * field in error. True when there is none.
     */
    bool validateAll();
    /** Fields of this form that show an error, in form order. */
    QStringList fieldsInError() const;

    /** Copies @p file into the data folder as the logo; a refusal shows under the logo. */
    bool importLogo(const QString& file);

    /** For tests and for focus: the editor of a field (BusinessProfile::Field key), or null. */
    QWidget* editor(const QString& field) const;
    QLabel* label(const QString& field) const;
    QLabel* errorLabel(const QString& field) const;
    QLabel* logoPreview() const { return m_logoPreview; }

signals:
    /** The user changed a field (not setProfile()). */
    void edited();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        QString field;
        QLabel* label = nullptr;
        QWidget* editor = nullptr; // gets the focus and the red border
        QWidget* container = nullptr;
        QLabel* error = nullptr;
        QLabel* hint = nullptr;
    };
    struct SectionTitle
    {
        QLabel* label = nullptr;
        Section section = Section::Identity;
    };

    void buildIdentity();
    void buildLogo();
    void buildAddress();
    void buildContact();
    void buildTaxAndPayment();
    void buildBank();
    void addSection(Section section);
    /** A row: the label (buddy of @p editor), then @p holder (or @p editor), its error and its hint. */
    Row addRow(QLatin1String field, QWidget* editor, QWidget* holder, bool withHint, int maxWidth);
    QLineEdit* addLineEdit(QLatin1String field, int maxWidth, bool withHint = false);
    void watch(const QString& field, QWidget* editor);

    void retranslateUi();
    void fillCountries();
    void fillCurrencies();
    void updateStyleSheet();
    void updateMentionHint();
    void updatePaymentTermsSuffix();
    void updateLogoPreview();
    /** Typing in a field. */
    void onEdited(const QString& field);
    /** A choice made (combo, radio, spin box): an edit and leaving at once. */
    void onChanged(const QString& field);
    /** Focus leaves a field: it is checked from now on. */
    void onLeft(const QString& field);
    void onCurrencyChanged();
    /** Each field's first problem, keyed by row (vatOnDebits shows on the VAT regime). */
    QHash<QString, QString> currentErrors() const;
    /** Shows the current problem of every field checked so far. */
    void refreshErrors();
    void showError(Row& row, const QString& message);
    bool has(Section section) const { return m_sections.testFlag(section); }
    Row* findRow(const QString& field);
    const Row* findRow(const QString& field) const;

    QString m_dataDir;
    Sections m_sections;
    BusinessProfile m_base;
    QString m_logoPath;
    QString m_logoError;
    QString m_currency;
    bool m_loading = false;
    QSet<QString> m_touched;
    QList<Row> m_rows;
    QList<SectionTitle> m_sectionTitles;
    QWidget* m_body = nullptr; // holds m_layout
    QFormLayout* m_layout = nullptr;
    bool m_showTitles = false;

    QLineEdit* m_legalName = nullptr;
    QComboBox* m_mention = nullptr;
    QLineEdit* m_tradeName = nullptr;
    QLineEdit* m_siret = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_chooseLogo = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QButtonGroup* m_regime = nullptr;
    QRadioButton* m_franchise = nullptr;
    QRadioButton* m_registered = nullptr;
    QRadioButton* m_onDebits = nullptr;
    QLineEdit* m_vatNumber = nullptr;
    QComboBox* m_currencyBox = nullptr;
    QLineEdit* m_hourlyRate = nullptr;
    QSpinBox* m_paymentTerms = nullptr;
    QDoubleSpinBox* m_penaltyRate = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLineEdit* m_iban = nullptr;
    QLineEdit* m_bic = nullptr;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ProfileForm::Sections)

} // namespace Bureau

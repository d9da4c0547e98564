// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace Bureau
{

class ChannelListEditor;
class CountryComboBox;
class FormRows;
class TagLineEdit;
class TimeZoneComboBox;

/**
 * Every field of a client in QFormLayout sections — Identity, Billing, Contact details, Work terms,
 * Notes — with inline validation from Client::validate() next to each field (DESIGN.md, Look and
 * feel). Nothing typed is lost to a check: client() returns what is typed, and validateAll() only
 * shows what is wrong.
 *
 * Changing the country proposes its time zone (Client::defaultTimeZone) until the user picks a
 * zone; a company is always a professional client, so "private" is offered for a person only.
 */
class ClientForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientForm(QWidget* parent = nullptr);

    /** Fills the fields from @p client; forgets the errors shown. */
    void setClient(const Client& client);
    /** The client given to setClient() with the fields as typed (not normalised). */
    Client client() const;
    /** The tags offered while typing. */
    void setKnownTags(const QStringList& tags);

    /** Checks every field, shows each problem beside its field and focuses the first. */
    bool validateAll();
    QStringList fieldsInError() const;
    /** Shows an error that came back from saving under its field (when the form has that field). */
    bool showFieldError(const QString& field, const QString& message);

    FormRows* rows() const { return m_rows; }
    /** The editor of a field (Client::Field key), for focus and tests. */
    QWidget* editor(const QString& field) const;
    QLabel* errorLabel(const QString& field) const;
    ChannelListEditor* emailsEditor() const { return m_emails; }
    ChannelListEditor* phonesEditor() const { return m_phones; }
    TimeZoneComboBox* timeZoneBox() const { return m_timeZone; }
    CountryComboBox* countryBox() const { return m_country; }

signals:
    /** The user changed a field. */
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildIdentity();
    void buildBilling();
    void buildContact();
    void buildWorkTerms();
    void buildNotes();
    QLineEdit* addLineEdit(QLatin1String field, int maxWidth, bool withHint = false);
    void retranslateUi();
    void updateKindDependents();
    void updateRoundingEnabled();
    void updatePaymentTermsSuffix();
    void onCountryChanged(const QString& code);
    void onLeftValid(const QString& field);
    QHash<QString, QString> currentErrors() const;
    void fillCurrencies(const QString& current);

    Client m_base;
    QString m_currency;
    bool m_zoneTouched = false;
    bool m_languageTouched = false;
    FormRows* m_rows = nullptr;
    QFormLayout* m_layout = nullptr;
    QWidget* m_body = nullptr;
    QList<QLabel*> m_sections;

    QButtonGroup* m_kindGroup = nullptr;
    QRadioButton* m_company = nullptr;
    QRadioButton* m_person = nullptr;
    QButtonGroup* m_typeGroup = nullptr;
    QRadioButton* m_professional = nullptr;
    QRadioButton* m_private = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_legalForm = nullptr;
    QLineEdit* m_siret = nullptr;
    QLineEdit* m_vatNumber = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    CountryComboBox* m_country = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_currencyBox = nullptr;
    QSpinBox* m_paymentTerms = nullptr;
    ChannelListEditor* m_emails = nullptr;
    ChannelListEditor* m_phones = nullptr;
    QLineEdit* m_website = nullptr;
    TimeZoneComboBox* m_timeZone = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_hourlyRate = nullptr;
    QComboBox* m_roundingStep = nullptr;
    QComboBox* m_roundingMode = nullptr;
    QComboBox* m_roundingScope = nullptr;
    TagLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace Bureau

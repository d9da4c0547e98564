// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ContactDialog.h"

#include "core/storage/ClientRepository.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Bureau
{

namespace
{
const QString kRole = QStringLiteral("role");
const QString kChannel = QStringLiteral("preferredChannel");
const QString kPrimary = QStringLiteral("primary");
const QString kNotes = QStringLiteral("notes");
} // namespace

ContactDialog::ContactDialog(Database& database, const Contact& contact, QWidget* parent)
    : RecordDialog(parent)
    , m_db(database)
    , m_base(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    QWidget* body = formWidget();
    m_name = new QLineEdit(contact.name, body);
    rows()->addRow(QString(Contact::Field::name), m_name);
    m_role = new QLineEdit(contact.role, body);
    rows()->addRow(kRole, m_role);
    m_email = new QLineEdit(contact.email, body);
    rows()->addRow(QString(Contact::Field::email), m_email);
    m_phone = new QLineEdit(contact.phone, body);
    rows()->addRow(QString(Contact::Field::phone), m_phone, nullptr, false, 240);
    m_channel = new QComboBox(body);
    for (const auto channel : {Contact::Channel::None, Contact::Channel::Email, Contact::Channel::Phone,
                               Contact::Channel::Sms, Contact::Channel::Messaging, Contact::Channel::Post})
        m_channel->addItem(Contact::channelText(channel), Contact::channelKey(channel));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(Contact::channelKey(contact.preferredChannel))));
    rows()->addRow(kChannel, m_channel, nullptr, false, 240);
    m_primary = new QCheckBox(body);
    m_primary->setChecked(contact.primary);
    rows()->addRow(kPrimary, m_primary, nullptr, true);
    m_notes = new QPlainTextEdit(contact.notes, body);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(88);
    rows()->addRow(kNotes, m_notes);
    rows()->setCheck([this] { return FormRows::firstErrors(this->contact().validate()); });
    retranslateUi();
    fitToContent(560);
}

Contact ContactDialog::contact() const
{
    Contact contact = m_base;
    contact.name = m_name->text();
    contact.role = m_role->text();
    contact.email = m_email->text();
    contact.phone = m_phone->text();
    contact.preferredChannel =
        Contact::channelFromKey(m_channel->currentData().toString()).value_or(Contact::Channel::None);
    contact.primary = m_primary->isChecked();
    contact.notes = m_notes->toPlainText();
    return contact;
}

bool ContactDialog::save()
{
    ClientRepository repository(m_db);
    const Contact typed = contact();
    if (typed.id == 0) {
        auto added = repository.addContact(typed);
        if (!added) {
            MessageBox::showError(this, tr("The contact cannot be saved"), added.error());
            return false;
        }
        m_savedId = added.value();
    } else {
        if (auto updated = repository.updateContact(typed); !updated) {
            MessageBox::showError(this, tr("The contact cannot be saved"), updated.error());
            return false;
        }
        m_savedId = typed.id;
    }
    return true;
}

void ContactDialog::retranslateUi()
{
    setHeading(m_base.id == 0 ? tr("New contact") : tr("Edit contact"));
    setSaveText(m_base.id == 0 ? tr("Add contact") : tr("Save changes"));
    rows()->setLabelText(QString(Contact::Field::name), tr("&Name:"));
    rows()->setLabelText(kRole, tr("&Role:"));
    rows()->setLabelText(QString(Contact::Field::email), tr("&E-mail:"));
    rows()->setLabelText(QString(Contact::Field::phone), tr("&Phone:"));
    rows()->setLabelText(kChannel, tr("Prefers to be &reached by:"));
    rows()->setLabelText(kPrimary, QString());
    rows()->setLabelText(kNotes, tr("N&otes:"));
    m_name->setPlaceholderText(tr("First and last name"));
    m_role->setPlaceholderText(tr("e.g. Office manager"));
    m_email->setPlaceholderText(tr("name@example.fr"));
    m_phone->setPlaceholderText(tr("+33 6 12 34 56 78"));
    for (int i = 0; i < m_channel->count(); ++i) {
        if (auto channel = Contact::channelFromKey(m_channel->itemData(i).toString()))
            m_channel->setItemText(i, Contact::channelText(*channel));
    }
    m_primary->setText(tr("Main contact"));
    rows()->setHint(kPrimary, tr("The person to reach first; a client has one main contact."));
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/InteractionDialog.h"

#include "core/services/ClientTimeline.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/InteractionRepository.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{
using Field = Interaction::Field;
const QString kFollowUp = QStringLiteral("followUp");
} // namespace

InteractionDialog::InteractionDialog(Database& database, const Client& client, const Interaction& interaction,
                                     const QTimeZone& userZone, QWidget* parent)
    : RecordDialog(parent)
    , m_db(database)
    , m_client(client)
    , m_base(interaction)
    , m_userZone(userZone)
{
    setObjectName(QStringLiteral("interactionDialog"));
    QWidget* body = formWidget();

    m_kind = new QComboBox(body);
    for (const auto kind : {Interaction::Kind::Call, Interaction::Kind::Email, Interaction::Kind::Meeting,
                            Interaction::Kind::Note, Interaction::Kind::Message})
        m_kind->addItem(Interaction::kindText(kind), Interaction::kindKey(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(Interaction::kindKey(interaction.kind))));
    rows()->addRow(QString(Field::kind), m_kind, nullptr, false, 220);

    // "When" is typed as the user's wall-clock time: the edit holds it as a zone-less (UTC-spec)
    // date and time, read back in the user's zone (the system zone may differ from the profile's).
    auto* whenHolder = new QWidget(body);
    auto* whenLayout = new QVBoxLayout(whenHolder);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->setSpacing(4);
    m_when = new QDateTimeEdit(whenHolder);
    m_when->setTimeSpec(Qt::UTC);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_when->setMaximumWidth(220);
    m_zones = new QLabel(whenHolder);
    m_zones->setObjectName(QStringLiteral("mutedLabel"));
    m_zones->setFont(FormRows::smallerFont(font()));
    m_zones->setWordWrap(true);
    whenLayout->addWidget(m_when);
    whenLayout->addWidget(m_zones);
    rows()->addRow(QString(Field::occurredAt), m_when, whenHolder);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &InteractionDialog::updateZones);

    m_withWhom = new QComboBox(body);
    m_withWhom->setEditable(true);
    m_withWhom->setInsertPolicy(QComboBox::NoInsert);
    m_withWhom->addItem(QString(), qint64(0));
    if (auto contacts = ClientRepository(m_db).contacts(client.id)) {
        for (const Contact& contact : contacts.value())
            m_withWhom->addItem(contact.role.isEmpty() ? contact.name : tr("%1 — %2").arg(contact.name, contact.role),
                                contact.id);
    }
    const int contactIndex = interaction.contactId ? m_withWhom->findData(interaction.contactId) : -1;
    if (contactIndex > 0)
        m_withWhom->setCurrentIndex(contactIndex);
    else
        m_withWhom->setEditText(interaction.withWhom);
    rows()->addRow(QString(Field::withWhom), m_withWhom, nullptr, true);

    m_summary = new QLineEdit(interaction.summary, body);
    rows()->addRow(QString(Field::summary), m_summary);
    m_body = new QPlainTextEdit(interaction.body, body);
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(120);
    rows()->addRow(QString(Field::body), m_body);

    auto* followHolder = new QWidget(body);
    auto* followLayout = new QHBoxLayout(followHolder);
    followLayout->setContentsMargins(0, 0, 0, 0);
    followLayout->setSpacing(8);
    m_followUp = new QCheckBox(followHolder);
    m_followUpOn = new QDateEdit(followHolder);
    m_followUpOn->setObjectName(QStringLiteral("followUpOn"));
    m_followUpOn->setCalendarPopup(true);
    m_followUpOn->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    followLayout->addWidget(m_followUp);
    followLayout->addWidget(m_followUpOn);
    followLayout->addStretch(1);
    rows()->addRow(kFollowUp, m_followUp, followHolder);
    m_followUp->setChecked(interaction.followUpOn.isValid());
    m_followUpOn->setEnabled(interaction.followUpOn.isValid());
    connect(m_followUp, &QCheckBox::toggled, m_followUpOn, &QWidget::setEnabled);

    rows()->setCheck([this] { return FormRows::firstErrors(this->interaction().validate()); });
    setWhen(interaction.occurredAtMs);
    m_followUpOn->setDate(
        interaction.followUpOn.isValid()
            ? interaction.followUpOn
            : QDateTime::fromMSecsSinceEpoch(interaction.occurredAtMs, Qt::UTC).toTimeZone(userZone).date().addDays(7));
    retranslateUi();
    fitToContent(600);
}

void InteractionDialog::setWhen(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(m_userZone);
    m_when->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
    updateZones();
}

qint64 InteractionDialog::whenMs() const
{
    const QDateTime typed = m_when->dateTime();
    return QDateTime(typed.date(), typed.time(), m_userZone).toMSecsSinceEpoch();
}

void InteractionDialog::updateZones()
{
    const QTimeZone clientZone(m_client.timeZone.toLatin1());
    if (!clientZone.isValid() || clientZone.id() == m_userZone.id()) {
        m_zones->setText(tr("Your time (%1).").arg(ClientTimeline::zoneCity(m_userZone)));
        return;
    }
    m_zones->setText(
        tr("In the client’s zone: %1").arg(ClientTimeline::formatInstant(whenMs(), clientZone, clientZone)));
}

Interaction InteractionDialog::interaction() const
{
    Interaction interaction = m_base;
    interaction.clientId = m_client.id;
    interaction.kind = Interaction::kindFromKey(m_kind->currentData().toString()).value_or(Interaction::Kind::Note);
    interaction.occurredAtMs = whenMs();
    // A contact picked from the list, or a name typed.
    const int index = m_withWhom->findText(m_withWhom->currentText().trimmed(), Qt::MatchFixedString);
    if (index > 0) {
        interaction.contactId = m_withWhom->itemData(index).toLongLong();
        interaction.withWhom.clear();
    } else {
        interaction.contactId = 0;
        interaction.withWhom = m_withWhom->currentText();
    }
    interaction.summary = m_summary->text();
    interaction.body = m_body->toPlainText();
    interaction.followUpOn = m_followUp->isChecked() ? m_followUpOn->date() : QDate();
    return interaction;
}

bool InteractionDialog::save()
{
    InteractionRepository repository(m_db);
    const Interaction typed = interaction();
    auto saved = typed.id == 0 ? repository.add(typed) : repository.update(typed);
    if (!saved) {
        MessageBox::showError(this, tr("The interaction cannot be saved"), saved.error());
        return false;
    }
    m_saved = saved.value();
    return true;
}

void InteractionDialog::retranslateUi()
{
    setHeading(m_base.id == 0 ? tr("Log an interaction with %1").arg(m_client.name) : tr("Edit interaction"));
    setSaveText(m_base.id == 0 ? tr("Log it") : tr("Save changes"));
    rows()->setLabelText(QString(Field::kind), tr("&Kind:"));
    rows()->setLabelText(QString(Field::occurredAt), tr("&When:"));
    rows()->setLabelText(QString(Field::withWhom), tr("With &whom:"));
    rows()->setLabelText(QString(Field::summary), tr("&Summary:"));
    rows()->setLabelText(QString(Field::body), tr("&Details:"));
    rows()->setLabelText(kFollowUp, tr("&Follow-up:"));
    rows()->setHint(QString(Field::withWhom), tr("Pick a contact or type a name."));
    for (int i = 0; i < m_kind->count(); ++i) {
        if (auto kind = Interaction::kindFromKey(m_kind->itemData(i).toString()))
            m_kind->setItemText(i, Interaction::kindText(*kind));
    }
    m_summary->setPlaceholderText(tr("One line, e.g. Agreed on the new schedule"));
    m_followUp->setText(tr("Follow up on"));
    updateZones();
}

} // namespace Bureau

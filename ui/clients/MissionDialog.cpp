// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/MissionDialog.h"

#include "core/services/ClientFileStore.h"
#include "core/storage/MissionRepository.h"
#include "ui/clients/WorkingSlotsEditor.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/TimeZoneComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Bureau
{

namespace
{
using Field = Mission::Field;
const QString kScopeIncluded = QStringLiteral("scopeIncluded");
const QString kScopeExcluded = QStringLiteral("scopeExcluded");
const QString kStatus = QStringLiteral("status");
const QString kOverage = QStringLiteral("overage");
const QString kReporting = QStringLiteral("reporting");
const QString kContract = QStringLiteral("contract");
const QString kNotes = QStringLiteral("notes");

QPlainTextEdit* textBox(QWidget* parent, const QString& text, int height)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(height);
    return edit;
}

} // namespace

MissionDialog::MissionDialog(Database& database, const Client& client, const Mission& mission,
                             const QTimeZone& userZone, const QDate& today, QWidget* parent)
    : RecordDialog(parent)
    , m_db(database)
    , m_client(client)
    , m_base(mission)
    , m_userZone(userZone)
{
    setObjectName(QStringLiteral("missionDialog"));
    QWidget* body = formWidget();
    const QLocale locale;
    const auto money = [&](const Money& value) { return value.isValid() ? value.format(locale) : QString(); };

    m_sections << rows()->addSection();
    m_title = new QLineEdit(mission.title, body);
    rows()->addRow(QString(Field::title), m_title);
    m_included = textBox(body, mission.scopeIncluded, 76);
    rows()->addRow(kScopeIncluded, m_included);
    m_excluded = textBox(body, mission.scopeExcluded, 76);
    rows()->addRow(kScopeExcluded, m_excluded);

    auto* period = new QWidget(body);
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->setSpacing(8);
    m_start = new QDateEdit(mission.startsOn.isValid() ? mission.startsOn : today, period);
    m_start->setObjectName(QStringLiteral("startsOn"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_hasEnd = new QCheckBox(period);
    m_hasEnd->setObjectName(QStringLiteral("hasEnd"));
    m_end = new QDateEdit(mission.endsOn.isValid() ? mission.endsOn : m_start->date().addYears(1), period);
    m_end->setObjectName(QStringLiteral("endsOn"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_hasEnd->setChecked(mission.endsOn.isValid());
    m_end->setEnabled(mission.endsOn.isValid());
    periodLayout->addWidget(m_start);
    periodLayout->addWidget(m_hasEnd);
    periodLayout->addWidget(m_end);
    periodLayout->addStretch(1);
    rows()->addRow(QString(Field::period), m_start, period);
    rows()->watch(QString(Field::period), m_end);
    rows()->watch(QString(Field::period), m_hasEnd);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);

    m_status = new QComboBox(body);
    for (const auto status :
         {Mission::Status::Draft, Mission::Status::Active, Mission::Status::Paused, Mission::Status::Ended})
        m_status->addItem(Mission::statusText(status), Mission::statusKey(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(Mission::statusKey(mission.status))));
    rows()->addRow(kStatus, m_status, nullptr, false, 220);

    // Billing: the mode, then only the fields it needs.
    m_sections << rows()->addSection();
    m_billing = new QComboBox(body);
    for (const auto billing : {Mission::Billing::Hourly, Mission::Billing::Package, Mission::Billing::Fixed})
        m_billing->addItem(Mission::billingText(billing), Mission::billingKey(billing));
    m_billing->setCurrentIndex(std::max(0, m_billing->findData(Mission::billingKey(mission.billing))));
    rows()->addRow(QString(Field::billing), m_billing, nullptr, false, 280);
    connect(m_billing, &QComboBox::currentIndexChanged, this, &MissionDialog::updateBillingRows);

    m_hourlyRate = new QLineEdit(money(mission.hourlyRate), body);
    m_hourlyRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rows()->addRow(QString(Field::hourlyRate), m_hourlyRate, nullptr, true, 160);
    m_packageHours = new QDoubleSpinBox(body);
    m_packageHours->setRange(0, 744);
    m_packageHours->setDecimals(1);
    m_packageHours->setSingleStep(1);
    m_packageHours->setValue(mission.packageMinutes / 60.0);
    m_packageHours->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rows()->addRow(QString(Field::packageHours), m_packageHours, nullptr, false, 160);
    connect(m_packageHours, &QDoubleSpinBox::valueChanged, this,
            [this] { rows()->changed(QString(Field::packageHours)); });
    m_packageFee = new QLineEdit(money(mission.packageFee), body);
    m_packageFee->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rows()->addRow(QString(Field::packageFee), m_packageFee, nullptr, false, 160);
    m_overage = new QComboBox(body);
    m_overage->addItem(QString(), Mission::overageKey(Mission::Overage::Billed));
    m_overage->addItem(QString(), Mission::overageKey(Mission::Overage::Carried));
    m_overage->setCurrentIndex(std::max(0, m_overage->findData(Mission::overageKey(mission.overage))));
    rows()->addRow(kOverage, m_overage, nullptr, false, 320);
    connect(m_overage, &QComboBox::currentIndexChanged, this, &MissionDialog::updateBillingRows);
    m_overageRate = new QLineEdit(money(mission.overageRate), body);
    m_overageRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rows()->addRow(QString(Field::overageRate), m_overageRate, nullptr, true, 160);
    m_monthlyFee = new QLineEdit(money(mission.monthlyFee), body);
    m_monthlyFee->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rows()->addRow(QString(Field::monthlyFee), m_monthlyFee, nullptr, false, 160);

    // Working hours, in the mission's zone.
    m_sections << rows()->addSection();
    m_zone = new TimeZoneComboBox(body);
    m_zone->setZoneId(mission.timeZone);
    rows()->addRow(QString(Field::timeZone), m_zone, nullptr, false, 340);
    connect(m_zone, &TimeZoneComboBox::zoneChosen, this, &MissionDialog::updateZone);
    m_slots = new WorkingSlotsEditor(body);
    m_slots->setReferenceDate(today);
    m_slots->setSlotList(mission.workingSlots);
    rows()->addRow(QString(Field::workingSlots), m_slots, nullptr, false, 460);
    connect(m_slots, &WorkingSlotsEditor::edited, this, [this] { rows()->changed(QString(Field::workingSlots)); });

    m_sections << rows()->addSection();
    m_reporting = new QComboBox(body);
    for (const auto reporting : {Mission::Reporting::None, Mission::Reporting::Weekly, Mission::Reporting::Monthly})
        m_reporting->addItem(Mission::reportingText(reporting), Mission::reportingKey(reporting));
    m_reporting->setCurrentIndex(std::max(0, m_reporting->findData(Mission::reportingKey(mission.reporting))));
    rows()->addRow(kReporting, m_reporting, nullptr, false, 220);
    m_contract = new QComboBox(body);
    m_contract->addItem(QString(), qint64(0));
    if (auto files = ClientFileStore(m_db).listForClient(client.id)) {
        for (const ClientFile& file : files.value())
            m_contract->addItem(file.originalName, file.id);
    }
    m_contract->setCurrentIndex(std::max(0, m_contract->findData(mission.contractFileId)));
    rows()->addRow(kContract, m_contract, nullptr, true, 340);
    m_notes = textBox(body, mission.notes, 76);
    rows()->addRow(kNotes, m_notes);

    rows()->setCheck([this] { return currentErrors(); });
    updateZone();
    updateBillingRows();
    retranslateUi();
    fitToContent(680);
}

Money MissionDialog::amount(const QLineEdit* edit) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    auto parsed = Money::parse(text, m_base.currency, QLocale());
    return parsed ? parsed.value() : Money();
}

Mission MissionDialog::mission() const
{
    Mission mission = m_base;
    mission.clientId = m_client.id;
    mission.title = m_title->text();
    mission.scopeIncluded = m_included->toPlainText();
    mission.scopeExcluded = m_excluded->toPlainText();
    mission.startsOn = m_start->date();
    mission.endsOn = m_hasEnd->isChecked() ? m_end->date() : QDate();
    mission.status = Mission::statusFromKey(m_status->currentData().toString()).value_or(Mission::Status::Active);
    mission.billing = Mission::billingFromKey(m_billing->currentData().toString()).value_or(Mission::Billing::Hourly);
    mission.hourlyRate = amount(m_hourlyRate);
    mission.packageMinutes = qRound(m_packageHours->value() * 60);
    mission.packageFee = amount(m_packageFee);
    mission.overage = Mission::overageFromKey(m_overage->currentData().toString()).value_or(Mission::Overage::Billed);
    mission.overageRate = amount(m_overageRate);
    mission.monthlyFee = amount(m_monthlyFee);
    mission.timeZone = m_zone->zoneId();
    mission.workingSlots = m_slots->slotList();
    mission.reporting =
        Mission::reportingFromKey(m_reporting->currentData().toString()).value_or(Mission::Reporting::None);
    mission.contractFileId = m_contract->currentData().toLongLong();
    mission.notes = m_notes->toPlainText();
    return mission;
}

QHash<QString, QString> MissionDialog::currentErrors() const
{
    // The rules of the mode chosen only (MissionRepository stores the mode's amounts alone).
    QHash<QString, QString> errors = FormRows::firstErrors(MissionRepository::normalized(mission()).validate());
    const QList<std::pair<QString, const QLineEdit*>> amounts{{QString(Field::hourlyRate), m_hourlyRate},
                                                              {QString(Field::packageFee), m_packageFee},
                                                              {QString(Field::overageRate), m_overageRate},
                                                              {QString(Field::monthlyFee), m_monthlyFee}};
    for (const auto& [field, edit] : amounts) {
        if (edit->isHidden() || edit->text().trimmed().isEmpty())
            continue;
        if (auto parsed = Money::parse(edit->text().trimmed(), m_base.currency, QLocale()); !parsed)
            errors.insert(field, parsed.error().message);
    }
    return errors;
}

void MissionDialog::updateBillingRows()
{
    const auto billing =
        Mission::billingFromKey(m_billing->currentData().toString()).value_or(Mission::Billing::Hourly);
    const bool package = billing == Mission::Billing::Package;
    rows()->setRowVisible(QString(Field::hourlyRate), billing == Mission::Billing::Hourly);
    rows()->setRowVisible(QString(Field::packageHours), package);
    rows()->setRowVisible(QString(Field::packageFee), package);
    rows()->setRowVisible(kOverage, package);
    const bool billed = m_overage->currentData().toString() == Mission::overageKey(Mission::Overage::Billed);
    rows()->setRowVisible(QString(Field::overageRate), package && billed);
    rows()->setRowVisible(QString(Field::monthlyFee), billing == Mission::Billing::Fixed);
}

void MissionDialog::updateZone()
{
    m_slots->setZones(QTimeZone(m_zone->zoneId().toLatin1()), m_userZone);
}

bool MissionDialog::save()
{
    MissionRepository repository(m_db);
    const Mission typed = mission();
    auto saved = typed.id == 0 ? repository.add(typed) : repository.update(typed);
    if (!saved) {
        MessageBox::showError(this, tr("The mission cannot be saved"), saved.error());
        return false;
    }
    m_saved = saved.value();
    return true;
}

void MissionDialog::retranslateUi()
{
    setHeading(m_base.id == 0 ? tr("New mission for %1").arg(m_client.name) : tr("Edit mission"));
    setSaveText(m_base.id == 0 ? tr("Add mission") : tr("Save changes"));
    const QStringList sections{tr("The mission"), tr("Billing"), tr("Working hours"), tr("Follow-up")};
    for (int i = 0; i < m_sections.size(); ++i)
        m_sections.at(i)->setText(sections.value(i));
    rows()->setLabelText(QString(Field::title), tr("&Title:"));
    rows()->setLabelText(kScopeIncluded, tr("What you &do:"));
    rows()->setLabelText(kScopeExcluded, tr("What you do &not do:"));
    rows()->setLabelText(QString(Field::period), tr("&Period:"));
    rows()->setLabelText(kStatus, tr("&Status:"));
    rows()->setLabelText(QString(Field::billing), tr("&Billed:"));
    rows()->setLabelText(QString(Field::hourlyRate), tr("Hourly &rate:"));
    rows()->setLabelText(QString(Field::packageHours), tr("Hours a &month:"));
    rows()->setLabelText(QString(Field::packageFee), tr("Monthly &fee:"));
    rows()->setLabelText(kOverage, tr("Hours &beyond:"));
    rows()->setLabelText(QString(Field::overageRate), tr("Rate beyond the &package:"));
    rows()->setLabelText(QString(Field::monthlyFee), tr("Monthly &fee:"));
    rows()->setLabelText(QString(Field::timeZone), tr("Time &zone:"));
    rows()->setLabelText(QString(Field::workingSlots), tr("Working &slots:"));
    rows()->setLabelText(kReporting, tr("Acti&vity report:"));
    rows()->setLabelText(kContract, tr("Si&gned contract:"));
    rows()->setLabelText(kNotes, tr("N&otes:"));
    m_title->setPlaceholderText(tr("e.g. Administrative assistance"));
    m_included->setPlaceholderText(tr("Inbox, appointments, invoicing follow-up…"));
    m_excluded->setPlaceholderText(tr("Accounting, legal advice…"));
    m_hasEnd->setText(tr("Ends on"));
    for (QComboBox* box : {m_status, m_billing, m_reporting}) {
        for (int i = 0; i < box->count(); ++i) {
            const QString key = box->itemData(i).toString();
            if (box == m_status) {
                if (auto status = Mission::statusFromKey(key))
                    box->setItemText(i, Mission::statusText(*status));
            } else if (box == m_billing) {
                if (auto billing = Mission::billingFromKey(key))
                    box->setItemText(i, Mission::billingText(*billing));
            } else if (auto reporting = Mission::reportingFromKey(key)) {
                box->setItemText(i, Mission::reportingText(*reporting));
            }
        }
    }
    m_overage->setItemText(0, tr("Billed at a rate"));
    m_overage->setItemText(1, tr("Carried over to the next month"));
    const QString placeholder = Money::fromCents(0, m_base.currency).format(QLocale());
    m_hourlyRate->setPlaceholderText(tr("The client’s rate"));
    rows()->setHint(QString(Field::hourlyRate), tr("Leave empty to bill at the client’s hourly rate."));
    m_packageFee->setPlaceholderText(placeholder);
    m_overageRate->setPlaceholderText(tr("The hourly rate"));
    rows()->setHint(QString(Field::overageRate), tr("Leave empty to bill extra hours at the hourly rate."));
    m_monthlyFee->setPlaceholderText(placeholder);
    m_packageHours->setSuffix(tr(" h", "hours suffix"));
    m_contract->setItemText(0, tr("None"));
    rows()->setHint(kContract, m_contract->count() > 1 ? tr("Among the files attached to this client.")
                                                       : tr("Attach the signed contract in the Files tab first."));
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "ui/clients/RecordDialog.h"

#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Bureau
{

class Database;
class TimeZoneComboBox;
class WorkingSlotsEditor;

/**
 * Creates or edits a mission: title, scope (what is done and what is not), period, status, the
 * billing mode with only the fields it needs, the working slots in the mission's zone with their
 * equivalent in the user's, the reporting cadence and the signed contract among the client's files.
 */
class MissionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    MissionDialog(Database& database, const Client& client, const Mission& mission, const QTimeZone& userZone,
                  const QDate& today, QWidget* parent = nullptr);

    Mission mission() const;
    const Mission& saved() const { return m_saved; }
    WorkingSlotsEditor* slotsEditor() const { return m_slots; }
    QComboBox* billingBox() const { return m_billing; }

protected:
    bool save() override;
    void retranslateUi() override;

private:
    void updateBillingRows();
    void updateZone();
    QHash<QString, QString> currentErrors() const;
    /** An amount field: empty Money when blank or unreadable (the check reports the latter). */
    Money amount(const QLineEdit* edit) const;

    Database& m_db;
    Client m_client;
    Mission m_base;
    Mission m_saved;
    QTimeZone m_userZone;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_included = nullptr;
    QPlainTextEdit* m_excluded = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_end = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_billing = nullptr;
    QLineEdit* m_hourlyRate = nullptr;
    QDoubleSpinBox* m_packageHours = nullptr;
    QLineEdit* m_packageFee = nullptr;
    QComboBox* m_overage = nullptr;
    QLineEdit* m_overageRate = nullptr;
    QLineEdit* m_monthlyFee = nullptr;
    TimeZoneComboBox* m_zone = nullptr;
    WorkingSlotsEditor* m_slots = nullptr;
    QComboBox* m_reporting = nullptr;
    QComboBox* m_contract = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QList<QLabel*> m_sections;
};

} // namespace Bureau

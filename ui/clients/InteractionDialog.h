// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "ui/clients/RecordDialog.h"

#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Bureau
{

class Database;

/**
 * Logs or edits an interaction: what kind, when (typed in the user's zone, shown live in the
 * client's too), with whom (one of the client's contacts, or anyone typed), a summary, the text,
 * and a date to follow up.
 */
class InteractionDialog final : public RecordDialog
{
    Q_OBJECT

public:
    InteractionDialog(Database& database, const Client& client, const Interaction& interaction,
                      const QTimeZone& userZone, QWidget* parent = nullptr);

    Interaction interaction() const;
    const Interaction& saved() const { return m_saved; }

    QDateTimeEdit* whenEdit() const { return m_when; }
    QLabel* zonesLabel() const { return m_zones; }
    QComboBox* withWhomBox() const { return m_withWhom; }
    /** Sets "when" from a UTC instant (shown in the user's zone). */
    void setWhen(qint64 utcMs);

protected:
    bool save() override;
    void retranslateUi() override;

private:
    qint64 whenMs() const;
    void updateZones();

    Database& m_db;
    Client m_client;
    Interaction m_base;
    Interaction m_saved;
    QTimeZone m_userZone;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLabel* m_zones = nullptr;
    QComboBox* m_withWhom = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QCheckBox* m_followUp = nullptr;
    QDateEdit* m_followUpOn = nullptr;
};

} // namespace Bureau

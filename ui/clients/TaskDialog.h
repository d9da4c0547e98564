// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "ui/clients/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Bureau
{

class Database;

/** Adds or edits a task of a client: title, mission, status, priority, due date, notes. */
class TaskDialog final : public RecordDialog
{
    Q_OBJECT

public:
    TaskDialog(Database& database, const Client& client, const Task& task, const QDate& today,
               QWidget* parent = nullptr);

    Task task() const;
    const Task& saved() const { return m_saved; }

protected:
    bool save() override;
    void retranslateUi() override;

private:
    Database& m_db;
    Client m_client;
    Task m_base;
    Task m_saved;
    QLineEdit* m_title = nullptr;
    QComboBox* m_mission = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "ui/clients/RecordDialog.h"

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Bureau
{

class Database;

/**
 * Writes how to answer the client's phone or inbox: the greeting, who to put through and how, what
 * to filter, the hours, the urgent contact, notes, and standard answers (question and answer).
 */
class ReceptionInstructionsDialog final : public RecordDialog
{
    Q_OBJECT

public:
    ReceptionInstructionsDialog(Database& database, const Client& client, QWidget* parent = nullptr);

    ReceptionInstructions instructions() const;
    void setInstructions(const ReceptionInstructions& instructions);
    QTableWidget* answersTable() const { return m_answers; }
    /** Adds an empty question row and starts editing it. */
    void addAnswer(const QString& question = {}, const QString& answer = {});

protected:
    bool save() override;
    void retranslateUi() override;

private:
    Database& m_db;
    Client m_client;
    ReceptionInstructions m_base;
    QPlainTextEdit* m_greeting = nullptr;
    QPlainTextEdit* m_putThrough = nullptr;
    QPlainTextEdit* m_filtering = nullptr;
    QLineEdit* m_hours = nullptr;
    QLineEdit* m_urgent = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTableWidget* m_answers = nullptr;
    QPushButton* m_addAnswer = nullptr;
    QPushButton* m_removeAnswer = nullptr;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "ui/clients/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Bureau
{

class Database;

/** Adds or edits one contact of a client: name, role, e-mail, phone, preferred channel, primary, notes. */
class ContactDialog final : public RecordDialog
{
    Q_OBJECT

public:
    ContactDialog(Database& database, const Contact& contact, QWidget* parent = nullptr);

    Contact contact() const;
    qint64 savedId() const { return m_savedId; }

protected:
    bool save() override;
    void retranslateUi() override;

private:
    Database& m_db;
    Contact m_base;
    qint64 m_savedId = 0;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_primary = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"
#include "ui/clients/RecordDialog.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Bureau
{

class CredentialStore;
class Database;

/**
 * Records or edits a login the assistant holds for one of the client's tools. The password goes to
 * the keychain through ClientAccessService, never to the database; the field is cleared as soon
 * as the dialog is done with it. Editing leaves the stored password alone unless a new one is typed.
 */
class AccessDialog final : public RecordDialog
{
    Q_OBJECT

public:
    AccessDialog(Database& database, CredentialStore& store, const Client& client, const ClientAccess& access,
                 const QDate& today, QWidget* parent = nullptr);
    ~AccessDialog() override;

    ClientAccess access() const;
    const ClientAccess& saved() const { return m_saved; }
    QLineEdit* passwordEdit() const { return m_password; }

protected:
    bool save() override;
    void retranslateUi() override;

private:
    Database& m_db;
    CredentialStore& m_store;
    Client m_client;
    ClientAccess m_base;
    ClientAccess m_saved;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_grantedBy = nullptr;
    QCheckBox* m_hasGrantedOn = nullptr;
    QDateEdit* m_grantedOn = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Bureau
{

class CredentialStore;
class Database;

/**
 * A client's personal data under the GDPR: everything Bureau holds about one client, exported as
 * a ZIP (right of access and portability, art. 15 and 20), and erased while keeping what French law
 * requires Bureau to keep (right to erasure, art. 17, within its art. 17(3)(b) exception).
 *
 * **Export.** `client.json` holds the client, its tags, contacts, e-mails and phones,
 * interactions, missions with their working slots, reception instructions and standard answers,
 * accesses (never a secret, nor the keychain name), tasks, time entries (`timeEntries`: start and end
 * as ISO UTC, minutes, local day, description, notes, billable, mission, task and invoice ids),
 * onboarding checklist and the list of attached files; the files themselves are under
 * `documents/`. Instants (`…_at` columns) are ISO 8601 UTC; every other value is as stored (amounts
 * in cents beside their currency).
 *
 * **Erasure** (one transaction; then secrets and files): deletes contacts, e-mails and phones,
 * tags (and the tags no other client has), interactions, reception instructions and answers, the
 * onboarding checklist and attached files; clears the client's notes, website, e-mail and phone,
 * the notes of its tasks and missions, and the user names, addresses, notes and grantors of its
 * accesses, which are all revoked (secrets deleted, the record of when access ended kept; a secret
 * the keychain fails to delete stays listed under its service's name only when the identity goes);
 * archives the client as "former". The client's
 * billing identity — name, legal form, SIREN/SIRET, VAT number and billing address — is kept when
 * the client has invoicing documents, which must be kept for 10 years (art. L123-22 of the Code de
 * commerce; art. L102 B of the Livre des procédures fiscales: 6 years) and corrected only by credit
 * notes that repeat that identity; otherwise it is erased too and the client renamed "Erased client
 * #<id>". Tasks and missions stay, stripped of their notes: they are the basis of invoiced work
 * (their titles, scope and terms describe services, not people). Time entries that are on no invoice
 * are deleted; those on an invoice stay (they are what it bills) with their notes cleared, and their
 * description too unless the invoice is issued (a locked entry's description is the invoice's).
 * Deleted rows are overwritten on disk (secure_delete), the search index is rebuilt and the
 * write-ahead log checkpointed, so the erased text does not linger in the database file; backups
 * taken before keep it until they rotate out.
 */
class ClientDataService final
{
    Q_DECLARE_TR_FUNCTIONS(ClientDataService)

public:
    struct ExportSummary
    {
        /** Files written under `documents/`. */
        int files = 0;
        /** Original names of attached files whose copy was missing (listed in the JSON, not archived). */
        QStringList missingFiles;
    };

    struct Erasure
    {
        /** The billing identity was kept because the client has invoicing documents. */
        bool identityKept = false;
        int contactsDeleted = 0;
        int interactionsDeleted = 0;
        int filesDeleted = 0;
        int accessesRevoked = 0;
        /** Time entries deleted (those on no invoice). */
        int timeEntriesDeleted = 0;
        /** Translated: secrets or copies that could not be deleted after the erasure was saved. */
        QStringList warnings;
    };

    /** @p store must belong to @p database; both must outlive the service. Files: ClientFileStore's default folder. */
    ClientDataService(Database& database, CredentialStore& store);

    /** Writes the ZIP to @p zipPath (owner-only, through QSaveFile: nothing is left on failure). */
    Result<ExportSummary> exportClient(qint64 clientId, const QString& zipPath);
    /** The content of `client.json`. */
    Result<QJsonObject> clientJson(qint64 clientId) const;

    /** Erases the client's personal data as described above. NotFound when no client has that id. */
    Result<Erasure> eraseClient(qint64 clientId);

    struct Deletion
    {
        int secretsDeleted = 0;
        int filesDeleted = 0;
        /** Translated: secrets or copies that could not be deleted after the client was. */
        QStringList warnings;
    };

    /**
     * Deletes a client for good, with everything that cascades (ClientRepository::remove), then the
     * secrets of its accesses from the keychain and the copies of its attached files. Refused, with
     * nothing deleted, when the client has documents (archive it instead), or when it has stored
     * secrets and the keychain does not answer (they would outlive every record of them).
     */
    Result<Deletion> deleteClient(qint64 clientId);

    /** Whether the client has documents (quotes, invoices, credit notes) that the law requires to keep. */
    Result<bool> hasInvoicingDocuments(qint64 clientId) const;

private:
    Database& m_db;
    CredentialStore& m_store;
};

} // namespace Bureau

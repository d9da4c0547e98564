// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Client.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Bureau
{

class Database;

/**
 * Clients and their contacts in the database (`clients`, `client_channels`, `tags`,
 * `client_tags`, `contacts`; migrations 0001, 0002, 0005).
 *
 * Nothing invalid is stored: writes validate the normalised record first and refuse with every
 * field error in the message (field keys in the detail). Every write also keeps, in the same
 * transaction, `clients.name_folded` (TextFold::fold of the name: sorting and 1–2 letter prefix
 * search) and the client's `client_search` row (rowid = client id; the folded words of its name,
 * legal form, e-mails, phones — also as digits only —, contacts, tags, notes and city), which is
 * what search-as-you-type matches (searchCondition()).
 *
 * A client is archived rather than deleted. remove() deletes a client only when nothing refuses:
 * documents reference clients `ON DELETE RESTRICT` (a later issue), and that refusal comes back
 * as a Conflict error that says to archive instead.
 *
 * Each public write runs in its own `BEGIN IMMEDIATE` transaction; the `…InTransaction` variants
 * run inside one the caller holds (Database::write does not nest), for the demo generator and the
 * importers.
 */
class ClientRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)

public:
    /** A boolean SQL fragment over the `clients` table (its `id` and `name_folded`) with its bound values. */
    struct Condition
    {
        QString sql;
        QVariantList values;

        bool isEmpty() const { return sql.isEmpty(); }
    };

    explicit ClientRepository(Database& database);

    /**
     * Validates and inserts a client with its e-mails, phones and tags; returns its id. The
     * client's id is ignored. createdAtMs/updatedAtMs are kept when set (imports, demo data),
     * else now. An archived client gets archived_at = now.
     */
    Result<qint64> add(const Client& client);
    Result<qint64> addInTransaction(const Client& client);

    /** Validates and replaces every field of the stored client `client.id` (NotFound when missing). */
    Status update(const Client& client);
    Status updateInTransaction(const Client& client);

    /**
     * The client, its channels (in their stored order) and its tags (sorted case-insensitively:
     * the schema keeps no order of tags); a NotFound error when there is no such client.
     */
    Result<Client> load(qint64 id) const;

    /**
     * The clients named exactly @p name, ignoring case ("atelier azur" finds "Atelier Azur");
     * when none is, those whose name matches once accents are folded too ("Geneve" finds
     * "Genève"). Ordered by id; empty when none.
     */
    Result<QList<Client>> findByName(const QString& name) const;

    /**
     * The client a command line names: a number is an id (then, if no client has that id, a
     * name), anything else an exact name as findByName() reads it. NotFound when nothing matches;
     * Conflict, listing the ids, when several clients share the name.
     */
    Result<Client> resolve(const QString& idOrName) const;

    /** Archives (hidden from the default list; archived_at = now) or restores a client. */
    Status setArchived(qint64 id, bool archived);

    /**
     * Deletes a client with its contacts, channels and everything else that cascades. Refused
     * (Conflict, nothing deleted) when documents reference it. Returns the keychain entry names
     * (`client_accesses.credential_name`) of the client's accesses, which are deleted with it:
     * the caller deletes those secrets from the CredentialStore, so that none is left behind.
     */
    Result<QStringList> remove(qint64 id);

    /** Every tag in use, sorted case-insensitively (unused tags are pruned on every write). */
    Result<QStringList> tags() const;

    /** The client's contacts, primary first, then by name. */
    Result<QList<Contact>> contacts(qint64 clientId) const;
    /** One contact; NotFound when missing. */
    Result<Contact> contact(qint64 contactId) const;

    /**
     * Validates and adds a contact to `contact.clientId`; returns its id. The client's first
     * contact becomes primary whatever its flag; a later one marked primary takes the mark over.
     * Its E.164 phone is read in the client's country.
     */
    Result<qint64> addContact(const Contact& contact);
    Result<qint64> addContactInTransaction(const Contact& contact);

    /**
     * Validates and replaces the contact `contact.id` (its client stays the stored one). Marked
     * primary, it takes the mark over; unmarking the primary contact is ignored: a client with
     * contacts always has one primary contact (mark another one instead).
     */
    Status updateContact(const Contact& contact);

    /** Deletes a contact; when it was the primary one, the oldest remaining contact becomes primary. */
    Status removeContact(qint64 contactId);

    /** Makes @p contactId the client's only primary contact (NotFound when it is not the client's). */
    Status setPrimaryContact(qint64 clientId, qint64 contactId);

    /**
     * The ids of the clients matching @p query as the list's search does (searchCondition()), by
     * folded name, at most @p limit; archived clients only when @p includeArchived.
     */
    Result<QList<qint64>> search(const QString& query, int limit = 50, bool includeArchived = false) const;

    /**
     * The search-as-you-type condition for @p query (DESIGN.md, Storage), empty for a blank query.
     * The query is folded and split into words (TextFold::words); every word must match:
     * - words of 3 characters or more through the `client_search` trigram index (`MATCH`, each
     *   word a quoted phrase: a substring anywhere in the client's text);
     * - a query of one word of 1 or 2 characters: a prefix of the folded name, an index range
     *   (`name_folded >= ? AND name_folded < ?`);
     * - with several words, those of 1 or 2 characters: the start of any word of the client's text;
     * - a query that reads as a phone number ("06 12 34", "+33 6 12"): its digits, leading zeros
     *   and "+" dropped, as a substring of the phones' digits.
     * Values are bound, never spliced.
     */
    static Condition searchCondition(const QString& query);

    /** Rewrites one client's name_folded and client_search row, inside the caller's transaction. */
    Status reindexInTransaction(qint64 clientId);
    /**
     * Rewrites the folded name and search row of every client that has no search row (written
     * by raw SQL, or stored before migration 0005), inside the caller's transaction. Returns how
     * many were indexed.
     */
    Result<int> reindexMissingInTransaction();
    /** reindexMissingInTransaction() in its own transaction; cheap when nothing is missing. */
    Result<int> reindexMissing();

    /** The field errors as one sentence per field: "SIRET or SIREN: This SIRET fails…". */
    static QString describe(const QList<FieldError>& errors);

private:
    Result<Client> loadInTransaction(qint64 id) const;
    Status writeChannels(qint64 clientId, const Client& client);
    Status writeTags(qint64 clientId, const QStringList& tags);
    Status pruneTags();
    Result<QString> clientCountry(qint64 clientId) const;
    Contact normalizedContact(const Contact& contact, const QString& country) const;

    Database& m_db;
};

} // namespace Bureau

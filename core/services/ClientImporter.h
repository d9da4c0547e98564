// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Client.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bureau
{

class Database;

/**
 * Imports clients from a vCard file (any version, as VCardReader reads it) or from a CSV of
 * clients with a header row, in two steps: preview() reads the file and proposes one candidate
 * per client, flagged when it duplicates a stored client or an earlier candidate; commit() stores
 * the candidates the user kept, all in one write transaction — nothing is half-imported.
 *
 * Mapping (a candidate is a Client and, for a company, its Contacts):
 * - a card or row with an organisation (vCard ORG, CSV "company"/"société") is a company client
 *   named after it; the person it describes becomes its contact (role from TITLE/ROLE). Cards of
 *   the same organisation in one file are one company with several contacts, so that an export
 *   (a company card plus one card per contact) imports back as it was. A company card proper
 *   (KIND:org, Apple's X-ABShowAs:COMPANY, or a card with no person name) gives the company's own
 *   e-mails, phones, address and notes; without one, the first person's serve until edited.
 * - a card without organisation is a person client.
 * - every new client is a *professional* client (Client's default and the CLI's): the assistant's
 *   clients are businesses and freelancers far more often than private persons, and an invoice
 *   to a professional carries every mention the law requires (late-payment penalties, the €40
 *   fee), while the private-client form would lack them. The preview shows the flag; the user
 *   unticks it for a private person before committing.
 * - values that Client::validate() would refuse (a phone with letters, "U.S.A." as a country, a
 *   postal code of another shape…) are not dropped silently: the candidate keeps a warning, and
 *   the value goes into the client's notes ("Phone (not recognised): …").
 *
 * Duplicates: same name once case and accents are folded (TextFold::fold), same e-mail (case-
 * insensitive) or same phone in E.164, against every stored client (archived ones included) and
 * its contacts, and against earlier candidates of the same file. A duplicate is skipped by default.
 */
class ClientImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ClientImporter)

public:
    /** A larger file is refused before it is read (the parsers' own limit). */
    static constexpr qint64 MaxFileBytes = 32 * 1024 * 1024;

    enum class Format
    {
        VCard,
        Csv,
    };

    enum class Action
    {
        Import, // a new client (and its contacts)
        Skip,
        Merge, // add the candidate's contacts to the existing client it duplicates
    };

    enum class Match
    {
        None,
        Name,
        Email,
        Phone,
    };

    struct Candidate
    {
        /** Normalised (Client::normalized()); id 0. */
        Client client;
        /** A company's people; clientId 0 until stored. The first is the primary contact. */
        QList<Contact> contacts;
        /** Where the record starts in the file (vCard BEGIN line, CSV record line). */
        qsizetype line = 0;
        /** Translated, one sentence each: what was changed or could not be kept. */
        QStringList warnings;
        /** Translated; not empty: this candidate cannot be imported (no name at all). */
        QString problem;
        /** The stored client it duplicates (0: none), with its name. */
        qint64 existingClientId = 0;
        QString existingClientName;
        /** The earlier candidate (index in the preview) it duplicates; -1: none. */
        int duplicateOfCandidate = -1;
        Match match = Match::None;
        /** Translated, e.g. "Same e-mail as the client “Atelier Azur”."; empty when not a duplicate. */
        QString duplicateReason;
        /** What commit() does with it by default: Skip for duplicates and problems, else Import. */
        Action action = Action::Import;

        bool isDuplicate() const { return existingClientId != 0 || duplicateOfCandidate >= 0; }
        bool canImport() const { return problem.isEmpty(); }
        /** Merge is offered when it duplicates a stored client and brings contacts. */
        bool canMerge() const { return existingClientId != 0 && !contacts.isEmpty() && canImport(); }
    };

    struct Preview
    {
        Format format = Format::VCard;
        QList<Candidate> candidates;
        /** CSV only: the header's columns that Bureau does not read, as written. */
        QStringList ignoredColumns;

        int count(Action action) const;
        int duplicateCount() const;
    };

    struct Summary
    {
        /** The ids of the clients created, in candidate order. */
        QList<qint64> createdClientIds;
        int imported = 0;
        int merged = 0;
        /** Contacts stored, with new clients and merged into existing ones. */
        int contacts = 0;
        int skipped = 0;
    };

    explicit ClientImporter(Database& database);

    /** Reads a vCard file (all or nothing: a malformed file is an Invalid error naming its line). */
    Result<Preview> previewVCard(const QByteArray& bytes) const;
    /**
     * Reads a CSV of clients: a header row naming the columns in English or French (Bureau's own
     * export, Google and Outlook contact exports, or a hand-made sheet: "Nom", "Société",
     * "E-mail", "Téléphone", "Ville", "Pays"…; others are listed in Preview::ignoredColumns), then
     * one client per row. A row with a company and a person is a company with that contact; a
     * row with only first and last names is a person; a row with only a name is a company unless
     * a type column says otherwise.
     */
    Result<Preview> previewCsv(const QByteArray& bytes) const;
    /** Either of the above, chosen by the file's extension (.vcf, .vcard; .csv, .txt) or content. */
    Result<Preview> previewFile(const QString& path) const;

    /** Stores the candidates by their `action`, in one write transaction. */
    Result<Summary> commit(const Preview& preview);
    /**
     * Stores the candidates by @p actions (one per candidate, in order), in one write transaction:
     * on any failure (an invalid candidate chosen for import, a merge into a client deleted since,
     * a client added since the preview that a new one would duplicate) nothing is stored and the
     * error names the candidate's line.
     */
    Result<Summary> commit(const Preview& preview, const QList<Action>& actions);

    /** "Name", "E-mail", "Phone", translated, for the preview's column of reasons. */
    static QString matchText(Match match);

private:
    Database& m_db;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Client.h"
#include "core/interop/CsvWriter.h"
#include "core/interop/VCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUuid>

class QAbstractItemModel;

namespace Bureau
{

class Database;

/**
 * Exports clients for other programs: vCard 4.0 (address books) and CSV (spreadsheets).
 *
 * vCard: one card per client — a company as `KIND:org` with ORG = FN = its name, a person with
 * N split at the last word — carrying its e-mails and phones (the first marked PREF=1, labels
 * such as "Work" or "Mobile" as TYPE), billing address (country by its English name), website,
 * notes and tags (CATEGORIES); then one card per contact of a company, with ORG = the company's
 * name and TITLE = the role. ClientImporter groups cards by ORG, so such a file imports back as the
 * same companies with the same contacts. Contacts of a person client are not exported (a person
 * card has no place for them). UIDs are stable: a name-based UUID (v5) of the database's identity
 * and the record's id, so that an address book updates the card on a second export.
 *
 * CSV: the rows of a table model exactly as the list shows them (header and display text of
 * every column, every row fetched), through CsvWriter (RFC 4180, optional BOM, formula
 * injection neutralised).
 */
class ClientExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ClientExporter)

public:
    explicit ClientExporter(Database& database);

    /** The vCard 4.0 file of these clients (in this order) and their contacts. NotFound if one is missing. */
    Result<QByteArray> vCard(const QList<qint64>& clientIds) const;

    /**
     * The client list as CSV: every column of ClientListModel (the list view's model) with its
     * header and display text, archived clients included when asked, sorted by name.
     */
    Result<QByteArray> clientListCsv(bool includeArchived, const CsvWriter::Options& options) const;

    /** The cards of one client: its own, then one per contact of a company. @p uidNamespace null: no UID. */
    static QList<VCard> toVCards(const Client& client, const QList<Contact>& contacts, const QUuid& uidNamespace = {});

    /**
     * Every row of @p model (fetchMore() until done) under a header row, as the view shows them
     * (Qt::DisplayRole). A cell whose RawValueRole is a number is written as a number (kept as it
     * is when it reads as one); every other cell is text, neutralised if a spreadsheet would run it.
     */
    static QByteArray tableCsv(QAbstractItemModel& model, const CsvWriter::Options& options);

private:
    Database& m_db;
};

} // namespace Bureau

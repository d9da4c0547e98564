// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ClientRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Bureau
{

class Database;

/**
 * Files attached to clients (contracts, procedures): copied under `<data folder>/documents/`, the
 * data folder being the database's own folder (backups carry `documents/`: BackupManager), and
 * recorded in `client_files` with the original name, size and SHA-256.
 *
 * The copy is named by Bureau (`client-<id>-<uuid>.<ext>`, the extension sanitised), never after
 * the user's file. A source that is a link, not a regular file, unreadable or larger than
 * MaxFileSize is refused, and so is a given name holding a path separator or naming a folder
 * ("..", "."). The copy is written through QSaveFile, owner-only, and recorded afterwards; if
 * recording fails the copy is removed, so a row never names a missing file and a crash leaves at
 * worst an unnamed copy. remove() deletes the row first, then the file.
 */
class ClientFileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ClientFileStore)

public:
    static constexpr qint64 MaxFileSize = 100 * 1024 * 1024;
    static constexpr int MaxNameLength = 255;

    /** Files go under `documents/` beside the database file. */
    explicit ClientFileStore(Database& database);
    /** Files go under `<dataDir>/documents/`. */
    ClientFileStore(Database& database, const QString& dataDir);

    QString documentsDir() const;

    /**
     * Copies @p sourcePath into the documents folder and records it for the client. @p originalName:
     * the name to keep (e.g. from a drop); empty: the source's file name.
     */
    Result<ClientFile> attach(qint64 clientId, const QString& sourcePath, ClientFile::Category category,
                              const QString& originalName = {});
    /** Deletes the record, then the copy. NotFound when no file has that id. */
    Status remove(qint64 fileId);
    /** NotFound when no file has that id. */
    Result<ClientFile> find(qint64 fileId) const;
    /** The client's files, latest added first. */
    Result<QList<ClientFile>> listForClient(qint64 clientId) const;
    /** Changes the category (e.g. "contract" for the onboarding rule). Returns the file as stored. */
    Result<ClientFile> setCategory(qint64 fileId, ClientFile::Category category);

    /** Where the copy is, for opening it with the system's viewer; empty for a name Bureau did not generate. */
    QString absolutePath(const ClientFile& file) const;
    /** Reads the copy back: NotFound when it is missing, Corrupt when its size or SHA-256 differ. */
    Status verify(const ClientFile& file) const;

    /**
     * For callers deleting a client (its rows go by cascade): the copies to delete, read before the
     * deletion, then deleteStoredFiles() after it committed — not the receipts of disbursements,
     * which stay with their invoices. Unknown shapes of names are skipped.
     */
    Result<QStringList> storedNamesForClient(qint64 clientId) const;
    /** Deletes copies by stored name; an absent one is fine. Io (naming the first) if one cannot be deleted. */
    Status deleteStoredFiles(const QStringList& storedNames) const;

    /** A name that can be kept as a file's original name: not empty, one component, printable. */
    static Status validateOriginalName(const QString& name);
    /** Whether @p storedName has the shape Bureau gives copies (so it is safe to open and delete). */
    static bool isGeneratedName(const QString& storedName);

private:
    Result<QList<ClientFile>> select(const QString& where, qint64 key) const;

    Database& m_db;
    QString m_dataDir;
};

} // namespace Bureau

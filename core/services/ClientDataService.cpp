// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ClientDataService.h"

#include "core/Clock.h"
#include "core/domain/ClientRecords.h"
#include "core/secrets/CredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/services/ClientFileStore.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ZipReader.h"
#include "core/storage/ZipWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace Bureau
{

namespace
{

/** Columns never exported: derived copies, and the keychain name of an access's secret. */
bool isExcludedColumn(const QString& table, const QString& column)
{
    if (column == u"name_folded")
        return true;
    return table == u"client_accesses" && column == u"credential_name";
}

QJsonValue jsonValue(const QString& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    // Instants are UTC ms in every table (DESIGN.md, Storage): ISO 8601 for people and programs.
    if (column.endsWith(QStringLiteral("_at"))) {
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (ok)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

/** Every row of `table` where `column` = key, each as an object of its columns. */
Result<QJsonArray> rowsOf(const Database& db, const QString& table, const QString& column, qint64 key,
                          const QString& order = QStringLiteral("id"))
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // Table and column names come from this file, never from input.
    query.prepare(QString(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE ") + column
                          + QStringLiteral(" = ? ORDER BY ") + order));
    query.addBindValue(key);
    if (!query.exec())
        return Database::sqlError(ClientDataService::tr("The data of the client cannot be read."), query.lastError());
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            if (!isExcludedColumn(table, name))
                row.insert(name, jsonValue(name, query.value(i)));
        }
        if (table == u"client_accesses")
            row.insert(QStringLiteral("secret_stored"), !query.value(QStringLiteral("credential_name")).isNull());
        rows.append(row);
    }
    query.finish();
    return rows;
}

/** The name of the archived copy: `documents/<id>-<original name>`, else the stored name. */
QString archiveName(const ClientFile& file)
{
    const QString name = QStringLiteral("documents/%1-%2").arg(file.id).arg(file.originalName);
    if (ClientFileStore::validateOriginalName(file.originalName) && ZipReader::checkName(name))
        return name;
    return QString(QStringLiteral("documents/") + file.storedName);
}

} // namespace

ClientDataService::ClientDataService(Database& database, CredentialStore& store)
    : m_db(database)
    , m_store(store)
{
}

Result<bool> ClientDataService::hasInvoicingDocuments(qint64 clientId) const
{
    // Documents arrive with a later issue: until then there is no table, hence no document. The
    // test of the table's existence is SQLite's (PostgreSQL: information_schema.tables).
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                   "'documents')"))
        || !query.next())
        return Database::sqlError(tr("The data of the client cannot be read."), query.lastError());
    const bool tableExists = query.value(0).toBool();
    query.finish();
    if (!tableExists)
        return false;
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM documents WHERE client_id = ?)"));
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The data of the client cannot be read."), query.lastError());
    const bool has = query.value(0).toBool();
    query.finish();
    return has;
}

Result<QJsonObject> ClientDataService::clientJson(qint64 clientId) const
{
    auto client = rowsOf(m_db, QStringLiteral("clients"), QStringLiteral("id"), clientId);
    if (!client)
        return client.error();
    if (client->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(clientId));

    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("bureau-client-data"));
    root.insert(QStringLiteral("formatVersion"), 1);
    root.insert(QStringLiteral("application"), QStringLiteral("Bureau"));
    root.insert(QStringLiteral("exported"),
                QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("client"), client->first());

    QSqlQuery tags(m_db.connection());
    tags.setForwardOnly(true);
    tags.prepare(QStringLiteral("SELECT t.name FROM tags t JOIN client_tags ct ON ct.tag_id = t.id "
                                "WHERE ct.client_id = ? ORDER BY t.name"));
    tags.addBindValue(clientId);
    if (!tags.exec())
        return Database::sqlError(tr("The data of the client cannot be read."), tags.lastError());
    QJsonArray tagNames;
    while (tags.next())
        tagNames.append(tags.value(0).toString());
    tags.finish();
    root.insert(QStringLiteral("tags"), tagNames);

    // Every table that holds rows of one client, in one place: add a line as new areas land.
    struct Part
    {
        const char* key;
        const char* table;
        const char* order;
    };
    static const Part parts[] = {
        {"contacts", "contacts", "id"},
        {"channels", "client_channels", "kind, position, id"},
        {"interactions", "interactions", "occurred_at, id"},
        {"missions", "missions", "starts_on, id"},
        {"receptionAnswers", "reception_answers", "position, id"},
        {"accesses", "client_accesses", "id"},
        {"tasks", "tasks", "id"},
        {"timeEntries", "time_entries", "started_at, id"},
        {"onboarding", "client_onboarding", "position, id"},
        {"files", "client_files", "id"},
    };
    for (const Part& part : parts) {
        auto rows =
            rowsOf(m_db, QLatin1String(part.table), QStringLiteral("client_id"), clientId, QLatin1String(part.order));
        if (!rows)
            return rows.error();
        if (QLatin1String(part.key) == QLatin1String("missions")) {
            QJsonArray missions;
            for (const QJsonValue& value : rows.value()) {
                QJsonObject mission = value.toObject();
                auto weekly = rowsOf(m_db, QStringLiteral("mission_slots"), QStringLiteral("mission_id"),
                                     qint64(mission.value(QStringLiteral("id")).toDouble()),
                                     QStringLiteral("weekday, start_minute, id"));
                if (!weekly)
                    return weekly.error();
                mission.insert(QStringLiteral("slots"), weekly.value());
                missions.append(mission);
            }
            root.insert(QLatin1String(part.key), missions);
        } else {
            root.insert(QLatin1String(part.key), rows.value());
        }
    }
    auto reception = rowsOf(m_db, QStringLiteral("reception_instructions"), QStringLiteral("client_id"), clientId,
                            QStringLiteral("client_id"));
    if (!reception)
        return reception.error();
    root.insert(QStringLiteral("reception"), reception->isEmpty() ? QJsonValue() : reception->first());
    return root;
}

Result<ClientDataService::ExportSummary> ClientDataService::exportClient(qint64 clientId, const QString& zipPath)
{
    auto json = clientJson(clientId);
    if (!json)
        return json.error();
    ClientFileStore fileStore(m_db);
    auto files = fileStore.listForClient(clientId);
    if (!files)
        return files.error();

    ExportSummary summary;
    QList<std::pair<QString, QString>> toArchive; // archive name, source path
    QJsonArray listed;
    const QJsonArray rows = json->value(QStringLiteral("files")).toArray();
    for (const ClientFile& file : files.value()) {
        const QString path = fileStore.absolutePath(file);
        const bool present = !path.isEmpty() && QFileInfo(path).isFile() && !QFileInfo(path).isSymLink();
        QJsonObject row;
        for (const QJsonValue& value : rows) {
            if (qint64(value.toObject().value(QStringLiteral("id")).toDouble()) == file.id)
                row = value.toObject();
        }
        if (present) {
            const QString name = archiveName(file);
            row.insert(QStringLiteral("archive_path"), name);
            toArchive.append({name, path});
        } else {
            row.insert(QStringLiteral("archive_path"), QJsonValue());
            summary.missingFiles << file.originalName;
        }
        listed.append(row);
    }
    QJsonObject root = json.value();
    root.insert(QStringLiteral("files"), listed);

    ZipWriter zip;
    zip.setDefaultTime(QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs(), Qt::UTC).toLocalTime());
    if (Status opened = zip.open(zipPath); !opened)
        return opened.error();
    if (Status added = zip.addData(QStringLiteral("client.json"), QJsonDocument(root).toJson(QJsonDocument::Indented));
        !added)
        return added.error();
    for (const auto& [name, path] : toArchive) {
        if (Status added = zip.addFile(name, path); !added)
            return added.error();
        ++summary.files;
    }
    if (Status finished = zip.finish(); !finished)
        return finished.error();
    return summary;
}

Result<ClientDataService::Erasure> ClientDataService::eraseClient(qint64 clientId)
{
    ClientFileStore fileStore(m_db);
    Erasure erasure;
    QStringList secrets;
    QStringList storedFiles;
    const qint64 now = m_db.clock().nowMs();
    const QString failed = tr("The personal data of the client cannot be erased.");

    // Deleted rows are overwritten on disk, not merely unlinked (restored after).
    QSqlQuery pragma(m_db.connection());
    bool secureBefore = false;
    if (pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next())
        secureBefore = pragma.value(0).toBool();
    pragma.finish();
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return Database::sqlError(failed, pragma.lastError());
    pragma.finish();

    Status written = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT name FROM clients WHERE id = ?"));
        query.addBindValue(clientId);
        if (!query.exec())
            return Database::sqlError(failed, query.lastError());
        if (!query.next())
            return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(clientId));
        QString name = query.value(0).toString();
        query.finish();

        auto keep = hasInvoicingDocuments(clientId);
        if (!keep)
            return keep.error();
        erasure.identityKept = keep.value();

        query.prepare(QStringLiteral("SELECT credential_name FROM client_accesses "
                                     "WHERE client_id = ? AND credential_name IS NOT NULL"));
        query.addBindValue(clientId);
        if (!query.exec())
            return Database::sqlError(failed, query.lastError());
        while (query.next())
            secrets << query.value(0).toString();
        query.finish();
        auto names = fileStore.storedNamesForClient(clientId);
        if (!names)
            return names.error();
        storedFiles = names.value();

        const auto run = [&](const QString& sql, const QVariantList& values, int* affected = nullptr) {
            query.prepare(sql);
            for (const QVariant& value : values)
                query.addBindValue(value);
            if (!query.exec())
                return false;
            if (affected)
                *affected = query.numRowsAffected();
            return true;
        };
        int revoked = 0;
        const bool ok =
            run(QStringLiteral("DELETE FROM contacts WHERE client_id = ?"), {clientId}, &erasure.contactsDeleted)
            && run(QStringLiteral("DELETE FROM client_channels WHERE client_id = ?"), {clientId})
            && run(QStringLiteral("DELETE FROM client_tags WHERE client_id = ?"), {clientId})
            // A tag only this client had would stay listed (and on disk) with nobody behind it.
            && run(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM client_tags)"), {})
            && run(QStringLiteral("DELETE FROM interactions WHERE client_id = ?"), {clientId},
                   &erasure.interactionsDeleted)
            && run(QStringLiteral("DELETE FROM reception_answers WHERE client_id = ?"), {clientId})
            && run(QStringLiteral("DELETE FROM reception_instructions WHERE client_id = ?"), {clientId})
            && run(QStringLiteral("DELETE FROM client_onboarding WHERE client_id = ?"), {clientId})
            // A disbursement's receipt stays with its invoice, kept ten years as the invoice is.
            && run(QStringLiteral("DELETE FROM client_files WHERE client_id = ? AND id NOT IN "
                                  "(SELECT receipt_file_id FROM document_lines WHERE receipt_file_id IS NOT NULL)"),
                   {clientId}, &erasure.filesDeleted)
            // Time on no invoice goes; time on an invoice stays (it is what the invoice bills), without
            // its notes, and without its description while the invoice is a draft (an issued one's
            // entries are locked: their description is part of the invoice, kept by art. L123-22).
            && run(QStringLiteral("DELETE FROM time_entries WHERE client_id = ? AND document_id IS NULL"), {clientId},
                   &erasure.timeEntriesDeleted)
            && run(QStringLiteral("UPDATE time_entries SET description = '', notes = '', updated_at = ? "
                                  "WHERE client_id = ? AND locked = 0 AND (description <> '' OR notes <> '')"),
                   {now, clientId})
            && run(QStringLiteral("UPDATE time_entries SET notes = '', updated_at = ? "
                                  "WHERE client_id = ? AND locked = 1 AND notes <> ''"),
                   {now, clientId})
            && run(QStringLiteral("UPDATE tasks SET notes = '', updated_at = ? WHERE client_id = ? AND notes <> ''"),
                   {now, clientId})
            && run(QStringLiteral("UPDATE missions SET notes = '', updated_at = ? WHERE client_id = ? AND notes <> ''"),
                   {now, clientId})
            // The labels of the accesses' keychain entries ("Qonto for <client>") stay listed when a
            // secret cannot be deleted afterwards: without the identity, they name the service only.
            && (erasure.identityKept
                || run(QStringLiteral("UPDATE credentials SET label = (SELECT a.service FROM client_accesses a "
                                      "WHERE a.credential_name = credentials.name) WHERE name IN "
                                      "(SELECT credential_name FROM client_accesses WHERE client_id = ?)"),
                       {clientId}))
            && run(QStringLiteral("UPDATE client_accesses SET revoked_at = ?, updated_at = ? "
                                  "WHERE client_id = ? AND revoked_at IS NULL"),
                   {now, now, clientId}, &revoked)
            && run(QStringLiteral("UPDATE client_accesses SET credential_name = NULL, url = '', username = '', "
                                  "notes = '', granted_by = '', updated_at = ? WHERE client_id = ?"),
                   {now, clientId})
            && run(QStringLiteral("UPDATE clients SET email = '', phone = '', phone_e164 = '', website = '', "
                                  "notes = '', status = 'former', archived = 1, "
                                  "archived_at = COALESCE(archived_at, ?), updated_at = ? WHERE id = ?"),
                   {now, now, clientId});
        if (!ok)
            return Database::sqlError(failed, query.lastError());
        erasure.accessesRevoked = revoked;

        if (!erasure.identityKept) {
            name = tr("Erased client #%1").arg(clientId);
            if (!run(QStringLiteral("UPDATE clients SET name = ?, legal_form = '', siret = '', "
                                    "vat_number = '', address = '', postal_code = '', city = '' WHERE id = ?"),
                     {name, clientId}))
                return Database::sqlError(failed, query.lastError());
        }
        // The folded name and search row rewritten from what is left; 'optimize' rewrites the
        // index without the erased text (FTS5 otherwise keeps deleted tokens until its segments merge).
        if (Status reindexed = ClientRepository(m_db).reindexInTransaction(clientId); !reindexed)
            return reindexed;
        if (!run(QStringLiteral("INSERT INTO client_search (client_search) VALUES ('optimize')"), {}))
            return Database::sqlError(failed, query.lastError());
        return {};
    });

    const auto restoreSecureDelete = [&]() {
        if (!secureBefore) {
            pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
            pragma.finish();
        }
    };
    if (!written) {
        restoreSecureDelete();
        return written.error();
    }

    // After the commit: the secrets, then the copies. What fails is reported, not undone.
    ClientAccessService accesses(m_db, m_store);
    if (Status removed = accesses.deleteSecrets(secrets); !removed)
        erasure.warnings << tr("A password of the client could not be deleted from the keychain: %1 Remove it in "
                               "Settings › Passwords.")
                                .arg(removed.error().message);
    if (Status removed = fileStore.deleteStoredFiles(storedFiles); !removed)
        erasure.warnings << removed.error().message;
    // (The secrets' names and labels were deleted from `credentials` just now: still overwritten.)
    restoreSecureDelete();
    // Moves the new pages into the database file and empties the write-ahead log, which still holds
    // the erased text; best effort (a reader elsewhere can hold the log).
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    pragma.finish();
    return erasure;
}

Result<ClientDataService::Deletion> ClientDataService::deleteClient(qint64 clientId)
{
    ClientAccessService accesses(m_db, m_store);
    auto list = accesses.listForClient(clientId, true);
    if (!list)
        return list.error();
    const bool hasSecrets =
        std::any_of(list->cbegin(), list->cend(), [](const ClientAccess& access) { return access.hasSecret(); });
    if (hasSecrets) {
        if (Status probed = m_store.probeSync(); !probed) {
            return Error::make(probed.error().kind,
                               tr("The client was not deleted: the passwords of its accesses cannot be deleted from "
                                  "the keychain. %1")
                                   .arg(probed.error().message),
                               probed.error().detail);
        }
    }
    ClientFileStore fileStore(m_db);
    auto storedFiles = fileStore.storedNamesForClient(clientId);
    if (!storedFiles)
        return storedFiles.error();

    auto removed = ClientRepository(m_db).remove(clientId);
    if (!removed)
        return removed.error();

    // After the commit: what fails is reported, not undone.
    Deletion deletion;
    if (Status deleted = accesses.deleteSecrets(removed.value()); !deleted)
        deletion.warnings << tr("A password of the deleted client could not be deleted from the keychain: %1 Remove "
                                "it in Settings › Passwords.")
                                 .arg(deleted.error().message);
    else
        deletion.secretsDeleted = int(removed->size());
    if (Status deleted = fileStore.deleteStoredFiles(storedFiles.value()); !deleted)
        deletion.warnings << deleted.error().message;
    else
        deletion.filesDeleted = int(storedFiles->size());
    return deletion;
}

} // namespace Bureau

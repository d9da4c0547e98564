// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ClientFileStore.h"

#include "core/Clock.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Bureau
{

namespace
{

constexpr qint64 kChunk = 64 * 1024;
constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

const QString kSelect = QStringLiteral(
    "SELECT id, client_id, stored_name, original_name, size, sha256, category, added_at FROM client_files");

/** An open regular file that is not a link, or why not. */
struct OpenedSource
{
    int fd = -1;
    qint64 size = 0;
};

Result<OpenedSource> openRegularFile(const QString& path, const QString& shown)
{
    const auto refuse = [&shown](const QString& message, const QString& detail) -> Error {
        return Error::make(Error::Kind::Invalid, message, QString(detail + QStringLiteral(": ") + shown));
    };
    const QString isLink = ClientFileStore::tr("“%1” is a link: choose the file itself.").arg(shown);
    if (QFileInfo(path).isSymLink())
        return refuse(isLink, QStringLiteral("symlink"));
    // O_NOFOLLOW: a link swapped in after the check above is refused too; O_NONBLOCK: a FIFO does
    // not hang the caller (it is then refused as not a regular file).
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return refuse(isLink, QStringLiteral("symlink"));
        return Error::make(error == ENOENT ? Error::Kind::NotFound : Error::Kind::Io,
                           ClientFileStore::tr("The file “%1” cannot be read.").arg(shown),
                           QString::fromLocal8Bit(strerror(error)));
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return refuse(ClientFileStore::tr("“%1” is not a file.").arg(shown), QStringLiteral("not a regular file"));
    }
    return OpenedSource{fd, qint64(info.st_size)};
}

/** Streams @p source to @p sink (when given), hashing; stops past @p limit bytes. */
struct Digest
{
    qint64 size = 0;
    QString sha256;
    bool tooLarge = false;
};

Result<Digest> digest(QIODevice& source, QIODevice* sink, qint64 limit, const QString& shown)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Digest out;
    while (true) {
        const QByteArray buffer = source.read(kChunk);
        if (buffer.isEmpty())
            break;
        out.size += buffer.size();
        if (out.size > limit) {
            out.tooLarge = true;
            return out;
        }
        hash.addData(buffer);
        if (sink && sink->write(buffer) != buffer.size())
            return Error::make(Error::Kind::Io, ClientFileStore::tr("The copy of “%1” cannot be written.").arg(shown),
                               sink->errorString());
    }
    if (const auto* file = qobject_cast<QFileDevice*>(&source); file && file->error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io, ClientFileStore::tr("The file “%1” cannot be read.").arg(shown),
                           source.errorString());
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    return out;
}

Result<ClientFile> fileFrom(const QSqlQuery& query)
{
    ClientFile file;
    file.id = query.value(0).toLongLong();
    file.clientId = query.value(1).toLongLong();
    file.storedName = query.value(2).toString();
    file.originalName = query.value(3).toString();
    file.size = query.value(4).toLongLong();
    file.sha256 = query.value(5).toString();
    const auto category = ClientFile::categoryFromKey(query.value(6).toString());
    file.addedAtMs = query.value(7).toLongLong();
    if (!category)
        return Error::make(Error::Kind::Corrupt, ClientFileStore::tr("An attached file in the database is damaged."),
                           QStringLiteral("client file %1").arg(file.id));
    file.category = *category;
    return file;
}

} // namespace

ClientFileStore::ClientFileStore(Database& database)
    : ClientFileStore(database, QFileInfo(database.path()).absolutePath())
{
}

ClientFileStore::ClientFileStore(Database& database, const QString& dataDir)
    : m_db(database)
    , m_dataDir(dataDir)
{
}

QString ClientFileStore::documentsDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("documents"));
}

Status ClientFileStore::validateOriginalName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The file needs a name."));
    if (name.size() > MaxNameLength)
        return Error::make(Error::Kind::Invalid,
                           tr("The name of the file is too long: at most %n characters.", "", MaxNameLength));
    if (name.contains(u'/') || name.contains(u'\\') || name == u"." || name == u"..")
        return Error::make(Error::Kind::Invalid,
                           tr("“%1” is not a file name: it must not name a folder or hold a “/” or “\\”.").arg(name),
                           QStringLiteral("path separator or traversal"));
    if (!name.isValidUtf16())
        return Error::make(Error::Kind::Invalid, tr("The name of the file holds a character that cannot be shown."));
    for (const uint codePoint : name.toUcs4()) {
        if (!QChar::isPrint(char32_t(codePoint)))
            return Error::make(Error::Kind::Invalid, tr("The name of the file holds a character that cannot be shown."),
                               QStringLiteral("code point U+%1").arg(codePoint, 4, 16, QLatin1Char('0')));
    }
    return {};
}

bool ClientFileStore::isGeneratedName(const QString& storedName)
{
    static const QRegularExpression shape(QStringLiteral(
        "^client-[0-9]{1,19}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.[a-z0-9]{1,10})?$"));
    return shape.match(storedName).hasMatch();
}

QString ClientFileStore::absolutePath(const ClientFile& file) const
{
    if (!isGeneratedName(file.storedName))
        return {};
    return QDir(documentsDir()).filePath(file.storedName);
}

Result<ClientFile> ClientFileStore::attach(qint64 clientId, const QString& sourcePath, ClientFile::Category category,
                                           const QString& originalName)
{
    const QString shown = QDir::toNativeSeparators(sourcePath);
    const QString name = originalName.isEmpty() ? QFileInfo(sourcePath).fileName() : originalName;
    if (Status valid = validateOriginalName(name); !valid)
        return valid.error();

    {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
        query.addBindValue(clientId);
        if (!query.exec() || !query.next())
            return Database::sqlError(tr("The file cannot be attached."), query.lastError());
        const bool exists = query.value(0).toBool();
        query.finish();
        if (!exists)
            return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(clientId));
    }

    auto opened = openRegularFile(sourcePath, shown);
    if (!opened)
        return opened.error();
    QFile source;
    if (!source.open(opened->fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(opened->fd);
        return Error::make(Error::Kind::Io, tr("The file “%1” cannot be read.").arg(shown), source.errorString());
    }
    const QString tooLarge =
        tr("“%1” is larger than %n MB: it cannot be attached.", "", int(MaxFileSize / (1024 * 1024))).arg(shown);
    if (opened->size > MaxFileSize)
        return Error::make(Error::Kind::Invalid, tooLarge, QStringLiteral("%1 bytes").arg(opened->size));

    const QString folder = documentsDir();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kOwnerOnlyDir))
            return Error::make(Error::Kind::Io,
                               tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder)));
    }
    const QString extension = ClientFile::sanitizedExtension(name);
    ClientFile file;
    file.clientId = clientId;
    file.storedName =
        QStringLiteral("client-%1-%2").arg(clientId).arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!extension.isEmpty())
        file.storedName = QString(file.storedName + u'.' + extension);
    file.originalName = name;
    file.category = category;
    const QString target = QDir(folder).filePath(file.storedName);

    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(kOwnerOnlyFile)) {
        out.cancelWriting();
        return Error::make(Error::Kind::Io, tr("The copy of “%1” cannot be written.").arg(shown), out.errorString());
    }
    // The size read, not the size announced, is what counts (the file may grow meanwhile).
    auto copied = digest(source, &out, MaxFileSize, shown);
    if (!copied) {
        out.cancelWriting();
        return copied.error();
    }
    if (copied->tooLarge) {
        out.cancelWriting();
        return Error::make(Error::Kind::Invalid, tooLarge, QStringLiteral("more than %1 bytes").arg(MaxFileSize));
    }
    if (!out.commit())
        return Error::make(Error::Kind::Io, tr("The copy of “%1” cannot be written.").arg(shown), out.errorString());
    file.size = copied->size;
    file.sha256 = copied->sha256;
    file.addedAtMs = m_db.clock().nowMs();

    Status recorded = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("INSERT INTO client_files (client_id, stored_name, original_name, size, sha256, "
                                     "category, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(file.clientId);
        query.addBindValue(file.storedName);
        query.addBindValue(file.originalName);
        query.addBindValue(file.size);
        query.addBindValue(file.sha256);
        query.addBindValue(ClientFile::categoryKey(file.category));
        query.addBindValue(file.addedAtMs);
        if (!query.exec())
            return Database::sqlError(tr("The file cannot be attached."), query.lastError());
        file.id = query.lastInsertId().toLongLong();
        return {};
    });
    if (!recorded) {
        QFile::remove(target);
        return recorded.error();
    }
    return file;
}

Status ClientFileStore::remove(qint64 fileId)
{
    auto found = find(fileId);
    if (!found)
        return found.error();
    Status deleted = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        // A disbursement's receipt stays as long as its document does (issued documents are kept
        // for ten years; a draft can drop the receipt first).
        query.prepare(QStringLiteral("SELECT d.number FROM document_lines l JOIN documents d ON d.id = l.document_id "
                                     "WHERE l.receipt_file_id = ? ORDER BY d.number IS NULL, d.id LIMIT 1"));
        query.addBindValue(fileId);
        if (!query.exec())
            return Database::sqlError(tr("The file cannot be removed."), query.lastError());
        if (query.next()) {
            const QString number = query.value(0).toString();
            return Error::make(Error::Kind::Conflict,
                               number.isEmpty()
                                   ? tr("“%1” is the receipt of a disbursement on a draft: remove it from the draft "
                                        "first.")
                                         .arg(found->originalName)
                                   : tr("“%1” is the receipt of a disbursement on %2, which is kept with it.")
                                         .arg(found->originalName, number));
        }
        query.prepare(QStringLiteral("DELETE FROM client_files WHERE id = ?"));
        query.addBindValue(fileId);
        if (!query.exec())
            return Database::sqlError(tr("The file cannot be removed."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound, tr("No attached file has the number %1.").arg(fileId));
        return {};
    });
    if (!deleted)
        return deleted;
    return deleteStoredFiles({found->storedName});
}

Status ClientFileStore::deleteStoredFiles(const QStringList& storedNames) const
{
    for (const QString& name : storedNames) {
        if (!isGeneratedName(name))
            continue;
        const QString path = QDir(documentsDir()).filePath(name);
        QFile file(path);
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            continue;
        if (!file.remove())
            return Error::make(
                Error::Kind::Io,
                tr("The copy “%1” could not be deleted: delete it by hand.").arg(QDir::toNativeSeparators(path)),
                file.errorString());
    }
    return {};
}

Result<ClientFile> ClientFileStore::setCategory(qint64 fileId, ClientFile::Category category)
{
    Status written = m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("UPDATE client_files SET category = ? WHERE id = ?"));
        query.addBindValue(ClientFile::categoryKey(category));
        query.addBindValue(fileId);
        if (!query.exec())
            return Database::sqlError(tr("The file cannot be changed."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound, tr("No attached file has the number %1.").arg(fileId));
        return {};
    });
    if (!written)
        return written.error();
    return find(fileId);
}

Status ClientFileStore::verify(const ClientFile& file) const
{
    const QString path = absolutePath(file);
    const QString shown = QDir::toNativeSeparators(path.isEmpty() ? file.storedName : path);
    if (path.isEmpty())
        return Error::make(Error::Kind::Corrupt,
                           tr("The attached file “%1” has a name Bureau did not give it.").arg(file.originalName),
                           file.storedName);
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return Error::make(Error::Kind::NotFound,
                           tr("The copy of “%1” is missing from the documents folder.").arg(file.originalName), shown);
    auto opened = openRegularFile(path, shown);
    if (!opened)
        return opened.error();
    QFile source;
    if (!source.open(opened->fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(opened->fd);
        return Error::make(Error::Kind::Io, tr("The file “%1” cannot be read.").arg(shown), source.errorString());
    }
    auto read = digest(source, nullptr, file.size, shown);
    if (!read)
        return read.error();
    if (read->tooLarge || read->size != file.size || read->sha256 != file.sha256)
        return Error::make(
            Error::Kind::Corrupt, tr("The copy of “%1” has changed since it was attached.").arg(file.originalName),
            QStringLiteral("%1: expected %2 bytes, SHA-256 %3").arg(shown).arg(file.size).arg(file.sha256));
    return {};
}

Result<ClientFile> ClientFileStore::find(qint64 fileId) const
{
    auto found = select(QStringLiteral("id = ?"), fileId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("No attached file has the number %1.").arg(fileId));
    return found->first();
}

Result<QList<ClientFile>> ClientFileStore::listForClient(qint64 clientId) const
{
    return select(QStringLiteral("client_id = ?"), clientId);
}

Result<QStringList> ClientFileStore::storedNamesForClient(qint64 clientId) const
{
    // Not the receipts of disbursements: they stay with their invoices.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT stored_name FROM client_files WHERE client_id = ? AND id NOT IN "
                                 "(SELECT receipt_file_id FROM document_lines WHERE receipt_file_id IS NOT NULL) "
                                 "ORDER BY id"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(tr("The client's files cannot be read."), query.lastError());
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    query.finish();
    return names;
}

Result<QList<ClientFile>> ClientFileStore::select(const QString& where, qint64 key) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QString(kSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY added_at DESC, id DESC")));
    query.addBindValue(key);
    if (!query.exec())
        return Database::sqlError(tr("The attached files cannot be read."), query.lastError());
    QList<ClientFile> files;
    while (query.next()) {
        auto file = fileFrom(query);
        if (!file)
            return file.error();
        files.append(file.value());
    }
    query.finish();
    return files;
}

} // namespace Bureau

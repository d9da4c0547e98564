// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ZipWriter.h"

#include "core/storage/ZipReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#define ZLIB_CONST
#include <zlib.h>

namespace Bureau
{

namespace
{

constexpr qint64 Chunk = 64 * 1024;
// Sizes and offsets of a non-Zip64 archive are 32-bit, and 0xFFFFFFFF means "see Zip64".
constexpr qint64 MaxZip32 = 0xFFFFFFFELL;
constexpr int MaxEntries = 0xFFFF;

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralDirectorySignature = 0x06054b50;
constexpr quint32 DataDescriptorSignature = 0x08074b50;

constexpr quint16 FlagDataDescriptor = 0x0008;
constexpr quint16 FlagUtf8 = 0x0800;
constexpr quint16 VersionNeeded = 20;            // 2.0: deflate
constexpr quint16 VersionMadeBy = (3 << 8) | 20; // Unix, 2.0: external attributes hold the mode
constexpr quint32 UnixFileMode0600 = 0100600;    // regular file, owner read/write

void put16(QByteArray& out, quint16 value)
{
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>((value >> 8) & 0xFF));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, static_cast<quint16>(value & 0xFFFF));
    put16(out, static_cast<quint16>(value >> 16));
}

/** MS-DOS date and time (local time, 2-second resolution), clamped to their 1980–2107 range. */
void dosDateTime(const QDateTime& when, quint16& dosTime, quint16& dosDate)
{
    const QDateTime local = when.isValid() ? when.toLocalTime() : QDateTime();
    QDate date = local.date();
    QTime time = local.time();
    if (!local.isValid() || date.year() < 1980) {
        date = QDate(1980, 1, 1);
        time = QTime(0, 0);
    } else if (date.year() > 2107) {
        date = QDate(2107, 12, 31);
        time = QTime(23, 59, 58);
    }
    dosDate = static_cast<quint16>(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    dosTime = static_cast<quint16>((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
}

/** Ends a deflate stream however the function that started it returns. */
class DeflateGuard final
{
public:
    explicit DeflateGuard(z_stream& stream)
        : m_stream(stream)
    {
    }
    ~DeflateGuard() { deflateEnd(&m_stream); }
    DeflateGuard(const DeflateGuard&) = delete;
    DeflateGuard& operator=(const DeflateGuard&) = delete;

private:
    z_stream& m_stream;
};

} // namespace

ZipWriter::ZipWriter()
    : m_defaultTime(QDate(1980, 1, 1), QTime(0, 0))
{
}

ZipWriter::~ZipWriter()
{
    if (!m_finished)
        cancel();
}

Status ZipWriter::open(const QString& path, QFileDevice::Permissions permissions)
{
    if (m_device || m_finished)
        return Error::make(Error::Kind::Generic, tr("The archive is already open."), path);
    auto file = std::make_unique<QSaveFile>(path);
    file->setDirectWriteFallback(false);
    if (!file->open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, tr("Could not create the archive %1.").arg(path), file->errorString());
    // A new QSaveFile is created 0666 & ~umask: restrict it before anything is written.
    if (!file->setPermissions(permissions)) {
        file->cancelWriting();
        return Error::make(Error::Kind::Io, tr("Could not set the permissions of the archive %1.").arg(path),
                           file->errorString());
    }
    m_path = path;
    m_device = file.get();
    m_file = std::move(file);
    return {};
}

Status ZipWriter::open(QIODevice& device)
{
    if (m_device || m_finished)
        return Error::make(Error::Kind::Generic, tr("The archive is already open."));
    if (!device.isOpen() || !device.isWritable())
        return Error::make(Error::Kind::Io, tr("Could not write the archive."), QStringLiteral("device not writable"));
    m_path = QStringLiteral("(device)");
    m_device = &device;
    return {};
}

Status ZipWriter::fail(const Error& error)
{
    m_error = error;
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    return error;
}

Status ZipWriter::ready() const
{
    if (m_error)
        return *m_error;
    if (!m_device || m_finished)
        return Error::make(Error::Kind::Generic, tr("The archive is not open for writing."), m_path);
    return {};
}

Status ZipWriter::writeBytes(const QByteArray& bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        return fail(
            Error::make(Error::Kind::Io, tr("Could not write the archive %1.").arg(m_path), m_device->errorString()));
    }
    m_position += bytes.size();
    if (m_position > MaxZip32) {
        return fail(Error::make(Error::Kind::Invalid,
                                tr("The archive %1 would exceed 4 GiB, which is not supported.").arg(m_path)));
    }
    return {};
}

Status ZipWriter::addData(const QString& name, const QByteArray& data, const EntryOptions& options)
{
    QByteArray copy = data; // shares, never deep-copies: QBuffer only reads it
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return writeEntry(name, buffer, options, m_defaultTime);
}

Status ZipWriter::addFile(const QString& name, QIODevice& source, const EntryOptions& options)
{
    return writeEntry(name, source, options, m_defaultTime);
}

Status ZipWriter::addFile(const QString& name, const QString& sourcePath, const EntryOptions& options)
{
    if (auto status = ready(); !status)
        return status;
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Error::make(Error::Kind::Io, tr("Could not read %1 to archive it.").arg(sourcePath), file.errorString()));
    }
    return writeEntry(name, file, options, QFileInfo(file).lastModified());
}

Status ZipWriter::writeEntry(const QString& name, QIODevice& source, const EntryOptions& options,
                             const QDateTime& fallback)
{
    if (auto status = ready(); !status)
        return status;
    if (auto status = ZipReader::checkName(name); !status) {
        return fail(Error::make(Error::Kind::Invalid, tr("The name %1 cannot be stored in an archive.").arg(name),
                                status.error().detail));
    }
    if (name.endsWith(u'/')) {
        return fail(Error::make(Error::Kind::Invalid, tr("The name %1 cannot be stored in an archive.").arg(name),
                                QStringLiteral("directory entries are not written")));
    }
    const QByteArray encoded = name.toUtf8();
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry.name == encoded) {
            return fail(Error::make(Error::Kind::Invalid, tr("The archive already holds a file named %1.").arg(name)));
        }
    }
    if (m_entries.size() >= MaxEntries) {
        return fail(
            Error::make(Error::Kind::Invalid, tr("An archive cannot hold more than %1 files.").arg(MaxEntries)));
    }
    if (!source.isOpen() || !source.isReadable()) {
        return fail(Error::make(Error::Kind::Io, tr("Could not read %1 to archive it.").arg(name),
                                QStringLiteral("source device not readable")));
    }

    const bool sequential = m_device->isSequential();
    Written entry;
    entry.name = encoded;
    entry.flags = FlagUtf8 | (sequential ? FlagDataDescriptor : 0);
    entry.method = options.method == Method::Deflated ? 8 : 0;
    entry.offset = m_position;
    dosDateTime(options.modified.isValid() ? options.modified : fallback, entry.dosTime, entry.dosDate);

    QByteArray header;
    put32(header, LocalHeaderSignature);
    put16(header, VersionNeeded);
    put16(header, entry.flags);
    put16(header, entry.method);
    put16(header, entry.dosTime);
    put16(header, entry.dosDate);
    put32(header, 0); // CRC-32, compressed and uncompressed sizes: patched or in the descriptor
    put32(header, 0);
    put32(header, 0);
    put16(header, static_cast<quint16>(encoded.size()));
    put16(header, 0); // no extra field
    header.append(encoded);
    if (auto status = writeBytes(header); !status)
        return status;
    const qint64 dataStart = m_position;

    z_stream stream{};
    std::optional<DeflateGuard> guard;
    if (entry.method == 8) {
        const int level = options.level < -1 || options.level > 9 ? Z_DEFAULT_COMPRESSION : options.level;
        if (deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            return fail(Error::make(Error::Kind::Generic, tr("Could not compress %1.").arg(name),
                                    QStringLiteral("deflateInit2 failed")));
        }
        guard.emplace(stream);
    }

    uLong crc = crc32(0L, nullptr, 0);
    QByteArray in(Chunk, Qt::Uninitialized);
    QByteArray out(Chunk, Qt::Uninitialized);
    bool atEnd = false;
    while (!atEnd) {
        const qint64 got = source.read(in.data(), Chunk);
        if (got < 0) {
            return fail(
                Error::make(Error::Kind::Io, tr("Could not read %1 to archive it.").arg(name), source.errorString()));
        }
        if (got == 0 && !source.atEnd() && source.isSequential() && source.waitForReadyRead(30000))
            continue;
        atEnd = got == 0;
        if (got > 0) {
            entry.size += got;
            if (entry.size > MaxZip32) {
                return fail(Error::make(Error::Kind::Invalid,
                                        tr("The file %1 is larger than 4 GiB, which is not supported.").arg(name)));
            }
            crc = crc32(crc, reinterpret_cast<const Bytef*>(in.constData()), static_cast<uInt>(got));
            if (options.hash)
                options.hash->addData(QByteArrayView(in.constData(), got));
        }
        if (entry.method == 0) {
            if (got > 0) {
                if (auto status = writeBytes(QByteArray(in.constData(), got)); !status)
                    return status;
            }
            continue;
        }
        stream.next_in = reinterpret_cast<const Bytef*>(in.constData());
        stream.avail_in = static_cast<uInt>(got);
        const int flush = atEnd ? Z_FINISH : Z_NO_FLUSH;
        int result = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef*>(out.data());
            stream.avail_out = static_cast<uInt>(Chunk);
            result = deflate(&stream, flush);
            if (result == Z_STREAM_ERROR) {
                return fail(Error::make(Error::Kind::Generic, tr("Could not compress %1.").arg(name),
                                        QStringLiteral("deflate failed")));
            }
            const qint64 produced = Chunk - stream.avail_out;
            if (produced > 0) {
                if (auto status = writeBytes(QByteArray(out.constData(), produced)); !status)
                    return status;
            }
        } while (stream.avail_out == 0 || (flush == Z_FINISH && result != Z_STREAM_END));
    }
    entry.crc = static_cast<quint32>(crc);
    entry.compressedSize = m_position - dataStart;

    if (sequential) {
        QByteArray descriptor;
        put32(descriptor, DataDescriptorSignature);
        put32(descriptor, entry.crc);
        put32(descriptor, static_cast<quint32>(entry.compressedSize));
        put32(descriptor, static_cast<quint32>(entry.size));
        if (auto status = writeBytes(descriptor); !status)
            return status;
    } else {
        QByteArray patch;
        put32(patch, entry.crc);
        put32(patch, static_cast<quint32>(entry.compressedSize));
        put32(patch, static_cast<quint32>(entry.size));
        const qint64 end = m_device->pos();
        if (!m_device->seek(end - (m_position - entry.offset) + 14) || m_device->write(patch) != patch.size()
            || !m_device->seek(end)) {
            return fail(Error::make(Error::Kind::Io, tr("Could not write the archive %1.").arg(m_path),
                                    m_device->errorString()));
        }
    }
    m_entries.append(entry);
    return {};
}

Status ZipWriter::finish()
{
    if (auto status = ready(); !status)
        return status;
    const qint64 directoryStart = m_position;
    QByteArray directory;
    for (const auto& entry : std::as_const(m_entries)) {
        put32(directory, CentralHeaderSignature);
        put16(directory, VersionMadeBy);
        put16(directory, VersionNeeded);
        put16(directory, entry.flags);
        put16(directory, entry.method);
        put16(directory, entry.dosTime);
        put16(directory, entry.dosDate);
        put32(directory, entry.crc);
        put32(directory, static_cast<quint32>(entry.compressedSize));
        put32(directory, static_cast<quint32>(entry.size));
        put16(directory, static_cast<quint16>(entry.name.size()));
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk number
        put16(directory, 0); // internal attributes
        put32(directory, UnixFileMode0600 << 16);
        put32(directory, static_cast<quint32>(entry.offset));
        directory.append(entry.name);
    }
    if (auto status = writeBytes(directory); !status)
        return status;

    QByteArray end;
    put32(end, EndOfCentralDirectorySignature);
    put16(end, 0); // this disk
    put16(end, 0); // disk with the central directory
    put16(end, static_cast<quint16>(m_entries.size()));
    put16(end, static_cast<quint16>(m_entries.size()));
    put32(end, static_cast<quint32>(directory.size()));
    put32(end, static_cast<quint32>(directoryStart));
    put16(end, 0); // comment
    if (auto status = writeBytes(end); !status)
        return status;

    if (m_file) {
        if (!m_file->commit()) {
            const QString reason = m_file->errorString();
            m_file.reset();
            return fail(Error::make(Error::Kind::Io, tr("Could not write the archive %1.").arg(m_path), reason));
        }
        m_file.reset();
    }
    m_device = nullptr;
    m_finished = true;
    return {};
}

void ZipWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_device = nullptr;
}

} // namespace Bureau

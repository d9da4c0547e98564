// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ZipReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

#define ZLIB_CONST
#include <zlib.h>

namespace Bureau
{

namespace
{

constexpr qint64 Chunk = 64 * 1024;
constexpr qint64 LocalHeaderSize = 30;
constexpr qint64 CentralHeaderSize = 46;
constexpr qint64 EndRecordSize = 22;
constexpr qint64 Zip64LocatorSize = 20;
constexpr qint64 MaxComment = 0xFFFF;
constexpr int MaxNameBytes = 4096;

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfCentralDirectorySignature = 0x06054b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;

constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagDataDescriptor = 0x0008;
constexpr quint16 FlagStrongEncryption = 0x0040;
constexpr quint16 FlagMaskedHeader = 0x2000;

quint16 get16(const QByteArray& bytes, qint64 at)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData()) + at;
    return static_cast<quint16>(p[0] | (p[1] << 8));
}

quint32 get32(const QByteArray& bytes, qint64 at)
{
    return static_cast<quint32>(get16(bytes, at)) | (static_cast<quint32>(get16(bytes, at + 2)) << 16);
}

QDateTime fromDos(quint16 dosTime, quint16 dosDate)
{
    const QDate date(1980 + (dosDate >> 9), (dosDate >> 5) & 0x0F, dosDate & 0x1F);
    const QTime time((dosTime >> 11) & 0x1F, (dosTime >> 5) & 0x3F, (dosTime & 0x1F) * 2);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::LocalTime);
}

/** Ends an inflate stream however the function that started it returns. */
class InflateGuard final
{
public:
    explicit InflateGuard(z_stream& stream)
        : m_stream(stream)
    {
    }
    ~InflateGuard() { inflateEnd(&m_stream); }
    InflateGuard(const InflateGuard&) = delete;
    InflateGuard& operator=(const InflateGuard&) = delete;

private:
    z_stream& m_stream;
};

} // namespace

ZipReader::ZipReader() = default;

ZipReader::~ZipReader() = default;

Error ZipReader::corrupt(const QString& message, const QString& detail) const
{
    return Error::make(Error::Kind::Corrupt, message, m_label + u": " + detail);
}

Status ZipReader::checkName(const QString& name)
{
    const auto refuse = [&name](const QString& why) {
        return Error::make(Error::Kind::Corrupt, tr("The archive holds a file with an unsafe name."),
                           u"entry name \"" + name + u"\": " + why);
    };
    if (name.isEmpty())
        return refuse(QStringLiteral("empty"));
    if (name.toUtf8().size() > MaxNameBytes)
        return refuse(QStringLiteral("too long"));
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return refuse(QStringLiteral("control character"));
        if (c == u'\\')
            return refuse(QStringLiteral("backslash"));
    }
    if (name.startsWith(u'/'))
        return refuse(QStringLiteral("absolute path"));
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return refuse(QStringLiteral("drive letter"));
    QStringView rest(name);
    if (rest.endsWith(u'/'))
        rest.chop(1);
    for (const QStringView part : rest.split(u'/')) {
        if (part.isEmpty())
            return refuse(QStringLiteral("empty path component"));
        if (part == u"." || part == u"..")
            return refuse(QStringLiteral("relative path component"));
    }
    return {};
}

Status ZipReader::open(const QString& path, const Limits& limits)
{
    close();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io, tr("Could not open the archive %1.").arg(path), file->errorString());
    }
    m_label = path;
    m_device = file.get();
    m_ownedDevice = std::move(file);
    auto status = load(limits);
    if (!status)
        close();
    return status;
}

Status ZipReader::open(QIODevice& device, const Limits& limits)
{
    close();
    m_label = QStringLiteral("(device)");
    if (!device.isOpen() || !device.isReadable() || device.isSequential()) {
        return Error::make(Error::Kind::Io, tr("Could not open the archive %1.").arg(m_label),
                           QStringLiteral("device not readable or not random-access"));
    }
    m_device = &device;
    auto status = load(limits);
    if (!status)
        close();
    return status;
}

void ZipReader::close()
{
    m_entries.clear();
    m_device = nullptr;
    m_ownedDevice.reset();
    m_size = 0;
}

Result<QByteArray> ZipReader::readAt(qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || offset > m_size || size > m_size - offset)
        return corrupt(tr("The archive is damaged or truncated."), QStringLiteral("read beyond the end"));
    if (!m_device->seek(offset))
        return Error::make(Error::Kind::Io, tr("Could not read the archive %1.").arg(m_label), m_device->errorString());
    QByteArray bytes = m_device->read(size);
    if (bytes.size() != size) {
        return Error::make(Error::Kind::Io, tr("Could not read the archive %1.").arg(m_label), m_device->errorString());
    }
    return bytes;
}

Status ZipReader::load(const Limits& limits)
{
    const QString damaged = tr("The archive is damaged or truncated.");
    m_size = m_device->size();
    if (m_size < EndRecordSize)
        return corrupt(tr("The file is not a ZIP archive."), QStringLiteral("too short for an end record"));

    // The end record is the last 22 bytes plus a comment of up to 65,535 bytes; its comment must end
    // exactly at the end of the file (which also rejects a truncated archive).
    const qint64 tailSize = std::min(m_size, EndRecordSize + MaxComment);
    auto tail = readAt(m_size - tailSize, tailSize);
    if (!tail)
        return tail.error();
    qint64 endAt = -1;
    for (qint64 i = tailSize - EndRecordSize; i >= 0; --i) {
        if (get32(*tail, i) == EndOfCentralDirectorySignature && get16(*tail, i + 20) == tailSize - i - EndRecordSize) {
            endAt = i;
            break;
        }
    }
    if (endAt < 0)
        return corrupt(tr("The file is not a ZIP archive, or it is truncated."), QStringLiteral("no end record"));
    const qint64 endOffset = m_size - tailSize + endAt;
    const quint16 disk = get16(*tail, endAt + 4);
    const quint16 directoryDisk = get16(*tail, endAt + 6);
    const quint16 entriesOnDisk = get16(*tail, endAt + 8);
    const quint16 entryCount = get16(*tail, endAt + 10);
    const quint32 directorySize = get32(*tail, endAt + 12);
    const quint32 directoryOffset = get32(*tail, endAt + 16);

    const QString zip64 = tr("The archive uses Zip64 extensions, which are not supported.");
    if (endOffset >= Zip64LocatorSize) {
        auto locator = readAt(endOffset - Zip64LocatorSize, 4);
        if (!locator)
            return locator.error();
        if (get32(*locator, 0) == Zip64LocatorSignature)
            return corrupt(zip64, QStringLiteral("Zip64 end locator"));
    }
    if (entryCount == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)
        return corrupt(zip64, QStringLiteral("Zip64 marker in the end record"));
    if (disk != 0 || directoryDisk != 0 || entriesOnDisk != entryCount)
        return corrupt(tr("Archives split over several files are not supported."), QStringLiteral("multi-disk"));
    if (entryCount > limits.maxEntries) {
        return corrupt(tr("The archive holds too many files (%1; at most %2).").arg(entryCount).arg(limits.maxEntries),
                       QStringLiteral("entry count"));
    }
    if (static_cast<qint64>(directoryOffset) + directorySize != endOffset)
        return corrupt(damaged, QStringLiteral("central directory does not end at the end record"));
    if (directorySize > limits.maxCentralDirectorySize)
        return corrupt(damaged, QStringLiteral("central directory too large"));
    if (static_cast<qint64>(directorySize) < static_cast<qint64>(entryCount) * CentralHeaderSize)
        return corrupt(damaged, QStringLiteral("central directory too small for its entries"));

    auto directory = readAt(directoryOffset, directorySize);
    if (!directory)
        return directory.error();

    QList<Entry> entries;
    entries.reserve(entryCount);
    qint64 at = 0;
    for (int index = 0; index < entryCount; ++index) {
        const QString where = QStringLiteral("central header %1").arg(index);
        if (directory->size() - at < CentralHeaderSize || get32(*directory, at) != CentralHeaderSignature)
            return corrupt(damaged, where + u": bad signature or truncated");
        const quint16 flags = get16(*directory, at + 8);
        const quint16 method = get16(*directory, at + 10);
        const quint16 dosTime = get16(*directory, at + 12);
        const quint16 dosDate = get16(*directory, at + 14);
        const quint32 crc = get32(*directory, at + 16);
        const quint32 compressedSize = get32(*directory, at + 20);
        const quint32 size = get32(*directory, at + 24);
        const qint64 nameLength = get16(*directory, at + 28);
        const qint64 extraLength = get16(*directory, at + 30);
        const qint64 commentLength = get16(*directory, at + 32);
        const quint16 startDisk = get16(*directory, at + 34);
        const quint32 headerOffset = get32(*directory, at + 42);
        const qint64 recordSize = CentralHeaderSize + nameLength + extraLength + commentLength;
        if (directory->size() - at < recordSize)
            return corrupt(damaged, where + u": truncated");
        const QByteArray rawName = directory->mid(at + CentralHeaderSize, nameLength);
        at += recordSize;

        if (compressedSize == 0xFFFFFFFF || size == 0xFFFFFFFF || headerOffset == 0xFFFFFFFF)
            return corrupt(zip64, where + u": Zip64 marker");
        if (startDisk != 0)
            return corrupt(tr("Archives split over several files are not supported."), where + u": disk number");
        if (flags & (FlagEncrypted | FlagStrongEncryption | FlagMaskedHeader))
            return corrupt(tr("The archive holds encrypted files, which are not supported."), where);
        if (method != 0 && method != 8) {
            return corrupt(tr("The archive uses a compression method that is not supported."),
                           where + QStringLiteral(": method %1").arg(method));
        }
        if (nameLength > MaxNameBytes)
            return corrupt(tr("The archive holds a file with an unsafe name."), where + u": name too long");

        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        const QString name = decoder.decode(rawName);
        if (decoder.hasError() || name.toUtf8() != rawName)
            return corrupt(tr("The archive holds a file whose name is not valid UTF-8."), where);
        if (auto status = checkName(name); !status)
            return corrupt(status.error().message, status.error().detail);

        Entry entry;
        entry.name = name;
        entry.size = size;
        entry.compressedSize = compressedSize;
        entry.crc = crc;
        entry.deflated = method == 8;
        entry.isDirectory = name.endsWith(u'/');
        entry.modified = fromDos(dosTime, dosDate);
        entry.headerOffset = headerOffset;
        if (method == 0 && compressedSize != size)
            return corrupt(damaged, name + u": stored entry with two sizes");
        if (entry.isDirectory && size != 0)
            return corrupt(damaged, name + u": directory with data");

        // The local header must lie before the central directory and agree with the central one.
        if (entry.headerOffset + LocalHeaderSize > directoryOffset)
            return corrupt(damaged, name + u": local header out of bounds");
        auto local = readAt(entry.headerOffset, LocalHeaderSize);
        if (!local)
            return local.error();
        if (get32(*local, 0) != LocalHeaderSignature)
            return corrupt(damaged, name + u": bad local header signature");
        const quint16 localFlags = get16(*local, 6);
        const qint64 localNameLength = get16(*local, 26);
        const qint64 localExtraLength = get16(*local, 28);
        if (get16(*local, 8) != method || ((localFlags ^ flags) & (FlagEncrypted | FlagDataDescriptor)) != 0)
            return corrupt(damaged, name + u": local header disagrees with the central directory");
        if (!(flags & FlagDataDescriptor)
            && (get32(*local, 14) != crc || get32(*local, 18) != compressedSize || get32(*local, 22) != size)) {
            return corrupt(damaged, name + u": local sizes or CRC disagree with the central directory");
        }
        entry.dataOffset = entry.headerOffset + LocalHeaderSize + localNameLength + localExtraLength;
        if (entry.dataOffset > directoryOffset || entry.compressedSize > directoryOffset - entry.dataOffset)
            return corrupt(damaged, name + u": data out of bounds");
        auto localName = readAt(entry.headerOffset + LocalHeaderSize, localNameLength);
        if (!localName)
            return localName.error();
        if (*localName != rawName)
            return corrupt(damaged, name + u": local name disagrees with the central directory");
        entries.append(entry);
    }
    if (at != directory->size())
        return corrupt(damaged, QStringLiteral("central directory has trailing bytes"));

    // No two entries may share a name, nor overlap (overlapping entries are a zip-bomb technique).
    QList<const Entry*> byOffset;
    byOffset.reserve(entries.size());
    for (const auto& entry : std::as_const(entries))
        byOffset.append(&entry);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const Entry* a, const Entry* b) { return a->headerOffset < b->headerOffset; });
    for (qsizetype i = 1; i < byOffset.size(); ++i) {
        const Entry* previous = byOffset.at(i - 1);
        if (byOffset.at(i)->headerOffset < previous->dataOffset + previous->compressedSize)
            return corrupt(damaged, byOffset.at(i)->name + u": overlaps " + previous->name);
    }
    QList<const Entry*> byName = byOffset;
    std::sort(byName.begin(), byName.end(), [](const Entry* a, const Entry* b) { return a->name < b->name; });
    for (qsizetype i = 1; i < byName.size(); ++i) {
        if (byName.at(i)->name == byName.at(i - 1)->name)
            return corrupt(tr("The archive holds two files named %1.").arg(byName.at(i)->name),
                           QStringLiteral("duplicate"));
    }
    m_entries = std::move(entries);
    return {};
}

const ZipReader::Entry* ZipReader::find(const QString& name) const
{
    for (const auto& entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Result<const ZipReader::Entry*> ZipReader::entryFor(const QString& name) const
{
    if (!m_device)
        return Error::make(Error::Kind::Generic, tr("The archive is not open."), name);
    const Entry* entry = find(name);
    if (!entry)
        return Error::make(Error::Kind::NotFound, tr("The archive holds no file named %1.").arg(name), m_label);
    if (entry->isDirectory)
        return Error::make(Error::Kind::Invalid, tr("%1 is a folder, not a file.").arg(name), m_label);
    return entry;
}

Status ZipReader::decode(const Entry& entry, const Sink& sink, QCryptographicHash* hash)
{
    const QString damaged = tr("The file %1 in the archive is damaged.").arg(entry.name);
    if (!m_device->seek(entry.dataOffset))
        return Error::make(Error::Kind::Io, tr("Could not read the archive %1.").arg(m_label), m_device->errorString());

    uLong crc = crc32(0L, nullptr, 0);
    qint64 produced = 0;
    const auto deliver = [&](const char* data, qint64 size) -> Status {
        if (size == 0)
            return Status();
        produced += size;
        if (produced > entry.size)
            return corrupt(damaged, entry.name + u": more data than declared");
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data), static_cast<uInt>(size));
        if (hash)
            hash->addData(QByteArrayView(data, size));
        return sink(data, size);
    };

    z_stream stream{};
    std::optional<InflateGuard> guard;
    if (entry.deflated) {
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
            return Error::make(Error::Kind::Generic, tr("Could not decompress %1.").arg(entry.name),
                               QStringLiteral("inflateInit2 failed"));
        }
        guard.emplace(stream);
    }

    QByteArray in(Chunk, Qt::Uninitialized);
    QByteArray out(Chunk, Qt::Uninitialized);
    qint64 remaining = entry.compressedSize;
    bool ended = !entry.deflated;
    while (remaining > 0) {
        const qint64 want = std::min(remaining, Chunk);
        const qint64 got = m_device->read(in.data(), want);
        if (got != want) {
            return Error::make(Error::Kind::Io, tr("Could not read the archive %1.").arg(m_label),
                               m_device->errorString());
        }
        remaining -= got;
        if (!entry.deflated) {
            if (auto status = deliver(in.constData(), got); !status)
                return status;
            continue;
        }
        if (ended)
            return corrupt(damaged, entry.name + u": data after the end of the deflate stream");
        stream.next_in = reinterpret_cast<const Bytef*>(in.constData());
        stream.avail_in = static_cast<uInt>(got);
        // inflate() stops when the input runs out, the output is full, or the stream ends: go on
        // while it filled the output (more may be pending).
        do {
            stream.next_out = reinterpret_cast<Bytef*>(out.data());
            stream.avail_out = static_cast<uInt>(Chunk);
            const int result = inflate(&stream, Z_NO_FLUSH);
            if (result == Z_STREAM_END) {
                ended = true;
            } else if (result == Z_BUF_ERROR) {
                break; // no progress possible: needs more input
            } else if (result != Z_OK) {
                return corrupt(damaged,
                               entry.name + u": " + QString::fromLatin1(stream.msg ? stream.msg : "inflate error"));
            }
            if (auto status = deliver(out.constData(), Chunk - stream.avail_out); !status)
                return status;
        } while (!ended && stream.avail_out == 0);
        if (ended && (stream.avail_in > 0 || remaining > 0))
            return corrupt(damaged, entry.name + u": data after the end of the deflate stream");
    }
    if (!ended)
        return corrupt(damaged, entry.name + u": deflate stream truncated");
    if (produced != entry.size)
        return corrupt(damaged, entry.name + u": fewer bytes than declared");
    if (static_cast<quint32>(crc) != entry.crc)
        return corrupt(damaged, entry.name + u": CRC-32 mismatch");
    return {};
}

Status ZipReader::extract(const QString& name, QIODevice& target, QCryptographicHash* hash)
{
    auto entry = entryFor(name);
    if (!entry)
        return entry.error();
    return decode(
        **entry,
        [&target, &name](const char* data, qint64 size) -> Status {
            if (target.write(data, size) != size)
                return Error::make(Error::Kind::Io, tr("Could not write %1.").arg(name), target.errorString());
            return {};
        },
        hash);
}

Status ZipReader::extractToFile(const QString& name, const QString& path, QFileDevice::Permissions permissions)
{
    auto entry = entryFor(name);
    if (!entry)
        return entry.error();
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions))
        return Error::make(Error::Kind::Io, tr("Could not write %1.").arg(path), file.errorString());
    if (auto status = extract(name, file); !status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return Error::make(Error::Kind::Io, tr("Could not write %1.").arg(path), file.errorString());
    return {};
}

Result<QByteArray> ZipReader::read(const QString& name, qint64 maxSize)
{
    auto entry = entryFor(name);
    if (!entry)
        return entry.error();
    if ((*entry)->size > maxSize) {
        return corrupt(tr("The file %1 in the archive is larger than expected.").arg(name),
                       QStringLiteral("%1 bytes declared, at most %2 accepted").arg((*entry)->size).arg(maxSize));
    }
    QByteArray bytes;
    bytes.reserve((*entry)->size);
    auto status = decode(
        **entry,
        [&bytes](const char* data, qint64 size) -> Status {
            bytes.append(data, size);
            return {};
        },
        nullptr);
    if (!status)
        return status.error();
    return bytes;
}

Status ZipReader::check(const QString& name, QCryptographicHash* hash)
{
    auto entry = entryFor(name);
    if (!entry)
        return entry.error();
    return decode(
        **entry, [](const char*, qint64) -> Status { return {}; }, hash);
}

} // namespace Bureau

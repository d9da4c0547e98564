// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QCryptographicHash;
class QIODevice;

namespace Bureau
{

/**
 * Reads a ZIP archive (PKWARE APPNOTE 6.3), entries stored or deflated, for backups and imports.
 *
 * Archives come from outside (a backup folder anyone could write to, a file the user picks), so
 * the reader trusts nothing: every offset and length is bounds-checked against the archive,
 * entries may not overlap each other or the central directory, the local header must agree with
 * the central one, names must pass checkName() and be unique, the entry count is capped, encrypted
 * entries, Zip64 and methods other than stored and deflate are refused, and extraction checks the
 * CRC-32 and both sizes and never produces more bytes than declared. Every refusal is an Error of
 * kind Corrupt with a translated message; the detail names the archive and the entry.
 *
 * Extracted bytes reach the target before the CRC can be checked: on an error, discard what was
 * written (extractToFile() does so itself).
 */
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry
    {
        QString name;
        qint64 size = 0;           // uncompressed, as declared
        qint64 compressedSize = 0; // as stored
        quint32 crc = 0;
        bool deflated = false;    // method 8 (else 0, stored)
        bool isDirectory = false; // name ends with '/'
        QDateTime modified;       // local time, from the DOS fields
        qint64 headerOffset = 0;  // of the local file header in the archive
        qint64 dataOffset = 0;    // of the first byte of the stored data
    };

    struct Limits
    {
        int maxEntries = 10000;
        /** Bytes of central directory read into memory. */
        qint64 maxCentralDirectorySize = 64 * 1024 * 1024;
    };

    ZipReader();
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    Status open(const QString& path, const Limits& limits);
    Status open(const QString& path) { return open(path, Limits{}); }
    /** Reads from an open, random-access device, which must stay alive until close(). */
    Status open(QIODevice& device, const Limits& limits);
    Status open(QIODevice& device) { return open(device, Limits{}); }
    void close();

    /** In central directory order. */
    const QList<Entry>& entries() const { return m_entries; }
    const Entry* find(const QString& name) const;
    bool contains(const QString& name) const { return find(name) != nullptr; }

    /** Writes the entry's bytes to `target`; `hash`, when given, is fed the same bytes. */
    Status extract(const QString& name, QIODevice& target, QCryptographicHash* hash = nullptr);
    /** Extracts to a file through QSaveFile: the file appears only when the entry checked out. */
    Status extractToFile(const QString& name, const QString& path,
                         QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    /** The entry's bytes, refused when it declares more than `maxSize`. */
    Result<QByteArray> read(const QString& name, qint64 maxSize);
    /** Decompresses and checks the entry (CRC, sizes) without keeping the bytes. */
    Status check(const QString& name, QCryptographicHash* hash = nullptr);

    /**
     * Whether `name` is acceptable inside an archive: not empty, relative, '/'-separated, no
     * empty, "." or ".." component, no backslash, no control character (NUL included), no drive
     * letter. A trailing '/' marks a directory. Extracting such a name under a folder can never
     * leave that folder.
     */
    static Status checkName(const QString& name);

private:
    using Sink = std::function<Status(const char* data, qint64 size)>;

    Status load(const Limits& limits);
    Status decode(const Entry& entry, const Sink& sink, QCryptographicHash* hash);
    Result<const Entry*> entryFor(const QString& name) const;
    Result<QByteArray> readAt(qint64 offset, qint64 size);
    Error corrupt(const QString& message, const QString& detail) const;

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice* m_device = nullptr;
    QString m_label; // path or "device", for error details
    qint64 m_size = 0;
    QList<Entry> m_entries;
};

} // namespace Bureau

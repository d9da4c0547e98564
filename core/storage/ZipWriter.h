// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QCryptographicHash;
class QIODevice;
class QSaveFile;

namespace Bureau
{

/**
 * Writes a ZIP archive (PKWARE APPNOTE 6.3): local headers, central directory, end record; entries
 * stored or raw-deflated with zlib, CRC-32, UTF-8 names (general purpose bit 11), DOS timestamps.
 * Qt 6.4 has no public ZIP API; backups and the GDPR export use this one.
 *
 * Sources are streamed in chunks, so a 200 MB database is never held in memory. Zip64 is not
 * written: an entry or an archive that reaches 4 GiB, or more than 65,535 entries, is refused
 * with an error. Names follow ZipReader::checkName() (relative, '/'-separated, no "..", no
 * backslash), so that whatever this writer produces, the reader accepts.
 *
 * When the target is a path, the archive is written through QSaveFile with owner-only
 * permissions and only appears, complete, when finish() succeeds; a crash or an error leaves
 * no half archive. When the target is a device, it is not owned; a random-access device gets
 * its local headers patched in place, a sequential one gets data descriptors (bit 3).
 *
 * Every call after a failure fails again: the archive is then abandoned.
 */
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Method
    {
        Stored,
        Deflated,
    };

    struct EntryOptions
    {
        Method method = Method::Deflated;
        /** zlib level, 0–9, or -1 for zlib's default (6). */
        int level = -1;
        /** Modification time stored in the entry (as local time, as ZIP tools read it); invalid: the
         *  writer's default time, or for addFile(path) the file's own modification time. */
        QDateTime modified;
        /** When set, also fed every uncompressed byte of the entry (e.g. for a SHA-256 manifest). */
        QCryptographicHash* hash = nullptr;
    };

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /** Starts an archive at `path` (through QSaveFile; the file appears on finish()). */
    Status open(const QString& path,
                QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    /** Starts an archive on an open, writable device, which must stay alive until finish(). */
    Status open(QIODevice& device);

    /** Time given to entries whose options name none (default: 1980-01-01 00:00, the DOS epoch). */
    void setDefaultTime(const QDateTime& time) { m_defaultTime = time; }

    Status addData(const QString& name, const QByteArray& data, const EntryOptions& options);
    Status addData(const QString& name, const QByteArray& data) { return addData(name, data, EntryOptions{}); }
    /** Reads `source` from its current position to its end. */
    Status addFile(const QString& name, QIODevice& source, const EntryOptions& options);
    Status addFile(const QString& name, QIODevice& source) { return addFile(name, source, EntryOptions{}); }
    Status addFile(const QString& name, const QString& sourcePath, const EntryOptions& options);
    Status addFile(const QString& name, const QString& sourcePath) { return addFile(name, sourcePath, EntryOptions{}); }

    /** Writes the central directory and the end record; for a path, commits the file. */
    Status finish();
    /** Gives up: for a path, nothing is left on disk. Called by the destructor when unfinished. */
    void cancel();

    int entryCount() const { return static_cast<int>(m_entries.size()); }
    /** Uncompressed size of the entry added last (e.g. for a manifest), 0 when none. */
    qint64 lastEntrySize() const { return m_entries.isEmpty() ? 0 : m_entries.constLast().size; }

private:
    struct Written
    {
        QByteArray name;
        quint16 flags = 0;
        quint16 method = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 offset = 0;
    };

    Status fail(const Error& error);
    Status ready() const;
    Status writeBytes(const QByteArray& bytes);
    Status writeEntry(const QString& name, QIODevice& source, const EntryOptions& options, const QDateTime& fallback);

    std::unique_ptr<QSaveFile> m_file;
    QIODevice* m_device = nullptr;
    QString m_path;
    QDateTime m_defaultTime;
    QList<Written> m_entries;
    qint64 m_position = 0;
    bool m_finished = false;
    std::optional<Error> m_error;
};

} // namespace Bureau

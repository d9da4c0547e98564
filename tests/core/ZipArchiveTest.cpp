// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/storage/ZipReader.h"
#include "core/storage/ZipWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Bureau;
using Bureau::Test::TempDir;

namespace
{

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(generator.bounded(256));
    return bytes;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

void put16(QByteArray& out, quint16 value)
{
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>(value >> 8));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, static_cast<quint16>(value & 0xFFFF));
    put16(out, static_cast<quint16>(value >> 16));
}

quint32 crcOf(const QByteArray& data)
{
    // CRC-32 (IEEE), bitwise: independent of the code under test.
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

/** A one-entry stored archive built by hand, so the reader can be fed what the writer refuses to write. */
QByteArray handMadeZip(const QByteArray& rawName, const QByteArray& data, quint16 flags = 0x0800)
{
    QByteArray zip;
    const auto header = [&](bool central) {
        put32(zip, central ? 0x02014b50 : 0x04034b50);
        if (central)
            put16(zip, 20);
        put16(zip, 20);
        put16(zip, flags);
        put16(zip, 0); // stored
        put16(zip, 0);
        put16(zip, 0x21); // 1980-01-01
        put32(zip, crcOf(data));
        put32(zip, static_cast<quint32>(data.size()));
        put32(zip, static_cast<quint32>(data.size()));
        put16(zip, static_cast<quint16>(rawName.size()));
        put16(zip, 0);
        if (central) {
            put16(zip, 0);
            put16(zip, 0);
            put16(zip, 0);
            put32(zip, 0);
            put32(zip, 0); // local header at 0
        }
        zip.append(rawName);
    };
    header(false);
    zip.append(data);
    const qint64 directory = zip.size();
    header(true);
    const qint64 directorySize = zip.size() - directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, 1);
    put16(zip, 1);
    put32(zip, static_cast<quint32>(directorySize));
    put32(zip, static_cast<quint32>(directory));
    put16(zip, 0);
    return zip;
}

Status openBytes(ZipReader& reader, QBuffer& buffer, const QByteArray& bytes)
{
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return reader.open(buffer);
}

/** A device that refuses to seek, to exercise data descriptors. */
class SequentialSink final : public QIODevice
{
public:
    QByteArray bytes;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        bytes.append(data, size);
        return size;
    }
};

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("zip round trip keeps names bytes and methods", "[zip]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("round.zip"));
    const QByteArray text = QByteArray("Bonjour, ceci est un texte qui se répète. ").repeated(2000);
    QByteArray binary;
    for (int i = 0; i < 256 * 40; ++i)
        binary.append(static_cast<char>(i % 256));
    const QByteArray random = randomBytes(5 * 1024 * 1024, 20261127);
    const QString sourceFile = dir.file(QStringLiteral("source.bin"));
    writeFile(sourceFile, random);
    const QString utf8Name = QStringLiteral("dossiers/Élodie Dupré/compte-rendu — été ✓.txt");

    {
        ZipWriter writer;
        BUREAU_REQUIRE_OK(writer.open(path));
        ZipWriter::EntryOptions stored;
        stored.method = ZipWriter::Method::Stored;
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("empty-deflated.txt"), QByteArray()));
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("empty-stored.txt"), QByteArray(), stored));
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("binary-stored.bin"), binary, stored));
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("text/deflated.txt"), text));
        BUREAU_REQUIRE_OK(writer.addData(utf8Name, text.left(100)));
        BUREAU_REQUIRE_OK(writer.addFile(QStringLiteral("random.bin"), sourceFile));
        QBuffer device;
        device.setData(binary);
        REQUIRE(device.open(QIODevice::ReadOnly));
        BUREAU_REQUIRE_OK(writer.addFile(QStringLiteral("from-device.bin"), device));
        CHECK(writer.entryCount() == 7);
        // Nothing appears before finish(): QSaveFile.
        CHECK_FALSE(QFileInfo::exists(path));
        BUREAU_REQUIRE_OK(writer.finish());
    }
    REQUIRE(QFileInfo::exists(path));
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    ZipReader reader;
    BUREAU_REQUIRE_OK(reader.open(path));
    REQUIRE(reader.entries().size() == 7);
    CHECK(reader.entries().at(0).name == QStringLiteral("empty-deflated.txt"));
    CHECK(reader.entries().at(4).name == utf8Name);

    const ZipReader::Entry* storedEntry = reader.find(QStringLiteral("binary-stored.bin"));
    REQUIRE(storedEntry);
    CHECK_FALSE(storedEntry->deflated);
    CHECK(storedEntry->compressedSize == binary.size());
    const ZipReader::Entry* deflatedEntry = reader.find(QStringLiteral("text/deflated.txt"));
    REQUIRE(deflatedEntry);
    CHECK(deflatedEntry->deflated);
    CHECK(deflatedEntry->compressedSize < text.size() / 20);
    CHECK(deflatedEntry->size == text.size());

    const auto readBack = [&reader](const QString& name) {
        auto bytes = reader.read(name, 64 * 1024 * 1024);
        INFO(name.toStdString());
        BUREAU_REQUIRE_OK(bytes);
        return *bytes;
    };
    CHECK(readBack(QStringLiteral("empty-deflated.txt")).isEmpty());
    CHECK(readBack(QStringLiteral("empty-stored.txt")).isEmpty());
    CHECK(readBack(QStringLiteral("binary-stored.bin")) == binary);
    CHECK(readBack(QStringLiteral("text/deflated.txt")) == text);
    CHECK(readBack(utf8Name) == text.left(100));
    CHECK(readBack(QStringLiteral("random.bin")) == random);
    CHECK(readBack(QStringLiteral("from-device.bin")) == binary);

    // extract() streams to a device and feeds a hash with the same bytes.
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    BUREAU_REQUIRE_OK(reader.extract(QStringLiteral("random.bin"), out, &hash));
    CHECK(out.data() == random);
    CHECK(hash.result() == QCryptographicHash::hash(random, QCryptographicHash::Sha256));

    const QString extracted = dir.file(QStringLiteral("extracted.txt"));
    BUREAU_REQUIRE_OK(reader.extractToFile(utf8Name, extracted));
    CHECK(Test::readAll(extracted) == text.left(100));
    CHECK(QFileInfo(extracted).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    CHECK(reader.read(QStringLiteral("missing"), 10).error().kind == Error::Kind::NotFound);
}

TEST_CASE("zip writer on a sequential device uses data descriptors the reader accepts", "[zip]")
{
    SequentialSink sink;
    REQUIRE(sink.open(QIODevice::WriteOnly));
    const QByteArray text = QByteArray("ligne de texte\n").repeated(500);
    ZipWriter writer;
    BUREAU_REQUIRE_OK(writer.open(sink));
    BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("a.txt"), text));
    ZipWriter::EntryOptions stored;
    stored.method = ZipWriter::Method::Stored;
    BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("b.txt"), text, stored));
    BUREAU_REQUIRE_OK(writer.finish());

    // Bit 3 set in the local header of the first entry, whose sizes are then zero.
    REQUIRE(sink.bytes.size() > 30);
    CHECK((static_cast<quint8>(sink.bytes.at(6)) & 0x08) != 0);
    CHECK(sink.bytes.mid(18, 8) == QByteArray(8, '\0'));

    ZipReader reader;
    QBuffer buffer;
    BUREAU_REQUIRE_OK(openBytes(reader, buffer, sink.bytes));
    REQUIRE(reader.entries().size() == 2);
    auto a = reader.read(QStringLiteral("a.txt"), 1 << 20);
    BUREAU_REQUIRE_OK(a);
    CHECK(*a == text);
    auto b = reader.read(QStringLiteral("b.txt"), 1 << 20);
    BUREAU_REQUIRE_OK(b);
    CHECK(*b == text);
}

TEST_CASE("zip writer refuses unsafe names and duplicates", "[zip]")
{
    const QStringList refused{
        QStringLiteral("../evil"),     QStringLiteral("a/../../evil"),
        QStringLiteral("/etc/passwd"), QStringLiteral("a\\b.txt"),
        QStringLiteral("C:/x.txt"),    QStringLiteral(""),
        QStringLiteral("a//b"),        QStringLiteral("./a"),
        QStringLiteral("folder/"),     QString(QStringLiteral("nul") + QChar(0) + QStringLiteral("x")),
    };
    for (const QString& name : refused) {
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        ZipWriter writer;
        BUREAU_REQUIRE_OK(writer.open(buffer));
        auto status = writer.addData(name, QByteArrayLiteral("x"));
        INFO(name.toStdString());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Invalid);
        // A failed writer stays failed.
        CHECK_FALSE(writer.finish().ok());
    }

    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    ZipWriter writer;
    BUREAU_REQUIRE_OK(writer.open(buffer));
    BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("same.txt"), QByteArrayLiteral("1")));
    CHECK_FALSE(writer.addData(QStringLiteral("same.txt"), QByteArrayLiteral("2")).ok());
}

TEST_CASE("zip writer through a path leaves nothing when cancelled", "[zip]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("half.zip"));
    {
        ZipWriter writer;
        BUREAU_REQUIRE_OK(writer.open(path));
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("a.txt"), randomBytes(100000, 1)));
        // Destroyed unfinished, as after an error or a crash in the middle.
    }
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("zip reader accepts a hand-made archive", "[zip]")
{
    // The hand-made builder used by the refusal tests below produces archives the reader accepts.
    ZipReader reader;
    QBuffer buffer;
    BUREAU_REQUIRE_OK(openBytes(reader, buffer, handMadeZip("good/name.txt", "payload")));
    auto bytes = reader.read(QStringLiteral("good/name.txt"), 100);
    BUREAU_REQUIRE_OK(bytes);
    CHECK(*bytes == QByteArrayLiteral("payload"));
}

TEST_CASE("zip reader refuses unsafe entry names", "[zip]")
{
    const QList<QByteArray> names{
        QByteArrayLiteral("../evil"),         QByteArrayLiteral("docs/../../evil"), QByteArrayLiteral("/etc/passwd"),
        QByteArrayLiteral("C:/Windows/evil"), QByteArrayLiteral("a\\..\\evil"),     QByteArray("nul\0byte", 8),
        QByteArrayLiteral("bad\xff utf8"),    QByteArrayLiteral("line\nbreak"),     QByteArray(),
    };
    for (const QByteArray& name : names) {
        INFO(name.toStdString());
        ZipReader reader;
        QBuffer buffer;
        auto status = openBytes(reader, buffer, handMadeZip(name, "x"));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Corrupt);
        CHECK(reader.entries().isEmpty());
    }
}

TEST_CASE("zip reader refuses encrypted entries", "[zip]")
{
    ZipReader reader;
    QBuffer buffer;
    auto status = openBytes(reader, buffer, handMadeZip("secret.txt", "x", 0x0801));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Corrupt);
    CHECK(status.error().message.contains(QStringLiteral("encrypted")));
}

TEST_CASE("zip reader refuses truncated archives at every cut point", "[zip]")
{
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    ZipWriter writer;
    BUREAU_REQUIRE_OK(writer.open(out));
    BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("one.txt"), QByteArray("premier fichier ").repeated(50)));
    BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("two.bin"), randomBytes(3000, 2)));
    BUREAU_REQUIRE_OK(writer.finish());
    const QByteArray whole = out.data();
    REQUIRE(whole.size() > 3000);

    int refused = 0;
    for (qint64 cut = 0; cut < whole.size(); ++cut) {
        ZipReader reader;
        QBuffer buffer;
        auto status = openBytes(reader, buffer, whole.left(cut));
        if (!status.ok() && status.error().kind == Error::Kind::Corrupt)
            ++refused;
        else
            FAIL_CHECK("truncated at " << cut << " bytes was not refused as corrupt");
    }
    CHECK(refused == whole.size());
}

TEST_CASE("zip reader detects a flipped byte in the data", "[zip]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("flip.zip"));
    const QByteArray text = QByteArray("Facture F2026-0001, prestation de services. ").repeated(300);
    {
        ZipWriter writer;
        BUREAU_REQUIRE_OK(writer.open(path));
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("deflated.txt"), text));
        ZipWriter::EntryOptions stored;
        stored.method = ZipWriter::Method::Stored;
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("stored.txt"), text, stored));
        BUREAU_REQUIRE_OK(writer.finish());
    }
    QByteArray bytes = Test::readAll(path);
    ZipReader::Entry deflated;
    ZipReader::Entry stored;
    {
        ZipReader reader;
        BUREAU_REQUIRE_OK(reader.open(path));
        deflated = *reader.find(QStringLiteral("deflated.txt"));
        stored = *reader.find(QStringLiteral("stored.txt"));
    }

    SECTION("in compressed data")
    {
        bytes[deflated.dataOffset + deflated.compressedSize / 2] ^= 0x10;
        writeFile(path, bytes);
        ZipReader reader;
        BUREAU_REQUIRE_OK(reader.open(path)); // the directory is intact
        auto read = reader.read(QStringLiteral("deflated.txt"), 1 << 20);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().kind == Error::Kind::Corrupt);
        // extractToFile leaves no file behind.
        const QString target = dir.file(QStringLiteral("out.txt"));
        CHECK_FALSE(reader.extractToFile(QStringLiteral("deflated.txt"), target).ok());
        CHECK_FALSE(QFileInfo::exists(target));
        // The other entry still reads.
        CHECK(reader.read(QStringLiteral("stored.txt"), 1 << 20).ok());
    }
    SECTION("in stored data the CRC catches it")
    {
        bytes[stored.dataOffset + 10] ^= 0x01;
        writeFile(path, bytes);
        ZipReader reader;
        BUREAU_REQUIRE_OK(reader.open(path));
        auto status = reader.check(QStringLiteral("stored.txt"));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Corrupt);
        CHECK(status.error().detail.contains(QStringLiteral("CRC")));
    }
    SECTION("an entry that inflates beyond its declared size")
    {
        // Declare 100 bytes fewer, in both headers (and fix nothing else): a bomb-style lie.
        const auto patch32 = [&bytes](qint64 at, quint32 value) {
            for (int i = 0; i < 4; ++i)
                bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
        };
        const quint32 lie = static_cast<quint32>(deflated.size - 100);
        patch32(deflated.headerOffset + 22, lie);
        // The central directory's offset is in the end record (the last 22 bytes, no comment).
        const qint64 end = bytes.size() - 22;
        const qint64 first = static_cast<quint8>(bytes.at(end + 16)) | (static_cast<quint8>(bytes.at(end + 17)) << 8)
                             | (static_cast<quint8>(bytes.at(end + 18)) << 16)
                             | (static_cast<qint64>(static_cast<quint8>(bytes.at(end + 19))) << 24);
        REQUIRE(bytes.mid(first, 4) == QByteArray("PK\x01\x02", 4));
        patch32(first + 24, lie);
        writeFile(path, bytes);
        ZipReader reader;
        BUREAU_REQUIRE_OK(reader.open(path));
        auto read = reader.read(QStringLiteral("deflated.txt"), 1 << 20);
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().detail.contains(QStringLiteral("more data than declared")));
    }
}

TEST_CASE("zip reader refuses garbage and empty files", "[zip]")
{
    TempDir dir;
    const QList<QByteArray> contents{
        QByteArray(),         QByteArrayLiteral("PK"),
        randomBytes(5000, 3), QByteArray("this is not an archive\n").repeated(100),
        QByteArray(22, '\0'),
    };
    for (const QByteArray& content : contents) {
        const QString path = dir.file(QStringLiteral("garbage.zip"));
        writeFile(path, content);
        ZipReader reader;
        auto status = reader.open(path);
        INFO(content.size());
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == Error::Kind::Corrupt);
    }
    ZipReader reader;
    auto missing = reader.open(dir.file(QStringLiteral("missing.zip")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::Io);
}

TEST_CASE("zip reader caps entries and sizes", "[zip]")
{
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    ZipWriter writer;
    BUREAU_REQUIRE_OK(writer.open(out));
    for (int i = 0; i < 20; ++i)
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("f%1.txt").arg(i), QByteArray(100, 'a')));
    BUREAU_REQUIRE_OK(writer.finish());

    ZipReader::Limits limits;
    limits.maxEntries = 10;
    ZipReader capped;
    QBuffer cappedBuffer;
    cappedBuffer.setData(out.data());
    REQUIRE(cappedBuffer.open(QIODevice::ReadOnly));
    auto status = capped.open(cappedBuffer, limits);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Corrupt);

    ZipReader reader;
    QBuffer buffer;
    BUREAU_REQUIRE_OK(openBytes(reader, buffer, out.data()));
    CHECK(reader.entries().size() == 20);
    CHECK_FALSE(reader.read(QStringLiteral("f3.txt"), 99).ok());
    CHECK(reader.read(QStringLiteral("f3.txt"), 100).ok());
}

TEST_CASE("zip archives agree with python zipfile", "[zip]")
{
    // An independent implementation reads what we write and writes what we read. python3 is a
    // declared dependency of the test suite (scripts/test.sh installs it): require it.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty());
    TempDir dir;
    const QString ours = dir.file(QStringLiteral("ours.zip"));
    const QByteArray text = QByteArray("Relevé d'activité — novembre\n").repeated(1000);
    const QByteArray random = randomBytes(200000, 4);
    const QString utf8Name = QStringLiteral("clients/Société Générale/été ✓.txt");
    {
        ZipWriter writer;
        BUREAU_REQUIRE_OK(writer.open(ours));
        writer.setDefaultTime(QDateTime(QDate(2026, 11, 27), QTime(14, 30, 12)));
        BUREAU_REQUIRE_OK(writer.addData(utf8Name, text));
        ZipWriter::EntryOptions stored;
        stored.method = ZipWriter::Method::Stored;
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("random.bin"), random, stored));
        BUREAU_REQUIRE_OK(writer.addData(QStringLiteral("empty"), QByteArray()));
        BUREAU_REQUIRE_OK(writer.finish());
    }

    const QString readScript =
        QStringLiteral("import sys, zipfile, hashlib\n"
                       "z = zipfile.ZipFile(sys.argv[1])\n"
                       "assert z.testzip() is None\n"
                       "for i in z.infolist():\n"
                       "    d = z.read(i)\n"
                       "    print(i.filename, i.compress_type, len(d), hashlib.sha256(d).hexdigest(), "
                       "'%04d-%02d-%02dT%02d:%02d:%02d' % i.date_time, sep='|')\n");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    environment.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    QProcess read;
    read.setProcessEnvironment(environment);
    read.start(python, {QStringLiteral("-c"), readScript, ours});
    REQUIRE(read.waitForFinished(60000));
    INFO(read.readAllStandardError().toStdString());
    REQUIRE(read.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(read.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    const QString line = QStringLiteral("%1|%2|%3|%4|2026-11-27T14:30:12");
    CHECK(lines.at(0) == line.arg(utf8Name).arg(8).arg(text.size()).arg(sha256Hex(text)));
    CHECK(lines.at(1) == line.arg(QStringLiteral("random.bin")).arg(0).arg(random.size()).arg(sha256Hex(random)));
    CHECK(lines.at(2) == line.arg(QStringLiteral("empty")).arg(8).arg(0).arg(sha256Hex(QByteArray())));

    // The other way: python writes (to a file, and streamed to a pipe with data descriptors).
    const QString theirs = dir.file(QStringLiteral("theirs.zip"));
    const QString theirsStreamed = dir.file(QStringLiteral("theirs-streamed.zip"));
    const QString writeScript =
        QStringLiteral("import sys, zipfile, io\n"
                       "def fill(z):\n"
                       "    z.writestr('dossier/\\u00c9milie.txt', '\\u00c9milie \\u2014 rendez-vous\\n' * 500, "
                       "compress_type=zipfile.ZIP_DEFLATED)\n"
                       "    z.writestr('brut.bin', bytes(range(256)) * 40, compress_type=zipfile.ZIP_STORED)\n"
                       "with zipfile.ZipFile(sys.argv[1], 'w') as z: fill(z)\n"
                       "class Pipe(io.RawIOBase):\n"
                       "    def __init__(self, f): self.f = f\n"
                       "    def writable(self): return True\n"
                       "    def write(self, b): return self.f.write(b)\n"
                       "with open(sys.argv[2], 'wb') as f:\n"
                       "    with zipfile.ZipFile(Pipe(f), 'w') as z: fill(z)\n");
    QProcess write;
    write.setProcessEnvironment(environment);
    write.start(python, {QStringLiteral("-c"), writeScript, theirs, theirsStreamed});
    REQUIRE(write.waitForFinished(60000));
    INFO(write.readAllStandardError().toStdString());
    REQUIRE(write.exitCode() == 0);
    QByteArray brut;
    for (int i = 0; i < 40; ++i) {
        for (int b = 0; b < 256; ++b)
            brut.append(static_cast<char>(b));
    }
    for (const QString& path : {theirs, theirsStreamed}) {
        INFO(path.toStdString());
        ZipReader reader;
        BUREAU_REQUIRE_OK(reader.open(path));
        REQUIRE(reader.entries().size() == 2);
        auto emilie = reader.read(QStringLiteral("dossier/Émilie.txt"), 1 << 20);
        BUREAU_REQUIRE_OK(emilie);
        CHECK(*emilie == QStringLiteral("Émilie — rendez-vous\n").repeated(500).toUtf8());
        auto raw = reader.read(QStringLiteral("brut.bin"), 1 << 20);
        BUREAU_REQUIRE_OK(raw);
        CHECK(*raw == brut);
    }
    // The streamed one really used data descriptors (bit 3), so that path was exercised.
    CHECK((static_cast<quint8>(Test::readAll(theirsStreamed).at(6)) & 0x08) != 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentFonts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRawFont>

namespace Bureau
{

namespace
{

struct FontFile
{
    const char* name;
    bool mono;
};

constexpr FontFile kFiles[] = {
    {"DejaVuSans.ttf", false},
    {"DejaVuSans-Bold.ttf", false},
    {"DejaVuSansMono.ttf", true},
};

/**
 * DejaVu draws "ffi", "fi", "ff" as ligatures, which pdftotext and every PDF reader's copy then
 * give as U+FB03…: an e-mail address or a name would no longer be found by a search. Qt 6.4 has
 * no QFont::setFeature; it turns ligatures off when a font has letter spacing, and the smallest
 * spacing it can hold (1/64 of a device unit, 0.002 point at 600 dpi) shows nowhere.
 */
void noLigatures(QFont& font)
{
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
}

/** The foundry Bureau's copy of a font is registered under: the OS/2 vendor ID, four characters. */
constexpr char kFoundry[] = "BURO";

/**
 * The font file's bytes, ready for the documents. Qt 6.4 embeds a glyph in a PDF by loading its
 * outline hinted at the em size, one glyph at a time, each after setting that size again: FreeType
 * then runs the font's TrueType "prep" program before every glyph, most of a short document's
 * rendering time. Documents are laid out and drawn unhinted (DocumentFonts::sans), and at 2048
 * pixels per em the program moves no point by more than a font unit, so it is set aside (its table
 * renamed "xrep", which no reader knows) and the printed pages stay the same.
 *
 * The system has the same fonts (fontconfig): this copy is told apart by its foundry (the OS/2
 * vendor ID, "PfEd" in DejaVu, becomes kFoundry), which the documents' fonts ask for.
 */
QByteArray forDocuments(QByteArray data)
{
    // The sfnt header: version (4), numTables (2), …; then 16-byte table records: tag, checksum, offset, length.
    const auto byteAt = [&](qsizetype i) { return static_cast<quint8>(data.at(i)); };
    const auto uint32At = [&](qsizetype i) {
        return (qsizetype(byteAt(i)) << 24) | (qsizetype(byteAt(i + 1)) << 16) | (qsizetype(byteAt(i + 2)) << 8)
               | qsizetype(byteAt(i + 3));
    };
    if (data.size() < 12)
        return data;
    const int tables = (byteAt(4) << 8) | byteAt(5);
    for (int i = 0; i < tables; ++i) {
        const qsizetype record = 12 + qsizetype(i) * 16;
        if (record + 16 > data.size())
            break;
        const QByteArray tag = data.mid(record, 4);
        if (tag == "prep") {
            data[record] = 'x';
        } else if (tag == "OS/2") {
            // achVendID: 4 bytes at offset 58 of the OS/2 table.
            const qsizetype vendor = uint32At(record + 8) + 58;
            if (uint32At(record + 12) >= 62 && vendor + 4 <= data.size())
                data.replace(vendor, 4, QByteArray(kFoundry, 4));
        }
    }
    return data;
}

/** "DejaVu Sans [BURO]": the family of Bureau's copy, as QFont asks for it. */
QString requestOf(const QString& family)
{
    return family + QStringLiteral(" [") + QLatin1String(kFoundry) + u']';
}

} // namespace

QString DocumentFonts::defaultDirectory()
{
    return QStringLiteral("/usr/share/fonts/truetype/dejavu");
}

Result<DocumentFonts> DocumentFonts::load(const QString& directory)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Error::make(Error::Kind::Generic,
                           tr("PDF documents can only be written by a program started with its graphics "
                              "module (QGuiApplication)."),
                           QStringLiteral("DocumentFonts::load without a QGuiApplication"));
    }
    const QString dir = QDir::cleanPath(directory.isEmpty() ? defaultDirectory() : directory);

    static QMutex mutex;
    static QHash<QString, DocumentFonts> loaded;
    const QMutexLocker locker(&mutex);
    if (auto found = loaded.constFind(dir); found != loaded.constEnd())
        return *found;

    DocumentFonts fonts;
    for (const FontFile& file : kFiles) {
        const QString path = dir + u'/' + QLatin1String(file.name);
        if (!QFileInfo(path).isFile()) {
            return Error::make(Error::Kind::NotFound,
                               tr("The document font %1 is missing. Install the Debian package "
                                  "fonts-dejavu-core, then try again.")
                                   .arg(QLatin1String(file.name)),
                               path);
        }
        QFile font(path);
        const int id = font.open(QIODevice::ReadOnly)
                           ? QFontDatabase::addApplicationFontFromData(forDocuments(font.readAll()))
                           : -1;
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            return Error::make(Error::Kind::Corrupt,
                               tr("The document font %1 cannot be read. Reinstall the Debian package "
                                  "fonts-dejavu-core, then try again.")
                                   .arg(QLatin1String(file.name)),
                               path);
        }
        (file.mono ? fonts.m_mono : fonts.m_sans) = families.constFirst();
    }
    fonts.m_sansRequest = requestOf(fonts.m_sans);
    fonts.m_monoRequest = requestOf(fonts.m_mono);

    // The font engine must give the loaded family itself, never a substitute.
    for (const QFont& font : {fonts.sans(10), fonts.sans(10, true), fonts.mono(10)}) {
        const QRawFont raw = QRawFont::fromFont(font);
        const QString engineFamily = raw.familyName();
        // Bureau's copy: the loaded family, without its "prep" program.
        const bool sameFamily = engineFamily == font.family() || font.family().startsWith(engineFamily + u' ');
        if (!sameFamily || !raw.fontTable("prep").isEmpty()) {
            return Error::make(Error::Kind::Corrupt,
                               tr("The document font %1 cannot be used. Reinstall the Debian package "
                                  "fonts-dejavu-core, then try again.")
                                   .arg(font.family()),
                               QStringLiteral("%1 resolved to %2").arg(font.family(), engineFamily));
        }
    }
    loaded.insert(dir, fonts);
    return fonts;
}

QFont DocumentFonts::sans(qreal pointSize, bool bold) const
{
    QFont font(m_sansRequest);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    noLigatures(font);
    return font;
}

QFont DocumentFonts::mono(qreal pointSize) const
{
    QFont font(m_monoRequest);
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    noLigatures(font);
    return font;
}

} // namespace Bureau

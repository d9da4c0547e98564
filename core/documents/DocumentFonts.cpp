// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentFonts.h"

#include <QDir>
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
        const int id = QFontDatabase::addApplicationFont(path);
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

    // The font engine must give the loaded family itself, never a substitute.
    for (const QFont& font : {fonts.sans(10), fonts.sans(10, true), fonts.mono(10)}) {
        const QString engineFamily = QRawFont::fromFont(font).familyName();
        if (engineFamily != font.family()) {
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
    QFont font(m_sans);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    noLigatures(font);
    return font;
}

QFont DocumentFonts::mono(qreal pointSize) const
{
    QFont font(m_mono);
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    noLigatures(font);
    return font;
}

} // namespace Bureau

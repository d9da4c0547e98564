// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

namespace Bureau
{

/**
 * The fonts of every document: DejaVu Sans (regular and bold) and DejaVu Sans Mono, from the Debian
 * package fonts-dejavu-core that Bureau depends on (DESIGN.md, Rendering). They are loaded from
 * their files with QFontDatabase::addApplicationFont, so a document never falls back to whatever
 * font the platform offers: the same snapshot gives the same pages on every machine.
 *
 * Needs a QGuiApplication (the offscreen platform is enough); without one, or without the files,
 * load() says so in a translated sentence.
 */
class DocumentFonts final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFonts)

public:
    /** Where fonts-dejavu-core installs the fonts. */
    static QString defaultDirectory();

    /**
     * Loads the fonts from @p directory (defaultDirectory() when empty), once per directory and
     * process: later calls return the families already loaded.
     */
    static Result<DocumentFonts> load(const QString& directory = {});

    /** "DejaVu Sans", as the font database names the loaded file. */
    const QString& sansFamily() const { return m_sans; }
    const QString& monoFamily() const { return m_mono; }

    /** The sans font at @p pointSize, bold or not, without hinting (documents are printed, not shown). */
    QFont sans(qreal pointSize, bool bold = false) const;
    QFont mono(qreal pointSize) const;

private:
    QString m_sans;
    QString m_mono;
    /** The families with Bureau's foundry, "DejaVu Sans [BURO]": its own copy, never the system's. */
    QString m_sansRequest;
    QString m_monoRequest;
};

} // namespace Bureau

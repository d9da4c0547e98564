// SPDX-License-Identifier: GPL-3.0-or-later
// Bureau's case and accent folding, which search and name sorting rely on.
#include "support/TestSupport.h"

#include "core/domain/TextFold.h"

using namespace Bureau;

TEST_CASE("Folding drops accents and case", "[fold]")
{
    struct Case
    {
        QString text;
        QString folded;
    };
    const QList<Case> cases{
        {QStringLiteral("Élodie"), QStringLiteral("elodie")},
        {QStringLiteral("ELODIE"), QStringLiteral("elodie")},
        {QStringLiteral("Lefèvre"), QStringLiteral("lefevre")},
        {QStringLiteral("Genève"), QStringLiteral("geneve")},
        {QStringLiteral("Anaïs Noël"), QStringLiteral("anais noel")},
        {QStringLiteral("GARÇON"), QStringLiteral("garcon")},
        {QStringLiteral("Cœur de Lin"), QStringLiteral("coeur de lin")},
        {QStringLiteral("ŒUVRE"), QStringLiteral("oeuvre")},
        {QStringLiteral("Lætitia"), QStringLiteral("laetitia")},
        {QStringLiteral("Straße"), QStringLiteral("strasse")},
        {QStringLiteral("Müller"), QStringLiteral("muller")},
        {QStringLiteral("Søren Łukasz"), QStringLiteral("soren lukasz")},
        {QStringLiteral("García Ñandú"), QStringLiteral("garcia nandu")},
        {QStringLiteral("ﬁnance"), QStringLiteral("finance")}, // a ligature
        {QStringLiteral("ＡＢＣ"), QStringLiteral("abc")},     // full-width letters
        {QStringLiteral("İstanbul"), QStringLiteral("istanbul")},
        {QStringLiteral("ΣΟΦΊΑ"), QStringLiteral("σοφια")},
        {QStringLiteral("  Atelier \t  Azur  "), QStringLiteral("atelier azur")},
        {QStringLiteral("O’Connor"), QStringLiteral("o'connor")},
        {QStringLiteral("Saint–Clair"), QStringLiteral("saint-clair")},
        {QString(), QString()},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        CHECK(TextFold::fold(c.text) == c.folded);
    }
}

TEST_CASE("Folded words drop punctuation", "[fold]")
{
    CHECK(TextFold::foldWords(QStringLiteral("Jean-Baptiste O’Connor")) == QStringLiteral("jean baptiste o connor"));
    CHECK(TextFold::foldWords(QStringLiteral("élodie.lefèvre@example.fr"))
          == QStringLiteral("elodie lefevre example fr"));
    CHECK(TextFold::foldWords(QStringLiteral("+33 (0)6 12-34")) == QStringLiteral("33 0 6 12 34"));
    CHECK(TextFold::foldWords(QStringLiteral("…!?")).isEmpty());
    CHECK(TextFold::words(QStringLiteral("  L’Atelier   d’Élise "))
          == QStringList{QStringLiteral("l"), QStringLiteral("atelier"), QStringLiteral("d"), QStringLiteral("elise")});
    // A letter outside the BMP survives folding whole.
    const QString gothic = QString::fromUcs4(U"\U00010330x");
    CHECK(TextFold::fold(gothic) == gothic);
}

TEST_CASE("Folding makes accented and plain spellings equal", "[fold]")
{
    CHECK(TextFold::fold(QStringLiteral("Écurie des Trois Chênes"))
          == TextFold::fold(QStringLiteral("ECURIE DES TROIS CHENES")));
    // Decomposed input (as macOS file names and some pastes give it) folds like composed input.
    const QString decomposed = QStringLiteral("E\u0301lodie");
    CHECK(TextFold::fold(decomposed) == QStringLiteral("elodie"));
}

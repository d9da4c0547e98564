// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Bureau
{

/**
 * Bureau's case and accent folding, for search and for sorting names (DESIGN.md, Storage: SQLite
 * 3.40 has no `remove_diacritics` for trigrams, and `LIKE` folds ASCII only, so the folded text is
 * computed here and stored beside the original).
 *
 * fold(): compatibility decomposition (NFKD: "ﬁ" → "fi", "①" → "1", full-width letters to ASCII),
 * combining marks dropped ("é" → "e"), the letters that do not decompose spelled out ("œ" → "oe",
 * "æ" → "ae", "ß" → "ss", "ø" → "o", "ł" → "l", "đ"/"ð" → "d", "þ" → "th"), Unicode case folding,
 * typographic apostrophes and dashes to their ASCII forms, white space simplified. "Élodie
 * Lefèvre" and "ELODIE LEFEVRE" fold alike.
 *
 * foldWords(): fold(), then every character that is neither a letter nor a digit becomes a
 * space: "Jean-Baptiste O’Connor" → "jean baptiste o connor", "a.b@example.fr" →
 * "a b example fr". What the search index holds and what queries are split into.
 */
class TextFold final
{
public:
    static QString fold(const QString& text);
    static QString foldWords(const QString& text);
    /** foldWords() split on spaces (no empty word). */
    static QStringList words(const QString& text);
};

} // namespace Bureau

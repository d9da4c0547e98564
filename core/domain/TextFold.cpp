// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TextFold.h"

namespace Bureau
{

namespace
{

/** Letters that NFKD leaves whole, spelled the way French and neighbouring languages read them. */
const char16_t* spelledOut(char32_t c)
{
    switch (c) {
    case U'ß':
    case U'ẞ':
        return u"ss";
    case U'œ':
    case U'Œ':
        return u"oe";
    case U'æ':
    case U'Æ':
        return u"ae";
    case U'ø':
    case U'Ø':
        return u"o";
    case U'ł':
    case U'Ł':
        return u"l";
    case U'đ':
    case U'Đ':
    case U'ð':
    case U'Ð':
        return u"d";
    case U'þ':
    case U'Þ':
        return u"th";
    case U'ı':
        return u"i";
    case U'ħ':
    case U'Ħ':
        return u"h";
    // Apostrophes and quotes people and word processors type interchangeably.
    case U'\u2018':
    case U'\u2019':
    case U'\u02BC':
    case U'\u00B4':
    case U'`':
        return u"'";
    // Hyphens and dashes.
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2212':
        return u"-";
    default:
        return nullptr;
    }
}

bool isMark(QChar::Category category)
{
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
           || category == QChar::Mark_SpacingCombining;
}

/** Calls @p fn for each code point of @p text, surrogate pairs combined. */
template<typename Fn>
void forEachCodePoint(const QString& text, Fn&& fn)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            fn(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            fn(static_cast<char32_t>(c.unicode()));
        }
    }
}

void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(static_cast<char16_t>(c));
    }
}

QString foldImpl(const QString& text, bool wordsOnly)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    const auto put = [&](char32_t c) {
        const bool space = QChar::isSpace(c) || (wordsOnly && !QChar::isLetterOrNumber(c));
        if (space) {
            pendingSpace = !out.isEmpty();
            return;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        appendCodePoint(out, c);
    };
    forEachCodePoint(decomposed, [&](char32_t c) {
        if (isMark(QChar::category(c)))
            return;
        if (const char16_t* spelled = spelledOut(c)) {
            for (const char16_t* p = spelled; *p; ++p)
                put(*p);
            return;
        }
        put(QChar::toCaseFolded(c));
    });
    return out;
}

} // namespace

QString TextFold::fold(const QString& text)
{
    return foldImpl(text, false);
}

QString TextFold::foldWords(const QString& text)
{
    return foldImpl(text, true);
}

QStringList TextFold::words(const QString& text)
{
    return foldWords(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace Bureau

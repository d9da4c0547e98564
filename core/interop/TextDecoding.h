// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Bureau::TextDecoding
{

/**
 * Byte-to-text helpers shared by the importers (vCard, CSV), which read files written by other
 * programs in whatever encoding they chose. Everything here takes outside bytes and is fuzzed:
 * no assumption about the input, every access bounds-checked.
 */

/** Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence. */
bool isValidUtf8(QByteArrayView bytes);

/**
 * Windows-1252, decoded by hand so that the result does not depend on Qt having been built with
 * ICU (Qt 6.4's own converters know UTF-8/16/32 and Latin-1 only). Bytes that 1252 leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 control of the same value, as in the
 * WHATWG Encoding Standard.
 */
QString fromWindows1252(QByteArrayView bytes);

/**
 * Decodes @p bytes in the charset a file named (a vCard CHARSET parameter): UTF-8 (strict),
 * Windows-1252 by hand, and "us-ascii"/"iso-8859-1" as Windows-1252 (the WHATWG rule, and what
 * Outlook means by those labels); any other name through QStringDecoder (ICU when Qt has it).
 * Nothing when the name is unknown or the bytes are not valid in it.
 */
std::optional<QString> decode(QByteArrayView bytes, QByteArrayView charset);

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252: the guess for 8-bit text with no label. */
QString utf8OrWindows1252(QByteArrayView bytes);

/**
 * Recognises UTF-16 (a byte order mark, or without one the pattern of NUL bytes that ASCII text
 * leaves, as Apple's "Unicode" vCard export writes) and a UTF-8 byte order mark. Returns the text
 * as UTF-8 bytes without the mark and sets @p unicode when either was found; otherwise returns
 * @p input as it is. Unpaired surrogates become U+FFFD.
 */
QByteArray toUtf8IfUnicode(const QByteArray& input, bool* unicode);

} // namespace Bureau::TextDecoding

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/interop/VCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Bureau
{

/**
 * Reads vCard 2.1, 3.0 and 4.0 files as real programs write them (Outlook, Google, Apple, Android,
 * Thunderbird, KDE, Nextcloud; see ../shared/interop/MANIFEST.md):
 * - encodings: UTF-8, UTF-16 with or without a byte order mark, 8-bit text with a CHARSET parameter
 *   (UTF-8, Windows-1252 and ISO-8859-1 by hand, others through QStringDecoder), and 8-bit text
 *   with none, read as Windows-1252 when it is not UTF-8 (Outlook, old Apple exports);
 * - lines: CRLF, LF, bare CR, CR CR LF (iOS 6); folds (space or tab) joined on bytes before any
 *   decoding, so that a fold inside a UTF-8 sequence is harmless; quoted-printable soft line breaks
 *   joined the same way (a break inside a multi-byte character included); vCard 2.1 BASE64
 *   continuation lines that are not indented;
 * - values: groups ("item1."), 2.1 bare parameters (`TEL;WORK;VOICE`), quoted and comma-separated
 *   TYPE lists, escapes (`\,` `\;` `\\` `\n`), structured N, ADR and ORG; photos, logos, sounds and
 *   keys are skipped (VCard::hadPhoto remembers a photo was there); an AGENT's embedded vCard too.
 *
 * All or nothing: a file with no vCard, an unterminated vCard, a line that is not a property, or
 * input over the limits below is refused whole with Error::Kind::Invalid and a translated message
 * that starts with the line ("Line 12: …"), never a partial list. The input is outside data
 * (fuzzed by tests/fuzz/fuzz_vcard): every access is bounds-checked, and memory stays a small
 * multiple of the input size.
 */
class VCardReader final
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    /** A larger file is refused before it is read: an address book with photos of everyone fits. */
    static constexpr qsizetype MaxInputBytes = 32 * 1024 * 1024;
    static constexpr qsizetype MaxCards = 20000;
    static constexpr qsizetype MaxPropertiesPerCard = 5000;
    /**
     * One property once unfolded. A longer PHOTO, LOGO, SOUND or KEY (skipped anyway) is read
     * through and dropped; any other longer property refuses the file.
     */
    static constexpr qsizetype MaxLineBytes = 1024 * 1024;

    static Result<QList<VCard>> parse(const QByteArray& bytes);
};

} // namespace Bureau

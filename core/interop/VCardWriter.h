// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interop/VCard.h"

#include <QByteArray>
#include <QList>

namespace Bureau
{

/**
 * Writes vCard 4.0 (RFC 6350, the default) or 3.0 (RFC 2426, for older address books): UTF-8,
 * CRLF line ends, lines folded at 75 octets without splitting a UTF-8 sequence, text values
 * escaped (`\\` `\,` `\;` `\n`). A card without FN gets its displayName() as FN (both versions
 * require one); N is always written. In 4.0, "pref" becomes `PREF=1`, "internet" is dropped (not a
 * 4.0 type), an organisation card gets `KIND:org` and a birthday is written `19800415`.
 * Photos are not written (the reader does not keep them); newlines in values are normalised to
 * `\n`; unknown properties are written back under their name when it is a valid one.
 */
class VCardWriter final
{
public:
    enum class Version
    {
        V30,
        V40,
    };

    static QByteArray write(const QList<VCard>& cards, Version version = Version::V40);
};

} // namespace Bureau

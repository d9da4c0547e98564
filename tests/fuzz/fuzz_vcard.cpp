// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of VCardReader (DESIGN.md, Tests): any bytes must give either cards or one
// translated error, never a crash, a sanitizer report, a hang or unbounded memory.
#include "core/interop/VCardReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Not a copy: the parser must never read past the end of what it was given.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Bureau::Result<QList<Bureau::VCard>> result = Bureau::VCardReader::parse(bytes);
    if (result.ok()) {
        const QList<Bureau::VCard>& cards = result.value();
        if (cards.isEmpty() || cards.size() > Bureau::VCardReader::MaxCards)
            std::abort(); // success means at least one card, within the limit
        qsizetype total = 0;
        for (const Bureau::VCard& card : cards) {
            total += card.displayName().size() + card.note.size() + card.emails.size() + card.phones.size()
                     + card.addresses.size() + card.unknown.size();
        }
        if (total < 0)
            std::abort();
    } else {
        const Bureau::Error& error = result.error();
        if (error.kind != Bureau::Error::Kind::Invalid || error.message.isEmpty())
            std::abort(); // every refusal says why, as bad input
        if (!error.message.startsWith(QLatin1String("Line ")) && !error.message.startsWith(QLatin1String("This file")))
            std::abort(); // … and names the line, or speaks of the whole file
    }
    return 0;
}

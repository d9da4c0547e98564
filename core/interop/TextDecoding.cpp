// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/TextDecoding.h"

#include <QStringDecoder>

namespace Bureau::TextDecoding
{

namespace
{

unsigned char byteAt(QByteArrayView bytes, qsizetype index)
{
    return static_cast<unsigned char>(bytes.at(index));
}

/** A charset name as files write it: letters, digits and - _ . : only, not too long. */
bool isPlausibleCharsetName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_' || c == '.' || c == ':';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = byteAt(bytes, i);
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (size - i < length)
            return false;
        for (qsizetype k = 1; k < length; ++k) {
            const unsigned char next = byteAt(bytes, i + k);
            if ((next & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

QString fromWindows1252(QByteArrayView bytes)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = byteAt(bytes, i);
        text.append(c >= 0x80 && c < 0xA0 ? QChar(high[c - 0x80]) : QChar(static_cast<char16_t>(c)));
    }
    return text;
}

std::optional<QString> decode(QByteArrayView bytes, QByteArrayView charset)
{
    const QByteArray name = charset.toByteArray().trimmed().toLower();
    if (name == "utf-8" || name == "utf8") {
        if (!isValidUtf8(bytes))
            return std::nullopt;
        return QString::fromUtf8(bytes);
    }
    if (name == "windows-1252" || name == "cp1252" || name == "cp-1252" || name == "x-cp1252" || name == "ms-ansi"
        || name == "us-ascii" || name == "ascii" || name == "iso-8859-1" || name == "iso8859-1" || name == "iso_8859-1"
        || name == "latin1" || name == "latin-1" || name == "l1") {
        return fromWindows1252(bytes);
    }
    if (!isPlausibleCharsetName(name))
        return std::nullopt;
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString utf8OrWindows1252(QByteArrayView bytes)
{
    return isValidUtf8(bytes) ? QString::fromUtf8(bytes) : fromWindows1252(bytes);
}

QByteArray toUtf8IfUnicode(const QByteArray& input, bool* unicode)
{
    *unicode = false;
    if (input.startsWith("\xEF\xBB\xBF")) {
        *unicode = true;
        return input.mid(3);
    }
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype skip = 0;
    if (input.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        skip = 2;
    } else if (input.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        skip = 2;
    } else if (input.size() >= 4) {
        // No mark: mostly-ASCII UTF-16 has a NUL in every other byte, on one side only.
        const qsizetype sample = qMin<qsizetype>(input.size() & ~qsizetype(1), 4096);
        qsizetype evenNuls = 0;
        qsizetype oddNuls = 0;
        for (qsizetype i = 0; i + 1 < sample; i += 2) {
            evenNuls += input.at(i) == '\0' ? 1 : 0;
            oddNuls += input.at(i + 1) == '\0' ? 1 : 0;
        }
        const qsizetype pairs = sample / 2;
        if (evenNuls * 2 > pairs && oddNuls * 8 < evenNuls)
            utf16 = QStringConverter::Utf16BE;
        else if (oddNuls * 2 > pairs && evenNuls * 8 < oddNuls)
            utf16 = QStringConverter::Utf16LE;
    }
    if (!utf16)
        return input;
    *unicode = true;
    QStringDecoder decoder(*utf16, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(input).sliced(skip));
    return text.toUtf8();
}

} // namespace Bureau::TextDecoding

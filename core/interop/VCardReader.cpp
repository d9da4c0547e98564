// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/VCardReader.h"

#include "core/interop/TextDecoding.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace Bureau
{

namespace
{

/** One content line: physical lines joined (folds, soft line breaks), with its first line's number. */
struct LogicalLine
{
    QByteArray bytes;
    qsizetype number = 0;
    /** The head (before the first ':') of the first physical line names quoted-printable. */
    bool quotedPrintable = false;
    /** A vCard 2.1 base64 value, whose continuation lines may lack the leading space. */
    bool base64 = false;
    /** Longer than MaxLineBytes: the rest was read and dropped (binary values only). */
    bool truncated = false;
};

struct Parameter
{
    QByteArray name; // upper-case
    QByteArray value;
};

struct RawProperty
{
    QByteArray group;
    QByteArray name; // upper-case
    QList<Parameter> parameters;
    QByteArray value;
    qsizetype line = 0;
};

/** A property whose value Bureau never keeps, so that an oversized one is dropped, not refused. */
bool isBinaryProperty(QByteArrayView name)
{
    return name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY";
}

unsigned char byteAt(QByteArrayView bytes, qsizetype index)
{
    return static_cast<unsigned char>(bytes.at(index));
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.';
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
           || c == '=' || c == ' ' || c == '\t';
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

/** The property name at the start of a line, without its group, upper-case ("item1.tel;…" → "TEL"). */
QByteArray propertyNameOf(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && end < 256 && isNameChar(line.at(end)))
        ++end;
    QByteArray name = line.first(end).toByteArray().toUpper();
    const qsizetype dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.mid(dot + 1);
}

/** The parameters of a first physical line (before its first ':'), upper-case, to classify it. */
QByteArray headOf(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return (colon < 0 ? line : line.first(colon)).toByteArray().toUpper();
}

/** The start of a line for an error message: at most 60 characters, decoded leniently. */
QString snippet(QByteArrayView line)
{
    constexpr qsizetype limit = 60;
    QString text = TextDecoding::utf8OrWindows1252(line.first(qMin<qsizetype>(line.size(), limit * 4))).simplified();
    if (text.size() > limit)
        text = text.left(limit) + QChar(0x2026);
    return text;
}

/** Splits "NAME;P=V;P2:value" at the value's colon; respectQuotes skips ':' and ';' inside "…". */
bool splitProperty(QByteArrayView line, qsizetype nameEnd, bool respectQuotes, QList<QByteArrayView>* params,
                   qsizetype* colon)
{
    params->clear();
    qsizetype i = nameEnd;
    const qsizetype size = line.size();
    while (i < size && line.at(i) == ';') {
        ++i;
        const qsizetype start = i;
        bool quoted = false;
        while (i < size) {
            const char c = line.at(i);
            if (c == '"' && respectQuotes)
                quoted = !quoted;
            else if (!quoted && (c == ';' || c == ':'))
                break;
            ++i;
        }
        params->append(line.sliced(start, i - start));
    }
    if (i >= size || line.at(i) != ':')
        return false;
    *colon = i;
    return true;
}

QByteArray unquote(QByteArrayView view)
{
    QByteArray value = view.toByteArray().trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

std::optional<RawProperty> parseProperty(const LogicalLine& line)
{
    const QByteArrayView bytes(line.bytes);
    qsizetype nameStart = 0;
    while (nameStart < bytes.size() && (bytes.at(nameStart) == ' ' || bytes.at(nameStart) == '\t'))
        ++nameStart;
    qsizetype nameEnd = nameStart;
    while (nameEnd < bytes.size() && isNameChar(bytes.at(nameEnd)))
        ++nameEnd;
    // "FN :x" (a space before the colon) is tolerated; anything else in a name is not.
    qsizetype afterName = nameEnd;
    while (afterName < bytes.size() && (bytes.at(afterName) == ' ' || bytes.at(afterName) == '\t'))
        ++afterName;
    if (afterName >= bytes.size() || (bytes.at(afterName) != ';' && bytes.at(afterName) != ':'))
        return std::nullopt;
    const QByteArrayView fullName = bytes.sliced(nameStart, nameEnd - nameStart);
    if (fullName.isEmpty() || fullName.startsWith('.') || fullName.endsWith('.'))
        return std::nullopt;

    QList<QByteArrayView> params;
    qsizetype colon = -1;
    if (!splitProperty(bytes, afterName, true, &params, &colon)
        && !splitProperty(bytes, afterName, false, &params, &colon))
        return std::nullopt;

    RawProperty property;
    property.line = line.number;
    const qsizetype dot = fullName.lastIndexOf('.');
    property.group = dot < 0 ? QByteArray() : fullName.first(dot).toByteArray();
    property.name = (dot < 0 ? fullName : fullName.sliced(dot + 1)).toByteArray().toUpper();
    property.value = bytes.sliced(colon + 1).toByteArray();
    for (const QByteArrayView param : params) {
        const qsizetype equals = param.indexOf('=');
        if (equals < 0) {
            // vCard 2.1 bare parameters: ";WORK;PREF", ";QUOTED-PRINTABLE", ";BASE64".
            const QByteArray bare = param.toByteArray().trimmed().toUpper();
            if (bare.isEmpty())
                continue;
            const bool encoding =
                bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "B" || bare == "8BIT" || bare == "7BIT";
            property.parameters.append(Parameter{encoding ? QByteArray("ENCODING") : QByteArray("TYPE"), bare});
            continue;
        }
        const QByteArray name = param.first(equals).toByteArray().trimmed().toUpper();
        const QByteArray value = unquote(param.sliced(equals + 1));
        if (name == "TYPE") {
            for (const QByteArray& type : value.split(',')) {
                const QByteArray clean = unquote(type);
                if (!clean.isEmpty())
                    property.parameters.append(Parameter{name, clean});
            }
        } else {
            property.parameters.append(Parameter{name, value});
        }
    }
    return property;
}

QByteArray parameter(const RawProperty& property, const char* name)
{
    for (const Parameter& param : property.parameters) {
        if (param.name == name)
            return param.value;
    }
    return {};
}

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/**
 * Quoted-printable to bytes. Soft line breaks were joined while unfolding; a '=' left at the very
 * end is one whose next line was empty or missing, and is dropped. Any other '=' not followed by
 * two hex digits is kept as written.
 */
QByteArray decodeQuotedPrintable(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes.at(i);
        if (c == '=') {
            if (i + 1 == size)
                break;
            if (i + 2 < size) {
                const int high = hexValue(byteAt(bytes, i + 1));
                const int low = hexValue(byteAt(bytes, i + 2));
                if (high >= 0 && low >= 0) {
                    out.append(static_cast<char>(high * 16 + low));
                    i += 2;
                    continue;
                }
            }
        }
        out.append(c);
    }
    return out;
}

/**
 * Bytes of one value to text. A CHARSET parameter is trusted when the bytes could not be taken
 * from the file as UTF-8 (a quoted-printable value, or a file that is not UTF-8); otherwise UTF-8
 * if valid, else Windows-1252 (what Outlook and old Apple exports write without saying).
 */
QString decodeText(const QByteArray& bytes, const QByteArray& charset, bool trustCharset)
{
    const bool utf8 = TextDecoding::isValidUtf8(bytes);
    if (!charset.isEmpty() && (trustCharset || !utf8)) {
        if (std::optional<QString> text = TextDecoding::decode(bytes, charset))
            return *text;
    }
    return utf8 ? QString::fromUtf8(bytes) : TextDecoding::fromWindows1252(bytes);
}

QString unescape(const QString& text, bool v21)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= size) {
            out.append(c);
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char(',') || next == QLatin1Char(';') || next == QLatin1Char('\\')) {
            out.append(next);
            ++i;
        } else if (!v21 && (next == QLatin1Char('n') || next == QLatin1Char('N'))) {
            out.append(QLatin1Char('\n'));
            ++i;
        } else if (!v21 && (next == QLatin1Char(':') || next == QLatin1Char('"'))) {
            out.append(next); // Google writes "http\://" and "\""
            ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

/** Splits on a separator that is not escaped, then unescapes each part. */
QStringList splitEscaped(const QString& text, QChar separator, bool v21)
{
    QStringList parts;
    QString current;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < size) {
            current.append(c);
            current.append(text.at(i + 1));
            ++i;
        } else if (c == separator) {
            parts.append(unescape(current, v21));
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(unescape(current, v21));
    return parts;
}

QStringList typesOf(const RawProperty& property)
{
    QStringList types;
    QSet<QString> seen; // a hostile line may hold 100,000 types: no quadratic search
    for (const Parameter& param : property.parameters) {
        if (param.name != "TYPE")
            continue;
        const QString type = TextDecoding::utf8OrWindows1252(param.value).trimmed().toLower();
        if (!type.isEmpty() && !seen.contains(type)) {
            seen.insert(type);
            types.append(type);
        }
    }
    if (!parameter(property, "PREF").isEmpty() && !types.contains(QStringLiteral("pref")))
        types.append(QStringLiteral("pref"));
    return types;
}

QDate parseDate(const QString& text)
{
    const auto allDigits = [](QStringView view) {
        for (const QChar c : view) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
        return !view.isEmpty();
    };
    const QStringView view(text);
    if (view.size() >= 10 && view.at(4) == QLatin1Char('-') && view.at(7) == QLatin1Char('-')
        && allDigits(view.first(4)) && allDigits(view.sliced(5, 2)) && allDigits(view.sliced(8, 2)))
        return QDate(view.first(4).toInt(), view.sliced(5, 2).toInt(), view.sliced(8, 2).toInt());
    if (view.size() >= 8 && allDigits(view.first(8)) && (view.size() == 8 || !view.at(8).isDigit()))
        return QDate(view.first(4).toInt(), view.sliced(4, 2).toInt(), view.sliced(6, 2).toInt());
    return {};
}

QString at(const QStringList& list, qsizetype index)
{
    return index < list.size() ? list.at(index) : QString();
}

VCard buildCard(const QList<RawProperty>& properties, bool fileIsUnicodeOrUtf8)
{
    VCard card;
    for (const RawProperty& property : properties) {
        if (property.name == "VERSION") {
            card.version = QString::fromLatin1(property.value).trimmed();
            break;
        }
    }
    const bool v21 = card.version.startsWith(QLatin1String("2."));
    bool haveFn = false;
    bool haveN = false;
    bool haveOrg = false;
    bool haveTitle = false;
    bool haveRole = false;
    bool haveUid = false;
    bool haveBday = false;
    QSet<QString> categories;

    for (const RawProperty& property : properties) {
        const QByteArray& name = property.name;
        if (name == "VERSION")
            continue;
        if (isBinaryProperty(name)) {
            card.hadPhoto = card.hadPhoto || (name == "PHOTO" && !property.value.trimmed().isEmpty());
            continue;
        }
        const QByteArray encoding = parameter(property, "ENCODING").toUpper();
        const bool qp = encoding == "QUOTED-PRINTABLE";
        const QByteArray bytes = qp ? decodeQuotedPrintable(property.value) : property.value;
        const QString text = decodeText(bytes, parameter(property, "CHARSET"), qp || !fileIsUnicodeOrUtf8);

        if (name == "FN" && !haveFn) {
            card.formattedName = unescape(text, v21);
            haveFn = true;
        } else if (name == "N" && !haveN) {
            const QStringList parts = splitEscaped(text, QLatin1Char(';'), v21);
            card.name = VCard::Name{at(parts, 0), at(parts, 1), at(parts, 2), at(parts, 3), at(parts, 4)};
            haveN = true;
        } else if (name == "ORG" && !haveOrg) {
            QStringList parts = splitEscaped(text, QLatin1Char(';'), v21);
            card.organization = parts.takeFirst();
            while (!parts.isEmpty() && parts.last().isEmpty())
                parts.removeLast();
            card.organizationUnits = parts;
            haveOrg = true;
        } else if (name == "TITLE" && !haveTitle) {
            card.title = unescape(text, v21);
            haveTitle = true;
        } else if (name == "ROLE" && !haveRole) {
            card.role = unescape(text, v21);
            haveRole = true;
        } else if (name == "EMAIL") {
            QString value = unescape(text, v21).trimmed();
            if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                value = value.mid(7);
            if (!value.isEmpty())
                card.emails.append(VCard::Typed{value, typesOf(property)});
        } else if (name == "TEL") {
            QString value = unescape(text, v21).trimmed();
            if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                value = value.mid(4);
            if (!value.isEmpty())
                card.phones.append(VCard::Typed{value, typesOf(property)});
        } else if (name == "ADR") {
            const QStringList parts = splitEscaped(text, QLatin1Char(';'), v21);
            card.addresses.append(VCard::Address{at(parts, 0), at(parts, 1), at(parts, 2), at(parts, 3), at(parts, 4),
                                                 at(parts, 5), at(parts, 6), typesOf(property)});
        } else if (name == "URL") {
            const QString value = unescape(text, v21).trimmed();
            if (!value.isEmpty())
                card.urls.append(value);
        } else if (name == "NOTE") {
            const QString value = unescape(text, v21);
            card.note = card.note.isEmpty() ? value : QString(card.note + QLatin1Char('\n') + value);
        } else if (name == "BDAY" && !haveBday) {
            card.birthdayText = unescape(text, v21).trimmed();
            card.birthday = parseDate(card.birthdayText);
            haveBday = true;
        } else if (name == "CATEGORIES") {
            for (const QString& category : splitEscaped(text, QLatin1Char(','), v21)) {
                const QString trimmed = category.trimmed();
                if (!trimmed.isEmpty() && !categories.contains(trimmed)) {
                    categories.insert(trimmed);
                    card.categories.append(trimmed);
                }
            }
        } else if (name == "UID" && !haveUid) {
            card.uid = unescape(text, v21).trimmed();
            haveUid = true;
        } else if (name == "KIND") {
            card.organizationCard = text.trimmed().compare(QLatin1String("org"), Qt::CaseInsensitive) == 0;
        } else {
            if (name == "X-ABSHOWAS" && text.trimmed().compare(QLatin1String("COMPANY"), Qt::CaseInsensitive) == 0)
                card.organizationCard = true;
            const QByteArray key = property.group.isEmpty() ? name : QByteArray(property.group + '.' + name);
            const bool binary = encoding == "B" || encoding == "BASE64";
            card.unknown.append({QString::fromLatin1(key), binary ? QString::fromLatin1(bytes) : unescape(text, v21)});
        }
    }
    return card;
}

/**
 * The parser's state over one file: physical lines are read one at a time, joined into logical
 * lines, turned into properties and collected per card; a card is built as soon as it ends, so
 * only one card's raw properties are held at a time.
 */
class Parser final
{
public:
    Parser(const QByteArray& bytes, bool fileIsUtf8)
        : m_bytes(bytes)
        , m_fileIsUtf8(fileIsUtf8)
        // Split on LF when the file has any (CRs before it dropped: CRLF, CR CR LF), else on CR.
        , m_separator(bytes.contains('\n') ? '\n' : '\r')
    {
    }

    Result<QList<VCard>> run();

private:
    /** The next physical line (line ends and the CRs before them dropped), or nothing at the end. */
    std::optional<QByteArrayView> nextPhysical();
    /** Adds a continuation to the pending logical line, or fails when it grows over the limit. */
    Status append(QByteArrayView continuation);
    /** Handles the completed logical line. */
    Status handle(const LogicalLine& line);
    Error lineError(qsizetype line, const QString& message) const;

    const QByteArray& m_bytes;
    const bool m_fileIsUtf8;
    const char m_separator;
    qsizetype m_position = 0;
    qsizetype m_lineNumber = 0;

    std::optional<LogicalLine> m_pending;
    bool m_inCard = false;
    qsizetype m_cardBegin = 0;
    QList<RawProperty> m_properties;
    /** Inside an AGENT's embedded vCard (2.1): its depth, skipped. */
    int m_agentDepth = 0;
    QList<VCard> m_cards;
};

Error Parser::lineError(qsizetype line, const QString& message) const
{
    return Error::make(Error::Kind::Invalid, message, QStringLiteral("vCard line %1").arg(line));
}

std::optional<QByteArrayView> Parser::nextPhysical()
{
    const qsizetype size = m_bytes.size();
    if (m_position >= size)
        return std::nullopt;
    qsizetype end = m_bytes.indexOf(m_separator, m_position);
    if (end < 0)
        end = size;
    qsizetype stop = end;
    while (stop > m_position && m_bytes.at(stop - 1) == '\r')
        --stop;
    const QByteArrayView line = QByteArrayView(m_bytes).sliced(m_position, stop - m_position);
    m_position = end + 1;
    ++m_lineNumber;
    return line;
}

Status Parser::append(QByteArrayView continuation)
{
    LogicalLine& line = *m_pending;
    if (line.truncated)
        return {};
    if (line.bytes.size() + continuation.size() > VCardReader::MaxLineBytes) {
        if (isBinaryProperty(propertyNameOf(line.bytes))) {
            line.truncated = true;
            return {};
        }
        return lineError(line.number, VCardReader::tr("Line %1: this property is longer than %2 KB once its "
                                                      "continuation lines are joined.")
                                          .arg(line.number)
                                          .arg(VCardReader::MaxLineBytes / 1024));
    }
    line.bytes.append(continuation);
    return {};
}

Result<QList<VCard>> Parser::run()
{
    while (const std::optional<QByteArrayView> physical = nextPhysical()) {
        const QByteArrayView line = *physical;
        if (m_pending) {
            LogicalLine& current = *m_pending;
            // Unfold on bytes, before any charset decoding, so a fold inside a UTF-8 sequence is rejoined.
            if (current.quotedPrintable && current.bytes.endsWith('=')) {
                // A soft line break: the next line continues the value, even when empty.
                current.bytes.chop(1);
                if (Status status = append(line); !status)
                    return status.error();
                continue;
            }
            if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
                if (Status status = append(line.sliced(1)); !status)
                    return status.error();
                continue;
            }
            if (current.base64 && !line.isEmpty() && !isBlank(line)
                && std::all_of(line.begin(), line.end(), isBase64Char)) {
                if (Status status = append(line); !status)
                    return status.error();
                continue;
            }
            const LogicalLine complete = std::move(current);
            m_pending.reset();
            if (Status status = handle(complete); !status)
                return status.error();
        }
        if (isBlank(line))
            continue;
        LogicalLine next;
        next.number = m_lineNumber;
        const QByteArray head = headOf(line.first(qMin<qsizetype>(line.size(), 4096)));
        next.quotedPrintable = head.contains("QUOTED-PRINTABLE");
        next.base64 = head.contains("BASE64");
        if (line.size() > VCardReader::MaxLineBytes) {
            if (!isBinaryProperty(propertyNameOf(line))) {
                return lineError(m_lineNumber, VCardReader::tr("Line %1: this property is longer than %2 KB once "
                                                               "its continuation lines are joined.")
                                                   .arg(m_lineNumber)
                                                   .arg(VCardReader::MaxLineBytes / 1024));
            }
            next.bytes = line.first(VCardReader::MaxLineBytes).toByteArray();
            next.truncated = true;
        } else {
            next.bytes = line.toByteArray();
        }
        m_pending = std::move(next);
    }
    if (m_pending) {
        const LogicalLine complete = std::move(*m_pending);
        m_pending.reset();
        if (Status status = handle(complete); !status)
            return status.error();
    }
    if (m_inCard) {
        return lineError(m_lineNumber, VCardReader::tr("Line %1: the file ends inside the vCard that begins on line "
                                                       "%2, which has no END:VCARD line.")
                                           .arg(m_lineNumber)
                                           .arg(m_cardBegin));
    }
    if (m_cards.isEmpty()) {
        return Error::make(Error::Kind::Invalid,
                           VCardReader::tr("This file contains no vCard: no BEGIN:VCARD line "
                                           "was found."),
                           QStringLiteral("no BEGIN:VCARD"));
    }
    return m_cards;
}

Status Parser::handle(const LogicalLine& line)
{
    if (line.truncated && m_inCard && m_agentDepth == 0) {
        // An oversized photo, logo, sound or key, cut short while reading: its value is dropped
        // like any other binary value; only that the card had one is kept.
        if (m_properties.size() < VCardReader::MaxPropertiesPerCard)
            m_properties.append(RawProperty{{}, propertyNameOf(line.bytes), {}, QByteArray("(dropped)"), line.number});
        return {};
    }
    const std::optional<RawProperty> property = parseProperty(line);
    if (!property) {
        if (!m_inCard && m_cards.isEmpty()) {
            // Not a vCard at all (a CSV, a text file): say so rather than blame its first line.
            return Error::make(Error::Kind::Invalid,
                               VCardReader::tr("This file contains no vCard: it does not begin with BEGIN:VCARD."),
                               QStringLiteral("line %1: %2").arg(line.number).arg(snippet(line.bytes)));
        }
        return lineError(line.number, VCardReader::tr("Line %1: this line is not a vCard property: “%2”.")
                                          .arg(line.number)
                                          .arg(snippet(line.bytes)));
    }
    const bool isBegin = property->name == "BEGIN";
    const bool isEnd = property->name == "END";
    const bool vcardValue = (isBegin || isEnd) && property->value.trimmed().toUpper() == "VCARD";

    if (m_agentDepth > 0) {
        if (vcardValue)
            m_agentDepth += isBegin ? 1 : -1;
        return {};
    }
    if (isBegin && vcardValue) {
        if (m_inCard) {
            // vCard 2.1 lets an AGENT property hold a whole vCard on the following lines: skipped.
            if (!m_properties.isEmpty() && m_properties.last().name == "AGENT"
                && m_properties.last().value.trimmed().isEmpty()) {
                m_agentDepth = 1;
                return {};
            }
            return lineError(line.number, VCardReader::tr("Line %1: a vCard begins inside the one that begins on "
                                                          "line %2, which has no END:VCARD line.")
                                              .arg(line.number)
                                              .arg(m_cardBegin));
        }
        if (m_cards.size() >= VCardReader::MaxCards) {
            return lineError(line.number, VCardReader::tr("Line %1: this file holds more than %2 contacts, more than "
                                                          "Bureau imports at once.")
                                              .arg(line.number)
                                              .arg(VCardReader::MaxCards));
        }
        m_inCard = true;
        m_cardBegin = line.number;
        m_properties.clear();
        return {};
    }
    if (isEnd && vcardValue) {
        if (!m_inCard)
            return lineError(line.number,
                             VCardReader::tr("Line %1: END:VCARD without a BEGIN:VCARD before it.").arg(line.number));
        m_cards.append(buildCard(m_properties, m_fileIsUtf8));
        m_cards.last().line = m_cardBegin;
        m_properties.clear();
        m_inCard = false;
        return {};
    }
    if (!m_inCard) {
        if (m_cards.isEmpty()) {
            return Error::make(Error::Kind::Invalid,
                               VCardReader::tr("This file contains no vCard: it does not begin with BEGIN:VCARD."),
                               QStringLiteral("line %1: %2").arg(line.number).arg(snippet(line.bytes)));
        }
        return lineError(line.number, VCardReader::tr("Line %1: this line is outside any vCard: “%2”.")
                                          .arg(line.number)
                                          .arg(snippet(line.bytes)));
    }
    if (m_properties.size() >= VCardReader::MaxPropertiesPerCard) {
        return lineError(line.number, VCardReader::tr("Line %1: the vCard that begins on line %2 has more than %3 "
                                                      "properties.")
                                          .arg(line.number)
                                          .arg(m_cardBegin)
                                          .arg(VCardReader::MaxPropertiesPerCard));
    }
    m_properties.append(*property);
    return {};
}

} // namespace

Result<QList<VCard>> VCardReader::parse(const QByteArray& input)
{
    if (input.size() > MaxInputBytes) {
        return Error::make(
            Error::Kind::Invalid,
            tr("This file is too large to be a contact file (the limit is %1 MB).").arg(MaxInputBytes / (1024 * 1024)),
            QStringLiteral("%1 bytes").arg(input.size()));
    }
    bool unicode = false;
    const QByteArray bytes = TextDecoding::toUtf8IfUnicode(input, &unicode);
    const bool fileIsUtf8 = unicode || TextDecoding::isValidUtf8(bytes);
    Parser parser(bytes, fileIsUtf8);
    return parser.run();
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/VCardWriter.h"

#include <algorithm>

namespace Bureau
{

namespace
{

constexpr qsizetype FoldOctets = 75;

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out.append(QLatin1Char('\\'));
            out.append(c);
        } else if (c == QLatin1Char('\r')) {
            out.append(QLatin1String("\\n"));
            if (i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out.append(QLatin1String("\\n"));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString joinEscaped(const QStringList& parts, QChar separator)
{
    QStringList escaped;
    escaped.reserve(parts.size());
    for (const QString& part : parts)
        escaped.append(escapeText(part));
    return escaped.join(separator);
}

/**
 * ";TYPE=work,pref" (3.0) or ";TYPE=work;PREF=1" (4.0), keeping only characters a parameter value
 * may hold unquoted.
 */
QString typeParameter(const QStringList& types, VCardWriter::Version version)
{
    const bool v40 = version == VCardWriter::Version::V40;
    QStringList clean;
    bool preferred = false;
    for (const QString& type : types) {
        QString token;
        for (const QChar c : type) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-'))
                token.append(c);
        }
        if (v40 && token.compare(QLatin1String("pref"), Qt::CaseInsensitive) == 0) {
            preferred = true;
            continue;
        }
        if (v40 && token.compare(QLatin1String("internet"), Qt::CaseInsensitive) == 0)
            continue;
        if (!token.isEmpty() && !clean.contains(token))
            clean.append(token);
    }
    QString out = clean.isEmpty() ? QString() : QString(QStringLiteral(";TYPE=") + clean.join(QLatin1Char(',')));
    if (preferred)
        out.append(QLatin1String(";PREF=1"));
    return out;
}

bool isValidName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                        || c == QLatin1Char('.') || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

/** One content line, folded at 75 octets; a fold never falls inside a UTF-8 sequence. */
void appendFolded(QByteArray& out, const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype position = 0;
    qsizetype limit = FoldOctets;
    while (bytes.size() - position > limit) {
        qsizetype cut = position + limit;
        while (cut > position && (static_cast<unsigned char>(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        if (cut == position)
            cut = position + limit;
        out.append(bytes.constData() + position, cut - position);
        out.append("\r\n ");
        position = cut;
        limit = FoldOctets - 1; // the leading space counts
    }
    out.append(bytes.constData() + position, bytes.size() - position);
    out.append("\r\n");
}

void writeCard(QByteArray& out, const VCard& card, VCardWriter::Version version)
{
    const bool v40 = version == VCardWriter::Version::V40;
    const auto line = [&out](const QString& text) { appendFolded(out, text); };
    line(QStringLiteral("BEGIN:VCARD"));
    line(v40 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
    if (v40 && card.organizationCard)
        line(QStringLiteral("KIND:org"));
    const QString fn = card.formattedName.isEmpty() ? card.displayName() : card.formattedName;
    line(QStringLiteral("FN:") + escapeText(fn));
    const VCard::Name& n = card.name;
    line(QStringLiteral("N:")
         + joinEscaped({n.family, n.given, n.additional, n.prefixes, n.suffixes}, QLatin1Char(';')));
    if (!card.organization.isEmpty() || !card.organizationUnits.isEmpty())
        line(QStringLiteral("ORG:")
             + joinEscaped(QStringList{card.organization} + card.organizationUnits, QLatin1Char(';')));
    if (!card.title.isEmpty())
        line(QStringLiteral("TITLE:") + escapeText(card.title));
    if (!card.role.isEmpty())
        line(QStringLiteral("ROLE:") + escapeText(card.role));
    for (const VCard::Typed& email : card.emails)
        line(QStringLiteral("EMAIL") + typeParameter(email.types, version) + QLatin1Char(':')
             + escapeText(email.value));
    for (const VCard::Typed& phone : card.phones)
        line(QStringLiteral("TEL") + typeParameter(phone.types, version) + QLatin1Char(':') + escapeText(phone.value));
    for (const VCard::Address& a : card.addresses) {
        line(QStringLiteral("ADR") + typeParameter(a.types, version) + QLatin1Char(':')
             + joinEscaped({a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country},
                           QLatin1Char(';')));
    }
    for (const QString& url : card.urls)
        line(QStringLiteral("URL:") + escapeText(url));
    if (!card.note.isEmpty())
        line(QStringLiteral("NOTE:") + escapeText(card.note));
    if (card.birthday.isValid())
        line(QStringLiteral("BDAY:")
             + card.birthday.toString(v40 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
    else if (!card.birthdayText.isEmpty())
        line(QStringLiteral("BDAY:") + escapeText(card.birthdayText));
    if (!card.categories.isEmpty())
        line(QStringLiteral("CATEGORIES:") + joinEscaped(card.categories, QLatin1Char(',')));
    if (!card.uid.isEmpty())
        line(QStringLiteral("UID:") + escapeText(card.uid));
    for (const auto& [name, value] : card.unknown) {
        const QString bare = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1).toUpper();
        if (!isValidName(name) || bare == u"BEGIN" || bare == u"END" || bare == u"VERSION" || (v40 && bare == u"KIND"))
            continue;
        line(name + QLatin1Char(':') + escapeText(value));
    }
    if (!v40 && card.organizationCard) {
        const bool written = std::any_of(card.unknown.cbegin(), card.unknown.cend(), [](const auto& pair) {
            return pair.first.endsWith(QLatin1String("X-ABSHOWAS"), Qt::CaseInsensitive);
        });
        if (!written)
            line(QStringLiteral("X-ABShowAs:COMPANY")); // Apple's mark of a company card
    }
    line(QStringLiteral("END:VCARD"));
}

} // namespace

QByteArray VCardWriter::write(const QList<VCard>& cards, Version version)
{
    QByteArray out;
    for (const VCard& card : cards)
        writeCard(out, card, version);
    return out;
}

} // namespace Bureau

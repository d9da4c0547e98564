// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/VCardWriter.h"
#include "core/interop/VCardReader.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QString>

using Bureau::VCard;
using Bureau::VCardReader;
using Bureau::VCardWriter;
using namespace Qt::StringLiterals;

namespace
{

VCard sampleCard()
{
    VCard card;
    card.formattedName = u"Hélène Dupont-Lefèvre, EI"_s;
    card.name = VCard::Name{u"Dupont-Lefèvre"_s, u"Hélène"_s, u"Marie; Anne"_s, u"Mme"_s, u""_s};
    card.organization = u"Cabinet Hélène, conseil"_s;
    card.organizationUnits = {u"Secrétariat"_s};
    card.title = u"Gérante"_s;
    card.role = u"Direction"_s;
    card.emails = {VCard::Typed{u"helene@example.fr"_s, {u"work"_s, u"pref"_s}},
                   VCard::Typed{u"h.dupont@example.com"_s, {u"home"_s}}};
    card.phones = {VCard::Typed{u"+33 6 12 34 56 78"_s, {u"cell"_s}}};
    card.addresses = {VCard::Address{u""_s,
                                     u"Bât. B"_s,
                                     u"12, rue de l'Église"_s,
                                     u"Lyon"_s,
                                     u"Auvergne-Rhône-Alpes"_s,
                                     u"69002"_s,
                                     u"France"_s,
                                     {u"work"_s}}};
    card.urls = {u"https://example.fr/a?b=c;d"_s};
    card.note = u"Rappeler mardi.\nAccès : code 1234\\B — « urgent »; "_s + QString(200, QChar(0x00E9)) + u" fin"_s;
    card.birthdayText = u"1980-04-15"_s;
    card.birthday = QDate(1980, 4, 15);
    card.categories = {u"Clients"_s, u"VIP, prioritaire"_s};
    card.uid = u"urn:uuid:0b8e4c9a-1111-2222-3333-444455556666"_s;
    card.unknown = {{u"X-BUREAU-ID"_s, u"42"_s}, {u"item1.X-ABLABEL"_s, u"Assistante; Paris"_s}};
    return card;
}

} // namespace

TEST_CASE("VCardWriter output reads back equal in 3.0 and 4.0", "[vcard]")
{
    VCard second;
    second.formattedName = u"二郎 山田"_s;
    second.name.family = u"山田"_s;
    second.name.given = u"二郎"_s;
    VCard company;
    company.formattedName = u"Atelier Azur"_s;
    company.organization = u"Atelier Azur"_s;
    company.organizationCard = true;
    QList<VCard> cards{sampleCard(), second, company};

    SECTION("3.0")
    {
        for (VCard& card : cards)
            card.version = u"3.0"_s;
        const QByteArray bytes = VCardWriter::write(cards, VCardWriter::Version::V30);
        CHECK(bytes.contains("X-ABShowAs:COMPANY\r\n"));
        auto read = VCardReader::parse(bytes);
        BUREAU_REQUIRE_OK(read);
        REQUIRE(read.value().size() == 3);
        CHECK(read.value().at(1).line > read.value().at(0).line);
        for (VCard& card : read.value())
            card.line = 0; // where each card begins in the file is not part of the comparison
        CHECK(read.value().at(0).note == cards.at(0).note);
        CHECK(read.value().at(0).name == cards.at(0).name);
        CHECK(read.value().at(0).addresses == cards.at(0).addresses);
        CHECK(read.value().at(0).unknown == cards.at(0).unknown);
        CHECK(read.value().at(0) == cards.at(0));
        CHECK(read.value().at(1) == cards.at(1));
        CHECK(read.value().at(2).organizationCard);
    }
    SECTION("4.0")
    {
        for (VCard& card : cards)
            card.version = u"4.0"_s;
        cards[0].birthdayText = u"19800415"_s; // 4.0 writes dates in the basic format
        auto read = VCardReader::parse(VCardWriter::write(cards));
        BUREAU_REQUIRE_OK(read);
        REQUIRE(read.value().size() == 3);
        CHECK(read.value().at(0).line == 1);
        for (VCard& card : read.value())
            card.line = 0;
        CHECK(read.value().at(0).emails == cards.at(0).emails);
        CHECK(read.value().at(0) == cards.at(0));
        CHECK(read.value().at(1) == cards.at(1));
        CHECK(read.value().at(2) == cards.at(2));
    }
}

TEST_CASE("VCardWriter writes CRLF lines of at most 75 octets and never splits UTF-8", "[vcard]")
{
    const QByteArray bytes = VCardWriter::write({sampleCard()});
    REQUIRE(bytes.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    REQUIRE(bytes.endsWith("END:VCARD\r\n"));
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    int folded = 0;
    for (const QByteArray& rawLine : lines) {
        INFO(rawLine.toStdString());
        REQUIRE(rawLine.endsWith('\r'));
        const QByteArray line = rawLine.chopped(1);
        CHECK(line.size() <= 75);
        CHECK_FALSE(line.contains('\r'));
        // Each physical line on its own is valid UTF-8: no sequence was split by a fold.
        CHECK(QString::fromUtf8(line).toUtf8() == line);
        folded += line.startsWith(' ') ? 1 : 0;
    }
    CHECK(folded >= 3);
    CHECK(bytes.contains("N:Dupont-Lef\xC3\xA8vre;H\xC3\xA9l\xC3\xA8ne;Marie\\; Anne;Mme;\r\n"));
    CHECK(bytes.contains("EMAIL;TYPE=work;PREF=1:helene@example.fr\r\n"));
    CHECK(bytes.contains("CATEGORIES:Clients,VIP\\, prioritaire\r\n"));
    CHECK(bytes.contains("BDAY:19800415\r\n"));

    const QByteArray v30 = VCardWriter::write({sampleCard()}, VCardWriter::Version::V30);
    CHECK(v30.contains("VERSION:3.0\r\n"));
    CHECK(v30.contains("EMAIL;TYPE=work,pref:helene@example.fr\r\n"));
    CHECK(v30.contains("BDAY:1980-04-15\r\n"));
}

TEST_CASE("VCardWriter gives a card without FN its display name and refuses structural names", "[vcard]")
{
    VCard card;
    card.name.family = u"Martin"_s;
    card.name.given = u"Léa"_s;
    card.unknown = {{u"END"_s, u"VCARD"_s}, {u"BAD NAME"_s, u"x"_s}, {u"X-OK"_s, u"a\r\nb"_s}};
    const QByteArray bytes = VCardWriter::write({card});
    CHECK(bytes.contains("FN:L\xC3\xA9"
                         "a Martin\r\n"));
    CHECK(bytes.count("END:VCARD") == 1);
    CHECK_FALSE(bytes.contains("BAD NAME"));
    CHECK(bytes.contains("X-OK:a\\nb\r\n"));
    const auto read = VCardReader::parse(bytes);
    BUREAU_REQUIRE_OK(read);
    CHECK(read.value().at(0).formattedName == u"Léa Martin"_s);
}

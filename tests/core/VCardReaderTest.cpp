// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/VCardReader.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QString>
#include <QStringDecoder>

#include <functional>
#include <vector>

using Bureau::VCard;
using Bureau::VCardReader;
using namespace Qt::StringLiterals;

namespace
{

/** The vcf/ folder of interopDir(). */
QString vcfDir()
{
    return QDir::cleanPath(Bureau::Test::interopDir() + u"/vcf"_s);
}

bool underCi()
{
    return qEnvironmentVariable("CI") == u"true"_s;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<VCard> parseOk(const QByteArray& bytes)
{
    const auto result = VCardReader::parse(bytes);
    INFO((result.ok() ? std::string() : result.error().oneLine().toStdString()));
    REQUIRE(result.ok());
    return result.value();
}

QString refusal(const QByteArray& bytes)
{
    const auto result = VCardReader::parse(bytes);
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

const VCard* byName(const QList<VCard>& cards, const QString& formattedName)
{
    for (const VCard& card : cards) {
        if (card.formattedName == formattedName)
            return &card;
    }
    return nullptr;
}

/** The values of every unknown property with that key, one per line, or "<absent>". */
QString unknownValue(const VCard& card, const QString& key)
{
    QStringList values;
    for (const auto& pair : card.unknown) {
        if (pair.first == key)
            values.append(pair.second);
    }
    return values.isEmpty() ? u"<absent>"_s : values.join(u'\n');
}

/** The display name of every card, in file order. */
QStringList displayNames(const QList<VCard>& cards)
{
    QStringList names;
    for (const VCard& card : cards)
        names.append(card.displayName());
    return names;
}

struct FileCase
{
    const char* file;
    /** Every card's displayName(), in order; empty: the file is refused. */
    QStringList names;
    std::function<void(const QList<VCard>&)> check;
};

std::vector<FileCase> fileCases()
{
    return {
        {"android_qp_utf8_multi.vcf",
         {u""_s, u""_s, u"Ñ Ñ Ñ Ñ Ñ"_s, u"Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"_s, u"Ñ Ñ Ñ Ñ"_s, u"ÑÑÑÑ"_s},
         [](const QList<VCard>& cards) {
             // The first two cards have only an e-mail address.
             CHECK(cards.at(0).emails.at(0).value == u"john.doe@company.com"_s);
             CHECK(cards.at(0).emails.at(0).types == QStringList{u"pref"_s});
             CHECK(cards.at(1).emails.at(0).value == u"jane.doe@company.com"_s);
             CHECK(cards.at(2).formattedName == u"Ñ Ñ Ñ Ñ Ñ "_s);
             CHECK(cards.at(2).name.family == u"Ñ Ñ Ñ Ñ "_s);
             // A quoted-printable soft line break in the middle of the FN.
             CHECK(cards.at(3).formattedName == u"Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"_s);
             CHECK(cards.at(4).name.given == u"Ñ Ñ Ñ "_s);
             CHECK(cards.at(4).organization == QString(12, QChar(0x00D1)));
             CHECK(cards.at(4).emails.at(1).value == QString(14, QChar(0x00D1)));
             // A soft line break followed by an empty line ends the value; the first ORG wins.
             CHECK(cards.at(5).organization == QString(44, QChar(0x00D1)));
             CHECK(cards.at(4).hadPhoto);
             CHECK(cards.at(0).categories == QStringList{u"My Contacts"_s});
             CHECK(cards.at(3).phones.size() == 4);
         }},
        {"apple_addressbook_multi_8bit.vcf",
         {u"Gwendolina Brown"_s,   u"Peter Smalholtz"_s, u"Kristina Krull"_s,   u"Rutger Dreger"_s,
          u"Karlsruhe Travel"_s,   u"Ulla Bernadotte"_s, u"Albert Aubrey"_s,    u"Helmut Meyer"_s,
          u"Marco Andriotti"_s,    u"Ingrid Spaßlund"_s, u"Adam Atkins"_s,      u"Martin Williams"_s,
          u"Margit Stern"_s,       u"Frederica Fuchs"_s, u"Günther Blümchen"_s, u"Hans Kohler"_s,
          u"Fritz Lang"_s,         u"Claudia Stern"_s,   u"Harald Treutiger"_s, u"Berit Müller"_s,
          u"Mathilde Wolf"_s,      u"Dirk Hageman"_s,    u"Daniel Wimmerman"_s, u"Daniel Kurtz"_s,
          u"Caspar Schnurrbart"_s, u"Monika Setter"_s,   u"Heinrich Glans"_s,   u"Ambrosia Fischer"_s,
          u"Markus Sprung"_s,      u"Diana Smith"_s},
         [](const QList<VCard>& cards) {
             // Raw ISO-8859-1 bytes with no CHARSET in a file that is not UTF-8.
             CHECK(cards.at(4).name.family == u"Töcken"_s);
             CHECK(cards.at(4).organization == u"Karlsruhe Travel"_s);
             CHECK(cards.at(19).name.family == u"Müller"_s);
             CHECK(cards.at(14).organization == u"Oracle"_s);
         }},
        {"apple_addressbook_photo_xabadr.vcf",
         {u"Apple Computer AG"_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.formattedName == u"Apple Computer AG"_s);
             CHECK(card.organization == u"Apple Computer AG"_s);
             CHECK(card.organizationCard); // X-ABShowAs:COMPANY
             CHECK(card.name.isEmpty());
             CHECK(card.hadPhoto);
             REQUIRE(card.addresses.size() == 1);
             CHECK(card.addresses.at(0).locality == u"Wallisellen-Zürich"_s);
             CHECK(card.addresses.at(0).types == QStringList{u"work"_s, u"pref"_s});
             CHECK(unknownValue(card, u"item1.X-ABADR"_s) == u"ch"_s);
         }},
        {"apple_addressbook_utf16.vcf",
         {u"Ǽgean ĽdaMonté"_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.formattedName == u"Ǽgean ĽdaMonté"_s);
             CHECK(card.name.family == u"ĽdaMonté"_s);
             CHECK(card.name.given == u"Ǽgean"_s);
             REQUIRE(card.addresses.size() == 1);
             CHECK(card.addresses.at(0).street == u"169 Mária Canal"_s);
             CHECK(card.addresses.at(0).country == u"Perú"_s);
             CHECK(card.addresses.at(0).region == u"Conceptión"_s);
         }},
        {"apple_ios6_photo_cr_cr_lf.vcf",
         {u"Bob Smith"_s},
         [](const QList<VCard>& cards) {
             CHECK(cards.at(0).formattedName == u"Bob Smith"_s);
             CHECK(cards.at(0).name.given == u"Bob"_s);
             CHECK(cards.at(0).organization == u"Smith Auto Repair"_s);
             CHECK(cards.at(0).hadPhoto);
             REQUIRE_FALSE(cards.at(0).emails.isEmpty());
             CHECK(cards.at(0).emails.at(0).types.contains(u"pref"_s));
         }},
        {"evolution_missing_end_vcard.vcf", {}, {}},
        {"french_accent_no_version.vcf",
         {u"First Name côté"_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.name.family == u"côté"_s);
             CHECK(card.name.given == u"First Name"_s);
             CHECK(card.formattedName.isEmpty());
             CHECK(card.version.isEmpty());
             REQUIRE(card.phones.size() == 1);
             CHECK(card.phones.at(0).types == QStringList{u"home"_s});
             REQUIRE(card.emails.size() == 1);
             CHECK(card.emails.at(0).types == (QStringList{u"home"_s, u"work"_s}));
         }},
        {"gmail_export_john_doe.vcf",
         {u"Mr. John Richter, James Doe Sr."_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.name.family == u"Doe"_s);
             CHECK(card.name.additional == u"Richter, James"_s);
             CHECK(card.name.prefixes == u"Mr."_s);
             CHECK(card.organization == u"IBM"_s);
             CHECK(card.urls.contains(u"http://www.ibm.com"_s));
         }},
        {"gmail_export_multi_contacts.vcf",
         {u"Arnold Smith"_s, u"Chris Beatle"_s, u"Doug White"_s},
         [](const QList<VCard>& cards) {
             CHECK(cards.at(2).name.family == u"White"_s);
             CHECK(cards.at(0).emails.size() == 1);
         }},
        {"google_carddav_photo.vcf",
         {u"Mr. John 1 Doe Sr."_s},
         [](const QList<VCard>& cards) {
             CHECK(cards.at(0).hadPhoto);
             CHECK(cards.at(0).birthday.isValid());
             CHECK(cards.at(0).emails.size() == 3);
             CHECK(cards.at(0).phones.size() == 9);
         }},
        {"kaddressbook_v40_full.vcf",
         {u"Sherlock Holmes"_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.version == u"4.0"_s);
             CHECK(card.name.prefixes == u"Mr"_s);
             CHECK_FALSE(card.organizationCard); // KIND:individual
             REQUIRE_FALSE(card.phones.isEmpty());
             CHECK(card.phones.at(0).types.contains(u"home"_s));
             CHECK(card.phones.at(0).types.contains(u"pref"_s));
             CHECK(card.phones.at(0).value == u"+44-555-555-5555;ext=5555"_s);
         }},
        {"nextcloud_sabre_escaped_semicolons.vcf",
         {u"First Last NextCloud"_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.organization == u"Firma"_s);
             REQUIRE(card.phones.size() == 4);
             CHECK(card.phones.at(0).types == (QStringList{u"home"_s, u"voice"_s}));
             CHECK(card.phones.at(2).value == u"205246;;,;"_s);
             CHECK(card.phones.at(2).types == (QStringList{u"work"_s, u"fax"_s}));
             REQUIRE(card.addresses.size() == 2);
             CHECK(card.addresses.at(1).country == u"Germany work"_s);
             CHECK(card.categories == QStringList{u"Test-Kontakte"_s});
         }},
        {"outlook2003_qp_implicit_codepage.vcf",
         {u"Antoni Jozef Mylka jun."_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.name.suffixes == u"jun."_s);
             CHECK(card.organization == u"DFKI"_s);
             // Quoted-printable 8-bit bytes with no CHARSET: read as Windows-1252.
             CHECK(unknownValue(card, u"LABEL"_s).contains(u"Kraków"_s));
         }},
        {"outlook2007_qp_key_photo.vcf",
         {u"Mr. Michael Angstadt Jr."_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(card.note.startsWith(u"This is the NOTE field\t\r\nI assume it encodes this text"_s));
             CHECK(card.note.endsWith(u"It does not preserve the formatting"_s));
             CHECK(card.organization == u"TheCompany"_s);
             CHECK(card.organizationUnits == QStringList{u"TheDepartment"_s});
             CHECK(card.birthday == QDate(1922, 3, 10));
             CHECK(card.phones.size() == 4);
             CHECK(card.phones.at(0).types == (QStringList{u"work"_s, u"voice"_s}));
             CHECK(card.hadPhoto);
         }},
        {"outlook_charset_windows1252.vcf",
         {u"John Doë"_s},
         [](const QList<VCard>& cards) {
             CHECK(cards.at(0).formattedName == u"John Doë"_s);
             CHECK(cards.at(0).name.family == u"Doë"_s);
             CHECK(cards.at(0).emails.size() == 2);
         }},
        {"outlook_qp_label_ol_design.vcf",
         {u"Mr. John Richter James Doe Sr."_s},
         [](const QList<VCard>& cards) {
             CHECK(cards.at(0).name.additional == u"Richter,James"_s);
             CHECK(cards.at(0).note.size() > 700);
             CHECK(unknownValue(cards.at(0), u"X-MS-OL-DESIGN"_s).size() > 1200);
         }},
        {"owncloud_fold_splits_utf8_char.vcf",
         {u"βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1"_s},
         [](const QList<VCard>& cards) {
             const VCard& card = cards.at(0);
             CHECK(
                 card.note
                 == u"Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов."_s);
             CHECK(card.name.family == u"123ㄓㄕㄖbcdeαβγδαβγδαβγδαβγδαβγδαβγδαβㄤㄓㄕㄖ"_s);
             CHECK_FALSE(card.formattedName.contains(QChar::ReplacementCharacter));
         }},
        {"phone_qp_utf8_split_multibyte.vcf",
         {u"Bike Shop"_s, u"Field after Address broken"_s, u"Field after Address not broken"_s,
          u"Dr. med. Surname Name"_s, u"Second Doctor"_s},
         [](const QList<VCard>& cards) {
             CHECK(cards.at(0).organization == u"Bike Shop"_s);
             CHECK(cards.at(3).title == u"Facharzt für Allgemeinmedizin"_s);
             // A soft line break splits the UTF-8 of an en dash: "=E2=80=" / "=93".
             CHECK(cards.at(3).note.endsWith(u"Fr     8–12"_s));
             CHECK(cards.at(0).note == u"This one has a funny character at the end in the contact list"_s);
             REQUIRE(cards.at(0).addresses.size() == 1);
             CHECK(cards.at(0).addresses.at(0).street == u"DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD"_s);
             REQUIRE(cards.at(1).addresses.size() == 1);
             CHECK(cards.at(1).addresses.at(0).street == u"AAAAAAA-AäAAAAA 11"_s);
             CHECK(cards.at(1).urls == QStringList{u"http://some-webseite.com"_s});
         }},
        {"thunderbird_v40_export_multi.vcf",
         {u"contact number one"_s, u"contact number two"_s},
         [](const QList<VCard>& cards) {
             CHECK(cards.at(1).note == u"here's some unicode text…"_s);
             CHECK(unknownValue(cards.at(1), u"X-CUSTOM1"_s) == u"custom, 1"_s);
             CHECK(unknownValue(cards.at(1), u"X-CUSTOM3"_s) == u"custom\r3"_s);
             CHECK(unknownValue(cards.at(1), u"X-CUSTOM4"_s) == u"custom\n4"_s);
             CHECK(cards.at(0).emails.at(0).types.contains(u"pref"_s));
         }},
        {"thunderbird_v40_photo_data_uri.vcf",
         {u"URI JPEG, version 4.0"_s},
         [](const QList<VCard>& cards) { CHECK(cards.at(0).hadPhoto); }},
    };
}

} // namespace

TEST_CASE("VCardReader reads every real export in the shared interop folder", "[vcard]")
{
    const QDir dir(vcfDir());
    if (!dir.exists()) {
        if (underCi())
            FAIL("The interop vCard folder is missing: " << vcfDir().toStdString());
        SUCCEED("skipped: no interop vCard folder at " << vcfDir().toStdString());
        return;
    }
    const QStringList files = dir.entryList({u"*.vcf"_s}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 20);

    QSet<QString> known;
    for (const FileCase& fileCase : fileCases()) {
        const QString name = QString::fromUtf8(fileCase.file);
        known.insert(name);
        SECTION(fileCase.file)
        {
            REQUIRE(files.contains(name));
            const auto result = VCardReader::parse(readFile(dir.filePath(name)));
            if (fileCase.names.isEmpty()) {
                REQUIRE_FALSE(result.ok());
                CHECK(result.error().kind == Bureau::Error::Kind::Invalid);
                // The file has 11 lines and never closes the card that line 1 begins.
                CHECK(
                    result.error().message
                    == u"Line 11: the file ends inside the vCard that begins on line 1, which has no END:VCARD line."_s);
                continue;
            }
            INFO((result.ok() ? std::string() : result.error().oneLine().toStdString()));
            REQUIRE(result.ok());
            CHECK(result.value().size() == fileCase.names.size());
            CHECK(displayNames(result.value()) == fileCase.names);
            REQUIRE(result.value().size() == fileCase.names.size());
            fileCase.check(result.value());
        }
    }
    // A file added to the folder must be added here too.
    for (const QString& file : files) {
        INFO(file.toStdString());
        CHECK(known.contains(file));
    }
}

TEST_CASE("VCardReader rejoins a fold that splits a UTF-8 sequence", "[vcard]")
{
    // "é" is C3 A9; the fold falls between the two bytes.
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fran\xC3\r\n \xA9ois Caf\xC3\r\n\t\xA9\r\nEND:VCARD\r\n";
    const QList<VCard> cards = parseOk(bytes);
    REQUIRE(cards.size() == 1);
    CHECK(cards.at(0).formattedName == u"Franéois Café"_s);
}

TEST_CASE("VCardReader applies quoted-printable soft breaks before the charset", "[vcard]")
{
    const QByteArray bytes = "BEGIN:VCARD\nVERSION:2.1\n"
                             "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dupr=C3=\n=A9;Fran=C3=A7ois\n"
                             "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Ligne 1=0D=0A=\nLigne =E9\n"
                             "END:VCARD\n";
    const QList<VCard> cards = parseOk(bytes);
    REQUIRE(cards.size() == 1);
    CHECK(cards.at(0).name.family == u"Dupré"_s);
    CHECK(cards.at(0).name.given == u"François"_s);
    CHECK(cards.at(0).note == u"Ligne 1\r\nLigne é"_s);
}

TEST_CASE("VCardReader accepts CR CR LF and bare CR line ends", "[vcard]")
{
    const QList<VCard> crcrlf = parseOk("BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Anne\r\r\n  Marie\r\r\nEND:VCARD\r\r\n");
    REQUIRE(crcrlf.size() == 1);
    CHECK(crcrlf.at(0).formattedName == u"Anne Marie"_s);
    const QList<VCard> cr = parseOk("BEGIN:VCARD\rVERSION:3.0\rFN:Old Mac\rEND:VCARD\rBEGIN:VCARD\rFN:Two\rEND:VCARD");
    REQUIRE(cr.size() == 2);
    CHECK(cr.at(1).formattedName == u"Two"_s);
}

TEST_CASE("VCardReader unescapes 3.0 values and splits structured ones", "[vcard]")
{
    const QByteArray bytes = "BEGIN:VCARD\nVERSION:3.0\nFN:Dupont\\, Martin & Fils\n"
                             "N:Dupont\\;Martin;Jean\\, Paul;;;\n"
                             "ORG:Cabinet Dupont;Comptabilit\xC3\xA9;Paie\n"
                             "NOTE:Ligne 1\\nLigne 2\\NLigne 3 \\\\ fin\n"
                             "ADR;TYPE=work:;B\xC3\xA2t. A;12\\, rue de la Paix;Paris;;75002;France\n"
                             "CATEGORIES:Clients,VIP\\, priorit\xC3\xA9,Clients\n"
                             "BDAY:1980-04-15\n"
                             "END:VCARD\n";
    const VCard card = parseOk(bytes).at(0);
    CHECK(card.formattedName == u"Dupont, Martin & Fils"_s);
    CHECK(card.name.family == u"Dupont;Martin"_s);
    CHECK(card.name.given == u"Jean, Paul"_s);
    CHECK(card.organization == u"Cabinet Dupont"_s);
    CHECK(card.organizationUnits == (QStringList{u"Comptabilité"_s, u"Paie"_s}));
    CHECK(card.note == u"Ligne 1\nLigne 2\nLigne 3 \\ fin"_s);
    REQUIRE(card.addresses.size() == 1);
    CHECK(card.addresses.at(0).extended == u"Bât. A"_s);
    CHECK(card.addresses.at(0).street == u"12, rue de la Paix"_s);
    CHECK(card.addresses.at(0).postalCode == u"75002"_s);
    CHECK(card.addresses.at(0).country == u"France"_s);
    CHECK(card.categories == (QStringList{u"Clients"_s, u"VIP, priorité"_s}));
    CHECK(card.birthday == QDate(1980, 4, 15));
}

TEST_CASE("VCardReader reads groups and every way of writing TYPE", "[vcard]")
{
    const QByteArray bytes = "begin:vcard\nversion:3.0\nfn:Groupes\n"
                             "item1.EMAIL;type=INTERNET;type=pref:a@example.fr\n"
                             "item1.X-ABLabel:_$!<Other>!$_\n"
                             "EMAIL;TYPE=work,pref:b@example.fr\n"
                             "TEL;WORK;VOICE;PREF:+33 1 23 45 67 89\n"
                             "TEL;TYPE=\"cell,voice\":06 12 34 56 78   \n"
                             "X-Custom;X-PARAM=1:valeur\n"
                             "END:VCARD\n";
    const VCard card = parseOk(bytes).at(0);
    REQUIRE(card.emails.size() == 2);
    CHECK(card.emails.at(0).value == u"a@example.fr"_s);
    CHECK(card.emails.at(0).types == (QStringList{u"internet"_s, u"pref"_s}));
    CHECK(card.emails.at(1).types == (QStringList{u"work"_s, u"pref"_s}));
    REQUIRE(card.phones.size() == 2);
    CHECK(card.phones.at(0).types == (QStringList{u"work"_s, u"voice"_s, u"pref"_s}));
    CHECK(card.phones.at(1).value == u"06 12 34 56 78"_s);
    CHECK(card.phones.at(1).types == (QStringList{u"cell"_s, u"voice"_s}));
    CHECK(unknownValue(card, u"item1.X-ABLABEL"_s) == u"_$!<Other>!$_"_s);
    CHECK(unknownValue(card, u"X-CUSTOM"_s) == u"valeur"_s);
}

TEST_CASE("VCardReader decodes a CHARSET parameter in an 8-bit file", "[vcard]")
{
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:M\xFCller;J\xF6rg\r\n"
                             "FN;CHARSET=windows-1252:J\xF6rg M\xFCller \x80\r\nTITLE:G\xE9rant\r\nEND:VCARD\r\n";
    const VCard card = parseOk(bytes).at(0);
    CHECK(card.name.family == u"Müller"_s);
    CHECK(card.formattedName == u"Jörg Müller €"_s);
    CHECK(card.title == u"Gérant"_s); // no CHARSET, not UTF-8: Windows-1252
}

TEST_CASE("VCardReader detects UTF-16 with and without a byte order mark", "[vcard]")
{
    const QString text = u"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Lefèvre\r\nEND:VCARD\r\n"_s;
    QByteArray littleEndian("\xFF\xFE", 2);
    QByteArray bigEndianNoBom;
    for (const QChar c : text) {
        littleEndian.append(static_cast<char>(c.unicode() & 0xFF));
        littleEndian.append(static_cast<char>(c.unicode() >> 8));
        bigEndianNoBom.append(static_cast<char>(c.unicode() >> 8));
        bigEndianNoBom.append(static_cast<char>(c.unicode() & 0xFF));
    }
    CHECK(parseOk(littleEndian).at(0).formattedName == u"Zoé Lefèvre"_s);
    CHECK(parseOk(bigEndianNoBom).at(0).formattedName == u"Zoé Lefèvre"_s);
    CHECK(parseOk(QByteArray("\xEF\xBB\xBF") + text.toUtf8()).at(0).formattedName == u"Zoé Lefèvre"_s);
}

TEST_CASE("VCardReader refuses malformed files whole and names the line", "[vcard]")
{
    CHECK(refusal("") == u"This file contains no vCard: no BEGIN:VCARD line was found."_s);
    CHECK(refusal("Nom;Prénom\nDupont;Jean\n")
          == u"This file contains no vCard: it does not begin with BEGIN:VCARD."_s);
    // Line 6 has no colon; the first card was fine, yet nothing is returned.
    CHECK(refusal("BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nthis is not a property\nEND:VCARD\n")
          == u"Line 6: this line is not a vCard property: “this is not a property”."_s);
    CHECK(refusal("BEGIN:VCARD\nFN:A\n")
          == u"Line 2: the file ends inside the vCard that begins on line 1, which has no END:VCARD line."_s);
    CHECK(refusal("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n")
          == u"Line 3: a vCard begins inside the one that begins on line 1, which has no END:VCARD line."_s);
    CHECK(refusal("BEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n")
          == u"Line 4: END:VCARD without a BEGIN:VCARD before it."_s);
    CHECK(refusal("BEGIN:VCARD\nFN:A\nEND:VCARD\nFN:Lost\n")
          == u"Line 4: this line is outside any vCard: “FN:Lost”."_s);
    CHECK(refusal("BEGIN:VCARD\nFN:A\nEND:VCARD\n\n\nBEGIN:VCARD\r\nFN :B\r\nN\xC3\xA9:x\r\nEND:VCARD\r\n")
          == u"Line 8: this line is not a vCard property: “Né:x”."_s);
    CHECK(refusal("BEGIN:VCARD\n:no name\nEND:VCARD\n").startsWith(u"Line 2: "_s));
    // Folded lines count: the error names the physical line where the bad property starts.
    CHECK(refusal("BEGIN:VCARD\r\nNOTE:a\r\n b\r\n c\r\nbad\r\nEND:VCARD\r\n").startsWith(u"Line 5: "_s));

    const auto result = VCardReader::parse("BEGIN:VCARD\nFN:A\n");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Bureau::Error::Kind::Invalid);
    CHECK(result.error().detail == u"vCard line 2"_s);
}

TEST_CASE("VCardReader enforces its size limits", "[vcard]")
{
    const QByteArray huge(VCardReader::MaxInputBytes + 1, 'A');
    CHECK(refusal(huge) == u"This file is too large to be a contact file (the limit is 32 MB)."_s);

    QByteArray longNote = "BEGIN:VCARD\nVERSION:3.0\nNOTE:";
    for (int i = 0; i < 1100; ++i)
        longNote += '\n' + QByteArray(1000, 'x').prepend(' ');
    longNote += "\nEND:VCARD\n";
    CHECK(refusal(longNote)
          == u"Line 3: this property is longer than 1024 KB once its continuation lines are joined."_s);

    QByteArray manyCards;
    for (qsizetype i = 0; i <= VCardReader::MaxCards; ++i)
        manyCards += "BEGIN:VCARD\nFN:x\nEND:VCARD\n";
    CHECK(refusal(manyCards)
          == u"Line 60001: this file holds more than 20000 contacts, more than Bureau imports at once."_s);

    QByteArray manyProperties = "BEGIN:VCARD\n";
    for (qsizetype i = 0; i <= VCardReader::MaxPropertiesPerCard; ++i)
        manyProperties += "X-A:b\n";
    manyProperties += "END:VCARD\n";
    CHECK(refusal(manyProperties) == u"Line 5002: the vCard that begins on line 1 has more than 5000 properties."_s);
}

TEST_CASE("VCardReader drops an oversized photo instead of refusing the file", "[vcard]")
{
    // A 1.5 MB base64 photo (a high-resolution phone picture) in the middle of a card.
    QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
    for (int i = 0; i < 21000; ++i)
        bytes += QByteArray(74, 'A') + "\r\n ";
    bytes += "AA==\r\nEMAIL:photo@example.fr\r\nEND:VCARD\r\n";
    bytes += "BEGIN:VCARD\r\nVERSION:3.0\r\nPHOTO:" + QByteArray(VCardReader::MaxLineBytes + 10, 'B')
             + "\r\nFN:Second\r\nEND:VCARD\r\n";
    const QList<VCard> cards = parseOk(bytes);
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(0).hadPhoto);
    CHECK(cards.at(0).formattedName == u"Big Photo"_s);
    REQUIRE(cards.at(0).emails.size() == 1);
    CHECK(cards.at(0).emails.at(0).value == u"photo@example.fr"_s);
    CHECK(cards.at(1).formattedName == u"Second"_s);
}

TEST_CASE("VCardReader reads vCard 2.1 quirks: unindented base64 and an AGENT card", "[vcard]")
{
    const QByteArray bytes =
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Martin;Paul\r\n"
        "PHOTO;JPEG;BASE64:\r\n/9j/4AAQSkZJRgABAQAAAQABAAD\r\nl2S9ByOKYLrys+SP0p+0iPnP/2Q==\r\n\r\n"
        "AGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Assistant\r\nEND:VCARD\r\n"
        "TEL;WORK:01 02 03 04 05\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:fin=\r\n\r\n"
        "END:VCARD\r\n";
    const QList<VCard> cards = parseOk(bytes);
    REQUIRE(cards.size() == 1);
    CHECK(cards.at(0).displayName() == u"Paul Martin"_s);
    CHECK(cards.at(0).hadPhoto);
    REQUIRE(cards.at(0).phones.size() == 1);
    CHECK(cards.at(0).phones.at(0).value == u"01 02 03 04 05"_s);
    CHECK(cards.at(0).note == u"fin"_s);
}

TEST_CASE("VCardReader decodes charsets Qt knows through ICU", "[vcard]")
{
    if (!QStringDecoder("windows-1250").isValid()) {
        SUCCEED("skipped: this Qt has no ICU, so Windows-1250 is unknown");
        return;
    }
    // Kraków, małopolskie in Windows-1250, quoted-printable.
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1250;ENCODING=QUOTED-PRINTABLE:"
                             "Krak=F3w, ma=B3opolskie\r\nN;CHARSET=no-such-charset:Caf\xE9\r\nEND:VCARD\r\n";
    const VCard card = parseOk(bytes).at(0);
    CHECK(card.formattedName == u"Kraków, małopolskie"_s);
    // An unknown charset falls back to the guess: not UTF-8, so Windows-1252.
    CHECK(card.name.family == u"Café"_s);
}

TEST_CASE("VCardReader stays linear on hostile repetition", "[vcard]")
{
    // 100,000 distinct types and categories in one property each: a quadratic search would take minutes.
    QByteArray types = "BEGIN:VCARD\nTEL;TYPE=";
    QByteArray categories = "CATEGORIES:";
    for (int i = 0; i < 100000; ++i) {
        types += "t" + QByteArray::number(i) + ',';
        categories += "c" + QByteArray::number(i) + ',';
    }
    const QByteArray bytes = types + ":0612345678\n" + categories + "\nEND:VCARD\n";
    QElapsedTimer timer;
    timer.start();
    const QList<VCard> cards = parseOk(bytes);
    CHECK(timer.elapsed() < 5000);
    REQUIRE(cards.size() == 1);
    CHECK(cards.at(0).phones.at(0).types.size() == 100000);
    CHECK(cards.at(0).categories.size() == 100000);
}

TEST_CASE("VCardReader survives hostile fragments", "[vcard]")
{
    struct Fragment
    {
        QByteArray bytes;
        bool accepted;
    };
    const std::vector<Fragment> inputs{
        {"BEGIN:VCARD\nN;ENCODING=QUOTED-PRINTABLE:=\n=", false},
        {"BEGIN:VCARD\nN;ENCODING=QUOTED-PRINTABLE:=4\nEND:VCARD", true},
        {"BEGIN:VCARD\nFN;TYPE=\"unterminated:value\nEND:VCARD\n", true},
        {"BEGIN:VCARD\nN:\\\nADR:\\;\\\nBDAY:2020-\nBDAY:9999\nEND:VCARD", true},
        {QByteArray("\xFE\xFF", 2), false},
        {QByteArray("\xFF\xFE\x42", 3), false},
        {QByteArray("\0\0\0\0\0", 5), false},
        {"\xF0\x9F\x98", false},
        {" \n\t\n", false},
        {"BEGIN:VCARD\nAGENT:\nBEGIN:VCARD\nBEGIN:VCARD\nEND:VCARD\n", false},
        {"BEGIN:VCARD\nEND:VCARD", true},
    };
    for (const Fragment& input : inputs) {
        INFO(input.bytes.toHex().toStdString());
        const auto result = VCardReader::parse(input.bytes);
        CHECK(result.ok() == input.accepted);
        if (!result.ok())
            CHECK_FALSE(result.error().message.isEmpty());
    }
    // The quoted parameter never closes: read leniently, up to the first colon.
    const auto lenient = VCardReader::parse("BEGIN:VCARD\nFN;X=\"a:b\nEND:VCARD\n");
    REQUIRE(lenient.ok());
    CHECK(lenient.value().at(0).formattedName == u"b"_s);
}

TEST_CASE("VCardReader survives truncated and corrupted real files", "[vcard]")
{
    const QDir dir(vcfDir());
    if (!dir.exists()) {
        if (underCi())
            FAIL("The interop vCard folder is missing: " << vcfDir().toStdString());
        SUCCEED("skipped: no interop vCard folder at " << vcfDir().toStdString());
        return;
    }
    int parses = 0;
    int messagesMissing = 0;
    for (const QString& name : dir.entryList({u"*.vcf"_s}, QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(dir.filePath(name));
        for (qsizetype cut = 0; cut < bytes.size(); cut += 61) {
            QByteArray mutated = bytes.left(cut);
            if (cut % 2 == 1 && !mutated.isEmpty())
                mutated[cut / 2] = static_cast<char>(mutated.at(cut / 2) ^ 0x80);
            const auto result = VCardReader::parse(mutated);
            messagesMissing += !result.ok() && result.error().message.isEmpty() ? 1 : 0;
            ++parses;
        }
    }
    CHECK(parses > 1000);
    CHECK(messagesMissing == 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/CsvReader.h"
#include "core/interop/CsvWriter.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QString>

using Bureau::CsvReader;
using Bureau::CsvWriter;
using namespace Qt::StringLiterals;

namespace
{

CsvReader::Table parseOk(const QByteArray& bytes, const CsvReader::Options& options = {})
{
    const auto result = CsvReader::parse(bytes, options);
    BUREAU_REQUIRE_OK(result);
    return result.value();
}

Bureau::Error refusal(const QByteArray& bytes)
{
    const auto result = CsvReader::parse(bytes);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

} // namespace

TEST_CASE("CsvReader reads RFC 4180 quoting and embedded line breaks", "[csv]")
{
    const QByteArray bytes = "name,email,notes\r\n"
                             "\"Dupont, Fils\",a@example.fr,\"dit \"\"le grand\"\"\r\nsur deux lignes\"\r\n"
                             "Martin,,\r\n"
                             "\"\",\"\",last";
    const CsvReader::Table table = parseOk(bytes);
    CHECK(table.separator == QLatin1Char(','));
    REQUIRE(table.records.size() == 4);
    CHECK(table.records.at(0) == (QStringList{u"name"_s, u"email"_s, u"notes"_s}));
    CHECK(table.records.at(1)
          == (QStringList{u"Dupont, Fils"_s, u"a@example.fr"_s, u"dit \"le grand\"\r\nsur deux lignes"_s}));
    CHECK(table.records.at(2) == (QStringList{u"Martin"_s, u""_s, u""_s}));
    CHECK(table.records.at(3) == (QStringList{u""_s, u""_s, u"last"_s}));
    // The record after the two-line field starts on line 4.
    CHECK(table.lines == (QList<qsizetype>{1, 2, 4, 5}));
}

TEST_CASE("CsvReader detects the semicolon of French Excel and reads Windows-1252", "[csv]")
{
    // "Société;Ville\r\nAtelier « Azur », Lyon;Orléans\r\n" as French Excel saves it (ANSI).
    const QByteArray bytes = "Soci\xE9t\xE9;Ville;Montant\r\nAtelier \xAB Azur \xBB, Lyon;Orl\xE9"
                             "ans;1,5\r\n";
    const CsvReader::Table table = parseOk(bytes);
    CHECK(table.separator == QLatin1Char(';'));
    REQUIRE(table.records.size() == 2);
    CHECK(table.records.at(0) == (QStringList{u"Société"_s, u"Ville"_s, u"Montant"_s}));
    CHECK(table.records.at(1) == (QStringList{u"Atelier « Azur », Lyon"_s, u"Orléans"_s, u"1,5"_s}));

    // The separator can be forced: read with ',' the same line splits elsewhere.
    const CsvReader::Table forced = parseOk(bytes, CsvReader::Options{QLatin1Char(',')});
    CHECK(forced.separator == QLatin1Char(','));
    CHECK(forced.records.at(1).size() == 3);
    CHECK(forced.records.at(1).at(0) == u"Atelier « Azur »"_s);
}

TEST_CASE("CsvReader reads UTF-8 with and without BOM and LF or CR line ends", "[csv]")
{
    const QByteArray withBom = "\xEF\xBB\xBFname,city\nL\xC3\xA9"
                               "a,Gen\xC3\xA8ve\n\n\nZo\xC3\xA9,\n";
    const CsvReader::Table table = parseOk(withBom);
    REQUIRE(table.records.size() == 3);            // blank lines are skipped
    CHECK(table.records.at(0).at(0) == u"name"_s); // no BOM left in the first field
    CHECK(table.records.at(1) == (QStringList{u"Léa"_s, u"Genève"_s}));
    CHECK(table.records.at(2) == (QStringList{u"Zoé"_s, u""_s}));
    CHECK(table.lines == (QList<qsizetype>{1, 2, 5}));

    const CsvReader::Table classicMac = parseOk("a;b\rc;d\r");
    CHECK(classicMac.separator == QLatin1Char(';'));
    CHECK(classicMac.records == (QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
}

TEST_CASE("CsvReader reads Excel's sep= line and UTF-16 tab-separated text", "[csv]")
{
    const CsvReader::Table sep = parseOk("sep=,\r\nNom;Ville,Pays\r\nA;B,C\r\n");
    CHECK(sep.separator == QLatin1Char(','));
    CHECK(sep.records.at(0) == (QStringList{u"Nom;Ville"_s, u"Pays"_s}));
    CHECK(sep.lines.at(0) == 2);

    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : u"Name\tEmail\r\nJörg\tj@example.de\r\n"_s) {
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
        utf16.append(static_cast<char>(c.unicode() >> 8));
    }
    const CsvReader::Table table = parseOk(utf16);
    CHECK(table.separator == QLatin1Char('\t'));
    REQUIRE(table.records.size() == 2);
    CHECK(table.records.at(1) == (QStringList{u"Jörg"_s, u"j@example.de"_s}));
}

TEST_CASE("CsvReader refuses broken quoting and oversized input and names the line", "[csv]")
{
    const Bureau::Error unclosed = refusal("a,b\nc,d\n\"never closed,1\nmore\n");
    CHECK(unclosed.kind == Bureau::Error::Kind::Invalid);
    CHECK(unclosed.message == u"Line 3: a quoted field begins here and is never closed (a \" is missing)."_s);
    CHECK(unclosed.detail == u"CSV line 3"_s);

    CHECK(
        refusal("a,b\n\"x\"y,z\n").message
        == u"Line 2: text follows the closing quote of a field; a quote inside a quoted field must be doubled (\"\")."_s);
    CHECK(refusal(QByteArray("a,b\nc,d\x00"
                             "e\n",
                             10))
              .message
          == u"Line 2: this file holds binary data (a NUL character), not text."_s);
    CHECK(refusal(QByteArray(CsvReader::MaxInputBytes + 1, 'a')).message
          == u"This file is too large to import (the limit is 32 MB)."_s);

    QByteArray wide = "x";
    for (qsizetype i = 0; i < CsvReader::MaxFieldsPerRecord; ++i)
        wide += ",x";
    CHECK(refusal("ok\n" + wide + "\n").message == u"Line 2: this record has more than 1000 fields."_s);

    QByteArray tall;
    for (qsizetype i = 0; i <= CsvReader::MaxRecords; ++i)
        tall += "a\n";
    CHECK(refusal(tall).message
          == u"Line 100001: this file holds more than 100000 records, more than Bureau imports at once."_s);

    CHECK(refusal("\"" + QByteArray(CsvReader::MaxFieldChars + 1, 'x') + "\"").message
          == u"Line 1: this field is longer than 1048576 characters."_s);
}

TEST_CASE("CsvReader is lenient where spreadsheets are", "[csv]")
{
    // A quote inside an unquoted field is text; spaces after a closing quote are dropped.
    const CsvReader::Table table = parseOk("a,b\n5\" disk,\"quoted\"  ,x\n");
    REQUIRE(table.records.size() == 2);
    CHECK(table.records.at(1) == (QStringList{u"5\" disk"_s, u"quoted"_s, u"x"_s}));
    CHECK(parseOk("").records.isEmpty());
    CHECK(parseOk("single\n").records == QList<QStringList>{{u"single"_s}});
}

TEST_CASE("CsvReader reads back what CsvWriter writes", "[csv]")
{
    const QList<QStringList> rows{
        {u"Nom"_s, u"Note"_s, u"Montant"_s},
        {u"Dupont; Fils"_s, u"ligne 1\r\nligne \"2\""_s, u"-12,50"_s},
        {u"Zoé"_s, u""_s, u"3"_s},
    };
    for (const bool bom : {false, true}) {
        for (const QChar separator : {QLatin1Char(';'), QLatin1Char(',')}) {
            CsvWriter writer(CsvWriter::Options{separator, bom});
            for (const QStringList& row : rows) {
                QList<CsvWriter::Cell> cells;
                for (const QString& text : row)
                    cells.append(CsvWriter::Cell::number(text)); // numbers stay as they are
                writer.addRow(cells);
            }
            const CsvReader::Table table = parseOk(writer.data());
            CHECK(table.separator == separator);
            CHECK(table.records == rows);
        }
    }
}

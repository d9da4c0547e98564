// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/CsvWriter.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QString>

using Bureau::CsvWriter;
using namespace Qt::StringLiterals;

TEST_CASE("CsvWriter follows RFC 4180 quoting with CRLF records", "[csv]")
{
    CsvWriter writer(CsvWriter::Options{});
    writer.addRow(QStringList{u"Nom"_s, u"Ville"_s, u"Note"_s});
    writer.addRow(QStringList{u"Dupont, Fils"_s, u"Orléans"_s, u"dit \"le grand\"\nsur deux lignes"_s});
    writer.addRow(QStringList{u""_s, u"a;b"_s, u"fin\r"_s});
    const QByteArray expected = "Nom,Ville,Note\r\n"
                                "\"Dupont, Fils\",Orl\xC3\xA9"
                                "ans,\"dit \"\"le grand\"\"\nsur deux lignes\"\r\n"
                                ",a;b,\"fin\r\"\r\n";
    CHECK(writer.data() == expected);
}

TEST_CASE("CsvWriter uses the semicolon French Excel expects and an optional BOM", "[csv]")
{
    CsvWriter writer(CsvWriter::Options{QLatin1Char(';'), true});
    writer.addRow(QStringList{u"Société"_s, u"1,5"_s, u"a;b"_s});
    CHECK(writer.data() == QByteArray("\xEF\xBB\xBFSoci\xC3\xA9t\xC3\xA9;1,5;\"a;b\"\r\n"));

    CsvWriter plain(CsvWriter::Options{QLatin1Char(';'), false});
    plain.addRow(QStringList{u"x"_s});
    CHECK(plain.data() == QByteArray("x\r\n"));
}

TEST_CASE("CsvWriter neutralises cells a spreadsheet would run as formulas", "[csv]")
{
    CHECK(CsvWriter::field({u"=HYPERLINK(\"http://evil\")"_s, false}, QLatin1Char(','))
          == u"\"'=HYPERLINK(\"\"http://evil\"\")\""_s);
    CHECK(CsvWriter::field({u"+33 6 12"_s, false}, QLatin1Char(',')) == u"'+33 6 12"_s);
    CHECK(CsvWriter::field({u"-2+3"_s, false}, QLatin1Char(',')) == u"'-2+3"_s);
    CHECK(CsvWriter::field({u"@SUM(A1)"_s, false}, QLatin1Char(',')) == u"'@SUM(A1)"_s);
    CHECK(CsvWriter::field({u"\t=1"_s, false}, QLatin1Char(',')) == u"'\t=1"_s);
    CHECK(CsvWriter::field({u"\r=1"_s, false}, QLatin1Char(',')) == u"\"'\r=1\""_s);
    CHECK(CsvWriter::field({u"Jean=Paul"_s, false}, QLatin1Char(',')) == u"Jean=Paul"_s);
    // Numbers the caller marks numeric keep their sign; a "numeric" formula is still neutralised.
    CHECK(CsvWriter::field(CsvWriter::Cell::number(u"-12,50"_s), QLatin1Char(';')) == u"-12,50"_s);
    CHECK(CsvWriter::field(CsvWriter::Cell::number(u"-1 234.50"_s), QLatin1Char(',')) == u"-1 234.50"_s);
    CHECK(CsvWriter::field(CsvWriter::Cell::number(u"=1+1"_s), QLatin1Char(',')) == u"'=1+1"_s);
    CHECK(CsvWriter::field(CsvWriter::Cell::number(u"-"_s), QLatin1Char(',')) == u"'-"_s);

    CsvWriter writer(CsvWriter::Options{QLatin1Char(';'), false});
    writer.addRow(QList<CsvWriter::Cell>{{u"-Client"_s, false}, CsvWriter::Cell::number(u"-5"_s)});
    CHECK(writer.data() == QByteArray("'-Client;-5\r\n"));
}

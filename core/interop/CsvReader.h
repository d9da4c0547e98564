// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Bureau
{

/**
 * Reads CSV as RFC 4180 describes it and as spreadsheets write it: fields quoted with '"' (a
 * doubled '""' inside is one quote), line breaks and separators inside quoted fields, records
 * ended by CRLF, LF or CR, a last record with or without its line end.
 *
 * Encoding: UTF-8 with or without a byte order mark, UTF-16 with a mark (Excel's "Unicode text"),
 * and otherwise Windows-1252 when the bytes are not UTF-8 (French Excel's "CSV (séparateur :
 * point-virgule)" is written in the ANSI code page). Separator: given, or detected from the first
 * record among ';' (French Excel), ',' and TAB, whichever occurs most outside quotes (',' on a
 * tie or when none does); Excel's "sep=;" first line is honoured and skipped.
 *
 * Lenient where spreadsheets are (a quote inside an unquoted field is kept as text; blank lines
 * are skipped), strict where the data would be misread: an unclosed quote, text after a closing
 * quote, or input over the limits is refused with Error::Kind::Invalid and a translated message
 * that starts with the line ("Line 12: …"). Outside data, fuzzed by tests/fuzz/fuzz_csv.
 */
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype MaxInputBytes = 32 * 1024 * 1024;
    static constexpr qsizetype MaxRecords = 100000;
    static constexpr qsizetype MaxFieldsPerRecord = 1000;
    static constexpr qsizetype MaxFieldChars = 1024 * 1024;

    struct Options
    {
        /** The separator; a null QChar: detect it. */
        QChar separator;
    };

    struct Table
    {
        /** Every non-blank record, the header (when the file has one) included, in file order. */
        QList<QStringList> records;
        /** The line (1-based, counting the lines inside quoted fields) where each record starts. */
        QList<qsizetype> lines;
        /** The separator used (given or detected). */
        QChar separator;
    };

    static Result<Table> parse(const QByteArray& bytes, const Options& options);
    static Result<Table> parse(const QByteArray& bytes) { return parse(bytes, Options{}); }
};

} // namespace Bureau

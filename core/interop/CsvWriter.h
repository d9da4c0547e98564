// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bureau
{

/**
 * Writes RFC 4180 CSV: CRLF after every record, a field quoted when it holds the separator, a
 * double quote, CR or LF, quotes doubled inside. UTF-8, with an optional BOM so that Excel reads
 * the accents; the separator is ',' or ';' (what French Excel expects).
 *
 * Formula injection (CWE-1236, OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * '=', '+', '-', '@', TAB or CR as a formula, so a client named "=HYPERLINK(…)" could act when the
 * export is opened. Following OWASP, such a cell is written with a leading apostrophe ("'=…"),
 * which spreadsheets treat as text, and every field is quoted as RFC 4180 requires so that a
 * separator inside a value cannot start a new cell. The one exception is a cell the caller marks
 * numeric that really is a plain number — an optional leading sign, digits, spaces and '.' ',' as
 * separators, nothing else ("-12,50", "-1 234.50"): it cannot call a function or reference a cell,
 * and an apostrophe would turn a negative amount into text. Anything else marked numeric ("-1+1",
 * "-", "+33 (0)6…") is neutralised like text. Phone numbers are text: "+33 6 12…" gets the
 * apostrophe (Excel would otherwise evaluate it and show #NULL!).
 */
class CsvWriter final
{
public:
    struct Options
    {
        QChar separator = QLatin1Char(',');
        bool byteOrderMark = false;
    };

    struct Cell
    {
        QString text;
        bool numeric = false;

        static Cell number(const QString& text) { return Cell{text, true}; }
    };

    explicit CsvWriter(const Options& options);

    /** A record of text cells. */
    void addRow(const QStringList& cells);
    /** A record mixing text and numeric cells. */
    void addRow(const QList<Cell>& cells);

    /** Everything written so far, with the BOM when asked for. */
    QByteArray data() const;

    /** One field as it appears in the file (quoted and neutralised as needed), without separator. */
    static QString field(const Cell& cell, QChar separator);

private:
    Options m_options;
    QString m_text;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/CsvReader.h"

#include "core/interop/TextDecoding.h"

namespace Bureau
{

namespace
{

Error lineError(qsizetype line, const QString& message)
{
    return Error::make(Error::Kind::Invalid, message, QStringLiteral("CSV line %1").arg(line));
}

/** Counts each candidate separator outside quotes in the first record of @p text. */
QChar detectSeparator(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')};
    qsizetype counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice: no change
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        for (int i = 0; i < 3; ++i)
            counts[i] += c == candidates[i] ? 1 : 0;
    }
    // ',' wins ties: the RFC's separator, and the one a single-column file gets.
    int best = 1;
    for (int i = 0; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

bool isBlankRecord(const QStringList& record)
{
    return record.size() == 1 && record.first().trimmed().isEmpty();
}

} // namespace

Result<CsvReader::Table> CsvReader::parse(const QByteArray& input, const Options& options)
{
    if (input.size() > MaxInputBytes) {
        return Error::make(
            Error::Kind::Invalid,
            tr("This file is too large to import (the limit is %1 MB).").arg(MaxInputBytes / (1024 * 1024)),
            QStringLiteral("%1 bytes").arg(input.size()));
    }
    bool unicode = false;
    const QByteArray bytes = TextDecoding::toUtf8IfUnicode(input, &unicode);
    const QString text = unicode ? QString::fromUtf8(bytes) : TextDecoding::utf8OrWindows1252(bytes);
    if (text.contains(QChar(0))) {
        const qsizetype at = text.indexOf(QChar(0));
        const qsizetype line = QStringView(text).first(at).count(QLatin1Char('\n')) + 1;
        return lineError(line, tr("Line %1: this file holds binary data (a NUL character), not text.").arg(line));
    }

    QStringView view(text);
    qsizetype lineNumber = 1;
    // Excel writes "sep=;" as a first line to name the separator.
    QChar separator = options.separator;
    if (view.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && view.size() >= 5
        && (view.size() == 5 || view.at(5) == QLatin1Char('\r') || view.at(5) == QLatin1Char('\n'))) {
        if (separator.isNull())
            separator = view.at(4);
        qsizetype skip = 5;
        if (skip < view.size() && view.at(skip) == QLatin1Char('\r'))
            ++skip;
        if (skip < view.size() && view.at(skip) == QLatin1Char('\n'))
            ++skip;
        view = view.sliced(skip);
        lineNumber = 2;
    }
    if (separator.isNull())
        separator = detectSeparator(view);
    if (separator == QLatin1Char('"') || separator == QLatin1Char('\r') || separator == QLatin1Char('\n')) {
        return lineError(1, tr("Line %1: a quote or a line break cannot separate the fields of a CSV file.").arg(1));
    }

    Table table;
    table.separator = separator;
    QStringList record;
    QString field;
    qsizetype recordLine = lineNumber;
    bool fieldStarted = false; // anything read for the current record

    const auto endField = [&]() -> Status {
        if (record.size() >= MaxFieldsPerRecord) {
            return lineError(
                recordLine,
                tr("Line %1: this record has more than %2 fields.").arg(recordLine).arg(MaxFieldsPerRecord));
        }
        record.append(field);
        field.clear();
        return {};
    };
    const auto endRecord = [&]() -> Status {
        if (Status status = endField(); !status)
            return status;
        if (!isBlankRecord(record)) {
            if (table.records.size() >= MaxRecords) {
                return lineError(recordLine, tr("Line %1: this file holds more than %2 records, more than Bureau "
                                                "imports at once.")
                                                 .arg(recordLine)
                                                 .arg(MaxRecords));
            }
            table.records.append(record);
            table.lines.append(recordLine);
        }
        record.clear();
        fieldStarted = false;
        return {};
    };

    const qsizetype size = view.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = view.at(i);
        if (c == QLatin1Char('"') && field.isEmpty()) {
            // A quoted field: up to the closing quote, "" standing for one quote.
            const qsizetype openLine = lineNumber;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar q = view.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < size && view.at(i + 1) == QLatin1Char('"')) {
                        field.append(q);
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\n')
                    || (q == QLatin1Char('\r') && (i + 1 >= size || view.at(i + 1) != QLatin1Char('\n'))))
                    ++lineNumber;
                field.append(q);
                ++i;
                if (field.size() > MaxFieldChars) {
                    return lineError(
                        openLine,
                        tr("Line %1: this field is longer than %2 characters.").arg(openLine).arg(MaxFieldChars));
                }
            }
            if (!closed) {
                return lineError(openLine, tr("Line %1: a quoted field begins here and is never closed (a \" is "
                                              "missing).")
                                               .arg(openLine));
            }
            fieldStarted = true;
            // After the closing quote: a separator, a line end or the end; spaces are tolerated.
            while (i < size && view.at(i) == QLatin1Char(' ') && separator != QLatin1Char(' '))
                ++i;
            if (i < size && view.at(i) != separator && view.at(i) != QLatin1Char('\r')
                && view.at(i) != QLatin1Char('\n')) {
                return lineError(lineNumber, tr("Line %1: text follows the closing quote of a field; a quote "
                                                "inside a quoted field must be doubled (\"\").")
                                                 .arg(lineNumber));
            }
            // The field may be empty ("") and still count as started: keep a marker-free empty field.
            continue;
        }
        if (c == separator) {
            if (Status status = endField(); !status)
                return status.error();
            fieldStarted = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (Status status = endRecord(); !status)
                return status.error();
            if (c == QLatin1Char('\r') && i + 1 < size && view.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            ++lineNumber;
            recordLine = lineNumber;
            continue;
        }
        field.append(c);
        fieldStarted = true;
        ++i;
        if (field.size() > MaxFieldChars) {
            return lineError(
                lineNumber, tr("Line %1: this field is longer than %2 characters.").arg(lineNumber).arg(MaxFieldChars));
        }
    }
    if (fieldStarted || !field.isEmpty()) {
        if (Status status = endRecord(); !status)
            return status.error();
    }
    return table;
}

} // namespace Bureau

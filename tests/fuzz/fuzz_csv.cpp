// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of CsvReader (DESIGN.md, Tests): any bytes must give either records or one
// translated error, never a crash, a sanitizer report, a hang or unbounded memory. Each input is
// read twice: with the separator detected, and with one forced (chosen by the first byte), so
// that every mode is explored from the same corpus.
#include "core/interop/CsvReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace
{

void check(const QByteArray& bytes, const Bureau::CsvReader::Options& options)
{
    const Bureau::Result<Bureau::CsvReader::Table> result = Bureau::CsvReader::parse(bytes, options);
    if (result.ok()) {
        const Bureau::CsvReader::Table& table = result.value();
        if (table.records.size() != table.lines.size() || table.records.size() > Bureau::CsvReader::MaxRecords)
            std::abort();
        if (!options.separator.isNull() && table.separator != options.separator)
            std::abort(); // a separator given is the one used
        qsizetype previousLine = 0;
        for (qsizetype i = 0; i < table.records.size(); ++i) {
            const QStringList& record = table.records.at(i);
            if (record.isEmpty() || record.size() > Bureau::CsvReader::MaxFieldsPerRecord)
                std::abort();
            if (table.lines.at(i) <= previousLine)
                std::abort(); // records start on increasing lines
            previousLine = table.lines.at(i);
        }
    } else {
        const Bureau::Error& error = result.error();
        if (error.kind != Bureau::Error::Kind::Invalid || error.message.isEmpty())
            std::abort(); // every refusal says why, as bad input
        if (!error.message.startsWith(QLatin1String("Line ")) && !error.message.startsWith(QLatin1String("This file")))
            std::abort(); // … and names the line, or speaks of the whole file
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Not a copy: the parser must never read past the end of what it was given.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(bytes, Bureau::CsvReader::Options{});
    if (size > 0) {
        static const char separators[] = {';', ',', '\t'};
        check(bytes, Bureau::CsvReader::Options{QLatin1Char(separators[data[0] % 3])});
    }
    return 0;
}

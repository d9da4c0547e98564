// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/CsvWriter.h"

namespace Bureau
{

namespace
{

bool looksNumeric(const QString& text)
{
    bool digit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 0x80) {
            digit = true;
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('+')) && i == 0) {
            continue;
        } else if (c != QLatin1Char('.') && c != QLatin1Char(',') && c != QLatin1Char(' ') && c != QChar(0x00A0)
                   && c != QChar(0x202F)) {
            return false;
        }
    }
    return digit;
}

bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
           || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

CsvWriter::CsvWriter(const Options& options)
    : m_options(options)
{
}

QString CsvWriter::field(const Cell& cell, QChar separator)
{
    QString text = cell.text;
    if (startsLikeFormula(text) && !(cell.numeric && looksNumeric(text)))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r'))
                       || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + text + QLatin1Char('"'));
}

void CsvWriter::addRow(const QStringList& cells)
{
    QList<Cell> row;
    row.reserve(cells.size());
    for (const QString& text : cells)
        row.append(Cell{text, false});
    addRow(row);
}

void CsvWriter::addRow(const QList<Cell>& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text.append(m_options.separator);
        m_text.append(field(cells.at(i), m_options.separator));
    }
    m_text.append(QLatin1String("\r\n"));
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes = m_options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes.append(m_text.toUtf8());
    return bytes;
}

} // namespace Bureau

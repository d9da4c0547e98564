// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliHelpers.h"

#include "core/secrets/CredentialStore.h"

#include <QDateTime>
#include <QDir>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Bureau::Cli
{

std::optional<int> parseVerb(CliContext& context, QCommandLineParser& parser, const QString& verb,
                             const QStringList& arguments, int minPositional, int maxPositional)
{
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliContext::tr("Print the result as JSON."));
    const QCommandLineOption helpOption(QStringLiteral("help"), CliContext::tr("Print this help and exit."));
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{verb} + arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        // Qt names the program by its path: name the command as it is typed instead.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const auto at = program.isEmpty() ? -1 : help.indexOf(program); at >= 0)
            help.replace(at, program.size(), QString(QStringLiteral("bureau-cli ") + verb));
        printHelp(context, help);
        return ExitOk;
    }
    if (parser.isSet(jsonOption))
        context.json = true;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > maxPositional) {
        return context.usage(CliContext::tr("Unexpected argument “%1”; see bureau-cli %2 --help.")
                                 .arg(positional.value(maxPositional), verb));
    }
    if (positional.size() < minPositional)
        return context.usage(CliContext::tr("Missing argument; see bureau-cli %1 --help.").arg(verb));
    return std::nullopt;
}

void printHelp(CliContext& context, const QString& text)
{
    const bool json = context.json;
    context.json = false;
    context.printText(text);
    context.json = json;
}

QString formatTable(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& rightAligned)
{
    QList<qsizetype> widths;
    for (const QString& header : headers)
        widths << header.size();
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            // One line per row: a line break inside a cell would break the columns.
            QString cell = cells.value(column);
            cell.replace(u'\n', u' ');
            const bool last = column == widths.size() - 1;
            if (rightAligned.contains(int(column)))
                text += cell.rightJustified(widths.at(column));
            else
                text += last ? cell : cell.leftJustified(widths.at(column));
            if (!last)
                text += QStringLiteral("  ");
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    QStringList lines;
    lines << line(headers);
    for (const QStringList& row : rows)
        lines << line(row);
    return lines.join(u'\n');
}

QString verbsHelpText(const QString& command, const QList<QStringList>& rows)
{
    QString text =
        CliContext::tr("Usage: bureau-cli %1 COMMAND [OPTIONS]; bureau-cli %1 COMMAND --help for its options.")
            .arg(command);
    text += QStringLiteral("\n\n");
    qsizetype width = 0;
    for (const QStringList& row : rows)
        width = std::max(width, row.value(0).size());
    for (const QStringList& row : rows)
        text += QString(QStringLiteral("  ") + row.value(0).leftJustified(width) + QStringLiteral("  ") + row.value(1)
                        + u'\n');
    return text;
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString localDateTime(qint64 utcMs)
{
    if (utcMs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue isoInstant(qint64 utcMs)
{
    if (utcMs == 0)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue isoDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

Status writeOutput(const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, CliContext::tr("“%1” cannot be written.").arg(shown), file.errorString());
    // A new file is created 0666 & ~umask: restrict it before anything is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error::make(Error::Kind::Io, CliContext::tr("“%1” cannot be written.").arg(shown), file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, CliContext::tr("“%1” cannot be written.").arg(shown), file.errorString());
    return {};
}

Result<QString> readSecretFromStdin(const QString& prompt)
{
    QByteArray bytes;
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    bool echoOff = false;
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
#else
    const bool terminal = false;
    Q_UNUSED(prompt);
#endif
    char buffer[4096];
    for (;;) {
        if (terminal) {
            // One line from a terminal.
            if (!std::fgets(buffer, sizeof buffer, stdin))
                break;
            const size_t length = std::strlen(buffer);
            bytes.append(buffer, qsizetype(length));
            if (length > 0 && buffer[length - 1] == '\n')
                break;
        } else {
            const size_t read = std::fread(buffer, 1, sizeof buffer, stdin);
            if (read == 0)
                break;
            bytes.append(buffer, qsizetype(read));
        }
        if (bytes.size() > 4 * CredentialStore::MaxSecretLength)
            break;
    }
    std::memset(buffer, 0, sizeof buffer);
#ifdef Q_OS_UNIX
    if (echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    // The final line break that `echo` or a terminal adds is not part of the secret.
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QString secret = QString::fromUtf8(bytes);
    bytes.fill('\0');
    if (secret.isEmpty()) {
        return Error::make(Error::Kind::Invalid,
                           CliContext::tr("No password on standard input: pipe it in, such as "
                                          "“printf %s \"$PASSWORD\" | bureau-cli … --password-stdin”."));
    }
    if (Status valid = CredentialStore::validateSecret(secret); !valid) {
        CredentialStore::wipe(secret);
        return valid.error();
    }
    return secret;
}

} // namespace Bureau::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include "core/domain/BillingDocument.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bureau::Cli
{

/** One verb of a command (`client add`) and its one-line summary (translated through QT_TRANSLATE_NOOP). */
struct Verb
{
    const char16_t* name;
    const char* summary;
};

QString verbsHelpText(const QString& command, const QList<QStringList>& rows);

/** `bureau-cli client --help`: the verbs and their summaries, aligned. */
template<std::size_t N>
QString verbsHelp(const QString& command, const Verb (&verbs)[N])
{
    QList<QStringList> rows;
    for (const Verb& verb : verbs)
        rows << QStringList{QString::fromUtf16(verb.name), QCoreApplication::translate("CliContext", verb.summary)};
    return verbsHelpText(command, rows);
}

/**
 * Parses the arguments of one verb (`client add …`) with @p parser, after adding --json and --help
 * to it. Returns an exit code when the command is over (help printed, or a usage error reported):
 * the caller returns it; nothing when the command goes on. --json after the verb works as before it.
 * The number of positional arguments must lie between @p minPositional and @p maxPositional.
 */
std::optional<int> parseVerb(CliContext& context, QCommandLineParser& parser, const QString& verb,
                             const QStringList& arguments, int minPositional = 0, int maxPositional = 0);

/** Prints help text on standard output, even under --json. */
void printHelp(CliContext& context, const QString& text);

/** Text columns aligned for a terminal, a header row first; the columns in @p rightAligned are right-aligned. */
QString formatTable(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& rightAligned = {});

/** An ISO date ("2026-10-05"), or nothing. */
std::optional<QDate> parseIsoDate(const QString& text);

/** An instant (UTC ms) as the user's local date and time, "2026-11-27 11:00"; empty for 0. */
QString localDateTime(qint64 utcMs);
/** An instant (UTC ms) as ISO 8601 UTC for JSON, "2026-11-27T10:00:00.000Z"; null for 0. */
QJsonValue isoInstant(qint64 utcMs);
/** A date as ISO text for JSON; null when invalid. */
QJsonValue isoDate(const QDate& date);

/**
 * Writes an export: to @p path through QSaveFile, owner-only (it holds personal data), whole or not
 * at all; to standard output when @p path is empty or "-".
 */
Status writeOutput(const QString& path, const QByteArray& bytes);

/**
 * Reads a secret from standard input for --password-stdin: everything up to the end of input,
 * without its final line break; one line, unechoed, after @p prompt on standard error when the
 * input is a terminal. An Invalid error when nothing was given. The secret is never printed.
 */
Result<QString> readSecretFromStdin(const QString& prompt);

// ---- Shared by the invoice, quote, payment and report commands (defined in InvoiceCommand.cpp) ----

/** A warning on standard error (the command still succeeds): one line, as errors are. */
void printWarning(const QString& text);
/** The data folder: the database file's folder (archived PDFs, logo). */
QString dataDirOf(const Database& database);
/** An amount for JSON: {"cents": 12000, "amount": "120.00"}. */
QJsonObject moneyJson(qint64 cents, const QString& currency);
/** An amount in the user's locale, "1 234,50 €". */
QString moneyText(qint64 cents, const QString& currency);
/** A quote, invoice, deposit or credit note by id or by number (NotFound, translated, when none). */
Result<BillingDocument> resolveDocument(Database& database, const QString& idOrNumber);
/** The database for a command that only reads: read-only (no integrity check), migrated when needed. */
Result<std::unique_ptr<Database>> openReadOnly(CliContext& context);
/** "unpaid", "partially_paid", "paid", "overdue", "none". */
QString paymentStateKey(PaymentState state);
QString paymentStateText(PaymentState state);

} // namespace Bureau::Cli

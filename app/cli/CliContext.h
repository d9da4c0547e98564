// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace Bureau::Cli
{

/** Exit codes of bureau-cli, documented in `bureau-cli --help` and the README. */
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,    // the command failed (refused, not found, I/O…)
    ExitUsage = 2,      // the command line is wrong
    ExitDamaged = 3,    // the database (or a backup) is damaged
    ExitLocked = 4,     // the database is in use in a way that forbids the command
};

/** What every command gets: the global options, the clock, output in text or JSON. */
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext();

    QString databasePath;
    bool json = false;
    SystemClock clock;

    /** Opens (and by default migrates) the database; on damage, says where the last good backup is. */
    Result<std::unique_ptr<Database>> openDatabase(const Database::Options& options = {});

    /** Prints a record or list: the JSON value when --json, else the text. */
    void print(const QJsonValue& json, const QString& text);
    void printText(const QString& text);

    /** Prints the error as one line on stderr and returns the exit code it maps to. */
    int fail(const Error& error);
    int usage(const QString& message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

int runCheck(CliContext& context, const QStringList& arguments);
int runBackup(CliContext& context, const QStringList& arguments);
int runDemo(CliContext& context, const QStringList& arguments);
int runProfile(CliContext& context, const QStringList& arguments);
int runClient(CliContext& context, const QStringList& arguments);
int runAccess(CliContext& context, const QStringList& arguments);
int runTask(CliContext& context, const QStringList& arguments);
int runTime(CliContext& context, const QStringList& arguments);
int runInvoiceCommand(CliContext& context, const QStringList& arguments);
int runQuoteCommand(CliContext& context, const QStringList& arguments);
int runPaymentCommand(CliContext& context, const QStringList& arguments);
int runReportCommand(CliContext& context, const QStringList& arguments);

} // namespace Bureau::Cli

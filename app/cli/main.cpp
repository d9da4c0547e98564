// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli: every capability of Bureau from a terminal, through the same core services as the GUI.
// Links bureau_core alone.
#include "CliContext.h"

#include "core/AppInfo.h"
#include "core/i18n/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace Bureau;
using namespace Bureau::Cli;

namespace
{

struct Command
{
    const char* name;
    int (*run)(CliContext&, const QStringList&);
    const char* summary; // translated through QT_TRANSLATE_NOOP below
};

const Command kCommands[] = {
    {"check", runCheck, QT_TRANSLATE_NOOP("bureau-cli", "Check the database: integrity, links, schema version")},
    {"backup", runBackup, QT_TRANSLATE_NOOP("bureau-cli", "Create, list, verify or restore backups")},
    {"demo", runDemo, QT_TRANSLATE_NOOP("bureau-cli", "Fill a new database with demo data (--size small|large)")},
    {"profile", runProfile, QT_TRANSLATE_NOOP("bureau-cli", "Show or set your business profile")},
    {"client", runClient, QT_TRANSLATE_NOOP("bureau-cli", "Add, list, show, edit, import, export or erase clients")},
    {"access", runAccess, QT_TRANSLATE_NOOP("bureau-cli", "Logins for clients’ tools, passwords in the keychain")},
    {"task", runTask, QT_TRANSLATE_NOOP("bureau-cli", "Add, list and complete clients’ tasks")},
    {"time", runTime, QT_TRANSLATE_NOOP("bureau-cli", "Timer, time entries and reports of hours worked")},
    {"quote", runQuoteCommand, QT_TRANSLATE_NOOP("bureau-cli", "Create, issue and follow quotes; turn them into invoices")},
    {"invoice", runInvoiceCommand, QT_TRANSLATE_NOOP("bureau-cli", "Create, issue, print and credit invoices")},
    {"payment", runPaymentCommand, QT_TRANSLATE_NOOP("bureau-cli", "Record payments received and allocate them to invoices")},
    {"report", runReportCommand, QT_TRANSLATE_NOOP("bureau-cli", "Revenue, URSSAF declaration, receipts book, receivables")},
};

QString helpText(const QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text += u'\n' + QCoreApplication::translate("bureau-cli", "Commands:") + u'\n';
    for (const Command& command : kCommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("bureau-cli", command.summary));
    }
    text += u'\n'
            + QCoreApplication::translate("bureau-cli",
                                          "Exit codes: 0 success, 1 failure, 2 wrong usage, 3 damaged database or "
                                          "backup, 4 database in use.")
            + u'\n';
    return text;
}

QString versionText(bool json)
{
    const QString sqlite = QString::fromLatin1(sqlite3_libversion());
    if (json) {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral(BUREAU_VERSION)},
                                                           {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                                           {QStringLiteral("sqlite"), sqlite}})
                                     .toJson(QJsonDocument::Indented));
    }
    return QStringLiteral("bureau-cli %1 (Qt %2, SQLite %3)\n")
        .arg(QStringLiteral(BUREAU_VERSION), QString::fromLatin1(qVersion()), sqlite);
}

/**
 * Whether the command line asks for a PDF to be rendered (fonts and painting need Qt GUI): invoice
 * and quote pdf, issue (which archives the PDF unless --no-archive), report receipts --pdf. Only those get a QGuiApplication, on the offscreen
 * platform, so that every other command runs without any display or GUI plugin.
 */
bool rendersPdf(int argc, char* argv[])
{
    QList<QByteArray> words;
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "--database") {
            ++i;
            continue;
        }
        if (word.startsWith("--database=") || (word.startsWith('-') && words.size() < 2 && word != "--pdf"))
            continue;
        words << word;
    }
    const QByteArray command = words.value(0);
    const QByteArray verb = words.value(1);
    const auto given = [&words](const char* option) {
        return std::any_of(words.cbegin(), words.cend(), [option](const QByteArray& word) { return word == option; });
    };
    if ((command == "invoice" || command == "quote") && (verb == "pdf" || (verb == "issue" && !given("--no-archive"))))
        return true;
    return command == "report" && verb == "receipts"
           && std::any_of(words.cbegin(), words.cend(),
                          [](const QByteArray& word) { return word == "--pdf" || word.startsWith("--pdf="); });
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (rendersPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The GUI module's chatter ("XDG_RUNTIME_DIR not set") is not the command's: standard
        // error keeps one line per failure.
        if (std::none_of(argv + 1, argv + argc, [](const char* word) { return qstrcmp(word, "--verbose") == 0; }))
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
                if (type == QtFatalMsg)
                    QTextStream(stderr) << message << u'\n';
            });
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    initApplicationInfo();
    // Messages in the user's language (the system locale's: French or English).
    Translations translations;
    translations.apply(Translations::systemDefault());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("bureau-cli", "Bureau from the command line: bureau-cli [--database PATH] [--json] "
                                                  "COMMAND [ARGUMENTS]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("bureau-cli", "The database file (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("bureau-cli", "Print the result as JSON."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QCoreApplication::translate("bureau-cli", "Print the version and exit."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QCoreApplication::translate("bureau-cli", "Log what happens on standard error."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("bureau-cli", "Print this help and exit."));
    parser.addOptions({databaseOption, jsonOption, verboseOption, versionOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("bureau-cli", "The command to run."));

    CliContext context;
    if (!parser.parse(app.arguments()))
        return context.usage(parser.errorText());
    context.json = parser.isSet(jsonOption);
    // Standard error carries one line per failure; the log only when asked for.
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("bureau.*=false"));
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << helpText(parser);
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << versionText(context.json);
        return ExitOk;
    }
    context.databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usage(QCoreApplication::translate("bureau-cli", "No command given; see bureau-cli --help."));
    const QString name = positional.first();
    for (const Command& command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(context, positional.mid(1));
    }
    return context.usage(
        QCoreApplication::translate("bureau-cli", "Unknown command “%1”; see bureau-cli --help.").arg(name));
}

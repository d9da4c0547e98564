// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "core/services/DemoGenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>

namespace Bureau::Cli
{

int runDemo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size"), CliContext::tr("small or large."), QStringLiteral("size"),
                                        QStringLiteral("small"));
    parser.addOption(sizeOption);
    if (!parser.parse(QStringList{QStringLiteral("demo")} + arguments))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(CliContext::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    auto size = DemoGenerator::parseSize(parser.value(sizeOption));
    if (!size)
        return context.usage(size.error().message);

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(*opened.value());
    auto summary = generator.generate(size.value());
    if (!summary)
        return context.fail(summary.error());
    const qint64 elapsed = timer.elapsed();
    context.print(QJsonObject{{QStringLiteral("size"), parser.value(sizeOption)},
                              {QStringLiteral("clients"), summary->clients},
                              {QStringLiteral("contacts"), summary->contacts},
                              {QStringLiteral("interactions"), summary->interactions},
                              {QStringLiteral("missions"), summary->missions},
                              {QStringLiteral("tasks"), summary->tasks},
                              {QStringLiteral("timeEntries"), summary->timeEntries},
                              {QStringLiteral("milliseconds"), elapsed}},
                  CliContext::tr("Demo data written: %1 clients, %2 contacts, %3 interactions, %4 missions, %5 "
                                 "tasks, %6 time entries (%7 ms).")
                      .arg(summary->clients)
                      .arg(summary->contacts)
                      .arg(summary->interactions)
                      .arg(summary->missions)
                      .arg(summary->tasks)
                      .arg(summary->timeEntries)
                      .arg(elapsed));
    return ExitOk;
}

} // namespace Bureau::Cli

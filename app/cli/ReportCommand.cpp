// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli report revenue|urssaf|receipts|receivables: revenue and the micro-entrepreneur's
// obligations (issue 6), through RevenueReport and PaymentService. (`time report` is hours worked.)
#include "CliContext.h"
#include "CliHelpers.h"

#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/services/PaymentService.h"
#include "core/services/RevenueReport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Bureau::Cli
{

namespace
{

const QString kEur = QStringLiteral("EUR");

/** --from and --to, both required; an exit code when they are wrong. */
std::optional<int> readRange(CliContext& context, const QCommandLineParser& parser, const QCommandLineOption& fromOption,
                             const QCommandLineOption& toOption, const QString& verb, QDate& from, QDate& to)
{
    const auto first = parseIsoDate(parser.value(fromOption));
    const auto last = parseIsoDate(parser.value(toOption));
    if (!first || !last)
        return context.usage(CliContext::tr("%1 needs --from D --to D (dates such as 2026-01-01).").arg(verb));
    if (*last < *first)
        return context.usage(CliContext::tr("--to comes before --from."));
    from = *first;
    to = *last;
    return std::nullopt;
}

int runRevenue(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Invoiced (net of credit notes, before VAT) and collected, in euros, per month, quarter or "
                       "year."));
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("The first day."), QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("The last day."), QStringLiteral("date"));
    const QCommandLineOption byOption(QStringLiteral("by"), CliContext::tr("month, quarter or year (default: month)."),
                                      QStringLiteral("period"));
    parser.addOptions({fromOption, toOption, byOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("report revenue"), arguments))
        return *done;
    QDate from;
    QDate to;
    if (auto done = readRange(context, parser, fromOption, toOption, QStringLiteral("report revenue"), from, to))
        return *done;
    RevenueReport::Granularity granularity = RevenueReport::Granularity::Month;
    const QString by = parser.value(byOption).trimmed().toLower();
    if (by == u"quarter")
        granularity = RevenueReport::Granularity::Quarter;
    else if (by == u"year")
        granularity = RevenueReport::Granularity::Year;
    else if (!by.isEmpty() && by != u"month")
        return context.usage(CliContext::tr("--by: use month, quarter or year."));
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    auto rows = RevenueReport(*opened.value()).revenue(from, to, granularity);
    if (!rows)
        return context.fail(rows.error());
    QJsonArray array;
    QList<QStringList> table;
    qint64 invoiced = 0;
    qint64 invoicedTotal = 0;
    qint64 collected = 0;
    for (const RevenueReport::Row& row : std::as_const(*rows)) {
        array << QJsonObject{{QStringLiteral("periodStart"), isoDate(row.periodStart)},
                             {QStringLiteral("label"), row.label},
                             {QStringLiteral("invoicedNet"), moneyJson(row.invoicedNetEurCents, kEur)},
                             {QStringLiteral("invoicedTotal"), moneyJson(row.invoicedTotalEurCents, kEur)},
                             {QStringLiteral("collected"), moneyJson(row.collectedEurCents, kEur)}};
        table << QStringList{row.label, moneyText(row.invoicedNetEurCents, kEur),
                             moneyText(row.invoicedTotalEurCents, kEur), moneyText(row.collectedEurCents, kEur)};
        invoiced += row.invoicedNetEurCents;
        invoicedTotal += row.invoicedTotalEurCents;
        collected += row.collectedEurCents;
    }
    table << QStringList{CliContext::tr("Total"), moneyText(invoiced, kEur), moneyText(invoicedTotal, kEur),
                         moneyText(collected, kEur)};
    context.print(array, CliContext::tr("Revenue from %1 to %2.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                             + u'\n'
                             + formatTable({CliContext::tr("Period"), CliContext::tr("Invoiced (net)"),
                                            CliContext::tr("Invoiced (total)"), CliContext::tr("Collected")},
                                           table, {1, 2, 3}));
    return ExitOk;
}

int runUrssaf(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("The turnover to declare to URSSAF for a month or a quarter: euros received, less VAT and "
                       "disbursements."));
    const QCommandLineOption monthOption(QStringLiteral("month"), CliContext::tr("A month, such as 2026-11."),
                                         QStringLiteral("month"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"), CliContext::tr("A quarter, such as 2026-Q4."),
                                           QStringLiteral("quarter"));
    parser.addOptions({monthOption, quarterOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("report urssaf"), arguments))
        return *done;
    QDate from;
    QDate to;
    QString period;
    if (parser.isSet(monthOption) == parser.isSet(quarterOption))
        return context.usage(CliContext::tr("report urssaf needs --month 2026-11 or --quarter 2026-Q4."));
    if (parser.isSet(monthOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
        const auto match = pattern.match(parser.value(monthOption).trimmed());
        from = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
        if (!from.isValid())
            return context.usage(CliContext::tr("--month: give a month such as 2026-11."));
        to = from.addMonths(1).addDays(-1);
        period = parser.value(monthOption).trimmed();
    } else {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
        const auto match = pattern.match(parser.value(quarterOption).trimmed());
        if (!match.hasMatch())
            return context.usage(CliContext::tr("--quarter: give a quarter such as 2026-Q4."));
        from = QDate(match.captured(1).toInt(), (match.captured(2).toInt() - 1) * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        period = parser.value(quarterOption).trimmed().toUpper();
    }
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    auto turnover = RevenueReport(*opened.value()).urssafTurnover(from, to);
    if (!turnover)
        return context.fail(turnover.error());
    context.print(QJsonObject{{QStringLiteral("period"), period},
                              {QStringLiteral("from"), isoDate(from)},
                              {QStringLiteral("to"), isoDate(to)},
                              {QStringLiteral("turnover"), moneyJson(*turnover, kEur)}},
                  CliContext::tr("Turnover to declare for %1 (%2 to %3): %4.")
                      .arg(period, from.toString(Qt::ISODate), to.toString(Qt::ISODate), moneyText(*turnover, kEur)));
    return ExitOk;
}

int runReceipts(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("The receipts register (livre des recettes): every payment received in a period, in date "
                       "order; shown, or written as CSV or PDF."));
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("The first day."), QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("The last day."), QStringLiteral("date"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), CliContext::tr("Write it as CSV to this file (- for "
                                                                             "standard output)."),
                                       QStringLiteral("file"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), CliContext::tr("Write it as PDF to this file."),
                                       QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CliContext::tr("fr or en: the PDF’s language "
                                                                               "(default: fr)."),
                                        QStringLiteral("language"));
    parser.addOptions({fromOption, toOption, csvOption, pdfOption, langOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("report receipts"), arguments))
        return *done;
    QDate from;
    QDate to;
    if (auto done = readRange(context, parser, fromOption, toOption, QStringLiteral("report receipts"), from, to))
        return *done;
    if (parser.isSet(csvOption) && parser.isSet(pdfOption))
        return context.usage(CliContext::tr("Give --csv or --pdf, not both."));
    const QString language = parser.isSet(langOption) ? parser.value(langOption).trimmed().toLower() : QStringLiteral("fr");
    if (language != u"fr" && language != u"en")
        return context.usage(CliContext::tr("--lang: use fr or en."));
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    RevenueReport report(*opened.value());
    if (parser.isSet(csvOption) || parser.isSet(pdfOption)) {
        const bool csv = parser.isSet(csvOption);
        auto bytes = csv ? report.receiptsCsv(from, to) : report.receiptsPdf(from, to, language);
        if (!bytes)
            return context.fail(bytes.error());
        const QString output = parser.value(csv ? csvOption : pdfOption);
        if (Status written = writeOutput(output, *bytes); !written)
            return context.fail(written.error());
        if (output.isEmpty() || output == u"-")
            return ExitOk;
        context.print(QJsonObject{{QStringLiteral("output"), output}, {QStringLiteral("bytes"), qint64(bytes->size())}},
                      CliContext::tr("Receipts register written to %1.").arg(QDir::toNativeSeparators(output)));
        return ExitOk;
    }
    auto receipts = report.receipts(from, to);
    if (!receipts)
        return context.fail(receipts.error());
    QJsonArray array;
    QList<QStringList> table;
    qint64 total = 0;
    for (const RevenueReport::Receipt& receipt : std::as_const(*receipts)) {
        array << QJsonObject{{QStringLiteral("paymentId"), receipt.paymentId},
                             {QStringLiteral("receivedOn"), isoDate(receipt.receivedOn)},
                             {QStringLiteral("client"), receipt.clientName},
                             {QStringLiteral("references"), receipt.references},
                             {QStringLiteral("eur"), moneyJson(receipt.eurCents, kEur)},
                             {QStringLiteral("method"), receipt.method},
                             {QStringLiteral("reference"), receipt.reference}};
        table << QStringList{receipt.receivedOn.toString(Qt::ISODate), receipt.clientName, receipt.references,
                             moneyText(receipt.eurCents, kEur), receipt.method, receipt.reference};
        total += receipt.eurCents;
    }
    table << QStringList{CliContext::tr("Total"), QString(), QString(), moneyText(total, kEur), QString(), QString()};
    context.print(array, formatTable({CliContext::tr("Date"), CliContext::tr("Client"), CliContext::tr("Invoices"),
                                      CliContext::tr("Euros"), CliContext::tr("Method"), CliContext::tr("Reference")},
                                     table, {3}));
    return ExitOk;
}

int runReceivables(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("What clients owe on issued invoices, most overdue first, and its ageing per currency; then "
                       "what is owed to clients (their credit)."));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), CliContext::tr("The day to age from (default: today)."),
                                        QStringLiteral("date"));
    parser.addOption(asOfOption);
    if (auto done = parseVerb(context, parser, QStringLiteral("report receivables"), arguments))
        return *done;
    std::optional<QDate> asOf;
    if (parser.isSet(asOfOption) && !(asOf = parseIsoDate(parser.value(asOfOption))))
        return context.usage(CliContext::tr("--as-of: give a date such as 2026-11-27."));
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const QDate day = asOf ? *asOf : LocalCalendar::forDatabase(database).dayOf(database.clock().nowMs());
    PaymentService service(database);
    auto receivables = service.receivables(day);
    if (!receivables)
        return context.fail(receivables.error());
    auto ageing = service.ageing(day);
    if (!ageing)
        return context.fail(ageing.error());
    auto credits = service.credits();
    if (!credits)
        return context.fail(credits.error());
    QJsonArray rows;
    QList<QStringList> table;
    for (const PaymentService::Receivable& row : std::as_const(*receivables)) {
        rows << QJsonObject{{QStringLiteral("documentId"), row.documentId},
                            {QStringLiteral("number"), row.number},
                            {QStringLiteral("clientId"), row.clientId},
                            {QStringLiteral("client"), row.clientName},
                            {QStringLiteral("email"), row.clientEmail},
                            {QStringLiteral("phone"), row.clientPhone},
                            {QStringLiteral("issueDate"), isoDate(row.issueDate)},
                            {QStringLiteral("dueDate"), isoDate(row.dueDate)},
                            {QStringLiteral("currency"), row.currency},
                            {QStringLiteral("due"), moneyJson(row.dueCents, row.currency)},
                            {QStringLiteral("outstanding"), moneyJson(row.outstandingCents, row.currency)},
                            {QStringLiteral("daysOverdue"), row.daysOverdue}};
        table << QStringList{row.number, row.clientName, row.dueDate.toString(Qt::ISODate),
                             row.daysOverdue > 0 ? QString::number(row.daysOverdue) : QString(),
                             moneyText(row.outstandingCents, row.currency)};
    }
    QJsonArray ages;
    QList<QStringList> ageTable;
    for (const PaymentService::AgeingTotals& totals : std::as_const(*ageing)) {
        ages << QJsonObject{{QStringLiteral("currency"), totals.currency},
                            {QStringLiteral("notDue"), moneyJson(totals.notDueCents, totals.currency)},
                            {QStringLiteral("days0To30"), moneyJson(totals.days0To30Cents, totals.currency)},
                            {QStringLiteral("days31To60"), moneyJson(totals.days31To60Cents, totals.currency)},
                            {QStringLiteral("over60"), moneyJson(totals.over60Cents, totals.currency)},
                            {QStringLiteral("total"), moneyJson(totals.totalCents(), totals.currency)}};
        ageTable << QStringList{totals.currency, moneyText(totals.notDueCents, totals.currency),
                                moneyText(totals.days0To30Cents, totals.currency),
                                moneyText(totals.days31To60Cents, totals.currency),
                                moneyText(totals.over60Cents, totals.currency),
                                moneyText(totals.totalCents(), totals.currency)};
    }
    QString text = receivables->isEmpty()
                       ? CliContext::tr("Nothing is outstanding on %1.").arg(day.toString(Qt::ISODate))
                       : formatTable({CliContext::tr("Number"), CliContext::tr("Client"), CliContext::tr("Due"),
                                      CliContext::tr("Days overdue"), CliContext::tr("Outstanding")},
                                     table, {3, 4});
    if (!ageTable.isEmpty()) {
        text += u'\n'
                + formatTable({CliContext::tr("Currency"), CliContext::tr("Not yet due"), CliContext::tr("0–30 days"),
                               CliContext::tr("31–60 days"), CliContext::tr("Over 60 days"), CliContext::tr("Total")},
                              ageTable, {1, 2, 3, 4, 5});
    }
    // What is owed to clients (overpayments, advances, invoices overpaid after a credit note).
    QJsonArray owed;
    QList<QStringList> owedTable;
    for (const PaymentService::ClientCredit& credit : std::as_const(*credits)) {
        owed << QJsonObject{{QStringLiteral("clientId"), credit.clientId},
                            {QStringLiteral("client"), credit.clientName},
                            {QStringLiteral("currency"), credit.currency},
                            {QStringLiteral("credit"), moneyJson(credit.creditCents(), credit.currency)},
                            {QStringLiteral("unallocated"), moneyJson(credit.unallocatedCents, credit.currency)},
                            {QStringLiteral("overpaid"), moneyJson(credit.overpaidCents, credit.currency)},
                            {QStringLiteral("overpaidInvoices"), QJsonArray::fromStringList(credit.overpaidNumbers)}};
        owedTable << QStringList{credit.clientName, credit.overpaidNumbers.join(QStringLiteral(", ")),
                                 moneyText(credit.creditCents(), credit.currency)};
    }
    if (!owedTable.isEmpty()) {
        text += u'\n' + CliContext::tr("Owed to clients:") + u'\n'
                + formatTable({CliContext::tr("Client"), CliContext::tr("Overpaid invoices"),
                               CliContext::tr("Owed to the client")},
                              owedTable, {2});
    }
    context.print(QJsonObject{{QStringLiteral("asOf"), isoDate(day)},
                              {QStringLiteral("receivables"), rows},
                              {QStringLiteral("ageing"), ages},
                              {QStringLiteral("owedToClients"), owed}},
                  text);
    return ExitOk;
}

const Verb kVerbs[] = {
    {u"revenue", QT_TRANSLATE_NOOP("CliContext", "Invoiced and collected: --from D --to D [--by month|quarter|year]")},
    {u"urssaf", QT_TRANSLATE_NOOP("CliContext", "Turnover to declare: --month 2026-11 | --quarter 2026-Q4")},
    {u"receipts", QT_TRANSLATE_NOOP("CliContext", "Receipts register: --from D --to D [--csv FILE | --pdf FILE] "
                                                  "[--lang fr|en]")},
    {u"receivables", QT_TRANSLATE_NOOP("CliContext", "What clients owe, with ageing, and what is owed to them "
                                                     "[--as-of D]")},
};

} // namespace

int runReportCommand(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"revenue")
        return runRevenue(context, rest);
    if (verb == u"urssaf")
        return runUrssaf(context, rest);
    if (verb == u"receipts")
        return runReceipts(context, rest);
    if (verb == u"receivables")
        return runReceivables(context, rest);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("report"), kVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(CliContext::tr("report needs a command: revenue, urssaf, receipts or receivables; see "
                                            "bureau-cli report --help."));
    return context.usage(CliContext::tr("Unknown report command “%1”; see bureau-cli report --help.").arg(verb));
}

} // namespace Bureau::Cli

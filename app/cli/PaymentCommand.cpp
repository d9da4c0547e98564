// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli payment add|list|delete|use-credit: money received and how it is spread over invoices
// (issue 6), through PaymentService as the GUI's payment dialog uses it.
#include "CliContext.h"
#include "CliHelpers.h"

#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/services/PaymentService.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/DocumentRepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Bureau::Cli
{

namespace
{

QJsonObject paymentJson(const Payment& payment, const QString& clientName)
{
    const QString& currency = payment.amount.currency();
    QJsonArray allocations;
    for (const Payment::Allocation& allocation : payment.allocations) {
        allocations << QJsonObject{{QStringLiteral("documentId"), allocation.documentId},
                                   {QStringLiteral("number"), allocation.documentNumber},
                                   {QStringLiteral("amount"), moneyJson(allocation.amountCents, currency)}};
    }
    return QJsonObject{
        {QStringLiteral("id"), payment.id},
        {QStringLiteral("clientId"), payment.clientId},
        {QStringLiteral("client"), clientName},
        {QStringLiteral("receivedOn"), isoDate(payment.receivedOn)},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("amount"), moneyJson(payment.amount.cents(), currency)},
        {QStringLiteral("eur"), moneyJson(payment.eurCents, QStringLiteral("EUR"))},
        {QStringLiteral("method"), Payment::methodKey(payment.method)},
        {QStringLiteral("reference"), payment.reference},
        {QStringLiteral("notes"), payment.notes},
        {QStringLiteral("allocations"), allocations},
        {QStringLiteral("credit"), moneyJson(payment.unallocatedCents(), currency)},
    };
}

QString allocationsText(const Payment& payment)
{
    QStringList parts;
    for (const Payment::Allocation& allocation : payment.allocations) {
        parts << CliContext::tr("%1 to %2")
                     .arg(moneyText(allocation.amountCents, payment.amount.currency()), allocation.documentNumber);
    }
    return parts.join(QStringLiteral(", "));
}

int runAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Records a payment received from a client. With --invoice, it goes to those invoices; without, "
                       "to the client’s outstanding invoices, oldest due first. What is left is the client’s credit."));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption amountOption(QStringLiteral("amount"),
                                          CliContext::tr("The amount received, such as 100.00 (negative: a refund)."),
                                          QStringLiteral("amount"));
    const QCommandLineOption currencyOption(QStringLiteral("currency"),
                                            CliContext::tr("The currency of the invoices paid (default: the client’s)."),
                                            QStringLiteral("code"));
    const QCommandLineOption eurOption(QStringLiteral("eur"),
                                       CliContext::tr("The euros actually received, for another currency."),
                                       QStringLiteral("amount"));
    const QCommandLineOption dateOption(QStringLiteral("date"), CliContext::tr("The day received (default: today)."),
                                        QStringLiteral("date"));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        CliContext::tr("transfer, card, cheque, cash, direct_debit, paypal or other (default: transfer)."),
        QStringLiteral("method"));
    const QCommandLineOption referenceOption(QStringLiteral("reference"),
                                             CliContext::tr("The bank’s or cheque’s reference."), QStringLiteral("ref"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), CliContext::tr("Notes."), QStringLiteral("text"));
    const QCommandLineOption invoiceOption(
        QStringLiteral("invoice"),
        CliContext::tr("An invoice it pays, NUMBER or NUMBER=AMOUNT (repeatable; default: what is outstanding)."),
        QStringLiteral("number"));
    parser.addOptions({clientOption, amountOption, currencyOption, eurOption, dateOption, methodOption,
                       referenceOption, notesOption, invoiceOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("payment add"), arguments))
        return *done;
    if (parser.value(clientOption).trimmed().isEmpty() || parser.value(amountOption).trimmed().isEmpty())
        return context.usage(CliContext::tr("payment add needs --client C --amount A."));
    std::optional<QDate> date;
    if (parser.isSet(dateOption) && !(date = parseIsoDate(parser.value(dateOption))))
        return context.usage(CliContext::tr("--date: “%1” is not a date such as 2026-11-27.").arg(parser.value(dateOption)));
    Payment payment;
    if (parser.isSet(methodOption)) {
        const auto method = Payment::methodFromKey(parser.value(methodOption).trimmed().toLower());
        if (!method)
            return context.usage(
                CliContext::tr("--method: use transfer, card, cheque, cash, direct_debit, paypal or other."));
        payment.method = *method;
    }
    payment.reference = parser.value(referenceOption).trimmed();
    payment.notes = parser.value(notesOption).trimmed();

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto client = ClientRepository(database).resolve(parser.value(clientOption));
    if (!client)
        return context.fail(client.error());
    payment.clientId = client->id;
    payment.receivedOn = date ? *date : LocalCalendar::forDatabase(database).dayOf(database.clock().nowMs());
    QString currency = client->currency;
    if (parser.isSet(currencyOption)) {
        currency = parser.value(currencyOption).trimmed().toUpper();
        if (!Money::isValidCurrencyCode(currency))
            return context.usage(CliContext::tr("--currency: “%1” is not a currency code such as EUR.").arg(currency));
    }
    auto amount = Money::parse(parser.value(amountOption).trimmed(), currency, QLocale::c());
    if (!amount)
        return context.fail(Error::make(Error::Kind::Invalid, CliContext::tr("--amount: %1").arg(amount.error().message)));
    payment.amount = *amount;
    if (currency == u"EUR") {
        payment.eurCents = amount->cents();
    } else {
        if (!parser.isSet(eurOption))
            return context.usage(CliContext::tr("A payment in %1 needs --eur: the euros actually received.").arg(currency));
        auto eur = Money::parse(parser.value(eurOption).trimmed(), QStringLiteral("EUR"), QLocale::c());
        if (!eur)
            return context.fail(Error::make(Error::Kind::Invalid, CliContext::tr("--eur: %1").arg(eur.error().message)));
        payment.eurCents = eur->cents();
    }

    PaymentService service(database);
    if (parser.isSet(invoiceOption)) {
        DocumentRepository documents(database);
        for (const QString& text : parser.values(invoiceOption)) {
            const qsizetype equals = text.indexOf(u'=');
            const QString number = (equals < 0 ? text : text.left(equals)).trimmed();
            auto document = resolveDocument(database, number);
            if (!document)
                return context.fail(document.error());
            qint64 cents = 0;
            if (equals >= 0) {
                auto part = Money::parse(text.mid(equals + 1).trimmed(), currency, QLocale::c());
                if (!part)
                    return context.fail(
                        Error::make(Error::Kind::Invalid, CliContext::tr("--invoice %1: %2").arg(text, part.error().message)));
                cents = part->cents();
            } else {
                auto summary = documents.summary(document->id);
                if (!summary)
                    return context.fail(summary.error());
                const qint64 allocated = [&] {
                    qint64 sum = 0;
                    for (const Payment::Allocation& allocation : std::as_const(payment.allocations))
                        sum += allocation.amountCents;
                    return sum;
                }();
                cents = std::min(summary->outstandingCents, std::max<qint64>(0, payment.amount.cents() - allocated));
            }
            if (cents != 0)
                payment.allocations << Payment::Allocation{document->id, cents, document->number};
        }
    } else if (payment.amount.isPositive()) {
        auto proposed = service.proposeAllocations(client->id, currency, payment.amount.cents());
        if (!proposed)
            return context.fail(proposed.error());
        payment.allocations = *proposed;
    }
    auto saved = service.add(payment);
    if (!saved)
        return context.fail(saved.error());
    QString text = CliContext::tr("Payment %1 of %2 from “%3” recorded on %4.")
                       .arg(QString::number(saved->id), saved->amount.format(QLocale()), client->name,
                            saved->receivedOn.toString(Qt::ISODate));
    if (!saved->allocations.isEmpty())
        text += u'\n' + CliContext::tr("Allocated: %1.").arg(allocationsText(*saved));
    if (saved->unallocatedCents() != 0) {
        text += u'\n'
                + CliContext::tr("%1 became the client’s credit (bureau-cli payment use-credit allocates it later).")
                      .arg(moneyText(saved->unallocatedCents(), currency));
    }
    context.print(paymentJson(*saved, client->name), text);
    return ExitOk;
}

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Lists payments received, by date."));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliContext::tr("Only this client’s: id or name."),
                                          QStringLiteral("client"));
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("The first day."), QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("The last day."), QStringLiteral("date"));
    parser.addOptions({clientOption, fromOption, toOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("payment list"), arguments))
        return *done;
    QDate from;
    QDate to;
    if (parser.isSet(fromOption)) {
        const auto parsed = parseIsoDate(parser.value(fromOption));
        if (!parsed)
            return context.usage(CliContext::tr("--from: give a date such as 2026-11-01."));
        from = *parsed;
    }
    if (parser.isSet(toOption)) {
        const auto parsed = parseIsoDate(parser.value(toOption));
        if (!parsed)
            return context.usage(CliContext::tr("--to: give a date such as 2026-11-30."));
        to = *parsed;
    }
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    ClientRepository clients(database);
    qint64 clientId = 0;
    if (parser.isSet(clientOption)) {
        auto client = clients.resolve(parser.value(clientOption));
        if (!client)
            return context.fail(client.error());
        clientId = client->id;
    }
    auto payments = PaymentService(database).list(clientId, from, to);
    if (!payments)
        return context.fail(payments.error());
    QHash<qint64, QString> names;
    auto nameOf = [&](qint64 id) {
        if (!names.contains(id)) {
            auto client = clients.load(id);
            names.insert(id, client ? client->name : QString::number(id));
        }
        return names.value(id);
    };
    QJsonArray array;
    QList<QStringList> table;
    for (const Payment& payment : std::as_const(*payments)) {
        array << paymentJson(payment, nameOf(payment.clientId));
        table << QStringList{QString::number(payment.id), payment.receivedOn.toString(Qt::ISODate),
                             nameOf(payment.clientId), payment.amount.format(QLocale()),
                             moneyText(payment.eurCents, QStringLiteral("EUR")), Payment::methodText(payment.method),
                             allocationsText(payment),
                             payment.unallocatedCents() != 0
                                 ? moneyText(payment.unallocatedCents(), payment.amount.currency())
                                 : QString()};
    }
    context.print(array, payments->isEmpty()
                             ? CliContext::tr("No payments.")
                             : formatTable({CliContext::tr("Id"), CliContext::tr("Date"), CliContext::tr("Client"),
                                            CliContext::tr("Amount"), CliContext::tr("Euros"), CliContext::tr("Method"),
                                            CliContext::tr("Allocated"), CliContext::tr("Credit")},
                                           table, {0, 3, 4, 7}));
    return ExitOk;
}

int runDelete(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Deletes a payment recorded by mistake, and its allocations."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The payment’s id."));
    if (auto done = parseVerb(context, parser, QStringLiteral("payment delete"), arguments, 1, 1))
        return *done;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usage(CliContext::tr("“%1” is not a payment id.").arg(parser.positionalArguments().first()));
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    if (Status removed = PaymentService(*opened.value()).remove(id); !removed)
        return context.fail(removed.error());
    context.print(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}},
                  CliContext::tr("Payment %1 deleted.").arg(id));
    return ExitOk;
}

int runUseCredit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Pays an invoice from the client’s credit."));
    const QCommandLineOption invoiceOption(QStringLiteral("invoice"), CliContext::tr("The invoice’s number or id."),
                                           QStringLiteral("number"));
    const QCommandLineOption amountOption(QStringLiteral("amount"),
                                          CliContext::tr("At most this much (default: what is outstanding)."),
                                          QStringLiteral("amount"));
    parser.addOptions({invoiceOption, amountOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("payment use-credit"), arguments))
        return *done;
    if (parser.value(invoiceOption).trimmed().isEmpty())
        return context.usage(CliContext::tr("payment use-credit needs --invoice NUMBER."));
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto document = resolveDocument(database, parser.value(invoiceOption));
    if (!document)
        return context.fail(document.error());
    auto summary = DocumentRepository(database).summary(document->id);
    if (!summary)
        return context.fail(summary.error());
    qint64 cents = summary->outstandingCents;
    if (parser.isSet(amountOption)) {
        auto amount = Money::parse(parser.value(amountOption).trimmed(), document->currency, QLocale::c());
        if (!amount)
            return context.fail(Error::make(Error::Kind::Invalid, CliContext::tr("--amount: %1").arg(amount.error().message)));
        cents = amount->cents();
    }
    auto used = PaymentService(database).useCredit(document->id, cents);
    if (!used)
        return context.fail(used.error());
    context.print(QJsonObject{{QStringLiteral("documentId"), document->id},
                              {QStringLiteral("number"), document->number},
                              {QStringLiteral("allocated"), moneyJson(*used, document->currency)}},
                  CliContext::tr("%1 of credit allocated to %2.").arg(moneyText(*used, document->currency),
                                                                      document->number));
    return ExitOk;
}

const Verb kVerbs[] = {
    {u"add", QT_TRANSLATE_NOOP("CliContext", "Record a payment: --client C --amount A [--date D] [--method M] "
                                             "[--invoice NUMBER[=AMOUNT]]…")},
    {u"list", QT_TRANSLATE_NOOP("CliContext", "List payments [--client C] [--from D --to D]")},
    {u"delete", QT_TRANSLATE_NOOP("CliContext", "Delete a payment: ID")},
    {u"use-credit", QT_TRANSLATE_NOOP("CliContext", "Pay an invoice from the client’s credit: --invoice N [--amount A]")},
};

} // namespace

int runPaymentCommand(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"add")
        return runAdd(context, rest);
    if (verb == u"list")
        return runList(context, rest);
    if (verb == u"delete")
        return runDelete(context, rest);
    if (verb == u"use-credit")
        return runUseCredit(context, rest);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("payment"), kVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(CliContext::tr("payment needs a command: add, list, delete or use-credit; see bureau-cli "
                                            "payment --help."));
    return context.usage(CliContext::tr("Unknown payment command “%1”; see bureau-cli payment --help.").arg(verb));
}

} // namespace Bureau::Cli

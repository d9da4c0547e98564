// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli invoice|quote: quotes, invoices, deposit invoices and credit notes (issue 6), through
// DocumentRepository, InvoiceIssuer, InvoiceFromTime and InvoiceDocument as the GUI uses them.
#include "CliContext.h"
#include "CliHelpers.h"

#include "core/documents/InvoiceDocument.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/services/ClientFileStore.h"
#include "core/services/InvoiceFromTime.h"
#include "core/services/InvoiceIssuer.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace Bureau::Cli
{

// ---- Shared with PaymentCommand and ReportCommand (BillingCli.h) ----

void printWarning(const QString& text)
{
    QTextStream err(stderr);
    QString line = CliContext::tr("bureau-cli: warning: %1").arg(text);
    line.replace(u'\n', u' ');
    err << line << u'\n';
    err.flush();
}

QString dataDirOf(const Database& database)
{
    return QFileInfo(database.path()).absolutePath();
}

QJsonObject moneyJson(qint64 cents, const QString& currency)
{
    return QJsonObject{{QStringLiteral("cents"), cents},
                       {QStringLiteral("amount"), Money::fromCents(cents, currency).toPlainString()}};
}

QString moneyText(qint64 cents, const QString& currency)
{
    return Money::fromCents(cents, currency).format(QLocale());
}

Result<BillingDocument> resolveDocument(Database& database, const QString& idOrNumber)
{
    const QString text = idOrNumber.trimmed();
    DocumentRepository documents(database);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto found = documents.find(id);
        if (found || found.error().kind != Error::Kind::NotFound)
            return found;
    }
    if (text.isEmpty())
        return Error::make(Error::Kind::Invalid, CliContext::tr("No document given: give its id or its number."));
    auto found = documents.findByNumber(text);
    if (!found && found.error().kind == Error::Kind::NotFound)
        return Error::make(Error::Kind::NotFound, CliContext::tr("There is no document “%1”.").arg(text));
    return found;
}

Result<std::unique_ptr<Database>> openReadOnly(CliContext& context)
{
    if (QFileInfo::exists(context.databasePath)) {
        Database::Options options;
        options.readOnly = true;
        auto opened = context.openDatabase(options);
        if (!opened || opened.value()->schemaVersion() == opened.value()->latestSchemaVersion())
            return opened;
    }
    return context.openDatabase();
}

QString paymentStateKey(PaymentState state)
{
    switch (state) {
    case PaymentState::None:
        return QStringLiteral("none");
    case PaymentState::Unpaid:
        return QStringLiteral("unpaid");
    case PaymentState::PartiallyPaid:
        return QStringLiteral("partially_paid");
    case PaymentState::Paid:
        return QStringLiteral("paid");
    case PaymentState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QString paymentStateText(PaymentState state)
{
    switch (state) {
    case PaymentState::None:
        return {};
    case PaymentState::Unpaid:
        return CliContext::tr("unpaid");
    case PaymentState::PartiallyPaid:
        return CliContext::tr("partially paid");
    case PaymentState::Paid:
        return CliContext::tr("paid");
    case PaymentState::Overdue:
        return CliContext::tr("overdue");
    }
    return {};
}

namespace
{

enum class Scope
{
    Quote,
    Invoice,
};

QString commandName(Scope scope)
{
    return scope == Scope::Quote ? QStringLiteral("quote") : QStringLiteral("invoice");
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/** A quantity typed as "1,5", "1.5" or "2": thousandths; nothing when it is not such a number. */
std::optional<qint64> parseQuantity(const QString& input)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,9})(?:[.,](\\d{1,3}))?$"));
    const auto match = pattern.match(input.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(2).toLongLong();
    const qint64 fraction = match.captured(3).leftJustified(3, u'0').toLongLong();
    const qint64 value = whole * 1000 + fraction;
    return match.captured(1).isEmpty() ? value : -value;
}

/** A VAT rate typed as "20", "20%", "5,5", "5.5 %": basis points; nothing when not a number. */
std::optional<int> parseRate(const QString& input)
{
    QString text = input.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() * 100 + match.captured(2).leftJustified(2, u'0').toInt();
}

/** "desc;qty;price[;vat%]": a service line in @p currency. */
Result<DocumentLine> parseServiceLine(const QString& text, const QString& currency, int defaultVat)
{
    const QStringList parts = text.split(u';');
    if (parts.size() < 3 || parts.size() > 4 || parts.first().trimmed().isEmpty()) {
        return Error::make(Error::Kind::Invalid,
                           CliContext::tr("--line “%1”: write \"description;quantity;unit price[;VAT %]\", such as "
                                          "\"Assistance;1,5;45.00;20\".")
                               .arg(text));
    }
    DocumentLine line;
    line.description = parts.at(0).trimmed();
    const auto quantity = parseQuantity(parts.at(1));
    if (!quantity)
        return Error::make(Error::Kind::Invalid,
                           CliContext::tr("--line “%1”: “%2” is not a quantity such as 1,5.").arg(text, parts.at(1)));
    line.quantityThousandths = *quantity;
    auto price = Money::parse(parts.at(2).trimmed(), currency, QLocale::c());
    if (!price)
        return Error::make(Error::Kind::Invalid,
                           CliContext::tr("--line “%1”: %2").arg(text, price.error().message));
    line.unitPriceCents = price->cents();
    line.vatBasisPoints = defaultVat;
    if (parts.size() == 4) {
        const auto rate = parseRate(parts.at(3));
        if (!rate || !BillingDocument::isValidVatRate(*rate)) {
            return Error::make(Error::Kind::Invalid,
                               CliContext::tr("--line “%1”: the VAT rate must be 20, 10, 5,5, 2,1 or 0 %.").arg(text));
        }
        line.vatBasisPoints = *rate;
    }
    return line;
}

/** "desc;amount[;receipt file]": a disbursement (débours) rebilled at cost, with its receipt. */
Result<DocumentLine> parseDisbursement(const QString& text, const QString& currency, QString* receiptPath)
{
    const QStringList parts = text.split(u';');
    if (parts.size() < 2 || parts.size() > 3 || parts.first().trimmed().isEmpty()) {
        return Error::make(Error::Kind::Invalid,
                           CliContext::tr("--disbursement “%1”: write \"description;amount[;receipt file]\", such as "
                                          "\"Stamps;12.40;receipt.pdf\".")
                               .arg(text));
    }
    if (parts.size() == 3) {
        const QString path = parts.at(2).trimmed();
        if (!QFileInfo(path).isFile())
            return Error::make(Error::Kind::Invalid,
                               CliContext::tr("--disbursement “%1”: the receipt %2 is not a readable file.")
                                   .arg(text, path));
        *receiptPath = path;
    }
    auto amount = Money::parse(parts.at(1).trimmed(), currency, QLocale::c());
    if (!amount)
        return Error::make(Error::Kind::Invalid,
                           CliContext::tr("--disbursement “%1”: %2").arg(text, amount.error().message));
    DocumentLine line;
    line.kind = DocumentLine::Kind::Disbursement;
    line.description = parts.at(0).trimmed();
    line.quantityThousandths = 1000;
    line.unit = DocumentLine::Unit::Flat;
    line.unitPriceCents = amount->cents();
    return line;
}

/** The VAT rate of a line typed without one: 20 % for a VAT-registered seller, 0 under the franchise. */
int defaultVatRate(Database& database)
{
    auto profile = ProfileRepository(database).load();
    if (profile && profile->has_value() && profile->value().vatRegime != BusinessProfile::VatRegime::Franchise)
        return 2000;
    return 0;
}

/** Receipts of disbursements to attach when a draft is saved: (line index, file). */
using Receipts = QList<std::pair<qsizetype, QString>>;

/**
 * The --line and --disbursement options of create and add-line, appended to @p lines; returns the
 * receipt files the disbursements name, attached when the draft is saved.
 */
Result<Receipts> appendLines(Database& database, const QStringList& serviceLines, const QStringList& disbursements,
                             const QString& currency, QList<DocumentLine>& lines)
{
    Receipts receipts;
    const int vat = defaultVatRate(database);
    for (const QString& text : serviceLines) {
        auto line = parseServiceLine(text, currency, vat);
        if (!line)
            return line.error();
        lines << *line;
    }
    for (const QString& text : disbursements) {
        QString receipt;
        auto line = parseDisbursement(text, currency, &receipt);
        if (!line)
            return line.error();
        if (!receipt.isEmpty())
            receipts.append({lines.size(), receipt});
        lines << *line;
    }
    return receipts;
}

QJsonObject lineJson(const DocumentLine& line, const QString& currency)
{
    return QJsonObject{
        {QStringLiteral("id"), line.id},
        {QStringLiteral("kind"), BillingDocument::lineKindKey(line.kind)},
        {QStringLiteral("description"), line.description},
        {QStringLiteral("quantity"), QString::number(double(line.quantityThousandths) / 1000.0, 'f', 3)},
        {QStringLiteral("quantityThousandths"), line.quantityThousandths},
        {QStringLiteral("unit"), BillingDocument::unitKey(line.unit)},
        {QStringLiteral("unitPrice"), moneyJson(line.unitPriceCents, currency)},
        {QStringLiteral("vatBasisPoints"), line.vatBasisPoints},
        {QStringLiteral("discountBasisPoints"), line.discountBasisPoints},
        {QStringLiteral("net"), moneyJson(line.netCents, currency)},
        // A disbursement's receipt among the client's files (null for none).
        {QStringLiteral("receiptFileId"), line.receiptFileId > 0 ? QJsonValue(line.receiptFileId) : QJsonValue()},
    };
}

QJsonObject documentJson(const BillingDocument& document, const std::optional<DocumentRepository::Summary>& summary,
                         const QString& clientName)
{
    const QString& currency = document.currency;
    QJsonArray lines;
    for (const DocumentLine& line : document.lines)
        lines << lineJson(line, currency);
    QJsonArray deductions;
    for (const DocumentDeduction& deduction : document.deductions) {
        deductions << QJsonObject{{QStringLiteral("depositId"), deduction.depositId},
                                  {QStringLiteral("number"), deduction.depositNumber},
                                  {QStringLiteral("amount"), moneyJson(deduction.amountCents, currency)}};
    }
    QJsonObject object{
        {QStringLiteral("id"), document.id},
        {QStringLiteral("kind"), BillingDocument::kindKey(document.kind)},
        {QStringLiteral("status"), BillingDocument::statusKey(document.status)},
        {QStringLiteral("number"), textOrNull(document.number)},
        {QStringLiteral("clientId"), document.clientId},
        {QStringLiteral("client"), clientName},
        {QStringLiteral("issueDate"), isoDate(document.issueDate)},
        {QStringLiteral("dueDate"), isoDate(document.dueDate)},
        {QStringLiteral("serviceFrom"), isoDate(document.serviceFrom)},
        {QStringLiteral("serviceTo"), isoDate(document.serviceTo)},
        {QStringLiteral("sourceDocumentId"), document.sourceDocumentId == 0 ? QJsonValue() : QJsonValue(document.sourceDocumentId)},
        {QStringLiteral("language"), document.language},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("eurRateMicros"), document.eurRateMicros == 0 ? QJsonValue() : QJsonValue(document.eurRateMicros)},
        {QStringLiteral("title"), document.title},
        {QStringLiteral("purchaseOrder"), document.purchaseOrder},
        {QStringLiteral("paymentTermsDays"), document.paymentTermsDays},
        {QStringLiteral("notes"), document.notes},
        {QStringLiteral("vatCase"),
         document.vatCase ? QJsonValue(BillingDocument::vatCaseKey(*document.vatCase)) : QJsonValue()},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("deductions"), deductions},
        {QStringLiteral("discount"), moneyJson(document.discountCents, currency)},
        {QStringLiteral("discountBasisPoints"), document.discountBasisPoints},
        {QStringLiteral("net"), moneyJson(document.netCents, currency)},
        {QStringLiteral("vat"), moneyJson(document.vatCents, currency)},
        {QStringLiteral("disbursements"), moneyJson(document.disbursementsCents, currency)},
        {QStringLiteral("total"), moneyJson(document.totalCents, currency)},
        {QStringLiteral("deducted"), moneyJson(document.deductedCents, currency)},
        {QStringLiteral("due"), moneyJson(document.dueCents, currency)},
        {QStringLiteral("pdfPath"), textOrNull(document.pdfPath)},
    };
    if (document.vatEurCents)
        object.insert(QStringLiteral("vatEur"), moneyJson(*document.vatEurCents, QStringLiteral("EUR")));
    if (summary) {
        object.insert(QStringLiteral("paymentState"), paymentStateKey(summary->paymentState));
        object.insert(QStringLiteral("paid"), moneyJson(summary->paidCents, currency));
        object.insert(QStringLiteral("credited"), moneyJson(summary->creditedCents, currency));
        object.insert(QStringLiteral("outstanding"), moneyJson(summary->outstandingCents, currency));
    }
    return object;
}

QJsonObject summaryJson(const DocumentRepository::Summary& row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("kind"), BillingDocument::kindKey(row.kind)},
        {QStringLiteral("status"), BillingDocument::statusKey(row.status)},
        {QStringLiteral("paymentState"), paymentStateKey(row.paymentState)},
        {QStringLiteral("number"), textOrNull(row.number)},
        {QStringLiteral("clientId"), row.clientId},
        {QStringLiteral("client"), row.clientName},
        {QStringLiteral("title"), row.title},
        {QStringLiteral("issueDate"), isoDate(row.issueDate)},
        {QStringLiteral("dueDate"), isoDate(row.dueDate)},
        {QStringLiteral("currency"), row.currency},
        {QStringLiteral("total"), moneyJson(row.totalCents, row.currency)},
        {QStringLiteral("due"), moneyJson(row.dueCents, row.currency)},
        {QStringLiteral("paid"), moneyJson(row.paidCents, row.currency)},
        {QStringLiteral("credited"), moneyJson(row.creditedCents, row.currency)},
        {QStringLiteral("outstanding"), moneyJson(row.outstandingCents, row.currency)},
    };
}

QString clientNameOf(Database& database, qint64 clientId)
{
    auto client = ClientRepository(database).load(clientId);
    return client ? client->name : QString::number(clientId);
}

QString documentLabel(const BillingDocument& document)
{
    return document.isDraft() ? CliContext::tr("draft %1").arg(document.id) : document.number;
}

QString documentText(const BillingDocument& document, const std::optional<DocumentRepository::Summary>& summary,
                     const QString& clientName)
{
    const QString& currency = document.currency;
    QString text = CliContext::tr("%1 %2 (id %3), %4, for “%5”.")
                       .arg(BillingDocument::kindText(document.kind), documentLabel(document),
                            QString::number(document.id), BillingDocument::statusText(document.status).toLower(),
                            clientName);
    text += u'\n';
    if (!document.title.isEmpty())
        text += CliContext::tr("Title: %1").arg(document.title) + u'\n';
    if (document.issueDate.isValid())
        text += CliContext::tr("Issued on %1.").arg(document.issueDate.toString(Qt::ISODate)) + u'\n';
    if (document.serviceFrom.isValid()) {
        text += (document.serviceTo.isValid() && document.serviceTo != document.serviceFrom
                     ? CliContext::tr("Service from %1 to %2.")
                           .arg(document.serviceFrom.toString(Qt::ISODate), document.serviceTo.toString(Qt::ISODate))
                     : CliContext::tr("Service on %1.").arg(document.serviceFrom.toString(Qt::ISODate)))
                + u'\n';
    }
    if (document.dueDate.isValid()) {
        text += (document.kind == BillingDocument::Kind::Quote
                     ? CliContext::tr("Valid until %1.").arg(document.dueDate.toString(Qt::ISODate))
                     : CliContext::tr("Due on %1.").arg(document.dueDate.toString(Qt::ISODate)))
                + u'\n';
    }
    QList<QStringList> rows;
    const QLocale locale;
    for (const DocumentLine& line : document.lines) {
        rows << QStringList{line.kind == DocumentLine::Kind::Disbursement
                                ? CliContext::tr("%1 (disbursement)").arg(line.description)
                                : line.description,
                            locale.toString(double(line.quantityThousandths) / 1000.0, 'f', 3),
                            moneyText(line.unitPriceCents, currency),
                            locale.toString(double(line.vatBasisPoints) / 100.0, 'f', 1) + QStringLiteral(" %"),
                            moneyText(line.netCents, currency)};
    }
    text += formatTable({CliContext::tr("Description"), CliContext::tr("Quantity"), CliContext::tr("Unit price"),
                         CliContext::tr("VAT"), CliContext::tr("Net")},
                        rows, {1, 2, 3, 4});
    text += u'\n';
    if (document.discountCents > 0)
        text += CliContext::tr("Discount: %1").arg(moneyText(document.discountCents, currency)) + u'\n';
    else if (document.discountBasisPoints > 0)
        text += CliContext::tr("Discount: %1 %").arg(locale.toString(double(document.discountBasisPoints) / 100.0, 'f', 2))
                + u'\n';
    text += CliContext::tr("Net: %1").arg(moneyText(document.netCents, currency)) + u'\n';
    text += CliContext::tr("VAT: %1").arg(moneyText(document.vatCents, currency)) + u'\n';
    if (document.disbursementsCents != 0)
        text += CliContext::tr("Disbursements: %1").arg(moneyText(document.disbursementsCents, currency)) + u'\n';
    text += CliContext::tr("Total: %1").arg(moneyText(document.totalCents, currency)) + u'\n';
    for (const DocumentDeduction& deduction : document.deductions) {
        text += CliContext::tr("Deposit %1 deducted: %2")
                    .arg(deduction.depositNumber, moneyText(deduction.amountCents, currency))
                + u'\n';
    }
    if (document.deductedCents != 0)
        text += CliContext::tr("Amount due: %1").arg(moneyText(document.dueCents, currency)) + u'\n';
    if (summary && summary->paymentState != PaymentState::None) {
        text += CliContext::tr("Paid: %1; credited: %2; outstanding: %3 (%4).")
                    .arg(moneyText(summary->paidCents, currency), moneyText(summary->creditedCents, currency),
                         moneyText(summary->outstandingCents, currency), paymentStateText(summary->paymentState));
    }
    return text;
}

/** Prints a document as show does (JSON or text). */
int printDocument(CliContext& context, Database& database, const BillingDocument& document,
                  const QString& headline = {})
{
    DocumentRepository documents(database);
    std::optional<DocumentRepository::Summary> summary;
    if (auto found = documents.summary(document.id))
        summary = *found;
    const QString client = clientNameOf(database, document.clientId);
    QString text = documentText(document, summary, client);
    if (!headline.isEmpty())
        text = headline + u'\n' + text;
    context.print(documentJson(document, summary, client), text);
    return ExitOk;
}

std::optional<qint64> parseId(const QString& text)
{
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return std::nullopt;
    return id;
}

/** The options of create that set a draft's fields (also accepted by quote create). */
struct DraftOptions
{
    QCommandLineOption line{QStringLiteral("line"),
                            CliContext::tr("A line \"description;quantity;unit price[;VAT %]\" (repeatable)."),
                            QStringLiteral("line")};
    QCommandLineOption disbursement{QStringLiteral("disbursement"),
                                    CliContext::tr("A disbursement rebilled at cost \"description;amount[;receipt file]\" "
                                                   "(repeatable); the receipt joins the client's files."),
                                    QStringLiteral("line")};
    QCommandLineOption currency{QStringLiteral("currency"), CliContext::tr("The currency (default: the client’s)."),
                                QStringLiteral("code")};
    QCommandLineOption rate{QStringLiteral("rate"),
                            CliContext::tr("Euros for one unit of the currency, in millionths (921234)."),
                            QStringLiteral("micros")};
    QCommandLineOption eurRate{QStringLiteral("eur-rate"),
                               CliContext::tr("Euros for one unit of the currency (0.921234)."),
                               QStringLiteral("rate")};
    QCommandLineOption serviceFrom{QStringLiteral("service-from"), CliContext::tr("First day of the service."),
                                   QStringLiteral("date")};
    QCommandLineOption serviceTo{QStringLiteral("service-to"), CliContext::tr("Last day of the service."),
                                 QStringLiteral("date")};
    QCommandLineOption serviceDate{QStringLiteral("service-date"), CliContext::tr("The day of the service."),
                                   QStringLiteral("date")};
    QCommandLineOption due{QStringLiteral("due"),
                           CliContext::tr("The due date (quotes: valid until; default: issue date + terms)."),
                           QStringLiteral("date")};
    QCommandLineOption terms{QStringLiteral("terms"), CliContext::tr("Payment terms in days (default: the client’s)."),
                             QStringLiteral("days")};
    QCommandLineOption po{QStringLiteral("po"), CliContext::tr("The client’s purchase order reference."),
                          QStringLiteral("ref")};
    QCommandLineOption title{QStringLiteral("title"), CliContext::tr("A subject printed under the number."),
                             QStringLiteral("text")};
    QCommandLineOption notes{QStringLiteral("notes"), CliContext::tr("Notes printed on the document."),
                             QStringLiteral("text")};
    QCommandLineOption discount{QStringLiteral("discount"),
                                CliContext::tr("A discount on the services: 10% or an amount such as 50.00."),
                                QStringLiteral("discount")};
    QCommandLineOption deduct{QStringLiteral("deduct"),
                              CliContext::tr("The number of an issued deposit invoice to deduct (repeatable)."),
                              QStringLiteral("number")};

    void addTo(QCommandLineParser& parser, bool withDeductions) const
    {
        parser.addOptions(
            {line, disbursement, currency, rate, eurRate, serviceFrom, serviceTo, serviceDate, due, terms, po, title,
             notes, discount});
        if (withDeductions)
            parser.addOption(deduct);
    }

    /**
     * Applies the options to @p draft (its client and currency already set); returns the receipts
     * its new disbursements name, to attach when it is saved.
     */
    Result<Receipts> apply(Database& database, const QCommandLineParser& parser, BillingDocument& draft) const
    {
        auto date = [&](const QCommandLineOption& option, QDate& target) -> Status {
            if (!parser.isSet(option))
                return {};
            const auto parsed = parseIsoDate(parser.value(option));
            if (!parsed)
                return Error::make(Error::Kind::Invalid, CliContext::tr("--%1: “%2” is not a date such as 2026-11-30.")
                                                             .arg(option.names().first(), parser.value(option)));
            target = *parsed;
            return {};
        };
        if (Status status = date(serviceFrom, draft.serviceFrom); !status)
            return status.error();
        if (Status status = date(serviceTo, draft.serviceTo); !status)
            return status.error();
        if (parser.isSet(serviceDate)) {
            if (Status status = date(serviceDate, draft.serviceFrom); !status)
                return status.error();
            draft.serviceTo = draft.serviceFrom;
        }
        if (draft.serviceFrom.isValid() && !draft.serviceTo.isValid())
            draft.serviceTo = draft.serviceFrom;
        if (Status status = date(due, draft.dueDate); !status)
            return status.error();
        if (parser.isSet(terms)) {
            bool ok = false;
            const int days = parser.value(terms).trimmed().toInt(&ok);
            if (!ok || days < 0 || days > 365)
                return Error::make(Error::Kind::Invalid, CliContext::tr("--terms: give a number of days from 0 to 365."));
            draft.paymentTermsDays = days;
        }
        if (parser.isSet(rate)) {
            bool ok = false;
            const qint64 micros = parser.value(rate).trimmed().toLongLong(&ok);
            if (!ok || micros <= 0)
                return Error::make(Error::Kind::Invalid,
                                   CliContext::tr("--rate: give the euros for one unit in millionths, such as 921234."));
            draft.eurRateMicros = micros;
        }
        if (parser.isSet(eurRate)) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})(?:[.,](\\d{1,6}))?$"));
            const auto match = pattern.match(parser.value(eurRate).trimmed());
            const qint64 micros = match.hasMatch() ? match.captured(1).toLongLong() * 1000000
                                                         + match.captured(2).leftJustified(6, u'0').toLongLong()
                                                   : 0;
            if (micros <= 0)
                return Error::make(Error::Kind::Invalid,
                                   CliContext::tr("--eur-rate: give the euros for one unit, such as 0.921234."));
            draft.eurRateMicros = micros;
        }
        if (parser.isSet(po))
            draft.purchaseOrder = parser.value(po).trimmed();
        if (parser.isSet(title))
            draft.title = parser.value(title).trimmed();
        if (parser.isSet(notes))
            draft.notes = parser.value(notes).trimmed();
        if (parser.isSet(discount)) {
            const QString text = parser.value(discount).trimmed();
            if (text.endsWith(u'%')) {
                const auto basisPoints = parseRate(text);
                if (!basisPoints || *basisPoints > 10000)
                    return Error::make(Error::Kind::Invalid,
                                       CliContext::tr("--discount: “%1” is not a percentage such as 10%.").arg(text));
                draft.discountBasisPoints = *basisPoints;
                draft.discountCents = 0;
            } else {
                auto amount = Money::parse(text, draft.currency, QLocale::c());
                if (!amount)
                    return Error::make(Error::Kind::Invalid,
                                       CliContext::tr("--discount: %1").arg(amount.error().message));
                draft.discountCents = amount->cents();
                draft.discountBasisPoints = 0;
            }
        }
        auto receipts =
            appendLines(database, parser.values(line), parser.values(disbursement), draft.currency, draft.lines);
        if (!receipts)
            return receipts.error();
        for (const QString& number : parser.values(deduct)) {
            auto deposit = resolveDocument(database, number);
            if (!deposit)
                return deposit.error();
            if (deposit->kind != BillingDocument::Kind::Deposit || deposit->isDraft()) {
                return Error::make(Error::Kind::Invalid,
                                   CliContext::tr("--deduct: “%1” is not an issued deposit invoice.").arg(number));
            }
            draft.deductions << DocumentDeduction{deposit->id, deposit->totalCents, deposit->number,
                                                  deposit->issueDate};
        }
        return receipts;
    }
};

/** Deletes receipts attached for a draft that was then refused: nothing is left half-written. */
void forgetReceipts(Database& database, const QList<qint64>& fileIds)
{
    ClientFileStore files(database);
    for (const qint64 id : fileIds)
        (void)files.remove(id);
}

/**
 * Copies the receipts named by --disbursement into the client's files and points their lines at
 * them; returns the files attached (to forget if the draft is then refused).
 */
Result<QList<qint64>> attachReceipts(Database& database, const Receipts& receipts, BillingDocument& draft)
{
    ClientFileStore files(database);
    QList<qint64> attached;
    for (const auto& [index, path] : receipts) {
        auto file = files.attach(draft.clientId, path, ClientFile::Category::Other);
        if (!file) {
            forgetReceipts(database, attached);
            return file.error();
        }
        attached << file->id;
        draft.lines[index].receiptFileId = file->id;
    }
    return attached;
}

int runCreate(CliContext& context, Scope scope, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(scope == Scope::Quote
                                         ? CliContext::tr("Creates a draft quote for a client.")
                                         : CliContext::tr("Creates a draft invoice (or deposit invoice) for a client. "
                                                          "Lines are in the client’s currency; language, currency and "
                                                          "terms default from the client."));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), CliContext::tr("invoice or deposit (default: invoice)."),
                                        QStringLiteral("kind"));
    parser.addOption(clientOption);
    if (scope == Scope::Invoice)
        parser.addOption(kindOption);
    const DraftOptions options;
    options.addTo(parser, scope == Scope::Invoice);
    const QString verb = commandName(scope) + QStringLiteral(" create");
    if (auto done = parseVerb(context, parser, verb, arguments))
        return *done;
    if (parser.value(clientOption).trimmed().isEmpty())
        return context.usage(CliContext::tr("%1 needs --client: bureau-cli %1 --client C --line \"…\".").arg(verb));
    BillingDocument draft;
    draft.kind = scope == Scope::Quote ? BillingDocument::Kind::Quote : BillingDocument::Kind::Invoice;
    if (scope == Scope::Invoice && parser.isSet(kindOption)) {
        const QString key = parser.value(kindOption).trimmed().toLower();
        if (key == u"invoice")
            draft.kind = BillingDocument::Kind::Invoice;
        else if (key == u"deposit")
            draft.kind = BillingDocument::Kind::Deposit;
        else
            return context.usage(CliContext::tr("--kind: use invoice or deposit."));
    }

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto client = ClientRepository(database).resolve(parser.value(clientOption));
    if (!client)
        return context.fail(client.error());
    draft.clientId = client->id;
    draft.language = client->language;
    draft.currency = client->currency;
    if (parser.isSet(options.currency)) {
        const QString code = parser.value(options.currency).trimmed().toUpper();
        if (!Money::isValidCurrencyCode(code))
            return context.usage(CliContext::tr("--currency: “%1” is not a currency code such as EUR.").arg(code));
        draft.currency = code;
    }
    if (client->paymentTermsDays) {
        draft.paymentTermsDays = *client->paymentTermsDays;
    } else if (auto profile = ProfileRepository(database).load(); profile && profile->has_value()) {
        draft.paymentTermsDays = profile->value().paymentTermsDays;
    }
    auto applied = options.apply(database, parser, draft);
    if (!applied)
        return context.fail(applied.error());
    auto receipts = attachReceipts(database, applied.value(), draft);
    if (!receipts)
        return context.fail(receipts.error());
    auto saved = DocumentRepository(database).addDraft(draft);
    if (!saved) {
        forgetReceipts(database, *receipts);
        return context.fail(saved.error());
    }
    return printDocument(context, database, *saved,
                         CliContext::tr("Draft %1 created.").arg(saved->id));
}

/** A draft of the right scope, by id or number. */
Result<BillingDocument> findDraft(Database& database, Scope scope, const QString& idOrNumber)
{
    auto document = resolveDocument(database, idOrNumber);
    if (!document)
        return document;
    if ((document->kind == BillingDocument::Kind::Quote) != (scope == Scope::Quote)) {
        return Error::make(Error::Kind::Invalid,
                           scope == Scope::Quote ? CliContext::tr("Document %1 is not a quote.").arg(idOrNumber)
                                                 : CliContext::tr("Document %1 is a quote: use bureau-cli quote.")
                                                       .arg(idOrNumber));
    }
    return document;
}

int runAddLine(CliContext& context, Scope scope, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Adds lines to a draft (or changes its fields)."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The draft’s id."));
    const DraftOptions options;
    options.addTo(parser, scope == Scope::Invoice);
    const QString verb = commandName(scope) + QStringLiteral(" add-line");
    if (auto done = parseVerb(context, parser, verb, arguments, 1, 1))
        return *done;
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto draft = findDraft(database, scope, parser.positionalArguments().first());
    if (!draft)
        return context.fail(draft.error());
    if (!draft->isDraft())
        return context.fail(Error::make(Error::Kind::Conflict,
                                        CliContext::tr("%1 is issued: an issued document never changes.")
                                            .arg(draft->number)));
    if (parser.isSet(options.currency))
        return context.usage(CliContext::tr("--currency is chosen when the draft is created."));
    auto applied = options.apply(database, parser, *draft);
    if (!applied)
        return context.fail(applied.error());
    auto receipts = attachReceipts(database, applied.value(), *draft);
    if (!receipts)
        return context.fail(receipts.error());
    auto saved = DocumentRepository(database).updateDraft(*draft);
    if (!saved)
        forgetReceipts(database, *receipts);
    if (!saved)
        return context.fail(saved.error());
    return printDocument(context, database, *saved, CliContext::tr("Draft %1 saved.").arg(saved->id));
}

int runFromTime(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Creates a draft invoice from the client’s unbilled billable time in a period."));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("The first day."), QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("The last day."), QStringLiteral("date"));
    const QCommandLineOption groupOption(QStringLiteral("group-by"),
                                         CliContext::tr("mission, task or day (default: mission)."),
                                         QStringLiteral("group"));
    parser.addOptions({clientOption, fromOption, toOption, groupOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("invoice from-time"), arguments))
        return *done;
    const auto from = parseIsoDate(parser.value(fromOption));
    const auto to = parseIsoDate(parser.value(toOption));
    if (parser.value(clientOption).trimmed().isEmpty() || !from || !to)
        return context.usage(CliContext::tr("invoice from-time needs --client C --from D --to D (dates such as "
                                            "2026-11-01)."));
    BillableTime::Grouping grouping = BillableTime::Grouping::Mission;
    const QString group = parser.value(groupOption).trimmed().toLower();
    if (group == u"task")
        grouping = BillableTime::Grouping::Task;
    else if (group == u"day")
        grouping = BillableTime::Grouping::Day;
    else if (!group.isEmpty() && group != u"mission")
        return context.usage(CliContext::tr("--group-by: use mission, task or day."));
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto client = ClientRepository(database).resolve(parser.value(clientOption));
    if (!client)
        return context.fail(client.error());
    auto draft = InvoiceFromTime(database).draftFromTime(client->id, *from, *to, grouping);
    if (!draft)
        return context.fail(draft.error());
    return printDocument(context, database, *draft, CliContext::tr("Draft %1 created from time.").arg(draft->id));
}

int runIssue(CliContext& context, Scope scope, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        scope == Scope::Quote
            ? CliContext::tr("Numbers draft quotes and marks them sent, one after the other.")
            : CliContext::tr("Issues drafts one after the other: each gets the next number of its series and never "
                             "changes again; its PDF is archived in the data folder."));
    parser.addPositionalArgument(QStringLiteral("ids"), CliContext::tr("The drafts’ ids."), QStringLiteral("ID…"));
    const QCommandLineOption noArchiveOption(QStringLiteral("no-archive"),
                                             CliContext::tr("Do not archive the PDFs now (see %1 pdf).")
                                                 .arg(commandName(scope)));
    parser.addOption(noArchiveOption);
    const QString verb = commandName(scope) + QStringLiteral(" issue");
    if (auto done = parseVerb(context, parser, verb, arguments, 1, std::numeric_limits<int>::max()))
        return *done;
    QList<qint64> ids;
    for (const QString& text : parser.positionalArguments()) {
        const auto id = parseId(text);
        if (!id)
            return context.usage(CliContext::tr("“%1” is not a draft’s id.").arg(text));
        ids << *id;
    }
    // Issuing in batches while other processes issue too: wait for the write lock rather than
    // fail (each issue is one short transaction; a slow disk's commit can pass the usual 5 s).
    Database::Options options;
    options.busyTimeoutMs = 60000;
    auto opened = context.openDatabase(options);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const QString dataDir = dataDirOf(database);
    InvoiceIssuer issuer(database, dataDir);
    DocumentRepository documents(database);
    QJsonArray issued;
    for (qint64 id : std::as_const(ids)) {
        auto draft = documents.find(id);
        if (!draft)
            return context.fail(draft.error());
        if ((draft->kind == BillingDocument::Kind::Quote) != (scope == Scope::Quote)) {
            return context.fail(Error::make(
                Error::Kind::Invalid, scope == Scope::Quote
                                          ? CliContext::tr("Document %1 is not a quote.").arg(id)
                                          : CliContext::tr("Document %1 is a quote: use bureau-cli quote issue.").arg(id)));
        }
        auto outcome = issuer.issue(id);
        if (!outcome) {
            if (context.json && !issued.isEmpty())
                context.print(issued, {});
            return context.fail(outcome.error());
        }
        const BillingDocument& document = outcome->document;
        if (!outcome->warning.isEmpty())
            printWarning(outcome->warning);
        QJsonObject object{{QStringLiteral("id"), document.id},
                           {QStringLiteral("kind"), BillingDocument::kindKey(document.kind)},
                           {QStringLiteral("status"), BillingDocument::statusKey(document.status)},
                           {QStringLiteral("number"), document.number},
                           {QStringLiteral("issueDate"), isoDate(document.issueDate)},
                           {QStringLiteral("dueDate"), isoDate(document.dueDate)},
                           {QStringLiteral("total"), moneyJson(document.totalCents, document.currency)},
                           {QStringLiteral("due"), moneyJson(document.dueCents, document.currency)}};
        context.printText(CliContext::tr("%1 %2 issued (id %3): %4.")
                              .arg(BillingDocument::kindText(document.kind), document.number, QString::number(id),
                                   moneyText(document.dueCents, document.currency)));
        if (!parser.isSet(noArchiveOption)) {
            auto archived = InvoiceDocument::archive(database, id, dataDir);
            if (archived) {
                object.insert(QStringLiteral("pdf"), *archived);
            } else {
                object.insert(QStringLiteral("pdf"), QJsonValue());
                printWarning(CliContext::tr("%1 is issued, but its PDF could not be archived (%2); archive it later with "
                                    "bureau-cli %3 pdf.")
                         .arg(document.number, archived.error().oneLine(), commandName(scope)));
            }
        }
        issued << object;
    }
    if (context.json)
        context.print(issued.size() == 1 ? QJsonValue(issued.first()) : QJsonValue(issued), {});
    return ExitOk;
}

int runPdf(CliContext& context, Scope scope, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Writes a document’s PDF (a draft: a watermarked preview)."));
    parser.addPositionalArgument(QStringLiteral("document"), CliContext::tr("The document’s id or number."));
    const QCommandLineOption outputOption(QStringLiteral("output"), CliContext::tr("The PDF file to write (- for "
                                                                                   "standard output)."),
                                          QStringLiteral("file"));
    parser.addOption(outputOption);
    const QString verb = commandName(scope) + QStringLiteral(" pdf");
    if (auto done = parseVerb(context, parser, verb, arguments, 1, 1))
        return *done;
    if (!parser.isSet(outputOption))
        return context.usage(CliContext::tr("%1 needs --output FILE.").arg(verb));
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto document = findDraft(database, scope, parser.positionalArguments().first());
    if (!document)
        return context.fail(document.error());
    auto pdf = InvoiceDocument::render(database, document->id, dataDirOf(database));
    if (!pdf)
        return context.fail(pdf.error());
    const QString output = parser.value(outputOption);
    if (Status written = writeOutput(output, *pdf); !written)
        return context.fail(written.error());
    if (output.isEmpty() || output == u"-")
        return ExitOk;
    context.print(QJsonObject{{QStringLiteral("id"), document->id},
                              {QStringLiteral("number"), textOrNull(document->number)},
                              {QStringLiteral("output"), QFileInfo(output).absoluteFilePath()},
                              {QStringLiteral("bytes"), qint64(pdf->size())}},
                  CliContext::tr("%1 written to %2.").arg(documentLabel(*document), QDir::toNativeSeparators(output)));
    return ExitOk;
}

int runList(CliContext& context, Scope scope, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(scope == Scope::Quote ? CliContext::tr("Lists quotes, newest first.")
                                                           : CliContext::tr("Lists invoices, deposit invoices and "
                                                                            "credit notes, newest first."));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliContext::tr("Only this client’s: id or name."),
                                          QStringLiteral("client"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), CliContext::tr("invoice, deposit or credit_note."),
                                        QStringLiteral("kind"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          scope == Scope::Quote
                                              ? CliContext::tr("draft, sent, accepted, refused or expired.")
                                              : CliContext::tr("draft, issued or sent."),
                                          QStringLiteral("status"));
    const QCommandLineOption outstandingOption(QStringLiteral("outstanding"),
                                               CliContext::tr("Only issued invoices not fully paid."));
    const QCommandLineOption searchOption(QStringLiteral("search"), CliContext::tr("Text in the number or client name."),
                                          QStringLiteral("text"));
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("Issued on or after this day."),
                                       QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("Issued on or before this day."),
                                      QStringLiteral("date"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), CliContext::tr("At most this many (default 500)."),
                                         QStringLiteral("n"));
    parser.addOptions({clientOption, statusOption, searchOption, fromOption, toOption, limitOption});
    if (scope == Scope::Invoice)
        parser.addOptions({kindOption, outstandingOption});
    const QString verb = commandName(scope) + QStringLiteral(" list");
    if (auto done = parseVerb(context, parser, verb, arguments))
        return *done;
    DocumentRepository::Filter filter;
    if (scope == Scope::Quote) {
        filter.kinds = {BillingDocument::Kind::Quote};
    } else if (parser.isSet(kindOption)) {
        const auto kind = BillingDocument::kindFromKey(parser.value(kindOption).trimmed().toLower());
        if (!kind || *kind == BillingDocument::Kind::Quote)
            return context.usage(CliContext::tr("--kind: use invoice, deposit or credit_note."));
        filter.kinds = {*kind};
    } else {
        filter.kinds = {BillingDocument::Kind::Invoice, BillingDocument::Kind::Deposit,
                        BillingDocument::Kind::CreditNote};
    }
    if (parser.isSet(statusOption)) {
        const auto status = BillingDocument::statusFromKey(parser.value(statusOption).trimmed().toLower());
        if (!status)
            return context.usage(CliContext::tr("--status: “%1” is not a status.").arg(parser.value(statusOption)));
        filter.statuses = {*status};
    }
    filter.outstandingOnly = scope == Scope::Invoice && parser.isSet(outstandingOption);
    filter.search = parser.value(searchOption).trimmed();
    if (parser.isSet(fromOption)) {
        const auto date = parseIsoDate(parser.value(fromOption));
        if (!date)
            return context.usage(CliContext::tr("--from: give a date such as 2026-11-01."));
        filter.from = *date;
    }
    if (parser.isSet(toOption)) {
        const auto date = parseIsoDate(parser.value(toOption));
        if (!date)
            return context.usage(CliContext::tr("--to: give a date such as 2026-11-30."));
        filter.to = *date;
    }
    int limit = 500;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return context.usage(CliContext::tr("--limit: give a positive number."));
    }
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    if (parser.isSet(clientOption)) {
        auto client = ClientRepository(database).resolve(parser.value(clientOption));
        if (!client)
            return context.fail(client.error());
        filter.clientId = client->id;
    }
    auto rows = DocumentRepository(database).list(filter, limit);
    if (!rows)
        return context.fail(rows.error());
    QJsonArray array;
    QList<QStringList> table;
    for (const DocumentRepository::Summary& row : std::as_const(*rows)) {
        array << summaryJson(row);
        table << QStringList{QString::number(row.id),
                             row.number.isEmpty() ? CliContext::tr("(draft)") : row.number,
                             BillingDocument::kindText(row.kind),
                             row.issueDate.isValid() ? row.issueDate.toString(Qt::ISODate) : QString(),
                             row.clientName,
                             moneyText(row.totalCents, row.currency),
                             row.paymentState == PaymentState::None ? BillingDocument::statusText(row.status)
                                                                    : paymentStateText(row.paymentState),
                             row.outstandingCents != 0 ? moneyText(row.outstandingCents, row.currency) : QString()};
    }
    QString text = rows->isEmpty() ? CliContext::tr("No documents.")
                                   : formatTable({CliContext::tr("Id"), CliContext::tr("Number"), CliContext::tr("Kind"),
                                                  CliContext::tr("Issued"), CliContext::tr("Client"),
                                                  CliContext::tr("Total"), CliContext::tr("Status"),
                                                  CliContext::tr("Outstanding")},
                                                 table, {0, 5, 7});
    context.print(array, text);
    return ExitOk;
}

int runShow(CliContext& context, Scope scope, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Shows a document: its lines, totals and balance."));
    parser.addPositionalArgument(QStringLiteral("document"), CliContext::tr("The document’s id or number."));
    if (auto done = parseVerb(context, parser, commandName(scope) + QStringLiteral(" show"), arguments, 1, 1))
        return *done;
    auto opened = openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto document = findDraft(database, scope, parser.positionalArguments().first());
    if (!document)
        return context.fail(document.error());
    return printDocument(context, database, *document);
}

int runCreditNote(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Creates a draft credit note for an issued invoice: the whole invoice, or the lines given."));
    parser.addPositionalArgument(QStringLiteral("invoice"), CliContext::tr("The invoice’s id or number."));
    const QCommandLineOption lineOption(QStringLiteral("line"),
                                        CliContext::tr("A line to credit \"description;quantity;unit price[;VAT %]\" "
                                                       "(repeatable)."),
                                        QStringLiteral("line"));
    parser.addOption(lineOption);
    if (auto done = parseVerb(context, parser, QStringLiteral("invoice credit-note"), arguments, 1, 1))
        return *done;
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto invoice = findDraft(database, Scope::Invoice, parser.positionalArguments().first());
    if (!invoice)
        return context.fail(invoice.error());
    std::optional<QList<DocumentLine>> lines;
    if (parser.isSet(lineOption)) {
        QList<DocumentLine> parsed;
        if (auto appended = appendLines(database, parser.values(lineOption), {}, invoice->currency, parsed);
            !appended)
            return context.fail(appended.error());
        lines = parsed;
    }
    auto note = InvoiceIssuer(database, dataDirOf(database)).createCreditNote(invoice->id, lines);
    if (!note)
        return context.fail(note.error());
    return printDocument(context, database, *note,
                         CliContext::tr("Draft credit note %1 created for %2.").arg(QString::number(note->id),
                                                                                    invoice->number));
}

int runDelete(CliContext& context, Scope scope, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Deletes a draft (issued documents are never deleted)."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The draft’s id."));
    if (auto done = parseVerb(context, parser, commandName(scope) + QStringLiteral(" delete"), arguments, 1, 1))
        return *done;
    const auto id = parseId(parser.positionalArguments().first());
    if (!id)
        return context.usage(CliContext::tr("“%1” is not a draft’s id.").arg(parser.positionalArguments().first()));
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto draft = findDraft(database, scope, QString::number(*id));
    if (!draft)
        return context.fail(draft.error());
    if (Status removed = DocumentRepository(database).removeDraft(*id); !removed)
        return context.fail(removed.error());
    context.print(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("deleted"), true}},
                  CliContext::tr("Draft %1 deleted.").arg(*id));
    return ExitOk;
}

int runMonthly(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Makes the monthly drafts of package and fixed-fee missions for the months that ended."));
    if (auto done = parseVerb(context, parser, QStringLiteral("invoice monthly"), arguments))
        return *done;
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const QDate today = LocalCalendar::forDatabase(database).dayOf(database.clock().nowMs());
    auto drafts = InvoiceFromTime(database).monthlyDrafts(today);
    if (!drafts)
        return context.fail(drafts.error());
    QJsonArray array;
    QList<QStringList> table;
    for (const BillingDocument& draft : std::as_const(*drafts)) {
        const QString client = clientNameOf(database, draft.clientId);
        array << documentJson(draft, std::nullopt, client);
        table << QStringList{QString::number(draft.id), client, draft.title, moneyText(draft.totalCents, draft.currency)};
    }
    context.print(array, drafts->isEmpty() ? CliContext::tr("No monthly draft to make.")
                                           : CliContext::tr("%n draft(s) made, to review:", nullptr, int(drafts->size()))
                                                 + u'\n'
                                                 + formatTable({CliContext::tr("Id"), CliContext::tr("Client"),
                                                                CliContext::tr("Title"), CliContext::tr("Total")},
                                                               table, {0, 3}));
    return ExitOk;
}

int runSeries(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Shows the numbering series, or changes one’s pattern ({YYYY} or {YY}, and {NNNN}) and yearly "
                       "reset."));
    const QCommandLineOption seriesOption(QStringLiteral("series"), CliContext::tr("invoice, credit_note or quote."),
                                          QStringLiteral("series"));
    const QCommandLineOption patternOption(QStringLiteral("pattern"), CliContext::tr("Such as F{YYYY}-{NNNN}."),
                                           QStringLiteral("pattern"));
    const QCommandLineOption noResetOption(QStringLiteral("no-yearly-reset"),
                                           CliContext::tr("Numbers go on from year to year."));
    const QCommandLineOption resetOption(QStringLiteral("yearly-reset"),
                                         CliContext::tr("Numbers restart at 1 every year."));
    parser.addOptions({seriesOption, patternOption, noResetOption, resetOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("invoice series"), arguments))
        return *done;
    const bool changing = parser.isSet(patternOption) || parser.isSet(noResetOption) || parser.isSet(resetOption);
    if (changing && !parser.isSet(seriesOption))
        return context.usage(CliContext::tr("Say which series to change: --series invoice, credit_note or quote."));
    std::optional<BillingDocument::Series> chosen;
    if (parser.isSet(seriesOption)) {
        chosen = BillingDocument::seriesFromKey(parser.value(seriesOption).trimmed().toLower());
        if (!chosen)
            return context.usage(CliContext::tr("--series: use invoice, credit_note or quote."));
    }
    auto opened = changing ? context.openDatabase() : openReadOnly(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    DocumentRepository documents(database);
    if (changing) {
        auto settings = documents.seriesSettings(*chosen);
        if (!settings)
            return context.fail(settings.error());
        if (parser.isSet(patternOption))
            settings->pattern = parser.value(patternOption).trimmed();
        if (parser.isSet(noResetOption))
            settings->yearlyReset = false;
        if (parser.isSet(resetOption))
            settings->yearlyReset = true;
        if (Status set = documents.setSeriesSettings(*chosen, *settings); !set)
            return context.fail(set.error());
    }
    const int year = LocalCalendar::forDatabase(database).dayOf(database.clock().nowMs()).year();
    QJsonArray array;
    QList<QStringList> table;
    for (BillingDocument::Series series :
         {BillingDocument::Series::Invoice, BillingDocument::Series::CreditNote, BillingDocument::Series::Quote}) {
        if (chosen && series != *chosen)
            continue;
        auto settings = documents.seriesSettings(series);
        if (!settings)
            return context.fail(settings.error());
        const QString example = InvoiceIssuer::formatNumber(settings->pattern, year, 1);
        array << QJsonObject{{QStringLiteral("series"), BillingDocument::seriesKey(series)},
                             {QStringLiteral("pattern"), settings->pattern},
                             {QStringLiteral("yearlyReset"), settings->yearlyReset},
                             {QStringLiteral("example"), example}};
        table << QStringList{BillingDocument::seriesKey(series), settings->pattern,
                             settings->yearlyReset ? CliContext::tr("yes") : CliContext::tr("no"), example};
    }
    const QJsonValue value = chosen ? QJsonValue(array.first()) : QJsonValue(array);
    context.print(value, formatTable({CliContext::tr("Series"), CliContext::tr("Pattern"),
                                      CliContext::tr("Yearly reset"), CliContext::tr("Example")},
                                     table));
    return ExitOk;
}

int runQuoteAnswer(CliContext& context, const QString& verb, const QStringList& arguments)
{
    QCommandLineParser parser;
    const bool toInvoice = verb == u"to-invoice";
    parser.setApplicationDescription(
        toInvoice ? CliContext::tr("Marks a sent quote accepted and makes a draft invoice of its lines.")
        : verb == u"accept" ? CliContext::tr("Marks a sent quote accepted.")
                            : CliContext::tr("Marks a sent quote refused."));
    parser.addPositionalArgument(QStringLiteral("quote"), CliContext::tr("The quote’s id or number."));
    if (auto done = parseVerb(context, parser, QStringLiteral("quote ") + verb, arguments, 1, 1))
        return *done;
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto quote = findDraft(database, Scope::Quote, parser.positionalArguments().first());
    if (!quote)
        return context.fail(quote.error());
    if (toInvoice) {
        auto invoice = InvoiceIssuer(database, dataDirOf(database)).invoiceFromQuote(quote->id);
        if (!invoice)
            return context.fail(invoice.error());
        return printDocument(context, database, *invoice,
                             CliContext::tr("Quote %1 accepted; draft invoice %2 created.")
                                 .arg(quote->number, QString::number(invoice->id)));
    }
    const auto status = verb == u"accept" ? BillingDocument::Status::Accepted : BillingDocument::Status::Refused;
    if (Status set = DocumentRepository(database).setStatus(quote->id, status); !set)
        return context.fail(set.error());
    auto updated = DocumentRepository(database).find(quote->id);
    if (!updated)
        return context.fail(updated.error());
    return printDocument(context, database, *updated,
                         status == BillingDocument::Status::Accepted
                             ? CliContext::tr("Quote %1 accepted.").arg(quote->number)
                             : CliContext::tr("Quote %1 refused.").arg(quote->number));
}

const Verb kInvoiceVerbs[] = {
    {u"create", QT_TRANSLATE_NOOP("CliContext", "Create a draft: --client C --line \"desc;qty;price[;vat%]\"… "
                                                "[--kind deposit] [--service-date D] [--discount 10%] [--deduct N]")},
    {u"add-line", QT_TRANSLATE_NOOP("CliContext", "Add lines to a draft: ID --line \"desc;qty;price[;vat%]\"")},
    {u"from-time", QT_TRANSLATE_NOOP("CliContext", "Draft from unbilled time: --client C --from D --to D "
                                                   "[--group-by mission|task|day]")},
    {u"issue", QT_TRANSLATE_NOOP("CliContext", "Issue drafts (numbered, then never changed): ID [ID…]")},
    {u"pdf", QT_TRANSLATE_NOOP("CliContext", "Write the PDF: ID|NUMBER --output FILE (drafts: a preview)")},
    {u"list", QT_TRANSLATE_NOOP("CliContext", "List [--client C] [--kind K] [--status S] [--outstanding] [--search T]")},
    {u"show", QT_TRANSLATE_NOOP("CliContext", "Show lines, totals and balance: ID|NUMBER")},
    {u"credit-note", QT_TRANSLATE_NOOP("CliContext", "Draft credit note for an invoice: ID|NUMBER [--line …]")},
    {u"delete", QT_TRANSLATE_NOOP("CliContext", "Delete a draft: ID")},
    {u"monthly", QT_TRANSLATE_NOOP("CliContext", "Make the monthly drafts of package and fixed-fee missions")},
    {u"series", QT_TRANSLATE_NOOP("CliContext", "Show or set numbering: [--series S --pattern P --no-yearly-reset]")},
};

const Verb kQuoteVerbs[] = {
    {u"create", QT_TRANSLATE_NOOP("CliContext", "Create a draft quote: --client C --line \"desc;qty;price[;vat%]\"… "
                                                "[--due D]")},
    {u"add-line", QT_TRANSLATE_NOOP("CliContext", "Add lines to a draft quote: ID --line …")},
    {u"issue", QT_TRANSLATE_NOOP("CliContext", "Number draft quotes and mark them sent: ID [ID…]")},
    {u"pdf", QT_TRANSLATE_NOOP("CliContext", "Write the PDF: ID|NUMBER --output FILE")},
    {u"list", QT_TRANSLATE_NOOP("CliContext", "List quotes [--client C] [--status S] [--search T]")},
    {u"show", QT_TRANSLATE_NOOP("CliContext", "Show a quote: ID|NUMBER")},
    {u"accept", QT_TRANSLATE_NOOP("CliContext", "Mark a sent quote accepted: ID|NUMBER")},
    {u"refuse", QT_TRANSLATE_NOOP("CliContext", "Mark a sent quote refused: ID|NUMBER")},
    {u"to-invoice", QT_TRANSLATE_NOOP("CliContext", "Accept a quote and draft its invoice: ID|NUMBER")},
    {u"delete", QT_TRANSLATE_NOOP("CliContext", "Delete a draft quote: ID")},
};

} // namespace

int runInvoiceCommand(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"create")
        return runCreate(context, Scope::Invoice, rest);
    if (verb == u"add-line")
        return runAddLine(context, Scope::Invoice, rest);
    if (verb == u"from-time")
        return runFromTime(context, rest);
    if (verb == u"issue")
        return runIssue(context, Scope::Invoice, rest);
    if (verb == u"pdf")
        return runPdf(context, Scope::Invoice, rest);
    if (verb == u"list")
        return runList(context, Scope::Invoice, rest);
    if (verb == u"show")
        return runShow(context, Scope::Invoice, rest);
    if (verb == u"credit-note")
        return runCreditNote(context, rest);
    if (verb == u"delete")
        return runDelete(context, Scope::Invoice, rest);
    if (verb == u"monthly")
        return runMonthly(context, rest);
    if (verb == u"series")
        return runSeries(context, rest);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("invoice"), kInvoiceVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(CliContext::tr("invoice needs a command: create, add-line, from-time, issue, pdf, list, "
                                            "show, credit-note, delete, monthly or series; see bureau-cli invoice "
                                            "--help."));
    return context.usage(CliContext::tr("Unknown invoice command “%1”; see bureau-cli invoice --help.").arg(verb));
}

int runQuoteCommand(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"create")
        return runCreate(context, Scope::Quote, rest);
    if (verb == u"add-line")
        return runAddLine(context, Scope::Quote, rest);
    if (verb == u"issue")
        return runIssue(context, Scope::Quote, rest);
    if (verb == u"pdf")
        return runPdf(context, Scope::Quote, rest);
    if (verb == u"list")
        return runList(context, Scope::Quote, rest);
    if (verb == u"show")
        return runShow(context, Scope::Quote, rest);
    if (verb == u"delete")
        return runDelete(context, Scope::Quote, rest);
    if (verb == u"accept" || verb == u"refuse" || verb == u"to-invoice")
        return runQuoteAnswer(context, verb, rest);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("quote"), kQuoteVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(CliContext::tr("quote needs a command: create, add-line, issue, pdf, list, show, accept, "
                                            "refuse, to-invoice or delete; see bureau-cli quote --help."));
    return context.usage(CliContext::tr("Unknown quote command “%1”; see bureau-cli quote --help.").arg(verb));
}

} // namespace Bureau::Cli

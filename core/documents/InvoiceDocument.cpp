// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/InvoiceDocument.h"

#include "core/documents/DocumentRenderer.h"
#include "core/domain/Identifiers.h"
#include "core/domain/InvoiceTotals.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPagedPaintDevice>

namespace Bureau
{

namespace
{

using Pairs = QList<std::pair<QString, QString>>;
using Kind = BillingDocument::Kind;
using VatCase = BillingDocument::VatCase;

/** French names of the countries clients are most often in (Qt 6.4 names territories in English only). */
QString frenchCountryName(const QString& code)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("AT"), QStringLiteral("Autriche")},
        {QStringLiteral("BE"), QStringLiteral("Belgique")},
        {QStringLiteral("BG"), QStringLiteral("Bulgarie")},
        {QStringLiteral("CY"), QStringLiteral("Chypre")},
        {QStringLiteral("CZ"), QStringLiteral("Tchéquie")},
        {QStringLiteral("DE"), QStringLiteral("Allemagne")},
        {QStringLiteral("DK"), QStringLiteral("Danemark")},
        {QStringLiteral("EE"), QStringLiteral("Estonie")},
        {QStringLiteral("ES"), QStringLiteral("Espagne")},
        {QStringLiteral("FI"), QStringLiteral("Finlande")},
        {QStringLiteral("FR"), QStringLiteral("France")},
        {QStringLiteral("GR"), QStringLiteral("Grèce")},
        {QStringLiteral("HR"), QStringLiteral("Croatie")},
        {QStringLiteral("HU"), QStringLiteral("Hongrie")},
        {QStringLiteral("IE"), QStringLiteral("Irlande")},
        {QStringLiteral("IT"), QStringLiteral("Italie")},
        {QStringLiteral("LT"), QStringLiteral("Lituanie")},
        {QStringLiteral("LU"), QStringLiteral("Luxembourg")},
        {QStringLiteral("LV"), QStringLiteral("Lettonie")},
        {QStringLiteral("MT"), QStringLiteral("Malte")},
        {QStringLiteral("NL"), QStringLiteral("Pays-Bas")},
        {QStringLiteral("PL"), QStringLiteral("Pologne")},
        {QStringLiteral("PT"), QStringLiteral("Portugal")},
        {QStringLiteral("RO"), QStringLiteral("Roumanie")},
        {QStringLiteral("SE"), QStringLiteral("Suède")},
        {QStringLiteral("SI"), QStringLiteral("Slovénie")},
        {QStringLiteral("SK"), QStringLiteral("Slovaquie")},
        {QStringLiteral("CH"), QStringLiteral("Suisse")},
        {QStringLiteral("MC"), QStringLiteral("Monaco")},
        {QStringLiteral("GB"), QStringLiteral("Royaume-Uni")},
        {QStringLiteral("NO"), QStringLiteral("Norvège")},
        {QStringLiteral("US"), QStringLiteral("États-Unis")},
        {QStringLiteral("CA"), QStringLiteral("Canada")},
        {QStringLiteral("MA"), QStringLiteral("Maroc")},
        {QStringLiteral("TN"), QStringLiteral("Tunisie")},
        {QStringLiteral("DZ"), QStringLiteral("Algérie")},
        {QStringLiteral("SN"), QStringLiteral("Sénégal")},
        {QStringLiteral("CI"), QStringLiteral("Côte d’Ivoire")},
        {QStringLiteral("AU"), QStringLiteral("Australie")},
        {QStringLiteral("JP"), QStringLiteral("Japon")},
        {QStringLiteral("CN"), QStringLiteral("Chine")},
        {QStringLiteral("BR"), QStringLiteral("Brésil")},
        {QStringLiteral("IL"), QStringLiteral("Israël")},
        {QStringLiteral("AE"), QStringLiteral("Émirats arabes unis")},
    };
    return names.value(code.toUpper());
}

/** The country's name in the document's language where known, in English otherwise. */
QString countryName(const QString& code, const DocumentLanguage& language)
{
    if (language.code() == QLatin1String("fr")) {
        if (const QString name = frenchCountryName(code); !name.isEmpty())
            return name;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    const QLocale local(language.locale().language(), territory);
    if (local.territory() == territory && local.language() == language.locale().language())
        return local.nativeTerritoryName();
    return QLocale::territoryToString(territory);
}

/** Street lines, then "postal code city", then the country when it is not @p homeCountry. */
QStringList addressLines(const QStringList& street, const QString& postalCode, const QString& city,
                         const QString& country, const QString& homeCountry, const DocumentLanguage& language)
{
    QStringList lines;
    for (const QString& line : street) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    const QString town = QStringList{postalCode.trimmed(), city.trimmed()}.join(u' ').trimmed();
    if (!town.isEmpty())
        lines.append(town);
    if (!country.isEmpty() && country != homeCountry)
        lines.append(countryName(country, language));
    return lines;
}

/** The document's kind as its title: "Facture", "Avoir", … */
QString kindTitle(Kind kind, const DocumentLanguage& l)
{
    switch (kind) {
    case Kind::Quote:
        return l.translate("InvoiceDocument", "Quote");
    case Kind::Invoice:
        return l.translate("InvoiceDocument", "Invoice");
    case Kind::Deposit:
        return l.translate("InvoiceDocument", "Deposit invoice");
    case Kind::CreditNote:
        return l.translate("InvoiceDocument", "Credit note");
    }
    return {};
}

QString unitText(DocumentLine::Unit unit, const DocumentLanguage& l)
{
    switch (unit) {
    case DocumentLine::Unit::Hour:
        return l.translate("InvoiceDocument", "hour", "unit");
    case DocumentLine::Unit::Day:
        return l.translate("InvoiceDocument", "day", "unit");
    case DocumentLine::Unit::Unit:
        return l.translate("InvoiceDocument", "unit", "unit");
    case DocumentLine::Unit::Flat:
        return l.translate("InvoiceDocument", "flat fee", "unit");
    }
    return {};
}

/** Thousandths as a quantity with no useless decimals: 2500 → "2,5". */
QString quantityText(qint64 thousandths, const DocumentLanguage& l)
{
    int decimals = 3;
    for (qint64 rest = thousandths % 1000; decimals > 0 && rest % 10 == 0; rest /= 10)
        --decimals;
    if (thousandths % 1000 == 0)
        decimals = 0;
    return l.locale().toString(static_cast<double>(thousandths) / 1000.0, 'f', decimals);
}

QString identifierLine(const QString& digits, const DocumentLanguage& l)
{
    const QString formatted = Identifiers::formatSirenOrSiret(digits);
    return digits.size() == 9 ? l.translate("InvoiceDocument", "SIREN: %1").arg(formatted)
                              : l.translate("InvoiceDocument", "SIRET: %1").arg(formatted);
}

DocumentBox sellerBox(const DocumentSnapshot& snapshot, const DocumentLanguage& l)
{
    const BusinessProfile& seller = snapshot.seller;
    DocumentBox box;
    box.title = l.translate("InvoiceDocument", "Service provider");
    box.lines.append(seller.legalNameWithMention());
    if (!seller.tradeName.trimmed().isEmpty())
        box.lines.append(l.translate("InvoiceDocument", "Trading as %1").arg(seller.tradeName.trimmed()));
    box.lines +=
        addressLines(seller.addressLines, seller.postalCode, seller.city, seller.country, snapshot.client.country, l);
    if (!seller.siret.isEmpty())
        box.lines.append(identifierLine(seller.siret, l));
    if (!seller.vatNumber.isEmpty())
        box.lines.append(l.translate("InvoiceDocument", "VAT number: %1").arg(seller.vatNumber));
    if (!seller.email.isEmpty())
        box.lines.append(seller.email);
    if (!seller.phone.isEmpty())
        box.lines.append(seller.phone);
    return box;
}

DocumentBox clientBox(const DocumentSnapshot& snapshot, const DocumentLanguage& l)
{
    const Client& client = snapshot.client;
    DocumentBox box;
    box.title = l.translate("InvoiceDocument", "Client");
    const QString legalForm = client.legalForm.trimmed();
    const QString name = client.name.trimmed();
    box.lines.append(
        legalForm.isEmpty() || name.endsWith(legalForm, Qt::CaseInsensitive) ? name : QString(name + u' ' + legalForm));
    box.lines += addressLines(client.addressLines, client.postalCode, client.city, client.country,
                              snapshot.seller.country, l);
    const bool french = client.country.isEmpty() || client.country == QLatin1String("FR");
    if (client.professional && french && !client.siret.isEmpty())
        box.lines.append(identifierLine(client.siren().isEmpty() ? client.siret : client.siren(), l));
    if (client.professional && Identifiers::isEuCountry(client.country.isEmpty() ? QStringLiteral("FR") : client.country)
        && !client.vatNumber.isEmpty())
        box.lines.append(l.translate("InvoiceDocument", "VAT number: %1").arg(client.vatNumber));
    return box;
}

/** The seller's identity at the foot of every page. */
QString footerText(const BusinessProfile& seller, const DocumentLanguage& l)
{
    QStringList parts{seller.legalNameWithMention()};
    QStringList address = seller.addressLines;
    address.append(QStringList{seller.postalCode, seller.city}.join(u' ').trimmed());
    for (QString& line : address)
        line = line.trimmed();
    address.removeAll(QString());
    if (!address.isEmpty())
        parts.append(address.join(QStringLiteral(", ")));
    if (!seller.siret.isEmpty())
        parts.append(
            l.translate("InvoiceDocument", "SIRET %1", "footer").arg(Identifiers::formatSirenOrSiret(seller.siret)));
    if (!seller.vatNumber.isEmpty())
        parts.append(l.translate("InvoiceDocument", "VAT number %1", "footer").arg(seller.vatNumber));
    return parts.join(QStringLiteral(" · "));
}

QString periodText(const BillingDocument& document, const DocumentLanguage& l)
{
    if (!document.serviceFrom.isValid())
        return l.date(document.serviceTo);
    if (!document.serviceTo.isValid() || document.serviceTo == document.serviceFrom)
        return l.date(document.serviceFrom);
    if (document.serviceFrom.year() == document.serviceTo.year()
        && document.serviceFrom.month() == document.serviceTo.month()
        && document.serviceFrom < document.serviceTo) {
        // "1 to 30 November 2026", "du 1 au 30 novembre 2026".
        return l.translate("InvoiceDocument", "%1 to %2", "days of one month")
            .arg(l.locale().toString(document.serviceFrom.day()), l.date(document.serviceTo));
    }
    return l.translate("InvoiceDocument", "%1 to %2").arg(l.date(document.serviceFrom), l.date(document.serviceTo));
}

/** The VAT mention of the case, printed near the totals. */
QString vatMention(VatCase vatCase, const DocumentSnapshot& snapshot)
{
    switch (vatCase) {
    case VatCase::Vat:
        return {};
    case VatCase::Franchise:
        return snapshot.mentions.value(DocumentSnapshot::Mention::franchise);
    case VatCase::ReverseCharge:
        return snapshot.mentions.value(DocumentSnapshot::Mention::reverseCharge);
    case VatCase::OutsideEu:
        return snapshot.mentions.value(DocumentSnapshot::Mention::outsideEu);
    }
    return {};
}

/**
 * The figures printed. A draft's are computed from its lines. An issued document prints the figures
 * stored when it was issued — what its chain seals — so that a later change in how totals are
 * computed never changes a document already sent; only what is not stored — the breakdown per VAT
 * rate, the subtotal before a document discount and that discount — comes from its (stored) lines.
 */
InvoiceTotals::Totals totalsOf(const BillingDocument& document, VatCase vatCase)
{
    auto computed = InvoiceTotals::compute(document, vatCase);
    if (computed && document.isDraft())
        return *computed;
    InvoiceTotals::Totals stored = computed ? *computed : InvoiceTotals::Totals{};
    if (!computed) {
        // (The document stores its discount as typed, an amount or a rate: the amount only then.)
        stored.servicesCents = document.netCents + document.discountCents;
        stored.discountCents = document.discountCents;
    }
    stored.netCents = document.netCents;
    stored.vatCents = document.vatCents;
    stored.disbursementsCents = document.disbursementsCents;
    stored.totalCents = document.totalCents;
    stored.deductedCents = document.deductedCents;
    stored.dueCents = document.dueCents;
    stored.vatEurCents = document.vatEurCents;
    return stored;
}

/** A line's net: stored for an issued document, computed for a draft (as totalsOf). */
qint64 lineNetOf(const BillingDocument& document, const DocumentLine& line)
{
    if (!document.isDraft())
        return line.netCents;
    auto net = InvoiceTotals::lineNet(line, document.currency);
    return net ? *net : line.netCents;
}

QString safeFileName(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool unsafe = c.category() == QChar::Other_Control || c == u'/' || c == u'\\' || c == u':'
                            || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' || c == u'|';
        out += unsafe ? QChar(u'_') : c;
    }
    out = out.trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("document") : out;
}

struct Loaded
{
    BillingDocument document;
    DocumentSnapshot snapshot;
    std::optional<BillingDocument> source;
};

Result<Loaded> load(Database& database, qint64 documentId, const QString& dataDir)
{
    const DocumentRepository repository(database);
    auto document = repository.find(documentId);
    if (!document)
        return document.error();
    Loaded loaded;
    loaded.document = *document;
    if (document->isDraft()) {
        auto snapshot = DocumentSnapshot::capture(database, *document, document->vatCase.value_or(VatCase::Vat),
                                                  dataDir);
        if (!snapshot)
            return snapshot.error();
        loaded.snapshot = *snapshot;
    } else {
        auto snapshot = DocumentSnapshot::fromJson(document->snapshot);
        if (!snapshot)
            return snapshot.error();
        loaded.snapshot = *snapshot;
    }
    if (document->kind == Kind::CreditNote && document->sourceDocumentId > 0) {
        auto source = repository.find(document->sourceDocumentId);
        if (!source)
            return source.error();
        loaded.source = *source;
    }
    return loaded;
}

DocumentModel modelOf(const Loaded& loaded, const QString& dataDir)
{
    return InvoiceDocument::toModel(loaded.document, loaded.snapshot, dataDir,
                                    loaded.source ? &*loaded.source : nullptr);
}

} // namespace

DocumentModel InvoiceDocument::toModel(const BillingDocument& document, const DocumentSnapshot& snapshot,
                                       const QString& dataDir, const BillingDocument* source)
{
    const DocumentLanguage l(document.language);
    const VatCase vatCase = document.vatCase.value_or(VatCase::Vat);
    const bool charged = vatCase == VatCase::Vat;
    const InvoiceTotals::Totals totals = totalsOf(document, vatCase);
    const QString& currency = document.currency;
    const auto money = [&](qint64 cents) { return l.money(Money::fromCents(cents, currency)); };
    const bool payable = document.kind == Kind::Invoice || document.kind == Kind::Deposit;

    DocumentModel doc;
    doc.language = l;
    doc.title = kindTitle(document.kind, l);
    doc.draft = document.isDraft();
    doc.reference = doc.draft ? l.translate("InvoiceDocument", "Draft, not numbered") : document.number;
    doc.sellerName = snapshot.seller.legalNameWithMention();
    if (!snapshot.logoPath.isEmpty()) {
        const QString logo = QDir(dataDir).filePath(snapshot.logoPath);
        if (QFileInfo::exists(logo))
            doc.logoFile = logo;
    }
    doc.footer = footerText(snapshot.seller, l);

    doc.addBoxes({sellerBox(snapshot, l), clientBox(snapshot, l)});

    // The references.
    Pairs pairs;
    if (!doc.draft)
        pairs.append({l.translate("InvoiceDocument", "Number"), document.number});
    if (document.issueDate.isValid())
        pairs.append({l.translate("InvoiceDocument", "Issue date"), l.date(document.issueDate)});
    if (document.serviceFrom.isValid() || document.serviceTo.isValid()) {
        const bool period = document.serviceFrom.isValid() && document.serviceTo.isValid()
                            && document.serviceFrom != document.serviceTo;
        pairs.append({period ? l.translate("InvoiceDocument", "Service period")
                             : l.translate("InvoiceDocument", "Service date"),
                      periodText(document, l)});
    }
    if (document.dueDate.isValid() && document.kind != Kind::CreditNote) {
        pairs.append({document.kind == Kind::Quote ? l.translate("InvoiceDocument", "Valid until")
                                                   : l.translate("InvoiceDocument", "Due date"),
                      l.date(document.dueDate)});
    }
    if (!document.purchaseOrder.trimmed().isEmpty())
        pairs.append({l.translate("InvoiceDocument", "Purchase order"), document.purchaseOrder.trimmed()});
    const QString terms = document.paymentTermsDays <= 0
                              ? l.translate("InvoiceDocument", "On receipt")
                          : document.paymentTermsDays == 1
                              ? l.translate("InvoiceDocument", "1 day")
                              : l.translate("InvoiceDocument", "%1 days")
                                    .arg(l.locale().toString(document.paymentTermsDays));
    if (document.kind == Kind::Quote)
        pairs.append({l.translate("InvoiceDocument", "Payment terms"), terms});
    const QString category = snapshot.mentions.value(DocumentSnapshot::Mention::category);
    if (!category.isEmpty())
        pairs.append({l.translate("InvoiceDocument", "Category of operation"), category});
    doc.addKeyValues(pairs).columns = 2;
    if (!document.title.trimmed().isEmpty())
        doc.addParagraph(l.translate("InvoiceDocument", "Subject: %1").arg(document.title.trimmed()),
                         DocumentBlock::Style::Bold);

    if (document.kind == Kind::CreditNote && source) {
        doc.addParagraph(l.translate("InvoiceDocument", "Credit note on invoice %1 of %2.")
                             .arg(source->number, l.date(source->issueDate)),
                         DocumentBlock::Style::Bold);
    }

    // The lines: services, then disbursements apart.
    DocumentTable services;
    services.columns = {
        {l.translate("InvoiceDocument", "Description"), charged ? 4.2 : 4.8, Qt::AlignLeft},
        {l.translate("InvoiceDocument", "Qty"), 0.8, Qt::AlignRight},
        {l.translate("InvoiceDocument", "Unit"), 1.0, Qt::AlignLeft},
        {l.translate("InvoiceDocument", "Unit price"), 1.6, Qt::AlignRight},
    };
    if (charged)
        services.columns.append({l.translate("InvoiceDocument", "VAT"), 0.85, Qt::AlignRight});
    services.columns.append({charged ? l.translate("InvoiceDocument", "Net excl. VAT")
                                     : l.translate("InvoiceDocument", "Amount"),
                             1.55, Qt::AlignRight});
    DocumentTable disbursements;
    disbursements.columns = {
        {l.translate("InvoiceDocument", "Disbursements (outside the taxable base)"), 6.0, Qt::AlignLeft},
        {l.translate("InvoiceDocument", "Amount"), 1.55, Qt::AlignRight},
    };
    for (const DocumentLine& line : document.lines) {
        const qint64 net = lineNetOf(document, line);
        if (line.kind == DocumentLine::Kind::Disbursement) {
            // The receipt goes with the invoice (it is in the client's files); the line says so.
            // (A credit note cites the invoice that had the receipt: nothing is enclosed with it.)
            const bool enclosed = line.receiptFileId > 0 && document.kind != BillingDocument::Kind::CreditNote;
            disbursements.addRow(
                {enclosed ? line.description + u'\n' + l.translate("InvoiceDocument", "Receipt enclosed")
                          : line.description,
                 money(net)});
            continue;
        }
        QString description = line.description;
        if (line.discountBasisPoints > 0) {
            description += u'\n'
                           + l.translate("InvoiceDocument", "Discount of %1").arg(l.percent(line.discountBasisPoints));
        }
        QStringList cells{description, quantityText(line.quantityThousandths, l), unitText(line.unit, l),
                          money(line.unitPriceCents)};
        if (charged)
            cells.append(l.percent(line.vatBasisPoints));
        cells.append(money(net));
        services.addRow(cells);
    }
    doc.addTable(services);
    if (!disbursements.rows.isEmpty()) {
        doc.addSpacer(4);
        doc.addTable(disbursements);
    }

    // The totals, right-aligned.
    Pairs figures;
    QList<int> emphasized;
    if (totals.discountCents != 0) {
        figures.append({l.translate("InvoiceDocument", "Subtotal"), money(totals.servicesCents)});
        figures.append({document.discountBasisPoints > 0
                            ? l.translate("InvoiceDocument", "Discount (%1)").arg(l.percent(document.discountBasisPoints))
                            : l.translate("InvoiceDocument", "Discount"),
                        money(-totals.discountCents)});
    }
    figures.append({l.translate("InvoiceDocument", "Total excl. VAT"), money(totals.netCents)});
    if (charged) {
        for (const InvoiceTotals::RateLine& rate : totals.rates) {
            figures.append({l.translate("InvoiceDocument", "VAT %1 on %2")
                                .arg(l.percent(rate.vatBasisPoints), money(rate.baseCents)),
                            money(rate.vatCents)});
        }
        if (totals.rates.size() > 1)
            figures.append({l.translate("InvoiceDocument", "Total VAT"), money(totals.vatCents)});
    } else {
        figures.append({l.translate("InvoiceDocument", "VAT"), money(totals.vatCents)});
    }
    if (totals.disbursementsCents != 0)
        figures.append({l.translate("InvoiceDocument", "Disbursements"), money(totals.disbursementsCents)});
    emphasized.append(static_cast<int>(figures.size()));
    figures.append({charged ? l.translate("InvoiceDocument", "Total incl. VAT") : l.translate("InvoiceDocument", "Total"),
                    money(totals.totalCents)});
    for (const DocumentDeduction& deduction : document.deductions) {
        figures.append({l.translate("InvoiceDocument", "Deposit invoice %1 of %2")
                            .arg(deduction.depositNumber,
                                 l.locale().toString(deduction.depositIssueDate, QLocale::ShortFormat)),
                        money(-deduction.amountCents)});
    }
    if (payable) {
        emphasized.append(static_cast<int>(figures.size()));
        figures.append({l.translate("InvoiceDocument", "Amount due"), money(totals.dueCents)});
    }
    if (totals.vatEurCents && currency != QLatin1String("EUR")) {
        figures.append({l.translate("InvoiceDocument", "VAT total in euros"),
                        l.money(Money::fromCents(*totals.vatEurCents, QStringLiteral("EUR")))});
    }
    // Payment details at the left of the totals.
    const BusinessProfile& seller = snapshot.seller;
    DocumentBlock& totalsBlock = doc.addTotals(figures, emphasized);
    if (payable) {
        DocumentBox payment;
        payment.title = l.translate("InvoiceDocument", "Payment");
        if (!seller.iban.isEmpty()) {
            payment.lines.append(l.translate("InvoiceDocument", "By bank transfer"));
            payment.lines.append(l.translate("InvoiceDocument", "IBAN: %1").arg(Identifiers::formatIban(seller.iban)));
            if (!seller.bic.isEmpty())
                payment.lines.append(l.translate("InvoiceDocument", "BIC: %1").arg(seller.bic));
        }
        if (!doc.draft)
            payment.lines.append(l.translate("InvoiceDocument", "Reference: %1").arg(document.number));
        payment.lines.append(l.translate("InvoiceDocument", "Payment terms: %1").arg(terms));
        if (!payment.lines.isEmpty())
            totalsBlock.boxes.append(payment);
    }

    // The VAT mention of the case, prominent beside the totals.
    const QString mention = vatMention(vatCase, snapshot);
    if (!mention.isEmpty())
        doc.addParagraph(mention, DocumentBlock::Style::Bold);
    const QString debits = snapshot.mentions.value(DocumentSnapshot::Mention::vatOnDebits);
    if (charged && !debits.isEmpty())
        doc.addParagraph(debits);

    if (!document.notes.trimmed().isEmpty())
        doc.addParagraph(document.notes.trimmed());

    // The payment mentions, as small print.
    QStringList smallPrint;
    for (const QLatin1String key : {DocumentSnapshot::Mention::latePayment, DocumentSnapshot::Mention::recoveryFee,
                                    DocumentSnapshot::Mention::discount}) {
        const QString text = snapshot.mentions.value(key).trimmed();
        if (!text.isEmpty())
            smallPrint.append(text);
    }
    if (!smallPrint.isEmpty())
        doc.addParagraph(smallPrint.join(u'\n'), DocumentBlock::Style::Small);
    return doc;
}

Result<QByteArray> InvoiceDocument::render(Database& database, qint64 documentId, const QString& dataDir)
{
    auto loaded = load(database, documentId, dataDir);
    if (!loaded)
        return loaded.error();
    return DocumentRenderer::render(modelOf(*loaded, dataDir));
}

Status InvoiceDocument::paint(Database& database, qint64 documentId, const QString& dataDir, QPagedPaintDevice& device)
{
    auto loaded = load(database, documentId, dataDir);
    if (!loaded)
        return loaded.error();
    return DocumentRenderer::paint(modelOf(*loaded, dataDir), device);
}

Result<QString> InvoiceDocument::archive(Database& database, qint64 documentId, const QString& dataDir)
{
    auto loaded = load(database, documentId, dataDir);
    if (!loaded)
        return loaded.error();
    const BillingDocument& document = loaded->document;
    if (document.isDraft()) {
        return Error::make(Error::Kind::Invalid,
                           tr("A draft cannot be archived: issue it first, then its PDF is archived."));
    }
    const QDir data(dataDir);
    if (!document.pdfPath.isEmpty())
        return data.filePath(document.pdfPath);

    auto pdf = DocumentRenderer::render(modelOf(*loaded, dataDir));
    if (!pdf)
        return pdf.error();
    const int year = document.numberYear > 0 ? document.numberYear : document.issueDate.year();
    // One folder per series: numbers are unique within a series only (two patterns may coincide).
    const QString folder = QStringLiteral("archive/%1/%2").arg(year).arg(BillingDocument::seriesKey(document.series()));
    const QString relative = folder + u'/' + safeFileName(document.number) + QStringLiteral(".pdf");
    if (!data.mkpath(folder)) {
        return Error::make(Error::Kind::Io,
                           tr("The archive folder %1 could not be created.").arg(data.filePath(folder)));
    }
    const QString absolute = data.filePath(relative);
    if (Status saved = DocumentRenderer::save(*pdf, absolute); !saved)
        return saved.error();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex());
    if (Status recorded = DocumentRepository(database).recordPdf(documentId, relative, sha256); !recorded)
        return recorded.error();
    return absolute;
}

QString InvoiceDocument::suggestedFileName(const BillingDocument& document)
{
    const DocumentLanguage l(document.language);
    const QString name = document.isDraft()
                             ? l.translate("InvoiceDocument", "%1 (draft)").arg(kindTitle(document.kind, l))
                             : QString(kindTitle(document.kind, l) + u' ' + document.number);
    return safeFileName(name) + QStringLiteral(".pdf");
}

} // namespace Bureau

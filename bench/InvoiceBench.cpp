// SPDX-License-Identifier: GPL-3.0-or-later
// Developer-facing: its strings are not translated.
#include "InvoiceBench.h"

#include "core/documents/DocumentRenderer.h"
#include "core/documents/InvoiceDocument.h"
#include "core/domain/InvoiceTotals.h"
#include "core/services/InvoiceIssuer.h"
#include "core/services/RevenueReport.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Bureau::Bench
{

namespace
{

// DESIGN.md, Performance budget.
constexpr double kInvoicePdfBudgetMs = 15;
constexpr double kIssueBudgetMs = 10;
constexpr double kListBudgetMs = 50;
constexpr double kReportBudgetMs = 20;

const QString& benchClientName()
{
    static const QString name = QStringLiteral("Bench: issue transaction");
    return name;
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

DocumentLine line(const QString& description, qint64 quantityThousandths, qint64 unitPriceCents, int vat,
                  DocumentLine::Unit unit = DocumentLine::Unit::Hour)
{
    DocumentLine result;
    result.description = description;
    result.quantityThousandths = quantityThousandths;
    result.unitPriceCents = unitPriceCents;
    result.vatBasisPoints = vat;
    result.unit = unit;
    return result;
}

/** Ten lines: nine services at two rates and a disbursement. */
QList<DocumentLine> tenLines(int vatBasisPoints)
{
    QList<DocumentLine> lines;
    for (int i = 1; i <= 9; ++i) {
        lines.append(line(QStringLiteral("Assistance administrative, semaine %1 : agenda, e-mails, relances").arg(i),
                          1500 + 250 * i, 4500, i % 3 == 0 && vatBasisPoints > 0 ? 1000 : vatBasisPoints));
    }
    DocumentLine stamps = line(QStringLiteral("Affranchissement des courriers recommandés"), 1000, 2436, 0,
                               DocumentLine::Unit::Flat);
    stamps.kind = DocumentLine::Kind::Disbursement;
    lines.append(stamps);
    return lines;
}

/** An issued 10-line French invoice under French VAT and its snapshot, as render() reads them. */
std::pair<BillingDocument, DocumentSnapshot> issuedInvoice()
{
    DocumentSnapshot snapshot;
    snapshot.language = QStringLiteral("fr");
    BusinessProfile& seller = snapshot.seller;
    seller.legalName = QStringLiteral("Camille Martin");
    seller.addressLines = {QStringLiteral("12 rue des Lilas")};
    seller.postalCode = QStringLiteral("69003");
    seller.city = QStringLiteral("Lyon");
    seller.siret = QStringLiteral("83271844900016");
    seller.vatRegime = BusinessProfile::VatRegime::VatRegistered;
    seller.vatNumber = QStringLiteral("FR40832718449");
    seller.email = QStringLiteral("camille@example.fr");
    seller.iban = QStringLiteral("FR7630006000011234567890189");
    seller.bic = QStringLiteral("AGRIFRPP");
    Client& client = snapshot.client;
    client.id = 1;
    client.name = QStringLiteral("Atelier Dupont");
    client.siret = QStringLiteral("73282932000074");
    client.addressLines = {QStringLiteral("5 avenue Foch")};
    client.postalCode = QStringLiteral("75016");
    client.city = QStringLiteral("Paris");
    snapshot.mentions = {
        {DocumentSnapshot::Mention::category, QStringLiteral("Prestation de services")},
        {DocumentSnapshot::Mention::latePayment,
         QStringLiteral("En cas de retard de paiement, pénalités au taux de 12,15 % (art. L441-10 du Code de commerce)")},
        {DocumentSnapshot::Mention::recoveryFee,
         QStringLiteral("Indemnité forfaitaire pour frais de recouvrement : 40 € (art. D441-5 du Code de commerce)")},
        {DocumentSnapshot::Mention::discount, QStringLiteral("Pas d’escompte pour paiement anticipé")},
    };

    BillingDocument invoice;
    invoice.id = 1;
    invoice.status = BillingDocument::Status::Issued;
    invoice.number = QStringLiteral("F2026-0042");
    invoice.numberYear = 2026;
    invoice.sequence = 42;
    invoice.issueDate = QDate(2026, 11, 27);
    invoice.serviceFrom = QDate(2026, 11, 1);
    invoice.serviceTo = QDate(2026, 11, 30);
    invoice.dueDate = QDate(2026, 12, 27);
    invoice.title = QStringLiteral("Assistance administrative — novembre 2026");
    invoice.vatCase = BillingDocument::VatCase::Vat;
    invoice.lines = tenLines(2000);
    // Issued: with the totals issuing stores, which its PDF prints.
    if (auto stored = InvoiceTotals::withTotals(invoice, BillingDocument::VatCase::Vat))
        invoice = stored.value();
    return {invoice, snapshot};
}

Result<double> timedPdf(const BillingDocument& invoice, const DocumentSnapshot& snapshot)
{
    QElapsedTimer timer;
    timer.start();
    const auto pdf = DocumentRenderer::render(InvoiceDocument::toModel(invoice, snapshot, QString()));
    const double ms = msSince(timer);
    if (!pdf)
        return pdf.error();
    if (!pdf->startsWith("%PDF-"))
        return Error::make(Error::Kind::Generic, QStringLiteral("not a PDF"));
    return ms;
}

/** A complete profile, stored when the dataset has none that can issue. */
Status ensureProfile(Database& database)
{
    ProfileRepository profiles(database);
    auto stored = profiles.load();
    if (!stored)
        return stored.error();
    if (stored->has_value() && (*stored)->isComplete())
        return {};
    BusinessProfile profile = stored->value_or(BusinessProfile());
    profile.legalName = QStringLiteral("Camille Martin");
    profile.addressLines = {QStringLiteral("12 rue des Lilas")};
    profile.postalCode = QStringLiteral("69003");
    profile.city = QStringLiteral("Lyon");
    profile.siret = QStringLiteral("83271844900016");
    profile.email = QStringLiteral("camille@example.fr");
    profile.iban = QStringLiteral("FR7630006000011234567890189");
    profile.bic = QStringLiteral("AGRIFRPP");
    return profiles.save(profile);
}

/**
 * A French professional client that can be invoiced: the first such client of the dataset (so the
 * dataset keeps the demo's clients only), else the bench's own, created the first time.
 */
Result<qint64> benchClient(Database& database)
{
    {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT id FROM clients WHERE professional = 1 AND country = 'FR' AND siret <> '' "
                                      "AND address <> '' AND city <> '' AND currency = 'EUR' "
                                      "AND (payment_terms_days IS NULL OR payment_terms_days <= 60) ORDER BY id LIMIT 1"))
            && query.next())
            return query.value(0).toLongLong();
    }
    ClientRepository clients(database);
    auto found = clients.findByName(benchClientName());
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->constFirst().id;
    Client client;
    client.name = benchClientName();
    client.professional = true;
    client.kind = Client::Kind::Company;
    client.siret = QStringLiteral("73282932000074");
    client.addressLines = {QStringLiteral("5 avenue Foch")};
    client.postalCode = QStringLiteral("75016");
    client.city = QStringLiteral("Paris");
    client.paymentTermsDays = 30;
    return clients.add(client);
}

/** The clients with the most documents (any clients when there are none), at most @p count. */
Result<QList<std::pair<qint64, QString>>> busiestClients(Database& database, int count)
{
    QList<std::pair<qint64, QString>> result;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.name FROM clients c "
                                 "LEFT JOIN (SELECT client_id, count(*) AS n FROM documents GROUP BY client_id) d "
                                 "ON d.client_id = c.id ORDER BY coalesce(d.n, 0) DESC, c.id LIMIT ?"));
    query.addBindValue(count);
    if (!query.exec())
        return Database::sqlError(QStringLiteral("busiest clients"), query.lastError());
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    query.finish();
    return result;
}

/** Numbers to search for: a few issued ones, or a pattern that matches none. */
Result<QStringList> someNumbers(Database& database, int count)
{
    QStringList result;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT number FROM documents WHERE number IS NOT NULL ORDER BY id DESC LIMIT ?"));
    query.addBindValue(count);
    if (!query.exec())
        return Database::sqlError(QStringLiteral("numbers"), query.lastError());
    while (query.next())
        result.append(query.value(0).toString());
    query.finish();
    if (result.isEmpty())
        result.append(QStringLiteral("F2026-0001"));
    return result;
}

/** The last year with an issued document, or this year when there is none. */
Result<int> lastYear(Database& database)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT max(issue_date) FROM documents WHERE number IS NOT NULL")))
        return Database::sqlError(QStringLiteral("last year"), query.lastError());
    QDate last;
    if (query.next())
        last = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    query.finish();
    return last.isValid() ? last.year() : QDate::currentDate().year();
}

} // namespace

Result<QList<BenchCase>> measureInvoices(const QString& databasePath, const Clock& clock, int runs,
                                         const Progress& progress)
{
    QList<BenchCase> cases;

    // The PDF, in memory: no database.
    {
        BenchCase pdfCase(QStringLiteral("invoice_pdf_10_lines"), QStringLiteral("ms"), kInvoicePdfBudgetMs);
        const auto [invoice, snapshot] = issuedInvoice();
        if (auto warm = timedPdf(invoice, snapshot); !warm)
            return warm.error();
        for (int run = 1; run <= runs; ++run) {
            auto ms = timedPdf(invoice, snapshot);
            if (!ms)
                return ms.error();
            pdfCase.add(*ms);
            progress(pdfCase.name(), run, runs);
        }
        cases.append(pdfCase);
    }

    auto opened = Database::open(databasePath, clock);
    if (!opened)
        return opened.error();
    Database& database = *opened.value();
    const QString dataDir = QFileInfo(database.path()).absolutePath();

    // Issuing: a new draft each run, stored untimed, then issued.
    {
        BenchCase issueCase(QStringLiteral("invoice_issue_transaction"), QStringLiteral("ms"), kIssueBudgetMs);
        if (Status profile = ensureProfile(database); !profile)
            return profile.error();
        auto clientId = benchClient(database);
        if (!clientId)
            return clientId.error();
        auto profile = ProfileRepository(database).load();
        if (!profile)
            return profile.error();
        const bool charges = profile->has_value()
                             && (*profile)->vatRegime == BusinessProfile::VatRegime::VatRegistered;
        DocumentRepository documents(database);
        InvoiceIssuer issuer(database, dataDir);
        for (int run = 1; run <= runs; ++run) {
            BillingDocument draft;
            draft.clientId = *clientId;
            draft.serviceFrom = QDate(2026, 11, 1);
            draft.serviceTo = QDate(2026, 11, 30);
            draft.title = QStringLiteral("Bench run %1").arg(run);
            // Small amounts: the bench must not push the dataset's franchise past its thresholds.
            draft.lines = tenLines(charges ? 2000 : 0);
            for (DocumentLine& each : draft.lines)
                each.unitPriceCents = 100;
            auto stored = documents.addDraft(draft);
            if (!stored)
                return stored.error();
            QElapsedTimer timer;
            timer.start();
            auto issued = issuer.issue(stored->id);
            const double ms = msSince(timer);
            if (!issued)
                return issued.error();
            issueCase.add(ms);
            progress(issueCase.name(), run, runs);
        }
        cases.append(issueCase);
    }

    // The invoices list, filtered on a client, then searched.
    {
        auto clients = busiestClients(database, runs);
        if (!clients)
            return clients.error();
        auto numbers = someNumbers(database, runs);
        if (!numbers)
            return numbers.error();
        BenchCase byClient(QStringLiteral("invoice_list_client"), QStringLiteral("ms"), kListBudgetMs);
        BenchCase bySearch(QStringLiteral("invoice_list_search"), QStringLiteral("ms"), kListBudgetMs);
        const DocumentRepository documents(database);
        for (int run = 1; run <= runs; ++run) {
            const auto& [clientId, clientName] =
                clients->isEmpty() ? std::pair<qint64, QString>{0, QString()} : clients->at((run - 1) % clients->size());
            DocumentRepository::Filter filter;
            filter.clientId = clientId;
            QElapsedTimer timer;
            timer.start();
            auto listed = documents.list(filter);
            byClient.add(msSince(timer));
            if (!listed)
                return listed.error();

            // Odd runs: a piece of a client's name, as typed; even runs: a number.
            DocumentRepository::Filter search;
            search.search = run % 2 == 1 ? clientName.left(5).toLower()
                                         : numbers->at((run / 2) % numbers->size()).right(6);
            timer.restart();
            auto found = documents.list(search);
            bySearch.add(msSince(timer));
            if (!found)
                return found.error();
            progress(byClient.name(), run, runs);
        }
        cases << byClient << bySearch;
    }

    // The revenue report of a year by month.
    {
        auto year = lastYear(database);
        if (!year)
            return year.error();
        BenchCase revenue(QStringLiteral("revenue_year_by_month"), QStringLiteral("ms"), kReportBudgetMs);
        const RevenueReport report(database);
        for (int run = 1; run <= runs; ++run) {
            // A different year each run, back from the last one.
            const int shown = *year - (run - 1) % 3;
            QElapsedTimer timer;
            timer.start();
            auto rows = report.revenue(QDate(shown, 1, 1), QDate(shown, 12, 31), RevenueReport::Granularity::Month);
            revenue.add(msSince(timer));
            if (!rows)
                return rows.error();
            progress(revenue.name(), run, runs);
        }
        cases.append(revenue);
    }
    return cases;
}

} // namespace Bureau::Bench

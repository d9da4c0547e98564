// SPDX-License-Identifier: GPL-3.0-or-later
// Developer-facing: its strings are not translated.
#include "DocumentBench.h"

#include "core/documents/DocumentRenderer.h"
#include "core/documents/MissionLetter.h"
#include "core/domain/Money.h"

#include <QElapsedTimer>
#include <QLocale>

#include <functional>

namespace Bureau::Bench
{

namespace
{

// DESIGN.md, Performance budget.
constexpr double kInvoicePdfBudgetMs = 15;

Money euros(qint64 cents)
{
    return Money::fromCents(cents, QStringLiteral("EUR"));
}

DocumentModel tenRowDocument()
{
    const QLocale french(QLocale::French, QLocale::France);
    DocumentModel model;
    model.language = DocumentLanguage(QStringLiteral("fr"));
    model.title = QStringLiteral("Facture");
    model.reference = QStringLiteral("F2026-0042");
    model.sellerName = QStringLiteral("Camille Martin EI");
    model.footer = QStringLiteral("Camille Martin EI · 12 rue des Lilas, 69001 Lyon · SIRET 732 829 320 00074 · "
                                  "TVA non applicable, art. 293 B du CGI");
    model.addHeading(QStringLiteral("Facture F2026-0042"), 1);
    model.addKeyValues({{QStringLiteral("Date d’émission"), QStringLiteral("27 novembre 2026")},
                        {QStringLiteral("Échéance"), QStringLiteral("27 décembre 2026")},
                        {QStringLiteral("Client"), QStringLiteral("Érable & Fils Inc.\n1200 rue Sherbrooke Ouest\n"
                                                                  "H3A 1H6 Montréal\nCanada")}});
    DocumentTable table;
    table.columns = {{QStringLiteral("Désignation"), 4, Qt::AlignLeft},
                     {QStringLiteral("Quantité"), 1, Qt::AlignRight},
                     {QStringLiteral("Prix unitaire"), 1.5, Qt::AlignRight},
                     {QStringLiteral("Montant HT"), 1.5, Qt::AlignRight}};
    qint64 total = 0;
    for (int row = 1; row <= 10; ++row) {
        const qint64 amount = 6750LL * row;
        total += amount;
        table.addRow({QStringLiteral("Assistance administrative, semaine %1 : agenda, e-mails, relances").arg(row),
                      QStringLiteral("1,50"), euros(4500).format(french), euros(amount).format(french)});
    }
    table.addRow({QStringLiteral("Total"), QString(), QString(), euros(total).format(french)}, true);
    model.addTable(table);
    model.addParagraph(QStringLiteral("En cas de retard de paiement, pénalités au taux de 12,15 % (art. L441-10 du "
                                      "Code de commerce). Indemnité forfaitaire pour frais de recouvrement : 40 € "
                                      "(art. D441-5 du Code de commerce). Pas d’escompte pour paiement anticipé."),
                       DocumentBlock::Style::Small);
    return model;
}

MissionLetterData letter()
{
    MissionLetterData data;
    data.seller.legalName = QStringLiteral("Camille Martin");
    data.seller.addressLines = {QStringLiteral("12 rue des Lilas")};
    data.seller.postalCode = QStringLiteral("69001");
    data.seller.city = QStringLiteral("Lyon");
    data.seller.siret = QStringLiteral("73282932000074");
    data.seller.iban = QStringLiteral("FR1420041010050500013M02606");
    data.client.name = QStringLiteral("Érable & Fils");
    data.client.legalForm = QStringLiteral("Inc.");
    data.client.city = QStringLiteral("Montréal");
    data.client.country = QStringLiteral("CA");
    data.client.language = QStringLiteral("fr");
    data.client.timeZone = QStringLiteral("America/Montreal");
    data.mission.title = QStringLiteral("Assistance administrative");
    data.mission.scopeIncluded = QStringLiteral("Gestion de l’agenda\nTri des e-mails\nRelances");
    data.mission.scopeExcluded = QStringLiteral("Comptabilité");
    data.mission.startsOn = QDate(2026, 12, 1);
    data.mission.billing = Mission::Billing::Package;
    data.mission.packageMinutes = 20 * 60;
    data.mission.packageFee = euros(80000);
    data.mission.overageRate = euros(5000);
    data.mission.timeZone = QStringLiteral("America/Montreal");
    for (int day = 1; day <= 5; ++day)
        data.mission.workingSlots.append(WorkingSlot{day, 9 * 60, 12 * 60});
    data.mission.reporting = Mission::Reporting::Monthly;
    data.date = QDate(2026, 11, 27);
    return data;
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/** One timed render; the PDF is checked to be one so that nothing is optimised away. */
Result<double> timed(const std::function<Result<QByteArray>()>& render)
{
    QElapsedTimer timer;
    timer.start();
    const auto pdf = render();
    const double ms = msSince(timer);
    if (!pdf)
        return pdf.error();
    if (!pdf->startsWith("%PDF-"))
        return Error::make(Error::Kind::Generic, QStringLiteral("not a PDF"));
    return ms;
}

} // namespace

Result<QList<BenchCase>> measureDocuments(int runs)
{
    const DocumentModel table = tenRowDocument();
    const MissionLetterData letterData = letter();
    const auto renderTable = [&] { return DocumentRenderer::render(table); };
    const auto renderLetter = [&] { return MissionLetter::render(letterData); };

    BenchCase first(QStringLiteral("document_first_render"), QStringLiteral("ms"));
    auto firstMs = timed(renderTable);
    if (!firstMs)
        return firstMs.error();
    first.add(*firstMs);

    BenchCase tableCase(QStringLiteral("document_table_10_rows"), QStringLiteral("ms"), kInvoicePdfBudgetMs);
    BenchCase letterCase(QStringLiteral("mission_letter"), QStringLiteral("ms"));
    for (int run = 0; run < runs; ++run) {
        auto tableMs = timed(renderTable);
        if (!tableMs)
            return tableMs.error();
        tableCase.add(*tableMs);
        auto letterMs = timed(renderLetter);
        if (!letterMs)
            return letterMs.error();
        letterCase.add(*letterMs);
    }
    return QList<BenchCase>{first, tableCase, letterCase};
}

} // namespace Bureau::Bench

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentRenderer.h"
#include "core/documents/DocumentFonts.h"
#include "core/documents/DocumentLanguage.h"
#include "core/documents/DocumentModel.h"
#include "core/domain/Money.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStringList>

using namespace Bureau;
using Bureau::Test::runProcess;
using Bureau::Test::TempDir;

namespace
{

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

/** No-break and thin spaces as plain spaces, runs of spaces as one: text as a reader compares it. */
QString simplified(QString text)
{
    for (const char16_t space : {u'\u00a0', u'\u202f', u'\u2009'})
        text.replace(QChar(space), u' ');
    return text.simplified();
}

QString writePdf(const TempDir& dir, const QByteArray& pdf, const QString& name = QStringLiteral("doc.pdf"))
{
    const QString path = dir.file(name);
    Bureau::Test::writeAll(path, pdf);
    return path;
}

/**
 * pdftotext, one string per page: in layout mode (columns kept apart), or in raw mode (the order
 * of the content, which keeps rotated text in one piece).
 */
QStringList pagesOf(const QString& pdfPath, bool raw = false)
{
    const auto result =
        runProcess(QStringLiteral("pdftotext"),
                   {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QStringList pages = result.out.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageCountOf(const QString& pdfPath)
{
    const auto result = runProcess(QStringLiteral("pdfinfo"), {pdfPath});
    REQUIRE(result.exitCode == 0);
    const auto match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(result.out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

DocumentModel invoiceLike(int rows)
{
    DocumentModel model;
    model.language = DocumentLanguage(QStringLiteral("en"));
    model.title = QStringLiteral("Invoice");
    model.reference = QStringLiteral("F2026-0042");
    model.sellerName = QStringLiteral("Camille Martin EI");
    model.footer = u8("Camille Martin EI · 12 rue des Lilas, 69001 Lyon · SIRET 732 829 320 00074 · "
                      "TVA non applicable, art. 293 B du CGI");
    model.addHeading(QStringLiteral("Invoice F2026-0042"), 1);
    model.addParagraph(u8("Prestations réalisées pour Élodie Ça & Cie en novembre 2026."));
    DocumentTable table;
    table.columns = {{QStringLiteral("Description"), 4, Qt::AlignLeft},
                     {QStringLiteral("Quantity"), 1, Qt::AlignRight},
                     {QStringLiteral("Unit price"), 1.5, Qt::AlignRight},
                     {QStringLiteral("Amount"), 1.5, Qt::AlignRight}};
    const QLocale french(QLocale::French, QLocale::France);
    for (int row = 1; row <= rows; ++row) {
        table.addRow({QStringLiteral("Row %1 task").arg(row, 3, 10, QLatin1Char('0')), QStringLiteral("1.50"),
                      Money::fromCents(4500, QStringLiteral("EUR")).format(french),
                      Money::fromCents(6750LL * row, QStringLiteral("EUR")).format(french)});
    }
    table.addRow({QStringLiteral("Total"), QString(), QString(),
                  Money::fromCents(6750LL * rows * (rows + 1) / 2, QStringLiteral("EUR")).format(french)},
                 true);
    model.addTable(table);
    return model;
}

} // namespace

TEST_CASE("A long table runs over pages with the header and footer and its column titles on each", "[documents]")
{
    const DocumentModel model = invoiceLike(120);
    const auto pdf = DocumentRenderer::render(model);
    BUREAU_REQUIRE_OK(pdf);
    REQUIRE(pdf->startsWith("%PDF-"));

    TempDir dir;
    const QString path = writePdf(dir, *pdf);
    const int pageCount = pageCountOf(path);
    REQUIRE(pageCount >= 3);
    const QStringList pages = pagesOf(path);
    REQUIRE(pages.size() == pageCount);

    static const QRegularExpression pageNumber(QStringLiteral("Page\\s*(\\d+)\\s*/\\s*(\\d+)"));
    for (int i = 0; i < pageCount; ++i) {
        INFO("page " << i + 1);
        const QString& page = pages.at(i);
        CHECK(page.contains(QStringLiteral("Camille Martin EI")));
        CHECK(page.contains(QStringLiteral("F2026-0042")));
        CHECK(page.contains(QStringLiteral("SIRET 732 829 320 00074")));
        const auto match = pageNumber.match(page);
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1).toInt() == i + 1);
        CHECK(match.captured(2).toInt() == pageCount);
        // The table's header row, repeated on every page it runs onto.
        CHECK(page.contains(QStringLiteral("Description")));
        CHECK(page.contains(QStringLiteral("Unit price")));
    }

    // Every row exactly once, in order, and the total on the last page.
    const QString all = pages.join(u'\n');
    qsizetype previous = -1;
    for (int row = 1; row <= 120; ++row) {
        const QString marker = QStringLiteral("Row %1 task").arg(row, 3, 10, QLatin1Char('0'));
        INFO(marker.toStdString());
        CHECK(all.count(marker) == 1);
        const qsizetype at = all.indexOf(marker);
        CHECK(at > previous);
        previous = at;
    }
    CHECK(simplified(pages.constLast()).contains(simplified(u8("490 050,00 €"))));
    // The total is never alone: the row before it shares its page.
    CHECK(pages.constLast().contains(QStringLiteral("Row 120 task")));
}

TEST_CASE("Accents and the euro sign and HTML-like text print exactly as typed", "[documents]")
{
    DocumentModel model = invoiceLike(3);
    model.addParagraph(u8("Client : <b>Élodie</b> &amp; Œuvres — coût 1 234,50 € ; «déjà vu» ½"));
    DocumentTable table;
    table.columns = {{QStringLiteral("Name"), 2, Qt::AlignLeft}, {QStringLiteral("Note"), 2, Qt::AlignLeft}};
    table.addRow({u8("<i>Ça</i> <img src=\"http://example.invalid/x.png\">"), u8("naïve <br> façade")});
    model.addTable(table);
    model.addKeyValues({{u8("Période"), u8("du 1er au 30 novembre\n<script>x</script>")}});

    const auto pdf = DocumentRenderer::render(model);
    BUREAU_REQUIRE_OK(pdf);
    TempDir dir;
    const QString text = simplified(pagesOf(writePdf(dir, *pdf)).join(u'\n'));
    CHECK(text.contains(simplified(u8("Client : <b>Élodie</b> &amp; Œuvres — coût 1 234,50 € ; «déjà vu» ½"))));
    CHECK(text.contains(u8("<i>Ça</i>")));
    CHECK(text.contains(u8("<img src=\"http://")));
    CHECK(text.contains(u8("x.png\">")));
    CHECK(text.contains(u8("naïve <br> façade")));
    CHECK(text.contains(u8("<script>x</script>")));
    CHECK(text.contains(u8("Prestations réalisées pour Élodie Ça & Cie")));
}

TEST_CASE("Documents embed the DejaVu fonts and no other", "[documents]")
{
    const auto pdf = DocumentRenderer::render(invoiceLike(5));
    BUREAU_REQUIRE_OK(pdf);
    TempDir dir;
    const auto fonts = runProcess(QStringLiteral("pdffonts"), {writePdf(dir, *pdf)});
    REQUIRE(fonts.exitCode == 0);
    // name type encoding emb sub uni object ID, after two header lines.
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(lines.size() >= 2); // regular and bold
    bool bold = false;
    for (const QString& line : lines) {
        INFO(line.toStdString());
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.constFirst().contains(QStringLiteral("DejaVuSans")));
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes")); // emb
        CHECK(columns.at(columns.size() - 3) == QStringLiteral("yes")); // uni: text can be extracted
        bold = bold || columns.constFirst().contains(QStringLiteral("Bold"));
    }
    CHECK(bold);
}

TEST_CASE("Missing document fonts give a clear error", "[documents]")
{
    TempDir dir;
    const auto fonts = DocumentFonts::load(dir.file(QStringLiteral("no-such-folder")));
    REQUIRE_FALSE(fonts.ok());
    CHECK(fonts.error().kind == Error::Kind::NotFound);
    CHECK(fonts.error().message.contains(QStringLiteral("fonts-dejavu-core")));
    CHECK(fonts.error().message.contains(QStringLiteral("DejaVuSans.ttf")));

    const auto loaded = DocumentFonts::load();
    BUREAU_REQUIRE_OK(loaded);
    CHECK(loaded->sansFamily() == QStringLiteral("DejaVu Sans"));
    CHECK(loaded->monoFamily() == QStringLiteral("DejaVu Sans Mono"));
}

TEST_CASE("A draft has its watermark on every page in the document language", "[documents]")
{
    DocumentModel model = invoiceLike(80);
    model.draft = true;
    const auto pdf = DocumentRenderer::render(model);
    BUREAU_REQUIRE_OK(pdf);
    TempDir dir;
    const QStringList pages = pagesOf(writePdf(dir, *pdf), true);
    REQUIRE(pages.size() >= 2);
    for (const QString& page : pages)
        CHECK(page.contains(QStringLiteral("DRAFT")));

    model.draft = false;
    const auto final = DocumentRenderer::render(model);
    BUREAU_REQUIRE_OK(final);
    CHECK_FALSE(pagesOf(writePdf(dir, *final, QStringLiteral("final.pdf")), true)
                    .join(u'\n')
                    .contains(QStringLiteral("DRAFT")));
}

TEST_CASE("Headings and table headers are never left alone at the foot of a page", "[documents]")
{
    TempDir dir;
    // Filler of every length from half a page to a page and a half moves the heading and the
    // table header across the foot of the first page.
    for (int filler = 15; filler <= 45; ++filler) {
        DocumentModel model;
        model.title = QStringLiteral("Report");
        model.sellerName = QStringLiteral("Camille Martin EI");
        for (int i = 0; i < filler; ++i)
            model.addParagraph(QStringLiteral("Filler line %1.").arg(i));
        model.addHeading(QStringLiteral("Kept heading"));
        model.addParagraph(QStringLiteral("The paragraph after the heading."));
        DocumentTable table;
        table.columns = {{QStringLiteral("Kept column"), 1, Qt::AlignLeft}};
        for (int i = 0; i < 3; ++i)
            table.addRow({QStringLiteral("Table row %1").arg(i)});
        model.addTable(table);

        const auto pdf = DocumentRenderer::render(model);
        BUREAU_REQUIRE_OK(pdf);
        const QStringList pages = pagesOf(writePdf(dir, *pdf, QStringLiteral("filler-%1.pdf").arg(filler)));
        INFO("filler " << filler);
        int headingPage = -1;
        int headerPage = -1;
        for (int p = 0; p < pages.size(); ++p) {
            if (pages.at(p).contains(QStringLiteral("Kept heading"))) {
                headingPage = p;
                CHECK(pages.at(p).contains(QStringLiteral("The paragraph after the heading.")));
            }
            // The first page of the table (later ones repeat its header).
            if (headerPage < 0 && pages.at(p).contains(QStringLiteral("Kept column"))) {
                headerPage = p;
                CHECK(pages.at(p).contains(QStringLiteral("Table row 0")));
            }
        }
        CHECK(headingPage >= 0);
        CHECK(headerPage >= 0);
    }
}

TEST_CASE("The same document renders to the same text twice", "[documents]")
{
    const DocumentModel model = invoiceLike(40);
    const auto first = DocumentRenderer::render(model);
    const auto second = DocumentRenderer::render(model);
    BUREAU_REQUIRE_OK(first);
    BUREAU_REQUIRE_OK(second);
    TempDir dir;
    const QStringList a = pagesOf(writePdf(dir, *first, QStringLiteral("a.pdf")));
    const QStringList b = pagesOf(writePdf(dir, *second, QStringLiteral("b.pdf")));
    CHECK(a.size() >= 2);
    CHECK(a == b);
}

TEST_CASE("A logo is drawn on every page and a missing one is an error", "[documents]")
{
    TempDir dir;
    QImage logo(400, 200, QImage::Format_RGB32);
    logo.fill(QColor::fromRgb(0x2f, 0x5b, 0xd3));
    const QString logoPath = dir.file(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoPath));

    DocumentModel model = invoiceLike(80);
    model.logoFile = logoPath;
    const auto pdf = DocumentRenderer::render(model);
    BUREAU_REQUIRE_OK(pdf);
    const QString path = writePdf(dir, *pdf);
    const auto images = runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    REQUIRE(images.exitCode == 0);
    const int pageCount = pageCountOf(path);
    REQUIRE(pageCount >= 2);
    // Two header lines, then one line per image drawn.
    CHECK(images.out.split(u'\n', Qt::SkipEmptyParts).size() - 2 == pageCount);

    model.logoFile = dir.file(QStringLiteral("gone.png"));
    const auto missing = DocumentRenderer::render(model);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("gone.png")));
}

TEST_CASE("Writing a document replaces the file whole or reports the path", "[documents]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("out.pdf"));
    BUREAU_REQUIRE_OK(DocumentRenderer::write(invoiceLike(2), path));
    CHECK(Bureau::Test::readAll(path).startsWith("%PDF-"));

    const QString bad = dir.file(QStringLiteral("no-such-folder/out.pdf"));
    const auto failed = DocumentRenderer::write(invoiceLike(2), bad);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == Error::Kind::Io);
    CHECK(failed.error().message.contains(bad));
}

TEST_CASE("The document language translates and formats apart from the interface", "[documents]")
{
    const DocumentLanguage french(QStringLiteral("fr"));
    const DocumentLanguage english(QStringLiteral("en"));
    CHECK(french.code() == QStringLiteral("fr"));
    CHECK(DocumentLanguage(QStringLiteral("de")).code() == QStringLiteral("en"));
    CHECK_FALSE(DocumentLanguage::isSupported(QStringLiteral("de")));

    // A string of the embedded French catalogue: French in the document, English in the interface.
    const char* source = "“%1” is not an amount.";
    CHECK(QCoreApplication::translate("Money", source) == u8(source));
    CHECK(french.translate("Money", source) != u8(source));
    CHECK(french.translate("Money", source).contains(QStringLiteral("montant")));
    CHECK(english.translate("Money", source) == u8(source));
    // No translation: the English source.
    CHECK(french.translate("Document", "No such string in any catalogue")
          == QStringLiteral("No such string in any catalogue"));
    // Plural forms: %n in the language's digits.
    CHECK(simplified(french.translate("Document", "%n x", nullptr, 1234)) == QStringLiteral("1 234 x"));
    CHECK(english.translate("Document", "%n x", nullptr, 1234) == QStringLiteral("1,234 x"));

    CHECK(french.date(QDate(2026, 11, 27)) == QStringLiteral("27 novembre 2026"));
    CHECK(english.date(QDate(2026, 11, 27)) == QStringLiteral("27 November 2026"));
    CHECK(french.timeOfDay(9 * 60) == QStringLiteral("09:00"));
    CHECK(english.timeOfDay(24 * 60) == QStringLiteral("00:00"));
    CHECK(simplified(french.money(Money::fromCents(123450, QStringLiteral("EUR")))) == u8("1 234,50 €"));
    CHECK(english.money(Money::fromCents(123450, QStringLiteral("EUR"))) == u8("€1,234.50"));
    CHECK(french.percent(1215) == u8("12,15\u00a0%"));
    CHECK(english.percent(1215) == QStringLiteral("12.15%"));
    CHECK(english.percent(1000) == QStringLiteral("10%"));
    CHECK(french.weekday(1) == QStringLiteral("lundi"));
    CHECK(english.weekday(7) == QStringLiteral("Sunday"));
    CHECK(DocumentLanguage::capitalized(QStringLiteral("lundi")) == QStringLiteral("Lundi"));
}

TEST_CASE("A row or a paragraph taller than a page is split across pages and loses no line", "[documents]")
{
    DocumentModel model;
    model.title = QStringLiteral("Report");
    model.sellerName = QStringLiteral("Camille Martin EI");
    QStringList lines;
    for (int i = 0; i < 150; ++i)
        lines.append(QStringLiteral("Cell line %1").arg(i, 3, 10, QLatin1Char('0')));
    DocumentTable table;
    table.columns = {{QStringLiteral("Notes"), 3, Qt::AlignLeft}, {QStringLiteral("Amount"), 1, Qt::AlignRight}};
    table.addRow({lines.join(u'\n'), QStringLiteral("12.00")});
    model.addTable(table);
    model.addParagraph(lines.join(u'\n').replace(QStringLiteral("Cell"), QStringLiteral("Paragraph")));

    const auto pdf = DocumentRenderer::render(model);
    BUREAU_REQUIRE_OK(pdf);
    TempDir dir;
    const QStringList pages = pagesOf(writePdf(dir, *pdf));
    CHECK(pages.size() >= 4);
    const QString all = pages.join(u'\n');
    for (int i = 0; i < 150; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        INFO(number.toStdString());
        CHECK(all.count(QStringLiteral("Cell line ") + number) == 1);
        CHECK(all.count(QStringLiteral("Paragraph line ") + number) == 1);
    }
    // The pages the row runs onto repeat the table's header.
    CHECK(pages.at(1).contains(QStringLiteral("Notes")));
}

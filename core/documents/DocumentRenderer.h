// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/documents/DocumentModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace Bureau
{

/**
 * Lays out a DocumentModel on A4 pages and writes it as PDF (DESIGN.md, Rendering): DejaVu fonts
 * loaded by DocumentFonts, never the platform's; Bureau's own pagination with QPainter and
 * QTextLayout (plain text only: nothing is interpreted as HTML, nothing is loaded but the logo);
 * on every page a header (logo, seller, title, reference) and a footer (mentions, "Page n/N" in the
 * document's language); table headers repeated on each page a table runs onto; headings kept with
 * what follows them; a paragraph's first and last two lines kept together. The text is real text,
 * with the fonts embedded: pdftotext reads it back, accents and € included.
 *
 * Needs a QGuiApplication (offscreen is enough). The same model gives the same text and the same
 * pages, not necessarily the same bytes.
 */
class DocumentRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /** The resolution documents are laid out at (dots per inch). */
    static constexpr int kDpi = 600;

    /** The PDF bytes of @p model. */
    static Result<QByteArray> render(const DocumentModel& model);
    /**
     * Lays @p model out on A4 pages of @p device — a QPdfWriter, or a QPrinter for the print dialog —
     * whose resolution must be kDpi (set it first: setResolution(DocumentRenderer::kDpi)).
     */
    static Status paint(const DocumentModel& model, QPagedPaintDevice& device);
    /** Renders @p model and writes it to @p pdfPath through QSaveFile: the file is whole or untouched. */
    static Status write(const DocumentModel& model, const QString& pdfPath);
    /** Writes PDF bytes to @p pdfPath through QSaveFile. */
    static Status save(const QByteArray& pdf, const QString& pdfPath);
};

} // namespace Bureau

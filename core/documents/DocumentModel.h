// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/DocumentLanguage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Bureau
{

/**
 * A table of a document: a header row, repeated at the top of every page the table runs onto, and
 * rows that are never split across pages (a row taller than a whole page is the only exception).
 */
struct DocumentTable
{
    struct Column
    {
        QString title;
        /** The share of the width, relative to the other columns' (2 is twice as wide as 1). */
        qreal weight = 1;
        /** Qt::AlignRight for numbers and amounts. */
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    struct Row
    {
        QStringList cells;
        /** Printed bold, as a total. */
        bool emphasized = false;
    };

    QList<Column> columns;
    QList<Row> rows;

    void addRow(const QStringList& cells, bool emphasized = false) { rows.append(Row{cells, emphasized}); }
};

/** A framed group of lines; several stand side by side: the parties, the signatures. */
struct DocumentBox
{
    /** Small capitals above the box's lines: "The client". */
    QString title;
    /** The first is printed bold (a name), the others as they are. */
    QStringList lines;
    /** Blank room below the lines, in points: where a signature goes. 0 for none. */
    qreal signatureSpace = 0;
};

/** One block of a document's body, laid out from top to bottom. */
struct DocumentBlock
{
    enum class Kind
    {
        /** Level 1 is the document's title; level 2 a section. Kept on the page of what follows it. */
        Heading,
        Paragraph,
        /** Label and value pairs: "Period", "1 December 2026 to 31 May 2027". */
        KeyValues,
        Table,
        /** Vertical space, dropped at the top of a page. */
        Spacer,
        /** Boxes side by side, never split across pages. */
        Boxes,
        /**
         * Label and amount pairs in a column at the right, amounts right-aligned, kept on one page:
         * an invoice's totals. The pairs whose index is in `emphasized` print bold with a rule above
         * (the total, the amount due). The first of `boxes`, if any, prints unframed at the left of
         * the totals: the payment details.
         */
        Totals,
    };
    enum class Style
    {
        Normal,
        /** Smaller and grey: notes, legal small print. */
        Small,
        Bold,
    };

    Kind kind = Kind::Paragraph;
    /** Heading and Paragraph text: plain text, never interpreted (no HTML); "\n" breaks a line. */
    QString text;
    int level = 2;
    Style style = Style::Normal;
    QList<std::pair<QString, QString>> pairs;
    DocumentTable table;
    QList<DocumentBox> boxes;
    /** KeyValues: the pairs laid out in this many columns (1 or 2), filled down then across. */
    int columns = 1;
    /** Totals: the indexes of the pairs printed bold, as a total. */
    QList<int> emphasized;
    /** Spacer height, in points. */
    qreal space = 0;
    /** Never at the foot of a page without (the start of) the next block. Headings always are. */
    bool keepWithNext = false;
};

/**
 * What a document says, in the order it says it, without any layout: DocumentRenderer lays it out
 * on A4 pages with a header (logo, seller, title, reference) and a footer (mentions, "Page n/N")
 * on each. Every text is plain text: "<b>x</b>" prints as typed.
 */
struct DocumentModel
{
    DocumentLanguage language;
    /** In the header of every page and in the PDF's metadata: "Facture", "Engagement letter". */
    QString title;
    /** Below the title in the header: the number, or whom the document is for. */
    QString reference;
    /** The seller's name with its mention, at the top left of every page. */
    QString sellerName;
    /** An image file (PNG, JPEG or SVG) at the top left of every page; empty for none. */
    QString logoFile;
    /** The mentions printed at the foot of every page, beside "Page n/N"; "\n" breaks a line. */
    QString footer;
    /** A "DRAFT" watermark across every page, in the document's language. */
    bool draft = false;
    QList<DocumentBlock> blocks;

    // Each returns the block added, to set keepWithNext.
    DocumentBlock& addHeading(const QString& text, int level = 2);
    DocumentBlock& addParagraph(const QString& text, DocumentBlock::Style style = DocumentBlock::Style::Normal);
    DocumentBlock& addKeyValues(const QList<std::pair<QString, QString>>& pairs);
    DocumentBlock& addTable(const DocumentTable& table);
    DocumentBlock& addSpacer(qreal points);
    DocumentBlock& addBoxes(const QList<DocumentBox>& boxes);
    DocumentBlock& addTotals(const QList<std::pair<QString, QString>>& pairs, const QList<int>& emphasized);
};

} // namespace Bureau

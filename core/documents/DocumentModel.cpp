// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/DocumentModel.h"

namespace Bureau
{

DocumentBlock& DocumentModel::addHeading(const QString& text, int level)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Heading;
    block.text = text;
    block.level = level;
    blocks.append(block);
    return blocks.last();
}

DocumentBlock& DocumentModel::addParagraph(const QString& text, DocumentBlock::Style style)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Paragraph;
    block.text = text;
    block.style = style;
    blocks.append(block);
    return blocks.last();
}

DocumentBlock& DocumentModel::addKeyValues(const QList<std::pair<QString, QString>>& pairs)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::KeyValues;
    block.pairs = pairs;
    blocks.append(block);
    return blocks.last();
}

DocumentBlock& DocumentModel::addTable(const DocumentTable& table)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Table;
    block.table = table;
    blocks.append(block);
    return blocks.last();
}

DocumentBlock& DocumentModel::addSpacer(qreal points)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Spacer;
    block.space = points;
    blocks.append(block);
    return blocks.last();
}

DocumentBlock& DocumentModel::addBoxes(const QList<DocumentBox>& boxes)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Boxes;
    block.boxes = boxes;
    blocks.append(block);
    return blocks.last();
}

DocumentBlock& DocumentModel::addTotals(const QList<std::pair<QString, QString>>& pairs, const QList<int>& emphasized)
{
    DocumentBlock block;
    block.kind = DocumentBlock::Kind::Totals;
    block.pairs = pairs;
    block.emphasized = emphasized;
    blocks.append(block);
    return blocks.last();
}

} // namespace Bureau

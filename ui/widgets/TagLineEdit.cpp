// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/TagLineEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace Bureau
{

TagLineEdit::TagLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_known(new QStringListModel(this))
{
    m_completer = new QCompleter(m_known, this);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TagLineEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagLineEdit::complete);
}

QStringList TagLineEdit::split(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (tag.isEmpty())
            continue;
        bool repeated = false;
        for (const QString& seen : std::as_const(tags))
            repeated = repeated || seen.compare(tag, Qt::CaseInsensitive) == 0;
        if (!repeated)
            tags << tag;
    }
    return tags;
}

QStringList TagLineEdit::tags() const
{
    return split(text());
}

void TagLineEdit::setTags(const QStringList& tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

void TagLineEdit::setKnownTags(const QStringList& tags)
{
    m_all = tags;
    m_known->setStringList(tags);
}

std::pair<int, int> TagLineEdit::currentTagRange() const
{
    const QString content = text();
    const int cursor = cursorPosition();
    int start = int(content.lastIndexOf(QLatin1Char(','), cursor - 1)) + 1;
    int end = int(content.indexOf(QLatin1Char(','), cursor));
    if (end < 0)
        end = int(content.size());
    while (start < end && content.at(start).isSpace())
        ++start;
    return {start, end - start};
}

void TagLineEdit::complete()
{
    const auto [start, length] = currentTagRange();
    const QString prefix = text().mid(start, cursorPosition() - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    // Tags already typed (other than the one being typed) are not offered again.
    const QStringList typed = tags();
    QStringList offered;
    for (const QString& tag : std::as_const(m_all)) {
        bool used = false;
        for (const QString& other : typed) {
            used = used
                   || (other.compare(tag, Qt::CaseInsensitive) == 0 && other.compare(prefix, Qt::CaseInsensitive) != 0);
        }
        if (!used)
            offered << tag;
    }
    if (offered != m_known->stringList())
        m_known->setStringList(offered);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(std::max(180, m_completer->popup()->sizeHintForColumn(0) + 24));
    m_completer->complete(rect);
}

void TagLineEdit::insertCompletion(const QString& tag)
{
    const auto [start, length] = currentTagRange();
    QString content = text();
    const bool atEnd = start + length >= content.size();
    content.replace(start, length, tag);
    int cursor = start + int(tag.size());
    if (atEnd) {
        content += QStringLiteral(", ");
        cursor += 2;
    }
    setText(content);
    setCursorPosition(cursor);
    emit textEdited(text());
    m_completer->popup()->hide();
}

void TagLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Bureau

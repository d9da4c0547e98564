// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace Bureau
{

/**
 * Tags typed as a comma-separated list ("newsletter, urgent"), with the tags already in use offered
 * as the user types the current one; picking one replaces only that tag.
 */
class TagLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit TagLineEdit(QWidget* parent = nullptr);

    /** The tags typed, trimmed, empty ones and repeats (case-insensitive) dropped, in order. */
    QStringList tags() const;
    void setTags(const QStringList& tags);

    /** The tags offered by the completer. */
    void setKnownTags(const QStringList& tags);
    QCompleter* tagCompleter() const { return m_completer; }

    static QStringList split(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void complete();
    void insertCompletion(const QString& tag);
    /** The start and length of the tag under the cursor. */
    std::pair<int, int> currentTagRange() const;

    QCompleter* m_completer = nullptr;
    QStringList m_all;
    /** What the completer offers: m_all less the tags already typed. */
    QStringListModel* m_known = nullptr;
};

} // namespace Bureau

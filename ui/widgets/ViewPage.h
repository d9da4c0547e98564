// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;

namespace Bureau
{

class EmptyState;

/**
 * The frame of every view (DESIGN.md, Look and feel): a header row with the view's title, its
 * search and filters, and its primary action as a prominent button; below, either the content or
 * an empty state.
 */
class ViewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ViewPage(const QString& iconName, QWidget* parent = nullptr);

    /** Language-dependent texts; subclasses call these from their retranslateUi(). */
    void setTitle(const QString& title);
    void setPrimaryAction(const QString& text, const QString& toolTip = {});
    void setSearchPlaceholder(const QString& text);

    QLineEdit* searchField();
    QPushButton* primaryButton() const { return m_primary; }
    EmptyState* emptyState() const { return m_empty; }
    QHBoxLayout* headerLayout() const { return m_header; }
    QString title() const;

    /** The content shown when there is something to show. */
    void setContent(QWidget* content);
    void showEmptyState(bool empty);
    bool isShowingEmptyState() const;

signals:
    void primaryActionTriggered();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() { }

private:
    QHBoxLayout* m_header = nullptr;
    QLabel* m_title = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_primary = nullptr;
    QStackedLayout* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedLayout;

namespace Bureau
{

struct AppContext;
class EmptyState;

/**
 * One tab of the client page: a row of actions over a list, or an empty state that says what
 * the tab holds and offers the action that fills it. setClient() shows another client; reload()
 * reads the tab's records again (after an edit, or another process's write).
 */
class ClientTab : public QWidget
{
    Q_OBJECT

public:
    ClientTab(AppContext& context, const QString& iconName, QWidget* parent = nullptr);

    void setClient(const Client& client);
    const Client& client() const { return m_client; }
    /** Reads the records again. */
    virtual void reload() = 0;

    QPushButton* addButton() const { return m_add; }
    EmptyState* emptyState() const { return m_empty; }
    bool isShowingEmptyState() const;

signals:
    /** The tab wrote something: the page refreshes what depends on it (header, timeline, onboarding). */
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() {}

    /** The row above the list: the add button on the left, then what the tab puts there. */
    QHBoxLayout* actionsLayout() const { return m_actions; }
    /** The add button's text; the empty state's title, sentence and action. */
    void setTexts(const QString& addText, const QString& emptyTitle, const QString& emptySentence);
    void setContent(QWidget* content);
    void showEmptyState(bool empty);

    AppContext& m_context;

private:
    Client m_client;
    QString m_iconName;
    QHBoxLayout* m_actions = nullptr;
    QPushButton* m_add = nullptr;
    QWidget* m_actionsRow = nullptr;
    QStackedLayout* m_stack = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_content = nullptr;
};

} // namespace Bureau

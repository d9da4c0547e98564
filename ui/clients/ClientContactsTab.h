// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/clients/ClientTab.h"

class QTreeWidget;

namespace Bureau
{

/** The client's contacts: the main one first; add, edit, make main, remove. */
class ClientContactsTab final : public ClientTab
{
    Q_OBJECT

public:
    explicit ClientContactsTab(AppContext& context, QWidget* parent = nullptr);

    void reload() override;
    QTreeWidget* list() const { return m_list; }

    /** Opens the editor for a new contact; returns its id once saved, 0 if cancelled. */
    qint64 addContact();
    void editContact(qint64 id);
    void makePrimary(qint64 id);
    void removeContact(qint64 id);

protected:
    void retranslateUi() override;

private:
    void showMenu(const QPoint& position);
    void updateButtons();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_primary = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace Bureau

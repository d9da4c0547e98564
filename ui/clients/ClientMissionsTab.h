// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/clients/ClientTab.h"

class QTreeWidget;

namespace Bureau
{

/** The client's missions (contracts): add, edit, delete, and print the letter of engagement. */
class ClientMissionsTab final : public ClientTab
{
    Q_OBJECT

public:
    explicit ClientMissionsTab(AppContext& context, QWidget* parent = nullptr);

    void reload() override;
    QTreeWidget* list() const { return m_list; }
    QPushButton* printButton() const { return m_print; }

    /** Opens the editor for a new mission; returns its id once saved, 0 if cancelled. */
    qint64 addMission();
    void editMission(qint64 id);
    void removeMission(qint64 id);
    /** Writes the letter of engagement of mission @p id to @p pdfPath (asked for when empty). */
    bool printLetter(qint64 id, const QString& pdfPath = {});

protected:
    void retranslateUi() override;

private:
    void showMenu(const QPoint& position);
    void updateButtons();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace Bureau

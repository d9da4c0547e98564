// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"

#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Bureau
{

/** The client at a glance: identity and contact details, billing terms, notes, and the personal-data actions. */
class ClientOverviewTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientOverviewTab(QWidget* parent = nullptr);

    void setClient(const Client& client);
    QLabel* notesLabel() const { return m_notes; }

signals:
    void exportRequested();
    void eraseRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Card
    {
        QWidget* frame = nullptr;
        QLabel* title = nullptr;
        QFormLayout* form = nullptr;
    };

    Card makeCard(QWidget* parent);
    void fill();
    void retranslateUi();
    static void addRow(QFormLayout* form, const QString& label, const QString& value, bool rich = false);

    /** Two cards side by side when there is room, one above the other otherwise. */
    void arrange(bool sideBySide);

    Client m_client;
    QGridLayout* m_grid = nullptr;
    QWidget* m_notesCard = nullptr;
    QWidget* m_privacyCard = nullptr;
    int m_columns = 0;
    Card m_identity;
    Card m_terms;
    QLabel* m_notesTitle = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_privacyTitle = nullptr;
    QLabel* m_privacyText = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_erase = nullptr;
};

} // namespace Bureau

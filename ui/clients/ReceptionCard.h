// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"
#include "core/domain/ClientRecords.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Bureau
{

struct AppContext;

/**
 * The reception instructions of one client, to read at a glance while on the phone: the greeting
 * in large type, the client's local time, who to put through, what to filter, the hours, the
 * urgent contact, the standard answers. Read-only; Edit opens the editor. Shown without blocking
 * the window, so a call can be logged beside it.
 */
class ReceptionCard final : public QDialog
{
    Q_OBJECT

public:
    ReceptionCard(AppContext& context, const Client& client, QWidget* parent = nullptr);

    /** Reads the instructions again (after an edit). */
    void reload();
    /** All the text shown, for tests and screen readers. */
    QString shownText() const;
    QPushButton* editButton() const { return m_edit; }

signals:
    /** The instructions were edited from the card. */
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build(const ReceptionInstructions& instructions);
    QLabel* addSection(const QString& title, const QString& text, bool highlight = false, bool rich = false);
    void retranslateUi();
    void editInstructions();

    AppContext& m_context;
    Client m_client;
    QLabel* m_title = nullptr;
    QLabel* m_clock = nullptr;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_bodyLayout = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/clients/ClientTab.h"

#include <QByteArray>

class QFrame;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace Bureau
{

/**
 * The logins the assistant holds for the client's tools. The password of one is shown on demand
 * for 30 seconds (Reveal), or copied to the clipboard, which is cleared after 30 seconds if it
 * still holds it (Copy); revoking deletes the secret and keeps the record of when access ended.
 * Secrets are read from the keychain only when asked for, and never kept longer than shown.
 */
class ClientAccessesTab final : public ClientTab
{
    Q_OBJECT

public:
    static constexpr int DefaultSecretTimeoutMs = 30'000;

    explicit ClientAccessesTab(AppContext& context, QWidget* parent = nullptr);
    ~ClientAccessesTab() override;

    void reload() override;
    QTreeWidget* list() const { return m_list; }
    QLineEdit* revealedField() const { return m_revealed; }
    QFrame* revealPanel() const { return m_panel; }

    /** How long a revealed or copied secret stays (tests shorten it). */
    void setSecretTimeoutMs(int ms) { m_timeoutMs = ms; }

    qint64 addAccess();
    void editAccess(qint64 id);
    /** Shows the secret of access @p id for the timeout (asynchronous: the keychain answers later). */
    void reveal(qint64 id);
    /** Copies the secret of access @p id to the clipboard, cleared after the timeout if unchanged. */
    void copy(qint64 id);
    void revoke(qint64 id);
    void removeAccess(qint64 id);
    /** Hides a revealed secret now. */
    void hideSecret();

protected:
    void retranslateUi() override;

private:
    void showMenu(const QPoint& position);
    void updateButtons();
    void clearClipboardIfUnchanged();
    void updateCountdown();

    QTreeWidget* m_list = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_revoke = nullptr;
    QFrame* m_panel = nullptr;
    QLabel* m_panelTitle = nullptr;
    QLineEdit* m_revealed = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_hide = nullptr;
    QTimer* m_hideTimer = nullptr;
    QTimer* m_tick = nullptr;
    QTimer* m_clipboardTimer = nullptr;
    /** SHA-256 of the secret put on the clipboard: compared at the timeout, the secret itself is not kept. */
    QByteArray m_clipboardHash;
    int m_timeoutMs = DefaultSecretTimeoutMs;
    qint64 m_hideAtMs = 0;
};

} // namespace Bureau

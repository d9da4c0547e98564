// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Bureau
{

struct AppContext;

/**
 * Settings › Passwords: where secrets are kept (the system keychain, or this session only), the
 * entries stored for this database — names only, never a secret — and a keychain test.
 */
class SecretsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SecretsPage(AppContext& context, QWidget* parent = nullptr);

    QTreeWidget* entries() const { return m_entries; }
    QPushButton* testButton() const { return m_test; }
    QLabel* testResult() const { return m_testResult; }
    void refresh();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void testKeychain();
    void addEntry();
    void removeSelected();

    AppContext& m_context;
    QLabel* m_where = nullptr;
    QTreeWidget* m_entries = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Bureau
{

/** What an empty view shows: an icon, one sentence, and the action that fills it. */
class EmptyState final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QString& iconName, QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& sentence, const QString& actionText = {});
    QPushButton* actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QString m_iconName;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_sentence = nullptr;
    QPushButton* m_action = nullptr;
};

} // namespace Bureau

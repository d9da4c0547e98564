// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/clients/ClientTab.h"

#include <QTimeZone>

class QListWidget;

namespace Bureau
{

/**
 * What happened with the client, newest first (ClientTimeline: interactions, tasks, missions,
 * files, accesses), each entry shown in the user's zone and the client's. Logs a new interaction;
 * an interaction opens for editing.
 */
class ClientTimelineTab final : public ClientTab
{
    Q_OBJECT

public:
    explicit ClientTimelineTab(AppContext& context, QWidget* parent = nullptr);

    void reload() override;
    QListWidget* list() const { return m_list; }

    /** Opens the editor for a new interaction, "when" set to now; returns it once saved (id 0 if cancelled). */
    qint64 logInteraction();
    void editInteraction(qint64 id);
    void removeInteraction(qint64 id);

protected:
    void retranslateUi() override;

private:
    void showMenu(const QPoint& position);

    QListWidget* m_list = nullptr;
    QTimeZone m_userZone;
};

} // namespace Bureau

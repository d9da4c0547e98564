// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Client.h"

#include <QWidget>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;
class QHBoxLayout;

namespace Bureau
{

struct AppContext;
class ClientAccessesTab;
class ClientContactsTab;
class ClientFilesTab;
class ClientMissionsTab;
class ClientOnboardingTab;
class ClientOverviewTab;
class ClientTasksTab;
class ClientTimelineTab;
class ElidedLabel;
class PillLabel;
class ReceptionCard;

/**
 * One client, opened from the list: a breadcrumb back to the list and the actions (reception
 * card, log an interaction, edit, more), a header card (name, status, kind, the client's local time
 * beside the user's, main e-mail and phone as links, tags, onboarding progress), and tabs —
 * Overview, Contacts, Timeline, Missions, Tasks, Accesses, Onboarding, Files.
 */
class ClientPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        OverviewTab,
        ContactsTab,
        TimelineTab,
        MissionsTab,
        TasksTab,
        AccessesTab,
        OnboardingTab,
        FilesTab,
    };

    explicit ClientPage(AppContext& context, QWidget* parent = nullptr);

    /** Shows client @p id (Overview first); false, after saying why, when it cannot be read. */
    bool showClient(qint64 id);
    /** Reads the client and what the page shows again; goes back when the client is gone. */
    void reload();
    const Client& client() const { return m_client; }

    /** Opens the editor; true when saved. */
    bool editClient();
    ReceptionCard* showReceptionCard();
    void openReceptionInstructions();

    QTabWidget* tabs() const { return m_tabs; }
    ClientOverviewTab* overviewTab() const { return m_overview; }
    ClientContactsTab* contactsTab() const { return m_contacts; }
    ClientTimelineTab* timelineTab() const { return m_timeline; }
    ClientMissionsTab* missionsTab() const { return m_missions; }
    ClientTasksTab* tasksTab() const { return m_tasks; }
    ClientAccessesTab* accessesTab() const { return m_accesses; }
    ClientOnboardingTab* onboardingTab() const { return m_onboarding; }
    ClientFilesTab* filesTab() const { return m_files; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* receptionButton() const { return m_reception; }
    ElidedLabel* nameLabel() const { return m_name; }
    QLabel* localTimeLabel() const { return m_localTime; }
    PillLabel* statusPill() const { return m_status; }
    QMenu* moreMenu() const { return m_more; }

signals:
    void backRequested();
    /** The client was changed here (the list refreshes). */
    void clientChanged(qint64 id);
    /** The client was deleted here. */
    void clientRemoved(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildTopBar();
    void buildHeader();
    void buildTabs();
    void fillHeader();
    void updateLocalTime();
    void updateOnboarding();
    void updateMoreMenu();
    void retranslateUi();
    void updateStyleSheet();
    void archiveOrRestore();
    void deleteClient();

    AppContext& m_context;
    Client m_client;

    QPushButton* m_back = nullptr;
    QLabel* m_crumb = nullptr;
    QPushButton* m_reception = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_edit = nullptr;
    QToolButton* m_moreButton = nullptr;
    QMenu* m_more = nullptr;

    QLabel* m_avatar = nullptr;
    ElidedLabel* m_name = nullptr;
    PillLabel* m_status = nullptr;
    PillLabel* m_archived = nullptr;
    ElidedLabel* m_summary = nullptr;
    QWidget* m_tagsRow = nullptr;
    QHBoxLayout* m_tagsLayout = nullptr;
    QLabel* m_localTime = nullptr;
    QLabel* m_contact = nullptr;
    QLabel* m_onboardingText = nullptr;
    QProgressBar* m_onboardingBar = nullptr;
    QTimer* m_clockTimer = nullptr;

    QTabWidget* m_tabs = nullptr;
    ClientOverviewTab* m_overview = nullptr;
    ClientContactsTab* m_contacts = nullptr;
    ClientTimelineTab* m_timeline = nullptr;
    ClientMissionsTab* m_missions = nullptr;
    ClientTasksTab* m_tasks = nullptr;
    ClientAccessesTab* m_accesses = nullptr;
    ClientOnboardingTab* m_onboarding = nullptr;
    ClientFilesTab* m_files = nullptr;
};

} // namespace Bureau

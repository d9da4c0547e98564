// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/time/TimerTray.h"

#include "core/services/TimeTracker.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "ui/time/TimeUi.h"
#include "ui/widgets/Icons.h"

#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSystemTrayIcon>

namespace Bureau
{

TimerTray::TimerTray(Database& database, TimeTracker& tracker, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_tracker(tracker)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("timerTrayMenu"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit openRequested();
        });
    }
    // Queued: the menu is rebuilt after the action that changed the timer has returned.
    connect(&m_tracker, &TimeTracker::runningChanged, this, &TimerTray::refresh, Qt::QueuedConnection);
    refresh();
    if (m_icon)
        m_icon->show();
}

TimerTray::~TimerTray()
{
    delete m_menu;
}

void TimerTray::refresh()
{
    rebuildMenu();
}

void TimerTray::rebuildMenu()
{
    m_menu->clear();
    auto running = m_tracker.running();
    const std::optional<TimeEntry> timer = running ? running.value() : std::nullopt;
    QString clientName;
    if (timer) {
        if (auto client = ClientRepository(m_db).load(timer->clientId))
            clientName = client->name;
    }
    const QString status = timer ? tr("Timer running for %1").arg(clientName) : tr("No timer running");
    QAction* heading = m_menu->addAction(status);
    heading->setEnabled(false);
    QAction* stop = m_menu->addAction(Icons::forPalette(QStringLiteral("stop"), QApplication::palette()),
                                      tr("Stop the timer"), this, [this] {
                                          auto stopped = m_tracker.stop();
                                          if (!stopped)
                                              emit failed(tr("The timer cannot stop"), stopped.error().message);
                                      });
    stop->setObjectName(QStringLiteral("trayStop"));
    stop->setEnabled(timer.has_value());
    m_menu->addSeparator();
    const QList<TimeUi::ClientChoice> recent = TimeUi::clientChoices(m_db, 5).mid(0, 8);
    for (const TimeUi::ClientChoice& choice : recent) {
        if (!choice.recent)
            continue;
        if (timer && timer->clientId == choice.id)
            continue;
        const QString text = timer ? tr("Switch to %1").arg(choice.name) : tr("Start on %1").arg(choice.name);
        m_menu->addAction(Icons::forPalette(QStringLiteral("play"), QApplication::palette()), text, this,
                          [this, id = choice.id, hasTimer = timer.has_value()] {
                              TimeTracker::StartRequest request;
                              request.clientId = id;
                              if (hasTimer) {
                                  auto switched = m_tracker.switchTo(request);
                                  if (!switched)
                                      emit failed(tr("The timer cannot switch"), switched.error().message);
                              } else {
                                  auto started = m_tracker.start(request);
                                  if (!started)
                                      emit failed(tr("The timer cannot start"), started.error().message);
                              }
                          });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Open Bureau"), this, &TimerTray::openRequested);
    if (m_icon) {
        const QColor accent = QApplication::palette().color(QPalette::Highlight);
        m_icon->setIcon(timer ? Icons::themed(QStringLiteral("time"), accent) : Icons::application());
        m_icon->setToolTip(timer ? tr("Bureau — timer running for %1").arg(clientName) : tr("Bureau — no timer running"));
    }
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/time/TimerWidget.h"

#include "core/Clock.h"
#include "core/services/TimeTracker.h"
#include "core/storage/Database.h"
#include "ui/time/TimeUi.h"
#include "ui/widgets/Icons.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace Bureau
{

TimerWidget::TimerWidget(Database& database, TimeTracker& tracker, QWidget* parent)
    : QWidget(parent)
    , m_db(database)
    , m_tracker(tracker)
{
    setObjectName(QStringLiteral("timerWidget"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("timerClient"));
    TimeUi::makeSearchable(m_client);
    m_client->setMinimumContentsLength(14);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mission = new QComboBox(this);
    m_mission->setObjectName(QStringLiteral("timerMission"));
    m_mission->setMinimumContentsLength(12);
    m_mission->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("timerDescription"));
    m_description->setMinimumWidth(160);
    m_description->setMaxLength(TimeEntry::kMaxDescriptionLength);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("timerElapsed"));
    QFont digits = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    digits.setPointSizeF(font().pointSizeF() * 1.1);
    m_elapsed->setFont(digits);
    m_elapsed->setMinimumWidth(QFontMetrics(digits).horizontalAdvance(QStringLiteral("00:00:00")) + 8);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("timerStartStop"));
    m_switch = new QPushButton(this);
    m_switch->setObjectName(QStringLiteral("timerSwitch"));
    m_switch->setIcon(Icons::forPalette(QStringLiteral("play"), palette()));
    m_switch->hide();

    layout->addWidget(m_client);
    layout->addWidget(m_mission);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_startStop);
    layout->addWidget(m_switch);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TimerWidget::updateElapsed);

    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        reloadMissions();
        updateState();
    });
    connect(m_client, &QComboBox::editTextChanged, this, &TimerWidget::updateState);
    connect(m_mission, &QComboBox::currentIndexChanged, this, &TimerWidget::updateState);
    connect(m_startStop, &QPushButton::clicked, this, [this] { m_running ? stop() : start(); });
    connect(m_switch, &QPushButton::clicked, this, &TimerWidget::switchTimer);
    connect(m_description, &QLineEdit::returnPressed, this, [this] {
        if (!m_running)
            start();
    });
    connect(m_description, &QLineEdit::editingFinished, this, &TimerWidget::saveDescription);
    connect(&m_tracker, &TimeTracker::runningChanged, this, &TimerWidget::refresh);

    retranslateUi();
    refresh();
}

void TimerWidget::setShortcutText(const QString& text)
{
    m_shortcutText = text;
    retranslateUi();
}

void TimerWidget::refresh()
{
    auto running = m_tracker.running();
    m_running = running ? running.value() : std::nullopt;
    reloadClients();
    if (m_running) {
        TimeUi::selectId(m_client, m_running->clientId);
        reloadMissions();
        m_mission->setCurrentIndex(std::max(0, m_mission->findData(m_running->missionId)));
        if (!m_description->hasFocus())
            m_description->setText(m_running->description);
    }
    updateState();
}

void TimerWidget::reloadClients()
{
    const qint64 keep = m_running ? m_running->clientId : TimeUi::pickedId(m_client);
    TimeUi::fillClientPicker(m_client, TimeUi::clientChoices(m_db, 5, keep), keep);
    m_missionsFor = -1;
    reloadMissions();
}

void TimerWidget::reloadMissions()
{
    const qint64 clientId = TimeUi::pickedId(m_client);
    if (clientId == m_missionsFor)
        return;
    m_missionsFor = clientId;
    const qint64 keep = m_running && m_running->clientId == clientId ? m_running->missionId : 0;
    const int count = TimeUi::fillMissionPicker(m_mission, m_db, clientId, keep);
    m_mission->setVisible(count > 0);
}

void TimerWidget::updateState()
{
    const qint64 clientId = TimeUi::pickedId(m_client);
    const qint64 missionId = m_mission->isHidden() ? 0 : m_mission->currentData().toLongLong();
    const QPalette& pal = palette();
    if (m_running) {
        m_startStop->setText(tr("Stop", "timer"));
        m_startStop->setIcon(Icons::themed(QStringLiteral("stop"), QColor(0xc0, 0x39, 0x2b)));
        m_startStop->setEnabled(true);
        const bool other = clientId > 0 && (clientId != m_running->clientId || missionId != m_running->missionId);
        m_switch->setVisible(other);
        m_tick->start();
    } else {
        m_startStop->setText(tr("Start", "timer"));
        m_startStop->setIcon(Icons::forPalette(QStringLiteral("play"), pal));
        m_startStop->setEnabled(clientId > 0);
        m_switch->hide();
        m_tick->stop();
    }
    // Stop in red while a timer runs: the one thing to find at a glance.
    m_startStop->setStyleSheet(m_running ? QStringLiteral("QPushButton { color: #c0392b; font-weight: 600; }")
                                         : QString());
    updateElapsed();
}

void TimerWidget::updateElapsed()
{
    if (!m_running) {
        m_elapsed->setText(TimeUi::formatElapsed(0));
        m_elapsed->setEnabled(false);
        return;
    }
    m_elapsed->setEnabled(true);
    m_elapsed->setText(TimeUi::formatElapsed(m_running->elapsedMs(m_db.clock().nowMs())));
}

void TimerWidget::toggle()
{
    if (m_running) {
        stop();
        return;
    }
    if (TimeUi::pickedId(m_client) > 0) {
        start();
        return;
    }
    m_client->setFocus(Qt::ShortcutFocusReason);
    m_client->showPopup();
}

bool TimerWidget::start()
{
    TimeTracker::StartRequest request;
    request.clientId = TimeUi::pickedId(m_client);
    if (request.clientId <= 0) {
        m_client->setFocus(Qt::OtherFocusReason);
        return false;
    }
    request.missionId = m_mission->isHidden() ? 0 : m_mission->currentData().toLongLong();
    request.description = m_description->text().trimmed();
    auto started = m_tracker.start(request);
    if (!started) {
        emit failed(tr("The timer cannot start"), started.error());
        refresh();
        return false;
    }
    refresh();
    return true;
}

bool TimerWidget::stop()
{
    saveDescription();
    auto stopped = m_tracker.stop();
    if (!stopped) {
        emit failed(tr("The timer cannot stop"), stopped.error());
        refresh();
        return false;
    }
    m_description->clear();
    refresh();
    return true;
}

bool TimerWidget::switchTimer()
{
    TimeTracker::StartRequest request;
    request.clientId = TimeUi::pickedId(m_client);
    if (request.clientId <= 0)
        return false;
    request.missionId = m_mission->isHidden() ? 0 : m_mission->currentData().toLongLong();
    // The description belongs to the entry that ends; the next one starts without one unless typed anew.
    request.description = m_running && m_description->text().trimmed() == m_running->description
                              ? QString()
                              : m_description->text().trimmed();
    auto switched = m_tracker.switchTo(request);
    if (!switched) {
        emit failed(tr("The timer cannot switch"), switched.error());
        refresh();
        return false;
    }
    m_description->setText(switched->started.description);
    refresh();
    return true;
}

void TimerWidget::saveDescription()
{
    if (!m_running)
        return;
    const QString text = m_description->text().trimmed();
    if (text == m_running->description)
        return;
    // Only when the client picked is still the running one's (else the text is for the next timer).
    if (TimeUi::pickedId(m_client) != m_running->clientId)
        return;
    TimeEntry changed = m_running.value();
    changed.description = text;
    auto saved = m_tracker.update(changed);
    if (!saved) {
        emit failed(tr("The description cannot be saved"), saved.error());
        return;
    }
    m_running = saved->entry;
}

void TimerWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        updateState();
    QWidget::changeEvent(event);
}

void TimerWidget::retranslateUi()
{
    m_client->lineEdit()->setPlaceholderText(tr("Client…"));
    m_client->setToolTip(tr("The client the timer runs for: type to search."));
    m_mission->setToolTip(tr("The mission, if the time belongs to one."));
    if (m_mission->count() > 0)
        m_mission->setItemText(0, QCoreApplication::translate("TimeUi", "No mission"));
    m_description->setPlaceholderText(tr("What are you working on?"));
    m_switch->setText(tr("Switch", "timer"));
    m_switch->setToolTip(tr("Stops the running timer and starts one on the client picked, at the same instant."));
    m_elapsed->setToolTip(tr("Time on the running timer."));
    m_startStop->setToolTip(m_shortcutText.isEmpty()
                                ? tr("Starts or stops the timer.")
                                : tr("Starts or stops the timer (%1).").arg(m_shortcutText));
    updateState();
}

} // namespace Bureau

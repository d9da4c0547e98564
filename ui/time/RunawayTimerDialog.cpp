// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/time/RunawayTimerDialog.h"

#include "core/Clock.h"
#include "core/domain/LocalCalendar.h"
#include "core/services/TimeTracker.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "ui/time/TimeUi.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Bureau
{

RunawayTimerDialog::RunawayTimerDialog(Database& database, TimeTracker& tracker, const TimeEntry& running,
                                       QWidget* parent)
    : QDialog(parent)
    , m_db(database)
    , m_tracker(tracker)
    , m_running(running)
{
    setObjectName(QStringLiteral("runawayTimerDialog"));
    setWindowTitle(tr("Timer still running"));
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    const qint64 nowMs = database.clock().nowMs();
    QString clientName;
    if (auto client = ClientRepository(database).load(running.clientId))
        clientName = client->name;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setMinimumWidth(420);
    const QDateTime started = calendar.toLocal(running.startedAtMs);
    text->setText(tr("The timer for %1 has been running since %2, for %3. Did you forget to stop it?")
                      .arg(clientName, QLocale().toString(started, QLocale::ShortFormat),
                           TimeUi::formatMinutes((nowMs - running.startedAtMs) / 60000)));
    layout->addWidget(text);

    m_keep = new QRadioButton(tr("Keep it running"), this);
    m_stop = new QRadioButton(tr("Stop it at:"), this);
    m_discard = new QRadioButton(tr("Discard it: the time is not recorded"), this);
    m_stopAt = new QDateTimeEdit(this);
    m_stopAt->setObjectName(QStringLiteral("runawayStopAt"));
    // Wall times of the user's zone, held without a zone (UTC spec: no conversion by the widget).
    m_stopAt->setTimeSpec(Qt::UTC);
    const auto wall = [&calendar](qint64 ms) {
        const QDateTime local = calendar.toLocal(ms);
        return QDateTime(local.date(), local.time(), Qt::UTC);
    };
    m_stopAt->setCalendarPopup(true);
    m_stopAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    const qint64 latest = std::min(nowMs, running.startedAtMs + TimeEntry::kMaxMinutes * 60000);
    m_stopAt->setMinimumDateTime(wall(running.startedAtMs));
    m_stopAt->setMaximumDateTime(wall(latest));
    // A guess: a working day after the start.
    m_stopAt->setDateTime(wall(std::min(latest, running.startedAtMs + 8LL * 3600 * 1000)));
    m_stop->setChecked(true);
    auto* stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stop);
    stopRow->addWidget(m_stopAt);
    stopRow->addStretch(1);
    layout->addLayout(stopRow);
    layout->addWidget(m_keep);
    layout->addWidget(m_discard);
    connect(m_stop, &QRadioButton::toggled, m_stopAt, &QWidget::setEnabled);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("primaryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

bool RunawayTimerDialog::askIfNeeded(Database& database, TimeTracker& tracker, QWidget* parent)
{
    auto running = tracker.running();
    if (!running || !running->has_value() || !tracker.hasRunTooLong(running->value()))
        return false;
    RunawayTimerDialog dialog(database, tracker, running->value(), parent);
    dialog.exec();
    return true;
}

RunawayTimerDialog::Choice RunawayTimerDialog::choice() const
{
    if (m_keep->isChecked())
        return Choice::KeepRunning;
    return m_discard->isChecked() ? Choice::Discard : Choice::StopAt;
}

void RunawayTimerDialog::setChoice(Choice choice)
{
    (choice == Choice::KeepRunning ? m_keep : choice == Choice::Discard ? m_discard : m_stop)->setChecked(true);
}

void RunawayTimerDialog::accept()
{
    Status done;
    switch (choice()) {
    case Choice::KeepRunning:
        break;
    case Choice::StopAt: {
        const QDateTime wall = m_stopAt->dateTime();
        const qint64 atMs = LocalCalendar::forDatabase(m_db).toUtcMs(wall.date(), wall.time());
        auto stopped = m_tracker.stop(std::min(atMs, m_db.clock().nowMs()));
        if (!stopped)
            done = stopped.error();
        break;
    }
    case Choice::Discard:
        done = m_tracker.discardRunning();
        break;
    }
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/WorkingSlotsEditor.h"

#include "core/services/ClientTimeline.h"
#include "ui/widgets/FormRows.h"
#include "ui/widgets/Icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Bureau
{

namespace
{

QTime timeOf(int minute)
{
    return minute >= 1440 ? QTime(0, 0) : QTime(minute / 60, minute % 60);
}

int minuteOf(const QTime& time, bool isEnd)
{
    const int minute = time.hour() * 60 + time.minute();
    return isEnd && minute == 0 ? 1440 : minute;
}

} // namespace

WorkingSlotsEditor::WorkingSlotsEditor(QWidget* parent)
    : QWidget(parent)
    , m_missionZone(QTimeZone::systemTimeZone())
    , m_userZone(QTimeZone::systemTimeZone())
    , m_reference(QDate::currentDate())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_none = new QLabel(this);
    m_none->setObjectName(QStringLiteral("mutedLabel"));
    layout->addWidget(m_none);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(8);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addSlot"));
    m_add->setFlat(true);
    m_add->setIcon(Icons::forPalette(QStringLiteral("add"), palette()));
    m_weekdays = new QPushButton(this);
    m_weekdays->setObjectName(QStringLiteral("addWeekdays"));
    m_weekdays->setFlat(true);
    buttons->addWidget(m_add);
    buttons->addWidget(m_weekdays);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_equivalent = new QLabel(this);
    m_equivalent->setObjectName(QStringLiteral("slotsEquivalent"));
    m_equivalent->setWordWrap(true);
    m_equivalent->setFont(FormRows::smallerFont(font()));
    layout->addWidget(m_equivalent);

    connect(m_add, &QPushButton::clicked, this, [this] {
        // After the last slot: the next day, same hours; else Monday 9:00–12:00.
        WorkingSlot slot{1, 9 * 60, 12 * 60};
        if (!m_rows.isEmpty()) {
            const Row& last = m_rows.last();
            slot.weekday = std::min(7, last.day->currentData().toInt() + 1);
            slot.startMinute = minuteOf(last.start->time(), false);
            slot.endMinute = minuteOf(last.end->time(), true);
        }
        addSlot(slot);
    });
    connect(m_weekdays, &QPushButton::clicked, this, [this] {
        WorkingSlot hours{1, 9 * 60, 12 * 60};
        if (!m_rows.isEmpty()) {
            hours.startMinute = minuteOf(m_rows.last().start->time(), false);
            hours.endMinute = minuteOf(m_rows.last().end->time(), true);
        }
        for (int day = 1; day <= 5; ++day)
            appendRow(WorkingSlot{day, hours.startMinute, hours.endMinute});
        updateEquivalent();
        emit edited();
    });
    retranslateUi();
    updateEquivalent();
}

void WorkingSlotsEditor::fillDays(QComboBox* box) const
{
    const int current = box->currentData().toInt();
    box->clear();
    for (int day = 1; day <= 7; ++day)
        box->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    if (current > 0)
        box->setCurrentIndex(current - 1);
}

void WorkingSlotsEditor::appendRow(const WorkingSlot& slot)
{
    Row row;
    row.widget = new QWidget(this);
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    row.day = new QComboBox(row.widget);
    row.day->setObjectName(QStringLiteral("slotDay"));
    fillDays(row.day);
    row.day->setCurrentIndex(std::clamp(slot.weekday, 1, 7) - 1);
    row.start = new QTimeEdit(timeOf(slot.startMinute), row.widget);
    row.start->setObjectName(QStringLiteral("slotStart"));
    row.start->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* dash = new QLabel(QStringLiteral("–"), row.widget); // notr: a dash between two times
    row.end = new QTimeEdit(timeOf(slot.endMinute), row.widget);
    row.end->setObjectName(QStringLiteral("slotEnd"));
    row.end->setDisplayFormat(QStringLiteral("HH:mm"));
    row.remove = new QToolButton(row.widget);
    row.remove->setAutoRaise(true);
    row.remove->setText(QStringLiteral("×")); // notr: a symbol, its meaning is in the tooltip
    row.remove->setToolTip(tr("Remove this slot"));
    layout->addWidget(row.day, 1);
    layout->addWidget(row.start);
    layout->addWidget(dash);
    layout->addWidget(row.end);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    for (QTimeEdit* edit : {row.start, row.end}) {
        connect(edit, &QTimeEdit::timeChanged, this, [this] {
            updateEquivalent();
            emit edited();
        });
    }
    connect(row.day, &QComboBox::currentIndexChanged, this, [this] {
        updateEquivalent();
        emit edited();
    });
    QWidget* rowWidget = row.widget;
    connect(row.remove, &QToolButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    m_none->hide();
}

void WorkingSlotsEditor::addSlot(const WorkingSlot& slot)
{
    appendRow(slot);
    m_rows.last().day->setFocus(Qt::OtherFocusReason);
    updateEquivalent();
    emit edited();
}

void WorkingSlotsEditor::removeRow(QWidget* rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.takeAt(i).widget->deleteLater();
            break;
        }
    }
    m_none->setVisible(m_rows.isEmpty());
    updateEquivalent();
    emit edited();
}

QList<WorkingSlot> WorkingSlotsEditor::slotList() const
{
    QList<WorkingSlot> out;
    for (const Row& row : m_rows) {
        out << WorkingSlot{row.day->currentData().toInt(), minuteOf(row.start->time(), false),
                           minuteOf(row.end->time(), true)};
    }
    return out;
}

void WorkingSlotsEditor::setSlotList(const QList<WorkingSlot>& list)
{
    for (const Row& row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const WorkingSlot& slot : list)
        appendRow(slot);
    m_none->setVisible(m_rows.isEmpty());
    updateEquivalent();
}

void WorkingSlotsEditor::setZones(const QTimeZone& missionZone, const QTimeZone& userZone)
{
    m_missionZone = missionZone;
    m_userZone = userZone;
    updateEquivalent();
}

void WorkingSlotsEditor::setReferenceDate(const QDate& date)
{
    m_reference = date;
    updateEquivalent();
}

void WorkingSlotsEditor::updateEquivalent()
{
    const QList<WorkingSlot> typed = slotList();
    if (typed.isEmpty() || !m_missionZone.isValid() || !m_userZone.isValid() || m_missionZone.id() == m_userZone.id()) {
        m_equivalent->clear();
        m_equivalent->hide();
        return;
    }
    Mission sample;
    sample.timeZone = QString::fromLatin1(m_missionZone.id());
    sample.workingSlots = typed;
    for (const WorkingSlot& slot : typed) {
        if (slot.endMinute <= slot.startMinute) {
            m_equivalent->hide();
            return;
        }
    }
    const QString shown = Mission::describeSlots(sample.slotsShownIn(m_userZone, m_reference), QLocale());
    m_equivalent->setText(tr("In your time (%1): %2").arg(ClientTimeline::zoneCity(m_userZone), shown));
    m_equivalent->show();
}

void WorkingSlotsEditor::retranslateUi()
{
    m_add->setText(tr("Add a slot"));
    m_weekdays->setText(tr("Add Monday to Friday"));
    m_none->setText(tr("No fixed hours."));
    for (const Row& row : std::as_const(m_rows))
        fillDays(row.day);
    updateEquivalent();
}

void WorkingSlotsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Bureau

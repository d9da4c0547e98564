// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/TimeZoneComboBox.h"

#include <QCompleter>
#include <QDateTime>
#include <QFocusEvent>
#include <QLineEdit>
#include <QTimeZone>

#include <algorithm>

namespace Bureau
{

namespace
{

struct Zone
{
    QString id;
    QString text;
};

/** Region/City ids, not the legacy aliases ("US/Eastern", "EST5EDT", "Etc/GMT+5"): those are added only when in use. */
bool isListed(const QByteArray& id)
{
    if (id == "UTC")
        return true;
    if (!id.contains('/'))
        return false;
    for (const char* prefix : {"Etc/", "SystemV/", "US/", "Canada/", "Mexico/", "Brazil/", "Chile/"}) {
        if (id.startsWith(prefix))
            return false;
    }
    return true;
}

/** The list, built once an hour at most (~600 zones; offsets change with DST, not faster). */
const QList<Zone>& zones()
{
    static QList<Zone> cache;
    static qint64 builtHour = -1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = now / 3'600'000;
    if (hour != builtHour) {
        cache.clear();
        for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
            if (!isListed(id))
                continue;
            const QString zone = QString::fromLatin1(id);
            cache.append(Zone{zone, TimeZoneComboBox::displayText(zone, now)});
        }
        // Names people search for that the system lists only as aliases: Montréal is Toronto's zone.
        for (const char* alias : {"America/Montreal"}) {
            const QString zone = QString::fromLatin1(alias);
            const bool listed = std::any_of(cache.cbegin(), cache.cend(), [&](const Zone& z) { return z.id == zone; });
            if (!listed && QTimeZone(QByteArray(alias)).isValid())
                cache.append(Zone{zone, TimeZoneComboBox::displayText(zone, now)});
        }
        std::sort(cache.begin(), cache.end(), [](const Zone& a, const Zone& b) { return a.id < b.id; });
        builtHour = hour;
    }
    return cache;
}

} // namespace

TimeZoneComboBox::TimeZoneComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    fill();
    // Searchable: "montreal" or "new y" finds the zone wherever it occurs in the name.
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    connect(this, &QComboBox::activated, this, [this] {
        m_lastEmitted = zoneId();
        emit zoneChosen(m_lastEmitted);
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        const int index = findText(text);
        if (index >= 0)
            setCurrentIndex(index);
        m_lastEmitted = zoneId();
        emit zoneChosen(m_lastEmitted);
    });
}

QString TimeZoneComboBox::offsetText(const QString& id, qint64 atMs)
{
    const QTimeZone zone(id.toLatin1());
    if (!zone.isValid())
        return {};
    const int seconds = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(seconds) / 60;
    // U+2212 MINUS SIGN, as typography wants for an offset.
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QChar(0x2212) : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString TimeZoneComboBox::displayText(const QString& id, qint64 atMs)
{
    const QString offset = offsetText(id, atMs);
    return offset.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, offset);
}

void TimeZoneComboBox::fill()
{
    const QList<Zone>& list = zones();
    QStringList texts;
    texts.reserve(list.size());
    for (const Zone& zone : list)
        texts << zone.text;
    addItems(texts);
    for (int i = 0; i < list.size(); ++i)
        setItemData(i, list.at(i).id);
}

int TimeZoneComboBox::indexOfZone(const QString& id) const
{
    return findData(id);
}

QString TimeZoneComboBox::zoneId() const
{
    const QString typed = currentText().trimmed();
    if (typed.isEmpty())
        return {};
    const int index = findText(typed, Qt::MatchFixedString);
    if (index >= 0)
        return itemData(index).toString();
    // "Europe/Paris (UTC+01:00)" typed or pasted: the id before the offset.
    QString id = typed;
    if (const qsizetype paren = id.indexOf(QLatin1String(" (")); paren > 0)
        id = id.left(paren).trimmed();
    // A known id typed in another case ("europe/paris").
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString().compare(id, Qt::CaseInsensitive) == 0)
            return itemData(i).toString();
    }
    return id;
}

void TimeZoneComboBox::setZoneId(const QString& id)
{
    int index = indexOfZone(id);
    if (index < 0 && !id.isEmpty() && QTimeZone(id.toLatin1()).isValid()) {
        addItem(displayText(id, QDateTime::currentMSecsSinceEpoch()), id);
        index = count() - 1;
    }
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else {
        setCurrentIndex(-1);
        setEditText(id);
    }
    m_lastEmitted = zoneId();
}

void TimeZoneComboBox::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    if (event->reason() == Qt::PopupFocusReason)
        return;
    // A zone typed in full ("asia/tokyo") reads back as the list shows it.
    const QString id = zoneId();
    const int index = indexOfZone(id);
    if (index >= 0 && currentText() != itemText(index)) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    }
    if (id != m_lastEmitted) {
        m_lastEmitted = id;
        emit zoneChosen(id);
    }
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TimeEntry.h"

namespace Bureau
{

qint64 TimeEntry::minutesBetween(qint64 startMs, qint64 endMs)
{
    const qint64 gap = endMs - startMs;
    // Half a minute and more counts as a minute, on either side of zero.
    return gap >= 0 ? (gap + 30000) / 60000 : -((-gap + 30000) / 60000);
}

qint64 TimeEntry::elapsedMs(qint64 nowMs) const
{
    if (!isRunning())
        return minutes * 60000;
    return nowMs > startedAtMs ? nowMs - startedAtMs : 0;
}

QList<FieldError> TimeEntry::validate() const
{
    QList<FieldError> errors;
    const auto add = [&errors](QLatin1String field, const QString& message) {
        errors.append(FieldError{QString(field), message});
    };
    if (clientId <= 0)
        add(Field::client, tr("Choose the client the time was worked for."));
    if (startedAtMs <= 0)
        add(Field::start, tr("Say when the work started."));
    if (endedAtMs != 0) {
        if (endedAtMs < startedAtMs)
            add(Field::end, tr("The end comes before the start."));
        else if (minutesBetween(startedAtMs, endedAtMs) > kMaxMinutes)
            add(Field::duration, tr("An entry lasts at most 24 hours: record longer work as several entries."));
    }
    const QString text = description.trimmed();
    if (text.size() > kMaxDescriptionLength || text.contains(u'\n') || text.contains(u'\r'))
        add(Field::description,
            tr("The description fits on one line of at most %n characters.", "", kMaxDescriptionLength));
    if (notes.size() > kMaxNotesLength)
        add(Field::notes, tr("The notes are too long: at most %n characters.", "", kMaxNotesLength));
    return errors;
}

} // namespace Bureau

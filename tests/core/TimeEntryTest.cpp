// SPDX-License-Identifier: GPL-3.0-or-later
// A time entry as plain data: minutes to the nearest minute from UTC instants, the running time,
// and what validate() refuses.
#include "core/domain/TimeEntry.h"

#include "support/TestSupport.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Bureau;

namespace
{

constexpr qint64 kMinute = 60000;

qint64 paris(QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone(QByteArrayLiteral("Europe/Paris"))).toMSecsSinceEpoch();
}

TimeEntry finished(qint64 startMs, qint64 endMs)
{
    TimeEntry entry;
    entry.clientId = 1;
    entry.startedAtMs = startMs;
    entry.endedAtMs = endMs;
    return entry;
}

QStringList fields(const QList<FieldError>& errors)
{
    QStringList out;
    for (const FieldError& error : errors)
        out << error.field;
    return out;
}

} // namespace

TEST_CASE("Minutes between two instants round to the nearest minute half up", "[time]")
{
    const qint64 start = 1'790'000'000'000;
    CHECK(TimeEntry::minutesBetween(start, start) == 0);
    CHECK(TimeEntry::minutesBetween(start, start + 29'999) == 0);
    CHECK(TimeEntry::minutesBetween(start, start + 30'000) == 1);
    CHECK(TimeEntry::minutesBetween(start, start + 89'999) == 1);
    CHECK(TimeEntry::minutesBetween(start, start + 90'000) == 2);
    CHECK(TimeEntry::minutesBetween(start, start + 90 * kMinute) == 90);
    CHECK(TimeEntry::minutesBetween(start, start - 90 * kMinute) == -90);
}

TEST_CASE("Minutes come from UTC instants across both DST changes", "[time][dst]")
{
    // 01:30 → 03:30 on the night summer time ends in Paris: 02:00–03:00 happens twice, 3 hours pass.
    const qint64 octoberStart = paris(QDate(2026, 10, 25), QTime(1, 30));
    const qint64 octoberEnd = paris(QDate(2026, 10, 25), QTime(3, 30));
    CHECK(TimeEntry::minutesBetween(octoberStart, octoberEnd) == 180);
    // 01:30 → 03:30 on the night it starts: 02:00–03:00 does not exist, 1 hour passes.
    const qint64 marchStart = paris(QDate(2026, 3, 29), QTime(1, 30));
    const qint64 marchEnd = paris(QDate(2026, 3, 29), QTime(3, 30));
    CHECK(TimeEntry::minutesBetween(marchStart, marchEnd) == 60);
}

TEST_CASE("The elapsed time of a running entry is counted from its start", "[time]")
{
    TimeEntry entry;
    entry.clientId = 1;
    entry.startedAtMs = 1'000'000;
    CHECK(entry.isRunning());
    CHECK(entry.elapsedMs(1'000'000 + 5 * kMinute) == 5 * kMinute);
    CHECK(entry.elapsedMs(500) == 0); // a clock set back shows no negative time
    entry.endedAtMs = entry.startedAtMs + 42 * kMinute;
    entry.minutes = 42;
    CHECK_FALSE(entry.isRunning());
    CHECK(entry.elapsedMs(99'999'999) == 42 * kMinute);
    CHECK(entry.duration().minutes() == 42);
}

TEST_CASE("A time entry validates its client start end and text", "[time]")
{
    const qint64 start = 1'790'000'000'000;
    CHECK(finished(start, start + 90 * kMinute).validate().isEmpty());
    CHECK(finished(start, start + TimeEntry::kMaxMinutes * kMinute).validate().isEmpty());

    TimeEntry running;
    running.clientId = 1;
    running.startedAtMs = start;
    CHECK(running.validate().isEmpty());

    TimeEntry nothing;
    CHECK(fields(nothing.validate()) == QStringList{QStringLiteral("client"), QStringLiteral("start")});
    CHECK(fields(finished(start, start - kMinute).validate()) == QStringList{QStringLiteral("end")});
    CHECK(fields(finished(start, start + (TimeEntry::kMaxMinutes + 1) * kMinute).validate())
          == QStringList{QStringLiteral("duration")});

    TimeEntry text = finished(start, start + kMinute);
    text.description = QStringLiteral("Ligne un\nLigne deux");
    text.notes = QString(TimeEntry::kMaxNotesLength + 1, u'x');
    const auto errors = text.validate();
    CHECK(fields(errors) == QStringList{QStringLiteral("description"), QStringLiteral("notes")});
    for (const FieldError& error : errors)
        CHECK_FALSE(error.message.isEmpty());
    text.description = QString(TimeEntry::kMaxDescriptionLength + 1, u'x');
    text.notes.clear();
    CHECK(fields(text.validate()) == QStringList{QStringLiteral("description")});
    text.description = QString(TimeEntry::kMaxDescriptionLength, u'x');
    CHECK(text.validate().isEmpty());
}

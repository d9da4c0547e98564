// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows for the time tests, written by raw SQL so that the billing and report tests do not depend
// on the repositories under test elsewhere. `day` is computed by LocalCalendar, as the repository
// does; the triggers of migration 0006 keep `time_month_totals`.

#include "core/storage/Database.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Bureau::TimeTest
{

struct ClientSpec
{
    QString name;
    QString currency = QStringLiteral("EUR");
    /** Cents per hour; nothing: no rate. */
    std::optional<qint64> rateCents;
    int roundingMinutes = 0;
    QString roundingMode = QStringLiteral("up");
    QString roundingScope = QStringLiteral("entry");
};

struct MissionSpec
{
    qint64 clientId = 0;
    QString title;
    /** "hourly", "package", "fixed". */
    QString billing = QStringLiteral("hourly");
    QString currency = QStringLiteral("EUR");
    std::optional<qint64> hourlyCents;
    int packageMinutes = 0;
    /** "billed" or "carried". */
    QString overage = QStringLiteral("billed");
    std::optional<qint64> overageCents;
    QDate startsOn = QDate(2025, 1, 1);
    QDate endsOn;
    QString status = QStringLiteral("active");
};

struct EntrySpec
{
    qint64 clientId = 0;
    qint64 missionId = 0;
    qint64 taskId = 0;
    qint64 startMs = 0;
    qint64 minutes = 0;
    bool billable = true;
    qint64 documentId = 0;
};

qint64 addClient(Database& db, const ClientSpec& spec);
qint64 addMission(Database& db, const MissionSpec& spec);
qint64 addTask(Database& db, qint64 clientId, qint64 missionId, const QString& title);
/** Stores the business profile with this default rate (nothing: none) and zone. */
void setProfile(Database& db, std::optional<qint64> rateCents, const QString& currency = QStringLiteral("EUR"),
                const QString& zone = QStringLiteral("Europe/Paris"));
/** A finished entry: ends `minutes` after its start; its day is the start's in the profile's zone. */
qint64 addEntry(Database& db, const EntrySpec& spec);
/** Same, inside the caller's write transaction. */
qint64 addEntryInTransaction(Database& db, const EntrySpec& spec);
/** The UTC instant of a wall time in Paris. */
qint64 parisMs(QDate day, QTime time);

} // namespace Bureau::TimeTest

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/BillableTime.h"

#include "core/domain/Duration.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace Bureau
{

namespace
{

/** What decides a rate: the client's and the profile's defaults, and each mission's billing. */
struct RateSources
{
    struct MissionRate
    {
        qint64 clientId = 0;
        QString title;
        QString billing;
        QString currency;
        QVariant hourlyCents;
        QVariant overageCents;
    };

    std::optional<Money> clientRate;
    std::optional<Money> profileRate;
    QHash<qint64, MissionRate> missions;

    /** The rate of the client's work on @p missionId (0: none); a mission of another client counts as none. */
    std::optional<Money> rateFor(qint64 missionId) const
    {
        const auto found = missions.constFind(missionId);
        if (missionId > 0 && found != missions.constEnd()) {
            const MissionRate& mission = *found;
            if (mission.billing == QLatin1String("fixed"))
                return std::nullopt;
            const QVariant& own =
                mission.billing == QLatin1String("package") ? mission.overageCents : mission.hourlyCents;
            if (!own.isNull())
                return Money::fromCents(own.toLongLong(), mission.currency);
        }
        if (clientRate)
            return clientRate;
        return profileRate;
    }
};

std::optional<Money> moneyOf(const QVariant& cents, const QVariant& currency)
{
    if (cents.isNull() || currency.isNull() || currency.toString().isEmpty())
        return std::nullopt;
    return Money::fromCents(cents.toLongLong(), currency.toString());
}

/** One query each for the client, the profile and the client's missions. */
Result<RateSources> loadRates(Database& db, qint64 clientId, const QString& failure)
{
    RateSources rates;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT hourly_rate_cents, currency FROM clients WHERE id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    if (!query.next()) {
        query.finish();
        return Error::make(Error::Kind::NotFound, BillableTime::tr("No client has the number %1.").arg(clientId));
    }
    rates.clientRate = moneyOf(query.value(0), query.value(1));
    query.finish();

    if (!query.exec(QStringLiteral("SELECT hourly_rate_cents, hourly_rate_currency FROM business_profile LIMIT 1")))
        return Database::sqlError(failure, query.lastError());
    if (query.next())
        rates.profileRate = moneyOf(query.value(0), query.value(1));
    query.finish();

    query.prepare(QStringLiteral("SELECT id, title, billing_mode, currency, hourly_rate_cents, overage_rate_cents "
                                 "FROM missions WHERE client_id = ?"));
    query.addBindValue(clientId);
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    while (query.next()) {
        rates.missions.insert(query.value(0).toLongLong(),
                              RateSources::MissionRate{clientId, query.value(1).toString(), query.value(2).toString(),
                                                       query.value(3).toString(), query.value(4), query.value(5)});
    }
    query.finish();
    return rates;
}

} // namespace

BillableTime::BillableTime(Database& database)
    : m_db(database)
{
}

qint64 BillableTime::roundMinutes(qint64 minutes, const RoundingRule& rule)
{
    const qint64 step = rule.stepMinutes;
    if (step <= 0 || minutes <= 0)
        return minutes;
    const qint64 whole = minutes / step;
    const qint64 rest = minutes % step;
    if (rest == 0)
        return minutes;
    if (rule.mode == RoundingRule::Mode::Up)
        return (whole + 1) * step;
    // Nearest: to the closest multiple, an exact half step up (7.5 is not a whole minute of 15, so
    // 7 → 0 and 8 → 15; of 6, 3 → 6). A short entry can round to nothing: that is the rule.
    return 2 * rest >= step ? (whole + 1) * step : whole * step;
}

qint64 BillableTime::roundedTotal(const QList<qint64>& entryMinutes, const RoundingRule& rule)
{
    qint64 total = 0;
    if (rule.scope == RoundingRule::Scope::PerLine) {
        for (const qint64 minutes : entryMinutes)
            total += minutes;
        return roundMinutes(total, rule);
    }
    for (const qint64 minutes : entryMinutes)
        total += roundMinutes(minutes, rule);
    return total;
}

Result<std::optional<Money>> BillableTime::hourlyRate(qint64 clientId, qint64 missionId) const
{
    auto rates = loadRates(m_db, clientId, tr("The hourly rate cannot be read."));
    if (!rates)
        return rates.error();
    if (missionId > 0 && !rates->missions.contains(missionId)) {
        return Error::make(Error::Kind::NotFound, tr("The client has no mission with the number %1.").arg(missionId),
                           QStringLiteral("mission %1, client %2").arg(missionId).arg(clientId));
    }
    return rates->rateFor(missionId);
}

Result<QList<BillableTime::Line>> BillableTime::unbilledLines(qint64 clientId, QDate first, QDate last,
                                                              Grouping grouping) const
{
    if (!first.isValid() || !last.isValid() || last < first) {
        return Error::make(Error::Kind::Invalid, tr("Choose a first day on or before the last day."),
                           QStringLiteral("%1..%2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    }
    const QString failure = tr("The unbilled time cannot be read.");
    auto rates = loadRates(m_db, clientId, failure);
    if (!rates)
        return rates.error();

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rounding_minutes, rounding_mode, rounding_scope FROM clients WHERE id = ?"));
    query.addBindValue(clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(failure, query.lastError());
    RoundingRule rule;
    rule.stepMinutes = query.value(0).toInt();
    rule.mode = RoundingRule::modeFromKey(query.value(1).toString()).value_or(RoundingRule::Mode::Up);
    rule.scope = RoundingRule::scopeFromKey(query.value(2).toString()).value_or(RoundingRule::Scope::PerEntry);
    query.finish();

    query.prepare(QStringLiteral(
        "SELECT e.id, coalesce(e.mission_id, 0), coalesce(e.task_id, 0), e.day, e.minutes, coalesce(t.title, '') "
        "FROM time_entries e LEFT JOIN tasks t ON t.id = e.task_id "
        "WHERE e.client_id = ? AND e.day BETWEEN ? AND ? AND e.billable = 1 AND e.ended_at IS NOT NULL "
        "AND e.document_id IS NULL ORDER BY e.day, e.started_at, e.id"));
    query.addBindValue(clientId);
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(last.toString(Qt::ISODate));
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());

    struct Group
    {
        Line line;
        QList<qint64> minutes;
        QString sortTitle;
    };
    // A line has one rate, so it never mixes missions: task and day lines are split per mission.
    using Key = std::tuple<qint64, qint64, qint64>; // mission, task, julian day
    QHash<QString, int> index;
    QList<Group> groups;
    const QLocale locale;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 missionId = query.value(1).toLongLong();
        const qint64 taskId = query.value(2).toLongLong();
        const QDate day = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        const qint64 minutes = query.value(4).toLongLong();
        Key key{missionId, 0, 0};
        if (grouping == Grouping::Task)
            key = Key{missionId, taskId, 0};
        else if (grouping == Grouping::Day)
            key = Key{missionId, 0, day.toJulianDay()};
        const QString keyText =
            QStringLiteral("%1/%2/%3").arg(std::get<0>(key)).arg(std::get<1>(key)).arg(std::get<2>(key));
        auto found = index.constFind(keyText);
        if (found == index.constEnd()) {
            Group group;
            group.line.missionId = missionId;
            const QString missionTitle = rates->missions.value(missionId).title;
            switch (grouping) {
            case Grouping::Mission:
                group.line.label = missionId > 0 ? missionTitle : tr("Other work");
                group.sortTitle = group.line.label;
                break;
            case Grouping::Task:
                group.line.taskId = taskId;
                // Without a task: the mission's title, else "Other work".
                group.line.label = taskId > 0      ? query.value(5).toString()
                                   : missionId > 0 ? missionTitle
                                                   : tr("Other work");
                group.sortTitle = group.line.label;
                break;
            case Grouping::Day:
                group.line.day = day;
                group.line.label =
                    missionId > 0
                        ? tr("%1 — %2", "day — mission").arg(locale.toString(day, QLocale::ShortFormat), missionTitle)
                        : locale.toString(day, QLocale::ShortFormat);
                group.sortTitle = missionTitle;
                break;
            }
            found = index.insert(keyText, int(groups.size()));
            groups.append(group);
        }
        Group& group = groups[*found];
        group.line.rawMinutes += minutes;
        group.minutes.append(minutes);
        group.line.entryIds.append(id);
    }
    query.finish();

    std::stable_sort(groups.begin(), groups.end(), [grouping](const Group& a, const Group& b) {
        if (grouping == Grouping::Day && a.line.day != b.line.day)
            return a.line.day < b.line.day;
        // Work without a mission or task last.
        const bool aNone = a.line.missionId == 0 && a.line.taskId == 0;
        const bool bNone = b.line.missionId == 0 && b.line.taskId == 0;
        if (aNone != bNone)
            return bNone;
        const int byTitle = a.sortTitle.localeAwareCompare(b.sortTitle);
        if (byTitle != 0)
            return byTitle < 0;
        return std::tie(a.line.missionId, a.line.taskId) < std::tie(b.line.missionId, b.line.taskId);
    });

    QList<Line> lines;
    lines.reserve(groups.size());
    for (Group& group : groups) {
        Line& line = group.line;
        line.roundedMinutes = roundedTotal(group.minutes, rule);
        line.quantityThousandths = Duration::fromMinutes(line.roundedMinutes).toInvoiceQuantityThousandths();
        line.rate = rates->rateFor(line.missionId);
        if (line.rate) {
            auto amount = line.rate->multipliedByThousandths(line.quantityThousandths);
            if (!amount)
                return amount.error();
            line.amount = amount.value();
        }
        lines.append(line);
    }
    return lines;
}

} // namespace Bureau

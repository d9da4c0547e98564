// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PackageUsage.h"

#include "core/domain/Duration.h"
#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace Bureau
{

namespace
{

struct PackageMission
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString title;
    QString clientName;
    QDate startsOn;
    qint64 includedMinutes = 0;
    bool carried = false;
};

const QString kMissionSelect =
    QStringLiteral("SELECT m.id, m.client_id, m.title, c.name, m.starts_on, coalesce(m.package_minutes, 0), "
                   "m.overage, m.billing_mode FROM missions m JOIN clients c ON c.id = m.client_id");

PackageMission missionOf(const QSqlQuery& query)
{
    return PackageMission{query.value(0).toLongLong(),
                          query.value(1).toLongLong(),
                          query.value(2).toString(),
                          query.value(3).toString(),
                          QDate::fromString(query.value(4).toString(), Qt::ISODate),
                          query.value(5).toLongLong(),
                          query.value(6).toString() == QLatin1String("carried")};
}

QDate monthOfKey(const QString& key)
{
    return QDate(key.left(4).toInt(), key.mid(5, 2).toInt(), 1);
}

/**
 * The month of @p month for a mission whose worked minutes per month (first days → minutes) are
 * @p worked: with carried overage, the months from the mission's start (or its first minute of
 * work, if earlier) pass their overage on, one after the other.
 */
PackageUsage::Month usageOf(const PackageMission& mission, const QMap<QDate, qint64>& worked, QDate month)
{
    PackageUsage::Month out;
    out.missionId = mission.id;
    out.clientId = mission.clientId;
    out.missionTitle = mission.title;
    out.clientName = mission.clientName;
    out.month = month;
    out.includedMinutes = mission.includedMinutes;
    out.workedMinutes = worked.value(month);
    if (mission.carried) {
        QDate from = mission.startsOn.isValid() ? LocalCalendar::monthStart(mission.startsOn) : month;
        if (!worked.isEmpty())
            from = std::min(from, worked.firstKey());
        qint64 carry = 0;
        for (QDate m = from; m < month; m = m.addMonths(1))
            carry = std::max<qint64>(0, worked.value(m) + carry - mission.includedMinutes);
        out.carriedInMinutes = carry;
    }
    out.usedMinutes = out.workedMinutes + out.carriedInMinutes;
    out.remainingMinutes = std::max<qint64>(0, out.includedMinutes - out.usedMinutes);
    out.overageMinutes = std::max<qint64>(0, out.usedMinutes - out.includedMinutes);
    out.percentUsed =
        out.includedMinutes > 0
            ? int(std::min<qint64>(out.usedMinutes * 100 / out.includedMinutes, std::numeric_limits<int>::max()))
            : 0;
    if (out.includedMinutes > 0 && out.usedMinutes >= out.includedMinutes)
        out.level = PackageUsage::Level::Reached;
    else if (out.includedMinutes > 0 && out.usedMinutes * 5 >= out.includedMinutes * 4)
        out.level = PackageUsage::Level::Near;
    else
        out.level = PackageUsage::Level::Ok;
    return out;
}

} // namespace

PackageUsage::PackageUsage(Database& database)
    : m_db(database)
{
}

Result<PackageUsage::Month> PackageUsage::forMission(qint64 missionId, QDate anyDayOfMonth) const
{
    if (!anyDayOfMonth.isValid())
        return Error::make(Error::Kind::Invalid, tr("Choose a month."), QStringLiteral("invalid date"));
    const QString failure = tr("The package’s hours cannot be read.");
    const QDate month = LocalCalendar::monthStart(anyDayOfMonth);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kMissionSelect + QStringLiteral(" WHERE m.id = ?")));
    query.addBindValue(missionId);
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    if (!query.next()) {
        query.finish();
        return Error::make(Error::Kind::NotFound, tr("No mission has the number %1.").arg(missionId));
    }
    const PackageMission mission = missionOf(query);
    const bool package = query.value(7).toString() == QLatin1String("package");
    query.finish();
    if (!package || mission.includedMinutes <= 0) {
        return Error::make(Error::Kind::Invalid,
                           tr("The mission “%1” is not billed as a package of hours.").arg(mission.title));
    }

    query.prepare(QStringLiteral("SELECT month, sum(minutes) FROM time_month_totals "
                                 "WHERE mission_id = ? AND mission_id <> 0 AND month <= ? "
                                 "GROUP BY month"));
    query.addBindValue(missionId);
    query.addBindValue(LocalCalendar::monthKey(month));
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    QMap<QDate, qint64> worked;
    while (query.next())
        worked.insert(monthOfKey(query.value(0).toString()), query.value(1).toLongLong());
    query.finish();
    return usageOf(mission, worked, month);
}

Result<QList<PackageUsage::Month>> PackageUsage::all(QDate anyDayOfMonth) const
{
    if (!anyDayOfMonth.isValid())
        return Error::make(Error::Kind::Invalid, tr("Choose a month."), QStringLiteral("invalid date"));
    const QString failure = tr("The package’s hours cannot be read.");
    const QDate month = LocalCalendar::monthStart(anyDayOfMonth);
    const QString monthEnd = month.addMonths(1).addDays(-1).toString(Qt::ISODate);

    // Active package missions of clients still in the list, running during that month.
    const QString active = QStringLiteral(" WHERE m.billing_mode = 'package' AND m.status = 'active' "
                                          "AND c.archived = 0 AND m.starts_on <= ? "
                                          "AND (m.ends_on IS NULL OR m.ends_on >= ?)");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kMissionSelect + active));
    query.addBindValue(monthEnd);
    query.addBindValue(month.toString(Qt::ISODate));
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    QList<PackageMission> missions;
    while (query.next()) {
        const PackageMission mission = missionOf(query);
        if (mission.includedMinutes > 0)
            missions.append(mission);
    }
    query.finish();
    if (missions.isEmpty())
        return QList<Month>();

    // Billed overage needs the month alone; carried overage every month up to it.
    QList<qint64> billedIds;
    QList<qint64> carriedIds;
    for (const PackageMission& mission : std::as_const(missions))
        (mission.carried ? carriedIds : billedIds).append(mission.id);
    QStringList parts;
    QVariantList values;
    const QString monthKey = LocalCalendar::monthKey(month);
    for (const auto& [ids, condition] :
         {std::pair{&billedIds, QStringLiteral("month = ?")}, std::pair{&carriedIds, QStringLiteral("month <= ?")}}) {
        if (ids->isEmpty())
            continue;
        QStringList marks;
        for (const qint64 id : *ids) {
            marks.append(QStringLiteral("?"));
            values.append(id);
        }
        parts.append(QString(QStringLiteral("SELECT mission_id, month, sum(minutes) FROM time_month_totals "
                                            "WHERE mission_id <> 0 AND mission_id IN (")
                             + marks.join(QStringLiteral(", ")) + QStringLiteral(") AND ") + condition
                             + QStringLiteral(" GROUP BY mission_id, month")));
        values.append(monthKey);
    }
    query.prepare(parts.join(QStringLiteral(" UNION ALL ")));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(failure, query.lastError());
    QHash<qint64, QMap<QDate, qint64>> worked;
    while (query.next())
        worked[query.value(0).toLongLong()].insert(monthOfKey(query.value(1).toString()), query.value(2).toLongLong());
    query.finish();

    QList<Month> months;
    months.reserve(missions.size());
    for (const PackageMission& mission : std::as_const(missions))
        months.append(usageOf(mission, worked.value(mission.id), month));
    std::sort(months.begin(), months.end(), [](const Month& a, const Month& b) {
        if (const int byClient = a.clientName.localeAwareCompare(b.clientName); byClient != 0)
            return byClient < 0;
        if (a.clientId != b.clientId)
            return a.clientId < b.clientId;
        if (const int byTitle = a.missionTitle.localeAwareCompare(b.missionTitle); byTitle != 0)
            return byTitle < 0;
        return a.missionId < b.missionId;
    });
    return months;
}

Result<QList<PackageUsage::Month>> PackageUsage::alerts(QDate anyDayOfMonth) const
{
    auto months = all(anyDayOfMonth);
    if (!months)
        return months.error();
    QList<Month> warnings;
    for (const Month& month : std::as_const(*months)) {
        if (month.level != Level::Ok)
            warnings.append(month);
    }
    std::stable_sort(warnings.begin(), warnings.end(), [](const Month& a, const Month& b) {
        // Compare used / included without rounding: a.used × b.included against b.used × a.included.
        const qint64 left = a.usedMinutes * b.includedMinutes;
        const qint64 right = b.usedMinutes * a.includedMinutes;
        return left > right;
    });
    return warnings;
}

QString PackageUsage::describe(const Month& month, const QLocale& locale)
{
    const QString monthName = locale.toString(month.month, QStringLiteral("MMMM yyyy"));
    const QString included = Duration::fromMinutes(month.includedMinutes).format(locale);
    if (month.overageMinutes > 0) {
        return tr("%1 — %2: %3 used in %4, %5 beyond the package of %6.")
            .arg(month.clientName, month.missionTitle, Duration::fromMinutes(month.usedMinutes).format(locale),
                 monthName, Duration::fromMinutes(month.overageMinutes).format(locale), included);
    }
    if (month.level == Level::Reached) {
        return tr("%1 — %2: all of the package of %3 used in %4.")
            .arg(month.clientName, month.missionTitle, included, monthName);
    }
    return tr("%1 — %2: %3 % of %4 used in %5.")
        .arg(month.clientName, month.missionTitle, locale.toString(month.percentUsed), included, monthName);
}

} // namespace Bureau

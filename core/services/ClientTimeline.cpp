// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ClientTimeline.h"

#include "core/domain/ClientRecords.h"
#include "core/domain/Duration.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Bureau
{

namespace
{

constexpr int kMaxDetailLength = 500;

QString shortened(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= kMaxDetailLength)
        return trimmed;
    return QString(trimmed.left(kMaxDetailLength - 1) + QChar(0x2026));
}

} // namespace

ClientTimeline::ClientTimeline(Database& database)
    : m_db(database)
{
}

const QList<ClientTimeline::Source>& ClientTimeline::sources()
{
    static const QList<Source> all{
        [](const ClientTimeline& t, qint64 c, int n, QList<Entry>& out) { return t.interactions(c, n, out); },
        [](const ClientTimeline& t, qint64 c, int n, QList<Entry>& out) { return t.tasks(c, n, out); },
        [](const ClientTimeline& t, qint64 c, int n, QList<Entry>& out) { return t.missions(c, n, out); },
        [](const ClientTimeline& t, qint64 c, int n, QList<Entry>& out) { return t.files(c, n, out); },
        [](const ClientTimeline& t, qint64 c, int n, QList<Entry>& out) { return t.accesses(c, n, out); },
        [](const ClientTimeline& t, qint64 c, int n, QList<Entry>& out) { return t.timeEntries(c, n, out); },
    };
    return all;
}

Result<QList<ClientTimeline::Entry>> ClientTimeline::entries(qint64 clientId, int limit) const
{
    QList<Entry> all;
    if (limit <= 0)
        return all;
    // Each source gives at most `limit` entries of its newest: the merge keeps the newest overall.
    for (const Source& source : sources()) {
        if (Status read = source(*this, clientId, limit, all); !read)
            return read.error();
    }
    std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
        if (a.whenMs != b.whenMs)
            return a.whenMs > b.whenMs;
        if (a.kind != b.kind)
            return int(a.kind) > int(b.kind);
        return a.id > b.id;
    });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

Status ClientTimeline::interactions(qint64 clientId, int limit, QList<Entry>& out) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, kind, occurred_at, summary, body FROM interactions WHERE client_id = ? "
                                 "ORDER BY occurred_at DESC, id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(tr("The history of the client cannot be read."), query.lastError());
    while (query.next()) {
        const QString kind = query.value(1).toString();
        const auto kindValue = Interaction::kindFromKey(kind).value_or(Interaction::Kind::Note);
        out.append(Entry{query.value(2).toLongLong(), Kind::Interaction,
                         tr("%1: %2", "timeline: interaction kind, summary")
                             .arg(Interaction::kindText(kindValue), query.value(3).toString()),
                         shortened(query.value(4).toString()), QStringLiteral("interactions"),
                         query.value(0).toLongLong(), kind});
    }
    query.finish();
    return {};
}

Status ClientTimeline::tasks(qint64 clientId, int limit, QList<Entry>& out) const
{
    const QString failed = tr("The history of the client cannot be read.");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id, t.title, t.created_at, m.title FROM tasks t "
                                 "LEFT JOIN missions m ON m.id = t.mission_id WHERE t.client_id = ? "
                                 "ORDER BY t.created_at DESC, t.id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(failed, query.lastError());
    const auto missionDetail = [](const QVariant& mission) {
        return mission.isNull() ? QString() : tr("Mission: %1").arg(mission.toString());
    };
    while (query.next()) {
        out.append(Entry{query.value(2).toLongLong(), Kind::TaskCreated,
                         tr("Task created: %1").arg(query.value(1).toString()), missionDetail(query.value(3)),
                         QStringLiteral("tasks"), query.value(0).toLongLong(), QString()});
    }
    query.finish();
    query.prepare(QStringLiteral("SELECT t.id, t.title, t.completed_at, m.title FROM tasks t "
                                 "LEFT JOIN missions m ON m.id = t.mission_id "
                                 "WHERE t.client_id = ? AND t.completed_at IS NOT NULL "
                                 "ORDER BY t.completed_at DESC, t.id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(failed, query.lastError());
    while (query.next()) {
        out.append(Entry{query.value(2).toLongLong(), Kind::TaskCompleted,
                         tr("Task completed: %1").arg(query.value(1).toString()), missionDetail(query.value(3)),
                         QStringLiteral("tasks"), query.value(0).toLongLong(), QString()});
    }
    query.finish();
    return {};
}

Status ClientTimeline::missions(qint64 clientId, int limit, QList<Entry>& out) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, title, starts_on, timezone, billing_mode FROM missions WHERE client_id = ? "
                       "ORDER BY starts_on DESC, id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(tr("The history of the client cannot be read."), query.lastError());
    while (query.next()) {
        const QDate start = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        QTimeZone zone(query.value(3).toString().toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const auto billing = Mission::billingFromKey(query.value(4).toString());
        out.append(Entry{start.startOfDay(zone).toMSecsSinceEpoch(), Kind::MissionStarted,
                         tr("Mission starts: %1").arg(query.value(1).toString()),
                         billing ? Mission::billingText(*billing) : QString(), QStringLiteral("missions"),
                         query.value(0).toLongLong(), QString()});
    }
    query.finish();
    return {};
}

Status ClientTimeline::files(qint64 clientId, int limit, QList<Entry>& out) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, original_name, category, added_at FROM client_files WHERE client_id = ? "
                                 "ORDER BY added_at DESC, id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(tr("The history of the client cannot be read."), query.lastError());
    while (query.next()) {
        const auto category = ClientFile::categoryFromKey(query.value(2).toString());
        out.append(Entry{query.value(3).toLongLong(), Kind::FileAdded,
                         tr("File attached: %1").arg(query.value(1).toString()),
                         category ? ClientFile::categoryText(*category) : QString(), QStringLiteral("client_files"),
                         query.value(0).toLongLong(), QString()});
    }
    query.finish();
    return {};
}

Status ClientTimeline::accesses(qint64 clientId, int limit, QList<Entry>& out) const
{
    const QString failed = tr("The history of the client cannot be read.");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, service, granted_by, created_at FROM client_accesses WHERE client_id = ? "
                                 "ORDER BY created_at DESC, id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(failed, query.lastError());
    while (query.next()) {
        const QString grantedBy = query.value(2).toString();
        out.append(Entry{query.value(3).toLongLong(), Kind::AccessGranted,
                         tr("Access granted: %1").arg(query.value(1).toString()),
                         grantedBy.isEmpty() ? QString() : tr("Granted by %1").arg(grantedBy),
                         QStringLiteral("client_accesses"), query.value(0).toLongLong(), QString()});
    }
    query.finish();
    query.prepare(QStringLiteral("SELECT id, service, revoked_at FROM client_accesses "
                                 "WHERE client_id = ? AND revoked_at IS NOT NULL "
                                 "ORDER BY revoked_at DESC, id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(failed, query.lastError());
    while (query.next()) {
        out.append(Entry{query.value(2).toLongLong(), Kind::AccessRevoked,
                         tr("Access revoked: %1").arg(query.value(1).toString()), QString(),
                         QStringLiteral("client_accesses"), query.value(0).toLongLong(), QString()});
    }
    query.finish();
    return {};
}

Status ClientTimeline::timeEntries(qint64 clientId, int limit, QList<Entry>& out) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // The client's newest entries: time_entries_by_client narrows to the client, then by start.
    query.prepare(QStringLiteral("SELECT e.id, e.started_at, e.ended_at, e.minutes, e.description, m.title "
                                 "FROM time_entries e LEFT JOIN missions m ON m.id = e.mission_id "
                                 "WHERE e.client_id = ? ORDER BY e.started_at DESC, e.id DESC LIMIT ?"));
    query.addBindValue(clientId);
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(tr("The history of the client cannot be read."), query.lastError());
    const QLocale locale;
    while (query.next()) {
        const QString description = query.value(4).toString().trimmed();
        QString title;
        if (query.value(2).isNull()) {
            title = description.isEmpty() ? tr("Timer running")
                                          : tr("Timer running: %1", "timeline: description").arg(description);
        } else {
            const QString worked = Duration::fromMinutes(query.value(3).toLongLong()).format(locale);
            title = description.isEmpty()
                        ? tr("%1 worked", "timeline: a duration such as 1h30").arg(worked)
                        : tr("%1 — %2", "timeline: duration worked, description").arg(worked, description);
        }
        const QVariant mission = query.value(5);
        out.append(Entry{query.value(1).toLongLong(), Kind::TimeWorked, title,
                         mission.isNull() ? QString() : tr("Mission: %1").arg(mission.toString()),
                         QStringLiteral("time_entries"), query.value(0).toLongLong(), QString()});
    }
    query.finish();
    return {};
}

QString ClientTimeline::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Interaction:
        return QStringLiteral("interaction");
    case Kind::TaskCreated:
        return QStringLiteral("task-created");
    case Kind::TaskCompleted:
        return QStringLiteral("task-completed");
    case Kind::MissionStarted:
        return QStringLiteral("mission-started");
    case Kind::FileAdded:
        return QStringLiteral("file-added");
    case Kind::AccessGranted:
        return QStringLiteral("access-granted");
    case Kind::AccessRevoked:
        return QStringLiteral("access-revoked");
    case Kind::TimeWorked:
        return QStringLiteral("time-worked");
    }
    return {};
}

QString ClientTimeline::zoneCity(const QTimeZone& zone)
{
    const QString id = QString::fromUtf8(zone.id());
    QString city = id.section(u'/', -1);
    city.replace(u'_', u' ');
    return city;
}

QString ClientTimeline::formatInstant(qint64 utcMs, const QTimeZone& userZone, const QTimeZone& clientZone,
                                      const QLocale& locale)
{
    const QString datePattern = QStringLiteral("d MMM yyyy");
    const QString timePattern = QStringLiteral("HH:mm");
    const QDateTime user = QDateTime::fromMSecsSinceEpoch(utcMs, userZone.isValid() ? userZone : QTimeZone::utc());
    const QString userText =
        QString(locale.toString(user.date(), datePattern) + u' ' + locale.toString(user.time(), timePattern));
    if (!clientZone.isValid() || clientZone.id() == userZone.id())
        return userText;
    const QDateTime client = QDateTime::fromMSecsSinceEpoch(utcMs, clientZone);
    const QString clientTime = locale.toString(client.time(), timePattern);
    const QString clientText = client.date() == user.date()
                                   ? clientTime
                                   : QString(locale.toString(client.date(), datePattern) + u' ' + clientTime);
    return tr("%1 (%2) · %3 (%4)", "an instant in the user's zone (city), then in the client's zone (city)")
        .arg(userText, zoneCity(user.timeZone()), clientText, zoneCity(clientZone));
}

} // namespace Bureau

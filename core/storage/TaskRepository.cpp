// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TaskRepository.h"

#include "core/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/WriteResult.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

const QString kSelect = QStringLiteral("SELECT id, client_id, mission_id, title, notes, status, priority, due_on, "
                                       "completed_at, created_at, updated_at FROM tasks");

// Open tasks first, by due date (undated last), then priority; done tasks last, latest first.
const QString kOrder = QStringLiteral(" ORDER BY CASE WHEN status = 'done' THEN 1 ELSE 0 END, "
                                      "CASE WHEN status = 'done' THEN NULL WHEN due_on IS NULL THEN 1 ELSE 0 END, "
                                      "CASE WHEN status = 'done' THEN NULL ELSE due_on END, "
                                      "CASE WHEN status = 'done' THEN -completed_at ELSE -priority END, id");

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

Task normalized(const Task& task, qint64 now)
{
    Task out = task;
    out.title = task.title.trimmed();
    if (out.status == Task::Status::Done) {
        if (out.completedAtMs <= 0)
            out.completedAtMs = now;
    } else {
        out.completedAtMs = 0;
    }
    return out;
}

void bindFields(QSqlQuery& query, const Task& row)
{
    query.addBindValue(row.missionId > 0 ? QVariant(row.missionId) : nullInteger());
    query.addBindValue(row.title);
    query.addBindValue(notNull(row.notes));
    query.addBindValue(Task::statusKey(row.status));
    query.addBindValue(int(row.priority));
    query.addBindValue(row.dueOn.isValid() ? QVariant(row.dueOn.toString(Qt::ISODate))
                                           : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(row.completedAtMs > 0 ? QVariant(row.completedAtMs) : nullInteger());
}

} // namespace

TaskRepository::TaskRepository(Database& database)
    : m_db(database)
{
}

Status TaskRepository::check(const Task& task) const
{
    if (const QList<FieldError> errors = task.validate(); !errors.isEmpty()) {
        QStringList fields;
        for (const FieldError& error : errors)
            fields << error.field;
        return Error::make(Error::Kind::Invalid,
                           tr("The task was not saved. %1").arg(describeFieldErrors(errors, &Task::fieldLabel)),
                           QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", "))));
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?)"));
    query.addBindValue(task.clientId);
    if (!query.exec() || !query.next())
        return Database::sqlError(tr("The task cannot be saved."), query.lastError());
    const bool clientExists = query.value(0).toBool();
    query.finish();
    if (!clientExists)
        return Error::make(Error::Kind::NotFound, tr("No client has the number %1.").arg(task.clientId));
    if (task.missionId > 0) {
        query.prepare(QStringLiteral("SELECT client_id FROM missions WHERE id = ?"));
        query.addBindValue(task.missionId);
        if (!query.exec())
            return Database::sqlError(tr("The task cannot be saved."), query.lastError());
        const bool found = query.next();
        const qint64 owner = found ? query.value(0).toLongLong() : 0;
        query.finish();
        if (!found)
            return Error::make(Error::Kind::NotFound, tr("No mission has the number %1.").arg(task.missionId));
        if (owner != task.clientId)
            return Error::make(Error::Kind::Invalid,
                               tr("The task was not saved: the mission chosen belongs to another client."),
                               QStringLiteral("mission %1 of client %2, task of client %3")
                                   .arg(task.missionId)
                                   .arg(owner)
                                   .arg(task.clientId));
    }
    return {};
}

Result<Task> TaskRepository::add(const Task& task)
{
    return writeResult(m_db, [&] { return addInTransaction(task); });
}

Result<Task> TaskRepository::update(const Task& task)
{
    return writeResult(m_db, [&] { return updateInTransaction(task); });
}

Result<Task> TaskRepository::addInTransaction(const Task& task)
{
    const qint64 now = m_db.clock().nowMs();
    Task row = normalized(task, now);
    if (Status checked = check(row); !checked)
        return checked.error();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO tasks (mission_id, title, notes, status, priority, due_on, completed_at, "
                                 "client_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, row);
    query.addBindValue(row.clientId);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Database::sqlError(tr("The task cannot be saved."), query.lastError());
    row.id = query.lastInsertId().toLongLong();
    row.createdAtMs = now;
    row.updatedAtMs = now;
    return row;
}

Result<Task> TaskRepository::updateInTransaction(const Task& task)
{
    auto existing = find(task.id);
    if (!existing)
        return existing.error();
    if (existing->clientId != task.clientId)
        return Error::make(Error::Kind::Invalid, tr("A task cannot move to another client."),
                           QStringLiteral("task %1").arg(task.id));
    const qint64 now = m_db.clock().nowMs();
    Task incoming = task;
    // A task that stays done keeps the time it was done.
    if (incoming.status == Task::Status::Done && incoming.completedAtMs <= 0)
        incoming.completedAtMs = existing->completedAtMs;
    Task row = normalized(incoming, now);
    if (Status checked = check(row); !checked)
        return checked.error();
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE tasks SET mission_id = ?, title = ?, notes = ?, status = ?, priority = ?, "
                                 "due_on = ?, completed_at = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, row);
    query.addBindValue(now);
    query.addBindValue(row.id);
    if (!query.exec())
        return Database::sqlError(tr("The task cannot be saved."), query.lastError());
    row.createdAtMs = existing->createdAtMs;
    row.updatedAtMs = now;
    return row;
}

Result<Task> TaskRepository::withStatus(qint64 id, bool done)
{
    Task stored;
    auto written = m_db.write([&]() -> Status {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        Task task = existing.value();
        if (done == task.isDone()) {
            stored = task;
            return {};
        }
        task.status = done ? Task::Status::Done : Task::Status::Todo;
        task.completedAtMs = 0;
        auto updated = updateInTransaction(task);
        if (!updated)
            return updated.error();
        stored = updated.value();
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

Result<Task> TaskRepository::markDone(qint64 id)
{
    return withStatus(id, true);
}

Result<Task> TaskRepository::reopen(qint64 id)
{
    return withStatus(id, false);
}

Status TaskRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("DELETE FROM tasks WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(tr("The task cannot be deleted."), query.lastError());
        if (query.numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound, tr("No task has the number %1.").arg(id));
        return {};
    });
}

Result<Task> TaskRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("No task has the number %1.").arg(id));
    return found->first();
}

Result<QList<Task>> TaskRepository::listForClient(qint64 clientId, bool includeDone) const
{
    return select(includeDone ? QStringLiteral(" WHERE client_id = ?")
                              : QStringLiteral(" WHERE client_id = ? AND status <> 'done'"),
                  {clientId});
}

Result<QList<Task>> TaskRepository::listOpen() const
{
    return select(QStringLiteral(" WHERE status <> 'done'"), {});
}

Result<QList<Task>> TaskRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString(kSelect + where + kOrder));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(tr("The tasks cannot be read."), query.lastError());
    QList<Task> tasks;
    while (query.next()) {
        Task task;
        task.id = query.value(0).toLongLong();
        task.clientId = query.value(1).toLongLong();
        task.missionId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        task.title = query.value(3).toString();
        task.notes = query.value(4).toString();
        const QString status = query.value(5).toString();
        const int priority = query.value(6).toInt();
        if (!query.value(7).isNull())
            task.dueOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        task.completedAtMs = query.value(8).isNull() ? 0 : query.value(8).toLongLong();
        task.createdAtMs = query.value(9).toLongLong();
        task.updatedAtMs = query.value(10).toLongLong();
        const auto statusValue = Task::statusFromKey(status);
        if (!statusValue || priority < 0 || priority > 3)
            return Error::make(Error::Kind::Corrupt, tr("A task in the database is damaged."),
                               QStringLiteral("task %1").arg(task.id));
        task.status = *statusValue;
        task.priority = Task::Priority(priority);
        tasks.append(task);
    }
    query.finish();
    return tasks;
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ClientRecords.h"

#include <QCoreApplication>
#include <QList>

namespace Bureau
{

class Database;

/**
 * The clients' tasks (table `tasks`), in their basic form (issue 4).
 *
 * A task is done exactly when it has a completion time (the table's CHECK): saving a task as Done
 * stamps it now unless it already has a time, saving it as anything else clears the time. A
 * linked mission must be one of the same client's: anything else is refused.
 */
class TaskRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(Database& database);

    /** Stores a new task; returns it as stored. */
    Result<Task> add(const Task& task);
    /** Replaces the stored task of the same id; returns it as stored. */
    Result<Task> update(const Task& task);
    /** NotFound when no task has that id. */
    Status remove(qint64 id);
    /** NotFound when no task has that id. */
    Result<Task> find(qint64 id) const;
    /**
     * The client's tasks: open ones first by due date (undated after dated, then higher priority
     * first), then done ones, latest completed first.
     */
    Result<QList<Task>> listForClient(qint64 clientId, bool includeDone = true) const;
    /** Every client's open tasks, in the order of listForClient(). */
    Result<QList<Task>> listOpen() const;
    /** Marks the task done now (a done task keeps its completion time). Returns it as stored. */
    Result<Task> markDone(qint64 id);
    /** Sets a done task back to "to do" (others are left as they are). Returns it as stored. */
    Result<Task> reopen(qint64 id);

    /** add() and update() inside the caller's write transaction. */
    Result<Task> addInTransaction(const Task& task);
    Result<Task> updateInTransaction(const Task& task);

private:
    Status check(const Task& task) const;
    Result<QList<Task>> select(const QString& where, const QVariantList& values) const;
    Result<Task> withStatus(qint64 id, bool done);

    Database& m_db;
};

} // namespace Bureau

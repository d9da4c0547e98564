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
 * The missions (contracts) of clients (tables `missions` and `mission_slots`).
 *
 * Nothing invalid is stored: add() and update() validate (Mission::validate) and refuse with
 * every field error. Only the amounts of the mission's billing mode are stored; the others are
 * stored as NULL and read back as empty Money (and 0 package minutes). The working slots are
 * replaced as a whole on each save, in the same transaction. A linked contract file must be one
 * of the client's files.
 */
class MissionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MissionRepository)

public:
    explicit MissionRepository(Database& database);

    /** Stores a new mission and its slots; returns it as stored (id, times, slots sorted). */
    Result<Mission> add(const Mission& mission);
    /** Replaces the stored mission of the same id and all its slots; returns it as stored. */
    Result<Mission> update(const Mission& mission);
    /** Deletes the mission and its slots; its tasks lose their link. NotFound when absent. */
    Status remove(qint64 id);
    /** NotFound when no mission has that id. */
    Result<Mission> find(qint64 id) const;
    /** The client's missions, latest start first, each with its slots. */
    Result<QList<Mission>> listForClient(qint64 clientId) const;

    /** add() and update() inside the caller's write transaction (Database::write does not nest). */
    Result<Mission> addInTransaction(const Mission& mission);
    Result<Mission> updateInTransaction(const Mission& mission);

    /** @p mission as it is stored: text trimmed, codes upper-case, other modes' amounts dropped, slots sorted. */
    static Mission normalized(const Mission& mission);

private:
    Status check(const Mission& mission) const;
    Status writeSlots(qint64 missionId, const QList<WorkingSlot>& weekly);
    Result<QList<Mission>> select(const QString& where, qint64 key) const;

    Database& m_db;
};

} // namespace Bureau

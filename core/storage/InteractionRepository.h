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
 * The interactions with clients (table `interactions`): calls, e-mails, meetings, notes, messages.
 *
 * Nothing invalid is stored: add() and update() validate first and refuse with every field error
 * in the message (field keys in the detail). A linked contact must be one of the client's.
 * Instants are UTC ms; ClientTimeline::formatInstant() shows one in the user's and the client's zone.
 */
class InteractionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(Database& database);

    /** Stores a new interaction; returns it as stored (id and times set). */
    Result<Interaction> add(const Interaction& interaction);
    /** Replaces the stored interaction of the same id; returns it as stored. */
    Result<Interaction> update(const Interaction& interaction);
    /** NotFound when no interaction has that id. */
    Status remove(qint64 id);
    /** NotFound when no interaction has that id. */
    Result<Interaction> find(qint64 id) const;
    /** The client's interactions, newest first (`limit` < 0: all). */
    Result<QList<Interaction>> listForClient(qint64 clientId, int limit = -1) const;

    /** add() and update() inside the caller's write transaction (Database::write does not nest). */
    Result<Interaction> addInTransaction(const Interaction& interaction);
    Result<Interaction> updateInTransaction(const Interaction& interaction);

private:
    Status check(const Interaction& interaction) const;

    Database& m_db;
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Client.h"

#include <QCoreApplication>

class QWidget;

namespace Bureau
{

struct AppContext;
class ReceptionCard;

/**
 * What the client list and the client page both do to a client, with the questions and messages
 * that go with it: archive, delete (only when the law allows, archive offered otherwise), export
 * and erase personal data, the reception card.
 */
class ClientActions final
{
    Q_DECLARE_TR_FUNCTIONS(ClientActions)

public:
    enum class Outcome
    {
        Cancelled,
        Done,
        /** Delete was refused or not possible and the client was archived instead. */
        Archived,
        Failed,
    };

    /** Archives or restores; true when done. */
    static bool setArchived(AppContext& context, QWidget* parent, const Client& client, bool archived);
    /** False when the client has documents the law requires to keep (then only archiving is offered). */
    static bool canDelete(AppContext& context, qint64 clientId);
    /**
     * Asks, then deletes the client with everything about it (secrets and attached copies too).
     * When the client cannot be deleted, says why and offers to archive instead.
     */
    static Outcome deleteClient(AppContext& context, QWidget* parent, const Client& client);
    /** Writes the ZIP of the client's personal data to @p zipPath (asked for when empty). */
    static bool exportPersonalData(AppContext& context, QWidget* parent, const Client& client,
                                   const QString& zipPath = {});
    /** Explains what is erased and what is kept and why, asks, then erases. */
    static bool erasePersonalData(AppContext& context, QWidget* parent, const Client& client);
    /** Opens the reception card of @p client beside the window (deleted when closed). */
    static ReceptionCard* showReceptionCard(AppContext& context, QWidget* parent, const Client& client);
};

} // namespace Bureau

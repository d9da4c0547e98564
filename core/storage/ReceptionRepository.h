// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/ClientRecords.h"

#include <QCoreApplication>

namespace Bureau
{

class Database;

/**
 * How to answer each client's phone or inbox (tables `reception_instructions` and
 * `reception_answers`). A client has a row only while its instructions are not empty: saving
 * empty instructions deletes it, so "instructions are written" is simply "a row exists" (the
 * onboarding rule, OnboardingRepository). Standard answers are replaced as a whole on each save,
 * in their order; blank ones are dropped.
 */
class ReceptionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionRepository)

public:
    explicit ReceptionRepository(Database& database);

    /** The client's instructions; empty ones (isEmpty(), updatedAtMs 0) when none are written. */
    Result<ReceptionInstructions> load(qint64 clientId) const;
    /** Stores the instructions of `instructions.clientId` with their answers; returns them as stored. */
    Result<ReceptionInstructions> save(const ReceptionInstructions& instructions);
    /** save() inside the caller's write transaction. */
    Result<ReceptionInstructions> saveInTransaction(const ReceptionInstructions& instructions);

private:
    Database& m_db;
};

} // namespace Bureau

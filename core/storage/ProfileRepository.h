// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BusinessProfile.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Bureau
{

class Database;

/**
 * The business profile in the database: the single row of `business_profile` (migration 0003).
 *
 * Nothing invalid is stored: save() validates first and refuses with every field error in its
 * message (and the field keys in the detail). Identifiers are stored normalised.
 */
class ProfileRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)

public:
    explicit ProfileRepository(Database& database);

    /** The stored profile, or nothing when the user has not given one yet. */
    Result<std::optional<BusinessProfile>> load() const;

    /** Validates, then inserts or replaces the profile in its own write transaction. */
    Status save(const BusinessProfile& profile);

    /**
     * Reads, changes and writes the profile in one write transaction, so that two processes
     * changing different fields at once both keep their change. @p change starts from the stored
     * profile (or a default one) and may refuse with an error; the result is then validated as
     * save() does. Returns the profile as stored.
     */
    Result<BusinessProfile> update(const std::function<Status(BusinessProfile&)>& change);

    /**
     * Like save(), inside a write transaction the caller already holds (Database::write does not
     * nest), e.g. the demo generator's.
     */
    Status saveInTransaction(const BusinessProfile& profile);

    /**
     * Inside the caller's write transaction, stores a realistic demo profile (an EI virtual
     * assistant in Lyon under the VAT franchise) unless a profile exists.
     */
    Status seedDemoInTransaction();

    /** The demo profile: valid and complete, with check digits that pass. */
    static BusinessProfile demoProfile();

    /** @p profile with its text trimmed and its codes and identifiers in their stored form. */
    static BusinessProfile normalized(const BusinessProfile& profile);

    /** The field errors as one sentence per field: "SIRET: This SIRET fails its check digit…". */
    static QString describe(const QList<FieldError>& errors);

private:
    Result<std::optional<BusinessProfile>> loadRow() const;

    Database& m_db;
};

} // namespace Bureau

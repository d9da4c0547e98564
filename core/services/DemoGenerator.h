// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Bureau
{

class Database;

/**
 * Fills a new database with realistic, varied demo data (French and foreign clients, several time
 * zones, their contacts, missions, tasks and time entries: 1,000,000 over 10 years for `large`, a
 * few hundred over 3 months and a running timer for `small`; 20,000 quotes, invoices and credit notes
 * with their payments for `large`, a dozen for `small`). Deterministic for a given seed, so
 * benchmarks compare like with like.
 * Each area adds its own tables here as it lands, up to DESIGN.md's `large` sizes.
 */
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    enum class Size
    {
        Small,
        Large,
    };

    struct Summary
    {
        int clients = 0;
        int contacts = 0;
        int interactions = 0;
        int missions = 0;
        int tasks = 0;
        /** Finished entries and, for `small`, the running timer. */
        int timeEntries = 0;
        /** Quotes, invoices, deposit invoices and credit notes, drafts included. */
        int documents = 0;
        int payments = 0;
    };

    /** Progress in [0, 1]; return false from it to cancel (nothing is then written). */
    using Progress = std::function<bool(double fraction)>;

    explicit DemoGenerator(Database& database, quint32 seed = 20261127);

    static Result<Size> parseSize(const QString& text);

    /** Refuses a database that already holds clients: demo data never mixes with real data. */
    Result<Summary> generate(Size size, const Progress& progress = {});

private:
    Database& m_db;
    quint32 m_seed;
};

} // namespace Bureau

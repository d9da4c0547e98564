// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchCase.h"

#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Bureau
{
class Clock;
}

namespace Bureau::Bench
{

/** Reports a case's progress: its name, the run just finished, the number of runs. */
using Progress = std::function<void(const QString& name, int run, int runs)>;

/**
 * The clients list on the large dataset (DESIGN.md, Performance budget; issue 4):
 * - `clients_list_open`: a ClientListModel created and its first page read (≤ 50 ms);
 * - `clients_sort_slowest`: the slowest re-sort over every column, per run (≤ 50 ms);
 * - `client_search_keystroke`: setSearchText() for each keystroke of "é", "él", "élo", "élod",
 *   "elodie", then a contact's surname, "lefevre" (≤ 20 ms, by the median keystroke);
 * - `client_search_worst_key`: the slowest keystroke of each run (≤ 20 ms).
 */
Result<QList<BenchCase>> measureClients(const QString& databasePath, const Clock& clock, int runs,
                                        const Progress& progress);

} // namespace Bureau::Bench

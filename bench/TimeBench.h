// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchCase.h"
#include "ClientBench.h" // Progress

#include "core/Result.h"

#include <QList>
#include <QString>

namespace Bureau
{
class Clock;
}

namespace Bureau::Bench
{

/**
 * Time tracking on the large dataset's 1,000,000 entries (DESIGN.md, Performance budget; issue 5).
 * Periods are the dataset's own (the months and year before its last entry), a different one each run:
 * - `time_report_month`: TimeReportService::run over one month, by client (≤ 20 ms);
 * - `time_report_year`: a calendar year by client (≤ 20 ms);
 * - `time_report_year_by_month`: the same year by month (≤ 20 ms);
 * - `timesheet_week_open`: a TimesheetModel shown on a week (Timesheet::week and the model's reset, ≤ 50 ms);
 * - `time_entries_list_open`: a TimeEntryListModel created and its first page read (≤ 50 ms);
 * - `time_entries_scroll_all`: that model fetched to its end, every row (time, no budget);
 * - `time_entries_scroll_peak_rss`: the process's peak resident memory during that scroll, its
 *   high-water mark reset just before (≤ 100 MB).
 */
Result<QList<BenchCase>> measureTime(const QString& databasePath, const Clock& clock, int runs, int scrollRuns,
                                     const Progress& progress);

} // namespace Bureau::Bench

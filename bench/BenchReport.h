// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchCase.h"
#include "LargeDataset.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Bureau::Bench
{

/** What the bench measured, as a table for people and as JSON for tools (DESIGN.md, Performance budget). */
class BenchReport final
{
public:
    struct Machine
    {
        int cores = 0;
        QString cpu;
        QString qt;
        QString sqlite;
        QString build; // CMake build type: figures from a Debug build say little
        QString platform;
        double loadAverage = -1; // 1-minute load when the bench started: other work skews every figure
    };

    struct PeakRss
    {
        double gui = 0;   // max over the GUI runs
        double bench = 0; // this process, at the end
        double budget = 0;
    };

    BenchReport(const Machine& machine, const LargeDataset::Info& dataset, const QList<BenchCase>& cases,
                const PeakRss& peakRss);

    QString table() const;
    QJsonObject json() const;
    /** True when a budgeted figure is over its budget. */
    bool overBudget() const;

private:
    Machine m_machine;
    LargeDataset::Info m_dataset;
    QList<BenchCase> m_cases;
    PeakRss m_peakRss;
};

} // namespace Bureau::Bench

// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QJsonArray>

#include <cmath>

namespace Bureau::Bench
{

namespace
{

// Two decimals, as in the table; JSON numbers then read the same as the table.
double rounded(double value)
{
    return std::round(value * 100) / 100;
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

BenchReport::BenchReport(const Machine& machine, const LargeDataset::Info& dataset, const QList<BenchCase>& cases,
                         const PeakRss& peakRss)
    : m_machine(machine)
    , m_dataset(dataset)
    , m_cases(cases)
    , m_peakRss(peakRss)
{
}

QString BenchReport::table() const
{
    QString out;
    out += QStringLiteral("machine: %1 cores (%2), load %3, Qt %4, SQLite %5, %6 build, QPA %7\n")
               .arg(m_machine.cores)
               .arg(m_machine.cpu, number(m_machine.loadAverage), m_machine.qt, m_machine.sqlite, m_machine.build,
                    m_machine.platform);
    out += QStringLiteral("dataset: %1 (%2 clients, %3 contacts, %4 MB, %5)\n\n")
               .arg(m_dataset.path)
               .arg(m_dataset.clients)
               .arg(m_dataset.contacts)
               .arg(number(static_cast<double>(m_dataset.bytes) / (1024.0 * 1024.0)))
               .arg(m_dataset.generated ? QStringLiteral("generated in %1 s: %2")
                                              .arg(number(m_dataset.generationMs / 1000), m_dataset.reason)
                                        : m_dataset.reason);

    const auto row = [](const QString& name, const QString& unit, const QString& runs, const QString& median,
                        const QString& min, const QString& max, const QString& budget, const QString& verdict) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
            .arg(name, -24)
            .arg(unit, -4)
            .arg(runs, 4)
            .arg(median, 10)
            .arg(min, 10)
            .arg(max, 10)
            .arg(budget, 12)
            .arg(verdict);
    };
    out += row(QStringLiteral("case"), QStringLiteral("unit"), QStringLiteral("runs"), QStringLiteral("median"),
               QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("budget"), QStringLiteral("verdict"));
    for (const BenchCase& benchCase : m_cases) {
        QString budget = QStringLiteral("-");
        QString verdict = QStringLiteral("-");
        if (benchCase.budget()) {
            budget = QStringLiteral("≤ %1 (%2)")
                         .arg(number(*benchCase.budget()), benchCase.compare() == BenchCase::Compare::Median
                                                               ? QStringLiteral("med")
                                                               : QStringLiteral("max"));
            verdict = benchCase.ok().value_or(false) ? QStringLiteral("ok") : QStringLiteral("OVER");
        }
        out += row(benchCase.name(), benchCase.unit(), QString::number(benchCase.runs()), number(benchCase.median()),
                   number(benchCase.min()), number(benchCase.max()), budget, verdict);
    }
    return out;
}

QJsonObject BenchReport::json() const
{
    QJsonArray cases;
    for (const BenchCase& benchCase : m_cases) {
        QJsonArray samples;
        for (const double sample : benchCase.samples())
            samples.append(rounded(sample));
        const std::optional<bool> ok = benchCase.ok();
        cases.append(QJsonObject{
            {QStringLiteral("name"), benchCase.name()},
            {QStringLiteral("unit"), benchCase.unit()},
            {QStringLiteral("median"), rounded(benchCase.median())},
            {QStringLiteral("min"), rounded(benchCase.min())},
            {QStringLiteral("max"), rounded(benchCase.max())},
            {QStringLiteral("runs"), benchCase.runs()},
            {QStringLiteral("budget"), benchCase.budget() ? QJsonValue(*benchCase.budget()) : QJsonValue()},
            {QStringLiteral("ok"), ok ? QJsonValue(*ok) : QJsonValue()},
            {QStringLiteral("samples"), samples},
        });
    }
    return QJsonObject{
        {QStringLiteral("machine"),
         QJsonObject{
             {QStringLiteral("cores"), m_machine.cores},
             {QStringLiteral("cpu"), m_machine.cpu},
             {QStringLiteral("loadAverage"), rounded(m_machine.loadAverage)},
             {QStringLiteral("qt"), m_machine.qt},
             {QStringLiteral("sqlite"), m_machine.sqlite},
             {QStringLiteral("build"), m_machine.build},
             {QStringLiteral("platform"), m_machine.platform},
         }},
        {QStringLiteral("dataset"),
         QJsonObject{
             {QStringLiteral("path"), m_dataset.path},
             {QStringLiteral("clients"), m_dataset.clients},
             {QStringLiteral("contacts"), m_dataset.contacts},
             {QStringLiteral("bytes"), m_dataset.bytes},
             {QStringLiteral("generated"), m_dataset.generated},
         }},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("peakRssMb"),
         QJsonObject{
             {QStringLiteral("gui"), rounded(m_peakRss.gui)},
             {QStringLiteral("bench"), rounded(m_peakRss.bench)},
             {QStringLiteral("budget"), m_peakRss.budget},
             {QStringLiteral("ok"), m_peakRss.gui <= m_peakRss.budget},
         }},
    };
}

bool BenchReport::overBudget() const
{
    for (const BenchCase& benchCase : m_cases) {
        if (benchCase.ok() == false)
            return true;
    }
    return false;
}

} // namespace Bureau::Bench

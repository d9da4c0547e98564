// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Bureau::Bench
{

/**
 * One measured figure of the bench: its samples, their median/min/max, and the DESIGN.md budget
 * it is held to, if any. Times are compared to the budget by their median (a typical run); memory
 * by its maximum (the worst run is what the user's machine has to hold).
 */
class BenchCase final
{
public:
    enum class Compare
    {
        Median,
        Max,
    };

    BenchCase(const QString& name, const QString& unit, std::optional<double> budget = std::nullopt,
              Compare compare = Compare::Median);

    const QString& name() const { return m_name; }
    const QString& unit() const { return m_unit; }
    std::optional<double> budget() const { return m_budget; }
    Compare compare() const { return m_compare; }
    const QList<double>& samples() const { return m_samples; }
    int runs() const { return static_cast<int>(m_samples.size()); }
    bool isEmpty() const { return m_samples.isEmpty(); }

    void add(double sample) { m_samples.append(sample); }

    double median() const;
    double min() const;
    double max() const;
    /** The figure held to the budget (median or max). */
    double compared() const;
    /** Empty when the case has no budget or no sample. */
    std::optional<bool> ok() const;

private:
    QString m_name;
    QString m_unit;
    std::optional<double> m_budget;
    Compare m_compare;
    QList<double> m_samples;
};

} // namespace Bureau::Bench

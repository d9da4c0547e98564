// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchCase.h"

#include <algorithm>

namespace Bureau::Bench
{

BenchCase::BenchCase(const QString& name, const QString& unit, std::optional<double> budget, Compare compare)
    : m_name(name)
    , m_unit(unit)
    , m_budget(budget)
    , m_compare(compare)
{
}

double BenchCase::median() const
{
    if (m_samples.isEmpty())
        return 0;
    QList<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

double BenchCase::min() const
{
    return m_samples.isEmpty() ? 0 : *std::min_element(m_samples.cbegin(), m_samples.cend());
}

double BenchCase::max() const
{
    return m_samples.isEmpty() ? 0 : *std::max_element(m_samples.cbegin(), m_samples.cend());
}

double BenchCase::compared() const
{
    return m_compare == Compare::Median ? median() : max();
}

std::optional<bool> BenchCase::ok() const
{
    if (!m_budget || m_samples.isEmpty())
        return std::nullopt;
    return compared() <= *m_budget;
}

} // namespace Bureau::Bench

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Bureau
{

/**
 * Everything that reads "now" takes a Clock, so tests can set the time (DESIGN.md, Time).
 * Instants are UTC milliseconds since the epoch, as stored in the database.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

/** The real time. */
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

/** A clock that only moves when told to, for tests. */
class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 ms = 0)
        : m_ms(ms)
    {
    }
    explicit FixedClock(const QDateTime& when)
        : m_ms(when.toMSecsSinceEpoch())
    {
    }

    qint64 nowMs() const override { return m_ms; }
    void set(const QDateTime& when) { m_ms = when.toMSecsSinceEpoch(); }
    void setMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace Bureau

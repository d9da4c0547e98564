// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <compare>

namespace Bureau
{

/**
 * A length of worked time in whole minutes, as time entries store it (`minutes` INTEGER). The unit is
 * explicit: Duration::fromMinutes. Rounding billable time to 5, 6, 10, 15 or 30 minutes is a rule of
 * invoicing (DESIGN.md, Time), not of this type.
 *
 * The operators do not check for overflow: qint64 minutes hold 17 trillion years.
 */
class Duration final
{
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    /** Zero minutes. */
    Duration() = default;

    static Duration fromMinutes(qint64 minutes);

    /**
     * Reads a duration typed by a person (case-insensitive, spaces allowed between the parts):
     * - hours and minutes: "1h30", "2h05", "1 h 30", "1h30m", "1 h 30 min", "1h" (minutes 0–59);
     * - hours:minutes: "1:30", "0:05" (exactly two digits of minutes, 0–59);
     * - minutes: "90m", "90 min", "90mn", "90 minutes" (whole minutes only);
     * - decimal hours with "," or ".": "1,5", "1.5", "0,25", ".5", "1,5h", "1.5 hours";
     * - a bare number is hours, and above 24 it is refused with a hint to write "m" or "h"
     *   ("90" is refused; "90m" and "90h" are read).
     * Hour units are h, hr, hrs, hour, hours, heure, heures; minute units m, mn, min, mins, minute,
     * minutes. Fractional hours are rounded to the nearest minute, half a minute up
     * ("0,0125" = 45 s → 1 min). Refused with a translated message naming the text: empty text,
     * a negative duration, minutes of 60 or more after hours, anything else.
     */
    static Result<Duration> parse(const QString& text);

    qint64 minutes() const { return m_minutes; }
    bool isZero() const { return m_minutes == 0; }
    bool isNegative() const { return m_minutes < 0; }

    /**
     * For people: hours, "h" and two digits of minutes, in the locale's digits: "1h30", "0h45",
     * "2h05", "12h00", "1234h00" (hours are not grouped, so that parse() reads every output back).
     */
    QString format(const QLocale& locale) const;
    /**
     * For invoices and files: hours as a decimal number with "." and @p decimals digits (0 to 9),
     * rounded half away from zero: 90 min → "1.50", 80 min → "1.33", 5 min → "0.08".
     */
    QString toDecimalHours(int decimals = 2) const;
    /**
     * The quantity of an invoice line for this time, in thousandths of an hour as quantities are
     * stored: hours rounded to two decimals half away from zero (DESIGN.md, Time), times 1000.
     * 1h20 = 1.333… h → 1.33 → 1330; 1h30 → 1500; 5 min = 0.0833… h → 0.08 → 80.
     */
    qint64 toInvoiceQuantityThousandths() const;

    Duration operator-() const { return fromMinutes(-m_minutes); }
    Duration operator+(Duration other) const { return fromMinutes(m_minutes + other.m_minutes); }
    Duration operator-(Duration other) const { return fromMinutes(m_minutes - other.m_minutes); }
    Duration& operator+=(Duration other)
    {
        m_minutes += other.m_minutes;
        return *this;
    }
    Duration& operator-=(Duration other)
    {
        m_minutes -= other.m_minutes;
        return *this;
    }
    friend bool operator==(Duration a, Duration b) = default;
    friend std::strong_ordering operator<=>(Duration a, Duration b) = default;

private:
    explicit Duration(qint64 minutes)
        : m_minutes(minutes)
    {
    }

    qint64 m_minutes = 0;
};

} // namespace Bureau

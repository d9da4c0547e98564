// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Bureau
{

/**
 * Item data roles shared by every Bureau model (STYLE.md, Models and views): proxies and delegates
 * sort and draw from the raw value (cents, UTC milliseconds, status codes), never from display text.
 */
enum Role : int
{
    /** The unformatted value: qint64 cents, qint64 UTC ms, a status code; null where the cell is empty. */
    RawValueRole = Qt::UserRole + 1,
    /** The row's primary key (qint64), the same in every column: what "open" and selection act on. */
    IdRole = Qt::UserRole + 2,
};

} // namespace Bureau

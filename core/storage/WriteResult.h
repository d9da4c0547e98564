// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"

#include <optional>
#include <utility>

namespace Bureau
{

/**
 * Database::write() for work that returns a value: runs @p fn — which returns a Result<T> — inside
 * one write transaction (BEGIN IMMEDIATE), commits when it succeeds and hands its value out; rolls
 * back and returns the error otherwise. What a repository's add() does around its
 * addInTransaction(): `return writeResult(m_db, [&] { return addInTransaction(task); });`
 */
template <typename Fn>
auto writeResult(Database& database, Fn&& fn) -> decltype(fn())
{
    using ResultType = decltype(fn());
    std::optional<ResultType> result;
    const Status written = database.write([&]() -> Status {
        ResultType value = fn();
        if (!value)
            return value.error();
        result.emplace(std::move(value));
        return {};
    });
    if (!written)
        return written.error();
    return std::move(*result);
}

} // namespace Bureau

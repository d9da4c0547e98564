// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Bureau
{

/**
 * Why a core call failed: a translated message for the user and a technical detail (SQL error,
 * errno, file path) for logs and `--json`. The kind lets callers react (offer a backup on
 * Corrupt, say "in use" on Locked) without parsing text.
 */
struct Error
{
    enum class Kind
    {
        Generic,
        Invalid,     // bad input from the user or a file
        NotFound,
        Conflict,    // refused by a rule (immutability, duplicate, in use)
        Corrupt,     // a file that is not what it claims to be
        Locked,      // another process holds it
        Io,          // reading or writing a file failed
        Database,    // the database engine failed
        TooNew,      // written by a newer Bureau
    };

    Kind kind = Kind::Generic;
    QString message; // translated, shown to the user
    QString detail;  // technical, for logs; never contains a secret

    static Error make(Kind kind, const QString& message, const QString& detail = {})
    {
        return Error{kind, message, detail};
    }

    /** "message (detail)" for one-line output such as the CLI's stderr. */
    QString oneLine() const
    {
        return detail.isEmpty() ? message : QString(message + QStringLiteral(" (") + detail + QLatin1Char(')'));
    }
};

/**
 * The value of a fallible core call, or why it failed. Every fallible call in core returns one.
 * `Result<void>` carries no value.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T& value)
        : m_data(value)
    {
    }
    Result(T&& value)
        : m_data(std::move(value))
    {
    }
    Result(const Error& error)
        : m_data(error)
    {
    }
    Result(Error&& error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error& error)
        : m_error(error)
    {
    }
    Result(Error&& error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Bureau

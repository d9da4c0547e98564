// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Catch
{
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace Bureau::Test
{

/** A fresh temporary folder per test, removed afterwards. */
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/**
 * A real SQLite file per test, opened and migrated, with a FixedClock at 2026-11-27 10:00 UTC.
 */
class TempDatabase
{
public:
    explicit TempDatabase(const Database::Options& options = {});
    ~TempDatabase();

    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /** Closes the connection (e.g. before another process or a restore touches the file). */
    void close();
    /** Reopens after close(). */
    void reopen(const Database::Options& options = {});

private:
    TempDir m_dir;
    FixedClock m_clock;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

/** Fails the current test with the error's text when a Result is not ok. */
#define BUREAU_REQUIRE_OK(expr)                                                                                        \
    do {                                                                                                               \
        const auto& bureauResult_ = (expr);                                                                            \
        INFO((bureauResult_.ok() ? std::string() : bureauResult_.error().oneLine().toStdString()));                    \
        REQUIRE(bureauResult_.ok());                                                                                   \
    } while (false)

/**
 * The folder of real files written by other programs (`vcf/`, `ics/`): $BUREAU_INTEROP_DIR, else
 * `../shared/interop` beside the source tree when it is there, else the copy in tests/data/interop.
 */
QString interopDir();

/** Reads a whole file, for byte-for-byte comparisons. */
QByteArray readAll(const QString& path);
/** Writes a whole file. */
void writeAll(const QString& path, const QByteArray& bytes);

/** What a finished child process left. */
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

/** Parses a command's JSON output; fails the test (showing the text) when it is not JSON. */
QJsonDocument parseJson(const QString& text);
/** The number of non-empty lines, e.g. to check that an error is one line. */
int lineCount(const QString& text);

/** Runs a program to completion (60 s at most), with QT_QPA_PLATFORM=offscreen. */
ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input = {});
/** Runs the real bureau-cli built beside the tests. */
ProcessResult runCli(const QStringList& arguments, const QByteArray& input = {});

} // namespace Bureau::Test

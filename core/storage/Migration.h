// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bureau
{

/**
 * One numbered schema change, from `core/storage/migrations/NNNN_name.sql` (embedded).
 *
 * A file whose first lines hold `-- bureau:rebuild` rebuilds a table: it runs with foreign keys
 * turned off *before* BEGIN (else DROP TABLE cascades to child rows) and a foreign_key_check
 * before COMMIT (DESIGN.md, Storage).
 */
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    bool rebuildsTables = false;

    /** The migrations compiled into the binary, in order. */
    static QList<Migration> embedded();
    /** Builds one from a file name such as "0002_contacts.sql" and its text. */
    static Result<Migration> fromFile(const QString& fileName, const QString& sql);
};

/**
 * Splits SQL text into complete statements with SQLite's own rule (sqlite3_complete), so that
 * semicolons inside strings, comments and CREATE TRIGGER … BEGIN … END bodies do not split.
 */
class SqlSplitter final
{
    Q_DECLARE_TR_FUNCTIONS(SqlSplitter)

public:
    static Result<QStringList> split(const QString& sql);
};

} // namespace Bureau

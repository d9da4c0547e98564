// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

namespace Bureau
{

QList<Migration> Migration::embedded()
{
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/bureau/storage/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("embedded migration %s cannot be read", qUtf8Printable(fileName));
        auto migration = fromFile(fileName, QString::fromUtf8(file.readAll()));
        // A malformed embedded file is a build defect, not a user error.
        if (!migration)
            qFatal("embedded migration %s: %s", qUtf8Printable(fileName),
                   qUtf8Printable(migration.error().oneLine()));
        migrations.append(migration.value());
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

Result<Migration> Migration::fromFile(const QString& fileName, const QString& sql)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(1).toInt() <= 0)
        return Error::make(Error::Kind::Invalid,
                           QCoreApplication::translate("Migration", "“%1” is not a migration file name.").arg(fileName));
    Migration migration;
    migration.version = match.captured(1).toInt();
    migration.name = match.captured(2);
    migration.sql = sql;
    // The marker must stand in the leading comment block, where a reader sees it at once.
    for (const QString& line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!trimmed.startsWith(QLatin1String("--")))
            break;
        if (trimmed == QLatin1String("-- bureau:rebuild"))
            migration.rebuildsTables = true;
    }
    return migration;
}

Result<QStringList> SqlSplitter::split(const QString& sql)
{
    // sqlite3_complete() says whether text ends a complete statement, knowing about strings,
    // identifiers, comments and CREATE TRIGGER … BEGIN … END. Grow the candidate one ';' at a time.
    const QByteArray utf8 = sql.toUtf8();
    QStringList statements;
    qsizetype start = 0;
    qsizetype pos = 0;
    while ((pos = utf8.indexOf(';', pos)) >= 0) {
        ++pos;
        const QByteArray candidate = utf8.mid(start, pos - start);
        if (sqlite3_complete(candidate.constData()) == 0)
            continue;
        const QString statement = QString::fromUtf8(candidate).trimmed();
        start = pos;
        // A statement made only of comments (or an empty ';') carries nothing to run.
        QString withoutComments = statement;
        withoutComments.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
        withoutComments.remove(u';');
        if (!withoutComments.trimmed().isEmpty())
            statements.append(statement);
    }
    QString rest = QString::fromUtf8(utf8.mid(start));
    rest.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    if (!rest.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, tr("The SQL text ends with an incomplete statement."),
                           rest.trimmed().left(200));
    return statements;
}

} // namespace Bureau

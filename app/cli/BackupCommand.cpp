// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "core/storage/BackupManager.h"
#include "core/storage/DatabaseLock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Bureau::Cli
{

namespace
{

QJsonObject toJson(const BackupManager::BackupInfo& info)
{
    return QJsonObject{
        {QStringLiteral("id"), QFileInfo(info.path).fileName()},
        {QStringLiteral("path"), info.path},
        {QStringLiteral("created"), info.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("reason"), BackupManager::reasonName(info.reason)},
        {QStringLiteral("schemaVersion"), info.schemaVersion},
        {QStringLiteral("databaseUuid"), info.databaseUuid},
        {QStringLiteral("size"), info.size},
        {QStringLiteral("verified"), info.verified},
    };
}

QString describe(const BackupManager::BackupInfo& info)
{
    return CliContext::tr("%1  %2  %3  schema %4")
        .arg(QDir::toNativeSeparators(info.path),
             QLocale().toString(info.created.toLocalTime(), QLocale::ShortFormat),
             QLocale().formattedDataSize(info.size))
        .arg(info.schemaVersion);
}

} // namespace

int runBackup(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const QString backupDir = BackupManager::defaultBackupDir(context.databasePath);

    if (verb == QLatin1String("create")) {
        if (!rest.isEmpty())
            return context.usage(CliContext::tr("backup create takes no argument."));
        auto opened = context.openDatabase();
        if (!opened)
            return context.fail(opened.error());
        BackupManager backups(*opened.value(), context.clock, backupDir);
        auto made = backups.create(BackupManager::Reason::Manual);
        if (!made)
            return context.fail(made.error());
        context.print(toJson(made.value()),
                      CliContext::tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(made->path)));
        return ExitOk;
    }
    if (verb == QLatin1String("list")) {
        if (!rest.isEmpty())
            return context.usage(CliContext::tr("backup list takes no argument."));
        auto listed = BackupManager::listIn(backupDir);
        if (!listed)
            return context.fail(listed.error());
        QJsonArray array;
        QStringList lines;
        for (const auto& info : listed.value()) {
            array.append(toJson(info));
            lines << describe(info);
        }
        if (lines.isEmpty())
            lines << CliContext::tr("No backup yet in %1.").arg(QDir::toNativeSeparators(backupDir));
        context.print(array, lines.join(u'\n'));
        return ExitOk;
    }
    if (verb == QLatin1String("verify")) {
        if (rest.size() != 1)
            return context.usage(CliContext::tr("Usage: bureau-cli backup verify FILE"));
        auto verified = BackupManager::verify(rest.first());
        if (!verified)
            return context.fail(verified.error());
        context.print(toJson(verified.value()),
                      CliContext::tr("Backup intact: %1").arg(QDir::toNativeSeparators(verified->path)));
        return ExitOk;
    }
    if (verb == QLatin1String("restore")) {
        if (rest.size() != 1)
            return context.usage(CliContext::tr("Usage: bureau-cli backup restore FILE"));
        // Held for the whole restore, so that no GUI opens the database while it is replaced.
        QDir().mkpath(QFileInfo(context.databasePath).absolutePath());
        DatabaseLock lock(context.databasePath);
        if (auto locked = lock.tryLock(); !locked) {
            qint64 pid = 0;
            DatabaseLock::isHeldByAnother(context.databasePath, &pid);
            return context.fail(Error::make(
                locked.error().kind,
                CliContext::tr("“%1” is open in Bureau (process %2): close it before restoring a backup.")
                    .arg(QDir::toNativeSeparators(context.databasePath))
                    .arg(pid),
                locked.error().detail));
        }
        auto restored = BackupManager::restore(rest.first(), context.databasePath, context.clock);
        if (!restored)
            return context.fail(restored.error());
        context.print(QJsonObject{{QStringLiteral("restored"), rest.first()},
                                  {QStringLiteral("database"), context.databasePath}},
                      CliContext::tr("Restored %1 into %2. The previous file, if any, was kept beside it.")
                          .arg(QDir::toNativeSeparators(rest.first()), QDir::toNativeSeparators(context.databasePath)));
        return ExitOk;
    }
    return context.usage(CliContext::tr("Usage: bureau-cli backup create|list|verify FILE|restore FILE"));
}

} // namespace Bureau::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "core/services/DatabaseCheck.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace Bureau::Cli
{

int runCheck(CliContext& context, const QStringList& arguments)
{
    const bool repair = arguments == QStringList{QStringLiteral("--repair")};
    if (!arguments.isEmpty() && !repair)
        return context.usage(CliContext::tr("check takes no argument but --repair."));

    if (repair) {
        // Recomputes derived data (the monthly time totals) from the records; nothing else changes
        // (issued documents, their numbers and balances are never touched).
        auto writable = context.openDatabase(Database::Options{});
        if (!writable)
            return context.fail(writable.error());
        if (const Status rebuilt = DatabaseCheck::rebuildTimeTotals(*writable.value()); !rebuilt)
            return context.fail(rebuilt.error());
    }

    // Read-only and without migrating: a check must never change the file it checks.
    Database::Options options;
    options.migrate = Database::Migrate::No;
    options.readOnly = true;
    auto opened = context.openDatabase(options);
    if (!opened)
        return context.fail(opened.error());
    auto report = DatabaseCheck::run(*opened.value());
    if (!report)
        return context.fail(report.error());
    const CheckReport& r = report.value();

    QJsonObject json{
        {QStringLiteral("path"), r.path},
        {QStringLiteral("uuid"), r.uuid},
        {QStringLiteral("ok"), r.ok()},
        {QStringLiteral("schemaVersion"), r.schemaVersion},
        {QStringLiteral("latestSchemaVersion"), r.latestSchemaVersion},
        {QStringLiteral("migrationPending"), r.migrationPending()},
        {QStringLiteral("integrityProblems"), QJsonArray::fromStringList(r.integrityProblems)},
        {QStringLiteral("foreignKeyProblems"), QJsonArray::fromStringList(r.foreignKeyProblems)},
        {QStringLiteral("derivedProblems"), QJsonArray::fromStringList(r.derivedProblems)},
        {QStringLiteral("documentProblems"), QJsonArray::fromStringList(r.documentProblems)},
        {QStringLiteral("syncedFolder"), r.syncedFolderService},
    };
    QStringList lines;
    lines << CliContext::tr("Database: %1").arg(QDir::toNativeSeparators(r.path));
    lines << (r.integrityProblems.isEmpty() ? CliContext::tr("Integrity: ok")
                                            : CliContext::tr("Integrity: %n problem(s)", "", int(r.integrityProblems.size())));
    for (const QString& problem : r.integrityProblems)
        lines << QStringLiteral("  ") + problem;
    if (r.integrityProblems.isEmpty()) {
        lines << (r.foreignKeyProblems.isEmpty()
                      ? CliContext::tr("Links between records: ok")
                      : CliContext::tr("Links between records: %n broken", "", int(r.foreignKeyProblems.size())));
        for (const QString& problem : r.foreignKeyProblems)
            lines << QStringLiteral("  ") + problem;
        lines << (r.derivedProblems.isEmpty() ? CliContext::tr("Totals: ok")
                                              : CliContext::tr("Totals: %n month(s) to recompute (bureau-cli check "
                                                               "--repair)",
                                                               "", int(r.derivedProblems.size())));
        for (const QString& problem : r.derivedProblems)
            lines << QStringLiteral("  ") + problem;
        lines << (r.documentProblems.isEmpty()
                      ? CliContext::tr("Invoices and numbering: ok")
                      : CliContext::tr("Invoices and numbering: %n problem(s)", "", int(r.documentProblems.size())));
        for (const QString& problem : r.documentProblems)
            lines << QStringLiteral("  ") + problem;
    }
    lines << (r.migrationPending()
                  ? CliContext::tr("Schema: version %1, update to %2 pending (applied at the next opening)")
                        .arg(r.schemaVersion)
                        .arg(r.latestSchemaVersion)
                  : CliContext::tr("Schema: version %1, up to date").arg(r.schemaVersion));
    if (!r.syncedFolderService.isEmpty()) {
        lines << CliContext::tr("Warning: the database is in a %1 folder. A sync client can copy or replace it while "
                                "Bureau writes: keep the database outside and put the backups there instead.")
                     .arg(r.syncedFolderService);
    }
    context.print(json, lines.join(u'\n'));

    if (!r.integrityProblems.isEmpty()) {
        return context.fail(Error::make(
            Error::Kind::Corrupt,
            CliContext::tr("The database “%1” is damaged; it has been left untouched. Restore the last good backup "
                           "(bureau-cli backup list).")
                .arg(QDir::toNativeSeparators(r.path)),
            r.integrityProblems.first()));
    }
    if (!r.foreignKeyProblems.isEmpty())
        return context.fail(Error::make(Error::Kind::Generic,
                                        CliContext::tr("Some records point to records that no longer exist."),
                                        r.foreignKeyProblems.first()));
    if (!r.documentProblems.isEmpty())
        return context.fail(Error::make(Error::Kind::Corrupt,
                                        CliContext::tr("Issued documents, their numbering or their balances do not "
                                                       "check out: they were changed outside Bureau. Nothing was "
                                                       "repaired; compare with the last good backup."),
                                        r.documentProblems.first()));
    if (!r.derivedProblems.isEmpty())
        return context.fail(Error::make(Error::Kind::Generic,
                                        CliContext::tr("Some totals disagree with the records they sum: run "
                                                       "bureau-cli check --repair."),
                                        r.derivedProblems.first()));
    return ExitOk;
}

} // namespace Bureau::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "core/storage/BackupManager.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Bureau::Cli
{

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
}

Result<std::unique_ptr<Database>> CliContext::openDatabase(const Database::Options& options)
{
    auto opened = Database::open(databasePath, clock, options);
    if (opened && !options.readOnly) {
        // A command that writes first makes sure the file is sound: a damaged page that this
        // command does not read would otherwise go unnoticed while the file is written to.
        auto problems = opened.value()->quickCheck();
        if (!problems)
            return problems.error();
        if (!problems->isEmpty()) {
            opened = Error::make(Error::Kind::Corrupt,
                                 tr("“%1” is damaged. It has been left untouched.")
                                     .arg(QDir::toNativeSeparators(databasePath)),
                                 problems->first());
        }
    }
    if (opened || opened.error().kind != Error::Kind::Corrupt)
        return opened;
    // Offer the last good backup, never touching the damaged file.
    Error error = opened.error();
    auto last = BackupManager::lastGoodIn(BackupManager::defaultBackupDir(databasePath));
    if (last && last->has_value()) {
        const QString archive = QDir::toNativeSeparators(last->value().path);
        error.message = tr("%1 The last good backup is “%2”: restore it with “bureau-cli --database %3 backup "
                           "restore %2”.")
                            .arg(error.message, archive, QDir::toNativeSeparators(databasePath));
    } else {
        error.message = tr("%1 No backup of it was found.").arg(error.message);
    }
    return error;
}

void CliContext::print(const QJsonValue& value, const QString& text)
{
    if (json) {
        const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    } else {
        m_out << text;
        if (!text.endsWith(u'\n'))
            m_out << u'\n';
    }
    m_out.flush();
}

void CliContext::printText(const QString& text)
{
    if (json)
        return;
    m_out << text << u'\n';
    m_out.flush();
}

int CliContext::fail(const Error& error)
{
    int code = ExitFailure;
    QString kind = QStringLiteral("error");
    switch (error.kind) {
    case Error::Kind::Corrupt:
        code = ExitDamaged;
        kind = QStringLiteral("corrupt");
        break;
    case Error::Kind::Locked:
        code = ExitLocked;
        kind = QStringLiteral("locked");
        break;
    case Error::Kind::Invalid:
        kind = QStringLiteral("invalid");
        break;
    case Error::Kind::NotFound:
        kind = QStringLiteral("not-found");
        break;
    case Error::Kind::Conflict:
        kind = QStringLiteral("conflict");
        break;
    case Error::Kind::TooNew:
        kind = QStringLiteral("too-new");
        break;
    default:
        break;
    }
    QString line;
    if (json) {
        QJsonObject object{{QStringLiteral("error"), error.message}, {QStringLiteral("kind"), kind}};
        if (!error.detail.isEmpty())
            object.insert(QStringLiteral("detail"), error.detail);
        line = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    } else {
        line = QStringLiteral("bureau-cli: ") + error.oneLine();
    }
    line.replace(u'\n', u' ');
    m_err << line << u'\n';
    m_err.flush();
    return code;
}

int CliContext::usage(const QString& message)
{
    fail(Error::make(Error::Kind::Invalid, message));
    return ExitUsage;
}

} // namespace Bureau::Cli

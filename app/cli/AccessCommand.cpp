// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli access add|list|reveal|revoke: the logins an assistant holds for clients' tools. The
// passwords live in the system keychain only (DESIGN.md, Secrets): read from standard input, never
// from an argument; printed by `reveal` alone.
#include "CliContext.h"
#include "CliHelpers.h"

#include "core/models/ClientListModel.h"
#include "core/secrets/KeychainCredentialStore.h"
#include "core/services/ClientAccessService.h"
#include "core/storage/ClientRepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Bureau::Cli
{

namespace
{

QJsonObject accessJson(const ClientAccess& access, const QString& clientName)
{
    // Never the secret, nor the name of its keychain entry.
    return QJsonObject{
        {QStringLiteral("id"), access.id},
        {QStringLiteral("clientId"), access.clientId},
        {QStringLiteral("client"), clientName},
        {QStringLiteral("service"), access.service},
        {QStringLiteral("url"), access.url},
        {QStringLiteral("username"), access.username},
        {QStringLiteral("notes"), access.notes},
        {QStringLiteral("grantedBy"), access.grantedBy},
        {QStringLiteral("grantedOn"), isoDate(access.grantedOn)},
        {QStringLiteral("hasSecret"), access.hasSecret()},
        {QStringLiteral("revoked"), access.isRevoked()},
        {QStringLiteral("revokedAt"), isoInstant(access.revokedAtMs)},
        {QStringLiteral("createdAt"), isoInstant(access.createdAtMs)},
        {QStringLiteral("updatedAt"), isoInstant(access.updatedAtMs)},
    };
}

QString stateText(const ClientAccess& access)
{
    if (access.isRevoked())
        return CliContext::tr("revoked on %1").arg(localDateTime(access.revokedAtMs));
    if (access.hasSecret())
        return CliContext::tr("password in the keychain");
    return CliContext::tr("no password stored");
}

/** An access id from the command line; nothing (after a usage error) when it is not one. */
std::optional<qint64> accessId(const QString& text)
{
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return std::nullopt;
    return id;
}

/** A keychain failure, said with what it means for the command. */
Error keychainError(Error error, const QString& what)
{
    if (error.kind == Error::Kind::Io)
        error.message = CliContext::tr("%1 %2 Bureau never keeps a password anywhere else.").arg(what, error.message);
    return error;
}

int runAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Records a login held for one of a client’s tools; its password goes to the system keychain. "
                       "A password is never an argument: pipe it in with --password-stdin."));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           CliContext::tr("The tool, such as Gmail, Qonto or HubSpot."),
                                           QStringLiteral("service"));
    const QCommandLineOption urlOption(QStringLiteral("url"), CliContext::tr("Its address."), QStringLiteral("url"));
    const QCommandLineOption usernameOption(QStringLiteral("username"), CliContext::tr("The user name to log in with."),
                                            QStringLiteral("name"));
    const QCommandLineOption grantedByOption(QStringLiteral("granted-by"), CliContext::tr("Who granted the access."),
                                             QStringLiteral("who"));
    const QCommandLineOption grantedOnOption(QStringLiteral("granted-on"),
                                             CliContext::tr("When it was granted, such as 2026-10-05."),
                                             QStringLiteral("date"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), CliContext::tr("Free notes."),
                                         QStringLiteral("text"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            CliContext::tr("Read the password from standard input."));
    parser.addOptions({clientOption, serviceOption, urlOption, usernameOption, grantedByOption, grantedOnOption,
                       notesOption, passwordOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("access add"), arguments))
        return *done;
    if (parser.value(clientOption).trimmed().isEmpty())
        return context.usage(CliContext::tr("access add needs --client: bureau-cli access add --client C --service S "
                                            "--password-stdin."));
    if (parser.value(serviceOption).trimmed().isEmpty())
        return context.usage(CliContext::tr("access add needs --service: bureau-cli access add --client C --service S "
                                            "--password-stdin."));

    ClientAccess access;
    access.service = parser.value(serviceOption).trimmed();
    access.url = parser.value(urlOption).trimmed();
    access.username = parser.value(usernameOption).trimmed();
    access.grantedBy = parser.value(grantedByOption).trimmed();
    access.notes = parser.value(notesOption).trimmed();
    if (parser.isSet(grantedOnOption)) {
        const auto date = parseIsoDate(parser.value(grantedOnOption));
        if (!date)
            return context.usage(CliContext::tr("--granted-on: “%1” is not a date such as 2026-10-05.")
                                     .arg(parser.value(grantedOnOption).trimmed()));
        access.grantedOn = *date;
    }

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto client = ClientRepository(database).resolve(parser.value(clientOption));
    if (!client)
        return context.fail(client.error());
    access.clientId = client->id;

    QString secret;
    if (parser.isSet(passwordOption)) {
        auto read = readSecretFromStdin(CliContext::tr("Password for %1: ").arg(access.service));
        if (!read)
            return context.usage(read.error().message);
        secret = std::move(read).value();
    }
    KeychainCredentialStore keychain(database.uuid());
    auto added = ClientAccessService(database, keychain).add(access, secret);
    CredentialStore::wipe(secret);
    if (!added)
        return context.fail(keychainError(added.error(), CliContext::tr("The access was not recorded.")));
    context.print(accessJson(added.value(), client->name),
                  added->hasSecret()
                      ? CliContext::tr("Access %1 to %2 recorded for “%3”, its password in the keychain.")
                            .arg(QString::number(added->id), added->service, client->name)
                      : CliContext::tr("Access %1 to %2 recorded for “%3”, without a password.")
                            .arg(QString::number(added->id), added->service, client->name));
    return ExitOk;
}

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Lists the accesses held for clients: active ones first, then revoked ones. Never a password."));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          CliContext::tr("Only this client’s accesses: id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption activeOption(QStringLiteral("active"), CliContext::tr("Leave out revoked accesses."));
    parser.addOptions({clientOption, activeOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("access list"), arguments))
        return *done;
    const bool includeRevoked = !parser.isSet(activeOption);

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    ClientRepository clients(database);
    // Listing reads the database only: the keychain is not asked.
    KeychainCredentialStore keychain(database.uuid());
    ClientAccessService service(database, keychain);

    QList<Client> owners;
    if (parser.isSet(clientOption)) {
        auto client = clients.resolve(parser.value(clientOption));
        if (!client)
            return context.fail(client.error());
        owners << client.value();
    } else {
        ClientListModel model(database);
        model.setShowArchived(true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        if (model.lastError())
            return context.fail(*model.lastError());
        for (int row = 0; row < model.rowCount(); ++row) {
            Client client;
            client.id = model.idAt(row);
            client.name = model.index(row, ClientListModel::Name).data().toString();
            owners << client;
        }
    }

    QJsonArray array;
    QList<QStringList> rows;
    for (const Client& client : std::as_const(owners)) {
        auto accesses = service.listForClient(client.id, includeRevoked);
        if (!accesses)
            return context.fail(accesses.error());
        for (const ClientAccess& access : std::as_const(*accesses)) {
            array << accessJson(access, client.name);
            rows << QStringList{QString::number(access.id), client.name, access.service, access.username, access.url,
                                stateText(access)};
        }
    }
    const QString text =
        rows.isEmpty()
            ? CliContext::tr("No access recorded.")
            : formatTable({CliContext::tr("Id"), CliContext::tr("Client"), CliContext::tr("Service"),
                           CliContext::tr("User name"), CliContext::tr("Address"), CliContext::tr("Password")},
                          rows, {0});
    context.print(array, text);
    return ExitOk;
}

int runReveal(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Prints the password of an access, alone, read from the keychain now."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The access’s id (see bureau-cli access list)."));
    if (auto done = parseVerb(context, parser, QStringLiteral("access reveal"), arguments, 1, 1))
        return *done;
    const auto id = accessId(parser.positionalArguments().first());
    if (!id)
        return context.usage(CliContext::tr("“%1” is not an access id: give the number bureau-cli access list shows.")
                                 .arg(parser.positionalArguments().first()));
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    KeychainCredentialStore keychain(database.uuid());
    auto revealed = ClientAccessService(database, keychain).revealSync(*id);
    if (!revealed)
        return context.fail(keychainError(revealed.error(), CliContext::tr("The password cannot be read.")));
    QString secret = std::move(revealed).value();
    if (context.json) {
        context.print(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("secret"), secret}}, QString());
    } else {
        // The secret alone, so that it can be piped: nothing else on standard output.
        QByteArray bytes = secret.toUtf8();
        bytes.append('\n');
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        bytes.fill('\0');
    }
    CredentialStore::wipe(secret);
    return ExitOk;
}

int runRevoke(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Revokes an access: deletes its password from the keychain and keeps the record of when the "
                       "access ended."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The access’s id (see bureau-cli access list)."));
    if (auto done = parseVerb(context, parser, QStringLiteral("access revoke"), arguments, 1, 1))
        return *done;
    const auto id = accessId(parser.positionalArguments().first());
    if (!id)
        return context.usage(CliContext::tr("“%1” is not an access id: give the number bureau-cli access list shows.")
                                 .arg(parser.positionalArguments().first()));
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    KeychainCredentialStore keychain(database.uuid());
    ClientAccessService service(database, keychain);
    if (Status revoked = service.revoke(*id); !revoked)
        return context.fail(keychainError(revoked.error(), CliContext::tr("The access was not revoked.")));
    auto access = service.find(*id);
    if (!access)
        return context.fail(access.error());
    auto client = ClientRepository(database).load(access->clientId);
    const QString clientName = client ? client->name : QString();
    context.print(accessJson(access.value(), clientName),
                  CliContext::tr("Access %1 to %2 revoked; its password was deleted from the keychain.")
                      .arg(QString::number(access->id), access->service));
    return ExitOk;
}

const Verb kVerbs[] = {
    {u"add", QT_TRANSLATE_NOOP("CliContext",
                               "Record an access: --client C --service S [--url U] [--username N] --password-stdin")},
    {u"list", QT_TRANSLATE_NOOP("CliContext", "List accesses, never their passwords [--client C] [--active]")},
    {u"reveal", QT_TRANSLATE_NOOP("CliContext", "Print the password of an access, alone: ID")},
    {u"revoke", QT_TRANSLATE_NOOP("CliContext", "Delete the password and mark the access ended: ID")},
};

} // namespace

int runAccess(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"add")
        return runAdd(context, rest);
    if (verb == u"list")
        return runList(context, rest);
    if (verb == u"reveal")
        return runReveal(context, rest);
    if (verb == u"revoke")
        return runRevoke(context, rest);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("access"), kVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(
            CliContext::tr("access needs a command: add, list, reveal or revoke; see bureau-cli access --help."));
    return context.usage(CliContext::tr("Unknown access command “%1”: use add, list, reveal or revoke.").arg(verb));
}

} // namespace Bureau::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli task add|list|done|reopen: the clients' tasks, in their basic form (issue 4).
#include "CliContext.h"
#include "CliHelpers.h"

#include "core/domain/ClientRecords.h"
#include "core/models/ClientListModel.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Bureau::Cli
{

namespace
{

/** "in-progress" and "in_progress" alike. */
std::optional<Task::Status> statusFrom(const QString& text)
{
    QString key = text.trimmed().toLower();
    key.replace(u'-', u'_');
    if (key == u"to_do")
        key = QStringLiteral("todo");
    return Task::statusFromKey(key);
}

/** The mission of the client named by id or by exact title (case ignored). */
Result<qint64> resolveMission(Database& database, qint64 clientId, const QString& idOrTitle)
{
    auto missions = MissionRepository(database).listForClient(clientId);
    if (!missions)
        return missions.error();
    const QString text = idOrTitle.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    QList<qint64> matches;
    for (const Mission& mission : std::as_const(*missions)) {
        if (isNumber && mission.id == id)
            return mission.id;
        if (mission.title.compare(text, Qt::CaseInsensitive) == 0)
            matches << mission.id;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error::make(Error::Kind::NotFound, CliContext::tr("The client has no mission “%1”.").arg(text));
    QStringList ids;
    for (qint64 match : std::as_const(matches))
        ids << QString::number(match);
    return Error::make(Error::Kind::Conflict,
                       CliContext::tr("Several missions of the client are titled “%1” (ids %2): give the id.")
                           .arg(text, ids.join(QStringLiteral(", "))));
}

/** Client names by id, read once each. */
class ClientNames
{
public:
    explicit ClientNames(Database& database)
        : m_repository(database)
    {
    }

    QString operator()(qint64 id)
    {
        if (!m_names.contains(id)) {
            auto client = m_repository.load(id);
            m_names.insert(id, client ? client->name : QString::number(id));
        }
        return m_names.value(id);
    }

private:
    ClientRepository m_repository;
    QHash<qint64, QString> m_names;
};

QJsonObject taskJson(const Task& task, const QString& clientName)
{
    return QJsonObject{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("clientId"), task.clientId},
        {QStringLiteral("client"), clientName},
        {QStringLiteral("missionId"), task.missionId == 0 ? QJsonValue() : QJsonValue(task.missionId)},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("notes"), task.notes},
        {QStringLiteral("status"), Task::statusKey(task.status)},
        {QStringLiteral("priority"), Task::priorityKey(task.priority)},
        {QStringLiteral("dueOn"), isoDate(task.dueOn)},
        {QStringLiteral("completedAt"), isoInstant(task.completedAtMs)},
        {QStringLiteral("createdAt"), isoInstant(task.createdAtMs)},
        {QStringLiteral("updatedAt"), isoInstant(task.updatedAtMs)},
    };
}

int runAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Adds a task for a client."));
    const QCommandLineOption clientOption(QStringLiteral("client"), CliContext::tr("The client’s id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption titleOption(QStringLiteral("title"), CliContext::tr("What is to be done."),
                                         QStringLiteral("title"));
    const QCommandLineOption missionOption(QStringLiteral("mission"),
                                           CliContext::tr("The client’s mission it belongs to: id or exact title."),
                                           QStringLiteral("mission"));
    const QCommandLineOption dueOption(QStringLiteral("due"), CliContext::tr("Due date, such as 2026-12-15."),
                                       QStringLiteral("date"));
    const QCommandLineOption priorityOption(QStringLiteral("priority"),
                                            CliContext::tr("low, normal, high or urgent (default: normal)."),
                                            QStringLiteral("priority"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          CliContext::tr("todo, in-progress, waiting or done (default: todo)."),
                                          QStringLiteral("status"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), CliContext::tr("Free notes."),
                                         QStringLiteral("text"));
    parser.addOptions({clientOption, titleOption, missionOption, dueOption, priorityOption, statusOption, notesOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("task add"), arguments))
        return *done;
    if (parser.value(clientOption).trimmed().isEmpty())
        return context.usage(CliContext::tr("task add needs --client: bureau-cli task add --client C --title T."));
    if (parser.value(titleOption).trimmed().isEmpty())
        return context.usage(CliContext::tr("task add needs --title: bureau-cli task add --client C --title T."));

    Task task;
    task.title = parser.value(titleOption).trimmed();
    task.notes = parser.value(notesOption).trimmed();
    if (parser.isSet(dueOption)) {
        const auto due = parseIsoDate(parser.value(dueOption));
        if (!due)
            return context.usage(
                CliContext::tr("--due: “%1” is not a date such as 2026-12-15.").arg(parser.value(dueOption).trimmed()));
        task.dueOn = *due;
    }
    if (parser.isSet(priorityOption)) {
        const auto priority = Task::priorityFromKey(parser.value(priorityOption).trimmed().toLower());
        if (!priority)
            return context.usage(CliContext::tr("--priority: use low, normal, high or urgent."));
        task.priority = *priority;
    }
    if (parser.isSet(statusOption)) {
        const auto status = statusFrom(parser.value(statusOption));
        if (!status)
            return context.usage(CliContext::tr("--status: use todo, in-progress, waiting or done."));
        task.status = *status;
    }

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto client = ClientRepository(database).resolve(parser.value(clientOption));
    if (!client)
        return context.fail(client.error());
    task.clientId = client->id;
    if (parser.isSet(missionOption)) {
        auto mission = resolveMission(database, client->id, parser.value(missionOption));
        if (!mission)
            return context.fail(mission.error());
        task.missionId = mission.value();
    }
    auto added = TaskRepository(database).add(task);
    if (!added)
        return context.fail(added.error());
    context.print(taskJson(added.value(), client->name),
                  CliContext::tr("Task %1 added for “%2”.").arg(QString::number(added->id), client->name));
    return ExitOk;
}

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Lists open tasks, by due date (undated last, then by priority); done ones too with --all."));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          CliContext::tr("Only this client’s tasks: id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption allOption(QStringLiteral("all"), CliContext::tr("Also list done tasks."));
    parser.addOptions({clientOption, allOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("task list"), arguments))
        return *done;
    const bool all = parser.isSet(allOption);

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    TaskRepository repository(database);
    QList<Task> tasks;
    if (parser.isSet(clientOption)) {
        auto client = ClientRepository(database).resolve(parser.value(clientOption));
        if (!client)
            return context.fail(client.error());
        auto listed = repository.listForClient(client->id, all);
        if (!listed)
            return context.fail(listed.error());
        tasks = listed.value();
    } else if (!all) {
        auto listed = repository.listOpen();
        if (!listed)
            return context.fail(listed.error());
        tasks = listed.value();
    } else {
        // Every client's tasks, archived clients included, client by client in name order.
        ClientListModel clients(database);
        clients.setShowArchived(true);
        while (clients.canFetchMore({}))
            clients.fetchMore({});
        if (clients.lastError())
            return context.fail(*clients.lastError());
        for (int row = 0; row < clients.rowCount(); ++row) {
            auto listed = repository.listForClient(clients.idAt(row), true);
            if (!listed)
                return context.fail(listed.error());
            tasks << listed.value();
        }
    }

    ClientNames names(database);
    QJsonArray array;
    QList<QStringList> rows;
    for (const Task& task : std::as_const(tasks)) {
        const QString client = names(task.clientId);
        array << taskJson(task, client);
        rows << QStringList{QString::number(task.id),
                            task.dueOn.isValid() ? task.dueOn.toString(Qt::ISODate) : QString(),
                            Task::priorityText(task.priority),
                            Task::statusText(task.status),
                            client,
                            task.title};
    }
    const QString text =
        rows.isEmpty() ? (all ? CliContext::tr("No task.") : CliContext::tr("No open task."))
                       : formatTable({CliContext::tr("Id"), CliContext::tr("Due"), CliContext::tr("Priority"),
                                      CliContext::tr("Status"), CliContext::tr("Client"), CliContext::tr("Title")},
                                     rows, {0});
    context.print(array, text);
    return ExitOk;
}

int runDone(CliContext& context, const QStringList& arguments, bool done)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(done ? CliContext::tr("Marks a task done.")
                                          : CliContext::tr("Sets a done task back to “to do”."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The task’s id (see bureau-cli task list)."));
    const QString verb = done ? QStringLiteral("task done") : QStringLiteral("task reopen");
    if (auto finished = parseVerb(context, parser, verb, arguments, 1, 1))
        return *finished;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usage(CliContext::tr("“%1” is not a task id: give the number bureau-cli task list shows.")
                                 .arg(parser.positionalArguments().first()));

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    TaskRepository repository(database);
    auto changed = done ? repository.markDone(id) : repository.reopen(id);
    if (!changed)
        return context.fail(changed.error());
    ClientNames names(database);
    context.print(taskJson(changed.value(), names(changed->clientId)),
                  done ? CliContext::tr("Task %1 done: “%2”.").arg(QString::number(id), changed->title)
                       : CliContext::tr("Task %1 reopened: “%2”.").arg(QString::number(id), changed->title));
    return ExitOk;
}

const Verb kVerbs[] = {
    {u"add",
     QT_TRANSLATE_NOOP("CliContext", "Add a task: --client C --title T [--mission M] [--due D] [--priority P]")},
    {u"list", QT_TRANSLATE_NOOP("CliContext", "List open tasks [--client C] [--all]")},
    {u"done", QT_TRANSLATE_NOOP("CliContext", "Mark a task done: ID")},
    {u"reopen", QT_TRANSLATE_NOOP("CliContext", "Set a done task back to “to do”: ID")},
};

} // namespace

int runTask(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"add")
        return runAdd(context, rest);
    if (verb == u"list")
        return runList(context, rest);
    if (verb == u"done")
        return runDone(context, rest, true);
    if (verb == u"reopen")
        return runDone(context, rest, false);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("task"), kVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(
            CliContext::tr("task needs a command: add, list, done or reopen; see bureau-cli task --help."));
    return context.usage(CliContext::tr("Unknown task command “%1”: use add, list, done or reopen.").arg(verb));
}

} // namespace Bureau::Cli

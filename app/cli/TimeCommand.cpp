// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-cli time start|stop|switch|status|add|list|edit|delete|report: time tracking (issue 5),
// through TimeTracker and TimeReportService as the GUI uses them. Times are read and shown in the
// user's zone (the business profile's), whatever the terminal's TZ.
#include "CliContext.h"
#include "CliHelpers.h"

#include "core/domain/ClientRecords.h"
#include "core/domain/Duration.h"
#include "core/domain/LocalCalendar.h"
#include "core/domain/Money.h"
#include "core/domain/TimeEntry.h"
#include "core/services/TimeReport.h"
#include "core/services/TimeTracker.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/MissionRepository.h"
#include "core/storage/TaskRepository.h"
#include "core/storage/TimeEntryRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Bureau::Cli
{

namespace
{

volatile std::sig_atomic_t g_stopSignal = 0;

extern "C" void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

/** A warning on standard error (the command still succeeds): one line, as errors are. */
void warn(const QString& text)
{
    QTextStream err(stderr);
    QString line = CliContext::tr("bureau-cli: warning: %1").arg(text);
    line.replace(u'\n', u' ');
    err << line << u'\n';
    err.flush();
}

/** "01:05:09": a running timer's elapsed time. */
QString clockText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString durationText(qint64 minutes)
{
    return Duration::fromMinutes(minutes).format(QLocale());
}

/** The client's mission named by id or exact title (case ignored); "none" is no mission (0). */
Result<qint64> resolveMission(Database& database, qint64 clientId, const QString& idOrTitle)
{
    const QString text = idOrTitle.trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return qint64(0);
    auto missions = MissionRepository(database).listForClient(clientId);
    if (!missions)
        return missions.error();
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

/** The client's task named by id or exact title (case ignored); "none" is no task. */
Result<std::optional<Task>> resolveTask(Database& database, qint64 clientId, const QString& idOrTitle)
{
    const QString text = idOrTitle.trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return std::optional<Task>();
    auto tasks = TaskRepository(database).listForClient(clientId, true);
    if (!tasks)
        return tasks.error();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    QList<Task> matches;
    for (const Task& task : std::as_const(*tasks)) {
        if (isNumber && task.id == id)
            return std::optional<Task>(task);
        if (task.title.compare(text, Qt::CaseInsensitive) == 0)
            matches << task;
    }
    if (matches.size() == 1)
        return std::optional<Task>(matches.first());
    if (matches.isEmpty())
        return Error::make(Error::Kind::NotFound, CliContext::tr("The client has no task “%1”.").arg(text));
    QStringList ids;
    for (const Task& match : std::as_const(matches))
        ids << QString::number(match.id);
    return Error::make(Error::Kind::Conflict,
                       CliContext::tr("Several tasks of the client are titled “%1” (ids %2): give the id.")
                           .arg(text, ids.join(QStringLiteral(", "))));
}

/** Names of clients, missions and tasks by id, each read once. */
class Names
{
public:
    explicit Names(Database& database)
        : m_clients(database)
        , m_missions(database)
        , m_tasks(database)
    {
    }

    QString client(qint64 id)
    {
        if (!m_clientNames.contains(id)) {
            auto client = m_clients.load(id);
            m_clientNames.insert(id, client ? client->name : QString::number(id));
        }
        return m_clientNames.value(id);
    }

    QString mission(qint64 id)
    {
        if (id == 0)
            return {};
        if (!m_missionTitles.contains(id)) {
            auto mission = m_missions.find(id);
            m_missionTitles.insert(id, mission ? mission->title : QString::number(id));
        }
        return m_missionTitles.value(id);
    }

    QString task(qint64 id)
    {
        if (id == 0)
            return {};
        if (!m_taskTitles.contains(id)) {
            auto task = m_tasks.find(id);
            m_taskTitles.insert(id, task ? task->title : QString::number(id));
        }
        return m_taskTitles.value(id);
    }

private:
    ClientRepository m_clients;
    MissionRepository m_missions;
    TaskRepository m_tasks;
    QHash<qint64, QString> m_clientNames;
    QHash<qint64, QString> m_missionTitles;
    QHash<qint64, QString> m_taskTitles;
};

QJsonValue idOrNull(qint64 id)
{
    return id == 0 ? QJsonValue() : QJsonValue(id);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject entryJson(const TimeEntry& entry, Names& names, qint64 nowMs)
{
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("clientId"), entry.clientId},
        {QStringLiteral("client"), names.client(entry.clientId)},
        {QStringLiteral("missionId"), idOrNull(entry.missionId)},
        {QStringLiteral("mission"), textOrNull(names.mission(entry.missionId))},
        {QStringLiteral("taskId"), idOrNull(entry.taskId)},
        {QStringLiteral("task"), textOrNull(names.task(entry.taskId))},
        {QStringLiteral("description"), entry.description},
        {QStringLiteral("notes"), entry.notes},
        {QStringLiteral("start"), isoInstant(entry.startedAtMs)},
        {QStringLiteral("end"), isoInstant(entry.endedAtMs)},
        {QStringLiteral("day"), isoDate(entry.day)},
        {QStringLiteral("minutes"), entry.minutes},
        {QStringLiteral("duration"), Duration::fromMinutes(entry.minutes).format(QLocale::c())},
        {QStringLiteral("hours"), Duration::fromMinutes(entry.minutes).toDecimalHours(2)},
        {QStringLiteral("billable"), entry.billable},
        {QStringLiteral("running"), entry.isRunning()},
        {QStringLiteral("documentId"), idOrNull(entry.documentId)},
        {QStringLiteral("locked"), entry.locked},
        {QStringLiteral("createdAt"), isoInstant(entry.createdAtMs)},
        {QStringLiteral("updatedAt"), isoInstant(entry.updatedAtMs)},
    };
    if (entry.isRunning())
        object.insert(QStringLiteral("elapsedSeconds"), entry.elapsedMs(nowMs) / 1000);
    return object;
}

/** One overlap warning per entry the saved one shares time with. */
void warnOverlaps(const QList<TimeEntry>& overlaps, Names& names, const LocalCalendar& calendar)
{
    for (const TimeEntry& other : overlaps) {
        const QString from = calendar.toLocal(other.startedAtMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString to = other.isRunning() ? CliContext::tr("now", "end of a running timer")
                                             : calendar.toLocal(other.endedAtMs).toString(QStringLiteral("HH:mm"));
        warn(CliContext::tr("it overlaps entry %1 for “%2” (%3 – %4).")
                 .arg(QString::number(other.id), names.client(other.clientId), from, to));
    }
}

/**
 * An instant typed on the command line, in the user's zone: "09:30" (or "9h30") on @p day, or an ISO
 * date and time ("2026-11-27T09:30", "2026-11-27 09:30"; with "Z" or an offset, as written).
 */
std::optional<qint64> parseInstant(const QString& input, QDate day, const LocalCalendar& calendar)
{
    const QString text = input.trimmed();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2})[:hH](\\d{2})$"));
    if (const auto match = clock.match(text); match.hasMatch()) {
        const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
        if (!time.isValid() || !day.isValid())
            return std::nullopt;
        return calendar.toUtcMs(day, time);
    }
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"));
    if (!iso.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text;
    normalised[10] = u'T';
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        return calendar.toUtcMs(parsed.date(), parsed.time());
    return parsed.toMSecsSinceEpoch();
}

QString localTime(qint64 ms, const LocalCalendar& calendar)
{
    return calendar.toLocal(ms).toString(QStringLiteral("HH:mm"));
}

QString localDateAndTime(qint64 ms, const LocalCalendar& calendar)
{
    return calendar.toLocal(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/**
 * The database for a command that only reads (status, list, report): opened read-only, which skips
 * the integrity check a writing command runs first (seconds on a large file); opened as usual when
 * the file is new or needs a migration.
 */
Result<std::unique_ptr<Database>> openForReading(CliContext& context)
{
    if (QFileInfo::exists(context.databasePath)) {
        Database::Options options;
        options.readOnly = true;
        auto opened = context.openDatabase(options);
        if (!opened || opened.value()->schemaVersion() == opened.value()->latestSchemaVersion())
            return opened;
    }
    return context.openDatabase();
}

/** The options shared by start and switch: what the timer runs on. */
struct TimerOptions
{
    QCommandLineOption client{QStringLiteral("client"), CliContext::tr("The client’s id or exact name."),
                              QStringLiteral("client")};
    QCommandLineOption mission{QStringLiteral("mission"), CliContext::tr("The client’s mission: id or exact title."),
                               QStringLiteral("mission")};
    QCommandLineOption task{QStringLiteral("task"), CliContext::tr("The client’s task: id or exact title."),
                            QStringLiteral("task")};
    QCommandLineOption description{QStringLiteral("description"), CliContext::tr("What the time is spent on."),
                                   QStringLiteral("text")};
    QCommandLineOption nonBillable{QStringLiteral("non-billable"), CliContext::tr("The time is not to be invoiced.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({client, mission, task, description, nonBillable});
    }

    /** The request the options describe; the client is required. */
    Result<TimeTracker::StartRequest> request(Database& database, const QCommandLineParser& parser) const
    {
        auto resolved = ClientRepository(database).resolve(parser.value(client));
        if (!resolved)
            return resolved.error();
        TimeTracker::StartRequest request;
        request.clientId = resolved->id;
        if (parser.isSet(task)) {
            auto found = resolveTask(database, resolved->id, parser.value(task));
            if (!found)
                return found.error();
            if (found->has_value()) {
                request.taskId = found->value().id;
                request.missionId = found->value().missionId;
            }
        }
        if (parser.isSet(mission)) {
            auto found = resolveMission(database, resolved->id, parser.value(mission));
            if (!found)
                return found.error();
            request.missionId = found.value();
        }
        request.description = parser.value(description).trimmed();
        request.billable = !parser.isSet(nonBillable);
        return request;
    }
};

/** Keeps a started timer in the foreground until Ctrl+C or SIGTERM, which stop it; SIGKILL leaves it running. */
int watch(CliContext& context, Database& database, TimeTracker& tracker, const TimeEntry& started, Names& names)
{
    g_stopSignal = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
#ifdef SIGHUP
    std::signal(SIGHUP, onStopSignal);
#endif
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDOUT_FILENO) == 1;
#else
    const bool terminal = false;
#endif
    QTextStream out(stdout);
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    qint64 shownSecond = -1;
    qint64 lastCheckMs = database.clock().nowMs();
    while (g_stopSignal == 0) {
        const qint64 now = database.clock().nowMs();
        const qint64 second = (now - started.startedAtMs) / 1000;
        if (second != shownSecond && !context.json) {
            shownSecond = second;
            out << (terminal ? QStringLiteral("\r") : QString())
                << CliContext::tr("Elapsed: %1").arg(clockText(now - started.startedAtMs))
                << (terminal ? QString() : QStringLiteral("\n"));
            out.flush();
        }
        if (now - lastCheckMs >= 1000) {
            lastCheckMs = now;
            // Stopped or switched from elsewhere (the GUI, another bureau-cli): nothing left to watch.
            auto running = tracker.running();
            if (running && (!running->has_value() || running->value().id != started.id)) {
                if (terminal)
                    out << u'\n';
                out.flush();
                context.printText(CliContext::tr("The timer was stopped elsewhere."));
                return ExitOk;
            }
        }
        QThread::msleep(100);
    }
    if (terminal && !context.json) {
        out << u'\n';
        out.flush();
    }
    auto running = tracker.running();
    if (!running)
        return context.fail(running.error());
    if (!running->has_value() || running->value().id != started.id) {
        context.printText(CliContext::tr("The timer was stopped elsewhere."));
        return ExitOk;
    }
    auto stopped = tracker.stop();
    if (!stopped)
        return context.fail(stopped.error());
    warnOverlaps(stopped->overlaps, names, calendar);
    const TimeEntry& entry = stopped->entry;
    context.print(
        entryJson(entry, names, database.clock().nowMs()),
        CliContext::tr("Timer stopped for “%1” at %2: %3.")
            .arg(names.client(entry.clientId), localTime(entry.endedAtMs, calendar), durationText(entry.minutes)));
    return ExitOk;
}

int runStart(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Starts the timer on a client now. With --watch, stays in the foreground showing the elapsed "
                       "time; Ctrl+C stops the timer."));
    const TimerOptions options;
    options.addTo(parser);
    const QCommandLineOption watchOption(QStringLiteral("watch"),
                                         CliContext::tr("Stay in the foreground until Ctrl+C, which stops the timer."));
    parser.addOption(watchOption);
    if (auto done = parseVerb(context, parser, QStringLiteral("time start"), arguments))
        return *done;
    if (parser.value(options.client).trimmed().isEmpty())
        return context.usage(CliContext::tr("time start needs --client: bureau-cli time start --client C."));

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto request = options.request(database, parser);
    if (!request)
        return context.fail(request.error());
    TimeTracker tracker(database);
    auto started = tracker.start(request.value());
    if (!started)
        return context.fail(started.error());
    Names names(database);
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    context.print(entryJson(started.value(), names, database.clock().nowMs()),
                  CliContext::tr("Timer started for “%1” at %2 (entry %3).")
                      .arg(names.client(started->clientId), localTime(started->startedAtMs, calendar),
                           QString::number(started->id)));
    if (parser.isSet(watchOption))
        return watch(context, database, tracker, started.value(), names);
    return ExitOk;
}

int runStop(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Stops the running timer, now or at the time given."));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      CliContext::tr("When it ended: 17:30 (today) or 2026-11-27T17:30."),
                                      QStringLiteral("time"));
    parser.addOption(atOption);
    if (auto done = parseVerb(context, parser, QStringLiteral("time stop"), arguments))
        return *done;

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    std::optional<qint64> at;
    if (parser.isSet(atOption)) {
        at = parseInstant(parser.value(atOption), calendar.dayOf(database.clock().nowMs()), calendar);
        if (!at)
            return context.usage(CliContext::tr("--at: “%1” is not a time such as 17:30 or 2026-11-27T17:30.")
                                     .arg(parser.value(atOption).trimmed()));
    }
    TimeTracker tracker(database);
    auto stopped = tracker.stop(at);
    if (!stopped)
        return context.fail(stopped.error());
    Names names(database);
    warnOverlaps(stopped->overlaps, names, calendar);
    const TimeEntry& entry = stopped->entry;
    context.print(
        entryJson(entry, names, database.clock().nowMs()),
        CliContext::tr("Timer stopped for “%1” at %2: %3.")
            .arg(names.client(entry.clientId), localTime(entry.endedAtMs, calendar), durationText(entry.minutes)));
    return ExitOk;
}

int runSwitch(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Stops the running timer and starts one on another client at the same instant."));
    const TimerOptions options;
    options.addTo(parser);
    if (auto done = parseVerb(context, parser, QStringLiteral("time switch"), arguments))
        return *done;
    if (parser.value(options.client).trimmed().isEmpty())
        return context.usage(CliContext::tr("time switch needs --client: bureau-cli time switch --client C."));

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    auto request = options.request(database, parser);
    if (!request)
        return context.fail(request.error());
    TimeTracker tracker(database);
    auto switched = tracker.switchTo(request.value());
    if (!switched)
        return context.fail(switched.error());
    Names names(database);
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    const qint64 now = database.clock().nowMs();
    QJsonObject object = entryJson(switched->started, names, now);
    object.insert(QStringLiteral("stopped"),
                  switched->stopped ? QJsonValue(entryJson(*switched->stopped, names, now)) : QJsonValue());
    const QString started =
        CliContext::tr("Timer started for “%1” at %2 (entry %3).")
            .arg(names.client(switched->started.clientId), localTime(switched->started.startedAtMs, calendar),
                 QString::number(switched->started.id));
    const QString text = switched->stopped ? CliContext::tr("Timer stopped for “%1”: %2. %3")
                                                 .arg(names.client(switched->stopped->clientId),
                                                      durationText(switched->stopped->minutes), started)
                                           : started;
    context.print(object, text);
    return ExitOk;
}

int runStatus(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Shows the running timer and its elapsed time."));
    if (auto done = parseVerb(context, parser, QStringLiteral("time status"), arguments))
        return *done;
    auto opened = openForReading(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    TimeTracker tracker(database);
    auto running = tracker.running();
    if (!running)
        return context.fail(running.error());
    if (!running->has_value()) {
        context.print(QJsonObject{{QStringLiteral("running"), false}}, CliContext::tr("No timer running."));
        return ExitOk;
    }
    const TimeEntry& entry = running->value();
    const qint64 now = database.clock().nowMs();
    Names names(database);
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    const bool tooLong = tracker.hasRunTooLong(entry);
    if (tooLong) {
        warn(CliContext::tr("this timer has run for more than 12 hours; stop it at the time the work ended with "
                            "bureau-cli time stop --at HH:MM."));
    }
    QJsonObject object = entryJson(entry, names, now);
    object.insert(QStringLiteral("runningTooLong"), tooLong);
    QString text = CliContext::tr("Timer running for “%1” since %2: %3.")
                       .arg(names.client(entry.clientId), localDateAndTime(entry.startedAtMs, calendar),
                            clockText(entry.elapsedMs(now)));
    if (!entry.description.isEmpty())
        text += u'\n' + entry.description;
    context.print(object, text);
    return ExitOk;
}

int runAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Adds a finished entry: a date and a duration (from --start, else after the day’s last "
                       "entry, else 09:00), or a start and an end."));
    const TimerOptions options;
    options.addTo(parser);
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        CliContext::tr("The day, such as 2026-11-27 (default: today)."),
                                        QStringLiteral("date"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"), CliContext::tr("How long: 1h30, 1:30, 90m or 1,5."), QStringLiteral("duration"));
    const QCommandLineOption startOption(QStringLiteral("start"), CliContext::tr("When it started: 09:00."),
                                         QStringLiteral("time"));
    const QCommandLineOption endOption(QStringLiteral("end"), CliContext::tr("When it ended: 10:30."),
                                       QStringLiteral("time"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), CliContext::tr("Free notes."),
                                         QStringLiteral("text"));
    parser.addOptions({dateOption, durationOption, startOption, endOption, notesOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("time add"), arguments))
        return *done;
    if (parser.value(options.client).trimmed().isEmpty())
        return context.usage(
            CliContext::tr("time add needs --client: bureau-cli time add --client C --date D --duration 1h30."));
    if (parser.isSet(durationOption) == parser.isSet(endOption))
        return context.usage(CliContext::tr("time add needs either --duration, or --start and --end."));
    if (parser.isSet(endOption) && !parser.isSet(startOption))
        return context.usage(CliContext::tr("time add: --end needs --start."));
    std::optional<Duration> duration;
    if (parser.isSet(durationOption)) {
        auto parsed = Duration::parse(parser.value(durationOption));
        if (!parsed)
            return context.usage(parsed.error().message);
        if (parsed->isZero())
            return context.usage(CliContext::tr("--duration: an entry lasts at least a minute."));
        duration = parsed.value();
    }

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    QDate day = calendar.dayOf(database.clock().nowMs());
    if (parser.isSet(dateOption)) {
        const auto date = parseIsoDate(parser.value(dateOption));
        if (!date)
            return context.usage(CliContext::tr("--date: “%1” is not a date such as 2026-11-27.")
                                     .arg(parser.value(dateOption).trimmed()));
        day = *date;
    }
    auto request = options.request(database, parser);
    if (!request)
        return context.fail(request.error());

    TimeEntry entry;
    entry.clientId = request->clientId;
    entry.missionId = request->missionId;
    entry.taskId = request->taskId;
    entry.description = request->description;
    entry.billable = request->billable;
    entry.notes = parser.value(notesOption).trimmed();
    if (parser.isSet(startOption)) {
        const auto start = parseInstant(parser.value(startOption), day, calendar);
        if (!start)
            return context.usage(
                CliContext::tr("--start: “%1” is not a time such as 09:00.").arg(parser.value(startOption).trimmed()));
        entry.startedAtMs = *start;
    } else {
        // After the day's last entry, as a timesheet cell adds time; 09:00 on an empty day.
        entry.startedAtMs = calendar.toUtcMs(day, QTime(9, 0));
        auto entries = TimeEntryRepository(database).listForDays(day, day);
        if (!entries)
            return context.fail(entries.error());
        for (const TimeEntry& other : std::as_const(*entries)) {
            if (!other.isRunning())
                entry.startedAtMs = std::max(entry.startedAtMs, other.endedAtMs);
        }
    }
    if (duration) {
        entry.endedAtMs = entry.startedAtMs + duration->minutes() * 60 * 1000;
    } else {
        const auto end = parseInstant(parser.value(endOption), calendar.dayOf(entry.startedAtMs), calendar);
        if (!end)
            return context.usage(
                CliContext::tr("--end: “%1” is not a time such as 10:30.").arg(parser.value(endOption).trimmed()));
        if (*end <= entry.startedAtMs)
            return context.usage(CliContext::tr("--end must be after --start."));
        entry.endedAtMs = *end;
    }

    TimeTracker tracker(database);
    auto saved = tracker.add(entry);
    if (!saved)
        return context.fail(saved.error());
    Names names(database);
    warnOverlaps(saved->overlaps, names, calendar);
    const TimeEntry& added = saved->entry;
    context.print(entryJson(added, names, database.clock().nowMs()),
                  CliContext::tr("Entry %1 added for “%2”: %3 on %4 from %5.")
                      .arg(QString::number(added.id), names.client(added.clientId), durationText(added.minutes),
                           added.day.toString(Qt::ISODate), localTime(added.startedAtMs, calendar)));
    return ExitOk;
}

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Lists entries by start, over the last 7 days unless --from and --to say otherwise."));
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("The first day, such as 2026-11-01."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("The last day (default: today)."),
                                      QStringLiteral("date"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          CliContext::tr("Only this client’s entries: id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), CliContext::tr("Only the latest N entries."),
                                         QStringLiteral("n"));
    parser.addOptions({fromOption, toOption, clientOption, limitOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("time list"), arguments))
        return *done;
    int limit = 0;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).trimmed().toInt(&ok);
        if (!ok || limit < 1)
            return context.usage(CliContext::tr("--limit takes a positive number."));
    }
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (parser.isSet(fromOption) && !(from = parseIsoDate(parser.value(fromOption))))
        return context.usage(
            CliContext::tr("--from: “%1” is not a date such as 2026-11-01.").arg(parser.value(fromOption).trimmed()));
    if (parser.isSet(toOption) && !(to = parseIsoDate(parser.value(toOption))))
        return context.usage(
            CliContext::tr("--to: “%1” is not a date such as 2026-11-30.").arg(parser.value(toOption).trimmed()));

    auto opened = openForReading(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    const qint64 now = database.clock().nowMs();
    if (!to)
        to = from ? std::max(*from, calendar.dayOf(now)) : calendar.dayOf(now);
    if (!from)
        from = to->addDays(-6);
    if (*from > *to)
        return context.usage(CliContext::tr("--from must not be after --to."));
    qint64 clientId = 0;
    if (parser.isSet(clientOption)) {
        auto client = ClientRepository(database).resolve(parser.value(clientOption));
        if (!client)
            return context.fail(client.error());
        clientId = client->id;
    }
    auto listed = TimeEntryRepository(database).listForDays(*from, *to, clientId);
    if (!listed)
        return context.fail(listed.error());
    QList<TimeEntry> entries = listed.value();
    if (limit > 0 && entries.size() > limit)
        entries = entries.mid(entries.size() - limit);

    Names names(database);
    QJsonArray array;
    QList<QStringList> rows;
    qint64 total = 0;
    for (const TimeEntry& entry : std::as_const(entries)) {
        array << entryJson(entry, names, now);
        total += entry.minutes;
        rows << QStringList{QString::number(entry.id),
                            entry.day.toString(Qt::ISODate),
                            localTime(entry.startedAtMs, calendar),
                            entry.isRunning() ? CliContext::tr("running") : localTime(entry.endedAtMs, calendar),
                            entry.isRunning() ? clockText(entry.elapsedMs(now)) : durationText(entry.minutes),
                            entry.billable ? CliContext::tr("yes") : CliContext::tr("no"),
                            names.client(entry.clientId),
                            entry.description};
    }
    QString text;
    if (rows.isEmpty()) {
        text =
            CliContext::tr("No time entry from %1 to %2.").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate));
    } else {
        text = formatTable({CliContext::tr("Id"), CliContext::tr("Day"), CliContext::tr("Start"), CliContext::tr("End"),
                            CliContext::tr("Time"), CliContext::tr("Billable"), CliContext::tr("Client"),
                            CliContext::tr("Description")},
                           rows, {0, 4});
        text += u'\n'
                + CliContext::tr("%n entry(ies), %1 (%2 h).", "", int(entries.size()))
                      .arg(durationText(total), Duration::fromMinutes(total).toDecimalHours(2));
    }
    context.print(array, text);
    return ExitOk;
}

int runEdit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Changes an entry. A new date or start moves it and keeps its duration; --duration or --end "
                       "changes its end. --mission none and --task none remove the link."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The entry’s id (see bureau-cli time list)."));
    const TimerOptions options;
    options.addTo(parser);
    const QCommandLineOption dateOption(QStringLiteral("date"), CliContext::tr("The new day, such as 2026-11-27."),
                                        QStringLiteral("date"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            CliContext::tr("The new duration: 1h30, 1:30, 90m or 1,5."),
                                            QStringLiteral("duration"));
    const QCommandLineOption startOption(QStringLiteral("start"), CliContext::tr("The new start: 09:00."),
                                         QStringLiteral("time"));
    const QCommandLineOption endOption(QStringLiteral("end"), CliContext::tr("The new end: 10:30."),
                                       QStringLiteral("time"));
    const QCommandLineOption billableOption(QStringLiteral("billable"), CliContext::tr("yes or no."),
                                            QStringLiteral("yes|no"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), CliContext::tr("Free notes."),
                                         QStringLiteral("text"));
    parser.addOptions({dateOption, durationOption, startOption, endOption, billableOption, notesOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("time edit"), arguments, 1, 1))
        return *done;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usage(CliContext::tr("“%1” is not an entry id: give the number bureau-cli time list shows.")
                                 .arg(parser.positionalArguments().first()));
    if (parser.isSet(durationOption) && parser.isSet(endOption))
        return context.usage(CliContext::tr("time edit takes --duration or --end, not both."));
    if (parser.isSet(options.nonBillable) && parser.isSet(billableOption))
        return context.usage(CliContext::tr("time edit takes --billable or --non-billable, not both."));
    std::optional<bool> billable;
    if (parser.isSet(billableOption)) {
        const QString value = parser.value(billableOption).trimmed().toLower();
        if (value == u"yes" || value == u"true" || value == u"1")
            billable = true;
        else if (value == u"no" || value == u"false" || value == u"0")
            billable = false;
        else
            return context.usage(CliContext::tr("--billable: use yes or no."));
    } else if (parser.isSet(options.nonBillable)) {
        billable = false;
    }
    std::optional<Duration> duration;
    if (parser.isSet(durationOption)) {
        auto parsed = Duration::parse(parser.value(durationOption));
        if (!parsed)
            return context.usage(parsed.error().message);
        if (parsed->isZero())
            return context.usage(CliContext::tr("--duration: an entry lasts at least a minute."));
        duration = parsed.value();
    }

    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    auto found = TimeEntryRepository(database).find(id);
    if (!found)
        return context.fail(found.error());
    TimeEntry entry = found.value();

    // What it runs on.
    if (parser.isSet(options.client)) {
        auto client = ClientRepository(database).resolve(parser.value(options.client));
        if (!client)
            return context.fail(client.error());
        if (client->id != entry.clientId) {
            // Another client's mission and task cannot stay.
            entry.clientId = client->id;
            entry.missionId = 0;
            entry.taskId = 0;
        }
    }
    if (parser.isSet(options.task)) {
        auto task = resolveTask(database, entry.clientId, parser.value(options.task));
        if (!task)
            return context.fail(task.error());
        entry.taskId = task->has_value() ? task->value().id : 0;
        if (task->has_value() && task->value().missionId != 0)
            entry.missionId = task->value().missionId;
    }
    if (parser.isSet(options.mission)) {
        auto mission = resolveMission(database, entry.clientId, parser.value(options.mission));
        if (!mission)
            return context.fail(mission.error());
        entry.missionId = mission.value();
    }
    if (parser.isSet(options.description))
        entry.description = parser.value(options.description).trimmed();
    if (parser.isSet(notesOption))
        entry.notes = parser.value(notesOption).trimmed();
    if (billable)
        entry.billable = *billable;

    // When: a new day or start moves the entry, keeping its length unless told otherwise.
    const qint64 length = entry.isRunning() ? 0 : entry.endedAtMs - entry.startedAtMs;
    const QDate oldDay = calendar.dayOf(entry.startedAtMs);
    const QTime oldTime = calendar.toLocal(entry.startedAtMs).time();
    QDate day = oldDay;
    if (parser.isSet(dateOption)) {
        const auto date = parseIsoDate(parser.value(dateOption));
        if (!date)
            return context.usage(CliContext::tr("--date: “%1” is not a date such as 2026-11-27.")
                                     .arg(parser.value(dateOption).trimmed()));
        day = *date;
        entry.startedAtMs = calendar.toUtcMs(day, oldTime);
    }
    if (parser.isSet(startOption)) {
        const auto start = parseInstant(parser.value(startOption), day, calendar);
        if (!start)
            return context.usage(
                CliContext::tr("--start: “%1” is not a time such as 09:00.").arg(parser.value(startOption).trimmed()));
        entry.startedAtMs = *start;
    }
    if ((duration || parser.isSet(endOption)) && entry.isRunning())
        return context.fail(Error::make(Error::Kind::Conflict,
                                        CliContext::tr("Entry %1 is still running: stop it with bureau-cli time stop "
                                                       "--at HH:MM to give its end.")
                                            .arg(id)));
    if (duration) {
        entry.endedAtMs = entry.startedAtMs + duration->minutes() * 60 * 1000;
    } else if (parser.isSet(endOption)) {
        const auto end = parseInstant(parser.value(endOption), calendar.dayOf(entry.startedAtMs), calendar);
        if (!end)
            return context.usage(
                CliContext::tr("--end: “%1” is not a time such as 10:30.").arg(parser.value(endOption).trimmed()));
        if (*end <= entry.startedAtMs)
            return context.usage(CliContext::tr("--end must be after the start."));
        entry.endedAtMs = *end;
    } else if (!entry.isRunning()) {
        entry.endedAtMs = entry.startedAtMs + length;
    }

    TimeTracker tracker(database);
    auto saved = tracker.update(entry);
    if (!saved)
        return context.fail(saved.error());
    Names names(database);
    warnOverlaps(saved->overlaps, names, calendar);
    context.print(entryJson(saved->entry, names, database.clock().nowMs()),
                  CliContext::tr("Entry %1 saved.").arg(saved->entry.id));
    return ExitOk;
}

int runDelete(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Deletes an entry (an invoiced one cannot be)."));
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The entry’s id (see bureau-cli time list)."));
    if (auto done = parseVerb(context, parser, QStringLiteral("time delete"), arguments, 1, 1))
        return *done;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.usage(CliContext::tr("“%1” is not an entry id: give the number bureau-cli time list shows.")
                                 .arg(parser.positionalArguments().first()));
    auto opened = context.openDatabase();
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    TimeTracker tracker(database);
    if (Status removed = tracker.remove(id); !removed)
        return context.fail(removed.error());
    context.print(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}},
                  CliContext::tr("Entry %1 deleted.").arg(id));
    return ExitOk;
}

QJsonObject reportRowJson(const TimeReportService::Row& row)
{
    QJsonArray value;
    for (auto it = row.unbilledValueCents.cbegin(); it != row.unbilledValueCents.cend(); ++it) {
        value << QJsonObject{{QStringLiteral("currency"), it.key()},
                             {QStringLiteral("cents"), it.value()},
                             {QStringLiteral("amount"), Money::fromCents(it.value(), it.key()).toPlainString()}};
    }
    return QJsonObject{
        {QStringLiteral("label"), row.label},
        {QStringLiteral("clientId"), idOrNull(row.clientId)},
        {QStringLiteral("missionId"), idOrNull(row.missionId)},
        {QStringLiteral("taskId"), idOrNull(row.taskId)},
        {QStringLiteral("periodStart"), isoDate(row.periodStart)},
        {QStringLiteral("minutes"), row.minutes},
        {QStringLiteral("hours"), Duration::fromMinutes(row.minutes).toDecimalHours(2)},
        {QStringLiteral("billableMinutes"), row.billableMinutes},
        {QStringLiteral("nonBillableMinutes"), row.nonBillableMinutes},
        {QStringLiteral("unbilledMinutes"), row.unbilledMinutes},
        {QStringLiteral("unbilledValue"), value},
        {QStringLiteral("unbilledWithoutRateMinutes"), row.unbilledWithoutRateMinutes},
    };
}

QStringList reportRowText(const TimeReportService::Row& row, const QString& label)
{
    QStringList values;
    const QLocale locale;
    for (auto it = row.unbilledValueCents.cbegin(); it != row.unbilledValueCents.cend(); ++it)
        values << Money::fromCents(it.value(), it.key()).format(locale);
    return QStringList{label,
                       durationText(row.minutes),
                       Duration::fromMinutes(row.minutes).toDecimalHours(2),
                       durationText(row.billableMinutes),
                       durationText(row.nonBillableMinutes),
                       durationText(row.unbilledMinutes),
                       values.join(QStringLiteral(", "))};
}

int runReport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Hours worked over a range of days (default: this month), per client, mission, task or period: "
                       "billable, non-billable, unbilled and its value."));
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("The first day, such as 2026-11-01."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("The last day, such as 2026-11-30."),
                                      QStringLiteral("date"));
    const QCommandLineOption clientOption(QStringLiteral("client"),
                                          CliContext::tr("Only this client’s time: id or exact name."),
                                          QStringLiteral("client"));
    const QCommandLineOption groupOption(QStringLiteral("group-by"),
                                         CliContext::tr("client, mission, task, day, week, month, quarter or year "
                                                        "(default: client)."),
                                         QStringLiteral("group"));
    parser.addOptions({fromOption, toOption, clientOption, groupOption});
    if (auto done = parseVerb(context, parser, QStringLiteral("time report"), arguments))
        return *done;
    std::optional<QDate> from;
    std::optional<QDate> to;
    if (parser.isSet(fromOption) && !(from = parseIsoDate(parser.value(fromOption))))
        return context.usage(
            CliContext::tr("--from: “%1” is not a date such as 2026-11-01.").arg(parser.value(fromOption).trimmed()));
    if (parser.isSet(toOption) && !(to = parseIsoDate(parser.value(toOption))))
        return context.usage(
            CliContext::tr("--to: “%1” is not a date such as 2026-11-30.").arg(parser.value(toOption).trimmed()));
    TimeReportService::GroupBy groupBy = TimeReportService::GroupBy::Client;
    if (parser.isSet(groupOption)) {
        const auto parsed = TimeReportService::groupByFromKey(parser.value(groupOption).trimmed().toLower());
        if (!parsed)
            return context.usage(CliContext::tr("--group-by: use client, mission, task, day, week, month, quarter or "
                                                "year."));
        groupBy = *parsed;
    }

    auto opened = openForReading(context);
    if (!opened)
        return context.fail(opened.error());
    Database& database = *opened.value();
    const LocalCalendar calendar = LocalCalendar::forDatabase(database);
    const QDate today = calendar.dayOf(database.clock().nowMs());
    TimeReportService::Query query;
    query.first = from ? *from : (to ? LocalCalendar::monthStart(*to) : LocalCalendar::monthStart(today));
    query.last = to ? *to : (from ? std::max(*from, today) : today);
    query.groupBy = groupBy;
    if (parser.isSet(clientOption)) {
        auto client = ClientRepository(database).resolve(parser.value(clientOption));
        if (!client)
            return context.fail(client.error());
        query.clientId = client->id;
    }
    auto report = TimeReportService(database).run(query);
    if (!report)
        return context.fail(report.error());

    QJsonArray rows;
    QList<QStringList> table;
    for (const TimeReportService::Row& row : std::as_const(report->rows)) {
        rows << reportRowJson(row);
        table << reportRowText(row, row.label);
    }
    table << reportRowText(report->total, CliContext::tr("Total"));
    const QJsonObject object{
        {QStringLiteral("from"), isoDate(query.first)},
        {QStringLiteral("to"), isoDate(query.last)},
        {QStringLiteral("clientId"), idOrNull(query.clientId)},
        {QStringLiteral("groupBy"), TimeReportService::groupByKey(groupBy)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("total"), reportRowJson(report->total)},
    };
    QString text = CliContext::tr("Time from %1 to %2, by %3.")
                       .arg(query.first.toString(Qt::ISODate), query.last.toString(Qt::ISODate),
                            TimeReportService::groupByLabel(groupBy).toLower());
    text += u'\n'
            + formatTable({TimeReportService::groupByLabel(groupBy), CliContext::tr("Time"), CliContext::tr("Hours"),
                           CliContext::tr("Billable"), CliContext::tr("Non-billable"), CliContext::tr("Unbilled"),
                           CliContext::tr("Unbilled value")},
                          table, {1, 2, 3, 4, 5, 6});
    if (report->total.unbilledWithoutRateMinutes > 0) {
        text += u'\n'
                + CliContext::tr("%1 of unbilled time has no hourly rate (packages, fixed fees or no rate set).")
                      .arg(durationText(report->total.unbilledWithoutRateMinutes));
    }
    context.print(object, text);
    return ExitOk;
}

const Verb kVerbs[] = {
    {u"start", QT_TRANSLATE_NOOP("CliContext",
                                 "Start the timer: --client C [--mission M] [--task T] [--description T] [--watch]")},
    {u"stop", QT_TRANSLATE_NOOP("CliContext", "Stop the running timer [--at HH:MM]")},
    {u"switch", QT_TRANSLATE_NOOP("CliContext", "Stop the timer and start one on another client: --client C")},
    {u"status", QT_TRANSLATE_NOOP("CliContext", "Show the running timer")},
    {u"add", QT_TRANSLATE_NOOP("CliContext", "Add an entry: --client C --date D --duration 1h30 [--start 09:00]")},
    {u"list", QT_TRANSLATE_NOOP("CliContext", "List entries [--from D --to D] [--client C] [--limit N]")},
    {u"edit", QT_TRANSLATE_NOOP("CliContext", "Change an entry: ID [--duration D] [--description T] [--date D]")},
    {u"delete", QT_TRANSLATE_NOOP("CliContext", "Delete an entry: ID")},
    {u"report", QT_TRANSLATE_NOOP("CliContext", "Hours per client or period: --from D --to D [--group-by G]")},
};

} // namespace

int runTime(CliContext& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"start")
        return runStart(context, rest);
    if (verb == u"stop")
        return runStop(context, rest);
    if (verb == u"switch")
        return runSwitch(context, rest);
    if (verb == u"status")
        return runStatus(context, rest);
    if (verb == u"add")
        return runAdd(context, rest);
    if (verb == u"list")
        return runList(context, rest);
    if (verb == u"edit")
        return runEdit(context, rest);
    if (verb == u"delete")
        return runDelete(context, rest);
    if (verb == u"report")
        return runReport(context, rest);
    if (verb == u"--help" || verb == u"-h" || verb == u"help") {
        printHelp(context, verbsHelp(QStringLiteral("time"), kVerbs));
        return ExitOk;
    }
    if (verb.isEmpty())
        return context.usage(CliContext::tr("time needs a command: start, stop, switch, status, add, list, edit, "
                                            "delete or report; see bureau-cli time --help."));
    return context.usage(CliContext::tr("Unknown time command “%1”: use start, stop, switch, status, add, list, edit, "
                                        "delete or report.")
                             .arg(verb));
}

} // namespace Bureau::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// bureau-bench: measures Bureau against DESIGN.md's performance budget on the `large` demo dataset
// and prints a table (and JSON). Developer-facing: its strings are not translated.
#include "BenchCase.h"
#include "BenchReport.h"
#include "ClientBench.h"
#include "DocumentBench.h"
#include "GuiStartup.h"
#include "InvoiceBench.h"
#include "LargeDataset.h"
#include "TimeBench.h"

#include "core/Clock.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <optional>

#include <unistd.h>

using namespace Bureau;
using namespace Bureau::Bench;

namespace
{

// DESIGN.md, Performance budget.
constexpr double kColdStartBudgetMs = 150;
constexpr double kResidentMemoryBudgetMb = 100;

enum ExitCode
{
    Measured = 0,
    OverBudget = 1, // only with --check-budget
    Failed = 2,     // bad usage, or a measurement could not be taken
};

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

/** A field of a /proc file such as "VmHWM:" or "model name", or empty. */
QString procField(const QString& file, const QByteArray& key)
{
    QFile proc(file);
    if (!proc.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : proc.readAll().split('\n')) {
        if (line.startsWith(key)) {
            const qsizetype colon = line.indexOf(':');
            return colon < 0 ? QString() : QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return {};
}

double ownPeakRssMb()
{
    // "VmHWM:    12345 kB"
    return procField(QStringLiteral("/proc/self/status"), "VmHWM:").section(u' ', 0, 0).toDouble() / 1024;
}

struct Options
{
    QString dataDir;
    int runs = 10;
    int demoRuns = 3;
    QString json;
    bool regenerate = false;
    bool quick = false;
    bool checkBudget = false;
    QString platform;
    QString gui;
};

std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures Bureau against the performance budget of DESIGN.md on the large demo dataset."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Where the large dataset is kept (default: <bench dir>/bench-data)."), QStringLiteral("dir"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs of the open and cold-start cases (default 10; 3 with --quick)."),
                                  QStringLiteral("n"));
    const QCommandLineOption demoRuns(QStringLiteral("demo-runs"),
                                      QStringLiteral("Runs of the large demo generation (default 3; 1 with --quick)."),
                                      QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the results as JSON to this file ('-': stdout)."),
                                  QStringLiteral("file"));
    const QCommandLineOption regenerate(QStringLiteral("regenerate"),
                                        QStringLiteral("Throw the dataset away and generate it again."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("A fast smoke run of every case (fewer runs)."));
    const QCommandLineOption checkBudget(QStringLiteral("check-budget"),
                                         QStringLiteral("Exit with 1 when a budgeted figure is over its budget."));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QStringLiteral("The Qt platform the GUI runs on (default offscreen)."),
                                      QStringLiteral("name"), QStringLiteral("offscreen"));
    const QCommandLineOption gui(QStringLiteral("gui"), QStringLiteral("The bureau executable to start."),
                                 QStringLiteral("path"), QStringLiteral(BUREAU_GUI_PATH));
    parser.addOptions({dataDir, runs, demoRuns, json, regenerate, quick, checkBudget, platform, gui});
    parser.process(app);

    Options options;
    options.quick = parser.isSet(quick);
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                            : QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data");
    options.dataDir = QDir(options.dataDir).absolutePath();
    options.runs = options.quick ? 3 : 10;
    options.demoRuns = options.quick ? 1 : 3;
    const auto count = [&](const QCommandLineOption& option, int& target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        target = parser.value(option).toInt(&ok);
        if (!ok || target < 1) {
            err() << "bureau-bench: --" << option.names().constFirst() << " takes a positive number, not "
                  << parser.value(option) << Qt::endl;
            return false;
        }
        return true;
    };
    if (!count(runs, options.runs) || !count(demoRuns, options.demoRuns))
        return std::nullopt;
    options.json = parser.value(json);
    options.regenerate = parser.isSet(regenerate);
    options.checkBudget = parser.isSet(checkBudget);
    options.platform = parser.value(platform);
    options.gui = parser.value(gui);
    if (!QFileInfo(options.gui).isExecutable()) {
        err() << "bureau-bench: " << options.gui << " is not an executable (build the bureau target)" << Qt::endl;
        return std::nullopt;
    }
    return options;
}

/** Reports a failed measurement; the caller exits with Failed. */
int fail(const QString& what, const Error& error)
{
    err() << "bureau-bench: " << what << ": " << error.oneLine() << Qt::endl;
    return Failed;
}

// One line per case, rewritten in place on a terminal; only the finished line in a log.
void progress(const QString& name, int run, int runs)
{
    static const bool terminal = ::isatty(STDERR_FILENO) == 1;
    if (terminal)
        err() << "\rbench: " << name << ' ' << run << '/' << runs << (run == runs ? "\n" : "") << Qt::flush;
    else if (run == runs)
        err() << "bench: " << name << ' ' << run << '/' << runs << Qt::endl;
}

QString sqliteVersion(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next() ? query.value(0).toString()
                                                                                 : QStringLiteral("?");
}

} // namespace

int main(int argc, char* argv[])
{
    // Documents are drawn with QPdfWriter, which needs a QGuiApplication; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bureau-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUREAU_VERSION));
    // The migration log lines would only clutter the progress output.
    QLoggingCategory::setFilterRules(QStringLiteral("bureau.*.info=false"));

    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return Failed;
    const SystemClock clock;

    LargeDataset large(options->dataDir, clock);
    auto dataset = large.prepare(options->regenerate);
    if (!dataset)
        return fail(QStringLiteral("large dataset"), dataset.error());

    // Scratch databases live beside the dataset, on the same file system (fsync costs differ
    // between a tmpfs /tmp and a disk).
    QTemporaryDir scratch(options->dataDir + QStringLiteral("/scratch-XXXXXX"));
    if (!scratch.isValid())
        return fail(QStringLiteral("scratch folder"), Error::make(Error::Kind::Io, scratch.errorString()));
    int scratchCount = 0;
    const auto scratchPath = [&] { return scratch.filePath(QStringLiteral("db-%1.sqlite").arg(++scratchCount)); };

    QList<BenchCase> cases;
    BenchReport::Machine machine;
    machine.cores = QThread::idealThreadCount();
    machine.cpu = procField(QStringLiteral("/proc/cpuinfo"), "model name");
    machine.qt = QString::fromLatin1(qVersion());
    machine.build = QStringLiteral(BUREAU_BUILD_TYPE);
    if (machine.build.isEmpty())
        machine.build = QStringLiteral("unnamed");
    machine.platform = options->platform;
    {
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        if (loadavg.open(QIODevice::ReadOnly))
            machine.loadAverage = QString::fromLatin1(loadavg.readAll()).section(u' ', 0, 0).toDouble();
        if (machine.loadAverage > machine.cores / 2.0)
            err() << "bench: warning: load average " << machine.loadAverage << " on " << machine.cores
                  << " cores; other work will inflate the figures" << Qt::endl;
    }
    if (machine.build == QLatin1String("Debug"))
        err() << "bench: warning: a Debug build; its figures say little about a release" << Qt::endl;

    // 1. Creating a database and applying every migration.
    {
        BenchCase benchCase(QStringLiteral("open_migrate_empty"), QStringLiteral("ms"));
        for (int run = 1; run <= options->runs; ++run) {
            const QString path = scratchPath();
            QElapsedTimer timer;
            timer.start();
            auto opened = Database::open(path, clock);
            const double ms = msSince(timer);
            if (!opened)
                return fail(benchCase.name(), opened.error());
            if (opened.value()->schemaVersion() != opened.value()->latestSchemaVersion())
                return fail(benchCase.name(), Error::make(Error::Kind::Generic, QStringLiteral("not migrated")));
            benchCase.add(ms);
            progress(benchCase.name(), run, options->runs);
        }
        cases.append(benchCase);
    }

    // 2. Opening the large dataset, as the GUI does (no migration is pending).
    {
        BenchCase benchCase(QStringLiteral("open_large"), QStringLiteral("ms"));
        for (int run = 1; run <= options->runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto opened = Database::open(dataset->path, clock);
            const double ms = msSince(timer);
            if (!opened)
                return fail(benchCase.name(), opened.error());
            if (machine.sqlite.isEmpty())
                machine.sqlite = sqliteVersion(*opened.value());
            benchCase.add(ms);
            progress(benchCase.name(), run, options->runs);
        }
        cases.append(benchCase);
    }

    // 2b. The clients list opened, sorted and searched as you type (ClientBench.cpp).
    {
        auto measured = measureClients(dataset->path, clock, options->runs, progress);
        if (!measured)
            return fail(QStringLiteral("clients"), measured.error());
        cases << *measured;
    }

    // 2b'. Time tracking over the million entries: reports, the timesheet week, the entries list
    //      scrolled to its end and the memory that takes (TimeBench.cpp). Before the documents'
    //      fonts and the demo generation, which would only add to the process's memory.
    {
        auto measured = measureTime(dataset->path, clock, options->runs, options->quick ? 1 : 2, progress);
        if (!measured)
            return fail(QStringLiteral("time"), measured.error());
        cases << *measured;
    }

    // 2c. Documents: the first render in a process, a 10-line table page, the mission letter (DocumentBench.cpp).
    {
        auto measured = measureDocuments(options->runs);
        if (!measured)
            return fail(QStringLiteral("documents"), measured.error());
        cases << *measured;
    }

    // 2d. Invoicing: the 10-line invoice PDF, issuing, the invoices list and the revenue report (InvoiceBench.cpp).
    {
        auto measured = measureInvoices(dataset->path, clock, options->runs, progress);
        if (!measured)
            return fail(QStringLiteral("invoices"), measured.error());
        cases << *measured;
    }

    // 3. Generating the large demo data into a new (already migrated) database.
    {
        BenchCase benchCase(QStringLiteral("demo_large_generation"), QStringLiteral("ms"));
        for (int run = 1; run <= options->demoRuns; ++run) {
            auto opened = Database::open(scratchPath(), clock);
            if (!opened)
                return fail(benchCase.name(), opened.error());
            DemoGenerator generator(*opened.value());
            QElapsedTimer timer;
            timer.start();
            auto generated = generator.generate(DemoGenerator::Size::Large);
            const double ms = msSince(timer);
            if (!generated)
                return fail(benchCase.name(), generated.error());
            if (generated->clients != dataset->clients)
                return fail(benchCase.name(),
                            Error::make(Error::Kind::Generic, QStringLiteral("%1 clients generated, the dataset has %2")
                                                                  .arg(generated->clients)
                                                                  .arg(dataset->clients)));
            benchCase.add(ms);
            progress(benchCase.name(), run, options->demoRuns);
        }
        cases.append(benchCase);
    }

    // 4. Cold starts of the GUI on the large dataset, each in a fresh process, after one start
    //    that is not counted (DESIGN.md measures with a warm cache; the first start after a build
    //    also reads the new binary from disk, and writes the settings the later runs read).
    BenchCase coldStart(QStringLiteral("gui_cold_start"), QStringLiteral("ms"), kColdStartBudgetMs);
    BenchCase launch(QStringLiteral("gui_launch_to_shown"), QStringLiteral("ms"));
    BenchCase processWall(QStringLiteral("gui_process_wall"), QStringLiteral("ms"));
    BenchCase guiRss(QStringLiteral("gui_peak_rss"), QStringLiteral("MB"), kResidentMemoryBudgetMb,
                     BenchCase::Compare::Max);
    {
        const GuiStartup startup(options->gui, options->platform, scratch.filePath(QStringLiteral("gui-config")));
        for (int run = 0; run <= options->runs; ++run) {
            auto sample = startup.run(dataset->path);
            if (!sample)
                return fail(coldStart.name(), sample.error());
            if (run == 0)
                continue; // the warm-up
            coldStart.add(sample->startupMs);
            launch.add(sample->launchMs);
            processWall.add(sample->wallMs);
            guiRss.add(sample->peakRssMb);
            progress(coldStart.name(), run, options->runs);
        }
    }
    cases << coldStart << launch << processWall << guiRss;

    // 5. This process's own peak, after generating the demo data in process.
    BenchCase benchRss(QStringLiteral("bench_peak_rss"), QStringLiteral("MB"));
    benchRss.add(ownPeakRssMb());
    cases << benchRss;

    const BenchReport report(machine, *dataset, cases,
                             BenchReport::PeakRss{guiRss.max(), benchRss.max(), kResidentMemoryBudgetMb});
    QTextStream out(stdout);
    out << '\n' << report.table();
    out << "verdict: times by their median, memory by its maximum; gui_peak_rss is at the first shown window, "
           "before any view is visited\n";
    const QByteArray json = QJsonDocument(report.json()).toJson(QJsonDocument::Indented);
    if (options->json == QLatin1String("-")) {
        out << '\n' << QString::fromUtf8(json);
    } else if (!options->json.isEmpty()) {
        QSaveFile file(options->json);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return fail(QStringLiteral("JSON"), Error::make(Error::Kind::Io, options->json, file.errorString()));
    }
    out.flush();
    return options->checkBudget && report.overBudget() ? OverBudget : Measured;
}

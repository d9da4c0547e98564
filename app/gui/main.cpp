// SPDX-License-Identifier: GPL-3.0-or-later
// bureau: the GUI. Wiring only, in qBittorrent's order: options → application → database → window.
#include "core/AppInfo.h"
#include "core/Clock.h"
#include "core/services/DemoGenerator.h"
#include "core/storage/BackupManager.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLock.h"
#include "core/i18n/Translations.h"
#include "core/secrets/CredentialIndex.h"
#include "core/secrets/KeychainCredentialStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "ui/clients/ClientsView.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/FirstRunAssistant.h"
#include "ui/shell/InstanceChannel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Theme.h"
#include "ui/shell/UiSettings.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QWindow>
#include <QTimer>

using namespace Bureau;

namespace
{

// --bench-startup: prints the time from main() entry to the first Expose of the main window and
// the peak resident memory, then quits. Used by bench/ (DESIGN.md, Performance budget).
class StartupProbe final : public QObject
{
public:
    explicit StartupProbe(const QElapsedTimer& sinceMain)
        : m_sinceMain(sinceMain)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_done) {
            m_done = true;
            const qint64 elapsed = m_sinceMain.nsecsElapsed();
            QTextStream(stdout) << "startup-ns=" << elapsed << " peak-rss-kb=" << peakRssKb() << Qt::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static qint64 peakRssKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

    const QElapsedTimer& m_sinceMain;
    bool m_done = false;
};

// Opens the database; when it is damaged, offers the last good backup (the damaged file is kept).
std::unique_ptr<Database> openOrRecover(const QString& path, const Clock& clock)
{
    for (;;) {
        auto opened = Database::open(path, clock);
        if (opened)
            return std::move(opened).value();
        const Error& error = opened.error();
        if (error.kind == Error::Kind::Corrupt) {
            auto last = BackupManager::lastGoodIn(BackupManager::defaultBackupDir(path));
            if (last && last->has_value()) {
                const auto& info = last->value();
                const auto answer = MessageBox::question(
                    nullptr, QApplication::translate("main", "Damaged database"),
                    QApplication::translate("main",
                                            "%1\n\nThe last good backup is from %2. Restore it? The damaged file is "
                                            "kept beside it, renamed.")
                        .arg(error.message, QLocale().toString(info.created.toLocalTime(), QLocale::LongFormat)),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
                if (answer == QMessageBox::Yes) {
                    auto restored = BackupManager::restore(info.path, path, clock);
                    if (restored)
                        continue;
                    MessageBox::showError(nullptr, QApplication::translate("main", "Restore failed"),
                                          restored.error());
                }
                return nullptr;
            }
        }
        MessageBox::showError(nullptr, QApplication::translate("main", "Bureau cannot open its database"), error);
        return nullptr;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    QApplication app(argc, argv);
    initApplicationInfo();
    QApplication::setApplicationDisplayName(QStringLiteral("Bureau"));

    // The language before any visible text: --lang, else the remembered one, else the system's.
    Translations translations;
    {
        QString language = QSettings().value(UiSettings::kLanguage).toString();
        for (int i = 1; i + 1 < argc; ++i) {
            if (qstrcmp(argv[i], "--lang") == 0)
                language = QString::fromLocal8Bit(argv[i + 1]);
        }
        if (!Translations::isSupported(language))
            language = Translations::systemDefault();
        translations.apply(language);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Bureau: the practice of a virtual assistant."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QApplication::translate("main", "The database file."), QStringLiteral("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Open a fresh demo database."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                       QApplication::translate("main", "The interface language: fr or en."),
                                       QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Render one view to a PNG file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "The view to show: %1.").arg(MainWindow::viewNames().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    QCommandLineOption darkOption(QStringLiteral("dark"));
    darkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption benchOption(QStringLiteral("bench-startup"));
    benchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Screenshots at another window size than the default 1280×800 ("1024x640": the minimum).
    QCommandLineOption sizeOption(QStringLiteral("size"), QString(), QStringLiteral("WxH"));
    sizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {databaseOption, langOption, demoOption, screenshotOption, viewOption, darkOption, benchOption, sizeOption});
    parser.process(app);

    // The early scan above read "--lang fr"; this also takes "--lang=fr".
    if (parser.isSet(langOption) && Translations::isSupported(parser.value(langOption)))
        translations.apply(parser.value(langOption));
    if (parser.isSet(langOption) && !Translations::isSupported(parser.value(langOption))) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown language “%1”: use fr or en.")
                                   .arg(parser.value(langOption))
                            << Qt::endl;
        return 2;
    }
    // --lang is remembered, as a choice in Settings is; a screenshot changes nothing of the user's.
    if (parser.isSet(langOption) && !parser.isSet(screenshotOption))
        QSettings().setValue(UiSettings::kLanguage, parser.value(langOption));
    QObject::connect(&translations, &Translations::languageChanged, &app,
                     [](const QString& language) { QSettings().setValue(UiSettings::kLanguage, language); });
    QString viewName = parser.isSet(viewOption) ? parser.value(viewOption) : QString();
    // "client": the page of the first client in the list (screenshots of the client page).
    const bool firstClient = viewName == u"client";
    if (firstClient)
        viewName = QStringLiteral("clients");
    if (!viewName.isEmpty() && !MainWindow::viewNames().contains(viewName)) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown view “%1”: use one of %2.")
                                   .arg(viewName, MainWindow::viewNames().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }
    const bool screenshot = parser.isSet(screenshotOption);
    if (parser.isSet(darkOption))
        QApplication::setPalette(Theme::darkPalette());
    Theme::apply(app);

    const SystemClock clock;
    QTemporaryDir demoDir;
    QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    if (parser.isSet(demoOption))
        path = demoDir.filePath(QStringLiteral("demo.sqlite"));

    path = QFileInfo(path).absoluteFilePath();

    DatabaseLock lock(path);
    InstanceChannel channel(path);
    if (auto locked = lock.tryLock(); !locked) {
        if (locked.error().kind == Error::Kind::Locked && channel.askToRaise())
            return 0; // the running window came to the front: that is what the user wanted
        MessageBox::showError(nullptr, QApplication::translate("main", "Bureau is already open"), locked.error());
        return 4;
    }
    channel.listen();

    std::unique_ptr<Database> database = openOrRecover(path, clock);
    if (!database)
        return 1;
    if (parser.isSet(demoOption)) {
        DemoGenerator generator(*database);
        if (auto filled = generator.generate(DemoGenerator::Size::Small); !filled) {
            MessageBox::showError(nullptr, QApplication::translate("main", "Demo data"), filled.error());
            return 1;
        }
    }

    // Secrets: the system keychain, scoped to this database; if it does not answer, a store for this
    // session only (never a file), and the window says so.
    KeychainCredentialStore keychain(database->uuid());
    MemoryCredentialStore sessionOnly(database->uuid());
    AppContext context{*database, clock, translations, &keychain, true};
    // Secrets kept for the previous session only died with it; so do their names.
    if (auto purged = CredentialIndex(*database, sessionOnly).purgeSessionOnly(); !purged)
        qWarning().noquote() << "session-only entries:" << purged.error().oneLine();
    MainWindow window(context);
    QObject::connect(&channel, &InstanceChannel::raiseRequested, &window, &MainWindow::bringToFront);
    if (screenshot) {
        // A fixed, comfortable size so screenshots compare from one run to the next.
        const QStringList size = parser.value(sizeOption).split(u'x');
        window.resize(size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize(1280, 800));
        window.showView(viewName.isEmpty() ? QStringLiteral("dashboard") : viewName);
        if (firstClient) {
            if (auto* clients = qobject_cast<ClientsView*>(window.view(viewName)))
                clients->openFirstClient();
        }
        window.show();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file, "PNG")) {
            QTextStream(stderr) << QApplication::translate("main", "The screenshot cannot be written to “%1”.").arg(file)
                                << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.restoreState();
    if (!viewName.isEmpty())
        window.showView(viewName);
    if (!parser.isSet(benchOption)) {
        // Asked once the window is up: a keychain never delays the start, and every job has a timeout.
        QTimer::singleShot(0, &window, [&] {
            keychain.probe(&window, [&](const Status& status) {
                if (status)
                    return;
                qWarning().noquote() << "keychain unavailable:" << status.error().oneLine();
                context.credentials = &sessionOnly;
                window.setKeychainAvailable(false);
            });
        });
    }
    StartupProbe probe(sinceMain);
    if (parser.isSet(benchOption)) {
        window.createWinId();
        window.windowHandle()->installEventFilter(&probe);
    }
    window.show();

    // A timer that ran more than 12 hours (forgotten, or through a crash or a reboot): ask what to do.
    if (!parser.isSet(benchOption))
        QTimer::singleShot(0, &window, [&window] { window.checkRunawayTimer(); });

    // First run: the assistant asks for the business profile, skippable; finished or skipped, it
    // records so itself (UiSettings::kFirstRunDone) and is not offered again.
    if (!parser.isSet(benchOption) && !parser.isSet(demoOption) && FirstRunAssistant::isNeeded(*database)) {
        auto* assistant = new FirstRunAssistant(*database, &window);
        QObject::connect(assistant, &QDialog::finished, assistant, &QObject::deleteLater);
        assistant->open();
    }

    // The daily automatic backup runs on its own connection, off the GUI thread, once the window is up.
    QThread* backupThread = nullptr;
    if (!parser.isSet(benchOption) && !parser.isSet(demoOption)) {
        const QString backupDir = BackupManager::defaultBackupDir(path);
        backupThread = QThread::create([path, backupDir] {
            const SystemClock threadClock;
            Database::Options options;
            options.migrate = Database::Migrate::No;
            auto db = Database::open(path, threadClock, options);
            if (!db)
                return;
            BackupManager backups(*db.value(), threadClock, backupDir);
            auto made = backups.createAutomaticIfDue();
            if (!made)
                qWarning().noquote() << "automatic backup failed:" << made.error().oneLine();
        });
        QTimer::singleShot(3000, backupThread, [backupThread] { backupThread->start(QThread::LowPriority); });
    }
    const int code = app.exec();
    if (backupThread) {
        backupThread->wait();
        delete backupThread;
    }
    return code;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainCredentialStore against a real Secret Service (the gnome-keyring that scripts/test.sh
// starts, unlocked, in a throwaway HOME), and without one: no D-Bus, a D-Bus without a Secret
// Service, a Secret Service that stops answering. Those three run in child processes (this binary,
// re-invoked on the hidden test "[keychain-child]") because GLib and QtDBus keep one session bus per
// process, and QtKeychain picks its backend once.
//
// Under scripts/test.sh (BUREAU_TEST_KEYRING=1) or CI=true a missing keychain fails these tests;
// elsewhere they are skipped with a message.
#include "support/TestSupport.h"

#include "core/secrets/CredentialIndex.h"
#include "core/secrets/KeychainCredentialStore.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "core/storage/BackupManager.h"
#include "core/storage/ZipReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <signal.h>

#include <optional>

using namespace Bureau;
using namespace Qt::StringLiterals;
using Bureau::Test::TempDatabase;
using Bureau::Test::TempDir;

namespace
{

// --- Helpers --------------------------------------------------------------------------------------

/** scripts/test.sh and CI provide a keychain: there, its absence is a failure, not a skip. */
bool keychainRequired()
{
    return qEnvironmentVariable("BUREAU_TEST_KEYRING") == u"1"_s || qEnvironmentVariable("CI") == u"true"_s;
}

/** Fails, or records a skip, when the tools a test needs are missing; true when they are all there. */
bool toolsPresent(const QStringList& programs)
{
    for (const QString& program : programs) {
        if (!QStandardPaths::findExecutable(program).isEmpty())
            continue;
        if (keychainRequired())
            FAIL(program.toStdString() << " is missing although scripts/test.sh (or CI) installs it");
        WARN("skipped: " << program.toStdString() << " is not installed; scripts/test.sh installs it");
        SUCCEED("skipped");
        return false;
    }
    return true;
}

/** Whether the keychain of this session works: under scripts/test.sh or CI it must. */
bool keychainReady(CredentialStore& store)
{
    const Status probed = store.probeSync();
    if (probed)
        return true;
    const std::string why = probed.error().oneLine().toStdString();
    if (keychainRequired())
        FAIL("the keychain that scripts/test.sh (or CI) provides is not usable: " << why);
    WARN("skipped: no usable keychain in this session (" << why << "); scripts/test.sh starts one");
    SUCCEED("skipped");
    return false;
}

/** A distinctive secret, with non-ASCII characters, that nothing else could contain by chance. */
QString distinctiveSecret()
{
    return u"s3cr\u00e8t-\u20ac-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

QString readValue(CredentialStore& store, const QString& name)
{
    auto read = store.readSync(name);
    BUREAU_REQUIRE_OK(read);
    return read.value();
}

template<typename R>
Error::Kind errorKind(const R& result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().kind;
}

/** The text in any encoding a file could hold it in: UTF-8, UTF-16, Base64 of the UTF-8. */
bool holds(const QByteArray& bytes, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(utf8.toBase64());
}

/** Every regular file under `dir`, hidden ones included, links not followed. */
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

/** The files of `files` that hold `text`. */
QStringList filesHolding(const QStringList& files, const QString& text)
{
    QStringList found;
    for (const QString& file : files) {
        if (holds(Test::readAll(file), text))
            found.append(file);
    }
    return found;
}

std::string joined(const QStringList& list)
{
    return list.join(u", "_s).toStdString();
}

// --- Child processes ------------------------------------------------------------------------------

/**
 * A throwaway HOME for a child process: every XDG folder, the runtime folder and TMPDIR point into
 * it, so that whatever the child (or a keyring daemon it starts) writes can be searched afterwards.
 */
class ChildHome
{
public:
    ChildHome()
    {
        for (const QString& sub : {u"home"_s, u"runtime"_s, u"tmp"_s, u"bus"_s})
            REQUIRE(QDir().mkpath(m_dir.file(sub)));
        REQUIRE(
            QFile::setPermissions(m_dir.file(u"runtime"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    QString root() const { return m_dir.path(); }
    QString home() const { return m_dir.file(u"home"_s); }
    QString pidFile() const { return m_dir.file(u"home/keyring.pid"_s); }

    QProcessEnvironment environment(const QString& mode, const QString& secret, const QString& marker) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No desktop: QtKeychain then goes straight to libsecret, and nothing can raise a prompt.
        for (const QString& name :
             {u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"XDG_CURRENT_DESKTOP"_s,
              u"XDG_SESSION_TYPE"_s, u"DESKTOP_SESSION"_s, u"KDE_FULL_SESSION"_s, u"KDE_SESSION_VERSION"_s,
              u"GNOME_DESKTOP_SESSION_ID"_s, u"GNOME_KEYRING_CONTROL"_s, u"SECRET_BACKEND"_s})
            env.remove(name);
        const QString home = this->home();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
        env.insert(u"XDG_STATE_HOME"_s, home + u"/.local/state"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.file(u"runtime"_s));
        env.insert(u"TMPDIR"_s, m_dir.file(u"tmp"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"BUREAU_KEYCHAIN_CHILD"_s, mode);
        env.insert(u"BUREAU_KEYCHAIN_CHILD_SECRET"_s, secret);
        env.insert(u"BUREAU_KEYCHAIN_CHILD_MARKER"_s, marker);
        env.insert(u"BUREAU_KEYCHAIN_CHILD_PIDFILE"_s, pidFile());
        return env;
    }

    /** A session bus configuration with no service folder: nothing can be activated on it. */
    QString busConfigWithoutServices() const
    {
        const QString path = m_dir.file(u"bus.conf"_s);
        const QString config = u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                               "<busconfig>\n"
                               "  <type>session</type>\n"
                               "  <listen>unix:tmpdir=%1</listen>\n"
                               "  <auth>EXTERNAL</auth>\n"
                               "  <policy context=\"default\">\n"
                               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                               "    <allow eavesdrop=\"true\"/>\n"
                               "    <allow own=\"*\"/>\n"
                               "  </policy>\n"
                               "</busconfig>\n"_s.arg(m_dir.file(u"bus"_s));
        Test::writeAll(path, config.toUtf8());
        return path;
    }

    /** Stops a keyring daemon the child started and could not stop (it failed half-way). */
    void stopLeftoverDaemon() const
    {
        const qint64 pid = QString::fromUtf8(Test::readAll(pidFile())).trimmed().toLongLong();
        if (pid <= 0)
            return;
        const QByteArray comm = Test::readAll(u"/proc/%1/comm"_s.arg(pid)).trimmed();
        if (comm.startsWith("gnome-keyring-d")) {
            ::kill(pid_t(pid), SIGCONT);
            ::kill(pid_t(pid), SIGTERM);
        }
    }

private:
    TempDir m_dir;
};

struct ChildRun
{
    int exitCode = -1;
    bool crashed = false;
    QString output;
    qint64 elapsedMs = 0;
};

/** Runs this binary on "[keychain-child]", behind `wrapper` (e.g. dbus-run-session …) when given. */
ChildRun runChild(const QStringList& wrapper, const QProcessEnvironment& env)
{
    // A child that matched no test would run them all, this one included: never from a child.
    REQUIRE(qEnvironmentVariableIsEmpty("BUREAU_KEYCHAIN_CHILD"));
    QStringList arguments = wrapper;
    arguments << QCoreApplication::applicationFilePath() << u"[keychain-child]"_s;
    const QString program = arguments.takeFirst();
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    const bool finished = process.waitForFinished(90000);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    ChildRun run;
    run.elapsedMs = timer.elapsed();
    run.output = QString::fromUtf8(process.readAll());
    INFO(run.output.toStdString());
    REQUIRE(finished);
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    return run;
}

/**
 * After a child ran without a keychain: it passed, and the secret it was given is in no file it
 * could have written — while the marker it wrote to its database and settings is (so the search
 * does look where the secret would be).
 */
void checkChild(const ChildRun& run, const ChildHome& home, const QString& secret, const QString& marker)
{
    INFO(run.output.toStdString());
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 0);
    CHECK(run.output.contains(u"All tests passed"_s));
    CHECK(run.output.contains(u" assertions in 1 test case)"_s));
    const QStringList files = filesUnder(home.root());
    INFO("files: " << joined(files));
    CHECK(filesHolding(files, secret).isEmpty());
    const QStringList marked = filesHolding(files, marker);
    CHECK(marked.filter(u".sqlite"_s).size() >= 1);
    CHECK(marked.filter(u".conf"_s).size() >= 1);
}

/** What a child process does without a keychain; the parent checks its files afterwards. */
void childWithoutKeychain(const QString& secret, const QString& marker)
{
    // The application's own folders, in the throwaway HOME the parent made.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    REQUIRE(QDir().mkpath(dataDir));
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
    auto opened = Database::open(dataDir + u"/bureau.sqlite"_s, clock);
    BUREAU_REQUIRE_OK(opened);
    Database& db = *opened.value();
    BUREAU_REQUIRE_OK(db.write([&db, &marker]() -> Status {
        QSqlQuery insert(db.connection());
        insert.prepare(u"INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"_s);
        insert.addBindValue(marker);
        if (!insert.exec())
            return Database::sqlError(u"insert"_s, insert.lastError());
        return {};
    }));
    QSettings settings;
    settings.setValue(u"keychainChild/marker"_s, marker);
    settings.sync();
    REQUIRE(settings.status() == QSettings::NoError);

    KeychainCredentialStore store(db.uuid());
    // The default timeout: failing within a second is not the timeout at work.
    REQUIRE(store.timeoutMs() == CredentialStore::DefaultTimeoutMs);
    QElapsedTimer timer;
    const auto expectUnavailable = [&secret, &timer](const auto& result) {
        const qint64 elapsed = timer.elapsed();
        INFO("took " << elapsed << " ms");
        CHECK(elapsed < 1000);
        REQUIRE_FALSE(result.ok());
        INFO(result.error().oneLine().toStdString());
        CHECK(result.error().kind == Error::Kind::Io);
        CHECK(result.error().message.startsWith(u"The system keychain is not available: "_s));
        CHECK_FALSE(result.error().oneLine().contains(secret));
    };
    timer.start();
    expectUnavailable(store.probeSync());
    timer.start();
    expectUnavailable(store.writeSync(u"smtp"_s, secret));
    timer.start();
    expectUnavailable(store.readSync(u"smtp"_s));
    timer.start();
    expectUnavailable(store.removeSync(u"smtp"_s));
    CHECK_FALSE(store.isAvailable());
    CHECK(KeychainCredentialStore::pendingAbandonedJobs() == 0);

    // Nothing is recorded for a secret the keychain did not take.
    CredentialIndex index(db, store);
    timer.start();
    expectUnavailable(index.store(u"smtp"_s, marker, secret, u"email"_s));
    auto listed = index.list();
    BUREAU_REQUIRE_OK(listed);
    CHECK(listed->isEmpty());

    // The session-only fallback keeps the secret in memory: the parent finds it on no disk.
    MemoryCredentialStore session(db.uuid());
    BUREAU_REQUIRE_OK(session.writeSync(u"smtp"_s, secret));
    CHECK(readValue(session, u"smtp"_s) == secret);
}

/** Runs a program to completion; its standard output. */
QString capture(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString busCall(const QStringList& arguments)
{
    return capture(u"dbus-send"_s, QStringList{u"--session"_s, u"--print-reply=literal"_s} + arguments);
}

/** Sends SIGCONT, then SIGTERM, to the keyring daemon when the test leaves, however it leaves. */
class DaemonGuard
{
public:
    explicit DaemonGuard(pid_t pid)
        : m_pid(pid)
    {
    }
    ~DaemonGuard()
    {
        ::kill(m_pid, SIGCONT);
        ::kill(m_pid, SIGTERM);
    }
    DaemonGuard(const DaemonGuard&) = delete;
    DaemonGuard& operator=(const DaemonGuard&) = delete;

private:
    pid_t m_pid;
};

/**
 * What a child process does with a Secret Service that stops answering (a gnome-keyring of its own,
 * on its own bus, stopped with SIGSTOP): the stand-in for a locked keyring waiting on a prompt.
 */
void childStalledKeychain(const QString& secret)
{
    const QString daemonOutput =
        capture(u"gnome-keyring-daemon"_s, {u"--unlock"_s, u"--components=secrets"_s}, QByteArray("bureau-test"));
    INFO("gnome-keyring-daemon: " << daemonOutput.toStdString());
    const QStringList hasOwner{u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                               u"org.freedesktop.DBus.NameHasOwner"_s, u"string:org.freedesktop.secrets"_s};
    REQUIRE(QTest::qWaitFor([&hasOwner] { return busCall(hasOwner).contains(u"true"_s); }, 10000));
    const QString pidReply =
        busCall({u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                 u"org.freedesktop.DBus.GetConnectionUnixProcessID"_s, u"string:org.freedesktop.secrets"_s});
    const pid_t pid = pid_t(pidReply.simplified().split(u' ').constLast().toLong());
    REQUIRE(pid > 0);
    Test::writeAll(qEnvironmentVariable("BUREAU_KEYCHAIN_CHILD_PIDFILE"), QByteArray::number(qint64(pid)));
    REQUIRE(Test::readAll(u"/proc/%1/comm"_s.arg(pid)).startsWith("gnome-keyring-d"));
    const DaemonGuard guard(pid);

    KeychainCredentialStore store(QUuid::createUuid().toString(QUuid::WithoutBraces));
    store.setTimeoutMs(1000);
    BUREAU_REQUIRE_OK(store.writeSync(u"mailbox"_s, secret));
    CHECK(readValue(store, u"mailbox"_s) == secret);
    CHECK(store.isAvailable());

    REQUIRE(::kill(pid, SIGSTOP) == 0);
    int reads = 0;
    int writes = 0;
    qint64 readMs = 0;
    std::optional<Result<QString>> readResult;
    std::optional<Status> writeResult;
    QElapsedTimer timer;
    timer.start();
    store.read(u"mailbox"_s, nullptr, [&](Result<QString> result) {
        ++reads;
        readMs = timer.elapsed();
        readResult.emplace(std::move(result));
    });
    // Asked while the read runs: it waits for its turn, which never comes, so it must never run.
    store.write(u"mailbox"_s, u"overwritten"_s, nullptr, [&](Status status) {
        ++writes;
        writeResult.emplace(std::move(status));
    });
    REQUIRE(QTest::qWaitFor([&] { return reads == 1 && writes == 1; }, 5000));
    INFO("the read failed after " << readMs << " ms");
    CHECK(readMs >= 900);
    CHECK(readMs < 2500);
    REQUIRE_FALSE(readResult->ok());
    CHECK(readResult->error().kind == Error::Kind::Io);
    CHECK(readResult->error().message.startsWith(u"The system keychain is not available: it did not answer"_s));
    REQUIRE_FALSE(writeResult->ok());
    CHECK(writeResult->error().kind == Error::Kind::Io);
    CHECK_FALSE(store.isAvailable());
    // The timed-out job is left to libsecret, which still holds it.
    CHECK(KeychainCredentialStore::pendingAbandonedJobs() == 1);

    // While it is pending, operations fail at once instead of queueing behind it.
    timer.start();
    const Status blocked = store.writeSync(u"mailbox"_s, u"overwritten too"_s);
    CHECK(timer.elapsed() < 500);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().kind == Error::Kind::Io);

    // The keyring answers again: the late answer reaches the abandoned job, which finishes and
    // deletes itself without anybody hearing it twice (and without a use-after-free).
    REQUIRE(::kill(pid, SIGCONT) == 0);
    REQUIRE(QTest::qWaitFor([] { return KeychainCredentialStore::pendingAbandonedJobs() == 0; }, 30000));
    QTest::qWait(200);
    CHECK(reads == 1);
    CHECK(writes == 1);

    // Nothing that failed ran later, and the store never wrote on its own: the secret is the one
    // written before the stall.
    CHECK(readValue(store, u"mailbox"_s) == secret);
    CHECK(store.isAvailable());
    BUREAU_REQUIRE_OK(store.removeSync(u"mailbox"_s));
}

} // namespace

// --- Against the session's keychain ---------------------------------------------------------------

TEST_CASE("The keychain stores reads overwrites and deletes a database secret", "[keychain]")
{
    TempDatabase db;
    KeychainCredentialStore store(db->uuid());
    CHECK(store.isPersistent());
    if (!keychainReady(store))
        return;
    CHECK(store.isAvailable());
    const QString first = distinctiveSecret();
    const QString second = distinctiveSecret();

    CHECK(errorKind(store.readSync(u"smtp"_s)) == Error::Kind::NotFound);
    // A read that found nothing wrote nothing.
    CHECK(errorKind(store.readSync(u"smtp"_s)) == Error::Kind::NotFound);

    BUREAU_REQUIRE_OK(store.writeSync(u"smtp"_s, first));
    CHECK(readValue(store, u"smtp"_s) == first);
    BUREAU_REQUIRE_OK(store.writeSync(u"smtp"_s, second));
    CHECK(readValue(store, u"smtp"_s) == second);

    BUREAU_REQUIRE_OK(store.removeSync(u"smtp"_s));
    const auto gone = store.readSync(u"smtp"_s);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(gone.error().oneLine().contains(second));
    BUREAU_REQUIRE_OK(store.removeSync(u"smtp"_s)); // already gone: nothing to do
    CHECK(errorKind(store.writeSync(u".probe"_s, first)) == Error::Kind::Invalid);
}

TEST_CASE("Two databases keep separate secrets under the same name in the keychain", "[keychain]")
{
    TempDatabase dbA;
    TempDatabase dbB;
    REQUIRE(dbA->uuid() != dbB->uuid());
    KeychainCredentialStore storeA(dbA->uuid());
    KeychainCredentialStore storeB(dbB->uuid());
    if (!keychainReady(storeA))
        return;
    const QString secretA = distinctiveSecret();
    const QString secretB = distinctiveSecret();

    BUREAU_REQUIRE_OK(storeA.writeSync(u"Compte Ameli"_s, secretA));
    CHECK(errorKind(storeB.readSync(u"Compte Ameli"_s)) == Error::Kind::NotFound);
    BUREAU_REQUIRE_OK(storeB.writeSync(u"Compte Ameli"_s, secretB));
    CHECK(readValue(storeA, u"Compte Ameli"_s) == secretA);
    CHECK(readValue(storeB, u"Compte Ameli"_s) == secretB);

    BUREAU_REQUIRE_OK(storeA.removeSync(u"Compte Ameli"_s));
    CHECK(errorKind(storeA.readSync(u"Compte Ameli"_s)) == Error::Kind::NotFound);
    CHECK(readValue(storeB, u"Compte Ameli"_s) == secretB);
    BUREAU_REQUIRE_OK(storeB.removeSync(u"Compte Ameli"_s));
}

TEST_CASE("A stored secret is found in no database file nor backup nor settings file", "[keychain]")
{
    TempDatabase db;
    KeychainCredentialStore store(db->uuid());
    if (!keychainReady(store))
        return;
    CredentialIndex index(db.db(), store);
    const QString secret = distinctiveSecret();
    const QString name = u"Espace client Marchand"_s;
    BUREAU_REQUIRE_OK(index.store(name, u"Portail fournisseur"_s, secret, u"account"_s));
    auto revealed = index.reveal(name);
    BUREAU_REQUIRE_OK(revealed);
    CHECK(revealed.value() == secret);

    QSettings settings;
    settings.setValue(u"keychainTest/lastEntry"_s, name);
    settings.sync();
    REQUIRE(settings.status() == QSettings::NoError);

    // The database and its WAL: the name is there, the secret is not.
    const QStringList databaseFiles{db.path(), db.path() + u"-wal"_s, db.path() + u"-shm"_s};
    CHECK(filesHolding(databaseFiles, name).size() >= 1);
    CHECK(filesHolding(databaseFiles, secret).isEmpty());

    // A backup, every entry decompressed, the database copy included.
    BackupManager backups(db.db(), db.clock(), db.dir() + u"/backups"_s);
    auto backup = backups.create(BackupManager::Reason::Manual);
    BUREAU_REQUIRE_OK(backup);
    ZipReader zip;
    BUREAU_REQUIRE_OK(zip.open(backup->path));
    bool nameInDatabaseCopy = false;
    for (const ZipReader::Entry& entry : zip.entries()) {
        if (entry.isDirectory)
            continue;
        auto bytes = zip.read(entry.name, 256 * 1024 * 1024);
        BUREAU_REQUIRE_OK(bytes);
        INFO("backup entry " << entry.name.toStdString());
        CHECK_FALSE(holds(bytes.value(), secret));
        if (entry.name == u"bureau.sqlite"_s)
            nameInDatabaseCopy = holds(bytes.value(), name);
    }
    CHECK(nameInDatabaseCopy);

    // Every file beside the database (the archive itself too), the settings file, the data folder.
    QStringList files = filesUnder(db.dir());
    files.append(settings.fileName());
    files.append(filesUnder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    CHECK(filesHolding({settings.fileName()}, name).size() == 1);
    INFO("files: " << joined(files));
    CHECK(filesHolding(files, secret).isEmpty());

    settings.remove(u"keychainTest/lastEntry"_s);
    BUREAU_REQUIRE_OK(index.remove(name));
    CHECK(errorKind(store.readSync(name)) == Error::Kind::NotFound);
}

// --- Without a keychain (child processes) ---------------------------------------------------------

TEST_CASE("With no D-Bus at all keychain calls fail within a second and store nothing in plain text", "[keychain]")
{
    ChildHome home;
    const QString secret = distinctiveSecret();
    const QString marker = u"marker-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QProcessEnvironment env = home.environment(u"unavailable"_s, secret, marker);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.root() + u"/no-such-bus"_s);
    const ChildRun run = runChild({}, env);
    checkChild(run, home, secret, marker);
}

TEST_CASE("On a D-Bus without a Secret Service keychain calls fail within a second and store nothing", "[keychain]")
{
    if (!toolsPresent({u"dbus-run-session"_s, u"dbus-send"_s}))
        return;
    ChildHome home;
    const QString secret = distinctiveSecret();
    const QString marker = u"marker-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const ChildRun run =
        runChild({u"dbus-run-session"_s, u"--config-file="_s + home.busConfigWithoutServices(), u"--"_s},
                 home.environment(u"no-service"_s, secret, marker));
    checkChild(run, home, secret, marker);
}

TEST_CASE("A keychain that stops answering times out and its abandoned job ends alone without running what failed",
          "[keychain]")
{
    if (!toolsPresent({u"dbus-run-session"_s, u"dbus-send"_s, u"gnome-keyring-daemon"_s}))
        return;
    ChildHome home;
    const QString secret = distinctiveSecret();
    const ChildRun run =
        runChild({u"dbus-run-session"_s, u"--config-file="_s + home.busConfigWithoutServices(), u"--"_s},
                 home.environment(u"stalled"_s, secret, QString()));
    home.stopLeftoverDaemon();
    INFO(run.output.toStdString());
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 0);
    CHECK(run.output.contains(u"All tests passed"_s));
    CHECK(run.output.contains(u" assertions in 1 test case)"_s));
    // The keyring daemon wrote its (encrypted) keyring in the throwaway HOME: no plain text there.
    const QStringList files = filesUnder(home.root());
    INFO("files: " << joined(files));
    CHECK(filesHolding(files, secret).isEmpty());
}

// What the child processes above run; hidden, so that neither a plain run nor CTest runs it.
TEST_CASE("keychain child process", "[.keychain-child]")
{
    const QString mode = qEnvironmentVariable("BUREAU_KEYCHAIN_CHILD");
    const QString secret = qEnvironmentVariable("BUREAU_KEYCHAIN_CHILD_SECRET");
    INFO("run by the [keychain] tests, with BUREAU_KEYCHAIN_CHILD set");
    REQUIRE_FALSE(secret.isEmpty());
    if (mode == u"unavailable"_s) {
        childWithoutKeychain(secret, qEnvironmentVariable("BUREAU_KEYCHAIN_CHILD_MARKER"));
    } else if (mode == u"no-service"_s) {
        // Nothing on this bus provides, or could start, a Secret Service.
        const QString activatable = busCall({u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                             u"org.freedesktop.DBus.ListActivatableNames"_s});
        REQUIRE(activatable.contains(u"org.freedesktop.DBus"_s));
        REQUIRE_FALSE(activatable.contains(u"org.freedesktop.secrets"_s));
        childWithoutKeychain(secret, qEnvironmentVariable("BUREAU_KEYCHAIN_CHILD_MARKER"));
    } else if (mode == u"stalled"_s) {
        childStalledKeychain(secret);
    } else {
        FAIL("unknown BUREAU_KEYCHAIN_CHILD mode: " << mode.toStdString());
    }
}

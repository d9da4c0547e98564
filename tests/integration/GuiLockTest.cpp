// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's lock with real processes: a second GUI on the same file, bureau-cli writing beside it,
// a restore refused while it runs, a lock left by a killed GUI taken over.
#include "support/TestSupport.h"

#include "core/storage/DatabaseLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QThread>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

void startGui(QProcess& gui, const QString& database)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(BUREAU_GUI_PATH), {QStringLiteral("--database"), database});
    REQUIRE(gui.waitForStarted(10000));
    // The GUI holds its lock once its window is up.
    QElapsedTimer timer;
    timer.start();
    while (!DatabaseLock::isHeldByAnother(database) && timer.elapsed() < 20000)
        QThread::msleep(50);
    REQUIRE(DatabaseLock::isHeldByAnother(database));
}

} // namespace

TEST_CASE("One GUI per database while bureau-cli works beside it", "[lock][gui]")
{
    TempDir dir;
    const QString database = dir.file(QStringLiteral("shared.sqlite"));
    QProcess gui;
    startGui(gui, database);

    // A second GUI on the same file asks the first to come forward and leaves at once.
    const auto second = runProcess(QStringLiteral(BUREAU_GUI_PATH), {QStringLiteral("--database"), database});
    CHECK(second.exitCode == 0);
    CHECK(gui.state() == QProcess::Running);

    // bureau-cli writes beside the GUI: SQLite serialises the writers.
    const auto demo = runCli({QStringLiteral("--database"), database, QStringLiteral("demo")});
    INFO(demo.err.toStdString());
    CHECK(demo.exitCode == 0);
    const auto check = runCli({QStringLiteral("--database"), database, QStringLiteral("check")});
    CHECK(check.exitCode == 0);

    // Restoring a backup under the GUI's feet is refused.
    const auto backup = runCli({QStringLiteral("--database"), database, QStringLiteral("--json"),
                                QStringLiteral("backup"), QStringLiteral("create")});
    REQUIRE(backup.exitCode == 0);
    const QString archive = QJsonDocument::fromJson(backup.out.toUtf8()).object().value(QStringLiteral("path")).toString();
    const QByteArray before = readAll(database);
    const auto restore = runCli({QStringLiteral("--database"), database, QStringLiteral("backup"),
                                 QStringLiteral("restore"), archive});
    CHECK(restore.exitCode == 4);
    CHECK(readAll(database) == before);

    // A GUI killed outright leaves a stale lock that the next one takes over.
    gui.kill();
    REQUIRE(gui.waitForFinished(10000));
    CHECK(QFile::exists(DatabaseLock::lockPathFor(database)));
    DatabaseLock lock(database);
    BUREAU_REQUIRE_OK(lock.tryLock());
}

TEST_CASE("A lock held in this process refuses a second holder", "[lock]")
{
    TempDir dir;
    const QString database = dir.file(QStringLiteral("x.sqlite"));
    DatabaseLock first(database);
    BUREAU_REQUIRE_OK(first.tryLock());
    DatabaseLock second(database);
    auto refused = second.tryLock();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Locked);
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiStartup.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace Bureau::Bench
{

namespace
{

constexpr int kStartTimeoutMs = 10'000;
constexpr qint64 kRunTimeoutMs = 60'000;

} // namespace

GuiStartup::GuiStartup(const QString& program, const QString& platform, const QString& configDir)
    : m_program(program)
    , m_platform(platform)
    , m_configDir(configDir)
{
}

Result<GuiStartup::Sample> GuiStartup::run(const QString& databasePath) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), m_platform);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configDir);
    process.setProcessEnvironment(environment);
    process.setProgram(m_program);
    process.setArguments({QStringLiteral("--bench-startup"), QStringLiteral("--database"), databasePath});

    QElapsedTimer wall;
    wall.start();
    process.start();
    if (!process.waitForStarted(kStartTimeoutMs))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot start %1").arg(m_program), process.errorString());
    // The line comes at the first Expose; the process then takes a while to quit (saving its
    // settings, closing the database), which the wall time includes and the launch time does not.
    QByteArray output;
    double launchMs = -1;
    while (launchMs < 0 && wall.elapsed() < kRunTimeoutMs) {
        if (!process.waitForReadyRead(static_cast<int>(kRunTimeoutMs - wall.elapsed())))
            break; // finished, or timed out: both handled below
        output += process.readAllStandardOutput();
        if (output.contains('\n'))
            launchMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;
    }
    if (!process.waitForFinished(static_cast<int>(qMax(qint64{1}, kRunTimeoutMs - wall.elapsed())))) {
        process.kill();
        process.waitForFinished(kStartTimeoutMs);
        return Error::make(Error::Kind::Generic,
                           QStringLiteral("%1 did not quit within %2 s").arg(m_program).arg(kRunTimeoutMs / 1000),
                           QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    }
    const double wallMs = static_cast<double>(wall.nsecsElapsed()) / 1e6;

    output += process.readAllStandardOutput();
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(Error::Kind::Generic,
                           QStringLiteral("%1 exited with code %2").arg(m_program).arg(process.exitCode()), errors);

    static const QRegularExpression line(QStringLiteral("startup-ns=(\\d+) peak-rss-kb=(\\d+)"));
    const QRegularExpressionMatch match = line.match(QString::fromLocal8Bit(output));
    if (!match.hasMatch())
        return Error::make(Error::Kind::Invalid,
                           QStringLiteral("%1 printed no startup-ns=… peak-rss-kb=… line").arg(m_program),
                           QStringLiteral("stdout: ") + QString::fromLocal8Bit(output).trimmed()
                               + QStringLiteral("; stderr: ") + errors);
    Sample sample;
    sample.startupMs = match.captured(1).toDouble() / 1e6;
    sample.peakRssMb = match.captured(2).toDouble() / 1024;
    sample.launchMs = launchMs >= 0 ? launchMs : wallMs;
    sample.wallMs = wallMs;
    return sample;
}

} // namespace Bureau::Bench

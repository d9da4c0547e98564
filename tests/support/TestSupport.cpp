// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace Bureau::Test
{

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

TempDatabase::TempDatabase(const Database::Options& options)
    : m_clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC))
    , m_path(m_dir.file(QStringLiteral("bureau.sqlite")))
{
    reopen(options);
}

TempDatabase::~TempDatabase() = default;

void TempDatabase::close()
{
    m_db.reset();
}

void TempDatabase::reopen(const Database::Options& options)
{
    m_db.reset();
    auto opened = Database::open(m_path, m_clock, options);
    INFO((opened.ok() ? std::string() : opened.error().oneLine().toStdString()));
    REQUIRE(opened.ok());
    m_db = std::move(opened).value();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QJsonDocument parseJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

int lineCount(const QString& text)
{
    return int(text.trimmed().split(u'\n', Qt::SkipEmptyParts).size());
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60000);
    if (!finished)
        process.kill();
    REQUIRE(finished);
    ProcessResult result;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList& arguments, const QByteArray& input)
{
    return runProcess(QStringLiteral(BUREAU_CLI_PATH), arguments, input);
}

QString interopDir()
{
    const QString overridden = qEnvironmentVariable("BUREAU_INTEROP_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    const QString shared = QDir::cleanPath(QStringLiteral(BUREAU_SOURCE_DIR "/../shared/interop"));
    if (QFileInfo::exists(shared + QStringLiteral("/vcf")))
        return shared;
    return QDir::cleanPath(QStringLiteral(BUREAU_SOURCE_DIR "/tests/data/interop"));
}

} // namespace Bureau::Test

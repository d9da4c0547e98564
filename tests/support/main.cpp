// SPDX-License-Identifier: GPL-3.0-or-later
// The one Catch2 main() of every test runner (DESIGN.md, Tests).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>


int main(int argc, char* argv[])
{
    // catch_discover_tests runs this binary without the test ENVIRONMENT: without a display a
    // QApplication would abort and silently lose every test.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests must not depend on the developer's locale or settings.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Info logs (migrations applied…) would drown the test output; warnings stay.
    QLoggingCategory::setFilterRules(QStringLiteral("bureau.*.info=false"));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BureauTests"));
    QCoreApplication::setApplicationName(QStringLiteral("bureau-tests"));

    // Catch2 2 lets a test that asserts nothing, or a run that matches no test, pass: make both fail
    // whoever runs the binary. (Catch2 2.13 takes --warn once per command line, so both warnings
    // are set on the session's configuration rather than as two --warn options.)
    Catch::Session session;
    if (const int parsed = session.applyCommandLine(argc, argv); parsed != 0)
        return parsed;
    auto& config = session.configData();
    config.warnings = static_cast<Catch::WarnAbout::What>(config.warnings | Catch::WarnAbout::NoAssertions
                                                          | Catch::WarnAbout::NoTests);
    return session.run();
}

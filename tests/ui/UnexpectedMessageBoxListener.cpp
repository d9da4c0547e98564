// SPDX-License-Identifier: GPL-3.0-or-later
// Every UI test runs with MessageBox in test mode: a box the test did not pre-answer fails it at
// once (STYLE.md: an error reported during a test fails it) instead of blocking until the timeout.
// Listeners need Catch2 2's external interfaces, declared before the header is first included.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "support/TestSupport.h"

#include "ui/widgets/MessageBox.h"

namespace
{

struct UnexpectedMessageBoxListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        TestEventListenerBase::testCaseStarting(info);
        Bureau::MessageBox::setUnexpectedHandler(
            [](const QString& text) { FAIL_CHECK("unexpected message box: " << text.toStdString()); });
    }

    void testCaseEnded(const Catch::TestCaseStats& stats) override
    {
        Bureau::MessageBox::setUnexpectedHandler({});
        TestEventListenerBase::testCaseEnded(stats);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(UnexpectedMessageBoxListener)

TEST_CASE("An unexpected message box fails the test instead of blocking", "[ui][harness]")
{
    // The handler the listener installed is replaced here to observe it without failing.
    QString seen;
    Bureau::MessageBox::setUnexpectedHandler([&seen](const QString& text) { seen = text; });
    const auto answer = Bureau::MessageBox::critical(nullptr, QStringLiteral("Title"), QStringLiteral("Boom"));
    CHECK(answer == QMessageBox::NoButton);
    CHECK(seen == QStringLiteral("Boom"));
    // A pre-answered box is expected: the handler is not called.
    seen.clear();
    Bureau::MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(Bureau::MessageBox::question(nullptr, QStringLiteral("Title"), QStringLiteral("Sure?")) == QMessageBox::Yes);
    CHECK(seen.isEmpty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/i18n/Translations.h"
#include "core/secrets/CredentialIndex.h"
#include "core/secrets/MemoryCredentialStore.h"
#include "ui/settings/SecretsPage.h"
#include "ui/shell/AppContext.h"
#include "ui/shell/MainWindow.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Bureau;
using namespace Bureau::Test;

TEST_CASE("The passwords page lists names only and tests the store", "[ui][secrets]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, false};
    const QString secret = QStringLiteral("s3cr3t-Élodie-%1").arg(QDateTime::currentMSecsSinceEpoch());
    BUREAU_REQUIRE_OK(CredentialIndex(temp.db(), store).store(QStringLiteral("smtp"), QStringLiteral("Outgoing mail"), secret));

    SecretsPage page(context);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.entries()->topLevelItemCount() == 1);
    const QTreeWidgetItem* item = page.entries()->topLevelItem(0);
    CHECK(item->text(0) == QStringLiteral("smtp"));
    // The memory store is the session-only one: the page says so beside the description.
    CHECK(item->text(1) == SecretsPage::tr("%1 (this session only)").arg(QStringLiteral("Outgoing mail")));
    for (int column = 0; column < page.entries()->columnCount(); ++column)
        CHECK_FALSE(item->text(column).contains(secret));
    // Nothing on the page shows the secret.
    for (const QLabel* label : page.findChildren<QLabel*>())
        CHECK_FALSE(label->text().contains(secret));

    QTest::mouseClick(page.testButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.testButton()->isEnabled(); }, 2000));
    CHECK(page.testResult()->text() == SecretsPage::tr("Secrets are kept for this session only."));
}

TEST_CASE("Without a keychain the window shows a banner", "[ui][secrets]")
{
    TempDatabase temp;
    Translations translations;
    translations.apply(QStringLiteral("en"));
    MemoryCredentialStore store(temp->uuid());
    AppContext context{temp.db(), temp.clock(), translations, &store, true};
    MainWindow window(context);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("keychainBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    window.setKeychainAvailable(false);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QLatin1String("this session only")));
}

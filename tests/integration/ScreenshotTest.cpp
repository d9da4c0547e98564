// SPDX-License-Identifier: GPL-3.0-or-later
// bureau --screenshot renders each view of a demo database to a PNG, in both languages.
#include "support/TestSupport.h"

#include <QFile>
#include <QImage>
#include <QSet>

using namespace Bureau;
using namespace Bureau::Test;

TEST_CASE("bureau --screenshot writes a PNG of every view", "[gui][screenshot]")
{
    TempDir dir;
    const QStringList views{QStringLiteral("dashboard"), QStringLiteral("agenda"),    QStringLiteral("clients"),
                            QStringLiteral("time"),      QStringLiteral("invoices"),  QStringLiteral("tasks"),
                            QStringLiteral("reception"), QStringLiteral("reports"),   QStringLiteral("settings")};
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        QImage first;
        for (const QString& view : views) {
            INFO(view.toStdString() << " " << language.toStdString());
            const QString file = dir.file(view + u'-' + language + QStringLiteral(".png"));
            const auto run = runProcess(QStringLiteral(BUREAU_GUI_PATH),
                                        {QStringLiteral("--demo"), QStringLiteral("--lang"), language,
                                         QStringLiteral("--screenshot"), file, QStringLiteral("--view"), view});
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 0);
            QImage image(file, "PNG");
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == QSize(1280, 800));
            // Not a blank picture: a rendered window has many colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            CHECK(colours.size() > 20);
            // Each view looks different from the dashboard.
            if (first.isNull())
                first = image;
            else
                CHECK(image != first);
        }
    }
}

TEST_CASE("bureau refuses an unknown view or language in one line", "[gui][screenshot]")
{
    TempDir dir;
    const auto badView = runProcess(QStringLiteral(BUREAU_GUI_PATH),
                                    {QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                                     dir.file(QStringLiteral("x.png")), QStringLiteral("--view"), QStringLiteral("nope")});
    CHECK(badView.exitCode == 2);
    CHECK(badView.err.contains(QLatin1String("nope")));
    const auto badLanguage = runProcess(QStringLiteral(BUREAU_GUI_PATH),
                                        {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("de"),
                                         QStringLiteral("--screenshot"), dir.file(QStringLiteral("x.png"))});
    CHECK(badLanguage.exitCode == 2);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("x.png"))));
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientBench.h"

#include "core/models/ClientListModel.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Bureau::Bench
{

namespace
{

constexpr double kListBudgetMs = 50;
constexpr double kKeystrokeBudgetMs = 20;

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<QList<BenchCase>> measureClients(const QString& databasePath, const Clock& clock, int runs,
                                        const Progress& progress)
{
    auto opened = Database::open(databasePath, clock);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    // What the application does after opening: index clients that have no search row (none when
    // the demo generator wrote them; cheap then).
    if (auto indexed = ClientRepository(db).reindexMissing(); !indexed)
        return indexed.error();

    BenchCase open(QStringLiteral("clients_list_open"), QStringLiteral("ms"), kListBudgetMs);
    BenchCase sortSlowest(QStringLiteral("clients_sort_slowest"), QStringLiteral("ms"), kListBudgetMs);
    BenchCase keystroke(QStringLiteral("client_search_keystroke"), QStringLiteral("ms"), kKeystrokeBudgetMs);
    BenchCase keystrokeSlowest(QStringLiteral("client_search_worst_key"), QStringLiteral("ms"), kKeystrokeBudgetMs);

    const QStringList typed{QStringLiteral("é"),    QStringLiteral("él"),     QStringLiteral("élo"),
                            QStringLiteral("élod"), QStringLiteral("elodie"), QStringLiteral("lefevre")};
    const auto check = [](const ClientListModel& model, const QString& what) -> Status {
        if (model.lastError())
            return *model.lastError();
        if (model.rowCount() == 0)
            return Error::make(Error::Kind::Generic, QStringLiteral("%1: no client listed").arg(what));
        return {};
    };

    { // One unmeasured pass: the first statements prepared, the pages read into the cache.
        ClientListModel warm(db);
        for (const QString& text : typed)
            warm.setSearchText(text);
    }

    for (int run = 1; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ClientListModel model(db);
        const int rows = model.rowCount();
        open.add(msSince(timer));
        if (rows == 0 || model.lastError())
            return model.lastError().value_or(Error::make(Error::Kind::Generic, QStringLiteral("no client listed")));

        double slowestSort = 0;
        for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
            timer.restart();
            model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            slowestSort = std::max(slowestSort, msSince(timer));
            if (auto ok = check(model, QStringLiteral("sort by column %1").arg(column)); !ok)
                return ok.error();
        }
        sortSlowest.add(slowestSort);
        model.sort(ClientListModel::Name, Qt::AscendingOrder);

        double slowestKeystroke = 0;
        for (const QString& text : typed) {
            timer.restart();
            model.setSearchText(text);
            const double ms = msSince(timer);
            keystroke.add(ms);
            slowestKeystroke = std::max(slowestKeystroke, ms);
            if (auto ok = check(model, QStringLiteral("search “%1”").arg(text)); !ok)
                return ok.error();
        }
        keystrokeSlowest.add(slowestKeystroke);
        if (progress)
            progress(QStringLiteral("clients"), run, runs);
    }
    return QList<BenchCase>{open, sortSlowest, keystroke, keystrokeSlowest};
}

} // namespace Bureau::Bench

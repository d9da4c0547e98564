// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "core/models/ClientListModel.h"
#include "core/models/PagedTableModel.h"
#include "core/models/Roles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using namespace Qt::StringLiterals;

namespace
{

constexpr int SeedCount = 1234;

/** Every 10th client archived (123 of 1234), so the default list holds 1111. */
bool seedArchived(int i)
{
    return i % 10 == 9;
}

/**
 * Inserts `count` clients in one transaction. Values repeat on purpose so that many rows share a
 * sort value across page boundaries: 37 names (in two cases: NOCASE ties), rates with NULLs,
 * four statuses, 50 creation days.
 */
void insertClients(Database& db, int count, int first = 0)
{
    static const QStringList cities{u"Paris"_s, u"lyon"_s, u"Montréal"_s, u"Bruxelles"_s, u""_s};
    static const QStringList statuses{u"prospect"_s, u"active"_s, u"paused"_s, u"former"_s};
    const qint64 day0 = QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery insert(db.connection());
        // name_folded is what the list sorts names on (ClientRepository keeps it; ASCII names fold to lower case).
        if (!insert.prepare(u"INSERT INTO clients (name, name_folded, kind, city, country, currency, "
                            "hourly_rate_cents, status, archived, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
            return Database::sqlError(u"prepare"_s, insert.lastError());
        for (int i = first; i < first + count; ++i) {
            const QString name = (i % 3 == 0 ? u"client "_s : u"Client "_s) + QString::number(i % 37);
            const bool canadian = i % 4 == 2;
            insert.addBindValue(name);
            insert.addBindValue(name.toLower());
            insert.addBindValue(i % 6 == 1 ? u"person"_s : u"company"_s);
            insert.addBindValue(cities.at(i % cities.size()));
            insert.addBindValue(canadian ? u"CA"_s : (i % 2 ? u"BE"_s : u"FR"_s));
            insert.addBindValue(canadian ? u"CAD"_s : u"EUR"_s);
            insert.addBindValue(i % 5 == 0 ? QVariant(QMetaType::fromType<qlonglong>())
                                           : QVariant(qlonglong(i % 7) * 2500));
            insert.addBindValue(statuses.at(i % statuses.size()));
            insert.addBindValue(seedArchived(i) ? 1 : 0);
            insert.addBindValue(day0 + qint64(i % 50) * 86'400'000);
            insert.addBindValue(day0);
            if (!insert.exec())
                return Database::sqlError(u"insert"_s, insert.lastError());
        }
        return {};
    }));
}

qint64 insertOneClient(Database& db, const QString& name)
{
    qint64 id = -1;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery insert(db.connection());
        insert.prepare(u"INSERT INTO clients (name, name_folded, created_at, updated_at) VALUES (?, ?, 0, 0)"_s);
        insert.addBindValue(name);
        insert.addBindValue(name.toLower());
        if (!insert.exec())
            return Database::sqlError(u"insert"_s, insert.lastError());
        id = insert.lastInsertId().toLongLong();
        return {};
    }));
    return id;
}

/** The order a model must show, computed independently of it. */
QVector<qint64> selectIds(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QVector<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    return ids;
}

qint64 selectCount(Database& db, const QString& sql)
{
    const QVector<qint64> values = selectIds(db, sql);
    REQUIRE(values.size() == 1);
    return values.first();
}

QVector<qint64> fetchAllIds(PagedTableModel& model)
{
    int guard = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        REQUIRE(++guard < 10'000);
    }
    QVector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row, 0), IdRole).toLongLong();
    return ids;
}

bool allDistinct(const QVector<qint64>& ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend()).size() == ids.size();
}

QVector<qint64> reversed(QVector<qint64> ids)
{
    std::reverse(ids.begin(), ids.end());
    return ids;
}

using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/** A second user of the base: ids and names, one sortable column and one that is not. */
class NameModel final : public PagedTableModel
{
public:
    enum Column
    {
        Name,
        Notes,
        ColumnCount
    };

    NameModel(Database& db, QString from)
        : PagedTableModel(db, nullptr)
        , m_from(std::move(from))
    {
    }

    using PagedTableModel::setFilter;

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

protected:
    QString fromClause() const override { return m_from; }
    QStringList fieldExpressions() const override { return {u"name"_s, u"notes"_s}; }
    SortKey sortKey(int column) const override
    {
        return column == Name ? SortKey{u"name COLLATE NOCASE"_s} : SortKey{};
    }
    void appendRow(const QVariantList& fields) override { m_rows << fields; }
    void clearRows() override { m_rows.clear(); }
    QVariant cellData(int row, int column, int role) const override
    {
        return role == Qt::DisplayRole || role == RawValueRole ? m_rows.at(row).at(column) : QVariant();
    }

private:
    QString m_from;
    QList<QVariantList> m_rows;
};

} // namespace

TEST_CASE("Client list shows one page first then every row in name order", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), SeedCount);

    ClientListModel model(tmp.db());
    // Before the tester is attached: it fetches on its own when it starts.
    REQUIRE(model.rowCount() == PagedTableModel::DefaultPageSize);
    REQUIRE(model.canFetchMore({}));
    REQUIRE_FALSE(model.atEnd());

    Tester tester(&model, Fatal);
    model.reload();
    // The first page is read inside the reset: a view reacting to modelReset cannot add a second one.
    CHECK(model.rowCount() == PagedTableModel::DefaultPageSize);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == PagedTableModel::DefaultPageSize);
    CHECK(inserted.at(0).at(2).toInt() == 2 * PagedTableModel::DefaultPageSize - 1);
    CHECK(model.rowCount() == 2 * PagedTableModel::DefaultPageSize);

    const QVector<qint64> ids = fetchAllIds(model);
    const QVector<qint64> expected =
        selectIds(tmp.db(), u"SELECT id FROM clients WHERE archived = 0 ORDER BY name COLLATE NOCASE, id"_s);
    REQUIRE(expected.size() == 1111);
    CHECK(ids == expected);
    CHECK(allDistinct(ids));
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.atEnd());

    const auto total = model.totalCount();
    BUREAU_REQUIRE_OK(total);
    CHECK(*total == 1111);
    CHECK(model.sortColumn() == ClientListModel::Name);
    CHECK(model.sortOrder() == Qt::AscendingOrder);
    CHECK_FALSE(model.lastError().has_value());
}

TEST_CASE("Client list sorts by name both ways across page boundaries", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), SeedCount);
    const int pageSize = GENERATE(7, 200);
    CAPTURE(pageSize);

    ClientListModel model(tmp.db());
    Tester tester(&model, Fatal);
    model.setPageSize(pageSize);

    model.sort(ClientListModel::Name, Qt::DescendingOrder);
    REQUIRE(model.rowCount() == pageSize);
    const QVector<qint64> descending = fetchAllIds(model);
    CHECK(descending
          == selectIds(tmp.db(), u"SELECT id FROM clients WHERE archived = 0 "
                                 "ORDER BY name COLLATE NOCASE DESC, id DESC"_s));
    CHECK(allDistinct(descending));
    CHECK(model.sortOrder() == Qt::DescendingOrder);

    model.sort(ClientListModel::Name, Qt::AscendingOrder);
    const QVector<qint64> ascending = fetchAllIds(model);
    CHECK(ascending
          == selectIds(tmp.db(), u"SELECT id FROM clients WHERE archived = 0 ORDER BY name COLLATE NOCASE, id"_s));
    CHECK(ascending == reversed(descending));
}

TEST_CASE("Client list sorts by hourly rate in cents with empty rates first ascending", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), SeedCount);
    const int pageSize = GENERATE(7, 200);
    CAPTURE(pageSize);

    ClientListModel model(tmp.db());
    Tester tester(&model, Fatal);
    model.setPageSize(pageSize);

    model.sort(ClientListModel::HourlyRate, Qt::AscendingOrder);
    const QVector<qint64> ascending = fetchAllIds(model);
    // Written without NULLS FIRST so that it does not share the model's SQL.
    CHECK(ascending
          == selectIds(tmp.db(), u"SELECT id FROM clients WHERE archived = 0 ORDER BY "
                                 "CASE WHEN hourly_rate_cents IS NULL THEN 0 ELSE 1 END, hourly_rate_cents, id"_s));
    CHECK(allDistinct(ascending));

    // The raw role gives cents, in order, NULLs (no rate) first.
    const QModelIndex first = model.index(0, ClientListModel::HourlyRate);
    CHECK(model.data(first, RawValueRole).isNull());
    CHECK(model.data(first, Qt::DisplayRole).toString().isEmpty());
    qint64 previous = -1;
    bool sawNull = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant raw = model.data(model.index(row, ClientListModel::HourlyRate), RawValueRole);
        if (raw.isNull()) {
            REQUIRE(previous == -1);
            sawNull = true;
            continue;
        }
        REQUIRE(raw.typeId() == QMetaType::LongLong);
        REQUIRE(raw.toLongLong() >= previous);
        previous = raw.toLongLong();
    }
    CHECK(sawNull);
    CHECK(previous == 6 * 2500);

    model.sort(ClientListModel::HourlyRate, Qt::DescendingOrder);
    const QVector<qint64> descending = fetchAllIds(model);
    CHECK(descending == reversed(ascending));
    CHECK(model.data(model.index(model.rowCount() - 1, ClientListModel::HourlyRate), RawValueRole).isNull());
}

TEST_CASE("Client list sorts by every other column like SQL does", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), SeedCount);
    ClientListModel model(tmp.db());
    Tester tester(&model, Fatal);
    model.setPageSize(50);

    struct Case
    {
        ClientListModel::Column column;
        QString orderBy;
    };
    const QList<Case> cases{
        {ClientListModel::Kind, u"kind"_s},
        {ClientListModel::City, u"city COLLATE NOCASE"_s},
        {ClientListModel::Country, u"country"_s},
        // Lifecycle order, not alphabetical (which would put "active" first).
        {ClientListModel::Status, u"instr('prospect active   paused   former', status)"_s},
        {ClientListModel::Created, u"created_at"_s},
    };
    for (const Case& c : cases) {
        CAPTURE(c.orderBy.toStdString());
        REQUIRE(model.isSortable(c.column));
        model.sort(c.column, Qt::AscendingOrder);
        const QVector<qint64> ascending = fetchAllIds(model);
        CHECK(ascending
              == selectIds(tmp.db(), u"SELECT id FROM clients WHERE archived = 0 ORDER BY "_s + c.orderBy + u", id"_s));
        model.sort(c.column, Qt::DescendingOrder);
        CHECK(fetchAllIds(model) == reversed(ascending));
    }

    model.sort(ClientListModel::Status, Qt::AscendingOrder);
    CHECK(model.data(model.index(0, ClientListModel::Status), RawValueRole).toString() == u"prospect"_s);
    CHECK(model.data(model.index(0, ClientListModel::Status), Qt::DisplayRole).toString() == u"Prospect"_s);
}

TEST_CASE("Client list filters by status and hides archived clients", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), SeedCount);
    ClientListModel model(tmp.db());
    Tester tester(&model, Fatal);

    CHECK_FALSE(model.showArchived());
    const QVector<qint64> visible = fetchAllIds(model);
    CHECK(visible.size() == 1111);
    const QVector<qint64> archived = selectIds(tmp.db(), u"SELECT id FROM clients WHERE archived = 1"_s);
    REQUIRE(archived.size() == SeedCount - 1111);
    for (const qint64 id : archived)
        REQUIRE_FALSE(visible.contains(id));

    model.setStatusFilter(u"paused"_s);
    const QVector<qint64> paused = fetchAllIds(model);
    const qint64 pausedVisible =
        selectCount(tmp.db(), u"SELECT count(*) FROM clients WHERE status = 'paused' AND archived = 0"_s);
    REQUIRE(pausedVisible > 0);
    CHECK(paused.size() == pausedVisible);
    CHECK(*model.totalCount() == pausedVisible);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(model.data(model.index(row, ClientListModel::Status), RawValueRole).toString() == u"paused"_s);

    model.setShowArchived(true);
    CHECK(fetchAllIds(model).size()
          == selectCount(tmp.db(), u"SELECT count(*) FROM clients WHERE status = 'paused'"_s));

    model.setStatusFilter(QString());
    CHECK(fetchAllIds(model).size() == SeedCount);
    CHECK(*model.totalCount() == SeedCount);

    // A value that could break out of a spliced string is bound, not spliced.
    model.setStatusFilter(u"x' OR '1'='1"_s);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.lastError().has_value());
}

TEST_CASE("Client list reload shows a client inserted after loading", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), 10);
    ClientListModel model(tmp.db());
    Tester tester(&model, Fatal);
    REQUIRE(model.rowCount() == 9);
    model.sort(ClientListModel::Name, Qt::DescendingOrder);

    const qint64 id = insertOneClient(tmp.db(), u"Aardvark Conseil"_s);
    CHECK(model.rowCount() == 9); // a paged model does not see writes by itself
    model.reload();
    REQUIRE(model.rowCount() == 10);
    CHECK(model.sortOrder() == Qt::DescendingOrder); // reload keeps the sort
    CHECK(model.rowOfId(id) == 9);
    CHECK(model.idAt(9) == id);
    CHECK(model.data(model.index(9, ClientListModel::Name)).toString() == u"Aardvark Conseil"_s);
}

TEST_CASE("Client list shows translated texts and raw values", "[model]")
{
    Test::TempDatabase tmp;
    const qint64 created = QDateTime(QDate(2026, 3, 14), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
    BUREAU_REQUIRE_OK(tmp->write([&]() -> Status {
        QSqlQuery insert(tmp->connection());
        insert.prepare(u"INSERT INTO clients (id, name, kind, city, country, currency, hourly_rate_cents, status, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QVariantList rows[] = {
            {7, u"Atelier Dupont"_s, u"person"_s, u"Lyon"_s, u"FR"_s, u"EUR"_s, 4550, u"paused"_s, created, created},
            {8, u"Bright Ltd"_s, u"company"_s, u"Leeds"_s, u"GB"_s, u"GBP"_s, QVariant(), u"former"_s, created,
             created},
            {9, u"Cedar Inc"_s, u"company"_s, u"Boston"_s, u"US"_s, u"USD"_s, 10000, u"active"_s, created, created},
        };
        for (const QVariantList& row : rows) {
            for (const QVariant& value : row)
                insert.addBindValue(value);
            if (!insert.exec())
                return Database::sqlError(u"insert"_s, insert.lastError());
        }
        return {};
    }));
    ClientListModel model(tmp.db());
    Tester tester(&model, Fatal);
    REQUIRE(model.rowCount() == 3);

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    CHECK(cell(0, ClientListModel::Name).toString() == u"Atelier Dupont"_s);
    CHECK(cell(0, ClientListModel::Name, IdRole).toLongLong() == 7);
    CHECK(cell(0, ClientListModel::City, IdRole).toLongLong() == 7);
    CHECK(cell(0, ClientListModel::Kind).toString() == u"Person"_s);
    CHECK(cell(0, ClientListModel::Kind, RawValueRole).toString() == u"person"_s);
    CHECK(cell(1, ClientListModel::Kind).toString() == u"Company"_s);
    CHECK(cell(0, ClientListModel::City).toString() == u"Lyon"_s);
    CHECK(cell(0, ClientListModel::Country).toString() == u"FR"_s);
    CHECK(cell(0, ClientListModel::Status).toString() == u"Paused"_s);
    CHECK(cell(1, ClientListModel::Status).toString() == u"Former"_s);

    // The tests run in en_US (support/main.cpp).
    CHECK(cell(0, ClientListModel::HourlyRate).toString() == u"€45.50"_s);
    CHECK(cell(0, ClientListModel::HourlyRate, RawValueRole).toLongLong() == 4550);
    CHECK(cell(0, ClientListModel::HourlyRate, Qt::TextAlignmentRole).toInt()
          == static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
    CHECK_FALSE(cell(0, ClientListModel::Name, Qt::TextAlignmentRole).isValid());
    CHECK(cell(1, ClientListModel::HourlyRate).toString().isEmpty());
    CHECK(cell(1, ClientListModel::HourlyRate, RawValueRole).isNull());

    CHECK(cell(0, ClientListModel::Created, RawValueRole).toLongLong() == created);
    const QDate localDay = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toLocalTime().date();
    CHECK(cell(0, ClientListModel::Created).toString() == QLocale().toString(localDay, QLocale::ShortFormat));

    CHECK(cell(2, ClientListModel::HourlyRate).toString() == u"$100.00"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString euros = cell(0, ClientListModel::HourlyRate).toString();
    const QString dollars = cell(2, ClientListModel::HourlyRate).toString();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(euros == u"45,50\u00a0€"_s);
    CHECK(dollars == u"100,00\u00a0USD"_s); // "$" would be ambiguous for a French reader

    CHECK(model.headerData(ClientListModel::HourlyRate, Qt::Horizontal).toString() == u"Hourly rate"_s);
    CHECK(model.headerData(ClientListModel::Status, Qt::Horizontal).toString() == u"Status"_s);
    CHECK(model.headerData(ClientListModel::HourlyRate, Qt::Horizontal, Qt::TextAlignmentRole).toInt()
          == static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    CHECK(headers.count() == 1);
    CHECK(cells.count() == 1);
}

TEST_CASE("Paged model reports a failing query without crashing", "[model]")
{
    Test::TempDatabase tmp;
    NameModel model(tmp.db(), u"no_such_table"_s);
    Tester tester(&model, Fatal);
    QSignalSpy failed(&model, &PagedTableModel::failed);

    model.reload();
    REQUIRE(failed.count() == 1);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(model.lastError().has_value());
    CHECK(model.lastError()->kind == Error::Kind::Database);
    CHECK_FALSE(model.lastError()->message.isEmpty());
    CHECK(model.lastError()->detail.contains(u"no_such_table"_s));
    const auto count = model.totalCount();
    CHECK_FALSE(count.ok());

    // Nothing more is tried until reload(), so a view does not loop on a broken query.
    model.fetchMore({});
    CHECK(failed.count() == 1);
    model.reload();
    CHECK(failed.count() == 2);
}

TEST_CASE("Paged model orders by key alone and ignores unsortable columns", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), 300);
    NameModel model(tmp.db(), u"clients"_s);
    model.setPageSize(64);
    // Nothing is read until asked: this subclass loads lazily, on the first fetchMore.
    REQUIRE(model.rowCount() == 0);
    REQUIRE(model.canFetchMore({}));
    Tester tester(&model, Fatal);
    CHECK(model.rowCount() > 0);

    model.reload();
    CHECK(model.rowCount() == 64);
    CHECK(model.sortColumn() == -1);
    CHECK(fetchAllIds(model) == selectIds(tmp.db(), u"SELECT id FROM clients ORDER BY id"_s));

    model.sort(-1, Qt::DescendingOrder);
    CHECK(fetchAllIds(model) == selectIds(tmp.db(), u"SELECT id FROM clients ORDER BY id DESC"_s));

    model.sort(NameModel::Name, Qt::AscendingOrder);
    REQUIRE(model.sortColumn() == NameModel::Name);
    CHECK_FALSE(model.isSortable(NameModel::Notes));
    model.sort(NameModel::Notes, Qt::DescendingOrder);
    CHECK(model.sortColumn() == NameModel::Name);
    CHECK(model.sortOrder() == Qt::AscendingOrder);

    model.setFilter(u"name = ?"_s, {u"Client 4"_s});
    const QVector<qint64> filtered = fetchAllIds(model);
    CHECK(filtered == selectIds(tmp.db(), u"SELECT id FROM clients WHERE name = 'Client 4' ORDER BY id"_s));
    CHECK_FALSE(filtered.isEmpty());
}

TEST_CASE("Paged model leaves no statement open between pages", "[model]")
{
    Test::TempDatabase tmp;
    insertClients(tmp.db(), SeedCount);
    ClientListModel model(tmp.db());
    Tester tester(&model, Fatal);
    model.fetchMore({});
    REQUIRE(model.canFetchMore({}));

    // Another connection can checkpoint and truncate the whole WAL only if no reader holds it.
    auto other = Database::open(tmp.path(), tmp.clock());
    BUREAU_REQUIRE_OK(other);
    insertOneClient(**other, u"Written elsewhere"_s);
    QSqlQuery checkpoint((*other)->connection());
    REQUIRE(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    REQUIRE(checkpoint.next());
    CHECK(checkpoint.value(0).toInt() == 0); // 1 would mean "blocked by a reader"
    checkpoint.finish();
}

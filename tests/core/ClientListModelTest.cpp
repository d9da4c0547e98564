// SPDX-License-Identifier: GPL-3.0-or-later
// The clients list model over the repository's rows: new columns (e-mail, phone, tags,
// onboarding), sorting on raw values in SQL, and the search, status, tag and archive filters.
// (Paging itself is covered by PagedTableModelTest.)
#include "support/TestSupport.h"

#include "core/models/ClientListModel.h"
#include "core/models/Roles.h"
#include "core/storage/ClientRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Bureau;
using namespace Bureau::Test;

namespace
{

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

struct Seed
{
    const char* name;
    const char* email;
    const char* phone;
    Client::Status status;
    QStringList tags;
    bool archived;
};

/** Seven clients whose names sort differently folded and as bytes ("Élodie" among the e's). */
QList<qint64> seed(ClientRepository& repo)
{
    const QList<Seed> seeds{
        {"Zoé Studio", "zoe@studio.example", "06 11 11 11 11", Client::Status::Active, {QStringLiteral("VIP")}, false},
        {"Élodie Lefèvre", "elodie@example.fr", "+33 6 22 22 22 22", Client::Status::Prospect, {}, false},
        {"anaïs noël",
         "",
         "",
         Client::Status::Paused,
         {QStringLiteral("Monthly report"), QStringLiteral("vip")},
         false},
        {"Bright Path Coaching",
         "hello@brightpath.example",
         "+1 514 555 0199",
         Client::Status::Active,
         {QStringLiteral("Canada")},
         false},
        {"Eagle Consulting", "Info@eagle.example", "", Client::Status::Former, {}, false},
        {"Écurie des Trois Chênes", "", "04 78 00 00 00", Client::Status::Active, {}, true},
        {"Dune Conseil", "contact@dune.example", "", Client::Status::Active, {QStringLiteral("Monthly report")}, false},
    };
    QList<qint64> ids;
    for (const Seed& s : seeds) {
        Client client;
        client.name = QString::fromUtf8(s.name);
        client.kind = Client::Kind::Company;
        if (*s.email)
            client.emails = {ContactChannel{QString::fromUtf8(s.email), QString(), QString()}};
        if (*s.phone)
            client.phones = {ContactChannel{QString::fromUtf8(s.phone), QString(), QString()}};
        client.status = s.status;
        client.tags = s.tags;
        client.archived = s.archived;
        auto id = repo.add(client);
        BUREAU_REQUIRE_OK(id);
        ids << *id;
    }
    return ids;
}

QStringList names(const ClientListModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.data(model.index(row, ClientListModel::Name)).toString();
    return list;
}

QVariantList rawColumn(const ClientListModel& model, int column)
{
    QVariantList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, column), RawValueRole);
    return values;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

void exec(Database& db, const QString& sql, const QVariantList& values = {})
{
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Database::sqlError(sql, query.lastError());
        return {};
    }));
}

} // namespace

TEST_CASE("Client list sorts names folded and shows the new columns", "[model][client]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    seed(repo);
    ClientListModel model(tmp.db());
    QAbstractItemModelTester tester(&model, Fatal);

    REQUIRE(model.columnCount() == ClientListModel::ColumnCount);
    CHECK(names(model)
          == QStringList{QStringLiteral("anaïs noël"), QStringLiteral("Bright Path Coaching"),
                         QStringLiteral("Dune Conseil"), QStringLiteral("Eagle Consulting"),
                         QStringLiteral("Élodie Lefèvre"), QStringLiteral("Zoé Studio")});
    model.sort(ClientListModel::Name, Qt::DescendingOrder);
    CHECK(names(model).constFirst() == QStringLiteral("Zoé Studio"));
    CHECK(names(model).constLast() == QStringLiteral("anaïs noël"));

    model.sort(ClientListModel::Name, Qt::AscendingOrder);
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    // anaïs noël: two tags, no e-mail or phone.
    CHECK(cell(0, ClientListModel::Tags).toString() == QStringLiteral("Monthly report, VIP"));
    CHECK(cell(0, ClientListModel::Email).toString().isEmpty());
    CHECK(cell(0, ClientListModel::Onboarding).toString().isEmpty());
    CHECK(cell(0, ClientListModel::Onboarding, RawValueRole).isNull());
    // Bright Path: the phone as typed, its E.164 form as the raw value.
    CHECK(cell(1, ClientListModel::Phone).toString() == QStringLiteral("+1 514 555 0199"));
    CHECK(cell(1, ClientListModel::Phone, RawValueRole).toString() == QStringLiteral("+15145550199"));
    CHECK(cell(1, ClientListModel::Email).toString() == QStringLiteral("hello@brightpath.example"));
    CHECK(cell(1, ClientListModel::Tags, RawValueRole).toString() == QStringLiteral("Canada"));
    CHECK(cell(2, ClientListModel::Tags, RawValueRole).toString() == QStringLiteral("Monthly report"));
    CHECK(cell(3, ClientListModel::Tags, RawValueRole).isNull());

    CHECK(model.headerData(ClientListModel::Email, Qt::Horizontal).toString() == QStringLiteral("E-mail"));
    CHECK(model.headerData(ClientListModel::Phone, Qt::Horizontal).toString() == QStringLiteral("Phone"));
    CHECK(model.headerData(ClientListModel::Tags, Qt::Horizontal).toString() == QStringLiteral("Tags"));
    CHECK(model.headerData(ClientListModel::Onboarding, Qt::Horizontal).toString() == QStringLiteral("Onboarding"));
}

TEST_CASE("Client list sorts every new column on raw values", "[model][client]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    seed(repo);
    ClientListModel model(tmp.db());
    QAbstractItemModelTester tester(&model, Fatal);
    model.setPageSize(2); // several pages, so the keyset cursor crosses ties and NULLs

    const auto fetchAll = [&] {
        while (model.canFetchMore({}))
            model.fetchMore({});
    };

    model.sort(ClientListModel::Email, Qt::AscendingOrder);
    fetchAll();
    REQUIRE(model.rowCount() == 6);
    QStringList emails;
    for (const QVariant& value : rawColumn(model, ClientListModel::Email))
        emails << value.toString();
    // Case-insensitive: "Info@" between "hello@" and "zoe@"; empty e-mails first.
    CHECK(emails
          == QStringList{QString(), QStringLiteral("contact@dune.example"), QStringLiteral("elodie@example.fr"),
                         QStringLiteral("hello@brightpath.example"), QStringLiteral("Info@eagle.example"),
                         QStringLiteral("zoe@studio.example")});

    model.sort(ClientListModel::Tags, Qt::AscendingOrder);
    fetchAll();
    const QVariantList tags = rawColumn(model, ClientListModel::Tags);
    REQUIRE(tags.size() == 6);
    CHECK(tags.at(0).isNull());
    CHECK(tags.at(1).isNull());
    CHECK(tags.at(2).toString() == QStringLiteral("Canada"));
    CHECK(tags.at(5).toString() == QStringLiteral("VIP"));
    model.sort(ClientListModel::Tags, Qt::DescendingOrder);
    fetchAll();
    CHECK(rawColumn(model, ClientListModel::Tags).constFirst().toString() == QStringLiteral("VIP"));
    CHECK(rawColumn(model, ClientListModel::Tags).constLast().isNull());

    model.sort(ClientListModel::Phone, Qt::DescendingOrder);
    fetchAll();
    CHECK(rawColumn(model, ClientListModel::Phone).constFirst().toString() == QStringLiteral("+33622222222"));
    CHECK(rawColumn(model, ClientListModel::Phone).at(1).toString() == QStringLiteral("+33611111111"));
    CHECK(rawColumn(model, ClientListModel::Phone).at(2).toString() == QStringLiteral("+15145550199"));

    for (int column = 0; column < ClientListModel::ColumnCount; ++column)
        CHECK(model.isSortable(column));
}

TEST_CASE("Client list filters by search status tag and archive", "[model][client]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    const QList<qint64> ids = seed(repo);
    Contact dupont;
    dupont.clientId = ids.at(3); // Bright Path Coaching
    dupont.name = QStringLiteral("Jean-Baptiste Dupont");
    BUREAU_REQUIRE_OK(repo.addContact(dupont));

    ClientListModel model(tmp.db());
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setSearchText(QStringLiteral("elodie"));
    CHECK(names(model) == QStringList{QStringLiteral("Élodie Lefèvre")});
    model.setSearchText(QStringLiteral("É"));
    CHECK(names(model) == QStringList{QStringLiteral("Eagle Consulting"), QStringLiteral("Élodie Lefèvre")});
    model.setSearchText(QStringLiteral("ÉL"));
    CHECK(names(model) == QStringList{QStringLiteral("Élodie Lefèvre")});
    model.setSearchText(QStringLiteral("dupont"));
    CHECK(names(model) == QStringList{QStringLiteral("Bright Path Coaching")});
    model.setSearchText(QStringLiteral("514 555"));
    CHECK(names(model) == QStringList{QStringLiteral("Bright Path Coaching")});
    model.setSearchText(QStringLiteral("monthly"));
    CHECK(names(model) == QStringList{QStringLiteral("anaïs noël"), QStringLiteral("Dune Conseil")});

    // A keystroke that does not change the query does not re-read the list.
    const int before = static_cast<int>(resets.count());
    model.setSearchText(QStringLiteral("monthly "));
    CHECK(resets.count() == before);
    CHECK(model.searchText() == QStringLiteral("monthly "));

    // The archived client is found only with archived clients shown.
    model.setSearchText(QStringLiteral("chenes"));
    CHECK(model.rowCount() == 0);
    model.setShowArchived(true);
    CHECK(names(model) == QStringList{QStringLiteral("Écurie des Trois Chênes")});
    model.setShowArchived(false);

    model.setSearchText(QString());
    model.setStatusFilter(QStringLiteral("active"));
    CHECK(sorted(names(model))
          == QStringList{QStringLiteral("Bright Path Coaching"), QStringLiteral("Dune Conseil"),
                         QStringLiteral("Zoé Studio")});
    model.setTagFilter(QStringLiteral("vip"));
    CHECK(names(model) == QStringList{QStringLiteral("Zoé Studio")});
    model.setStatusFilter(QString());
    CHECK(names(model) == QStringList{QStringLiteral("anaïs noël"), QStringLiteral("Zoé Studio")});
    CHECK(*model.totalCount() == 2);
    model.setSearchText(QStringLiteral("report"));
    CHECK(names(model) == QStringList{QStringLiteral("anaïs noël")});
    model.setTagFilter(QStringLiteral("x' OR '1'='1"));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.lastError().has_value());
    model.setTagFilter(QString());
    model.setSearchText(QString());
    CHECK(model.rowCount() == 6);
}

TEST_CASE("Client list shows onboarding progress from ticks and rules", "[model][client]")
{
    TempDatabase tmp;
    ClientRepository repo(tmp.db());
    Client client;
    client.name = QStringLiteral("Atelier Lumière");
    const qint64 id = *repo.add(client);
    client.name = QStringLiteral("Boulangerie Marchand");
    const qint64 other = *repo.add(client);

    const QString item = QStringLiteral(
        "INSERT INTO client_onboarding (client_id, label, rule, position, done_at) VALUES (?, ?, ?, ?, ?)");
    const QVariant notDone(QMetaType::fromType<qlonglong>());
    exec(tmp.db(), item, {id, QStringLiteral("Contract signed"), QStringLiteral("contract"), 0, notDone});
    exec(tmp.db(), item, {id, QStringLiteral("Access stored"), QStringLiteral("accesses"), 1, notDone});
    exec(tmp.db(), item, {id, QStringLiteral("Kick-off call"), QStringLiteral(""), 2, 1000});
    exec(tmp.db(), item, {id, QStringLiteral("Mission"), QStringLiteral("mission"), 3, notDone});
    exec(tmp.db(), item, {id, QStringLiteral("Reception"), QStringLiteral("reception"), 4, notDone});
    exec(tmp.db(), item, {other, QStringLiteral("Kick-off call"), QStringLiteral(""), 0, notDone});

    ClientListModel model(tmp.db());
    QAbstractItemModelTester tester(&model, Fatal);
    const auto progress = [&](int row) { return model.data(model.index(row, ClientListModel::Onboarding)).toString(); };
    const auto raw = [&](int row) { return model.data(model.index(row, ClientListModel::Onboarding), RawValueRole); };
    REQUIRE(model.rowCount() == 2);
    CHECK(progress(0) == QStringLiteral("1/5"));
    CHECK(raw(0).toLongLong() == 200);
    CHECK(progress(1) == QStringLiteral("0/1"));
    CHECK(raw(1).toLongLong() == 0);

    // A revoked access does not count; an active one does.
    const QString access = QStringLiteral("INSERT INTO client_accesses (client_id, service, revoked_at, created_at, "
                                          "updated_at) VALUES (?, ?, ?, 0, 0)");
    exec(tmp.db(), access, {id, QStringLiteral("Gmail"), 5});
    model.reload();
    CHECK(progress(0) == QStringLiteral("1/5"));
    exec(tmp.db(), access, {id, QStringLiteral("Qonto"), notDone});
    // An ended mission does not count; an active one does.
    const QString mission =
        QStringLiteral("INSERT INTO missions (client_id, title, starts_on, status, timezone, "
                       "created_at, updated_at) VALUES (?, ?, '2026-01-05', ?, 'Europe/Paris', 0, 0)");
    exec(tmp.db(), mission, {id, QStringLiteral("Old"), QStringLiteral("ended")});
    model.reload();
    CHECK(progress(0) == QStringLiteral("2/5"));
    exec(tmp.db(), mission, {id, QStringLiteral("Assistance"), QStringLiteral("active")});
    exec(tmp.db(),
         QStringLiteral("INSERT INTO reception_instructions (client_id, greeting, updated_at) "
                        "VALUES (?, 'Bonjour', 0)"),
         {id});
    // A procedure file is not a contract.
    exec(tmp.db(),
         QStringLiteral("INSERT INTO client_files (client_id, stored_name, original_name, size, sha256, "
                        "category, added_at) VALUES (?, 'a.pdf', 'Procédure.pdf', 1, ?, 'procedure', 0)"),
         {id, QString(64, u'a')});
    model.reload();
    CHECK(progress(0) == QStringLiteral("4/5"));
    CHECK(raw(0).toLongLong() == 800);

    // Sorted by progress: no checklist first, then the least done.
    client.name = QStringLiteral("Cabinet Nguyen");
    const qint64 none = *repo.add(client);
    model.sort(ClientListModel::Onboarding, Qt::AscendingOrder);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.idAt(0) == none);
    CHECK(model.idAt(1) == other);
    CHECK(model.idAt(2) == id);
    model.sort(ClientListModel::Onboarding, Qt::DescendingOrder);
    CHECK(model.idAt(0) == id);
    CHECK(model.idAt(2) == none);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Missions: stored with their working slots (replaced as a whole), only their billing mode's
// amounts kept, refused when invalid, the contract file one of the client's.
#include "support/TestSupport.h"

#include "core/storage/MissionRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Bureau;
using Bureau::Test::TempDatabase;

namespace
{

qint64 insertRow(Database& db, const QString& sql, const QVariantList& values)
{
    qint64 id = 0;
    BUREAU_REQUIRE_OK(db.write([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Database::sqlError(QStringLiteral("insert"), query.lastError());
        id = query.lastInsertId().toLongLong();
        return {};
    }));
    return id;
}

qint64 insertClient(Database& db, const QString& name)
{
    return insertRow(db, QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES (?, 0, 0)"), {name});
}

qint64 insertFile(Database& db, qint64 clientId)
{
    return insertRow(db,
                     QStringLiteral("INSERT INTO client_files (client_id, stored_name, original_name, size, sha256, "
                                    "category, added_at) VALUES (?, ?, 'contrat.pdf', 1, ?, 'contract', 0)"),
                     {clientId, QStringLiteral("client-%1-x.pdf").arg(clientId), QString(64, u'a')});
}

int count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

Mission mission(qint64 clientId)
{
    Mission out;
    out.clientId = clientId;
    out.title = QStringLiteral("Assistance administrative");
    out.scopeIncluded = QStringLiteral("Agenda, e-mails, relances");
    out.scopeExcluded = QStringLiteral("Comptabilité");
    out.startsOn = QDate(2026, 9, 1);
    out.timeZone = QStringLiteral("America/Montreal");
    out.workingSlots = {{2, 9 * 60, 12 * 60}, {1, 9 * 60, 12 * 60}};
    out.reporting = Mission::Reporting::Weekly;
    out.hourlyRate = Money::fromCents(4800, QStringLiteral("EUR"));
    return out;
}

} // namespace

TEST_CASE("A mission and its slots read back as stored", "[mission]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 file = insertFile(db.db(), client);
    MissionRepository repository(db.db());

    Mission input = mission(client);
    input.contractFileId = file;
    input.endsOn = QDate(2027, 8, 31);
    input.notes = QStringLiteral("Renouvelable");
    auto added = repository.add(input);
    BUREAU_REQUIRE_OK(added);
    CHECK(added->id > 0);
    // Slots come back sorted.
    CHECK(added->workingSlots == QList<WorkingSlot>{{1, 540, 720}, {2, 540, 720}});

    db.reopen();
    MissionRepository reread(db.db());
    auto found = reread.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found.value() == added.value());
    CHECK(found->hourlyRate == Money::fromCents(4800, QStringLiteral("EUR")));
    CHECK(found->contractFileId == file);
}

TEST_CASE("Saving a mission replaces all its slots", "[mission]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    MissionRepository repository(db.db());
    auto added = repository.add(mission(client));
    BUREAU_REQUIRE_OK(added);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM mission_slots")) == 2);

    Mission changed = added.value();
    changed.workingSlots = {{5, 14 * 60, 17 * 60}};
    BUREAU_REQUIRE_OK(repository.update(changed));
    auto found = repository.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found->workingSlots == QList<WorkingSlot>{{5, 840, 1020}});
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM mission_slots")) == 1);

    // An update that fails validation changes nothing, slots included.
    changed.workingSlots = {{1, 600, 540}};
    auto refused = repository.update(changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    auto unchanged = repository.find(added->id);
    BUREAU_REQUIRE_OK(unchanged);
    CHECK(unchanged->workingSlots == QList<WorkingSlot>{{5, 840, 1020}});

    BUREAU_REQUIRE_OK(repository.remove(added->id));
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM mission_slots")) == 0);
    CHECK(repository.find(added->id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Only the amounts of the mission's billing mode are stored", "[mission]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    MissionRepository repository(db.db());

    Mission package = mission(client);
    package.billing = Mission::Billing::Package;
    package.packageMinutes = 20 * 60;
    package.packageFee = Money::fromCents(90000, QStringLiteral("EUR"));
    package.overage = Mission::Overage::Carried;
    package.overageRate = Money::fromCents(5000, QStringLiteral("EUR"));
    package.monthlyFee = Money::fromCents(1, QStringLiteral("EUR"));
    auto added = repository.add(package);
    BUREAU_REQUIRE_OK(added);
    auto found = repository.find(added->id);
    BUREAU_REQUIRE_OK(found);
    CHECK(found->packageMinutes == 1200);
    CHECK(found->packageFee == Money::fromCents(90000, QStringLiteral("EUR")));
    CHECK(found->overage == Mission::Overage::Carried);
    CHECK_FALSE(found->overageRate.isValid());
    CHECK_FALSE(found->hourlyRate.isValid());
    CHECK_FALSE(found->monthlyFee.isValid());
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM missions WHERE hourly_rate_cents IS NULL AND "
                                        "monthly_fee_cents IS NULL AND overage_rate_cents IS NULL"))
          == 1);

    Mission fixed = found.value();
    fixed.billing = Mission::Billing::Fixed;
    fixed.monthlyFee = Money::fromCents(150000, QStringLiteral("EUR"));
    BUREAU_REQUIRE_OK(repository.update(fixed));
    auto reread = repository.find(added->id);
    BUREAU_REQUIRE_OK(reread);
    CHECK(reread->billing == Mission::Billing::Fixed);
    CHECK(reread->packageMinutes == 0);
    CHECK_FALSE(reread->packageFee.isValid());
    CHECK(reread->monthlyFee == Money::fromCents(150000, QStringLiteral("EUR")));
}

TEST_CASE("A mission is refused for a missing client or another client's contract file", "[mission]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    const qint64 foreignFile = insertFile(db.db(), other);
    MissionRepository repository(db.db());

    Mission wrongFile = mission(client);
    wrongFile.contractFileId = foreignFile;
    auto refused = repository.add(wrongFile);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);

    auto noClient = repository.add(mission(4242));
    REQUIRE_FALSE(noClient.ok());
    CHECK(noClient.error().kind == Error::Kind::NotFound);

    Mission fixedWithoutFee = mission(client);
    fixedWithoutFee.billing = Mission::Billing::Fixed;
    auto invalid = repository.add(fixedWithoutFee);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().message.contains(QStringLiteral("Monthly fee")));
    CHECK(invalid.error().detail.contains(QStringLiteral("monthlyFee")));

    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM missions")) == 0);
    CHECK(count(db.db(), QStringLiteral("SELECT COUNT(*) FROM mission_slots")) == 0);
}

TEST_CASE("A client's missions list latest start first", "[mission]")
{
    TempDatabase db;
    const qint64 client = insertClient(db.db(), QStringLiteral("Atelier Dupont"));
    const qint64 other = insertClient(db.db(), QStringLiteral("Cabinet Martin"));
    MissionRepository repository(db.db());
    Mission older = mission(client);
    older.title = QStringLiteral("Ancienne");
    older.startsOn = QDate(2025, 1, 1);
    older.status = Mission::Status::Ended;
    Mission newer = mission(client);
    newer.title = QStringLiteral("Actuelle");
    newer.workingSlots = {{3, 600, 660}};
    BUREAU_REQUIRE_OK(repository.add(older));
    BUREAU_REQUIRE_OK(repository.add(newer));
    BUREAU_REQUIRE_OK(repository.add(mission(other)));

    auto listed = repository.listForClient(client);
    BUREAU_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).title == QStringLiteral("Actuelle"));
    CHECK(listed->at(0).workingSlots == QList<WorkingSlot>{{3, 600, 660}});
    CHECK(listed->at(1).title == QStringLiteral("Ancienne"));
    CHECK(listed->at(1).status == Mission::Status::Ended);
    CHECK(listed->at(1).workingSlots.size() == 2);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Invoice drafts made from unbilled time and the monthly drafts of package and fixed-fee missions
// (issue 6).
#include "TimeTestData.h"

#include "support/InvoiceTestData.h"
#include "support/TestSupport.h"

#include "core/services/InvoiceFromTime.h"
#include "core/storage/DocumentRepository.h"

#include <QSqlQuery>
#include <QTime>
#include <QVariant>

using namespace Bureau;
using Bureau::Test::TempDatabase;
namespace Invoicing = Bureau::Test::Invoicing;
namespace TimeTest = Bureau::TimeTest;

namespace
{

void exec(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

qint64 attached(Database& db, qint64 documentId)
{
    return count(db, QStringLiteral("SELECT count(*) FROM time_entries WHERE document_id = %1").arg(documentId));
}

/** A French client billed 60.00 an hour, time rounded up to the quarter hour per entry. */
qint64 roundedClient(Database& db, const QString& language = QStringLiteral("fr"))
{
    Invoicing::ClientSpec spec;
    spec.language = language;
    const qint64 client = Invoicing::addClient(db, spec);
    exec(db, QStringLiteral("UPDATE clients SET hourly_rate_cents = 6000, rounding_minutes = 15, rounding_mode = 'up', "
                            "rounding_scope = 'entry' WHERE id = %1")
                 .arg(client));
    return client;
}

qint64 entry(Database& db, qint64 client, qint64 mission, qint64 task, QDate day, qint64 minutes, bool billable = true)
{
    return TimeTest::addEntry(
        db, TimeTest::EntrySpec{client, mission, task, TimeTest::parisMs(day, QTime(9, 0)), minutes, billable, 0});
}

const DocumentLine* lineNamed(const BillingDocument& document, const QString& text)
{
    for (const DocumentLine& line : document.lines) {
        if (line.description.contains(text))
            return &line;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A draft from time has one line per mission with the client's rounding", "[invoicefromtime]")
{
    TempDatabase db;
    Invoicing::storeProfile(db.db());
    const qint64 client = roundedClient(db.db());
    TimeTest::MissionSpec missionSpec;
    missionSpec.clientId = client;
    missionSpec.title = QStringLiteral("Support");
    missionSpec.hourlyCents = 8000;
    const qint64 mission = TimeTest::addMission(db.db(), missionSpec);
    entry(db.db(), client, mission, 0, QDate(2026, 11, 3), 50);        // rounded up to 60 min
    entry(db.db(), client, mission, 0, QDate(2026, 11, 4), 20);        // rounded up to 30 min
    entry(db.db(), client, 0, 0, QDate(2026, 11, 5), 10);              // 15 min, no mission
    entry(db.db(), client, mission, 0, QDate(2026, 11, 6), 30, false); // not billable
    entry(db.db(), client, mission, 0, QDate(2026, 12, 1), 60);        // outside the period

    InvoiceFromTime maker(db.db());
    auto made = maker.draftFromTime(client, QDate(2026, 11, 1), QDate(2026, 11, 30), BillableTime::Grouping::Mission);
    BUREAU_REQUIRE_OK(made);
    CHECK(made->isDraft());
    CHECK(made->language == QLatin1String("fr"));
    CHECK(made->currency == QLatin1String("EUR"));
    CHECK(made->paymentTermsDays == 30);
    CHECK(made->serviceFrom == QDate(2026, 11, 1));
    CHECK(made->serviceTo == QDate(2026, 11, 30));
    REQUIRE(made->lines.size() == 2);
    const DocumentLine* support = lineNamed(*made, QStringLiteral("Support"));
    REQUIRE(support != nullptr);
    CHECK(support->quantityThousandths == 1500); // 60 + 30 min = 1.50 h
    CHECK(support->unitPriceCents == 8000);      // the mission's rate
    CHECK(support->unit == DocumentLine::Unit::Hour);
    CHECK(support->vatBasisPoints == 0); // franchise
    CHECK(support->netCents == 12000);   // 1.5 × 80.00
    CHECK(support->missionId == mission);
    const DocumentLine& other = made->lines.at(support == &made->lines.at(0) ? 1 : 0);
    CHECK(other.quantityThousandths == 250); // 15 min = 0.25 h
    CHECK(other.unitPriceCents == 6000);     // the client's rate
    CHECK(attached(db.db(), made->id) == 3);

    // Nothing left to bill in November.
    auto again = maker.draftFromTime(client, QDate(2026, 11, 1), QDate(2026, 11, 30), BillableTime::Grouping::Mission);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Invalid);

    // Removing the draft releases the entries.
    BUREAU_REQUIRE_OK(DocumentRepository(db.db()).removeDraft(made->id));
    CHECK(count(db.db(), QStringLiteral("SELECT count(*) FROM time_entries WHERE document_id IS NOT NULL")) == 0);
    auto remade = maker.draftFromTime(client, QDate(2026, 11, 1), QDate(2026, 11, 30), BillableTime::Grouping::Mission);
    BUREAU_REQUIRE_OK(remade);
    CHECK(attached(db.db(), remade->id) == 3);
}

TEST_CASE("A draft from time by task and by day", "[invoicefromtime]")
{
    TempDatabase db;
    Invoicing::storeProfile(db.db(), BusinessProfile::VatRegime::VatRegistered, QStringLiteral("FR93832718449"));
    const qint64 client = roundedClient(db.db());
    TimeTest::MissionSpec missionSpec;
    missionSpec.clientId = client;
    missionSpec.title = QStringLiteral("Support");
    const qint64 mission = TimeTest::addMission(db.db(), missionSpec);
    const qint64 mail = TimeTest::addTask(db.db(), client, mission, QStringLiteral("Courrier"));
    const qint64 agenda = TimeTest::addTask(db.db(), client, mission, QStringLiteral("Agenda"));
    entry(db.db(), client, mission, mail, QDate(2026, 11, 3), 45);
    entry(db.db(), client, mission, agenda, QDate(2026, 11, 3), 15);
    entry(db.db(), client, mission, mail, QDate(2026, 11, 4), 60);

    InvoiceFromTime maker(db.db());
    auto byTask = maker.draftFromTime(client, QDate(2026, 11, 1), QDate(2026, 11, 30), BillableTime::Grouping::Task);
    BUREAU_REQUIRE_OK(byTask);
    REQUIRE(byTask->lines.size() == 2);
    const DocumentLine* courrier = lineNamed(*byTask, QStringLiteral("Courrier"));
    REQUIRE(courrier != nullptr);
    CHECK(courrier->quantityThousandths == 1750); // 45 + 60 min
    CHECK(courrier->vatBasisPoints == 2000);      // a VAT-registered seller
    CHECK(courrier->taskId == mail);
    BUREAU_REQUIRE_OK(DocumentRepository(db.db()).removeDraft(byTask->id));

    auto byDay = maker.draftFromTime(client, QDate(2026, 11, 1), QDate(2026, 11, 30), BillableTime::Grouping::Day);
    BUREAU_REQUIRE_OK(byDay);
    REQUIRE(byDay->lines.size() == 2);
    // The day in the client's language (French).
    const DocumentLine* third = lineNamed(*byDay, QStringLiteral("3 novembre 2026"));
    REQUIRE(third != nullptr);
    CHECK(third->description.contains(QLatin1String("Support")));
    CHECK(third->quantityThousandths == 1000); // 45 + 15 min
    CHECK(lineNamed(*byDay, QStringLiteral("4 novembre 2026")) != nullptr);
    CHECK(attached(db.db(), byDay->id) == 3);
}

TEST_CASE("A draft from time is refused for lines without a rate", "[invoicefromtime]")
{
    TempDatabase db;
    Invoicing::storeProfile(db.db());
    const qint64 client = Invoicing::addClient(db.db()); // no rate, nor the profile
    TimeTest::MissionSpec missionSpec;
    missionSpec.clientId = client;
    missionSpec.title = QStringLiteral("Standard téléphonique");
    const qint64 mission = TimeTest::addMission(db.db(), missionSpec);
    entry(db.db(), client, mission, 0, QDate(2026, 11, 3), 60);

    auto made = InvoiceFromTime(db.db()).draftFromTime(client, QDate(2026, 11, 1), QDate(2026, 11, 30),
                                                       BillableTime::Grouping::Mission);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().kind == Error::Kind::Invalid);
    CHECK(made.error().message.contains(QStringLiteral("Standard téléphonique")));
    CHECK(count(db.db(), QStringLiteral("SELECT count(*) FROM documents")) == 0);
}

TEST_CASE("Monthly drafts for a package and a fixed fee are made once", "[invoicefromtime]")
{
    TempDatabase db;
    Invoicing::storeProfile(db.db());
    const qint64 client = roundedClient(db.db(), QStringLiteral("en"));
    TimeTest::MissionSpec packageSpec;
    packageSpec.clientId = client;
    packageSpec.title = QStringLiteral("Support package");
    packageSpec.billing = QStringLiteral("package");
    packageSpec.packageMinutes = 600; // 10 h for 500.00 (TimeTestData's fee)
    packageSpec.overageCents = 7000;
    packageSpec.startsOn = QDate(2026, 10, 1);
    const qint64 package = TimeTest::addMission(db.db(), packageSpec);
    TimeTest::MissionSpec fixedSpec;
    fixedSpec.clientId = client;
    fixedSpec.title = QStringLiteral("Bookkeeping");
    fixedSpec.billing = QStringLiteral("fixed"); // 1000.00 a month
    fixedSpec.startsOn = QDate(2026, 11, 1);
    const qint64 fixed = TimeTest::addMission(db.db(), fixedSpec);
    TimeTest::MissionSpec hourlySpec;
    hourlySpec.clientId = client;
    hourlySpec.title = QStringLiteral("Hourly work");
    hourlySpec.startsOn = QDate(2026, 10, 1);
    const qint64 hourly = TimeTest::addMission(db.db(), hourlySpec);
    // November: 11 h on the package (1 h beyond it), 2 h of fixed-fee work, 1 h hourly.
    entry(db.db(), client, package, 0, QDate(2026, 11, 2), 360);
    entry(db.db(), client, package, 0, QDate(2026, 11, 3), 300);
    entry(db.db(), client, fixed, 0, QDate(2026, 11, 4), 120);
    entry(db.db(), client, hourly, 0, QDate(2026, 11, 5), 60);

    InvoiceFromTime maker(db.db());
    // On 27 November only October has ended: the package's October draft, fee only.
    auto early = maker.monthlyDrafts(QDate(2026, 11, 27));
    BUREAU_REQUIRE_OK(early);
    REQUIRE(early->size() == 1);
    CHECK(early->first().serviceFrom == QDate(2026, 10, 1));
    REQUIRE(early->first().lines.size() == 1);
    CHECK(early->first().lines.first().description == QStringLiteral("Monthly package — October 2026"));
    CHECK(early->first().lines.first().unitPriceCents == 50000);

    auto december = maker.monthlyDrafts(QDate(2026, 12, 1));
    BUREAU_REQUIRE_OK(december);
    REQUIRE(december->size() == 2); // November: the package and the fixed fee; never the hourly mission
    const BillingDocument* packageDraft = nullptr;
    const BillingDocument* fixedDraft = nullptr;
    for (const BillingDocument& document : *december) {
        REQUIRE_FALSE(document.lines.isEmpty());
        (document.lines.first().missionId == package ? packageDraft : fixedDraft) = &document;
    }
    REQUIRE(packageDraft != nullptr);
    REQUIRE(fixedDraft != nullptr);
    CHECK(packageDraft->language == QLatin1String("en"));
    CHECK(packageDraft->serviceTo == QDate(2026, 11, 30));
    REQUIRE(packageDraft->lines.size() == 2);
    CHECK(packageDraft->lines.at(0).description == QStringLiteral("Monthly package — November 2026"));
    CHECK(packageDraft->lines.at(1).quantityThousandths == 1000); // 660 − 600 min = 1.00 h
    CHECK(packageDraft->lines.at(1).unitPriceCents == 7000);
    CHECK(packageDraft->lines.at(1).unit == DocumentLine::Unit::Hour);
    CHECK(packageDraft->netCents == 57000); // 500.00 + 1 h × 70.00
    CHECK(attached(db.db(), packageDraft->id) == 2);
    REQUIRE(fixedDraft->lines.size() == 1);
    CHECK(fixedDraft->lines.first().unitPriceCents == 100000);
    CHECK(fixedDraft->lines.first().missionId == fixed);
    CHECK(attached(db.db(), fixedDraft->id) == 1);
    CHECK(
        count(db.db(), QStringLiteral("SELECT count(*) FROM time_entries WHERE mission_id = %1 AND document_id IS NULL")
                           .arg(hourly))
        == 1);

    // Made once: again nothing; a deleted draft is not made again.
    auto again = maker.monthlyDrafts(QDate(2026, 12, 1));
    BUREAU_REQUIRE_OK(again);
    CHECK(again->isEmpty());
    BUREAU_REQUIRE_OK(DocumentRepository(db.db()).removeDraft(early->first().id));
    again = maker.monthlyDrafts(QDate(2026, 12, 15));
    BUREAU_REQUIRE_OK(again);
    CHECK(again->isEmpty());
    CHECK(count(db.db(), QStringLiteral("SELECT count(*) FROM mission_billing_runs")) == 3);

    auto review = maker.draftsToReview();
    BUREAU_REQUIRE_OK(review);
    CHECK(review->size() == 2);
    CHECK(review->contains(packageDraft->id));
    CHECK(review->contains(fixedDraft->id));
}

TEST_CASE("Monthly drafts name the month in the client's language", "[invoicefromtime]")
{
    TempDatabase db;
    Invoicing::storeProfile(db.db());
    const qint64 client = roundedClient(db.db(), QStringLiteral("fr"));
    TimeTest::MissionSpec fixedSpec;
    fixedSpec.clientId = client;
    fixedSpec.title = QStringLiteral("Comptabilité");
    fixedSpec.billing = QStringLiteral("fixed");
    fixedSpec.startsOn = QDate(2026, 11, 1);
    TimeTest::addMission(db.db(), fixedSpec);

    auto drafts = InvoiceFromTime(db.db()).monthlyDrafts(QDate(2026, 12, 2));
    BUREAU_REQUIRE_OK(drafts);
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().language == QLatin1String("fr"));
    REQUIRE(drafts->first().lines.size() == 1);
    CHECK(drafts->first().lines.first().description.contains(QLatin1String("novembre 2026")));
}

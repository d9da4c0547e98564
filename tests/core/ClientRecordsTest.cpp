// SPDX-License-Identifier: GPL-3.0-or-later
// The client records' plain data: validation, stored keys, working slots across time zones, the
// billing terms of a mission in the client's language.
#include "support/TestSupport.h"

#include "core/domain/ClientRecords.h"

#include <QTimeZone>

using namespace Bureau;

namespace
{

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return fields;
}

Mission validMission()
{
    Mission mission;
    mission.clientId = 1;
    mission.title = QStringLiteral("Assistance administrative");
    mission.startsOn = QDate(2026, 1, 5);
    mission.currency = QStringLiteral("EUR");
    mission.timeZone = QStringLiteral("America/Montreal");
    mission.workingSlots = {{1, 9 * 60, 12 * 60}, {2, 9 * 60, 12 * 60}};
    return mission;
}

const QTimeZone& paris()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

const QTimeZone& montreal()
{
    static const QTimeZone zone("America/Montreal");
    return zone;
}

} // namespace

TEST_CASE("A mission needs a title a start and the amounts of its billing mode", "[clientrecords]")
{
    Mission mission = validMission();
    CHECK(mission.validate().isEmpty());

    mission.title = QStringLiteral("  ");
    mission.startsOn = QDate();
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("title"), QStringLiteral("period")});

    mission = validMission();
    mission.endsOn = QDate(2026, 1, 4);
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("period")});

    mission = validMission();
    mission.billing = Mission::Billing::Package;
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("packageHours"), QStringLiteral("packageFee")});
    mission.packageMinutes = 20 * 60;
    mission.packageFee = Money::fromCents(80000, QStringLiteral("EUR"));
    CHECK(mission.validate().isEmpty());
    mission.overageRate = Money::fromCents(5000, QStringLiteral("USD"));
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("overageRate")});
    // Carried overage: the rate is not used, so not checked.
    mission.overage = Mission::Overage::Carried;
    CHECK(mission.validate().isEmpty());

    mission = validMission();
    mission.billing = Mission::Billing::Fixed;
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("monthlyFee")});
    mission.monthlyFee = Money::fromCents(0, QStringLiteral("EUR"));
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("monthlyFee")});
    mission.monthlyFee = Money::fromCents(120000, QStringLiteral("EUR"));
    // An hourly rate left over from the hourly mode does not matter in the fixed mode.
    mission.hourlyRate = Money::fromCents(-1, QStringLiteral("EUR"));
    CHECK(mission.validate().isEmpty());

    mission = validMission();
    mission.hourlyRate = Money::fromCents(-100, QStringLiteral("EUR"));
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("hourlyRate")});
}

TEST_CASE("A mission refuses unknown zones and slots that overlap or end before they start", "[clientrecords]")
{
    Mission mission = validMission();
    mission.timeZone = QStringLiteral("Mars/Olympus_Mons");
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("timeZone")});
    mission.timeZone = QStringLiteral("../../etc/passwd");
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("timeZone")});

    mission = validMission();
    mission.workingSlots = {{1, 9 * 60, 12 * 60}, {1, 11 * 60, 13 * 60}};
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("workingSlots")});
    mission.workingSlots = {{1, 12 * 60, 9 * 60}};
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("workingSlots")});
    mission.workingSlots = {{8, 9 * 60, 12 * 60}};
    CHECK(fieldsOf(mission.validate()) == QStringList{QStringLiteral("workingSlots")});
    // Back to back is fine, and so is a slot up to midnight.
    mission.workingSlots = {{1, 9 * 60, 12 * 60}, {1, 12 * 60, 14 * 60}, {5, 20 * 60, 24 * 60}};
    CHECK(mission.validate().isEmpty());
}

TEST_CASE("Montreal working hours shown in Paris follow both zones' summer time", "[clientrecords]")
{
    const WorkingSlot monday{1, 9 * 60, 12 * 60};

    // Mid-November: both on winter time, six hours apart.
    SlotTimes times = monday.occurrence(QDate(2026, 11, 18), montreal(), paris());
    CHECK(times.start.date() == QDate(2026, 11, 16));
    CHECK(times.start.time() == QTime(15, 0));
    CHECK(times.end.time() == QTime(18, 0));

    // Week of 16 March 2026: Montreal is on summer time (since 8 March), Paris not yet (29 March).
    times = monday.occurrence(QDate(2026, 3, 19), montreal(), paris());
    CHECK(times.start.date() == QDate(2026, 3, 16));
    CHECK(times.start.time() == QTime(14, 0));
    CHECK(times.end.time() == QTime(17, 0));

    // Mid-July: both on summer time, six hours apart again.
    times = monday.occurrence(QDate(2026, 7, 15), montreal(), paris());
    CHECK(times.start.time() == QTime(15, 0));
    CHECK(times.start.toMSecsSinceEpoch() == QDateTime(QDate(2026, 7, 13), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch());
}

TEST_CASE("Slots shown in another zone move to the next day and split at midnight", "[clientrecords]")
{
    Mission mission = validMission();
    mission.workingSlots = {{1, 9 * 60, 12 * 60}, {5, 16 * 60, 20 * 60}};
    const QList<WorkingSlot> shown = mission.slotsShownIn(paris(), QDate(2026, 11, 27));
    // Friday 16:00–20:00 in Montreal is Friday 22:00 to Saturday 02:00 in Paris.
    const QList<WorkingSlot> expected{{1, 15 * 60, 18 * 60}, {5, 22 * 60, 24 * 60}, {6, 0, 2 * 60}};
    CHECK(shown == expected);

    // The same zone: unchanged.
    mission.timeZone = QStringLiteral("Europe/Paris");
    CHECK(mission.slotsShownIn(paris(), QDate(2026, 11, 27)) == mission.workingSlots);
}

TEST_CASE("Slots are described with days grouped in the interface's words", "[clientrecords]")
{
    const QList<WorkingSlot> weekdays{{1, 540, 720}, {2, 540, 720}, {3, 540, 720},
                                      {4, 540, 720}, {5, 540, 720}, {6, 600, 720}};
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(Mission::describeSlots(weekdays, english)
          == QStringLiteral("Mon\u2013Fri 09:00\u201312:00; Sat 10:00\u201312:00"));
    const QLocale french(QLocale::French, QLocale::France);
    CHECK(Mission::describeSlots(weekdays, french).startsWith(QStringLiteral("lun.\u2013ven. 09:00\u201312:00")));
    // Two ranges on a day, and a gap between days.
    const QList<WorkingSlot> split{{3, 840, 1020}, {1, 540, 720}, {1, 780, 1020}};
    CHECK(Mission::describeSlots(split, english)
          == QStringLiteral("Mon 09:00\u201312:00, 13:00\u201317:00; Wed 14:00\u201317:00"));
    CHECK(Mission::describeSlots({}, english).isEmpty());
}

TEST_CASE("Billing terms are written in the language asked with its money format", "[clientrecords]")
{
    Mission mission = validMission();
    mission.billing = Mission::Billing::Package;
    mission.packageMinutes = 20 * 60;
    mission.packageFee = Money::fromCents(90000, QStringLiteral("EUR"));
    mission.overageRate = Money::fromCents(4500, QStringLiteral("EUR"));
    mission.reporting = Mission::Reporting::Monthly;

    const QStringList english = mission.billingTerms(QStringLiteral("en"));
    REQUIRE(english.size() == 3);
    // "20 hours" once bureau_en.ts holds the English plural forms (the lead's lupdate); the source says "hour(s)".
    CHECK(english[0].startsWith(QStringLiteral("A monthly package of 20 hour")));
    CHECK(english[0].endsWith(QStringLiteral(" of work for €900.00 a month.")));
    CHECK(english[1] == QStringLiteral("Hours beyond the package are billed at €45.00 per hour."));
    CHECK(english[2] == QStringLiteral("An activity report is sent every month."));

    const QStringList french = mission.billingTerms(QStringLiteral("fr"));
    REQUIRE(french.size() == 3);
    // The amount in the French format whatever the catalogue holds.
    CHECK(french[0].contains(QStringLiteral("900,00\u00a0€")));

    mission.billing = Mission::Billing::Hourly;
    mission.reporting = Mission::Reporting::None;
    CHECK(mission.billingTerms(QStringLiteral("en"))
          == QStringList{QStringLiteral("Billed by the hour at the agreed hourly rate.")});
    CHECK(mission.billingTerms(QStringLiteral("en"), Money::fromCents(5250, QStringLiteral("EUR")))
          == QStringList{QStringLiteral("Billed by the hour at €52.50 per hour.")});

    mission.billing = Mission::Billing::Package;
    mission.packageMinutes = 10 * 60 + 30;
    mission.overage = Mission::Overage::Carried;
    const QStringList carried = mission.billingTerms(QStringLiteral("en"));
    REQUIRE(carried.size() == 2);
    CHECK(carried[0].contains(QStringLiteral("10h30")));
    CHECK(carried[1] == QStringLiteral("Hours beyond the package are carried over to the next month."));
}

TEST_CASE("Interactions accesses and tasks validate their fields", "[clientrecords]")
{
    Interaction interaction;
    CHECK(fieldsOf(interaction.validate()) == QStringList{QStringLiteral("occurredAt"), QStringLiteral("summary")});
    interaction.occurredAtMs = 1;
    interaction.summary = QStringLiteral("Two\nlines");
    CHECK(fieldsOf(interaction.validate()) == QStringList{QStringLiteral("summary")});
    interaction.summary = QStringLiteral("Point mensuel");
    CHECK(interaction.validate().isEmpty());

    ClientAccess access;
    CHECK(fieldsOf(access.validate()) == QStringList{QStringLiteral("service")});
    access.service = QStringLiteral("Qonto");
    access.username = QStringLiteral("a\nb");
    CHECK(fieldsOf(access.validate()) == QStringList{QStringLiteral("username")});

    Task task;
    CHECK(fieldsOf(task.validate()) == QStringList{QStringLiteral("title")});
    task.title = QStringLiteral("Relancer les impayés");
    CHECK(task.validate().isEmpty());
}

TEST_CASE("Stored keys of the client records read back to their values", "[clientrecords]")
{
    for (auto kind : {Interaction::Kind::Call, Interaction::Kind::Email, Interaction::Kind::Meeting,
                      Interaction::Kind::Note, Interaction::Kind::Message})
        CHECK(Interaction::kindFromKey(Interaction::kindKey(kind)) == kind);
    for (auto status :
         {Task::Status::Todo, Task::Status::InProgress, Task::Status::WaitingOnClient, Task::Status::Done})
        CHECK(Task::statusFromKey(Task::statusKey(status)) == status);
    CHECK(Task::statusKey(Task::Status::WaitingOnClient) == QStringLiteral("waiting"));
    for (auto rule : {OnboardingItem::Rule::None, OnboardingItem::Rule::Accesses, OnboardingItem::Rule::Contract,
                      OnboardingItem::Rule::Mission, OnboardingItem::Rule::Reception})
        CHECK(OnboardingItem::ruleFromKey(OnboardingItem::ruleKey(rule)) == rule);
    CHECK_FALSE(Mission::billingFromKey(QStringLiteral("weekly")).has_value());
    CHECK_FALSE(ClientFile::categoryFromKey(QStringLiteral("")).has_value());
}

TEST_CASE("Reception instructions are empty when only spaces are written", "[clientrecords]")
{
    ReceptionInstructions instructions;
    CHECK(instructions.isEmpty());
    instructions.greeting = QStringLiteral("  \n ");
    instructions.answers = {{QStringLiteral(" "), QString()}};
    CHECK(instructions.isEmpty());
    instructions.answers = {{QStringLiteral("Horaires ?"), QString()}};
    CHECK_FALSE(instructions.isEmpty());
}

TEST_CASE("An attached file keeps a sanitised extension only", "[clientrecords]")
{
    CHECK(ClientFile::sanitizedExtension(QStringLiteral("Contrat signé.PDF")) == QStringLiteral("pdf"));
    CHECK(ClientFile::sanitizedExtension(QStringLiteral("archive.tar.gz")) == QStringLiteral("gz"));
    CHECK(ClientFile::sanitizedExtension(QStringLiteral(".bashrc")).isEmpty());
    CHECK(ClientFile::sanitizedExtension(QStringLiteral("x.p/df")).isEmpty());
    CHECK(ClientFile::sanitizedExtension(QStringLiteral("x.verylongextension")).isEmpty());
    CHECK(ClientFile::sanitizedExtension(QStringLiteral("noextension")).isEmpty());
    CHECK(ClientFile::sanitizedExtension(QStringLiteral("evil.ph\u00e9")).isEmpty());
}

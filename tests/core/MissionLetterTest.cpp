// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/MissionLetter.h"
#include "core/documents/DocumentLanguage.h"
#include "core/domain/Money.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QStringList>

using namespace Bureau;
using Bureau::Test::runProcess;
using Bureau::Test::TempDir;

namespace
{

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

/** No-break and thin spaces as plain spaces, runs of spaces as one: text as a reader compares it. */
QString simplified(QString text)
{
    for (const char16_t space : {u'\u00a0', u'\u202f', u'\u2009'})
        text.replace(QChar(space), u' ');
    return text.simplified();
}

Money euros(qint64 cents)
{
    return Money::fromCents(cents, QStringLiteral("EUR"));
}

/** pdftotext -layout of a PDF, one string per page. */
QStringList pagesOf(const QByteArray& pdf)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("letter.pdf"));
    Bureau::Test::writeAll(path, pdf);
    const auto result = runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QStringList pages = result.out.split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

MissionLetterData letterData(Mission::Billing billing, const QString& language)
{
    MissionLetterData data;
    BusinessProfile& seller = data.seller;
    seller.legalName = QStringLiteral("Camille Martin");
    seller.tradeName = QStringLiteral("Bureau Lumière");
    seller.addressLines = {QStringLiteral("12 rue des Lilas")};
    seller.postalCode = QStringLiteral("69001");
    seller.city = QStringLiteral("Lyon");
    seller.siret = QStringLiteral("73282932000074");
    seller.email = QStringLiteral("camille@example.org");
    seller.iban = QStringLiteral("FR1420041010050500013M02606");
    seller.bic = QStringLiteral("PSSTFRPPLYO");
    seller.timeZone = QStringLiteral("Europe/Paris");
    seller.paymentTermsDays = 30;
    seller.latePenaltyBasisPoints = 1215;

    Client& client = data.client;
    client.name = u8("Érable <b>&</b> Fils");
    client.legalForm = QStringLiteral("Inc.");
    client.addressLines = {QStringLiteral("1200 rue Sherbrooke Ouest")};
    client.postalCode = QStringLiteral("H3A 1H6");
    client.city = u8("Montréal");
    client.country = QStringLiteral("CA");
    client.language = language;
    client.timeZone = QStringLiteral("America/Montreal");
    client.emails = {ContactChannel{QStringLiteral("office@erable.example"), QString(), QString()}};
    client.professional = true;

    Mission& mission = data.mission;
    mission.title = QStringLiteral("Assistance administrative");
    mission.scopeIncluded = u8("Gestion de l’agenda\nTri des e-mails");
    mission.scopeExcluded = u8("Comptabilité");
    mission.startsOn = QDate(2026, 12, 1);
    mission.billing = billing;
    mission.timeZone = QStringLiteral("America/Montreal");
    for (int day = 1; day <= 5; ++day)
        mission.workingSlots.append(WorkingSlot{day, 9 * 60, 12 * 60});
    mission.reporting = Mission::Reporting::Monthly;
    switch (billing) {
    case Mission::Billing::Hourly:
        mission.hourlyRate = euros(4500);
        break;
    case Mission::Billing::Package:
        mission.packageMinutes = 20 * 60;
        mission.packageFee = euros(80000);
        mission.overage = Mission::Overage::Billed;
        mission.overageRate = euros(5000);
        break;
    case Mission::Billing::Fixed:
        mission.monthlyFee = euros(150000);
        break;
    }
    data.clientSignatory = QStringLiteral("Jeanne Roy");
    data.date = QDate(2026, 11, 27);
    return data;
}

QLocale localeOf(const QString& language)
{
    return DocumentLanguage(language).locale();
}

/** Renders the letter and returns its text with spaces simplified, checking the page numbers. */
QString letterText(const MissionLetterData& data)
{
    const auto pdf = MissionLetter::render(data);
    BUREAU_REQUIRE_OK(pdf);
    const QStringList pages = pagesOf(*pdf);
    REQUIRE(!pages.isEmpty());
    static const QRegularExpression pageNumber(QStringLiteral("Page\\s*(\\d+)\\s*/\\s*(\\d+)"));
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        const auto match = pageNumber.match(pages.at(i));
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1).toInt() == i + 1);
        CHECK(match.captured(2).toInt() == pages.size());
        CHECK(pages.at(i).contains(QStringLiteral("Camille Martin EI")));
    }
    return simplified(pages.join(u'\n'));
}

void checkCommonFacts(const QString& text, const QString& language)
{
    const QLocale locale = localeOf(language);
    // The parties, as typed (the client's name is not HTML).
    CHECK(text.contains(QStringLiteral("Camille Martin EI")));
    CHECK(text.contains(u8("Bureau Lumière")));
    CHECK(text.contains(QStringLiteral("732 829 320 00074")));
    CHECK(text.contains(QStringLiteral("12 rue des Lilas")));
    CHECK(text.contains(QStringLiteral("69001 Lyon")));
    CHECK(text.contains(u8("Érable <b>&</b> Fils Inc.")));
    CHECK(text.contains(u8("H3A 1H6 Montréal")));
    CHECK(text.contains(QStringLiteral("Canada")));
    CHECK(text.contains(QStringLiteral("office@erable.example")));
    CHECK(text.contains(QStringLiteral("Jeanne Roy")));
    CHECK(text.contains(QStringLiteral("FR14 2004 1010 0505 0001 3M02 606")));
    // The mission, its scope and period.
    CHECK(text.contains(QStringLiteral("Assistance administrative")));
    CHECK(text.contains(u8("Gestion de l’agenda")));
    CHECK(text.contains(u8("Comptabilité")));
    CHECK(text.contains(simplified(locale.toString(QDate(2026, 12, 1), QStringLiteral("d MMMM yyyy")))));
    CHECK(text.contains(simplified(locale.toString(QDate(2026, 11, 27), QStringLiteral("d MMMM yyyy")))));
    // The slots in the mission's zone and, six hours later, in the seller's.
    CHECK(text.contains(QStringLiteral("America/Montreal")));
    CHECK(text.contains(QStringLiteral("Europe/Paris")));
    CHECK(text.contains(u8("09:00–12:00")));
    CHECK(text.contains(u8("15:00–18:00")));
    // "Monday to Friday", "Du lundi au vendredi": the first day is capitalised only where it opens the line.
    CHECK(text.contains(locale.dayName(1), Qt::CaseInsensitive));
    CHECK(text.contains(locale.dayName(5)));
    // Payment terms: the late-payment rate in the document's locale.
    CHECK(text.contains(simplified(DocumentLanguage(language).percent(1215))));
}

} // namespace

TEST_CASE("The letter of an hourly mission states the rate in the client's language", "[documents][mission]")
{
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString text = letterText(letterData(Mission::Billing::Hourly, language));
        checkCommonFacts(text, language);
        CHECK(text.contains(simplified(euros(4500).format(localeOf(language)))));
    }
    // Formats that differ between the two: the amount and the dates.
    CHECK(letterText(letterData(Mission::Billing::Hourly, QStringLiteral("fr"))).contains(u8("45,00 €")));
    const QString english = letterText(letterData(Mission::Billing::Hourly, QStringLiteral("en")));
    CHECK(english.contains(u8("€45.00 per hour")));
    CHECK(english.contains(QStringLiteral("1 December 2026")));
    CHECK(english.contains(QStringLiteral("Monday to Friday")));
    CHECK(english.contains(QStringLiteral("Read and approved")));
    CHECK(english.contains(QStringLiteral("The service provider")));
}

TEST_CASE("The letter of a package mission states the hours the fee and the overage rate", "[documents][mission]")
{
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString text = letterText(letterData(Mission::Billing::Package, language));
        checkCommonFacts(text, language);
        CHECK(text.contains(simplified(euros(80000).format(localeOf(language)))));
        CHECK(text.contains(simplified(euros(5000).format(localeOf(language)))));
        CHECK(text.contains(QStringLiteral("20")));
    }
    CHECK(letterText(letterData(Mission::Billing::Package, QStringLiteral("fr"))).contains(u8("800,00 €")));
    CHECK(letterText(letterData(Mission::Billing::Package, QStringLiteral("en"))).contains(u8("€800.00")));

    MissionLetterData carried = letterData(Mission::Billing::Package, QStringLiteral("en"));
    carried.mission.overage = Mission::Overage::Carried;
    carried.mission.packageMinutes = 7 * 60 + 30;
    const QString text = letterText(carried);
    CHECK(text.contains(QStringLiteral("7h30")));
    CHECK(text.contains(QStringLiteral("Carried over")));
    CHECK_FALSE(text.contains(u8("€50.00")));
}

TEST_CASE("The letter of a fixed fee mission states the monthly fee", "[documents][mission]")
{
    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const QString text = letterText(letterData(Mission::Billing::Fixed, language));
        checkCommonFacts(text, language);
        CHECK(text.contains(simplified(euros(150000).format(localeOf(language)))));
    }
    CHECK(letterText(letterData(Mission::Billing::Fixed, QStringLiteral("fr"))).contains(u8("1 500,00 €")));
    CHECK(letterText(letterData(Mission::Billing::Fixed, QStringLiteral("en"))).contains(u8("€1,500.00")));
}

TEST_CASE("The letter's language follows the client unless one is asked for", "[documents][mission]")
{
    MissionLetterData data = letterData(Mission::Billing::Hourly, QStringLiteral("fr"));
    auto built = MissionLetter::build(data);
    BUREAU_REQUIRE_OK(built);
    CHECK(built->language.code() == QStringLiteral("fr"));
    data.language = QStringLiteral("en");
    built = MissionLetter::build(data);
    BUREAU_REQUIRE_OK(built);
    CHECK(built->language.code() == QStringLiteral("en"));
    CHECK(built->title == QStringLiteral("Letter of engagement"));
    CHECK(built->reference == data.client.name);

    data.language = QStringLiteral("de");
    const auto refused = MissionLetter::build(data);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
}

TEST_CASE("A private client's letter has no late-payment penalties and one zone when both share it",
          "[documents][mission]")
{
    MissionLetterData data = letterData(Mission::Billing::Hourly, QStringLiteral("en"));
    data.client.professional = false;
    data.mission.timeZone = QStringLiteral("Europe/Paris");
    const QString text = letterText(data);
    CHECK_FALSE(text.contains(QStringLiteral("L441-10")));
    CHECK_FALSE(text.contains(QStringLiteral("America/Montreal")));
    CHECK(text.contains(QStringLiteral("Agreed hours (Europe/Paris)")));
    CHECK_FALSE(text.contains(u8("15:00–18:00")));

    data.client.professional = true;
    CHECK(letterText(data).contains(QStringLiteral("L441-10")));
}

TEST_CASE("A letter without what it must state is refused", "[documents][mission]")
{
    MissionLetterData noRate = letterData(Mission::Billing::Hourly, QStringLiteral("en"));
    noRate.mission.hourlyRate = Money();
    auto refused = MissionLetter::render(noRate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    // …unless the client or the profile gives a rate.
    noRate.client.hourlyRate = euros(6000);
    const auto built = MissionLetter::build(noRate);
    BUREAU_REQUIRE_OK(built);

    MissionLetterData noFee = letterData(Mission::Billing::Fixed, QStringLiteral("en"));
    noFee.mission.monthlyFee = Money();
    CHECK_FALSE(MissionLetter::build(noFee).ok());

    MissionLetterData noPackage = letterData(Mission::Billing::Package, QStringLiteral("en"));
    noPackage.mission.packageMinutes = 0;
    CHECK_FALSE(MissionLetter::build(noPackage).ok());

    MissionLetterData noSeller = letterData(Mission::Billing::Hourly, QStringLiteral("en"));
    noSeller.seller.legalName.clear();
    refused = MissionLetter::render(noSeller);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("business profile")));

    MissionLetterData badZone = letterData(Mission::Billing::Hourly, QStringLiteral("en"));
    badZone.mission.timeZone = QStringLiteral("Mars/Olympus");
    CHECK_FALSE(MissionLetter::build(badZone).ok());

    MissionLetterData noDate = letterData(Mission::Billing::Hourly, QStringLiteral("en"));
    noDate.date = QDate();
    CHECK_FALSE(MissionLetter::build(noDate).ok());

    MissionLetterData badSlot = letterData(Mission::Billing::Hourly, QStringLiteral("en"));
    badSlot.mission.workingSlots.append(WorkingSlot{2, 14 * 60, 13 * 60});
    CHECK_FALSE(MissionLetter::build(badSlot).ok());
}

TEST_CASE("Writing the letter gives a PDF file or an error naming the path", "[documents][mission]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("lettre.pdf"));
    BUREAU_REQUIRE_OK(MissionLetter::write(letterData(Mission::Billing::Hourly, QStringLiteral("fr")), path));
    CHECK(Bureau::Test::readAll(path).startsWith("%PDF-"));

    const QString bad = dir.file(QStringLiteral("missing/lettre.pdf"));
    const auto failed = MissionLetter::write(letterData(Mission::Billing::Hourly, QStringLiteral("fr")), bad);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == Error::Kind::Io);
}

TEST_CASE("Working slots move to the seller's zone with the daylight saving time of both", "[documents][mission]")
{
    const QString montreal = QStringLiteral("America/Montreal");
    const QString paris = QStringLiteral("Europe/Paris");
    const QList<WorkingSlot> morning{WorkingSlot{1, 9 * 60, 12 * 60}};
    // Winter: 6 hours apart.
    CHECK(MissionLetter::slotsInZone(morning, montreal, paris, QDate(2026, 12, 2))
          == QList<WorkingSlot>{WorkingSlot{1, 15 * 60, 18 * 60}});
    // North America moved to summer time on 8 March 2026, Europe on 29 March: 5 hours apart.
    CHECK(MissionLetter::slotsInZone(morning, montreal, paris, QDate(2026, 3, 11))
          == QList<WorkingSlot>{WorkingSlot{1, 14 * 60, 17 * 60}});
    // Across midnight: cut in two.
    CHECK(MissionLetter::slotsInZone({WorkingSlot{1, 17 * 60, 20 * 60}}, montreal, paris, QDate(2026, 12, 2))
          == QList<WorkingSlot>{WorkingSlot{1, 23 * 60, 24 * 60}, WorkingSlot{2, 0, 2 * 60}});
    // Into the next week, and back into the previous one.
    CHECK(MissionLetter::slotsInZone({WorkingSlot{7, 20 * 60, 22 * 60}}, montreal, paris, QDate(2026, 12, 2))
          == QList<WorkingSlot>{WorkingSlot{1, 2 * 60, 4 * 60}});
    CHECK(MissionLetter::slotsInZone({WorkingSlot{1, 60, 120}}, paris, montreal, QDate(2026, 12, 2))
          == QList<WorkingSlot>{WorkingSlot{7, 19 * 60, 20 * 60}});
    // One zone: unchanged.
    CHECK(MissionLetter::slotsInZone(morning, paris, paris, QDate(2026, 12, 2)) == morning);
}

TEST_CASE("Working slots are described by groups of days with the same hours", "[documents][mission]")
{
    const DocumentLanguage english(QStringLiteral("en"));
    QList<WorkingSlot> week;
    for (int day = 1; day <= 5; ++day)
        week.append(WorkingSlot{day, 9 * 60, 12 * 60});
    CHECK(MissionLetter::describeSlots(week, english) == QStringList{u8("Monday to Friday: 09:00–12:00")});

    const QList<WorkingSlot> mixed{WorkingSlot{6, 10 * 60, 12 * 60}, WorkingSlot{1, 14 * 60, 17 * 60},
                                   WorkingSlot{1, 9 * 60, 12 * 60},  WorkingSlot{3, 9 * 60, 12 * 60},
                                   WorkingSlot{3, 14 * 60, 17 * 60}, WorkingSlot{4, 8 * 60, 10 * 60},
                                   WorkingSlot{5, 8 * 60, 10 * 60}};
    CHECK(MissionLetter::describeSlots(mixed, english)
          == QStringList{u8("Monday, Wednesday: 09:00–12:00, 14:00–17:00"), u8("Thursday, Friday: 08:00–10:00"),
                         u8("Saturday: 10:00–12:00")});

    const QStringList french = MissionLetter::describeSlots(week, DocumentLanguage(QStringLiteral("fr")));
    REQUIRE(french.size() == 1);
    // The French catalogue turns "%1 to %2" into "du %1 au %2", capitalised at the start of the line.
    CHECK(french.constFirst() == u8("Du lundi au vendredi\u00a0: 09:00–12:00"));
}

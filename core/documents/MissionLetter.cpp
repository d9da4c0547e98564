// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/MissionLetter.h"

#include "core/documents/DocumentRenderer.h"
#include "core/domain/Duration.h"
#include "core/domain/Identifiers.h"

#include <QDateTime>
#include <QMap>
#include <QTime>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace Bureau
{

namespace
{

constexpr int kMinutesPerDay = 24 * 60;
/** Room for a handwritten signature, in points. */
constexpr qreal kSignatureSpace = 56;

QTimeZone zoneOf(const QString& id)
{
    return id.isEmpty() ? QTimeZone() : QTimeZone(id.toUtf8());
}

/** The country's name in the document's language where Qt knows it, in English otherwise. */
QString countryName(const QString& code, const DocumentLanguage& language)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    const QLocale local(language.locale().language(), territory);
    if (local.territory() == territory && local.language() == language.locale().language())
        return local.nativeTerritoryName();
    return QLocale::territoryToString(territory);
}

/** Street lines, then "postal code city", then the country when it is not @p homeCountry. */
QStringList addressLines(const QStringList& street, const QString& postalCode, const QString& city,
                         const QString& country, const QString& homeCountry, const DocumentLanguage& language)
{
    QStringList lines;
    for (const QString& line : street) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    const QString town = QStringList{postalCode.trimmed(), city.trimmed()}.join(u' ').trimmed();
    if (!town.isEmpty())
        lines.append(town);
    if (!country.isEmpty() && country != homeCountry)
        lines.append(countryName(country, language));
    return lines;
}

QString identifierLine(const QString& digits, const DocumentLanguage& l)
{
    const QString formatted = Identifiers::formatSirenOrSiret(digits);
    return digits.size() == 9 ? l.translate("MissionLetter", "SIREN: %1").arg(formatted)
                              : l.translate("MissionLetter", "SIRET: %1").arg(formatted);
}

/** The rate of hours of an hourly mission: the mission's, else the client's, else the profile's. */
Money hourlyRateOf(const MissionLetterData& data)
{
    if (data.mission.hourlyRate.isValid())
        return data.mission.hourlyRate;
    if (data.client.hourlyRate.isValid())
        return data.client.hourlyRate;
    return data.seller.hourlyRate;
}

bool isValidSlot(const WorkingSlot& slot)
{
    return slot.weekday >= 1 && slot.weekday <= 7 && slot.startMinute >= 0 && slot.startMinute < slot.endMinute
           && slot.endMinute <= kMinutesPerDay;
}

Status check(const MissionLetterData& data)
{
    if (data.seller.legalName.trimmed().isEmpty()) {
        return Error::make(Error::Kind::Invalid,
                           MissionLetter::tr("Fill in your name in your business profile before printing a letter "
                                             "of engagement."));
    }
    if (!data.date.isValid()) {
        return Error::make(Error::Kind::Invalid, MissionLetter::tr("The letter has no date."),
                           QStringLiteral("MissionLetterData::date is invalid"));
    }
    if (data.client.name.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, MissionLetter::tr("The client has no name."));
    if (!data.language.isEmpty() && !DocumentLanguage::isSupported(data.language)) {
        return Error::make(
            Error::Kind::Invalid,
            MissionLetter::tr("Documents can be written in French or English, not “%1”.").arg(data.language));
    }
    const Mission& mission = data.mission;
    if (mission.title.trimmed().isEmpty())
        return Error::make(Error::Kind::Invalid, MissionLetter::tr("The mission has no title."));
    if (mission.startsOn.isValid() && mission.endsOn.isValid() && mission.endsOn < mission.startsOn)
        return Error::make(Error::Kind::Invalid, MissionLetter::tr("The mission ends before it starts."));
    switch (mission.billing) {
    case Mission::Billing::Hourly:
        if (!hourlyRateOf(data).isValid()) {
            return Error::make(Error::Kind::Invalid,
                               MissionLetter::tr("The mission has no hourly rate, and neither the client nor your "
                                                 "business profile gives one."));
        }
        break;
    case Mission::Billing::Package:
        if (mission.packageMinutes <= 0 || !mission.packageFee.isValid()) {
            return Error::make(Error::Kind::Invalid,
                               MissionLetter::tr("The mission’s package needs a number of hours and a monthly fee."));
        }
        if (mission.overage == Mission::Overage::Billed && !mission.overageRate.isValid()
            && !hourlyRateOf(data).isValid()) {
            return Error::make(Error::Kind::Invalid,
                               MissionLetter::tr("The mission bills the hours beyond its package but gives no rate "
                                                 "for them, and neither the client nor your business profile gives "
                                                 "an hourly rate."));
        }
        break;
    case Mission::Billing::Fixed:
        if (!mission.monthlyFee.isValid())
            return Error::make(Error::Kind::Invalid, MissionLetter::tr("The mission has no monthly fee."));
        break;
    }
    if (!mission.workingSlots.isEmpty()) {
        if (!zoneOf(mission.timeZone).isValid()) {
            return Error::make(Error::Kind::Invalid,
                               MissionLetter::tr("The mission’s time zone “%1” is not known.").arg(mission.timeZone));
        }
        for (const WorkingSlot& slot : mission.workingSlots) {
            if (!isValidSlot(slot)) {
                return Error::make(Error::Kind::Invalid,
                                   MissionLetter::tr("A working slot of the mission ends before it starts."),
                                   QStringLiteral("weekday %1, %2–%3 min")
                                       .arg(slot.weekday)
                                       .arg(slot.startMinute)
                                       .arg(slot.endMinute));
            }
        }
    }
    return {};
}

QString footerText(const BusinessProfile& seller, const DocumentLanguage& l)
{
    QStringList parts{seller.legalNameWithMention()};
    if (!seller.tradeName.trimmed().isEmpty())
        parts.append(seller.tradeName.trimmed());
    QStringList address = seller.addressLines;
    address.append(QStringList{seller.postalCode, seller.city}.join(u' ').trimmed());
    address.removeAll(QString());
    if (!address.isEmpty())
        parts.append(address.join(QStringLiteral(", ")));
    if (!seller.siret.isEmpty()) {
        parts.append(
            l.translate("MissionLetter", "SIRET %1", "footer").arg(Identifiers::formatSirenOrSiret(seller.siret)));
    }
    if (seller.vatRegime == BusinessProfile::VatRegime::Franchise)
        parts.append(l.translate("Document", "VAT not applicable, art. 293 B of the French Tax Code (CGI)"));
    else if (!seller.vatNumber.isEmpty())
        parts.append(l.translate("MissionLetter", "VAT number %1", "footer").arg(seller.vatNumber));
    return parts.join(QStringLiteral(" · "));
}

DocumentBox sellerBox(const MissionLetterData& data, const DocumentLanguage& l)
{
    const BusinessProfile& seller = data.seller;
    DocumentBox box;
    box.title = l.translate("MissionLetter", "The service provider");
    box.lines.append(seller.legalNameWithMention());
    if (!seller.tradeName.trimmed().isEmpty())
        box.lines.append(l.translate("MissionLetter", "Trading as %1").arg(seller.tradeName.trimmed()));
    box.lines +=
        addressLines(seller.addressLines, seller.postalCode, seller.city, seller.country, data.client.country, l);
    if (!seller.siret.isEmpty())
        box.lines.append(identifierLine(seller.siret, l));
    if (!seller.vatNumber.isEmpty())
        box.lines.append(l.translate("MissionLetter", "VAT number: %1").arg(seller.vatNumber));
    if (!seller.email.isEmpty())
        box.lines.append(seller.email);
    if (!seller.phone.isEmpty())
        box.lines.append(seller.phone);
    return box;
}

DocumentBox clientBox(const MissionLetterData& data, const DocumentLanguage& l)
{
    const Client& client = data.client;
    DocumentBox box;
    box.title = l.translate("MissionLetter", "The client");
    const QString legalForm = client.legalForm.trimmed();
    const QString name = client.name.trimmed();
    box.lines.append(
        legalForm.isEmpty() || name.endsWith(legalForm, Qt::CaseInsensitive) ? name : QString(name + u' ' + legalForm));
    box.lines +=
        addressLines(client.addressLines, client.postalCode, client.city, client.country, data.seller.country, l);
    if (!client.siret.isEmpty())
        box.lines.append(identifierLine(client.siret, l));
    if (!client.vatNumber.isEmpty())
        box.lines.append(l.translate("MissionLetter", "VAT number: %1").arg(client.vatNumber));
    if (!client.mainEmail().isEmpty())
        box.lines.append(client.mainEmail());
    if (!data.clientSignatory.trimmed().isEmpty())
        box.lines.append(l.translate("MissionLetter", "Represented by %1").arg(data.clientSignatory.trimmed()));
    return box;
}

QString periodText(const Mission& mission, const DocumentLanguage& l)
{
    if (mission.startsOn.isValid() && mission.endsOn.isValid()) {
        return l.translate("MissionLetter", "The mission starts on %1 and ends on %2.")
            .arg(l.date(mission.startsOn), l.date(mission.endsOn));
    }
    if (mission.startsOn.isValid())
        return l.translate("MissionLetter", "The mission starts on %1, with no set end date.")
            .arg(l.date(mission.startsOn));
    if (mission.endsOn.isValid()) {
        return l.translate("MissionLetter", "The mission starts when this letter is signed and ends on %1.")
            .arg(l.date(mission.endsOn));
    }
    return l.translate("MissionLetter", "The mission starts when this letter is signed, with no set end date.");
}

QString packageText(const Mission& mission, const DocumentLanguage& l)
{
    const QString fee = l.money(mission.packageFee);
    if (mission.packageMinutes % 60 == 0) {
        // (An arithmetic argument would hide the call from lupdate.)
        const int hours = mission.packageMinutes / 60;
        return l.translate("MissionLetter", "%n hour(s) a month for %1", nullptr, hours).arg(fee);
    }
    return l.translate("MissionLetter", "%1 a month for %2")
        .arg(Duration::fromMinutes(mission.packageMinutes).format(l.locale()), fee);
}

QString roundingText(const RoundingRule& rule, const DocumentLanguage& l)
{
    const bool up = rule.mode == RoundingRule::Mode::Up;
    const bool perEntry = rule.scope == RoundingRule::Scope::PerEntry;
    const char* text =
        up ? (perEntry ? QT_TRANSLATE_NOOP("MissionLetter", "Billable time is rounded up to the next %1 minutes, "
                                                            "time entry by time entry.")
                       : QT_TRANSLATE_NOOP("MissionLetter", "Billable time is rounded up to the next %1 minutes, "
                                                            "invoice line by invoice line."))
           : (perEntry ? QT_TRANSLATE_NOOP("MissionLetter", "Billable time is rounded to the nearest %1 minutes, "
                                                            "time entry by time entry.")
                       : QT_TRANSLATE_NOOP("MissionLetter", "Billable time is rounded to the nearest %1 minutes, "
                                                            "invoice line by invoice line."));
    return l.translate("MissionLetter", text).arg(l.locale().toString(rule.stepMinutes));
}

void addFees(DocumentModel& doc, const MissionLetterData& data, const DocumentLanguage& l)
{
    const Mission& mission = data.mission;
    QList<std::pair<QString, QString>> pairs;
    bool timeIsBilled = false;
    switch (mission.billing) {
    case Mission::Billing::Hourly:
        pairs.append({l.translate("MissionLetter", "Billing"), l.translate("MissionLetter", "By the hour")});
        pairs.append({l.translate("MissionLetter", "Hourly rate"),
                      l.translate("MissionLetter", "%1 per hour").arg(l.money(hourlyRateOf(data)))});
        timeIsBilled = true;
        break;
    case Mission::Billing::Package:
        pairs.append({l.translate("MissionLetter", "Billing"), l.translate("MissionLetter", "Monthly package")});
        pairs.append({l.translate("MissionLetter", "Package"), packageText(mission, l)});
        if (mission.overage == Mission::Overage::Billed) {
            const Money rate = mission.overageRate.isValid() ? mission.overageRate : hourlyRateOf(data);
            pairs.append({l.translate("MissionLetter", "Hours beyond the package"),
                          l.translate("MissionLetter", "Billed at %1 per hour").arg(l.money(rate))});
            timeIsBilled = true;
        } else {
            pairs.append({l.translate("MissionLetter", "Hours beyond the package"),
                          l.translate("MissionLetter", "Carried over to the following month")});
        }
        break;
    case Mission::Billing::Fixed:
        pairs.append({l.translate("MissionLetter", "Billing"), l.translate("MissionLetter", "Fixed monthly fee")});
        pairs.append({l.translate("MissionLetter", "Monthly fee"),
                      l.translate("MissionLetter", "%1 a month").arg(l.money(mission.monthlyFee))});
        break;
    }
    if (timeIsBilled && data.client.rounding.stepMinutes > 0)
        pairs.append({l.translate("MissionLetter", "Time rounding"), roundingText(data.client.rounding, l)});
    pairs.append({l.translate("MissionLetter", "VAT"),
                  data.seller.vatRegime == BusinessProfile::VatRegime::Franchise
                      ? l.translate("Document", "VAT not applicable, art. 293 B of the French Tax Code (CGI)")
                      : l.translate("MissionLetter", "Amounts exclude VAT, which is charged as French law requires.")});
    pairs.append({l.translate("MissionLetter", "Invoicing"),
                  l.translate("MissionLetter", "An invoice is issued at the end of each month.")});
    doc.addKeyValues(pairs);
}

void addPayment(DocumentModel& doc, const MissionLetterData& data, const DocumentLanguage& l)
{
    const BusinessProfile& seller = data.seller;
    const int days = data.client.paymentTermsDays.value_or(seller.paymentTermsDays);
    QList<std::pair<QString, QString>> pairs;
    pairs.append({l.translate("MissionLetter", "Payment terms"),
                  days <= 0 ? l.translate("MissionLetter", "On receipt of the invoice")
                            : l.translate("MissionLetter", "%n day(s) from the invoice date", nullptr, days)});
    if (!seller.iban.isEmpty()) {
        QStringList method{l.translate("MissionLetter", "Bank transfer"),
                           l.translate("MissionLetter", "IBAN: %1").arg(Identifiers::formatIban(seller.iban))};
        if (!seller.bic.isEmpty())
            method.append(l.translate("MissionLetter", "BIC: %1").arg(seller.bic));
        pairs.append({l.translate("MissionLetter", "Payment method"), method.join(u'\n')});
    }
    doc.addKeyValues(pairs);
    if (data.client.professional) {
        // The mentions of invoices to professionals (Code de commerce, L441-10 and D441-5), agreed beforehand.
        doc.addParagraph(l.translate("Document", "Late payment: penalties at a rate of %1 (art. L441-10 of the French "
                                                 "Commercial Code).")
                             .arg(l.percent(seller.latePenaltyBasisPoints)),
                         DocumentBlock::Style::Small);
        doc.addParagraph(l.translate("Document", "Fixed recovery fee for late payment: €40 (art. D441-5 of the French "
                                                 "Commercial Code)."),
                         DocumentBlock::Style::Small);
        doc.addParagraph(l.translate("Document", "No discount for early payment."), DocumentBlock::Style::Small);
    }
}

DocumentBox signatureBox(const QString& title, const QString& name, const DocumentLanguage& l)
{
    DocumentBox box;
    box.title = title;
    box.lines =
        QStringList{name, l.translate("MissionLetter", "Read and approved"), l.translate("MissionLetter", "Date:"),
                    l.translate("MissionLetter", "Place:"), l.translate("MissionLetter", "Signature:")};
    box.signatureSpace = kSignatureSpace;
    return box;
}

} // namespace

QList<WorkingSlot> MissionLetter::slotsInZone(const QList<WorkingSlot>& weekly, const QString& fromZone,
                                              const QString& toZone, const QDate& week)
{
    const QTimeZone from = zoneOf(fromZone);
    const QTimeZone to = zoneOf(toZone);
    QList<WorkingSlot> result;
    if (!from.isValid() || !to.isValid() || from == to || !week.isValid()) {
        result = weekly;
    } else {
        const QDate monday = week.addDays(1 - week.dayOfWeek());
        const auto wrap = [](qint64 day) { return static_cast<int>(((day - 1) % 7 + 7) % 7 + 1); };
        for (const WorkingSlot& slot : weekly) {
            if (!isValidSlot(slot))
                continue;
            const QDate day = monday.addDays(slot.weekday - 1);
            const QDateTime start(day, QTime(slot.startMinute / 60, slot.startMinute % 60), from);
            const QDateTime end = slot.endMinute == kMinutesPerDay
                                      ? QDateTime(day.addDays(1), QTime(0, 0), from)
                                      : QDateTime(day, QTime(slot.endMinute / 60, slot.endMinute % 60), from);
            const QDateTime there = start.toTimeZone(to);
            const int length = static_cast<int>(start.secsTo(end) / 60);
            const int weekday = wrap(static_cast<int>(monday.daysTo(there.date())) + 1);
            const int startMinute = there.time().hour() * 60 + there.time().minute();
            const int endMinute = startMinute + length;
            if (endMinute <= kMinutesPerDay) {
                result.append(WorkingSlot{weekday, startMinute, endMinute});
            } else {
                result.append(WorkingSlot{weekday, startMinute, kMinutesPerDay});
                result.append(WorkingSlot{wrap(weekday + 1), 0, endMinute - kMinutesPerDay});
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const WorkingSlot& a, const WorkingSlot& b) {
        return std::tie(a.weekday, a.startMinute, a.endMinute) < std::tie(b.weekday, b.startMinute, b.endMinute);
    });
    return result;
}

QStringList MissionLetter::describeSlots(const QList<WorkingSlot>& weekly, const DocumentLanguage& l)
{
    // Each day's hours, then the days that share the same hours.
    QMap<int, QList<WorkingSlot>> byDay;
    for (const WorkingSlot& slot : weekly) {
        if (isValidSlot(slot))
            byDay[slot.weekday].append(slot);
    }
    QMap<int, QString> hours;
    for (auto it = byDay.begin(); it != byDay.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const WorkingSlot& a, const WorkingSlot& b) { return a.startMinute < b.startMinute; });
        QStringList ranges;
        for (const WorkingSlot& slot : *it)
            ranges.append(QString(l.timeOfDay(slot.startMinute) + QChar(0x2013) + l.timeOfDay(slot.endMinute)));
        hours.insert(it.key(), ranges.join(QStringLiteral(", ")));
    }
    QStringList order;
    for (const QString& text : std::as_const(hours)) {
        if (!order.contains(text))
            order.append(text);
    }
    QStringList lines;
    for (const QString& text : std::as_const(order)) {
        QList<int> days;
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            if (it.value() == text)
                days.append(it.key());
        }
        // Runs of consecutive days: three or more read "Monday to Friday".
        QStringList runs;
        for (qsizetype i = 0; i < days.size();) {
            qsizetype j = i;
            while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1)
                ++j;
            if (j - i >= 2) {
                runs.append(l.translate("MissionLetter", "%1 to %2", "a range of weekdays")
                                .arg(l.weekday(days.at(i)), l.weekday(days.at(j))));
            } else {
                for (qsizetype k = i; k <= j; ++k)
                    runs.append(l.weekday(days.at(k)));
            }
            i = j + 1;
        }
        lines.append(DocumentLanguage::capitalized(
            l.translate("MissionLetter", "%1: %2", "days: hours").arg(runs.join(QStringLiteral(", ")), text)));
    }
    return lines;
}

Result<DocumentModel> MissionLetter::build(const MissionLetterData& data)
{
    if (Status checked = check(data); !checked)
        return checked.error();
    const DocumentLanguage l(data.language.isEmpty() ? data.client.language : data.language);
    const Mission& mission = data.mission;
    const QDate date = data.date;

    DocumentModel doc;
    doc.language = l;
    doc.title = l.translate("MissionLetter", "Letter of engagement");
    doc.reference = data.client.name.trimmed();
    doc.sellerName = data.seller.legalNameWithMention();
    doc.logoFile = data.logoFile;
    doc.footer = footerText(data.seller, l);

    doc.addHeading(l.translate("MissionLetter", "Letter of engagement"), 1);
    doc.addKeyValues({{l.translate("MissionLetter", "Mission"), mission.title.trimmed()},
                      {l.translate("MissionLetter", "Date"), l.date(date)}});

    doc.addHeading(l.translate("MissionLetter", "Parties"));
    doc.addBoxes({sellerBox(data, l), clientBox(data, l)});
    doc.addParagraph(l.translate("MissionLetter", "The client entrusts the service provider, who accepts, with the "
                                                  "mission described below, on the terms of this letter. The service "
                                                  "provider carries it out independently, with their own means."));

    if (!mission.scopeIncluded.trimmed().isEmpty() || !mission.scopeExcluded.trimmed().isEmpty()) {
        doc.addHeading(l.translate("MissionLetter", "Purpose and scope"));
        QList<std::pair<QString, QString>> scope;
        if (!mission.scopeIncluded.trimmed().isEmpty())
            scope.append({l.translate("MissionLetter", "Included"), mission.scopeIncluded.trimmed()});
        if (!mission.scopeExcluded.trimmed().isEmpty())
            scope.append({l.translate("MissionLetter", "Not included"), mission.scopeExcluded.trimmed()});
        doc.addKeyValues(scope);
    }

    doc.addHeading(l.translate("MissionLetter", "Period"));
    doc.addParagraph(periodText(mission, l));

    if (!mission.workingSlots.isEmpty()) {
        doc.addHeading(l.translate("MissionLetter", "Working hours"));
        QList<std::pair<QString, QString>> slotPairs{
            {l.translate("MissionLetter", "Agreed hours (%1)").arg(mission.timeZone),
             describeSlots(mission.workingSlots, l).join(u'\n')}};
        const QString sellerZone = data.seller.timeZone;
        const bool otherZone = zoneOf(sellerZone).isValid() && zoneOf(sellerZone) != zoneOf(mission.timeZone);
        // The offset of the first week of the mission still to come.
        const QDate week = mission.startsOn.isValid() ? std::max(mission.startsOn, date) : date;
        if (otherZone) {
            slotPairs.append(
                {l.translate("MissionLetter", "In the service provider’s time zone (%1)").arg(sellerZone),
                 describeSlots(slotsInZone(mission.workingSlots, mission.timeZone, sellerZone, week), l).join(u'\n')});
        }
        doc.addKeyValues(slotPairs);
        if (otherZone) {
            doc.addParagraph(l.translate("MissionLetter",
                                         "Hours in %1 are those of the week of %2. They can move by an "
                                         "hour for a few weeks a year, when daylight saving time "
                                         "starts or ends on different dates in the two zones.")
                                 .arg(sellerZone, l.date(week.addDays(1 - week.dayOfWeek()))),
                             DocumentBlock::Style::Small);
        }
    }

    doc.addHeading(l.translate("MissionLetter", "Fees and invoicing"));
    addFees(doc, data, l);

    doc.addHeading(l.translate("MissionLetter", "Payment"));
    addPayment(doc, data, l);

    if (mission.reporting != Mission::Reporting::None) {
        doc.addHeading(l.translate("MissionLetter", "Reporting"));
        doc.addParagraph(mission.reporting == Mission::Reporting::Weekly
                             ? l.translate("MissionLetter", "The service provider sends the client a report of the "
                                                            "work done every week.")
                             : l.translate("MissionLetter", "The service provider sends the client a report of the "
                                                            "work done every month."));
    }

    if (!mission.notes.trimmed().isEmpty()) {
        doc.addHeading(l.translate("MissionLetter", "Other terms"));
        doc.addParagraph(mission.notes.trimmed());
    }

    doc.addHeading(l.translate("MissionLetter", "Signatures"));
    doc.addParagraph(l.translate("MissionLetter", "Made in two copies, one for each party.")).keepWithNext = true;
    doc.addBoxes(
        {signatureBox(l.translate("MissionLetter", "The service provider"), data.seller.legalNameWithMention(), l),
         signatureBox(l.translate("MissionLetter", "The client"),
                      data.clientSignatory.trimmed().isEmpty()
                          ? data.client.name.trimmed()
                          : l.translate("MissionLetter", "%1, represented by %2")
                                .arg(data.client.name.trimmed(), data.clientSignatory.trimmed()),
                      l)});
    return doc;
}

Result<QByteArray> MissionLetter::render(const MissionLetterData& data)
{
    auto doc = build(data);
    if (!doc)
        return doc.error();
    return DocumentRenderer::render(*doc);
}

Status MissionLetter::write(const MissionLetterData& data, const QString& pdfPath)
{
    auto pdf = render(data);
    if (!pdf)
        return pdf.error();
    return DocumentRenderer::save(*pdf, pdfPath);
}

} // namespace Bureau

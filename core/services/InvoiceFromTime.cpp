// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/InvoiceFromTime.h"

#include "core/Clock.h"
#include "core/documents/DocumentLanguage.h"
#include "core/domain/BusinessProfile.h"
#include "core/domain/Client.h"
#include "core/domain/Duration.h"
#include "core/domain/LocalCalendar.h"
#include "core/services/PackageUsage.h"
#include "core/storage/ClientRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DocumentRepository.h"
#include "core/storage/ProfileRepository.h"
#include "core/storage/TimeEntryRepository.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace Bureau
{

namespace
{

struct Seller
{
    int vatBasisPoints = 0;
    int paymentTermsDays = 30;
};

Result<Seller> sellerOf(Database& db)
{
    auto profile = ProfileRepository(db).load();
    if (!profile)
        return profile.error();
    Seller seller;
    if (profile->has_value()) {
        seller.vatBasisPoints = (*profile)->vatRegime == BusinessProfile::VatRegime::VatRegistered ? 2000 : 0;
        seller.paymentTermsDays = (*profile)->paymentTermsDays;
    }
    return seller;
}

QString documentLanguageOf(const QString& clientLanguage)
{
    return DocumentLanguage::isSupported(clientLanguage) ? clientLanguage : QStringLiteral("fr");
}

/** "novembre 2026", "November 2026": a month as the document's language writes it. */
QString monthText(const DocumentLanguage& l, QDate month)
{
    return l.locale().toString(month, QStringLiteral("MMMM yyyy"));
}

struct BillingMission
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString title;
    QDate startsOn;
    QDate endsOn;
    bool package = false;
    QString currency;
    qint64 feeCents = 0;
    bool overageBilled = false;
    QString clientLanguage;
    int clientTermsDays = -1;
};

} // namespace

InvoiceFromTime::InvoiceFromTime(Database& database)
    : m_db(database)
{
}

Result<BillingDocument> InvoiceFromTime::draftFromTime(qint64 clientId, QDate first, QDate last,
                                                       BillableTime::Grouping grouping)
{
    if (!first.isValid() || !last.isValid())
        return Error::make(Error::Kind::Invalid, tr("Choose the first and the last day of the work to invoice."));
    if (last < first)
        return Error::make(Error::Kind::Invalid, tr("The period ends before it starts."));
    auto client = ClientRepository(m_db).load(clientId);
    if (!client)
        return client.error();
    auto seller = sellerOf(m_db);
    if (!seller)
        return seller.error();
    const DocumentLanguage l(documentLanguageOf(client->language));

    BillingDocument stored;
    const Status written = m_db.write([&]() -> Status {
        auto lines = BillableTime(m_db).unbilledLines(clientId, first, last, grouping);
        if (!lines)
            return lines.error();
        if (lines->isEmpty())
            return Error::make(Error::Kind::Invalid,
                               tr("%1 has no unbilled billable time from %2 to %3.")
                                   .arg(client->name, QLocale().toString(first, QLocale::ShortFormat),
                                        QLocale().toString(last, QLocale::ShortFormat)));
        QStringList withoutRate;
        QStringList otherCurrency;
        for (const BillableTime::Line& line : std::as_const(*lines)) {
            if (!line.rate)
                withoutRate.append(line.label);
            else if (line.rate->currency() != client->currency)
                otherCurrency.append(line.label);
        }
        if (!withoutRate.isEmpty())
            return Error::make(Error::Kind::Invalid,
                               tr("No hourly rate is set for: %1. Set a rate on the mission, the client or your "
                                  "profile.")
                                   .arg(withoutRate.join(QStringLiteral(", "))));
        if (!otherCurrency.isEmpty())
            return Error::make(Error::Kind::Invalid,
                               tr("The rate of %1 is not in %2, the client's currency.")
                                   .arg(otherCurrency.join(QStringLiteral(", ")), client->currency));

        // Mission titles, for day lines ("27 novembre 2026 — Support").
        QHash<qint64, QString> missionTitles;
        if (grouping == BillableTime::Grouping::Day) {
            QSqlQuery query(m_db.connection());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT id, title FROM missions WHERE client_id = ?"));
            query.addBindValue(clientId);
            if (!query.exec())
                return Database::sqlError(tr("The draft invoice could not be made."), query.lastError());
            while (query.next())
                missionTitles.insert(query.value(0).toLongLong(), query.value(1).toString());
            query.finish();
        }

        BillingDocument draft;
        draft.kind = BillingDocument::Kind::Invoice;
        draft.clientId = clientId;
        draft.language = l.code();
        draft.currency = client->currency;
        draft.paymentTermsDays = client->paymentTermsDays.value_or(seller->paymentTermsDays);
        draft.serviceFrom = first;
        draft.serviceTo = last;
        QList<qint64> entryIds;
        for (const BillableTime::Line& line : std::as_const(*lines)) {
            DocumentLine out;
            out.kind = DocumentLine::Kind::Service;
            if (grouping == BillableTime::Grouping::Day) {
                const QString mission = missionTitles.value(line.missionId);
                out.description =
                    mission.isEmpty()
                        ? l.date(line.day)
                        : l.translate("InvoiceFromTime", "%1 — %2", "day — mission").arg(l.date(line.day), mission);
            } else if (line.label == BillableTime::tr("Other work")) {
                out.description = l.translate("BillableTime", "Other work");
            } else {
                out.description = line.label;
            }
            out.quantityThousandths = line.quantityThousandths;
            out.unit = DocumentLine::Unit::Hour;
            out.unitPriceCents = line.rate->cents();
            out.vatBasisPoints = seller->vatBasisPoints;
            out.missionId = line.missionId;
            out.taskId = line.taskId;
            draft.lines.append(out);
            entryIds.append(line.entryIds);
        }
        auto added = DocumentRepository(m_db).addDraftInTransaction(draft);
        if (!added)
            return added.error();
        if (const Status attached = TimeEntryRepository(m_db).attachToDocumentInTransaction(entryIds, added->id);
            !attached)
            return attached;
        stored = *added;
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

Result<QList<BillingDocument>> InvoiceFromTime::monthlyDrafts(QDate today)
{
    if (!today.isValid())
        return Error::make(Error::Kind::Invalid, tr("Choose the day up to which monthly invoices are made."));
    // Months that ended before today (in the user's zone: @p today is a local day), 12 at most.
    const QDate lastMonth = LocalCalendar::monthStart(today).addMonths(-1);
    const QDate firstMonth = LocalCalendar::monthStart(today).addMonths(-12);
    const QDate lastDay = LocalCalendar::monthStart(today).addDays(-1);

    auto seller = sellerOf(m_db);
    if (!seller)
        return seller.error();

    QList<BillingMission> missions;
    QSet<QString> made;
    {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT m.id, m.client_id, m.title, m.starts_on, m.ends_on, m.billing_mode, m.currency, "
            "  CASE m.billing_mode WHEN 'package' THEN coalesce(m.package_fee_cents, 0) "
            "                      ELSE coalesce(m.monthly_fee_cents, 0) END, "
            "  m.overage, c.language, coalesce(c.payment_terms_days, -1) "
            "FROM missions m JOIN clients c ON c.id = m.client_id "
            "WHERE m.billing_mode IN ('package', 'fixed') AND m.status IN ('active', 'ended') "
            "  AND m.starts_on <= ? AND (m.ends_on IS NULL OR m.ends_on >= ?) ORDER BY m.client_id, m.id"));
        query.addBindValue(lastDay.toString(Qt::ISODate));
        query.addBindValue(firstMonth.toString(Qt::ISODate));
        if (!query.exec())
            return Database::sqlError(tr("The monthly invoices could not be prepared."), query.lastError());
        while (query.next()) {
            BillingMission mission;
            mission.id = query.value(0).toLongLong();
            mission.clientId = query.value(1).toLongLong();
            mission.title = query.value(2).toString();
            mission.startsOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            mission.endsOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
            mission.package = query.value(5).toString() == QLatin1String("package");
            mission.currency = query.value(6).toString();
            mission.feeCents = query.value(7).toLongLong();
            mission.overageBilled = query.value(8).toString() == QLatin1String("billed");
            mission.clientLanguage = query.value(9).toString();
            mission.clientTermsDays = query.value(10).toInt();
            missions.append(mission);
        }
        query.finish();

        query.prepare(QStringLiteral("SELECT mission_id, month FROM mission_billing_runs WHERE month >= ?"));
        query.addBindValue(LocalCalendar::monthKey(firstMonth));
        if (!query.exec())
            return Database::sqlError(tr("The monthly invoices could not be prepared."), query.lastError());
        while (query.next())
            made.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString());
        query.finish();
    }

    QList<BillingDocument> drafts;
    for (const BillingMission& mission : std::as_const(missions)) {
        QDate month = std::max(firstMonth, LocalCalendar::monthStart(mission.startsOn));
        const QDate until =
            mission.endsOn.isValid() ? std::min(lastMonth, LocalCalendar::monthStart(mission.endsOn)) : lastMonth;
        for (; month <= until; month = month.addMonths(1)) {
            const QString key = LocalCalendar::monthKey(month);
            if (made.contains(QString::number(mission.id) + QLatin1Char('|') + key))
                continue;
            const QDate monthEnd = month.addMonths(1).addDays(-1);
            const DocumentLanguage l(documentLanguageOf(mission.clientLanguage));

            BillingDocument draft;
            draft.kind = BillingDocument::Kind::Invoice;
            draft.clientId = mission.clientId;
            draft.language = l.code();
            draft.currency = mission.currency;
            draft.title = mission.title;
            draft.paymentTermsDays = mission.clientTermsDays >= 0 ? mission.clientTermsDays : seller->paymentTermsDays;
            draft.serviceFrom = month;
            draft.serviceTo = monthEnd;

            DocumentLine fee;
            fee.kind = DocumentLine::Kind::Service;
            fee.description = mission.package
                                  ? l.translate("InvoiceFromTime", "Monthly package — %1").arg(monthText(l, month))
                                  : l.translate("InvoiceFromTime", "Monthly fee — %1").arg(monthText(l, month));
            fee.quantityThousandths = 1000;
            fee.unit = DocumentLine::Unit::Flat;
            fee.unitPriceCents = mission.feeCents;
            fee.vatBasisPoints = seller->vatBasisPoints;
            fee.missionId = mission.id;
            draft.lines.append(fee);

            BillingDocument stored;
            const Status written = m_db.write([&]() -> Status {
                if (mission.package && mission.overageBilled) {
                    auto usage = PackageUsage(m_db).forMission(mission.id, month);
                    if (!usage)
                        return usage.error();
                    if (usage->overageMinutes > 0) {
                        auto rate = BillableTime(m_db).hourlyRate(mission.clientId, mission.id);
                        if (!rate)
                            return rate.error();
                        if (!rate->has_value())
                            return Error::make(
                                Error::Kind::Invalid,
                                tr("The hours beyond the package of “%1” in %2 have no rate. Set an "
                                   "overage rate on the mission.")
                                    .arg(mission.title, QLocale().toString(month, QStringLiteral("MMMM yyyy"))));
                        DocumentLine overage;
                        overage.kind = DocumentLine::Kind::Service;
                        overage.description =
                            l.translate("InvoiceFromTime", "Hours beyond the package — %1").arg(monthText(l, month));
                        overage.quantityThousandths =
                            Duration::fromMinutes(usage->overageMinutes).toInvoiceQuantityThousandths();
                        overage.unit = DocumentLine::Unit::Hour;
                        overage.unitPriceCents = (*rate)->cents();
                        overage.vatBasisPoints = seller->vatBasisPoints;
                        overage.missionId = mission.id;
                        draft.lines.append(overage);
                    }
                }
                auto added = DocumentRepository(m_db).addDraftInTransaction(draft);
                if (!added)
                    return added.error();

                QSqlQuery query(m_db.connection());
                query.setForwardOnly(true);
                query.prepare(
                    QStringLiteral("SELECT id FROM time_entries WHERE mission_id = ? AND day >= ? AND day <= ? "
                                   "AND billable = 1 AND document_id IS NULL AND ended_at IS NOT NULL "
                                   "AND locked = 0 ORDER BY id"));
                query.addBindValue(mission.id);
                query.addBindValue(month.toString(Qt::ISODate));
                query.addBindValue(monthEnd.toString(Qt::ISODate));
                if (!query.exec())
                    return Database::sqlError(tr("The monthly invoices could not be made."), query.lastError());
                QList<qint64> entryIds;
                while (query.next())
                    entryIds.append(query.value(0).toLongLong());
                query.finish();
                if (!entryIds.isEmpty()) {
                    if (const Status attached =
                            TimeEntryRepository(m_db).attachToDocumentInTransaction(entryIds, added->id);
                        !attached)
                        return attached;
                }

                query.prepare(
                    QStringLiteral("INSERT INTO mission_billing_runs (mission_id, month, document_id, created_at) "
                                   "VALUES (?, ?, ?, ?)"));
                query.addBindValue(mission.id);
                query.addBindValue(key);
                query.addBindValue(added->id);
                query.addBindValue(m_db.clock().nowMs());
                if (!query.exec())
                    return Database::sqlError(tr("The monthly invoices could not be made."), query.lastError());
                stored = *added;
                return {};
            });
            if (!written)
                return written.error();
            drafts.append(stored);
        }
    }
    return drafts;
}

Result<QList<qint64>> InvoiceFromTime::draftsToReview() const
{
    QList<qint64> ids;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.document_id FROM mission_billing_runs r JOIN documents d ON d.id = r.document_id "
                       "WHERE r.document_id IS NOT NULL AND d.status = 'draft' ORDER BY r.month, r.mission_id"));
    if (!query.exec())
        return Database::sqlError(tr("The monthly invoices to review could not be read."), query.lastError());
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    return ids;
}

} // namespace Bureau

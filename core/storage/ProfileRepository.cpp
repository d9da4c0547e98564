// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProfileRepository.h"

#include "core/Clock.h"
#include "core/domain/Identifiers.h"
#include "core/domain/LocalCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/TimeEntryDays.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Bureau
{

namespace
{

// Column order shared by the SELECT and the INSERT below.
const QString kColumns = QStringLiteral(
    "legal_name, mention, trade_name, address, postal_code, city, country, siret, vat_regime, vat_on_debits, "
    "vat_number, email, phone, iban, bic, logo_path, payment_terms_days, late_penalty_basis_points, "
    "hourly_rate_cents, hourly_rate_currency, currency, timezone");

// Empty text is stored as '', never NULL (a null QString binds as NULL).
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ProfileRepository::ProfileRepository(Database& database)
    : m_db(database)
{
}

Result<std::optional<BusinessProfile>> ProfileRepository::load() const
{
    return loadRow();
}

Result<std::optional<BusinessProfile>> ProfileRepository::loadRow() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QString(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM business_profile WHERE id = 1")));
    if (!query.exec())
        return Database::sqlError(tr("The business profile cannot be read."), query.lastError());
    if (!query.next())
        return std::optional<BusinessProfile>();

    BusinessProfile profile;
    int column = 0;
    const auto text = [&]() { return query.value(column++).toString(); };
    profile.legalName = text();
    const QString mention = text();
    profile.tradeName = text();
    const QString address = text();
    profile.addressLines = address.isEmpty() ? QStringList() : address.split(u'\n');
    profile.postalCode = text();
    profile.city = text();
    profile.country = text();
    profile.siret = text();
    const QString regime = text();
    profile.vatOnDebits = query.value(column++).toBool();
    profile.vatNumber = text();
    profile.email = text();
    profile.phone = text();
    profile.iban = text();
    profile.bic = text();
    profile.logoPath = text();
    profile.paymentTermsDays = query.value(column++).toInt();
    profile.latePenaltyBasisPoints = query.value(column++).toInt();
    const QVariant rateCents = query.value(column++);
    const QString rateCurrency = text();
    profile.currency = text();
    profile.timeZone = text();
    query.finish();

    const auto mentionValue = BusinessProfile::mentionFromKey(mention);
    const auto regimeValue = BusinessProfile::vatRegimeFromKey(regime);
    if (!mentionValue || !regimeValue) {
        return Error::make(Error::Kind::Corrupt, tr("The business profile in the database is damaged."),
                           QStringLiteral("mention \"%1\", VAT regime \"%2\"").arg(mention, regime));
    }
    profile.mention = *mentionValue;
    profile.vatRegime = *regimeValue;
    if (!rateCents.isNull())
        profile.hourlyRate = Money::fromCents(rateCents.toLongLong(), rateCurrency);
    return std::optional<BusinessProfile>(profile);
}

Status ProfileRepository::save(const BusinessProfile& profile)
{
    return m_db.write([&]() -> Status { return saveInTransaction(profile); });
}

Result<BusinessProfile> ProfileRepository::update(const std::function<Status(BusinessProfile&)>& change)
{
    BusinessProfile stored;
    auto written = m_db.write([&]() -> Status {
        auto loaded = loadRow();
        if (!loaded)
            return loaded.error();
        BusinessProfile profile = loaded->value_or(BusinessProfile());
        if (auto changed = change(profile); !changed)
            return changed;
        if (auto saved = saveInTransaction(profile); !saved)
            return saved;
        stored = normalized(profile);
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

Status ProfileRepository::saveInTransaction(const BusinessProfile& profile)
{
    const BusinessProfile row = normalized(profile);
    if (const QList<FieldError> errors = row.validate(); !errors.isEmpty()) {
        QStringList fields;
        for (const FieldError& error : errors)
            fields << error.field;
        return Error::make(Error::Kind::Invalid, tr("The business profile was not saved. %1").arg(describe(errors)),
                           QString(QStringLiteral("invalid fields: ") + fields.join(QStringLiteral(", "))));
    }

    // The zone entries' days were taken in: the stored profile's, Europe/Paris without one.
    const LocalCalendar before = LocalCalendar::forDatabase(m_db);

    QSqlQuery query(m_db.connection());
    // One row, id 1: an upsert keeps the statement the same whether or not a profile exists.
    query.prepare(QString(
        QStringLiteral("INSERT INTO business_profile (id, ") + kColumns
        + QStringLiteral(", updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET ")
        + QStringLiteral("legal_name = excluded.legal_name, mention = excluded.mention, "
                         "trade_name = excluded.trade_name, address = excluded.address, "
                         "postal_code = excluded.postal_code, city = excluded.city, country = excluded.country, "
                         "siret = excluded.siret, vat_regime = excluded.vat_regime, "
                         "vat_on_debits = excluded.vat_on_debits, vat_number = excluded.vat_number, "
                         "email = excluded.email, phone = excluded.phone, iban = excluded.iban, "
                         "bic = excluded.bic, logo_path = excluded.logo_path, "
                         "payment_terms_days = excluded.payment_terms_days, "
                         "late_penalty_basis_points = excluded.late_penalty_basis_points, "
                         "hourly_rate_cents = excluded.hourly_rate_cents, "
                         "hourly_rate_currency = excluded.hourly_rate_currency, currency = excluded.currency, "
                         "timezone = excluded.timezone, updated_at = excluded.updated_at")));
    query.addBindValue(notNull(row.legalName));
    query.addBindValue(BusinessProfile::mentionKey(row.mention));
    query.addBindValue(notNull(row.tradeName));
    query.addBindValue(notNull(row.addressLines.join(u'\n')));
    query.addBindValue(notNull(row.postalCode));
    query.addBindValue(notNull(row.city));
    query.addBindValue(notNull(row.country));
    query.addBindValue(notNull(row.siret));
    query.addBindValue(BusinessProfile::vatRegimeKey(row.vatRegime));
    query.addBindValue(row.vatOnDebits ? 1 : 0);
    query.addBindValue(notNull(row.vatNumber));
    query.addBindValue(notNull(row.email));
    query.addBindValue(notNull(row.phone));
    query.addBindValue(notNull(row.iban));
    query.addBindValue(notNull(row.bic));
    query.addBindValue(notNull(row.logoPath));
    query.addBindValue(row.paymentTermsDays);
    query.addBindValue(row.latePenaltyBasisPoints);
    if (row.hourlyRate.isValid()) {
        query.addBindValue(row.hourlyRate.cents());
        query.addBindValue(row.hourlyRate.currency());
    } else {
        query.addBindValue(QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(QVariant(QMetaType::fromType<QString>()));
    }
    query.addBindValue(notNull(row.currency));
    query.addBindValue(notNull(row.timeZone));
    query.addBindValue(m_db.clock().nowMs());
    if (!query.exec())
        return Database::sqlError(tr("The business profile cannot be saved."), query.lastError());
    query.finish();

    // A new zone: every time entry belongs to the day of its start in it (DESIGN.md, Time).
    const LocalCalendar after = LocalCalendar::forZoneId(row.timeZone);
    if (after.zone().id() != before.zone().id()) {
        if (auto moved = TimeEntryDays::relocalizeInTransaction(m_db, after); !moved)
            return moved.error();
    }
    return {};
}

Status ProfileRepository::seedDemoInTransaction()
{
    auto existing = loadRow();
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return {};
    return saveInTransaction(demoProfile());
}

BusinessProfile ProfileRepository::demoProfile()
{
    // Made-up identifiers whose check digits pass: SIREN 912 345 675 (Luhn), its VAT key 65, a
    // French IBAN whose RIB key and IBAN check digits are both right.
    BusinessProfile profile;
    profile.legalName = QStringLiteral("Camille Martin");
    profile.mention = BusinessProfile::Mention::Ei;
    profile.tradeName = QStringLiteral("Camille Martin Assistance");
    profile.addressLines = {QStringLiteral("12 rue des Capucins"), QStringLiteral("Bâtiment B")};
    profile.postalCode = QStringLiteral("69001");
    profile.city = QStringLiteral("Lyon");
    profile.country = QStringLiteral("FR");
    profile.siret = QStringLiteral("91234567500017");
    profile.vatRegime = BusinessProfile::VatRegime::Franchise;
    profile.vatOnDebits = false;
    // Under the franchise, yet identified for VAT: needed to serve clients elsewhere in the EU.
    profile.vatNumber = QStringLiteral("FR65912345675");
    profile.email = QStringLiteral("camille.martin@example.fr");
    profile.phone = QStringLiteral("+33 6 12 34 56 78");
    profile.iban = QStringLiteral("FR7630004008230001034567884");
    profile.bic = QStringLiteral("BNPAFRPPXXX");
    profile.paymentTermsDays = 30;
    profile.latePenaltyBasisPoints = 1215;
    profile.hourlyRate = Money::fromCents(4500, QStringLiteral("EUR"));
    profile.currency = QStringLiteral("EUR");
    profile.timeZone = QStringLiteral("Europe/Paris");
    return profile;
}

BusinessProfile ProfileRepository::normalized(const BusinessProfile& profile)
{
    BusinessProfile out = profile;
    out.legalName = profile.legalName.trimmed();
    out.tradeName = profile.tradeName.trimmed();
    out.addressLines.clear();
    for (const QString& line : profile.addressLines) {
        if (!line.trimmed().isEmpty())
            out.addressLines << line.trimmed();
    }
    out.postalCode = profile.postalCode.trimmed().toUpper();
    out.city = profile.city.trimmed();
    out.country = profile.country.trimmed().toUpper();
    out.email = profile.email.trimmed();
    out.phone = profile.phone.trimmed();
    out.logoPath = profile.logoPath.trimmed();
    out.currency = profile.currency.trimmed().toUpper();
    out.timeZone = profile.timeZone.trimmed();
    // Identifiers in their stored form when they are valid; invalid ones stay for validate().
    const auto normalize = [](QString& value, const auto& validator) {
        value = value.trimmed();
        if (value.isEmpty())
            return;
        if (auto checked = validator(value))
            value = checked.value();
    };
    normalize(out.siret, Identifiers::validateSirenOrSiret);
    normalize(out.vatNumber, Identifiers::validateVatNumber);
    normalize(out.iban, Identifiers::validateIban);
    normalize(out.bic, Identifiers::validateBic);
    return out;
}

QString ProfileRepository::describe(const QList<FieldError>& errors)
{
    QStringList sentences;
    for (const FieldError& error : errors)
        sentences << tr("%1: %2").arg(BusinessProfile::fieldLabel(error.field), error.message);
    return sentences.join(u' ');
}

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h" // FieldError
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Bureau
{

/** An e-mail address or a phone number of a client, as typed, with a free label ("work", "Accounts"). */
struct ContactChannel
{
    QString value;
    /** Phones only: the number in E.164 ("+33612345678") when it could be read as one, else empty. */
    QString e164;
    QString label;

    friend bool operator==(const ContactChannel&, const ContactChannel&) = default;
};

/** How billable time is rounded when it becomes invoice lines (DESIGN.md, Time). Never applied to entries. */
struct RoundingRule
{
    enum class Mode
    {
        Up,
        Nearest,
    };
    enum class Scope
    {
        PerEntry,
        PerLine,
    };

    /** 0 (no rounding), 5, 6, 10, 15 or 30. */
    int stepMinutes = 0;
    Mode mode = Mode::Up;
    Scope scope = Scope::PerEntry;

    friend bool operator==(const RoundingRule&, const RoundingRule&) = default;

    static bool isValidStep(int minutes);
    /** "up" / "nearest", as stored. */
    static QString modeKey(Mode mode);
    static std::optional<Mode> modeFromKey(const QString& key);
    /** "entry" / "line", as stored. */
    static QString scopeKey(Scope scope);
    static std::optional<Scope> scopeFromKey(const QString& key);
};

/**
 * A client of the assistant (issue 4). Plain data with validation, no SQL.
 *
 * `kind` (company or person) says what the client is; `professional` — separately — decides the
 * invoicing rules (DESIGN.md, Invoices under French law): a person can be a professional (an EI),
 * a company is always one. Identifiers are normalised by normalized() and checked by validate().
 */
struct Client final
{
    Q_DECLARE_TR_FUNCTIONS(Client)

public:
    enum class Kind
    {
        Company,
        Person,
    };
    enum class Status
    {
        Prospect,
        Active,
        Paused,
        Former,
    };

    /** The keys of FieldError::field, as `bureau-cli client show --json` names them. */
    struct Field
    {
        static constexpr QLatin1String name{"name"};
        static constexpr QLatin1String kind{"kind"};
        static constexpr QLatin1String professional{"professional"};
        static constexpr QLatin1String legalForm{"legalForm"};
        static constexpr QLatin1String siret{"siret"};
        static constexpr QLatin1String vatNumber{"vatNumber"};
        static constexpr QLatin1String addressLines{"addressLines"};
        static constexpr QLatin1String postalCode{"postalCode"};
        static constexpr QLatin1String city{"city"};
        static constexpr QLatin1String country{"country"};
        static constexpr QLatin1String emails{"emails"};
        static constexpr QLatin1String phones{"phones"};
        static constexpr QLatin1String website{"website"};
        static constexpr QLatin1String language{"language"};
        static constexpr QLatin1String timeZone{"timeZone"};
        static constexpr QLatin1String currency{"currency"};
        static constexpr QLatin1String hourlyRate{"hourlyRate"};
        static constexpr QLatin1String paymentTermsDays{"paymentTermsDays"};
        static constexpr QLatin1String rounding{"rounding"};
        static constexpr QLatin1String status{"status"};
        static constexpr QLatin1String tags{"tags"};
        static constexpr QLatin1String notes{"notes"};
    };

    /** 0 until stored. */
    qint64 id = 0;
    QString name;
    Kind kind = Kind::Company;
    bool professional = true;
    /** "SAS", "SARL", "EI", "Association"…, free text. */
    QString legalForm;
    /** 14-digit SIRET or 9-digit SIREN, digits only; empty when not given. */
    QString siret;
    /** Intra-EU VAT number, capitals and digits only. */
    QString vatNumber;
    /** The billing address: street lines, postal code, city, ISO 3166 alpha-2 country. */
    QStringList addressLines;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR");
    /** The first is the main one (shown in the list). */
    QList<ContactChannel> emails;
    QList<ContactChannel> phones;
    QString website;
    /** Language of the client's documents: "fr" or "en". */
    QString language = QStringLiteral("fr");
    /** IANA zone known to the system. */
    QString timeZone = QStringLiteral("Europe/Paris");
    /** ISO 4217 code of the client's documents. */
    QString currency = QStringLiteral("EUR");
    /** Default hourly rate, in `currency`; a default-constructed Money when none (the profile's then). */
    Money hourlyRate;
    /** Payment terms in days; nothing: the profile's. */
    std::optional<int> paymentTermsDays;
    RoundingRule rounding;
    Status status = Status::Active;
    QStringList tags;
    QString notes;
    bool archived = false;
    /** UTC ms; 0 until stored. */
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const Client&, const Client&) = default;

    QString mainEmail() const { return emails.isEmpty() ? QString() : emails.first().value; }
    QString mainPhone() const { return phones.isEmpty() ? QString() : phones.first().value; }
    /** The 9-digit SIREN, from the SIRET or the SIREN given; empty when none. */
    QString siren() const;

    /** Every problem with a field; empty when the client can be saved. */
    QList<FieldError> validate() const;
    /** Text trimmed, identifiers and codes in their stored form, E.164 filled in, duplicate tags dropped. */
    Client normalized() const;

    static QString fieldLabel(const QString& field);

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString kindText(Kind kind);
    /** "prospect", "active", "paused", "former", as stored. */
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    static QString statusText(Status status);
    /** The zone a new client in @p country gets by default ("FR" → Europe/Paris, "CA" → America/Toronto). */
    static QString defaultTimeZone(const QString& country);
};

/** A person to talk to at a client. */
struct Contact final
{
    Q_DECLARE_TR_FUNCTIONS(Contact)

public:
    enum class Channel
    {
        None,
        Email,
        Phone,
        Sms,
        Messaging,
        Post,
    };

    struct Field
    {
        static constexpr QLatin1String name{"name"};
        static constexpr QLatin1String email{"email"};
        static constexpr QLatin1String phone{"phone"};
    };

    qint64 id = 0;
    qint64 clientId = 0;
    QString name;
    /** "Office manager", "CEO"… */
    QString role;
    QString email;
    QString phone;
    /** E.164 of `phone` when it could be read as one. */
    QString phoneE164;
    Channel preferredChannel = Channel::None;
    bool primary = false;
    QString notes;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const Contact&, const Contact&) = default;

    QList<FieldError> validate() const;

    /** "", "email", "phone", "sms", "messaging", "post", as stored. */
    static QString channelKey(Channel channel);
    static std::optional<Channel> channelFromKey(const QString& key);
    static QString channelText(Channel channel);
};

/**
 * Phone numbers to E.164 where they can be read as such: "+33 6 12 34 56 78", "0033 6…", and a
 * national number ("06 12 34 56 78") given the country it is dialled in. Returns an empty string
 * for anything else (letters, too short or long, unknown country): the number is then kept only as
 * typed.
 */
QString phoneToE164(const QString& typed, const QString& defaultCountry);

/** A plausible e-mail address: one @, a non-empty local part, a dotted domain, no spaces. */
bool isPlausibleEmail(const QString& address);

} // namespace Bureau

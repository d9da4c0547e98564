// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bureau
{

/** One problem with one field of a form, for inline validation next to that field. */
struct FieldError
{
    QString field;   // the field's key: one of BusinessProfile::Field
    QString message; // translated, a full sentence

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

/**
 * The user's identity on their documents (DESIGN.md, Invoices under French law): an EI
 * (entreprise individuelle), whose name carries the "EI" or "Entrepreneur individuel" mention,
 * with its address, SIREN or SIRET, VAT regime, bank details and the defaults new documents take.
 *
 * Plain data. validate() checks the shape of each field that is filled (a profile may be saved
 * incomplete, as a first-run assistant that is skipped leaves it); isComplete() says whether
 * invoices can be issued with it. Identifiers are stored normalised (Identifiers::validate…).
 */
struct BusinessProfile final
{
    Q_DECLARE_TR_FUNCTIONS(BusinessProfile)

public:
    /** How the EI status is written after the name (Code de commerce, art. R. 526-26). */
    enum class Mention
    {
        Ei,                     // "Camille Martin EI"
        EntrepreneurIndividuel, // "Camille Martin Entrepreneur individuel"
    };

    enum class VatRegime
    {
        Franchise,     // franchise en base, art. 293 B CGI: no VAT charged
        VatRegistered, // charges French VAT
    };

    /** The keys of FieldError::field: the same camelCase names as `bureau-cli profile show --json`. */
    struct Field
    {
        static constexpr QLatin1String legalName{"legalName"};
        static constexpr QLatin1String mention{"mention"};
        static constexpr QLatin1String tradeName{"tradeName"};
        static constexpr QLatin1String addressLines{"addressLines"};
        static constexpr QLatin1String postalCode{"postalCode"};
        static constexpr QLatin1String city{"city"};
        static constexpr QLatin1String country{"country"};
        static constexpr QLatin1String siret{"siret"};
        static constexpr QLatin1String vatRegime{"vatRegime"};
        static constexpr QLatin1String vatOnDebits{"vatOnDebits"};
        static constexpr QLatin1String vatNumber{"vatNumber"};
        static constexpr QLatin1String email{"email"};
        static constexpr QLatin1String phone{"phone"};
        static constexpr QLatin1String iban{"iban"};
        static constexpr QLatin1String bic{"bic"};
        static constexpr QLatin1String logoPath{"logoPath"};
        static constexpr QLatin1String paymentTermsDays{"paymentTermsDays"};
        static constexpr QLatin1String latePenaltyBasisPoints{"latePenaltyBasisPoints"};
        static constexpr QLatin1String hourlyRate{"hourlyRate"};
        static constexpr QLatin1String currency{"currency"};
        static constexpr QLatin1String timeZone{"timeZone"};
    };

    /** Longest payment terms for professional clients (Code de commerce, art. L. 441-10): 60 days. */
    static constexpr int kMaxPaymentTermsDays = 60;
    /** 100 % a year, in basis points: beyond it a penalty rate is surely a typo. */
    static constexpr int kMaxLatePenaltyBasisPoints = 10000;
    /** A logo larger than this is refused by importLogo(). */
    static constexpr qint64 kMaxLogoBytes = 2 * 1024 * 1024;

    /** First and last name of the entrepreneur, without the mention. */
    QString legalName;
    Mention mention = Mention::Ei;
    /** Nom commercial, optional. */
    QString tradeName;
    /** Street lines (number and street, building, …), without postal code and city. */
    QStringList addressLines;
    QString postalCode;
    QString city;
    /** ISO 3166 alpha-2. */
    QString country = QStringLiteral("FR");
    /** 14-digit SIRET (preferred) or 9-digit SIREN, digits only; empty until given. */
    QString siret;
    VatRegime vatRegime = VatRegime::Franchise;
    /** "Option pour le paiement de la taxe d'après les débits": only when VAT-registered. */
    bool vatOnDebits = false;
    /** Intra-EU VAT number, independent of the regime (a franchise business may hold one). */
    QString vatNumber;
    QString email;
    QString phone;
    QString iban;
    QString bic;
    /** The logo, relative to the data folder (see importLogo()); empty for none. */
    QString logoPath;
    int paymentTermsDays = 30;
    /** Yearly late-payment penalty rate in basis points: 1215 = 12.15 %. */
    int latePenaltyBasisPoints = 1215;
    /** Default hourly rate; a default-constructed Money (no currency) when none is set. */
    Money hourlyRate;
    /** Default currency of new documents (ISO 4217). */
    QString currency = QStringLiteral("EUR");
    /** The user's IANA time zone (known to the system): the day and year of an issue date are taken in it. */
    QString timeZone = QStringLiteral("Europe/Paris");

    friend bool operator==(const BusinessProfile&, const BusinessProfile&) = default;

    /** "Camille Martin EI" or "Camille Martin Entrepreneur individuel"; empty without a name. */
    QString legalNameWithMention() const;
    /** The 9-digit SIREN, from the SIRET or the SIREN given; empty when none. */
    QString siren() const;

    /** Every problem with a field that is filled in; empty when the profile can be saved. */
    QList<FieldError> validate() const;
    /** The fields that invoices need and that are empty: name, address, postal code, city, SIRET. */
    QStringList missingForInvoices() const;
    /** Whether invoices can be issued with this profile: valid and nothing missing. */
    bool isComplete() const;

    /** A translated label for a field key, for messages and forms: "SIRET", "Postal code". */
    static QString fieldLabel(const QString& field);

    static QString mentionText(Mention mention);
    /** "ei" or "entrepreneur-individuel", as stored and as the CLI takes it. */
    static QString mentionKey(Mention mention);
    static std::optional<Mention> mentionFromKey(const QString& key);
    /** "franchise" or "registered", as stored. */
    static QString vatRegimeKey(VatRegime regime);
    static std::optional<VatRegime> vatRegimeFromKey(const QString& key);

    /**
     * Copies a logo into the data folder, as `<dataDir>/profile/logo-<first 16 hex digits of its
     * SHA-256>.<png|jpg|svg>`, and returns that path relative to @p dataDir (for logoPath).
     *
     * Refused: a symbolic link, anything but a regular file, a file over kMaxLogoBytes, an
     * extension other than .png, .jpg, .jpeg or .svg, and content that is not what the extension
     * says (a PNG or JPEG that does not decode, an SVG whose root element is not <svg>). The same
     * picture imported twice gives the same file.
     */
    static Result<QString> importLogo(const QString& sourceFile, const QString& dataDir);
};

} // namespace Bureau

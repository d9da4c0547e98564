// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/BillingDocument.h"
#include "core/domain/BusinessProfile.h"
#include "core/domain/Client.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Bureau
{

class Database;

/**
 * Everything a document prints that lives outside the document itself, frozen when it is issued
 * (DESIGN.md: the seller, the client and every text the document prints — mentions, terms, logo),
 * so that an issued document re-renders with the same text years later whatever became of the
 * profile or the client. Stored as versioned JSON in `documents.snapshot`; a draft's preview uses
 * capture() on the live data.
 *
 * Mentions are resolved in the document's language at capture: Bureau's wording of DESIGN.md's
 * table, or the user's own wording for that key and language from `business_profile.mentions`
 * (JSON `{"franchise": {"fr": "…", "en": "…"}, …}`; editable per profile).
 */
struct DocumentSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSnapshot)

public:
    static constexpr int kVersion = 1;

    /** The keys of `mentions` (and of the profile's overrides). */
    struct Mention
    {
        static constexpr QLatin1String category{"category"};         // Prestation de services
        static constexpr QLatin1String franchise{"franchise"};       // TVA non applicable, art. 293 B du CGI
        static constexpr QLatin1String reverseCharge{"reverseCharge"}; // Autoliquidation
        static constexpr QLatin1String outsideEu{"outsideEu"};       // TVA non applicable, art. 259-1 du CGI
        static constexpr QLatin1String latePayment{"latePayment"};   // pénalités au taux de %1 …
        static constexpr QLatin1String recoveryFee{"recoveryFee"};   // 40 €
        static constexpr QLatin1String discount{"discount"};         // Pas d'escompte
        static constexpr QLatin1String vatOnDebits{"vatOnDebits"};   // Option pour le paiement de la taxe d'après les débits
    };

    int version = kVersion;
    /** "fr" or "en". */
    QString language;
    BusinessProfile seller;
    /** The client as it was (id, name, professional flag, identifiers, address, country, language). */
    Client client;
    /** The logo as printed: path relative to the data folder and the SHA-256 of its bytes; empty for none. */
    QString logoPath;
    QString logoSha256;
    /** Resolved texts by Mention key, in the document's language; only the ones that apply. */
    QMap<QString, QString> mentions;

    friend bool operator==(const DocumentSnapshot&, const DocumentSnapshot&) = default;

    /**
     * The snapshot of @p document as it would be issued now: the profile and the document's client
     * read from @p database, the mentions that apply for @p vatCase (late payment, recovery fee and
     * discount for professional clients only; "vatOnDebits" when the seller opted for it and
     * charges VAT). @p dataDir locates the logo to hash.
     */
    static Result<DocumentSnapshot> capture(Database& database, const BillingDocument& document,
                                            BillingDocument::VatCase vatCase, const QString& dataDir);

    /** Bureau's default wording for @p key in @p language ("fr"/"en"); %1 in latePayment is the rate. */
    static QString defaultMention(const QString& key, const QString& language, int latePenaltyBasisPoints);

    QString toJson() const;
    /** Corrupt when the text is not a snapshot this version of Bureau can read. */
    static Result<DocumentSnapshot> fromJson(const QString& json);
};

} // namespace Bureau

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/BusinessProfile.h" // FieldError

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bureau
{

/**
 * The rules a postal address follows wherever Bureau stores one (the business profile, a client):
 * street lines, postal code, city, ISO 3166 country, and the time zone that goes with them. Field
 * errors use the keys "addressLines", "postalCode", "city" and "country".
 */
class PostalAddress final
{
    Q_DECLARE_TR_FUNCTIONS(PostalAddress)

public:
    static constexpr int kMaxLines = 4;
    static constexpr int kMaxLineLength = 200;

    /** Every problem with the address fields that are filled in (and the country, always). */
    static QList<FieldError> validate(const QStringList& lines, const QString& postalCode, const QString& city,
                                      const QString& country);

    static bool hasLineBreak(const QString& text);
    /** Two capital letters naming a territory Qt knows. */
    static bool isValidCountryCode(const QString& code);
    /** France (overseas departments included: 97xxx, 98xxx) and Monaco write 5-digit postal codes. */
    static bool usesFiveDigitPostalCodes(const QString& country);
    /**
     * An IANA zone this system knows. Qt 6.4 lists only the zones of zone.tab as available, not the
     * backward-compatible links that are still in use and in tzdata ("America/Montreal",
     * "Europe/Kiev"): those are accepted when they load. The shape check keeps paths out.
     */
    static bool isKnownTimeZone(const QString& id);
};

} // namespace Bureau

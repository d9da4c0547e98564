// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace Bureau
{

/**
 * Validators of the identifiers printed on invoices: SIREN, SIRET, intra-EU VAT number, IBAN, BIC.
 *
 * Each takes what a person typed or pasted (spaces allowed, any letter case), checks its shape and
 * its check digits, and returns the normalised form to store (digits and capital letters, no
 * spaces) or a translated message that says what is wrong. An empty text is refused: whether a
 * field is required is the caller's rule.
 *
 * Pure functions: no network (VIES, INSEE lookups are another matter), no state.
 */
class Identifiers final
{
    Q_DECLARE_TR_FUNCTIONS(Identifiers)

public:
    /** The SIREN of La Poste, whose SIRETs follow their own check rule. */
    static constexpr QStringView kLaPosteSiren = u"356000000";

    /** A SIREN: 9 digits, Luhn check digit. Returns the 9 digits. */
    static Result<QString> validateSiren(const QString& text);

    /**
     * A SIRET: 14 digits (the SIREN, then the 5-digit NIC), Luhn check digit over the 14. La Poste's
     * establishments (SIREN 356000000) do not follow Luhn: their digits add up to a multiple of 5
     * (INSEE); a La Poste SIRET is accepted under either rule. Returns the 14 digits.
     */
    static Result<QString> validateSiret(const QString& text);

    /** A SIREN (9 digits) or a SIRET (14 digits), told apart by length. Returns the digits. */
    static Result<QString> validateSirenOrSiret(const QString& text);

    /** The first 9 digits of a SIRET (or the SIREN itself); empty when @p siret is neither. */
    static QString sirenFromSiret(const QString& siret);

    /** "732 829 320" or "732 829 320 00074" for a normalised SIREN or SIRET; other text unchanged. */
    static QString formatSirenOrSiret(const QString& digits);

    /**
     * An intra-EU VAT number: the VAT prefix of a member state (ISO codes, except EL for Greece,
     * and XI for Northern Ireland's goods), then that state's format.
     *
     * French numbers are checked fully: FR, a 2-character key, the 9-digit SIREN. A numeric key
     * must equal (12 + 3 × (SIREN mod 97)) mod 97; a key with a letter (the format given to
     * businesses without a SIREN-derived key) is checked for its format only. Other states' numbers
     * are checked for their format only. Returns e.g. "FR40303265045".
     */
    static Result<QString> validateVatNumber(const QString& text);

    /** The numeric key of the French VAT number of a 9-digit SIREN: "40" for 303265045. */
    static QString frenchVatKey(const QString& siren);

    /**
     * An IBAN (ISO 13616): a country code with its registered length (every SEPA country and the
     * other countries of the IBAN registry), letters and digits only, check digits by mod 97
     * (ISO 7064) computed over chunks of the digit string. Returns it without spaces, in capitals.
     */
    static Result<QString> validateIban(const QString& text);

    /** A normalised IBAN in groups of four, as printed: "FR14 2004 1010 0505 0001 3M02 606". */
    static QString formatIban(const QString& iban);

    /**
     * A BIC (ISO 9362): 4 letters for the institution, 2 for the country, 2 letters or digits for
     * the location, and optionally 3 for the branch. Returns it without spaces, in capitals.
     */
    static Result<QString> validateBic(const QString& text);

    /** True for the 27 member states of the EU, by ISO 3166 alpha-2 code (Greece is "GR" here). */
    static bool isEuCountry(const QString& countryCode);

    /** The Luhn check over a string of ASCII digits (false for anything else or an empty string). */
    static bool passesLuhn(QStringView digits);
};

} // namespace Bureau

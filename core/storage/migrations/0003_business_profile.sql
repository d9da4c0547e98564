-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: the user's business profile, their identity on documents. One row at most (id = 1).
-- Identifiers are stored normalised (digits and capitals, no spaces); an empty text is "not given".
-- Money is INTEGER cents with its ISO 4217 code; rates are INTEGER basis points (1215 = 12.15 %).

CREATE TABLE business_profile (
    id                        INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name                TEXT NOT NULL DEFAULT '',
    mention                   TEXT NOT NULL DEFAULT 'ei' CHECK (mention IN ('ei', 'entrepreneur-individuel')),
    trade_name                TEXT NOT NULL DEFAULT '',
    -- Street lines, separated by a line feed; postal code and city apart.
    address                   TEXT NOT NULL DEFAULT '',
    postal_code               TEXT NOT NULL DEFAULT '',
    city                      TEXT NOT NULL DEFAULT '',
    country                   TEXT NOT NULL DEFAULT 'FR' CHECK (length(country) = 2),
    -- A 14-digit SIRET or a 9-digit SIREN, as the user gave it.
    siret                     TEXT NOT NULL DEFAULT '' CHECK (length(siret) IN (0, 9, 14)),
    vat_regime                TEXT NOT NULL DEFAULT 'franchise' CHECK (vat_regime IN ('franchise', 'registered')),
    vat_on_debits             INTEGER NOT NULL DEFAULT 0
                              CHECK (vat_on_debits IN (0, 1) AND (vat_on_debits = 0 OR vat_regime = 'registered')),
    vat_number                TEXT NOT NULL DEFAULT '',
    email                     TEXT NOT NULL DEFAULT '',
    phone                     TEXT NOT NULL DEFAULT '',
    iban                      TEXT NOT NULL DEFAULT '',
    bic                       TEXT NOT NULL DEFAULT '' CHECK (length(bic) IN (0, 8, 11)),
    -- Relative to the data folder.
    logo_path                 TEXT NOT NULL DEFAULT '',
    payment_terms_days        INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 60),
    late_penalty_basis_points INTEGER NOT NULL DEFAULT 1215
                              CHECK (late_penalty_basis_points BETWEEN 0 AND 10000),
    -- The default hourly rate: both NULL when none.
    hourly_rate_cents         INTEGER CHECK (hourly_rate_cents IS NULL OR hourly_rate_cents >= 0),
    hourly_rate_currency      TEXT CHECK (hourly_rate_currency IS NULL OR length(hourly_rate_currency) = 3),
    currency                  TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    timezone                  TEXT NOT NULL DEFAULT 'Europe/Paris',
    updated_at                INTEGER NOT NULL,
    CHECK ((hourly_rate_cents IS NULL) = (hourly_rate_currency IS NULL))
);

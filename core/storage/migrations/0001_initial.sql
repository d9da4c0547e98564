-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1: the database's identity and the clients.
-- Instants are INTEGER UTC milliseconds; money INTEGER cents with an ISO 4217 code (DESIGN.md).

-- Marks the file as Bureau's ('BURE'), so that another program's SQLite file is never taken over.
PRAGMA application_id = 1112887877;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE clients (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind              TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    professional      INTEGER NOT NULL DEFAULT 1 CHECK (professional IN (0, 1)),
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    country           TEXT NOT NULL DEFAULT 'FR' CHECK (length(country) = 2),
    timezone          TEXT NOT NULL DEFAULT 'Europe/Paris',
    language          TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
    currency          TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    hourly_rate_cents INTEGER CHECK (hourly_rate_cents IS NULL OR hourly_rate_cents >= 0),
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('prospect', 'active', 'paused', 'former')),
    notes             TEXT NOT NULL DEFAULT '',
    archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);

CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE, id);

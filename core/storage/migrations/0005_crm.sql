-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: the client relationship (issue 4): the client's full identity and terms, tags, more
-- e-mails and phones, interactions, missions and their working slots, reception instructions,
-- client accesses (names only: secrets live in the keychain), tasks, the onboarding checklist,
-- attached files, and the folded search index.
-- Calendar dates are ISO TEXT (yyyy-MM-dd); instants INTEGER UTC ms; money INTEGER cents.

-- The client's identity and terms. Identifiers are stored normalised; '' is "not given".
ALTER TABLE clients ADD COLUMN legal_form TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN siret TEXT NOT NULL DEFAULT '' CHECK (length(siret) IN (0, 9, 14));
ALTER TABLE clients ADD COLUMN vat_number TEXT NOT NULL DEFAULT '';
-- Street lines separated by a line feed; postal code and city apart (city is in version 1).
ALTER TABLE clients ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN website TEXT NOT NULL DEFAULT '';
-- The first phone in E.164 when it could be read as one ('' otherwise); `phone` keeps it as typed.
ALTER TABLE clients ADD COLUMN phone_e164 TEXT NOT NULL DEFAULT '';
-- NULL: the profile's terms.
ALTER TABLE clients ADD COLUMN payment_terms_days INTEGER
    CHECK (payment_terms_days IS NULL OR payment_terms_days BETWEEN 0 AND 365);
-- Billable-time rounding when time becomes invoice lines (DESIGN.md, Time): 0 = none.
ALTER TABLE clients ADD COLUMN rounding_minutes INTEGER NOT NULL DEFAULT 0
    CHECK (rounding_minutes IN (0, 5, 6, 10, 15, 30));
ALTER TABLE clients ADD COLUMN rounding_mode TEXT NOT NULL DEFAULT 'up'
    CHECK (rounding_mode IN ('up', 'nearest'));
ALTER TABLE clients ADD COLUMN rounding_scope TEXT NOT NULL DEFAULT 'entry'
    CHECK (rounding_scope IN ('entry', 'line'));
-- When the client was archived (UTC ms), NULL when not archived.
ALTER TABLE clients ADD COLUMN archived_at INTEGER;
-- The name case- and accent-folded (Bureau's fold, computed in C++), for sorting and 1–2 letter
-- prefix search; kept by the repository in the same transaction as the name.
ALTER TABLE clients ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
UPDATE clients SET name_folded = lower(name);

CREATE INDEX clients_by_folded_name ON clients (name_folded, id);
CREATE INDEX clients_by_status ON clients (status, id);

-- Every e-mail and phone of a client beyond none: the first of each kind is also in clients.email
-- and clients.phone, which the list shows and sorts on.
CREATE TABLE client_channels (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value      TEXT NOT NULL CHECK (length(trim(value)) > 0),
    e164       TEXT NOT NULL DEFAULT '',
    label      TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX client_channels_by_client ON client_channels (client_id, kind, position);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE client_tags (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (client_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX client_tags_by_tag ON client_tags (tag_id, client_id);

ALTER TABLE contacts ADD COLUMN preferred_channel TEXT NOT NULL DEFAULT ''
    CHECK (preferred_channel IN ('', 'email', 'phone', 'sms', 'messaging', 'post'));
ALTER TABLE contacts ADD COLUMN phone_e164 TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE contacts SET updated_at = created_at;

-- What happened with a client, newest first on the client page.
CREATE TABLE interactions (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'note', 'message')),
    occurred_at  INTEGER NOT NULL,
    contact_id   INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    -- Who, as typed, when not (only) a contact of the client.
    with_whom    TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    body         TEXT NOT NULL DEFAULT '',
    follow_up_on TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX interactions_by_client ON interactions (client_id, occurred_at DESC, id);
CREATE INDEX interactions_by_follow_up ON interactions (follow_up_on) WHERE follow_up_on IS NOT NULL;

-- A contract with a client and how it is billed.
CREATE TABLE missions (
    id                  INTEGER PRIMARY KEY,
    client_id           INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
    scope_included      TEXT NOT NULL DEFAULT '',
    scope_excluded      TEXT NOT NULL DEFAULT '',
    starts_on           TEXT NOT NULL,
    ends_on             TEXT CHECK (ends_on IS NULL OR ends_on >= starts_on),
    status              TEXT NOT NULL DEFAULT 'active'
                        CHECK (status IN ('draft', 'active', 'paused', 'ended')),
    billing_mode        TEXT NOT NULL DEFAULT 'hourly' CHECK (billing_mode IN ('hourly', 'package', 'fixed')),
    currency            TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    -- hourly: the rate (NULL: the client's, else the profile's).
    hourly_rate_cents   INTEGER CHECK (hourly_rate_cents IS NULL OR hourly_rate_cents >= 0),
    -- package: N minutes a month for a fee; overage billed at a rate or carried to the next month.
    package_minutes     INTEGER CHECK (package_minutes IS NULL OR package_minutes > 0),
    package_fee_cents   INTEGER CHECK (package_fee_cents IS NULL OR package_fee_cents >= 0),
    overage             TEXT NOT NULL DEFAULT 'billed' CHECK (overage IN ('billed', 'carried')),
    overage_rate_cents  INTEGER CHECK (overage_rate_cents IS NULL OR overage_rate_cents >= 0),
    -- fixed: a monthly fee.
    monthly_fee_cents   INTEGER CHECK (monthly_fee_cents IS NULL OR monthly_fee_cents >= 0),
    -- The zone the working slots are agreed in (the client's when created).
    timezone            TEXT NOT NULL,
    reporting           TEXT NOT NULL DEFAULT 'none' CHECK (reporting IN ('none', 'weekly', 'monthly')),
    contract_file_id    INTEGER REFERENCES client_files (id) ON DELETE SET NULL,
    notes               TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK (billing_mode <> 'package' OR (package_minutes IS NOT NULL AND package_fee_cents IS NOT NULL)),
    CHECK (billing_mode <> 'fixed' OR monthly_fee_cents IS NOT NULL)
);
CREATE INDEX missions_by_client ON missions (client_id, starts_on DESC, id);

-- The agreed working slots, in the mission's zone: weekday 1 (Monday) … 7, minutes from midnight.
CREATE TABLE mission_slots (
    id           INTEGER PRIMARY KEY,
    mission_id   INTEGER NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute)
);
CREATE INDEX mission_slots_by_mission ON mission_slots (mission_id, weekday, start_minute);

-- How to answer the client's phone or inbox. One row per client at most.
CREATE TABLE reception_instructions (
    client_id      INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    greeting       TEXT NOT NULL DEFAULT '',
    put_through    TEXT NOT NULL DEFAULT '',
    filtering      TEXT NOT NULL DEFAULT '',
    hours          TEXT NOT NULL DEFAULT '',
    urgent_contact TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    updated_at     INTEGER NOT NULL
);

-- Standard answers: a small FAQ per client.
CREATE TABLE reception_answers (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    question  TEXT NOT NULL CHECK (length(trim(question)) > 0),
    answer    TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reception_answers_by_client ON reception_answers (client_id, position, id);

-- The logins the assistant holds for a client's tools. The secret is in the keychain under
-- credentials.name = credential_name; never here. A revoked access keeps its record.
CREATE TABLE client_accesses (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    service         TEXT NOT NULL CHECK (length(trim(service)) > 0),
    url             TEXT NOT NULL DEFAULT '',
    username        TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    granted_by      TEXT NOT NULL DEFAULT '',
    granted_on      TEXT,
    credential_name TEXT UNIQUE,
    revoked_at      INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX client_accesses_by_client ON client_accesses (client_id, id);

CREATE TABLE tasks (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    mission_id   INTEGER REFERENCES missions (id) ON DELETE SET NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes        TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'waiting', 'done')),
    -- 0 low, 1 normal, 2 high, 3 urgent.
    priority     INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 3),
    due_on       TEXT,
    completed_at INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CHECK ((status = 'done') = (completed_at IS NOT NULL))
);
CREATE INDEX tasks_by_client ON tasks (client_id, status, due_on, id);
CREATE INDEX tasks_by_due ON tasks (due_on, id) WHERE status <> 'done';

-- The onboarding checklist every new client starts from; editable in Settings.
-- `rule` marks an item Bureau can tick on its own ('' none, 'accesses': an access is stored).
CREATE TABLE onboarding_template (
    id       INTEGER PRIMARY KEY,
    label    TEXT NOT NULL CHECK (length(trim(label)) > 0),
    rule     TEXT NOT NULL DEFAULT '' CHECK (rule IN ('', 'accesses', 'contract', 'mission', 'reception')),
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE client_onboarding (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    label     TEXT NOT NULL CHECK (length(trim(label)) > 0),
    rule      TEXT NOT NULL DEFAULT '' CHECK (rule IN ('', 'accesses', 'contract', 'mission', 'reception')),
    position  INTEGER NOT NULL DEFAULT 0,
    done_at   INTEGER
);
CREATE INDEX client_onboarding_by_client ON client_onboarding (client_id, position, id);

-- Files attached to a client, copied under `documents/` of the data folder with a generated name.
CREATE TABLE client_files (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    stored_name   TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL CHECK (length(trim(original_name)) > 0),
    size          INTEGER NOT NULL CHECK (size >= 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    category      TEXT NOT NULL DEFAULT 'other' CHECK (category IN ('contract', 'procedure', 'other')),
    added_at      INTEGER NOT NULL
);
CREATE INDEX client_files_by_client ON client_files (client_id, added_at DESC, id);

-- Search as you type (DESIGN.md, Storage): one row per client (rowid = clients.id) holding the
-- folded text of its name, contacts, e-mails, phones, tags and notes; rewritten by the repository
-- in the same transaction as any of them.
CREATE VIRTUAL TABLE client_search USING fts5 (body, tokenize = 'trigram');

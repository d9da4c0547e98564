-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: the names of the secrets kept in the system keychain (DESIGN.md, Secrets).
-- Names, kinds and labels only: a secret never enters the database, so no column here may ever hold
-- one. An entry's keychain key is "bureau/<meta.database_uuid>/<name>", service "Bureau".

CREATE TABLE credentials (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    kind        TEXT NOT NULL DEFAULT 'generic' CHECK (length(kind) BETWEEN 1 AND 40),
    label       TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 200),
    -- 1 when kept by the session-only store (no keychain): the secret dies with the process, so
    -- the name is purged at the next start rather than listed without a secret behind it.
    session_only INTEGER NOT NULL DEFAULT 0 CHECK (session_only IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

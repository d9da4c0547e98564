-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: the names of the secrets kept in the system keychain (DESIGN.md, Secrets).
-- Names, kinds and labels only: a secret never enters the database, so no column here may ever hold
-- one. An entry's keychain key is "bureau/<meta.database_uuid>/<name>", service "Bureau".

CREATE TABLE credentials (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    kind        TEXT NOT NULL DEFAULT 'generic' CHECK (length(kind) BETWEEN 1 AND 40),
    label       TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 200),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

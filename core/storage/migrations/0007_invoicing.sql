-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: invoicing (issue 6; DESIGN.md, Invoices under French law). Quotes, invoices, deposit
-- invoices and credit notes are one table with a kind; their lines; the counters that number them
-- and the head of each series' SHA-256 chain; payments and how they are spread over invoices; the
-- franchise thresholds; the monthly drafts made for package and fixed-fee missions.
-- Money INTEGER cents in the document's currency unless the column says euros; quantities INTEGER
-- thousandths; rates INTEGER basis points (2000 = 20 %); dates ISO TEXT; instants INTEGER UTC ms.
-- Child rows of documents reference them ON DELETE RESTRICT, never CASCADE.

-- One row per numbering series. `pattern`: text with {YYYY} (or {YY}) for the year of the issue
-- date in the user's zone and {N…} for the number zero-padded to the count of N ({NNNN} → 0042).
-- With yearly_reset the counter restarts at 1 each year. The chain links every numbered document
-- of the series, whatever its year: chain_head is the SHA-256 (hex) of the last one, '' before any.
CREATE TABLE document_series (
    series       TEXT PRIMARY KEY CHECK (series IN ('invoice', 'credit_note', 'quote')),
    pattern      TEXT NOT NULL CHECK (length(pattern) BETWEEN 1 AND 30 AND instr(pattern, '{N') > 0),
    yearly_reset INTEGER NOT NULL DEFAULT 1 CHECK (yearly_reset IN (0, 1)),
    chain_head   TEXT NOT NULL DEFAULT '',
    chain_length INTEGER NOT NULL DEFAULT 0 CHECK (chain_length >= 0)
) WITHOUT ROWID;
INSERT INTO document_series (series, pattern) VALUES
    ('invoice', 'F{YYYY}-{NNNN}'), ('credit_note', 'A{YYYY}-{NNNN}'), ('quote', 'D{YYYY}-{NNNN}');

-- The last number given per series and year (year 0 when the series does not reset): read and
-- incremented in the issuing transaction, never AUTOINCREMENT.
CREATE TABLE document_counters (
    series      TEXT NOT NULL REFERENCES document_series (series) ON DELETE RESTRICT,
    year        INTEGER NOT NULL CHECK (year >= 0),
    last_number INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (series, year)
) WITHOUT ROWID;

CREATE TABLE documents (
    id                   INTEGER PRIMARY KEY,
    -- 'deposit' is a deposit invoice (facture d'acompte): numbered in the invoice series.
    kind                 TEXT NOT NULL CHECK (kind IN ('quote', 'invoice', 'deposit', 'credit_note')),
    series               TEXT NOT NULL REFERENCES document_series (series) ON DELETE RESTRICT,
    client_id            INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
    -- Quotes: draft, sent, accepted, refused, expired. Invoices and credit notes: draft, issued,
    -- sent. Paid, partially paid and overdue are derived (document_balances, due_date).
    status               TEXT NOT NULL DEFAULT 'draft'
                         CHECK (status IN ('draft', 'issued', 'sent', 'accepted', 'refused', 'expired')),
    -- Given at issue (quotes: when first sent), NULL on drafts.
    number               TEXT CHECK (number IS NULL OR length(number) BETWEEN 1 AND 35),
    number_year          INTEGER,
    sequence             INTEGER,
    issue_date           TEXT,
    issued_at            INTEGER,
    -- The document it refers to: a credit note's invoice, an invoice's accepted quote.
    source_document_id   INTEGER REFERENCES documents (id) ON DELETE RESTRICT,
    language             TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
    currency             TEXT NOT NULL CHECK (length(currency) = 3),
    -- Euros for one unit of the currency, in millionths (1 USD = 0.921234 EUR → 921234); NULL for
    -- EUR documents. Needed to issue a foreign-currency document that charges VAT.
    eur_rate_micros      INTEGER CHECK (eur_rate_micros IS NULL OR eur_rate_micros > 0),
    title                TEXT NOT NULL DEFAULT '',
    purchase_order       TEXT NOT NULL DEFAULT '',
    service_from         TEXT,
    service_to           TEXT CHECK (service_to IS NULL OR service_from IS NULL OR service_to >= service_from),
    payment_terms_days   INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
    -- Drafts: computed at issue from the terms unless the user set one. Quotes: valid until.
    due_date             TEXT,
    -- Document-level discount: a percentage or an amount, not both.
    discount_basis_points INTEGER NOT NULL DEFAULT 0 CHECK (discount_basis_points BETWEEN 0 AND 10000),
    discount_cents       INTEGER NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
    notes                TEXT NOT NULL DEFAULT '',
    -- Fixed at issue (drafts keep them up to date for lists): see InvoiceTotals.
    vat_case             TEXT CHECK (vat_case IS NULL OR vat_case IN ('vat', 'franchise', 'reverse_charge', 'outside_eu')),
    net_cents            INTEGER NOT NULL DEFAULT 0,
    vat_cents            INTEGER NOT NULL DEFAULT 0,
    disbursements_cents  INTEGER NOT NULL DEFAULT 0,
    total_cents          INTEGER NOT NULL DEFAULT 0,
    deducted_cents       INTEGER NOT NULL DEFAULT 0,
    due_cents            INTEGER NOT NULL DEFAULT 0,
    vat_eur_cents        INTEGER,
    -- JSON (versioned) of everything the document prints that lives elsewhere: seller, client,
    -- mentions, terms, logo (see DocumentSnapshot). '' on drafts.
    snapshot             TEXT NOT NULL DEFAULT '',
    -- The SHA-256 chain of the series: canonical_version names the serialisation hashed;
    -- chain_hash = SHA-256(previous chain_hash || canonical text).
    canonical_version    INTEGER,
    chain_previous       TEXT,
    chain_hash           TEXT,
    -- The archived PDF, relative to the data folder, and its SHA-256; set once after issue.
    pdf_path             TEXT NOT NULL DEFAULT '',
    pdf_sha256           TEXT NOT NULL DEFAULT '',
    sent_at              INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    CHECK ((kind = 'quote') = (series = 'quote')),
    CHECK ((kind = 'credit_note') = (series = 'credit_note')),
    CHECK (kind <> 'credit_note' OR source_document_id IS NOT NULL),
    CHECK (discount_basis_points = 0 OR discount_cents = 0),
    CHECK ((number IS NULL) = (status = 'draft')),
    CHECK (number IS NULL OR (number_year IS NOT NULL AND sequence IS NOT NULL AND issue_date IS NOT NULL
                              AND issued_at IS NOT NULL AND vat_case IS NOT NULL AND chain_hash IS NOT NULL
                              AND canonical_version IS NOT NULL AND length(snapshot) > 0)),
    CHECK (kind = 'quote' OR status IN ('draft', 'issued', 'sent')),
    CHECK (kind <> 'quote' OR status IN ('draft', 'sent', 'accepted', 'refused', 'expired'))
);
CREATE UNIQUE INDEX documents_by_number ON documents (series, number) WHERE number IS NOT NULL;
CREATE UNIQUE INDEX documents_by_sequence ON documents (series, number_year, sequence) WHERE number IS NOT NULL;
CREATE INDEX documents_by_client ON documents (client_id, kind, issue_date, id);
CREATE INDEX documents_by_issue_date ON documents (issue_date, id);
-- Lists by kind and status; also covers the receivables' ageing (currency, amount due, issue date)
-- so the dashboard reads no document row.
CREATE INDEX documents_by_status ON documents (kind, status, due_date, id, currency, due_cents, issue_date);
CREATE INDEX documents_by_source ON documents (source_document_id) WHERE source_document_id IS NOT NULL;
-- The last issue date of a series (issuing refuses an earlier one: numbers follow dates).
CREATE INDEX documents_by_series_date ON documents (series, issue_date) WHERE number IS NOT NULL;
-- Revenue per period reads these columns only (a document's row also holds its snapshot).
CREATE INDEX documents_revenue ON documents (issue_date, kind, currency, eur_rate_micros, net_cents, total_cents,
                                             deducted_cents) WHERE number IS NOT NULL;

-- kind 'service': a priced line in the taxable base. 'disbursement' (débours): a cost paid in the
-- client's name and rebilled at cost, outside the taxable base (no VAT, no discount), with its
-- receipt among the client's files. net_cents = round(quantity × unit price) less the line's
-- discount, both half away from zero; kept on drafts too.
CREATE TABLE document_lines (
    id                    INTEGER PRIMARY KEY,
    document_id           INTEGER NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
    position              INTEGER NOT NULL,
    kind                  TEXT NOT NULL DEFAULT 'service' CHECK (kind IN ('service', 'disbursement')),
    description           TEXT NOT NULL CHECK (length(trim(description)) > 0),
    quantity_thousandths  INTEGER NOT NULL,
    unit                  TEXT NOT NULL DEFAULT 'unit' CHECK (unit IN ('hour', 'day', 'unit', 'flat')),
    unit_price_cents      INTEGER NOT NULL,
    vat_basis_points      INTEGER NOT NULL DEFAULT 0 CHECK (vat_basis_points IN (0, 210, 550, 1000, 2000)),
    discount_basis_points INTEGER NOT NULL DEFAULT 0 CHECK (discount_basis_points BETWEEN 0 AND 10000),
    net_cents             INTEGER NOT NULL,
    -- Where the line came from (information only: no foreign key, an issued line never changes).
    mission_id            INTEGER,
    task_id               INTEGER,
    -- A disbursement's receipt (one of the client's files).
    receipt_file_id       INTEGER REFERENCES client_files (id) ON DELETE RESTRICT,
    CHECK (kind = 'service' OR (vat_basis_points = 0 AND discount_basis_points = 0)),
    UNIQUE (document_id, position)
);
CREATE INDEX document_lines_by_receipt ON document_lines (receipt_file_id) WHERE receipt_file_id IS NOT NULL;

-- The deposit invoices a final invoice deducts (their total, in the same currency).
CREATE TABLE document_deductions (
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
    deposit_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    PRIMARY KEY (document_id, deposit_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX document_deductions_by_deposit ON document_deductions (deposit_id);

-- Money received from (positive) or refunded to (negative) a client: one bank transfer, cheque…
-- amount_cents in `currency`; eur_cents: the euros actually received (the URSSAF figure, the
-- threshold and the receipts register use them).
CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
    received_on TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    eur_cents   INTEGER NOT NULL,
    method      TEXT NOT NULL DEFAULT 'transfer'
                CHECK (method IN ('transfer', 'card', 'cheque', 'cash', 'direct_debit', 'paypal', 'other')),
    reference   TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    CHECK ((amount_cents > 0) = (eur_cents > 0) OR eur_cents = 0)
);
CREATE INDEX payments_by_client ON payments (client_id, received_on, id);
CREATE INDEX payments_by_date ON payments (received_on, id, eur_cents);

-- How a payment is spread over the client's issued invoices (same currency). What is not
-- allocated is the client's credit, which a later invoice can use.
CREATE TABLE payment_allocations (
    payment_id   INTEGER NOT NULL REFERENCES payments (id) ON DELETE RESTRICT,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
    amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
    PRIMARY KEY (payment_id, document_id)
) WITHOUT ROWID;
CREATE INDEX payment_allocations_by_document ON payment_allocations (document_id, payment_id, amount_cents);

-- What has been paid on and credited against each issued invoice (derived: kept by triggers in the
-- same transaction as the allocations and credit notes; `bureau-cli check` compares them).
CREATE TABLE document_balances (
    document_id    INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE RESTRICT,
    paid_cents     INTEGER NOT NULL DEFAULT 0,
    credited_cents INTEGER NOT NULL DEFAULT 0
);

CREATE TRIGGER payment_allocations_balance_insert AFTER INSERT ON payment_allocations
BEGIN
    INSERT INTO document_balances (document_id, paid_cents) VALUES (NEW.document_id, NEW.amount_cents)
    ON CONFLICT (document_id) DO UPDATE SET paid_cents = paid_cents + excluded.paid_cents;
END;
CREATE TRIGGER payment_allocations_balance_delete AFTER DELETE ON payment_allocations
BEGIN
    UPDATE document_balances SET paid_cents = paid_cents - OLD.amount_cents WHERE document_id = OLD.document_id;
END;
CREATE TRIGGER payment_allocations_balance_update AFTER UPDATE ON payment_allocations
BEGIN
    UPDATE document_balances SET paid_cents = paid_cents - OLD.amount_cents WHERE document_id = OLD.document_id;
    INSERT INTO document_balances (document_id, paid_cents) VALUES (NEW.document_id, NEW.amount_cents)
    ON CONFLICT (document_id) DO UPDATE SET paid_cents = paid_cents + excluded.paid_cents;
END;
-- Only issued invoices and credit notes take payments.
CREATE TRIGGER payment_allocations_issued_only BEFORE INSERT ON payment_allocations
WHEN (SELECT status FROM documents WHERE id = NEW.document_id) IN ('draft')
  OR (SELECT kind FROM documents WHERE id = NEW.document_id) = 'quote'
BEGIN
    SELECT RAISE(ABORT, 'payments go to issued invoices only');
END;

-- A credit note counts against its invoice from the moment it is issued.
CREATE TRIGGER documents_credit_note_balance AFTER UPDATE OF number ON documents
WHEN NEW.kind = 'credit_note' AND OLD.number IS NULL AND NEW.number IS NOT NULL
BEGIN
    INSERT INTO document_balances (document_id, credited_cents) VALUES (NEW.source_document_id, NEW.total_cents)
    ON CONFLICT (document_id) DO UPDATE SET credited_cents = credited_cents + excluded.credited_cents;
END;

-- An issued document never changes and is never deleted (DESIGN.md): only its status may move on
-- (issued → sent; a quote's answer), sent_at be set, and its archived PDF be recorded once.
CREATE TRIGGER documents_issued_update BEFORE UPDATE ON documents
WHEN OLD.number IS NOT NULL AND (
       NEW.kind IS NOT OLD.kind OR NEW.series IS NOT OLD.series OR NEW.client_id IS NOT OLD.client_id
    OR NEW.number IS NOT OLD.number OR NEW.number_year IS NOT OLD.number_year OR NEW.sequence IS NOT OLD.sequence
    OR NEW.issue_date IS NOT OLD.issue_date OR NEW.issued_at IS NOT OLD.issued_at
    OR NEW.source_document_id IS NOT OLD.source_document_id OR NEW.language IS NOT OLD.language
    OR NEW.currency IS NOT OLD.currency OR NEW.eur_rate_micros IS NOT OLD.eur_rate_micros
    OR NEW.title IS NOT OLD.title OR NEW.purchase_order IS NOT OLD.purchase_order
    OR NEW.service_from IS NOT OLD.service_from OR NEW.service_to IS NOT OLD.service_to
    OR NEW.payment_terms_days IS NOT OLD.payment_terms_days OR NEW.due_date IS NOT OLD.due_date
    OR NEW.discount_basis_points IS NOT OLD.discount_basis_points OR NEW.discount_cents IS NOT OLD.discount_cents
    OR NEW.notes IS NOT OLD.notes OR NEW.vat_case IS NOT OLD.vat_case
    OR NEW.net_cents IS NOT OLD.net_cents OR NEW.vat_cents IS NOT OLD.vat_cents
    OR NEW.disbursements_cents IS NOT OLD.disbursements_cents OR NEW.total_cents IS NOT OLD.total_cents
    OR NEW.deducted_cents IS NOT OLD.deducted_cents OR NEW.due_cents IS NOT OLD.due_cents
    OR NEW.vat_eur_cents IS NOT OLD.vat_eur_cents OR NEW.snapshot IS NOT OLD.snapshot
    OR NEW.canonical_version IS NOT OLD.canonical_version OR NEW.chain_previous IS NOT OLD.chain_previous
    OR NEW.chain_hash IS NOT OLD.chain_hash OR NEW.created_at IS NOT OLD.created_at
    OR (OLD.pdf_path <> '' AND NEW.pdf_path IS NOT OLD.pdf_path)
    OR (OLD.pdf_sha256 <> '' AND NEW.pdf_sha256 IS NOT OLD.pdf_sha256)
    OR (OLD.kind <> 'quote' AND NEW.status NOT IN ('issued', 'sent'))
    OR (OLD.kind = 'quote' AND NEW.status = 'draft'))
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot change');
END;
CREATE TRIGGER documents_issued_delete BEFORE DELETE ON documents
WHEN OLD.number IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot be deleted');
END;
-- A deleted draft gives its time entries back (they are unlocked: only issuing locks them).
CREATE TRIGGER documents_draft_delete_releases_time AFTER DELETE ON documents
BEGIN
    UPDATE time_entries SET document_id = NULL WHERE document_id = OLD.id;
END;

CREATE TRIGGER document_lines_issued_insert BEFORE INSERT ON document_lines
WHEN (SELECT number FROM documents WHERE id = NEW.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot change');
END;
CREATE TRIGGER document_lines_issued_update BEFORE UPDATE ON document_lines
WHEN (SELECT number FROM documents WHERE id = OLD.document_id) IS NOT NULL
  OR (SELECT number FROM documents WHERE id = NEW.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot change');
END;
CREATE TRIGGER document_lines_issued_delete BEFORE DELETE ON document_lines
WHEN (SELECT number FROM documents WHERE id = OLD.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot change');
END;
CREATE TRIGGER document_deductions_issued_insert BEFORE INSERT ON document_deductions
WHEN (SELECT number FROM documents WHERE id = NEW.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot change');
END;
CREATE TRIGGER document_deductions_issued_update BEFORE UPDATE ON document_deductions
WHEN (SELECT number FROM documents WHERE id = OLD.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot change');
END;
CREATE TRIGGER document_deductions_issued_delete BEFORE DELETE ON document_deductions
WHEN (SELECT number FROM documents WHERE id = OLD.document_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'document is issued and cannot change');
END;

-- The VAT-franchise thresholds for services (DESIGN.md): euros a calendar year, editable data.
CREATE TABLE vat_thresholds (
    year         INTEGER PRIMARY KEY,
    base_cents   INTEGER NOT NULL CHECK (base_cents > 0),
    higher_cents INTEGER NOT NULL CHECK (higher_cents >= base_cents)
);
INSERT INTO vat_thresholds (year, base_cents, higher_cents) VALUES (2026, 3750000, 4125000);

-- The monthly drafts made for package and fixed-fee missions: one per mission and month, made
-- once (document_id is cleared when the user deletes the draft, which is then not made again).
CREATE TABLE mission_billing_runs (
    mission_id  INTEGER NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    month       TEXT NOT NULL CHECK (length(month) = 7),
    document_id INTEGER,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (mission_id, month)
) WITHOUT ROWID;
CREATE INDEX mission_billing_runs_by_document ON mission_billing_runs (document_id) WHERE document_id IS NOT NULL;
CREATE TRIGGER documents_draft_delete_clears_run AFTER DELETE ON documents
BEGIN
    UPDATE mission_billing_runs SET document_id = NULL WHERE document_id = OLD.id;
END;

-- The profile's legal wording, editable (DESIGN.md): '' means Bureau's default text in the
-- document's language.
ALTER TABLE business_profile ADD COLUMN mentions TEXT NOT NULL DEFAULT '';

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: time tracking (issue 5).
-- Instants are INTEGER UTC milliseconds; `day` is the calendar day of the start in the user's zone
-- (DESIGN.md, Time: an entry belongs to the day, week and month of its start in the user's zone),
-- written by the repository from the business profile's zone.

CREATE TABLE time_entries (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    mission_id  INTEGER REFERENCES missions (id) ON DELETE SET NULL,
    task_id     INTEGER REFERENCES tasks (id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    started_at  INTEGER NOT NULL,
    -- NULL while the timer runs: a running timer is a stored row, so it survives a crash.
    ended_at    INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),
    -- The worked minutes (0 while running); at most a day: longer work is several entries.
    minutes     INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),
    day         TEXT NOT NULL CHECK (length(day) = 10),
    billable    INTEGER NOT NULL DEFAULT 1 CHECK (billable IN (0, 1)),
    -- The invoice (draft or issued) the entry was billed on; documents arrive with invoicing.
    document_id INTEGER,
    -- Set when that invoice is issued; an invoiced entry never changes again (trigger below).
    locked      INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK (ended_at IS NOT NULL OR (minutes = 0 AND document_id IS NULL)),
    CHECK (locked = 0 OR document_id IS NOT NULL)
);

-- One running timer at a time, whoever starts it (GUI or CLI).
CREATE UNIQUE INDEX time_entries_one_running ON time_entries (coalesce(ended_at, 0)) WHERE ended_at IS NULL;
-- Lists, overlap checks, recent clients.
CREATE INDEX time_entries_by_start ON time_entries (started_at, id);
-- Day, week and custom-range reports and the timesheet: covering.
CREATE INDEX time_entries_by_day ON time_entries (day, client_id, mission_id, task_id, billable, minutes, document_id);
-- One client's time (invoicing from time, the client's page).
CREATE INDEX time_entries_by_client ON time_entries (client_id, day, billable, minutes);
-- Foreign-key actions on mission and task deletion, and a document's entries.
CREATE INDEX time_entries_by_mission ON time_entries (mission_id, day) WHERE mission_id IS NOT NULL;
CREATE INDEX time_entries_by_task ON time_entries (task_id) WHERE task_id IS NOT NULL;
CREATE INDEX time_entries_by_document ON time_entries (document_id) WHERE document_id IS NOT NULL;

-- An invoiced entry is part of an issued document: what it says never changes, and it is never
-- deleted. Its notes stay editable, and its mission or task link may be cleared when that mission
-- or task is deleted.
CREATE TRIGGER time_entries_locked_update BEFORE UPDATE ON time_entries
WHEN OLD.locked = 1 AND (NEW.client_id IS NOT OLD.client_id OR NEW.started_at IS NOT OLD.started_at
    OR NEW.ended_at IS NOT OLD.ended_at OR NEW.minutes IS NOT OLD.minutes OR NEW.day IS NOT OLD.day
    OR NEW.billable IS NOT OLD.billable OR NEW.description IS NOT OLD.description
    OR NEW.document_id IS NOT OLD.document_id OR NEW.locked IS NOT OLD.locked
    OR (NEW.mission_id IS NOT OLD.mission_id AND NEW.mission_id IS NOT NULL)
    OR (NEW.task_id IS NOT OLD.task_id AND NEW.task_id IS NOT NULL))
BEGIN
    SELECT RAISE(ABORT, 'time entry is invoiced and locked');
END;

CREATE TRIGGER time_entries_locked_delete BEFORE DELETE ON time_entries
WHEN OLD.locked = 1
BEGIN
    SELECT RAISE(ABORT, 'time entry is invoiced and locked');
END;

-- Minutes per month (in the user's zone), client, mission, task, billable and invoiced, kept by
-- the triggers below in the same transaction as the entries: month and year reports and package
-- usage read this instead of a million rows (DESIGN.md, Performance budget). 0 = no mission/task.
CREATE TABLE time_month_totals (
    month      TEXT NOT NULL CHECK (length(month) = 7),
    client_id  INTEGER NOT NULL,
    mission_id INTEGER NOT NULL,
    task_id    INTEGER NOT NULL,
    billable   INTEGER NOT NULL,
    invoiced   INTEGER NOT NULL,
    minutes    INTEGER NOT NULL,
    entries    INTEGER NOT NULL,
    PRIMARY KEY (month, client_id, mission_id, task_id, billable, invoiced)
) WITHOUT ROWID;
CREATE INDEX time_month_totals_by_mission ON time_month_totals (mission_id, month) WHERE mission_id <> 0;
CREATE INDEX time_month_totals_by_client ON time_month_totals (client_id, month);

-- The same, coarser: per month, client and mission, with the billable and unbilled (billable, on no
-- document) minutes as columns. What reports by client, mission and period read: a year of the
-- `large` dataset is some 4,500 rows here against 15,000 above.
CREATE TABLE time_month_client_totals (
    month            TEXT NOT NULL CHECK (length(month) = 7),
    client_id        INTEGER NOT NULL,
    mission_id       INTEGER NOT NULL,
    minutes          INTEGER NOT NULL,
    billable_minutes INTEGER NOT NULL,
    unbilled_minutes INTEGER NOT NULL,
    entries          INTEGER NOT NULL,
    PRIMARY KEY (month, client_id, mission_id)
) WITHOUT ROWID;

CREATE TRIGGER time_entries_totals_insert AFTER INSERT ON time_entries
BEGIN
    INSERT INTO time_month_totals (month, client_id, mission_id, task_id, billable, invoiced, minutes, entries)
    VALUES (substr(NEW.day, 1, 7), NEW.client_id, coalesce(NEW.mission_id, 0), coalesce(NEW.task_id, 0),
            NEW.billable, CASE WHEN NEW.document_id IS NULL THEN 0 ELSE 1 END, NEW.minutes, 1)
    ON CONFLICT (month, client_id, mission_id, task_id, billable, invoiced)
    DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
    INSERT INTO time_month_client_totals (month, client_id, mission_id, minutes, billable_minutes,
                                          unbilled_minutes, entries)
    VALUES (substr(NEW.day, 1, 7), NEW.client_id, coalesce(NEW.mission_id, 0), NEW.minutes,
            NEW.billable * NEW.minutes,
            CASE WHEN NEW.billable = 1 AND NEW.document_id IS NULL THEN NEW.minutes ELSE 0 END, 1)
    ON CONFLICT (month, client_id, mission_id)
    DO UPDATE SET minutes = minutes + excluded.minutes, billable_minutes = billable_minutes + excluded.billable_minutes,
                  unbilled_minutes = unbilled_minutes + excluded.unbilled_minutes, entries = entries + 1;
END;

CREATE TRIGGER time_entries_totals_delete AFTER DELETE ON time_entries
BEGIN
    UPDATE time_month_totals SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id
      AND mission_id = coalesce(OLD.mission_id, 0) AND task_id = coalesce(OLD.task_id, 0)
      AND billable = OLD.billable AND invoiced = CASE WHEN OLD.document_id IS NULL THEN 0 ELSE 1 END;
    DELETE FROM time_month_totals
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id
      AND mission_id = coalesce(OLD.mission_id, 0) AND task_id = coalesce(OLD.task_id, 0)
      AND billable = OLD.billable AND invoiced = CASE WHEN OLD.document_id IS NULL THEN 0 ELSE 1 END
      AND entries = 0;
    UPDATE time_month_client_totals
    SET minutes = minutes - OLD.minutes, billable_minutes = billable_minutes - OLD.billable * OLD.minutes,
        unbilled_minutes = unbilled_minutes
                           - CASE WHEN OLD.billable = 1 AND OLD.document_id IS NULL THEN OLD.minutes ELSE 0 END,
        entries = entries - 1
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id AND mission_id = coalesce(OLD.mission_id, 0);
    DELETE FROM time_month_client_totals
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id AND mission_id = coalesce(OLD.mission_id, 0)
      AND entries = 0;
END;

CREATE TRIGGER time_entries_totals_update AFTER UPDATE OF day, client_id, mission_id, task_id, billable, document_id, minutes
ON time_entries
BEGIN
    UPDATE time_month_totals SET minutes = minutes - OLD.minutes, entries = entries - 1
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id
      AND mission_id = coalesce(OLD.mission_id, 0) AND task_id = coalesce(OLD.task_id, 0)
      AND billable = OLD.billable AND invoiced = CASE WHEN OLD.document_id IS NULL THEN 0 ELSE 1 END;
    DELETE FROM time_month_totals
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id
      AND mission_id = coalesce(OLD.mission_id, 0) AND task_id = coalesce(OLD.task_id, 0)
      AND billable = OLD.billable AND invoiced = CASE WHEN OLD.document_id IS NULL THEN 0 ELSE 1 END
      AND entries = 0;
    INSERT INTO time_month_totals (month, client_id, mission_id, task_id, billable, invoiced, minutes, entries)
    VALUES (substr(NEW.day, 1, 7), NEW.client_id, coalesce(NEW.mission_id, 0), coalesce(NEW.task_id, 0),
            NEW.billable, CASE WHEN NEW.document_id IS NULL THEN 0 ELSE 1 END, NEW.minutes, 1)
    ON CONFLICT (month, client_id, mission_id, task_id, billable, invoiced)
    DO UPDATE SET minutes = minutes + excluded.minutes, entries = entries + 1;
    UPDATE time_month_client_totals
    SET minutes = minutes - OLD.minutes, billable_minutes = billable_minutes - OLD.billable * OLD.minutes,
        unbilled_minutes = unbilled_minutes
                           - CASE WHEN OLD.billable = 1 AND OLD.document_id IS NULL THEN OLD.minutes ELSE 0 END,
        entries = entries - 1
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id AND mission_id = coalesce(OLD.mission_id, 0);
    DELETE FROM time_month_client_totals
    WHERE month = substr(OLD.day, 1, 7) AND client_id = OLD.client_id AND mission_id = coalesce(OLD.mission_id, 0)
      AND entries = 0;
    INSERT INTO time_month_client_totals (month, client_id, mission_id, minutes, billable_minutes,
                                          unbilled_minutes, entries)
    VALUES (substr(NEW.day, 1, 7), NEW.client_id, coalesce(NEW.mission_id, 0), NEW.minutes,
            NEW.billable * NEW.minutes,
            CASE WHEN NEW.billable = 1 AND NEW.document_id IS NULL THEN NEW.minutes ELSE 0 END, 1)
    ON CONFLICT (month, client_id, mission_id)
    DO UPDATE SET minutes = minutes + excluded.minutes, billable_minutes = billable_minutes + excluded.billable_minutes,
                  unbilled_minutes = unbilled_minutes + excluded.unbilled_minutes, entries = entries + 1;
END;

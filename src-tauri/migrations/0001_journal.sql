-- The private session log, first version. Append-only history: change the schema
-- with a new numbered file, never by editing this one. Pragmas (key, WAL, foreign
-- keys, durability) are set when the database is opened, not here.

-- One therapy session. Times are local wall-clock ('YYYY-MM-DDTHH:MM'), as the
-- person wrote them; created/updated/deleted are UTC (RFC 3339).
CREATE TABLE sessions (
    id              TEXT PRIMARY KEY NOT NULL,
    held_at         TEXT NOT NULL,
    therapist       TEXT NOT NULL DEFAULT '',
    distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
    distress_after  INTEGER CHECK (distress_after BETWEEN 0 AND 10),
    body_state      TEXT CHECK (body_state IN ('calm', 'revved-up', 'shut-down')),
    tears           TEXT CHECK (tears IN ('none', 'during', 'after', 'both')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- Set by "delete" so it can be undone; the row is removed for good when the
    -- journal locks.
    deleted_at      TEXT
);
CREATE INDEX sessions_timeline ON sessions (held_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX sessions_by_therapist ON sessions (therapist) WHERE deleted_at IS NULL;

-- The long texts of a session, apart from its small row: filters, counts and the
-- timeline then read (and decrypt) only a few pages, however much was written.
CREATE TABLE session_text (
    session_id TEXT PRIMARY KEY NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    came_up    TEXT NOT NULL DEFAULT '',
    helped     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE session_tear_kinds (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('release', 'grief', 'recognition', 'overwhelm', 'connection')),
    PRIMARY KEY (session_id, kind)
) WITHOUT ROWID;

CREATE TABLE session_warning_signs (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    sign       TEXT NOT NULL CHECK (sign IN ('worse-for-hours', 'flooding', 'numbness', 'panic', 'dissociation')),
    PRIMARY KEY (session_id, sign)
) WITHOUT ROWID;

-- Aftercare steps done (the text of a step from the aftercare list), in order.
CREATE TABLE session_aftercare (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    step       TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;

CREATE TABLE session_tags (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    tag        TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;
CREATE INDEX session_tags_by_tag ON session_tags (tag COLLATE NOCASE);

-- "Bring up next time": raised in one session, carried forward until ticked off.
CREATE TABLE bring_up (
    id         TEXT PRIMARY KEY NOT NULL,
    text       TEXT NOT NULL,
    raised_in  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    done_in    TEXT REFERENCES sessions (id) ON DELETE SET NULL,
    done_at    TEXT
);
CREATE INDEX bring_up_open ON bring_up (raised_in) WHERE done_at IS NULL;
CREATE INDEX bring_up_done_in ON bring_up (done_in);

-- Before/after ratings around the pacer or a grounding list.
CREATE TABLE practice (
    id             TEXT PRIMARY KEY NOT NULL,
    tool           TEXT NOT NULL CHECK (tool IN ('pacer', 'grounding')),
    used           TEXT,
    before         INTEGER CHECK (before BETWEEN 0 AND 10),
    after          INTEGER CHECK (after BETWEEN 0 AND 10),
    active_seconds INTEGER NOT NULL CHECK (active_seconds >= 0),
    ended_at       TEXT NOT NULL
);
CREATE INDEX practice_by_time ON practice (ended_at);

-- Quick notes, often written while the journal was locked.
CREATE TABLE notes (
    id         TEXT PRIMARY KEY NOT NULL,
    written_at TEXT NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX notes_by_time ON notes (written_at);

-- Unsaved session forms: 'new', or the id of the session being edited.
CREATE TABLE drafts (
    key      TEXT PRIMARY KEY NOT NULL,
    body     TEXT NOT NULL,
    saved_at TEXT NOT NULL
) WITHOUT ROWID;

-- Captures from the inbox already merged, so a capture is merged exactly once.
CREATE TABLE inbox_merged (
    capture_id TEXT PRIMARY KEY NOT NULL,
    merged_at  TEXT NOT NULL
) WITHOUT ROWID;

-- The inbox's secret key (an age X25519 identity), protected by the database key.
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Full-text search over every text of a session; rowid = sessions.rowid.
CREATE VIRTUAL TABLE sessions_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

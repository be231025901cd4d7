//! Therapy sessions: what a session holds, how it is checked, and its queries
//! (save, read, timeline with search and filters, delete and undo).

use chrono::NaiveDateTime;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use super::noticing::Recent;
use crate::error::{Error, Result};

/// A closed set of words stored as text, in the order the form shows them.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

text_enum!(
    /// How the body felt, in plain words.
    BodyState { Calm = "calm", RevvedUp = "revved-up", ShutDown = "shut-down" }
);
text_enum!(Tears { None = "none", During = "during", After = "after", Both = "both" });
text_enum!(TearKind {
    Release = "release",
    Grief = "grief",
    Recognition = "recognition",
    Overwhelm = "overwhelm",
    Connection = "connection",
});
text_enum!(WarningSign {
    WorseForHours = "worse-for-hours",
    Flooding = "flooding",
    Numbness = "numbness",
    Panic = "panic",
    Dissociation = "dissociation",
});

const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
const MAX_SHORT_CHARS: usize = 200;
const MAX_ITEM_CHARS: usize = 2000;
const MAX_ITEMS: usize = 50;
const MAX_TAG_CHARS: usize = 60;

/// What the session form sends, and what a saved session holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SessionEntry {
    /// Local date and time of the session, `YYYY-MM-DDTHH:MM`.
    pub held_at: String,
    /// The therapist's name or the kind of therapy.
    pub therapist: String,
    pub distress_before: Option<u8>,
    pub distress_after: Option<u8>,
    pub body_state: Option<BodyState>,
    pub tears: Option<Tears>,
    pub tear_kinds: Vec<TearKind>,
    pub came_up: String,
    pub helped: String,
    /// Aftercare steps done, as their text.
    pub aftercare: Vec<String>,
    pub warning_signs: Vec<WarningSign>,
    pub tags: Vec<String>,
    /// New "bring up next time" items raised in this session.
    pub bring_up: Vec<String>,
    /// Ids of earlier items ticked off in this session.
    pub ticked: Vec<String>,
}

impl SessionEntry {
    /// Checks every field and returns the entry as it will be stored: sets in their
    /// canonical order, blank list items dropped, tags trimmed and without repeats.
    /// Free text is kept exactly as written.
    pub fn checked(mut self) -> Result<SessionEntry> {
        let held = NaiveDateTime::parse_from_str(&self.held_at, "%Y-%m-%dT%H:%M")
            .map_err(|_| Error::invalid("heldAt", "Please give the date and time of the session."))?;
        self.held_at = held.format("%Y-%m-%dT%H:%M").to_string();
        if self.therapist.chars().count() > MAX_SHORT_CHARS {
            return Err(Error::invalid("therapist", "Please keep this to 200 characters."));
        }
        for (field, rating) in [("distressBefore", self.distress_before), ("distressAfter", self.distress_after)] {
            if rating.is_some_and(|r| r > 10) {
                return Err(Error::invalid(field, "A rating goes from 0 to 10."));
            }
        }
        for (field, text) in [("cameUp", &self.came_up), ("helped", &self.helped)] {
            if text.len() > MAX_TEXT_BYTES {
                return Err(Error::invalid(field, "This is longer than Ebb can keep in one field (2 MB). Could part of it go in another session?"));
            }
        }
        self.tear_kinds.sort();
        self.tear_kinds.dedup();
        self.warning_signs.sort();
        self.warning_signs.dedup();
        if matches!(self.tears, None | Some(Tears::None)) && !self.tear_kinds.is_empty() {
            return Err(Error::invalid("tearKinds", "Kinds of tears only go with tears during or after the session."));
        }
        self.aftercare = items("aftercare", self.aftercare, MAX_SHORT_CHARS * 2)?;
        self.bring_up = items("bringUp", self.bring_up, MAX_ITEM_CHARS)?;
        let mut tags: Vec<String> = Vec::new();
        for tag in self.tags {
            let tag = tag.trim();
            if tag.is_empty() || tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
                continue;
            }
            if tag.chars().count() > MAX_TAG_CHARS || tag.chars().any(char::is_control) {
                return Err(Error::invalid("tags", "A tag is a short word or phrase on one line (up to 60 characters)."));
            }
            tags.push(tag.to_string());
        }
        if tags.len() > MAX_ITEMS {
            return Err(Error::invalid("tags", "That is more tags than one session can hold (50)."));
        }
        self.tags = tags;
        self.ticked.sort();
        self.ticked.dedup();
        Ok(self)
    }
}

fn items(field: &'static str, list: Vec<String>, max_chars: usize) -> Result<Vec<String>> {
    let list: Vec<String> = list.into_iter().filter(|t| !t.trim().is_empty()).collect();
    if list.len() > MAX_ITEMS {
        return Err(Error::invalid(field, "That is more items than one session can hold (50)."));
    }
    if list.iter().any(|t| t.chars().count() > max_chars) {
        return Err(Error::invalid(field, format!("Please keep each item to {max_chars} characters.")));
    }
    Ok(list)
}

/// A saved session.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: String,
    #[serde(flatten)]
    pub entry: SessionEntry,
    pub created_at: String,
    pub updated_at: String,
    /// The earlier items ticked off in this session, with their text.
    pub ticked_items: Vec<BringUpItem>,
}

/// A "bring up next time" item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BringUpItem {
    pub id: String,
    pub text: String,
    pub raised_in: String,
    /// When the session that raised it was held.
    pub raised_at: String,
    pub done_in: Option<String>,
}

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionSummary {
    pub id: String,
    pub held_at: String,
    pub therapist: String,
    pub distress_before: Option<u8>,
    pub distress_after: Option<u8>,
    pub tears: Option<Tears>,
    pub tags: Vec<String>,
    pub warning_signs: Vec<WarningSign>,
    /// The start of "what came up" (or "what helped"), for a glance.
    pub excerpt: String,
}

/// Where the next page starts: after this session in timeline order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cursor {
    pub held_at: String,
    pub id: String,
}

/// Search text and filters for the timeline; all optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TimelineQuery {
    pub text: String,
    /// First day included, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day included, `YYYY-MM-DD`.
    pub to: Option<String>,
    pub therapist: Option<String>,
    /// Sessions with any of these; empty means any.
    pub tears: Vec<Tears>,
    pub tag: Option<String>,
    pub after: Option<Cursor>,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    pub sessions: Vec<SessionSummary>,
    /// Sessions matching the search and filters, all pages together (first page only).
    pub total: Option<u64>,
    pub next: Option<Cursor>,
}

pub const PAGE_SIZE: u32 = 25;

/// Saves a new session (`id` not yet used) or replaces one. `new_id` names new
/// bring-up items.
pub fn save(tx: &Transaction, id: &str, entry: &SessionEntry, now: &str, new_id: &mut dyn FnMut() -> Result<String>) -> Result<()> {
    let deleted: Option<Option<String>> = tx
        .query_row("SELECT deleted_at FROM sessions WHERE id = ?1", [id], |r| r.get(0))
        .optional()
        .map_err(Error::db("Could not read the session"))?;
    if matches!(deleted, Some(Some(_))) {
        return Err(Error::NotFound("This session was deleted. Undo the delete to change it.".into()));
    }
    write(tx, id, entry, now, now)?;
    save_bring_up(tx, id, entry, now, new_id)?;
    reindex(tx, id)
}

/// Writes a session's row, texts and lists as given (bring-up items aside). A new
/// session takes `created`; an existing one keeps its own.
pub fn write(tx: &Transaction, id: &str, e: &SessionEntry, created: &str, updated: &str) -> Result<()> {
    let db = || Error::db("Could not save the session");
    tx.prepare_cached(
        "INSERT INTO sessions (id, held_at, therapist, distress_before, distress_after, body_state, tears,
                               created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (id) DO UPDATE SET held_at = excluded.held_at, therapist = excluded.therapist,
             distress_before = excluded.distress_before, distress_after = excluded.distress_after,
             body_state = excluded.body_state, tears = excluded.tears, updated_at = excluded.updated_at",
    )
    .and_then(|mut s| {
        s.execute(params![
            id,
            e.held_at,
            e.therapist,
            e.distress_before,
            e.distress_after,
            e.body_state.map(BodyState::as_str),
            e.tears.map(Tears::as_str),
            created,
            updated
        ])
    })
    .and_then(|_| {
        tx.prepare_cached(
            "INSERT INTO session_text (session_id, came_up, helped) VALUES (?1, ?2, ?3)
             ON CONFLICT (session_id) DO UPDATE SET came_up = excluded.came_up, helped = excluded.helped",
        )?
        .execute(params![id, e.came_up, e.helped])
    })
    .map_err(db())?;
    (|| -> rusqlite::Result<()> {
        for table in ["session_tear_kinds", "session_warning_signs", "session_aftercare", "session_tags"] {
            tx.prepare_cached(&format!("DELETE FROM {table} WHERE session_id = ?1"))?.execute([id])?;
        }
        for kind in &e.tear_kinds {
            tx.prepare_cached("INSERT INTO session_tear_kinds (session_id, kind) VALUES (?1, ?2)")?
                .execute(params![id, kind.as_str()])?;
        }
        for sign in &e.warning_signs {
            tx.prepare_cached("INSERT INTO session_warning_signs (session_id, sign) VALUES (?1, ?2)")?
                .execute(params![id, sign.as_str()])?;
        }
        for (i, step) in e.aftercare.iter().enumerate() {
            tx.prepare_cached("INSERT INTO session_aftercare (session_id, position, step) VALUES (?1, ?2, ?3)")?
                .execute(params![id, i as i64, step])?;
        }
        for (i, tag) in e.tags.iter().enumerate() {
            tx.prepare_cached("INSERT INTO session_tags (session_id, position, tag) VALUES (?1, ?2, ?3)")?
                .execute(params![id, i as i64, tag])?;
        }
        Ok(())
    })()
    .map_err(db())
}

/// Rebuilds a session's entry in the full-text index from what is stored: its
/// therapist, texts, tags and the items it raised.
pub fn reindex(tx: &Transaction, id: &str) -> Result<()> {
    let db = || Error::db("Could not index the session for search");
    let (therapist, came_up, helped): (String, String, String) = tx
        .prepare_cached(
            "SELECT s.therapist, t.came_up, t.helped FROM sessions s JOIN session_text t ON t.session_id = s.id WHERE s.id = ?1",
        )
        .and_then(|mut s| s.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))))
        .map_err(db())?;
    let tags = tags_of(tx, id)?;
    let items = strings_of(tx, "SELECT text FROM bring_up WHERE raised_in = ?1 ORDER BY position", id)?;
    tx.prepare_cached("DELETE FROM sessions_fts WHERE rowid = (SELECT rowid FROM sessions WHERE id = ?1)")
        .and_then(|mut s| s.execute([id]))
        .map_err(db())?;
    index_new(tx, id, &search_text(&therapist, &came_up, &helped, &tags, &items))
}

/// What the full-text index holds for a session, in one text.
pub fn search_text(therapist: &str, came_up: &str, helped: &str, tags: &[String], bring_up: &[String]) -> String {
    let mut parts = vec![therapist, came_up, helped];
    parts.extend(tags.iter().map(String::as_str));
    parts.extend(bring_up.iter().map(String::as_str));
    parts.join("\n")
}

/// Indexes a session not yet in the full-text index (an import knows its text already).
pub fn index_new(tx: &Transaction, id: &str, text: &str) -> Result<()> {
    tx.prepare_cached("INSERT INTO sessions_fts (rowid, body) SELECT rowid, ?2 FROM sessions WHERE id = ?1")
        .and_then(|mut s| s.execute(params![id, text]))
        .map(drop)
        .map_err(Error::db("Could not index the session for search"))
}

/// Items raised here keep their ids while their text stays the same (ticks made in
/// later sessions survive an edit); ticks made here follow `ticked`.
fn save_bring_up(tx: &Transaction, id: &str, e: &SessionEntry, now: &str, new_id: &mut dyn FnMut() -> Result<String>) -> Result<()> {
    let db = || Error::db("Could not save the items to bring up");
    let existing: Vec<(String, String)> = tx
        .prepare("SELECT id, text FROM bring_up WHERE raised_in = ?1")
        .and_then(|mut s| s.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .map_err(db())?;
    let mut kept = Vec::new();
    for (position, text) in e.bring_up.iter().enumerate() {
        match existing.iter().find(|(item, t)| t == text && !kept.contains(item)) {
            Some((item, _)) => {
                tx.execute("UPDATE bring_up SET position = ?2 WHERE id = ?1", params![item, position as i64]).map_err(db())?;
                kept.push(item.clone());
            }
            None => {
                let item = new_id()?;
                tx.execute(
                    "INSERT INTO bring_up (id, text, raised_in, position) VALUES (?1, ?2, ?3, ?4)",
                    params![item, text, id, position as i64],
                )
                .map_err(db())?;
                kept.push(item);
            }
        }
    }
    for (item, _) in existing.iter().filter(|(item, _)| !kept.contains(item)) {
        tx.execute("DELETE FROM bring_up WHERE id = ?1", [item]).map_err(db())?;
    }
    let previously: Vec<String> = tx
        .prepare("SELECT id FROM bring_up WHERE done_in = ?1")
        .and_then(|mut s| s.query_map([id], |r| r.get(0))?.collect())
        .map_err(db())?;
    for item in previously.iter().filter(|item| !e.ticked.contains(item)) {
        tx.execute("UPDATE bring_up SET done_in = NULL, done_at = NULL WHERE id = ?1", [item]).map_err(db())?;
    }
    for item in e.ticked.iter().filter(|item| !previously.contains(item)) {
        let changed = tx
            .execute(
                "UPDATE bring_up SET done_in = ?2, done_at = ?3 WHERE id = ?1 AND raised_in != ?2 AND done_at IS NULL",
                params![item, id, now],
            )
            .map_err(db())?;
        if changed == 0 {
            return Err(Error::invalid("ticked", "One of the items to bring up was changed elsewhere. Please look at the list again."));
        }
    }
    Ok(())
}

/// A session that is not deleted.
pub fn get(conn: &Connection, id: &str) -> Result<Session> {
    let db = || Error::db("Could not read the session");
    let row = conn
        .query_row(
            "SELECT s.held_at, s.therapist, s.distress_before, s.distress_after, s.body_state, s.tears,
                    t.came_up, t.helped, s.created_at, s.updated_at
             FROM sessions s JOIN session_text t ON t.session_id = s.id
             WHERE s.id = ?1 AND s.deleted_at IS NULL",
            [id],
            |r| {
                Ok((
                    SessionEntry {
                        held_at: r.get(0)?,
                        therapist: r.get(1)?,
                        distress_before: r.get(2)?,
                        distress_after: r.get(3)?,
                        body_state: r.get::<_, Option<String>>(4)?.as_deref().and_then(BodyState::parse),
                        tears: r.get::<_, Option<String>>(5)?.as_deref().and_then(Tears::parse),
                        came_up: r.get(6)?,
                        helped: r.get(7)?,
                        ..SessionEntry::default()
                    },
                    r.get::<_, String>(8)?,
                    r.get::<_, String>(9)?,
                ))
            },
        )
        .optional()
        .map_err(db())?;
    let Some((mut entry, created_at, updated_at)) = row else {
        return Err(Error::NotFound("That session is no longer in the journal.".into()));
    };
    entry.tear_kinds = strings_of(conn, "SELECT kind FROM session_tear_kinds WHERE session_id = ?1", id)?
        .iter()
        .filter_map(|k| TearKind::parse(k))
        .collect();
    entry.tear_kinds.sort();
    entry.warning_signs = warning_signs_of(conn, id)?;
    entry.aftercare = strings_of(conn, "SELECT step FROM session_aftercare WHERE session_id = ?1 ORDER BY position", id)?;
    entry.tags = tags_of(conn, id)?;
    entry.bring_up = strings_of(conn, "SELECT text FROM bring_up WHERE raised_in = ?1 ORDER BY position", id)?;
    let ticked_items = bring_up_where(conn, "b.done_in = ?1", id)?;
    entry.ticked = ticked_items.iter().map(|i| i.id.clone()).collect();
    entry.ticked.sort();
    Ok(Session { id: id.to_string(), entry, created_at, updated_at, ticked_items })
}

/// Items still to bring up, oldest first. When editing a session, its own ticks are
/// included (so they can be unticked) and its own items are left out.
pub fn open_bring_up(conn: &Connection, editing: Option<&str>) -> Result<Vec<BringUpItem>> {
    bring_up_where(conn, "(b.done_at IS NULL OR b.done_in = ?1) AND b.raised_in != ?1", editing.unwrap_or(""))
}

fn bring_up_where(conn: &Connection, condition: &str, id: &str) -> Result<Vec<BringUpItem>> {
    let sql = format!(
        "SELECT b.id, b.text, b.raised_in, s.held_at, b.done_in FROM bring_up b
         JOIN sessions s ON s.id = b.raised_in AND s.deleted_at IS NULL
         WHERE {condition} ORDER BY s.held_at, b.raised_in, b.position"
    );
    conn.prepare_cached(&sql)
        .and_then(|mut s| {
            s.query_map([id], |r| {
                Ok(BringUpItem { id: r.get(0)?, text: r.get(1)?, raised_in: r.get(2)?, raised_at: r.get(3)?, done_in: r.get(4)? })
            })?
            .collect()
        })
        .map_err(Error::db("Could not read the items to bring up"))
}

/// Turns what the person typed into an FTS5 query: every word must appear (as a
/// word or the start of one). Each word is quoted, so no input is FTS5 syntax.
fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// A page of the timeline, newest first, with search and filters.
pub fn list(conn: &Connection, query: &TimelineQuery) -> Result<Page> {
    let mut conditions = vec!["s.deleted_at IS NULL".to_string()];
    let mut values: Vec<Value> = Vec::new();
    let mut bind = |conditions: &mut Vec<String>, sql: &str, value: Value| {
        values.push(value);
        conditions.push(sql.replace('?', &format!("?{}", values.len())));
    };
    if let Some(expr) = match_expression(&query.text) {
        bind(&mut conditions, "s.rowid IN (SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH ?)", Value::Text(expr));
    }
    if let Some(from) = query.from.as_deref().filter(|d| !d.is_empty()) {
        let day = day(from, "from")?;
        bind(&mut conditions, "s.held_at >= ?", Value::Text(day));
    }
    if let Some(to) = query.to.as_deref().filter(|d| !d.is_empty()) {
        // Up to and including that day: everything before the next day's start.
        let day = day(to, "to")?;
        bind(&mut conditions, "s.held_at < ? || 'T99'", Value::Text(day));
    }
    if let Some(therapist) = query.therapist.as_deref().filter(|t| !t.is_empty()) {
        bind(&mut conditions, "s.therapist = ?", Value::Text(therapist.to_string()));
    }
    if !query.tears.is_empty() {
        let list = query.tears.iter().map(|t| format!("'{}'", t.as_str())).collect::<Vec<_>>().join(", ");
        conditions.push(format!("s.tears IN ({list})"));
    }
    if let Some(tag) = query.tag.as_deref().filter(|t| !t.is_empty()) {
        bind(
            &mut conditions,
            "EXISTS (SELECT 1 FROM session_tags t WHERE t.session_id = s.id AND t.tag = ? COLLATE NOCASE)",
            Value::Text(tag.trim().to_string()),
        );
    }
    let db = || Error::db("Could not read the journal");
    let filter = conditions.join(" AND ");
    // The first page also counts every match; later pages only continue the list.
    let counted = query.after.is_none();
    let mut total = None;
    if counted {
        let n: i64 = conn
            .prepare_cached(&format!("SELECT count(*) FROM sessions s WHERE {filter}"))
            .and_then(|mut s| s.query_row(params_from_iter(values.iter()), |r| r.get(0)))
            .map_err(db())?;
        total = Some(n.unsigned_abs());
    }
    let mut page_conditions = filter;
    if let Some(after) = &query.after {
        values.push(Value::Text(after.held_at.clone()));
        values.push(Value::Text(after.id.clone()));
        page_conditions.push_str(&format!(" AND (s.held_at, s.id) < (?{}, ?{})", values.len() - 1, values.len()));
    }
    let limit = query.limit.unwrap_or(PAGE_SIZE).clamp(1, 200);
    values.push(Value::Integer(i64::from(limit) + 1));
    let sql = format!(
        "SELECT s.id, s.held_at, s.therapist, s.distress_before, s.distress_after, s.tears,
                (SELECT substr(CASE WHEN t.came_up != '' THEN t.came_up ELSE t.helped END, 1, 240)
                 FROM session_text t WHERE t.session_id = s.id)
         FROM sessions s WHERE {page_conditions}
         ORDER BY s.held_at DESC, s.id DESC LIMIT ?{}",
        values.len()
    );
    let mut sessions: Vec<SessionSummary> = conn
        .prepare_cached(&sql)
        .and_then(|mut s| {
            s.query_map(params_from_iter(values.iter()), |r| {
                Ok(SessionSummary {
                        id: r.get(0)?,
                        held_at: r.get(1)?,
                        therapist: r.get(2)?,
                        distress_before: r.get(3)?,
                        distress_after: r.get(4)?,
                        tears: r.get::<_, Option<String>>(5)?.as_deref().and_then(Tears::parse),
                        tags: Vec::new(),
                        warning_signs: Vec::new(),
                        excerpt: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                })
            })?
            .collect()
        })
        .map_err(db())?;
    let next = if sessions.len() > limit as usize {
        sessions.truncate(limit as usize);
        sessions.last().map(|s| Cursor { held_at: s.held_at.clone(), id: s.id.clone() })
    } else {
        None
    };
    for s in &mut sessions {
        s.tags = tags_of(conn, &s.id)?;
        s.warning_signs = warning_signs_of(conn, &s.id)?;
    }
    Ok(Page { sessions, total, next })
}

fn day(text: &str, field: &'static str) -> Result<String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| Error::invalid(field, "Please give a date as year-month-day."))
}

/// Marks a session deleted (undo brings it back until the journal locks).
pub fn delete(conn: &Connection, id: &str, now: &str) -> Result<()> {
    let changed = conn
        .execute("UPDATE sessions SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL", params![id, now])
        .map_err(Error::db("Could not delete the session"))?;
    if changed == 0 {
        return Err(Error::NotFound("That session is no longer in the journal.".into()));
    }
    Ok(())
}

pub fn restore(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn
        .execute("UPDATE sessions SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL", [id])
        .map_err(Error::db("Could not bring the session back"))?;
    if changed == 0 {
        return Err(Error::NotFound("That session can no longer be brought back.".into()));
    }
    Ok(())
}

/// Removes deleted sessions for good, with their search text and drafts.
pub fn purge_deleted(tx: &Transaction) -> Result<usize> {
    tx.execute(
        "DELETE FROM sessions_fts WHERE rowid IN (SELECT rowid FROM sessions WHERE deleted_at IS NOT NULL)",
        [],
    )
    .and_then(|_| tx.execute("DELETE FROM drafts WHERE key IN (SELECT id FROM sessions WHERE deleted_at IS NOT NULL)", []))
    .and_then(|_| tx.execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL", []))
    .map_err(Error::db("Could not remove deleted sessions"))
}

/// Names used before, most recent first, for the form and the filters.
pub fn therapists(conn: &Connection) -> Result<Vec<String>> {
    conn.prepare_cached(
        "SELECT therapist FROM sessions WHERE deleted_at IS NULL AND therapist != ''
         GROUP BY therapist ORDER BY max(held_at) DESC LIMIT 100",
    )
    .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
    .map_err(Error::db("Could not read the journal"))
}

/// Tags used before, most used first.
pub fn tags(conn: &Connection) -> Result<Vec<String>> {
    conn.prepare_cached(
        "SELECT min(t.tag) FROM session_tags t JOIN sessions s ON s.id = t.session_id AND s.deleted_at IS NULL
         GROUP BY t.tag COLLATE NOCASE ORDER BY count(*) DESC, min(t.tag) LIMIT 200",
    )
    .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
    .map_err(Error::db("Could not read the journal"))
}

/// The most recent sessions (for gentle patterns): warning signs and ratings.
pub fn recent(conn: &Connection, count: u32) -> Result<Vec<Recent>> {
    let db = || Error::db("Could not read the journal");
    let rows: Vec<(String, Option<u8>, Option<u8>)> = conn
        .prepare_cached(
            "SELECT id, distress_before, distress_after FROM sessions WHERE deleted_at IS NULL
             ORDER BY held_at DESC, id DESC LIMIT ?1",
        )
        .and_then(|mut s| s.query_map([count], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect())
        .map_err(db())?;
    rows.into_iter()
        .map(|(id, before, after)| Ok(Recent { signs: warning_signs_of(conn, &id)?, id, before, after }))
        .collect()
}

/// One text column from a session's rows in a child table, in the query's order.
fn strings_of(conn: &Connection, sql: &str, id: &str) -> Result<Vec<String>> {
    conn.prepare_cached(sql)
        .and_then(|mut s| s.query_map([id], |r| r.get(0))?.collect())
        .map_err(Error::db("Could not read the session"))
}

fn tags_of(conn: &Connection, id: &str) -> Result<Vec<String>> {
    strings_of(conn, "SELECT tag FROM session_tags WHERE session_id = ?1 ORDER BY position", id)
}

/// A session's warning signs in their canonical order.
fn warning_signs_of(conn: &Connection, id: &str) -> Result<Vec<WarningSign>> {
    let mut signs: Vec<WarningSign> = strings_of(conn, "SELECT sign FROM session_warning_signs WHERE session_id = ?1", id)?
        .iter()
        .filter_map(|k| WarningSign::parse(k))
        .collect();
    signs.sort();
    Ok(signs)
}

#[cfg(test)]
#[path = "sessions_tests.rs"]
pub(crate) mod tests;

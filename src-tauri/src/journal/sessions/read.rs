//! Reading sessions: one session, a page of the timeline with search and
//! filters, the names and tags used before, recent sessions for gentle patterns,
//! and every session for an export.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

use super::search::match_expression;
use super::{BodyState, Cursor, Page, Session, SessionEntry, SessionSummary, TearKind, Tears, TimelineQuery, WarningSign, PAGE_SIZE};
use crate::error::{Error, Result};
use crate::journal::archive::SessionRecord;
use crate::journal::bring_up;
use crate::journal::observations::Recent;

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
    let ticked_items = bring_up::ticked_in(conn, id)?;
    entry.ticked = ticked_items.iter().map(|i| i.id.clone()).collect();
    entry.ticked.sort();
    Ok(Session { id: id.to_string(), entry, created_at, updated_at, ticked_items })
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
pub(super) fn strings_of(conn: &Connection, sql: &str, id: &str) -> Result<Vec<String>> {
    conn.prepare_cached(sql)
        .and_then(|mut s| s.query_map([id], |r| r.get(0))?.collect())
        .map_err(Error::db("Could not read the session"))
}

pub(super) fn tags_of(conn: &Connection, id: &str) -> Result<Vec<String>> {
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

/// Every session that is not deleted, oldest first, as the archive holds them.
pub fn archive_records(conn: &Connection) -> Result<Vec<SessionRecord>> {
    let db = || Error::db("Could not read the journal for export");
    let mut sessions: Vec<SessionRecord> = conn
        .prepare(
            "SELECT s.id, s.held_at, s.therapist, s.distress_before, s.distress_after, s.body_state, s.tears,
                    t.came_up, t.helped, s.created_at, s.updated_at
             FROM sessions s JOIN session_text t ON t.session_id = s.id
             WHERE s.deleted_at IS NULL ORDER BY s.held_at, s.id",
        )
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok(SessionRecord {
                    id: r.get(0)?,
                    held_at: r.get(1)?,
                    therapist: r.get(2)?,
                    distress_before: r.get(3)?,
                    distress_after: r.get(4)?,
                    body_state: r.get::<_, Option<String>>(5)?.as_deref().and_then(BodyState::parse),
                    tears: r.get::<_, Option<String>>(6)?.as_deref().and_then(Tears::parse),
                    tear_kinds: Vec::new(),
                    came_up: r.get(7)?,
                    helped: r.get(8)?,
                    aftercare: Vec::new(),
                    warning_signs: Vec::new(),
                    tags: Vec::new(),
                    created_at: r.get(9)?,
                    updated_at: r.get(10)?,
                })
            })?
            .collect()
        })
        .map_err(db())?;
    let lists = |sql: &str| -> Result<HashMap<String, Vec<String>>> {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        let mut statement = conn.prepare(sql).map_err(db())?;
        let rows = statement.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))).map_err(db())?;
        for row in rows {
            let (id, value) = row.map_err(db())?;
            map.entry(id).or_default().push(value);
        }
        Ok(map)
    };
    let mut kinds = lists("SELECT session_id, kind FROM session_tear_kinds")?;
    let mut signs = lists("SELECT session_id, sign FROM session_warning_signs")?;
    let mut aftercare = lists("SELECT session_id, step FROM session_aftercare ORDER BY session_id, position")?;
    let mut tags = lists("SELECT session_id, tag FROM session_tags ORDER BY session_id, position")?;
    for s in &mut sessions {
        s.tear_kinds = kinds.remove(&s.id).unwrap_or_default().iter().filter_map(|k| TearKind::parse(k)).collect();
        s.tear_kinds.sort();
        s.warning_signs = signs.remove(&s.id).unwrap_or_default().iter().filter_map(|k| WarningSign::parse(k)).collect();
        s.warning_signs.sort();
        s.aftercare = aftercare.remove(&s.id).unwrap_or_default();
        s.tags = tags.remove(&s.id).unwrap_or_default();
    }
    Ok(sessions)
}

/// A session's `updated_at` and `deleted_at`, if it is in the journal at all.
pub fn versions(conn: &Connection, id: &str) -> Result<Option<(String, Option<String>)>> {
    conn.prepare_cached("SELECT updated_at, deleted_at FROM sessions WHERE id = ?1")
        .and_then(|mut q| q.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
        .map_err(Error::db("Could not read the journal"))
}

/// Whether a session with this id is in the journal (deleted or not).
pub fn exists(conn: &Connection, id: &str) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?1)")
        .and_then(|mut q| q.query_row([id], |r| r.get(0)))
        .map_err(Error::db("Could not read the journal"))
}

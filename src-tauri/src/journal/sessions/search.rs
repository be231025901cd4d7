//! The full-text index of sessions (FTS5): what it holds for a session, and how
//! typed words become a query.

use rusqlite::{params, Transaction};

use super::read::{strings_of, tags_of};
use crate::error::{Error, Result};

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

/// Turns what the person typed into an FTS5 query: every word must appear (as a
/// word or the start of one). Each word is quoted, so no input is FTS5 syntax.
pub(super) fn match_expression(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// FTS5's own check that the index matches what it indexes.
pub fn check_index(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.execute("INSERT INTO sessions_fts (sessions_fts, rank) VALUES ('integrity-check', 1)", []).map(drop)
}

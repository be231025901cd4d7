//! Quick notes: a few words jotted down, often while the journal was locked.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::archive::NoteRecord;
use crate::error::{Error, Result};

pub const MAX_NOTE_BYTES: usize = 100 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: String,
    /// UTC, RFC 3339.
    pub written_at: String,
    pub text: String,
}

pub fn check_text(text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::invalid("note", "There is nothing to keep yet."));
    }
    if text.len() > MAX_NOTE_BYTES {
        return Err(Error::invalid("note", "A quick note can hold up to 100 KB. Longer thoughts fit in a session."));
    }
    Ok(())
}

/// Stores a note once: a second insert with the same id changes nothing.
pub fn insert(conn: &Connection, note: &Note) -> Result<bool> {
    conn.execute("INSERT OR IGNORE INTO notes (id, written_at, text) VALUES (?1, ?2, ?3)", params![note.id, note.written_at, note.text])
        .map(|n| n == 1)
        .map_err(Error::db("Could not save the note"))
}

/// The most recent notes, newest first.
pub fn recent(conn: &Connection, limit: u32) -> Result<Vec<Note>> {
    conn.prepare_cached("SELECT id, written_at, text FROM notes ORDER BY written_at DESC, id DESC LIMIT ?1")
        .and_then(|mut s| s.query_map([limit], |r| Ok(Note { id: r.get(0)?, written_at: r.get(1)?, text: r.get(2)? }))?.collect())
        .map_err(Error::db("Could not read the notes"))
}

/// Every note, oldest first, as the archive holds them.
pub fn archive_records(conn: &Connection) -> Result<Vec<NoteRecord>> {
    conn.prepare("SELECT id, written_at, text FROM notes ORDER BY written_at, id")
        .and_then(|mut s| s.query_map([], |r| Ok(NoteRecord { id: r.get(0)?, written_at: r.get(1)?, text: r.get(2)? }))?.collect())
        .map_err(Error::db("Could not read the journal for export"))
}

pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    match conn.execute("DELETE FROM notes WHERE id = ?1", [id]).map_err(Error::db("Could not remove the note"))? {
        0 => Err(Error::NotFound("That note is already gone.".into())),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::db::open_in_memory;

    #[test]
    fn notes_come_back_newest_first_and_are_stored_once() {
        let conn = open_in_memory().expect("db");
        let note = |id: &str, at: &str| Note { id: id.into(), written_at: at.into(), text: format!("note {id} 🌊 שלום") };
        assert!(insert(&conn, &note("a", "2026-11-20T10:00:00Z")).expect("insert"));
        assert!(insert(&conn, &note("b", "2026-11-21T10:00:00Z")).expect("insert"));
        assert!(!insert(&conn, &note("a", "2026-11-20T10:00:00Z")).expect("insert"));
        let ids: Vec<String> = recent(&conn, 10).expect("recent").into_iter().map(|n| n.id).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!(recent(&conn, 10).expect("recent")[1].text, "note a 🌊 שלום");
        delete(&conn, "a").expect("delete");
        assert_eq!(delete(&conn, "a").expect_err("gone").kind(), "not_found");
    }

    #[test]
    fn empty_and_huge_notes_are_refused_with_a_reason() {
        assert_eq!(check_text("  \n").expect_err("empty").kind(), "invalid");
        assert!(check_text(&"x".repeat(MAX_NOTE_BYTES + 1)).is_err());
        assert!(check_text("a few words").is_ok());
    }
}

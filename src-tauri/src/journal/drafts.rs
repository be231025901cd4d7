//! Drafts: the session form as it was last typed, saved as the person writes so that
//! nothing is lost to a crash, a closed window or a lock. Stored inside the
//! encrypted database, never in the web view's storage.

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use super::archive::DraftRecord;
use crate::error::{Error, Result};

const MAX_DRAFT_BYTES: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// The form's fields as the interface sent them (JSON).
    pub body: serde_json::Value,
    pub saved_at: String,
}

/// `key` is "new" or the id of the session being edited.
pub fn save(conn: &Connection, key: &str, body: &serde_json::Value, now: &str) -> Result<()> {
    let text = body.to_string();
    if text.len() > MAX_DRAFT_BYTES {
        return Err(Error::invalid("draft", "This draft is larger than Ebb can keep (8 MB). What you wrote is still on screen; save part of it as a session, then go on."));
    }
    conn.execute(
        "INSERT INTO drafts (key, body, saved_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at",
        params![key, text, now],
    )
    .map(drop)
    .map_err(Error::db("Could not save the draft"))
}

pub fn get(conn: &Connection, key: &str) -> Result<Option<Draft>> {
    let row: Option<(String, String)> = conn
        .query_row("SELECT body, saved_at FROM drafts WHERE key = ?1", [key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .map_err(Error::db("Could not read the draft"))?;
    Ok(row.and_then(|(body, saved_at)| serde_json::from_str(&body).ok().map(|body| Draft { body, saved_at })))
}

pub fn discard(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM drafts WHERE key = ?1", [key]).map(drop).map_err(Error::db("Could not discard the draft"))
}

/// Every draft whose form can still be read, as the archive holds them.
pub fn archive_records(conn: &Connection) -> Result<Vec<DraftRecord>> {
    let rows = conn
        .prepare("SELECT key, body, saved_at FROM drafts ORDER BY key")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(Error::db("Could not read the journal for export"))?;
    Ok(rows
        .into_iter()
        .filter_map(|(key, body, saved_at)| serde_json::from_str(&body).ok().map(|body| DraftRecord { key, body, saved_at }))
        .collect())
}

/// Stores a draft from an archive unless one with its key is here; says whether it was new.
pub fn insert_record(conn: &Connection, d: &DraftRecord) -> Result<bool> {
    conn.prepare_cached("INSERT OR IGNORE INTO drafts (key, body, saved_at) VALUES (?1, ?2, ?3)")
        .and_then(|mut q| q.execute(params![d.key, d.body.to_string(), d.saved_at]))
        .map(|n| n == 1)
        .map_err(Error::db("Could not save the draft"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::db::open_in_memory;

    #[test]
    fn a_draft_is_replaced_by_the_next_save_and_gone_after_discard() {
        let conn = open_in_memory().expect("db");
        assert_eq!(get(&conn, "new").expect("get"), None);
        save(&conn, "new", &serde_json::json!({"cameUp": "first"}), "t1").expect("save");
        save(&conn, "new", &serde_json::json!({"cameUp": "second ✨"}), "t2").expect("save");
        let draft = get(&conn, "new").expect("get").expect("kept");
        assert_eq!(draft.body["cameUp"], "second ✨");
        assert_eq!(draft.saved_at, "t2");
        discard(&conn, "new").expect("discard");
        assert_eq!(get(&conn, "new").expect("get"), None);
    }
}

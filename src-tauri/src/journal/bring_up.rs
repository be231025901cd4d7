//! "Bring up next time" items: raised in one session, carried forward until they
//! are ticked off in a later one.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;

use super::archive::BringUpRecord;
use super::sessions::SessionEntry;
use crate::error::{Error, Result};

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


/// Items raised here keep their ids while their text stays the same (ticks made in
/// later sessions survive an edit); ticks made here follow `ticked`.
pub fn save_for(tx: &Transaction, id: &str, e: &SessionEntry, now: &str, new_id: &mut dyn FnMut() -> Result<String>) -> Result<()> {
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

/// Items ticked off in session `id`.
pub fn ticked_in(conn: &Connection, id: &str) -> Result<Vec<BringUpItem>> {
    bring_up_where(conn, "b.done_in = ?1", id)
}

/// Every item of a session that is not deleted, in the order they were raised.
pub fn archive_records(conn: &Connection) -> Result<Vec<BringUpRecord>> {
    conn.prepare(
        "SELECT b.id, b.text, b.raised_in, b.position, b.done_in, b.done_at FROM bring_up b
         JOIN sessions s ON s.id = b.raised_in AND s.deleted_at IS NULL
         ORDER BY s.held_at, b.raised_in, b.position, b.id",
    )
    .and_then(|mut s| {
        s.query_map([], |r| {
            Ok(BringUpRecord {
                id: r.get(0)?,
                text: r.get(1)?,
                raised_in: r.get(2)?,
                position: r.get::<_, i64>(3)?.try_into().unwrap_or_default(),
                done_in: r.get(4)?,
                done_at: r.get(5)?,
            })
        })?
        .collect()
    })
    .map_err(Error::db("Could not read the journal for export"))
}

/// `None` when there is no such item; otherwise when it was ticked off, if it was.
pub fn done_at(conn: &Connection, id: &str) -> Result<Option<Option<String>>> {
    conn.prepare_cached("SELECT done_at FROM bring_up WHERE id = ?1")
        .and_then(|mut q| q.query_row([id], |r| r.get(0)).optional())
        .map_err(Error::db("Could not read the items to bring up"))
}

/// Adds an item exactly as an archive holds it.
pub fn insert_record(conn: &Connection, b: &BringUpRecord) -> Result<()> {
    conn.prepare_cached("INSERT INTO bring_up (id, text, raised_in, position, done_in, done_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .and_then(|mut q| q.execute(params![b.id, b.text, b.raised_in, i64::from(b.position), b.done_in, b.done_at]))
        .map(drop)
        .map_err(Error::db("Could not save the items to bring up"))
}

/// Ticks an item off as done in session `done_in` at `done_at`.
pub fn tick(conn: &Connection, id: &str, done_in: Option<&str>, done_at: Option<&str>) -> Result<()> {
    conn.prepare_cached("UPDATE bring_up SET done_in = ?2, done_at = ?3 WHERE id = ?1")
        .and_then(|mut q| q.execute(params![id, done_in, done_at]))
        .map(drop)
        .map_err(Error::db("Could not save the items to bring up"))
}

//! Writing sessions: save (with their bring-up items and search entry), soft
//! delete and undo, and the purge of deleted sessions when the journal locks.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::{reindex, BodyState, SessionEntry, Tears};
use crate::error::{Error, Result};
use crate::journal::bring_up;

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
    bring_up::save_for(tx, id, entry, now, new_id)?;
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

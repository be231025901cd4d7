//! The `inbox_merged` table: the ids of captures already taken in from the inbox,
//! so a capture merged once is never merged again (even if the inbox file could
//! not be cleared afterwards).

use rusqlite::Connection;

use crate::error::{Error, Result};

/// Marks a capture as merged at `at`; false when it already was.
pub fn mark(conn: &Connection, capture_id: &str, at: &str) -> Result<bool> {
    conn.execute("INSERT OR IGNORE INTO inbox_merged (capture_id, merged_at) VALUES (?1, ?2)", [capture_id, at])
        .map(|n| n == 1)
        .map_err(Error::db("Could not merge the inbox"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capture_is_merged_once() {
        let conn = crate::journal::db::open_in_memory().expect("db");
        assert!(mark(&conn, "c1", "2026-11-23T10:00:00.000Z").expect("marked"));
        assert!(!mark(&conn, "c1", "2026-11-23T11:00:00.000Z").expect("read"), "already merged");
    }
}

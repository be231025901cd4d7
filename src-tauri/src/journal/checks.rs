//! The journal's own checks: SQLite's of every page and index (FTS5's too),
//! SQLCipher's of every page's authentication code, and the search index's. `check`
//! runs them on the open journal; `inspect` (for `ebb check`) opens the journal only
//! to read it and changes nothing.

use rusqlite::Connection;

use super::keyfile::KeyFile;
use super::sessions::{self, TimelineQuery};
use super::{db, inbox, Journal, JournalFiles};
use crate::error::{Error, Result};

impl Journal {
    /// SQLite's and SQLCipher's own checks of every page, and the search index's.
    /// Returns what they found; empty means all is well.
    pub fn check(&self) -> Result<Vec<String>> {
        let mut found = integrity(&self.conn)?;
        if let Err(e) = sessions::check_index(&self.conn) {
            found.push(format!("search index: {e}"));
        }
        Ok(found)
    }

    /// `ebb check`: opens the journal only to read it and runs the same checks;
    /// nothing is written (no migration, no tidying, the inbox left waiting). The
    /// search index is checked by SQLite's own integrity check, which asks FTS5.
    pub fn inspect(files: &JournalFiles, passphrase: &str) -> Result<Inspection> {
        let key = KeyFile::read(&files.key())?.open(passphrase)?;
        let conn = db::open_read_only(&files.db(), &key)?;
        let problems = integrity(&conn)?;
        let sessions = sessions::list(&conn, &TimelineQuery { limit: Some(1), ..TimelineQuery::default() })?.total.unwrap_or_default();
        Ok(Inspection { problems, sessions, waiting: inbox::pending(&files.inbox()) })
    }

}

/// What `ebb check` found, reading only.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    /// What the checks found; empty means all is well.
    pub problems: Vec<String>,
    pub sessions: u64,
    /// Captures waiting in the inbox for the next unlock.
    pub waiting: usize,
}

/// SQLite's check of every page and index (FTS5's too), and SQLCipher's check of
/// every page's authentication code.
fn integrity(conn: &Connection) -> Result<Vec<String>> {
    let lines = |pragma: &str| -> Result<Vec<String>> {
        conn.prepare(pragma)
            .and_then(|mut s| s.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<String>>>())
            .map_err(Error::db("Could not check the journal"))
    };
    let mut found: Vec<String> = lines("PRAGMA integrity_check")?.into_iter().filter(|line| line != "ok").collect();
    found.extend(lines("PRAGMA cipher_integrity_check")?);
    Ok(found)
}


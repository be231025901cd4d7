//! The `secrets` table: keys the journal keeps inside its own encryption (the
//! inbox's private key), read once when the journal opens.

use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The private key that opens what was sealed into the inbox while locked.
pub const INBOX_IDENTITY: &str = "inbox-identity";

pub fn put(conn: &Connection, name: &str, value: &str) -> Result<()> {
    conn.execute("INSERT INTO secrets (name, value) VALUES (?1, ?2)", [name, value])
        .map(drop)
        .map_err(Error::db("Could not set up the journal"))
}

pub fn get(conn: &Connection, name: &str) -> Result<Option<Zeroizing<String>>> {
    conn.query_row("SELECT value FROM secrets WHERE name = ?1", [name], |r| r.get::<_, String>(0))
        .optional()
        .map(|value| value.map(Zeroizing::new))
        .map_err(Error::db("Could not read the journal"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_kept_and_read_back() {
        let conn = crate::journal::db::open_in_memory().expect("db");
        assert!(get(&conn, INBOX_IDENTITY).expect("read").is_none());
        put(&conn, INBOX_IDENTITY, "AGE-SECRET-KEY-1…").expect("kept");
        assert_eq!(get(&conn, INBOX_IDENTITY).expect("read").as_deref().map(String::as_str), Some("AGE-SECRET-KEY-1…"));
        assert!(put(&conn, INBOX_IDENTITY, "another").is_err(), "a secret is written once");
    }
}

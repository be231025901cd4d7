//! Opening the encrypted database: the key, the checks that encryption is really on,
//! the pragmas, and the schema's migrations.

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use super::keyfile::DataKey;
use crate::error::{Error, Result};
use crate::private_file::open_private_append;

/// Every plain SQLite file starts with these 16 bytes; an SQLCipher file never does.
pub const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// The schema's history, oldest first. Append only.
pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_journal.sql")),
        M::up(include_str!("../../migrations/0002_search_forgets.sql")),
    ])
}

/// Opens (or creates) the database at `path` with `key`.
///
/// Refuses with [`Error::NotEncrypted`] when SQLCipher does not answer (a plain SQLite
/// library got linked in) or when the file is plain SQLite; the file is left as it is.
pub fn open(path: &Path, key: &DataKey) -> Result<Connection> {
    refuse_plain_file(path)?;
    create_private_file(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(Error::db("Could not open the journal"))?;
    apply_key(&conn, key)?;
    // The first read decrypts page 1: a wrong key or a damaged file shows up here.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).map_err(|e| {
        Error::Damaged(format!(
            "The journal's database cannot be read ({e}). It has been left exactly as it is; nothing was written to it."
        ))
    })?;
    configure(&conn)?;
    migrations().to_latest(&mut conn).map_err(|e| Error::Damaged(format!("The journal could not be brought up to date ({e}). It was left as it is; restart Ebb and try again.")))?;
    // A new database may still be only in the WAL: push it into the main file and
    // look at the bytes on disk, which is what an attacker with the disk would see.
    conn.execute_batch("PRAGMA wal_checkpoint(PASSIVE);").map_err(Error::db("Could not write the journal"))?;
    refuse_plain_file(path)?;
    Ok(conn)
}

/// Opens the database only to read it, exactly as it is on disk: no migration, no
/// pragma that writes, and (immutable) no write-ahead log or shared-memory file is
/// made beside it. For `ebb check`, which must change nothing. The caller makes
/// sure no writer is at work (an unfolded write-ahead log would not be seen).
pub fn open_read_only(path: &Path, key: &DataKey) -> Result<Connection> {
    refuse_plain_file(path)?;
    if !path.exists() {
        return Err(Error::NotFound("There is no journal database here.".into()));
    }
    let escaped = path.to_string_lossy().replace('%', "%25").replace('?', "%3f").replace('#', "%23");
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(format!("file:{escaped}?mode=ro&immutable=1"), flags).map_err(Error::db("Could not open the journal"))?;
    apply_key(&conn, key)?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).map_err(|e| {
        Error::Damaged(format!("The journal's database cannot be read ({e}). It has been left exactly as it is."))
    })?;
    Ok(conn)
}

/// Re-encrypts every page of the database under `key`. SQLCipher's rekey does not
/// work in WAL mode, so the journal leaves it for the rekey and goes back after.
pub fn rekey(conn: &Connection, key: &DataKey) -> Result<()> {
    let failed = || Error::db("Could not re-encrypt the journal");
    conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0)).map_err(failed())?;
    conn.execute_batch(&key.sqlcipher_rekey_pragma()).map_err(failed())?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(failed())?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Damaged(format!(
            "The journal could not switch back to its safe way of writing (it is in “{mode}” mode). Your entries are all there; restart Ebb before writing more."
        )));
    }
    Ok(())
}

/// An unencrypted in-memory database with the same schema and pragmas, for tests
/// and benchmarks of the queries.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory().map_err(Error::db("Could not open a database in memory"))?;
    conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(Error::db("Could not set up the database"))?;
    migrations().to_latest(&mut conn).map_err(|e| Error::Damaged(format!("A new journal could not be set up ({e}). Nothing else was touched; restart Ebb and try again.")))?;
    Ok(conn)
}

fn apply_key(conn: &Connection, key: &DataKey) -> Result<()> {
    let version: Option<String> = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            other => Err(other),
        })
        .map_err(Error::db("Could not check that the journal is encrypted"))?;
    if version.is_none_or(|v| v.trim().is_empty()) {
        return Err(Error::NotEncrypted(
            "This copy of Ebb was built without its encryption, so it will not write to the journal. \
             Your breathing, grounding and support screens still work."
                .into(),
        ));
    }
    conn.execute_batch(&key.sqlcipher_pragma()).map_err(Error::db("Could not hand the key to the database"))?;
    // Pinned: a newer SQLCipher with other defaults still opens (and writes) this
    // journal the same way. Memory security wipes freed memory, so decrypted pages
    // and keys do not linger after use.
    conn.execute_batch("PRAGMA cipher_compatibility = 4; PRAGMA cipher_memory_security = ON;")
        .map_err(Error::db("Could not set up the journal's encryption"))
}

fn configure(conn: &Connection) -> Result<()> {
    // WAL: a crash mid-write leaves the last committed state. synchronous=FULL: a save
    // reported as done is on disk even if the power goes a moment later (NORMAL in
    // WAL mode can lose the last commits on power loss). Temporary tables and sorts
    // stay in memory, so nothing spills into unencrypted temporary files.
    // secure_delete overwrites deleted text inside the (encrypted) file. A 16 MB page
    // cache keeps decrypted pages for repeated searches (each miss costs a decrypt).
    conn.execute_batch(
        "PRAGMA foreign_keys = ON;
         PRAGMA synchronous = FULL;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA busy_timeout = 5000;
         PRAGMA cache_size = -16000;",
    )
    .map_err(Error::db("Could not set up the journal"))?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(Error::db("Could not set up the journal"))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Damaged(format!(
            "The journal could not switch to its safe way of writing (it is in “{mode}” mode), so nothing was written. Restart Ebb and try again."
        )));
    }
    Ok(())
}

/// Creates the file 0600 before SQLite does: SQLite gives the -wal and -shm files the
/// same permissions as the database.
fn create_private_file(path: &Path) -> Result<()> {
    open_private_append(path).map(drop).map_err(Error::io("Could not create the journal file"))
}

fn refuse_plain_file(path: &Path) -> Result<()> {
    let mut header = [0u8; 16];
    let read = match std::fs::File::open(path) {
        Ok(mut file) => file.read(&mut header).map_err(Error::io("Could not read the journal file"))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io("Could not read the journal file")(e)),
    };
    if read == 16 && &header == PLAIN_HEADER {
        return Err(Error::NotEncrypted(format!(
            "{} is not encrypted, so it is not a journal Ebb made. Ebb will not write to it; it has been left as it is.",
            path.display()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().expect("the migrations apply cleanly to an empty database");
    }

    #[test]
    fn a_new_journal_is_encrypted_on_disk_and_reopens_with_its_key_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("journal.db");
        let key = DataKey::random().expect("random");
        {
            let conn = open(&path, &key).expect("opens");
            conn.execute("INSERT INTO notes (id, written_at, text) VALUES ('n1', '2026-11-22T10:00:00Z', 'plain marker 7391')", [])
                .expect("writes");
        }
        let bytes = std::fs::read(&path).expect("read");
        assert!(bytes.len() >= 4096, "the database was written to its file");
        assert_ne!(&bytes[..16], PLAIN_HEADER, "the file does not start with the plain SQLite header");
        for file in std::fs::read_dir(dir.path()).expect("list") {
            let bytes = std::fs::read(file.expect("entry").path()).expect("read");
            assert!(!bytes.windows(17).any(|w| w == b"plain marker 7391"), "no file holds the text in the clear");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let conn = open(&path, &key).expect("reopens");
        let text: String = conn.query_row("SELECT text FROM notes", [], |r| r.get(0)).expect("reads");
        assert_eq!(text, "plain marker 7391");
        drop(conn);

        let other = DataKey::random().expect("random");
        let err = open(&path, &other).expect_err("another key cannot read it");
        assert_eq!(err.kind(), "damaged");
        assert_eq!(std::fs::read(&path).expect("read").len(), bytes.len(), "the refused file is untouched");
    }

    #[test]
    fn a_plain_sqlite_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("journal.db");
        let mut plain = PLAIN_HEADER.to_vec();
        plain.resize(4096, 0);
        std::fs::write(&path, &plain).expect("write");
        let err = open(&path, &DataKey::random().expect("random")).expect_err("refused");
        assert_eq!(err.kind(), "not_encrypted");
        assert_eq!(std::fs::read(&path).expect("read"), plain);
    }

    #[test]
    fn the_database_is_set_up_for_safe_writing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let conn = open(&dir.path().join("journal.db"), &DataKey::random().expect("random")).expect("opens");
        let get = |pragma: &str| conn.query_row(&format!("PRAGMA {pragma}"), [], |r| r.get::<_, rusqlite::types::Value>(0)).expect("pragma");
        assert_eq!(get("journal_mode"), rusqlite::types::Value::Text("wal".into()));
        assert_eq!(get("synchronous"), rusqlite::types::Value::Integer(2), "FULL");
        assert_eq!(get("foreign_keys"), rusqlite::types::Value::Integer(1));
        assert_eq!(get("temp_store"), rusqlite::types::Value::Integer(2), "MEMORY");
        let version: String = conn.query_row("PRAGMA cipher_version", [], |r| r.get(0)).expect("SQLCipher answers");
        assert!(!version.is_empty());
    }
}

//! The private session log: an SQLCipher database opened by a random data key, the
//! key wrapped under the person's passphrase, and an inbox for what is captured while
//! locked. `Journal` is the unlocked journal; dropping it closes the database and
//! wipes the keys from memory.
//!
//! Files, all under one private folder (0700; files 0600):
//! `journal.key` (the wrapped key, see `keyfile`), `journal.db` with its `-wal` and
//! `-shm`, and `inbox` (sealed captures, see `inbox`).

pub mod archive;
pub mod backup;
pub mod bring_up;
mod checks;
pub mod db;
pub mod drafts;
pub mod export;
pub mod inbox;
pub mod insights;
pub mod keyfile;
mod merged;
pub mod notes;
pub mod observations;
pub mod practice;
mod secrets;
pub mod sessions;
pub mod writer;

use std::fs;
use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::pacer::practice::PracticeRecord;
use crate::private_file::create_private_dir;
use inbox::Capture;
use keyfile::{DataKey, KdfParams, KeyFile};
use notes::Note;
use observations::Observation;

pub use checks::Inspection;
use sessions::{BringUpItem, Page, Session, SessionEntry, TimelineQuery};

/// Where one journal's files live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalFiles {
    dir: PathBuf,
}

impl JournalFiles {
    /// The journal kept under the app's data folder.
    pub fn under(data_dir: &Path) -> JournalFiles {
        JournalFiles { dir: data_dir.join("journal") }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn key(&self) -> PathBuf {
        self.dir.join("journal.key")
    }

    pub fn db(&self) -> PathBuf {
        self.dir.join("journal.db")
    }

    /// A key file waiting to replace `journal.key` while the database is re-encrypted.
    pub fn next_key(&self) -> PathBuf {
        self.dir.join("journal.key.next")
    }

    pub fn inbox(&self) -> PathBuf {
        self.dir.join("inbox")
    }

    /// A journal exists once its key file does (it is written last on creation).
    pub fn exists(&self) -> bool {
        self.key().exists()
    }
}

/// Where the journal stands, as the interface shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum Status {
    /// No journal yet.
    Absent,
    /// Captures waiting in the inbox are counted.
    #[serde(rename_all = "camelCase")]
    Locked { pending: usize },
    Open,
    /// The files cannot be used; they are left as they are.
    Damaged { message: String },
}

/// Everything the session form needs besides the session itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormData {
    pub open_bring_up: Vec<BringUpItem>,
    pub therapists: Vec<String>,
    pub tags: Vec<String>,
    pub draft: Option<drafts::Draft>,
}

/// What an unlock took in from the inbox.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Merged {
    pub captures: usize,
    pub unreadable: usize,
}

pub struct Journal {
    conn: Connection,
    /// Held while the journal is open: one writer at a time (see `writer`).
    _writer: writer::WriterLock,
    identity: age::x25519::Identity,
    files: JournalFiles,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("files", &self.files).finish_non_exhaustive()
    }
}

/// A random id for a record: 128 bits, hex.
pub fn new_id() -> Result<String> {
    let mut bytes = [0u8; 16];
    keyfile::random_bytes(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

pub(crate) fn stamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Millis, true)
}

impl Journal {
    /// The status of the journal at `files` while it is not open.
    pub fn status(files: &JournalFiles) -> Status {
        if !files.exists() {
            return Status::Absent;
        }
        match KeyFile::read(&files.key()) {
            Ok(_) => Status::Locked { pending: inbox::pending(&files.inbox()) },
            Err(e) => Status::Damaged { message: e.to_string() },
        }
    }

    /// Makes a new journal protected by `passphrase`.
    pub fn create(files: &JournalFiles, passphrase: &str, params: KdfParams, now: DateTime<Utc>) -> Result<Journal> {
        if files.exists() {
            return Err(Error::invalid("passphrase", "There is already a journal here. Unlock it instead."));
        }
        keyfile::check_new_passphrase(passphrase)?;
        create_private_dir(&files.dir).map_err(Error::io("Could not make the journal's folder"))?;
        let writer = writer::WriterLock::take(&files.dir)?;
        set_aside_leftovers(files, now)?;
        let key = DataKey::random()?;
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        let mut conn = db::open(&files.db(), &key)?;
        let secret = identity.to_string();
        secrets::put(&conn, secrets::INBOX_IDENTITY, secret.expose_secret())?;
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").map_err(Error::db("Could not set up the journal"))?;
        let sealed = KeyFile::seal(&key, passphrase, params, &recipient)?;
        // Last: until the key file exists there is no journal, only leftovers.
        sealed.write(&files.key())?;
        purge(&mut conn)?;
        Ok(Journal { conn, _writer: writer, identity, files: files.clone() })
    }

    /// Makes a new journal from a backup's document, with the backup's passphrase.
    /// All or nothing: if the import fails, the new journal is removed again.
    pub fn restore(files: &JournalFiles, passphrase: &str, params: KdfParams, archive: &archive::Archive, now: DateTime<Utc>) -> Result<(Journal, archive::MergeReport)> {
        let mut journal = Journal::create(files, passphrase, params, now)?;
        match journal.import(archive) {
            Ok(report) => Ok((journal, report)),
            Err(e) => {
                let _ = journal.lock();
                let _ = Journal::delete_everything(files);
                Err(e)
            }
        }
    }

    /// Opens the journal and merges what was captured while it was locked.
    pub fn unlock(files: &JournalFiles, passphrase: &str, now: DateTime<Utc>) -> Result<(Journal, Merged)> {
        if !files.exists() {
            return Err(Error::NotFound("There is no journal yet.".into()));
        }
        let mut journal = match Journal::open_with_passphrase(files, &files.key(), passphrase) {
            Err(e) if files.next_key().exists() => {
                // A re-encryption was cut short after the database took its new key.
                let journal = Journal::open_with_passphrase(files, &files.next_key(), passphrase).map_err(|_| e)?;
                fs::rename(files.next_key(), files.key()).map_err(Error::io("Could not save the journal's new key"))?;
                journal
            }
            other => other?,
        };
        purge(&mut journal.conn)?;
        let merged = journal.merge_inbox(now)?;
        Ok((journal, merged))
    }

    fn open_with_passphrase(files: &JournalFiles, key_path: &Path, passphrase: &str) -> Result<Journal> {
        let key_file = KeyFile::read(key_path)?;
        let key = key_file.open(passphrase)?;
        Journal::open_with_key(files, &key, key_file.inbox_recipient())
    }

    /// Opens with a key already unwrapped (benchmarks time the opening without the KDF).
    pub fn open_with_key(files: &JournalFiles, key: &DataKey, recipient: &str) -> Result<Journal> {
        let writer = writer::WriterLock::take(&files.dir)?;
        let conn = db::open(&files.db(), key)?;
        let secret = secrets::get(&conn, secrets::INBOX_IDENTITY)?;
        let identity: age::x25519::Identity = secret
            .as_deref()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| Error::Damaged("The journal's inbox key is missing. The journal was left as it is.".into()))?;
        if identity.to_public().to_string() != recipient {
            return Err(Error::Damaged("The journal's key file and database do not belong together. Both were left as they are.".into()));
        }
        Ok(Journal { conn, _writer: writer, identity, files: files.clone() })
    }

    /// Rewraps the data key under a new passphrase; the database is not touched.
    /// With `fresh_key`, the database is re-encrypted under a new random key too,
    /// so an old copy of the key file (with the old passphrase) opens nothing. The
    /// journal must not be open.
    pub fn change_passphrase(files: &JournalFiles, current: &str, new: &str, params: KdfParams, fresh_key: bool) -> Result<()> {
        let key_file = KeyFile::read(&files.key())?;
        let key = key_file.open(current)?;
        keyfile::check_new_passphrase(new)?;
        let recipient = key_file.inbox_recipient();
        if !fresh_key {
            return KeyFile::seal(&key, new, params, recipient)?.write(&files.key());
        }
        let journal = Journal::open_with_key(files, &key, recipient)?;
        let fresh = DataKey::random()?;
        // The new key file goes beside the old one first: if the computer stops
        // mid-way, whichever key the database is under is still on disk (see
        // `unlock`, which takes the waiting one when the current one does not fit).
        let next = files.next_key();
        KeyFile::seal(&fresh, new, params, recipient)?.write(&next)?;
        db::rekey(&journal.conn, &fresh)?;
        journal.lock()?;
        fs::rename(&next, files.key()).map_err(Error::io("Could not save the journal's new key"))?;
        crate::private_file::sync_dir(&files.dir).map_err(Error::io("Could not save the journal's new key"))
    }

    /// Seals a capture into the inbox; works whether or not the journal is open.
    pub fn capture(files: &JournalFiles, capture: &Capture) -> Result<()> {
        let key_file = KeyFile::read(&files.key())?;
        let recipient = inbox::parse_recipient(key_file.inbox_recipient())?;
        inbox::append(&files.inbox(), &recipient, capture)
    }

    /// Removes every file of the journal. The journal must not be open.
    pub fn delete_everything(files: &JournalFiles) -> Result<()> {
        match fs::remove_dir_all(&files.dir) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io("Could not delete every file of the journal")(e)),
        }
    }

    /// Moves an unusable journal to a folder of its own beside it, untouched, so a
    /// new one can be made. Returns where it went.
    pub fn set_aside(files: &JournalFiles, now: DateTime<Utc>) -> Result<PathBuf> {
        let parent = files.dir.parent().unwrap_or(Path::new("."));
        let aside = parent.join(format!("journal-set-aside-{}", now.format("%Y%m%d-%H%M%S")));
        fs::rename(&files.dir, &aside).map_err(Error::io("Could not move the journal aside"))?;
        Ok(aside)
    }

    pub fn files(&self) -> &JournalFiles {
        &self.files
    }

    fn merge_inbox(&mut self, now: DateTime<Utc>) -> Result<Merged> {
        let path = self.files.inbox();
        let opened = inbox::open(&path, &self.identity)?;
        if opened.files.is_empty() {
            return Ok(Merged::default());
        }
        let at = stamp(now);
        let tx = self.conn.transaction().map_err(Error::db("Could not merge the inbox"))?;
        let mut merged = 0;
        let mut refused = Vec::new();
        for (i, capture) in opened.captures.iter().enumerate() {
            if let Err(e) = capture.check() {
                refused.push((i, e.to_string()));
                continue;
            }
            if !merged::mark(&tx, capture.id(), &at)? {
                continue;
            }
            match capture {
                Capture::Practice { id, record } => practice::insert(&tx, id, record)?,
                Capture::Note(note) => notes::insert(&tx, note)?,
            };
            merged += 1;
        }
        tx.commit().map_err(Error::db("Could not merge the inbox"))?;
        inbox::clear(&path, &opened, &refused)?;
        Ok(Merged { captures: merged, unreadable: opened.unreadable.len() + refused.len() })
    }

    /// Saves a new session (`id` None) or changes one; the form's draft is discarded
    /// in the same transaction.
    pub fn save_session(&mut self, id: Option<&str>, entry: SessionEntry, now: DateTime<Utc>) -> Result<Session> {
        let entry = entry.checked()?;
        let editing = id.is_some();
        let id = match id {
            Some(id) => {
                sessions::get(&self.conn, id)?;
                id.to_string()
            }
            None => new_id()?,
        };
        let draft_key = if editing { id.as_str() } else { "new" };
        let tx = self.conn.transaction().map_err(Error::db("Could not save the session"))?;
        sessions::save(&tx, &id, &entry, &stamp(now), &mut new_id)?;
        drafts::discard(&tx, draft_key)?;
        tx.commit().map_err(Error::db("Could not save the session"))?;
        sessions::get(&self.conn, &id)
    }

    pub fn session(&self, id: &str) -> Result<Session> {
        sessions::get(&self.conn, id)
    }

    pub fn timeline(&self, query: &TimelineQuery) -> Result<Page> {
        sessions::list(&self.conn, query)
    }

    pub fn delete_session(&self, id: &str, now: DateTime<Utc>) -> Result<()> {
        sessions::delete(&self.conn, id, &stamp(now))
    }

    pub fn restore_session(&self, id: &str) -> Result<()> {
        sessions::restore(&self.conn, id)
    }

    /// What the form for a new session (`editing` None) or an edit needs.
    pub fn form(&self, editing: Option<&str>) -> Result<FormData> {
        Ok(FormData {
            open_bring_up: sessions::open_bring_up(&self.conn, editing)?,
            therapists: sessions::therapists(&self.conn)?,
            tags: sessions::tags(&self.conn)?,
            draft: drafts::get(&self.conn, editing.unwrap_or("new"))?,
        })
    }

    pub fn save_draft(&self, editing: Option<&str>, body: &serde_json::Value, now: DateTime<Utc>) -> Result<String> {
        let at = stamp(now);
        drafts::save(&self.conn, editing.unwrap_or("new"), body, &at)?;
        Ok(at)
    }

    pub fn discard_draft(&self, editing: Option<&str>) -> Result<()> {
        drafts::discard(&self.conn, editing.unwrap_or("new"))
    }

    pub fn observations(&self) -> Result<Vec<Observation>> {
        Ok(observations::observe(&sessions::recent(&self.conn, observations::WINDOW as u32)?))
    }

    pub fn record_practice(&self, record: &PracticeRecord) -> Result<()> {
        practice::insert(&self.conn, &new_id()?, record).map(drop)
    }

    pub fn practice_records(&self) -> Result<Vec<(String, PracticeRecord)>> {
        practice::list(&self.conn)
    }

    pub fn add_note(&self, text: &str, now: DateTime<Utc>) -> Result<Note> {
        notes::check_text(text)?;
        let note = Note { id: new_id()?, written_at: stamp(now), text: text.to_string() };
        notes::insert(&self.conn, &note)?;
        Ok(note)
    }

    pub fn notes(&self) -> Result<Vec<Note>> {
        notes::recent(&self.conn, 100)
    }

    pub fn delete_note(&self, id: &str) -> Result<()> {
        notes::delete(&self.conn, id)
    }

    /// Everything in the journal as one document (exports and backups).
    pub fn archive(&self, now: DateTime<Utc>) -> Result<archive::Archive> {
        archive::read_all(&self.conn, now)
    }

    /// What importing `archive` would add and change; nothing is written.
    pub fn preview_import(&mut self, archive: &archive::Archive) -> Result<archive::MergeReport> {
        let tx = self.conn.transaction().map_err(Error::db("Could not read the journal"))?;
        let report = archive::merge(&tx, archive)?;
        tx.rollback().map_err(Error::db("Could not read the journal"))?;
        Ok(report)
    }

    /// Imports `archive` in one transaction: all of it, or (on any error) none.
    pub fn import(&mut self, archive: &archive::Archive) -> Result<archive::MergeReport> {
        // A whole journal arriving in one transaction: a page cache that holds it
        // spares spilling (and re-encrypting) pages before the commit.
        let _ = self.conn.execute_batch("PRAGMA cache_size = -131072;");
        let result = (|| {
            let tx = self.conn.transaction().map_err(Error::db("Could not import into the journal"))?;
            let report = archive::merge(&tx, archive)?;
            tx.commit().map_err(Error::db("Could not import into the journal"))?;
            Ok(report)
        })();
        let _ = self.conn.execute_batch("PRAGMA cache_size = -16000;");
        result
    }

    pub fn insights(&self, from: Option<chrono::NaiveDate>, today: chrono::NaiveDate) -> Result<insights::Insights> {
        insights::gather(&self.conn, from, today)
    }

    /// Closes the journal: deleted sessions are removed for good, the WAL is folded
    /// into the database, and the connection and keys are dropped (wiped).
    pub fn lock(mut self) -> Result<()> {
        purge(&mut self.conn)?;
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").map_err(Error::db("Could not close the journal"))?;
        self.conn.close().map_err(|(_, e)| Error::db("Could not close the journal")(e))
    }

    /// For tests and tools: the database connection.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

fn purge(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction().map_err(Error::db("Could not tidy the journal"))?;
    sessions::purge_deleted(&tx)?;
    tx.commit().map_err(Error::db("Could not tidy the journal"))
}

/// A database without a key file is what an interrupted creation leaves (no key
/// was ever stored, so nobody can open it). It is moved aside, never deleted.
fn set_aside_leftovers(files: &JournalFiles, now: DateTime<Utc>) -> Result<()> {
    let stamp = now.format("%Y%m%d-%H%M%S");
    for suffix in ["", "-wal", "-shm"] {
        let path = PathBuf::from(format!("{}{suffix}", files.db().display()));
        if path.exists() {
            let aside = files.dir.join(format!("journal.db{suffix}.unkeyed-{stamp}"));
            fs::rename(&path, aside).map_err(Error::io("Could not move an unfinished journal aside"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;

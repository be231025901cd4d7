//! The inbox: what is captured while the journal is locked (a rating, a quick note)
//! is sealed to the journal's public key (age, X25519) and appended to a file, one
//! capture per line. Writing needs no passphrase and writes nothing in the clear;
//! only the unlocked journal holds the secret key that opens the captures.
//!
//! Each capture carries a random id; merging records the ids it has taken in, inside
//! the same transaction, so a capture is merged exactly once even if the app stops
//! between merging and clearing the file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::notes::Note;
use crate::error::{Error, Result};
use crate::pacer::practice::{PracticeLog, PracticeRecord, PracticeReport};
use crate::private_file::{open_private_append, sync_dir};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Capture {
    Practice { id: String, record: PracticeRecord },
    Note(Note),
}

impl Capture {
    pub fn id(&self) -> &str {
        match self {
            Capture::Practice { id, .. } => id,
            Capture::Note(note) => &note.id,
        }
    }

    /// The checks a capture passed when it was made. The inbox key is public (it
    /// sits in the key file), so anyone could seal a capture: each is checked
    /// again before it is merged.
    pub fn check(&self) -> Result<()> {
        match self {
            Capture::Practice { record, .. } => {
                let report = PracticeReport {
                    tool: record.tool,
                    used: record.used.clone(),
                    before: record.before,
                    after: record.after,
                    active_seconds: record.active_seconds,
                };
                PracticeLog::check(report, record.ended_at).map(drop)
            }
            Capture::Note(note) => super::notes::check_text(&note.text),
        }
    }
}

/// What was found in the inbox files.
#[derive(Debug, Default)]
pub struct Opened {
    pub captures: Vec<Capture>,
    /// Each capture's sealed line, in the same order, to keep aside if it is refused.
    pub lines: Vec<String>,
    /// Lines that could not be opened (a write cut short by a crash, or sealed to
    /// another journal's key). They are kept aside, never dropped silently.
    pub unreadable: Vec<String>,
    /// The files read, to remove once their captures are safely merged.
    pub files: Vec<PathBuf>,
}

pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient> {
    age::x25519::Recipient::from_str(text)
        .map_err(|_| Error::Damaged("The journal's key file names an inbox key Ebb cannot read. It has been left as it is.".into()))
}

/// Seals `capture` and appends it to the inbox at `path`, flushed to disk before
/// returning.
pub fn append(path: &Path, recipient: &age::x25519::Recipient, capture: &Capture) -> Result<()> {
    let json = Zeroizing::new(serde_json::to_vec(capture).map_err(|e| Error::Damaged(format!("This could not be kept while the journal is locked ({e}). Nothing was written; unlock the journal and try again.")))?);
    let sealed = age::encrypt(recipient, &json).map_err(|e| Error::Damaged(format!("This could not be encrypted while the journal is locked ({e}). Nothing was written; unlock the journal and try again.")))?;
    let mut line = B64.encode(sealed);
    line.push('\n');
    let existed = path.exists();
    open_private_append(path)
        .and_then(|mut file| file.write_all(line.as_bytes()).and_then(|_| file.sync_all()))
        .map_err(Error::io("Could not keep what you wrote while the journal is locked"))?;
    if !existed {
        sync_parent(path);
    }
    Ok(())
}

/// The inbox file and, if a merge was interrupted, the file it was moved to.
pub fn files(path: &Path) -> [PathBuf; 2] {
    [with_suffix(path, ".merging"), path.to_path_buf()]
}

/// How many captures wait (lines in the inbox files).
pub fn pending(path: &Path) -> usize {
    files(path).iter().filter_map(|f| fs::read(f).ok()).map(|b| b.split(|&c| c == b'\n').filter(|l| !l.is_empty()).count()).sum()
}

/// Moves the inbox aside (so new captures start a fresh file) and opens everything
/// waiting with `identity`.
pub fn open(path: &Path, identity: &age::x25519::Identity) -> Result<Opened> {
    let [merging, inbox] = files(path);
    if inbox.exists() && !merging.exists() {
        fs::rename(&inbox, &merging).map_err(Error::io("Could not read the inbox"))?;
        sync_parent(path);
    }
    let mut opened = Opened::default();
    for file in [merging, inbox] {
        let bytes = match fs::read(&file) {
            Ok(bytes) => Zeroizing::new(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::io("Could not read the inbox")(e)),
        };
        for line in bytes.split(|&c| c == b'\n').filter(|l| !l.is_empty()) {
            match open_line(line, identity) {
                Some(capture) => {
                    opened.captures.push(capture);
                    opened.lines.push(String::from_utf8_lossy(line).into_owned());
                }
                None => opened.unreadable.push(String::from_utf8_lossy(line).into_owned()),
            }
        }
        opened.files.push(file);
    }
    Ok(opened)
}

fn open_line(line: &[u8], identity: &age::x25519::Identity) -> Option<Capture> {
    let sealed = B64.decode(line).ok()?;
    let json = Zeroizing::new(age::decrypt(identity, &sealed).ok()?);
    serde_json::from_slice(&json).ok()
}

/// After a successful merge: keep unreadable lines aside, and the sealed lines of
/// captures refused by their checks with the reason after a tab, then remove the
/// merged files.
pub fn clear(path: &Path, opened: &Opened, refused: &[(usize, String)]) -> Result<()> {
    let mut aside: Vec<String> = opened.unreadable.clone();
    aside.extend(refused.iter().map(|(i, reason)| format!("{}\t{reason}", opened.lines[*i])));
    if !aside.is_empty() {
        let text: String = aside.iter().map(|l| format!("{l}\n")).collect();
        open_private_append(&with_suffix(path, ".unreadable"))
            .and_then(|mut file| file.write_all(text.as_bytes()).and_then(|_| file.sync_all()))
            .map_err(Error::io("Could not set aside the notes kept while locked that Ebb cannot read"))?;
    }
    for file in &opened.files {
        match fs::remove_file(file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io("Could not clear the inbox")(e)),
        }
    }
    sync_parent(path);
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    path.with_file_name(name)
}

fn sync_parent(path: &Path) {
    if let Some(dir) = path.parent() {
        // Best effort: the file's own contents were flushed already.
        let _ = sync_dir(dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::OpenOptions;

    fn note(id: &str, text: &str) -> Capture {
        Capture::Note(Note { id: id.into(), written_at: "2026-11-22T22:00:00Z".into(), text: text.into() })
    }

    #[test]
    fn captures_are_sealed_on_disk_and_open_with_the_identity_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("inbox");
        let identity = age::x25519::Identity::generate();
        append(&path, &identity.to_public(), &note("c1", "inbox marker 5521")).expect("append");
        append(&path, &identity.to_public(), &note("c2", "second")).expect("append");
        let bytes = fs::read(&path).expect("read");
        assert!(!bytes.windows(17).any(|w| w == b"inbox marker 5521"));
        assert_eq!(pending(&path), 2);

        let stranger = age::x25519::Identity::generate();
        let opened = open(&path, &stranger).expect("opens the files");
        assert!(opened.captures.is_empty());
        assert_eq!(opened.unreadable.len(), 2, "another key opens nothing");

        let opened = open(&path, &identity).expect("opens");
        assert_eq!(opened.captures, vec![note("c1", "inbox marker 5521"), note("c2", "second")]);
        clear(&path, &opened, &[]).expect("clear");
        assert_eq!(pending(&path), 0);
    }

    #[test]
    fn a_line_cut_short_is_set_aside_and_the_rest_still_opens() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("inbox");
        let identity = age::x25519::Identity::generate();
        append(&path, &identity.to_public(), &note("c1", "kept")).expect("append");
        let mut file = OpenOptions::new().append(true).open(&path).expect("open");
        file.write_all(b"YWdlLWVuY3J5cHRpb24").expect("a torn write");
        drop(file);
        let opened = open(&path, &identity).expect("opens");
        assert_eq!(opened.captures, vec![note("c1", "kept")]);
        assert_eq!(opened.unreadable.len(), 1);
        clear(&path, &opened, &[]).expect("clear");
        assert!(with_suffix(&path, ".unreadable").exists());
        assert_eq!(pending(&path), 0);
    }

    #[test]
    fn captures_written_after_an_interrupted_merge_are_read_too() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("inbox");
        let identity = age::x25519::Identity::generate();
        append(&path, &identity.to_public(), &note("c1", "before")).expect("append");
        let _interrupted = open(&path, &identity).expect("moves the inbox aside");
        append(&path, &identity.to_public(), &note("c2", "after")).expect("append");
        let opened = open(&path, &identity).expect("opens");
        let ids: Vec<&str> = opened.captures.iter().map(Capture::id).collect();
        assert_eq!(ids, ["c1", "c2"]);
    }
}

//! Moving data in and out of the journal: exports (JSON, Markdown, CSV), encrypted
//! backups, imports and restores. The window's commands and the command line both
//! come here, so each rule is written, and worded, once. No Tauri here.

mod import;

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::journal::archive::{self, Archive, Checked, MergeReport};
use crate::journal::export::{self, Format, Selection};
use crate::journal::{backup, Journal};
use crate::safety_plan::{OwnHelp, SafetyPlan};
use crate::settings::{Contact, Settings};

pub use import::{ImportDone, ImportFlow, ImportPreview};

/// The bytes of an export or backup, and how many sessions they hold.
pub struct Output {
    pub bytes: Vec<u8>,
    pub sessions: usize,
}

/// A file written where the person chose.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Written {
    pub path: String,
    pub sessions: usize,
    pub bytes: usize,
}

/// The journal (or the chosen sessions) in `format`. `today` dates the Markdown.
/// A JSON export carries the safety plan and the contacts too (`own`), so they move
/// with the journal.
/// A Markdown export is written in the language of `words`.
pub fn export(
    journal: &Journal,
    format: Format,
    selection: Selection,
    own: OwnHelp,
    words: &crate::i18n::Catalog,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<Output> {
    let selection = selection.checked()?;
    let mut archive = journal.archive(now)?;
    if matches!(format, Format::Json) {
        own.into_archive(&mut archive);
    }
    let (bytes, sessions) = export::render(&archive, format, &selection, words, today)?;
    Ok(Output { bytes, sessions })
}

/// An encrypted backup of everything, the settings, safety plan and contacts
/// included, sealed with the journal's own passphrase. The caller has checked the
/// passphrase against the journal first, so a typo cannot make a backup nobody can open.
pub fn backup(journal: &Journal, settings: &Settings, own: OwnHelp, passphrase: &str, work_factor: u8, now: DateTime<Utc>) -> Result<Output> {
    let mut archive = journal.archive(now)?;
    archive.settings = serde_json::to_value(settings).ok();
    own.into_archive(&mut archive);
    let bytes = backup::seal_archive(&archive, passphrase, work_factor)?;
    Ok(Output { bytes, sessions: archive.sessions.len() })
}

/// Writes an export or backup atomically (a crash or a full disk leaves the old
/// file or none, never half of one), readable by the person only.
pub fn save(path: &Path, output: &Output) -> Result<Written> {
    crate::private_file::write_atomically(path, &output.bytes).map_err(Error::io(format!("Could not write {}", path.display())))?;
    Ok(Written { path: path.display().to_string(), sessions: output.sessions, bytes: output.bytes.len() })
}

/// `name` with the format's extension, added when it has none or another one, so
/// the question "replace this file?" is asked about the file that will be written.
pub fn with_extension(path: &Path, extension: &str) -> std::path::PathBuf {
    match path.extension() {
        Some(e) if e.eq_ignore_ascii_case(extension) => path.to_path_buf(),
        Some(_) => {
            let mut name = path.as_os_str().to_owned();
            name.push(".");
            name.push(extension);
            name.into()
        }
        None => path.with_extension(extension),
    }
}

/// A file chosen for import or restore, read but not yet opened.
pub enum Chosen {
    /// An encrypted backup: it needs its passphrase.
    Backup(Zeroizing<Vec<u8>>),
    /// A JSON export.
    Export(Zeroizing<Vec<u8>>),
}

/// Reads a chosen file, refusing one larger than any export before reading it.
pub fn read(path: &Path) -> Result<Chosen> {
    let bytes = Zeroizing::new(archive::read_file(path)?);
    Ok(if backup::looks_like_backup(&bytes) { Chosen::Backup(bytes) } else { Chosen::Export(bytes) })
}

/// Opens a backup with its passphrase.
pub fn unseal(bytes: &[u8], passphrase: &str) -> Result<Zeroizing<Vec<u8>>> {
    backup::open(bytes, passphrase)
}

/// Checks a document record by record.
pub fn check(document: &[u8]) -> Result<Checked> {
    archive::parse(document)
}

/// The rule for a JSON export with no journal to go into.
pub fn needs_a_journal() -> Error {
    Error::Unreadable("A JSON export goes into a journal: make one first, or restore an encrypted backup here.".into())
}

/// What importing `archive` would do: into the open journal, or (with no journal
/// here) into an empty one. Nothing is written.
pub fn preview(journal: Option<&mut Journal>, archive: &Archive) -> Result<MergeReport> {
    match journal {
        Some(journal) => journal.preview_import(archive),
        None => archive::preview_into_empty(archive),
    }
}

/// Takes the file's safety plan into `take` (which keeps a plan already written
/// here); says whether it was taken. A problem is reported, not fatal.
pub fn restore_plan(archive: &Archive, take: impl FnOnce(&SafetyPlan) -> Result<bool>) -> bool {
    archive.safety_plan.as_ref().filter(|p| !p.is_empty()).is_some_and(|plan| {
        take(plan).unwrap_or_else(|e| {
            eprintln!("ebb: {e}");
            false
        })
    })
}

/// Adds the file's contacts to those kept here (`add`); says whether any came with
/// it and were kept. A problem is reported, not fatal.
pub fn restore_contacts(archive: &Archive, add: impl FnOnce(&[Contact]) -> Result<bool>) -> bool {
    !archive.contacts.is_empty()
        && add(&archive.contacts).unwrap_or_else(|e| {
            eprintln!("ebb: {e}");
            false
        })
}

/// Takes a backup's settings into `restore` (which keeps the current ones if any
/// were set); says whether they were taken. A problem is reported, not fatal.
pub fn restore_settings(archive: &Archive, restore: impl FnOnce(&serde_json::Value) -> Result<bool>) -> bool {
    archive.settings.as_ref().is_some_and(|settings| {
        restore(settings).unwrap_or_else(|e| {
            eprintln!("ebb: {e}");
            false
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_is_there_before_anyone_asks_about_replacing_the_file() {
        assert_eq!(with_extension(Path::new("/tmp/notes"), "md"), Path::new("/tmp/notes.md"));
        assert_eq!(with_extension(Path::new("/tmp/notes.MD"), "md"), Path::new("/tmp/notes.MD"));
        assert_eq!(with_extension(Path::new("/tmp/week.2"), "md"), Path::new("/tmp/week.2.md"));
    }
}

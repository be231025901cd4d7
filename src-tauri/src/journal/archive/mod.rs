//! The journal as one open document: the JSON that exports, backups and imports
//! share. Reading it checks every record on its own (one bad record is named, with
//! its reason, and nothing is written); merging it adds what is new by stable id, so
//! importing the same file twice adds nothing.
//!
//! Format `ebb-journal`, version 1 (camelCase keys):
//! `{format, version, exportedAt, sessions[], bringUp[], practice[], notes[], drafts[], settings?, safetyPlan?}`.
//! Times: `heldAt` is local wall-clock `YYYY-MM-DDTHH:MM`; every other time is RFC 3339.

//!
//! The job is split by file: this one holds the document's records and reads them
//! from the journal (each table through its own query module); `parse` checks a
//! file record by record; `merge` adds an archive to a journal.

mod merge;
mod parse;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::sessions::{BodyState, SessionEntry, TearKind, Tears, WarningSign};
use super::{bring_up, drafts, notes, practice, sessions};
use crate::error::{Error, Result};

pub use merge::{merge, preview_into_empty, Counts, MergeReport};
pub use parse::{parse, Checked, Problem, RecordProblem};

pub const FORMAT: &str = "ebb-journal";
pub const VERSION: u32 = 1;

/// Larger files are refused before they are read: ten times a very full journal.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Archive {
    pub format: String,
    pub version: u32,
    pub exported_at: String,
    pub sessions: Vec<SessionRecord>,
    pub bring_up: Vec<BringUpRecord>,
    pub practice: Vec<PracticeEntry>,
    pub notes: Vec<NoteRecord>,
    pub drafts: Vec<DraftRecord>,
    /// Only in backups: the app's settings file, as it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Value>,
    /// In backups and JSON exports: the safety plan, when one was written. It lives
    /// outside the journal (it is never locked), so the journal's own copy has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety_plan: Option<crate::safety_plan::SafetyPlan>,
    /// In backups and JSON exports: the contacts on Need help now, kept beside the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<crate::settings::Contact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionRecord {
    pub id: String,
    pub held_at: String,
    #[serde(default)]
    pub therapist: String,
    #[serde(default)]
    pub distress_before: Option<u8>,
    #[serde(default)]
    pub distress_after: Option<u8>,
    #[serde(default)]
    pub body_state: Option<BodyState>,
    #[serde(default)]
    pub tears: Option<Tears>,
    #[serde(default)]
    pub tear_kinds: Vec<TearKind>,
    #[serde(default)]
    pub came_up: String,
    #[serde(default)]
    pub helped: String,
    #[serde(default)]
    pub aftercare: Vec<String>,
    #[serde(default)]
    pub warning_signs: Vec<WarningSign>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl SessionRecord {
    pub fn entry(&self) -> SessionEntry {
        SessionEntry {
            held_at: self.held_at.clone(),
            therapist: self.therapist.clone(),
            distress_before: self.distress_before,
            distress_after: self.distress_after,
            body_state: self.body_state,
            tears: self.tears,
            tear_kinds: self.tear_kinds.clone(),
            came_up: self.came_up.clone(),
            helped: self.helped.clone(),
            aftercare: self.aftercare.clone(),
            warning_signs: self.warning_signs.clone(),
            tags: self.tags.clone(),
            bring_up: Vec::new(),
            ticked: Vec::new(),
        }
    }
}

/// A "bring up next time" item: raised in one session, perhaps ticked off in another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BringUpRecord {
    pub id: String,
    pub text: String,
    pub raised_in: String,
    pub position: u32,
    #[serde(default)]
    pub done_in: Option<String>,
    #[serde(default)]
    pub done_at: Option<String>,
}

/// A before/after rating around the pacer or a grounding list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PracticeEntry {
    pub id: String,
    /// `pacer` or `grounding`.
    pub tool: String,
    /// The pattern or checklist used.
    #[serde(default)]
    pub used: Option<String>,
    #[serde(default)]
    pub before: Option<u8>,
    #[serde(default)]
    pub after: Option<u8>,
    pub active_seconds: u32,
    pub ended_at: String,
}

/// A quick note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoteRecord {
    pub id: String,
    pub written_at: String,
    pub text: String,
}

/// An unsaved session form: `new`, or the id of the session being edited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftRecord {
    pub key: String,
    pub body: serde_json::Value,
    pub saved_at: String,
}

/// Everything in the journal (deleted sessions aside), in a stable order.
pub fn read_all(conn: &Connection, exported_at: DateTime<Utc>) -> Result<Archive> {
    Ok(Archive {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: super::stamp(exported_at),
        sessions: sessions::archive_records(conn)?,
        bring_up: bring_up::archive_records(conn)?,
        practice: practice::archive_records(conn)?,
        notes: notes::archive_records(conn)?,
        drafts: drafts::archive_records(conn)?,
        settings: None,
        safety_plan: None,
        contacts: Vec::new(),
    })
}

/// Reads a file chosen for import, refusing one larger than any export before
/// reading it.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    let size = std::fs::metadata(path).map_err(Error::io(format!("Could not read {}", path.display())))?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::Unreadable("This file is larger than any Ebb export (over 512 MB), so it was not read. Nothing was changed; choose the file Ebb exported.".into()));
    }
    std::fs::read(path).map_err(Error::io(format!("Could not read {}", path.display())))
}

#[cfg(test)]
mod tests;

//! Merging an archive into a journal by stable id, inside one transaction: new
//! records are added, a session is replaced only by a later version of itself, a
//! tick made elsewhere comes along, and everything else already here stays.

use std::collections::{HashMap, HashSet};

use chrono::DateTime;
use rusqlite::Transaction;
use serde::Serialize;

use super::parse::clip;
use super::{Archive, BringUpRecord};
use crate::error::{Error, Result};
use crate::journal::notes::{self, Note};
use crate::journal::{bring_up, db, drafts, practice, sessions};

/// What a merge added, changed or found already there, per kind of record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MergeReport {
    pub sessions: Counts,
    pub bring_up: Counts,
    pub practice: Counts,
    pub notes: Counts,
    pub drafts: Counts,
    /// The dates of the first and last session added or updated.
    pub first: Option<String>,
    pub last: Option<String>,
}

impl MergeReport {
    pub fn changes(&self) -> usize {
        [self.sessions, self.bring_up, self.practice, self.notes, self.drafts].iter().map(|c| c.added + c.updated).sum()
    }
}

/// Merges an archive into the journal inside `tx` (the caller commits, or rolls
/// back for a preview). New ids are added; a session already here is replaced only
/// by a later version of itself (a later `updatedAt`); everything else already here
/// stays as it is.
pub fn merge(tx: &Transaction, archive: &Archive) -> Result<MergeReport> {
    let mut report = MergeReport::default();
    // Sessions new to the journal are indexed from what the archive holds; others
    // (replaced, or given new items) are re-read from the database.
    let mut added = Vec::new();
    let mut touched = Vec::new();
    for s in &archive.sessions {
        let write = match sessions::versions(tx, &s.id)? {
            None => {
                report.sessions.added += 1;
                added.push(s);
                true
            }
            Some((updated, None)) if later(&s.updated_at, &updated) => {
                report.sessions.updated += 1;
                touched.push(s.id.as_str());
                true
            }
            Some(_) => {
                report.sessions.unchanged += 1;
                false
            }
        };
        if write {
            sessions::write(tx, &s.id, &s.entry(), &s.created_at, &s.updated_at)?;
            report.first = Some(match report.first.take() {
                Some(first) if first <= s.held_at => first,
                _ => s.held_at.clone(),
            });
            report.last = Some(match report.last.take() {
                Some(last) if last >= s.held_at => last,
                _ => s.held_at.clone(),
            });
        }
    }
    let added_ids: HashSet<&str> = added.iter().map(|s| s.id.as_str()).collect();
    for b in &archive.bring_up {
        for session in std::iter::once(&b.raised_in).chain(b.done_in.as_ref()) {
            if !sessions::exists(tx, session)? {
                return Err(Error::invalid(
                    "import",
                    format!("An item to bring up (id {}) belongs to a session that is neither in the file nor in the journal.", clip(&b.id)),
                ));
            }
        }
        match bring_up::done_at(tx, &b.id)? {
            None => {
                bring_up::insert_record(tx, b)?;
                report.bring_up.added += 1;
                if !added_ids.contains(b.raised_in.as_str()) {
                    touched.push(b.raised_in.as_str());
                }
            }
            // Ticked off elsewhere: the tick comes along.
            Some(None) if b.done_at.is_some() => {
                bring_up::tick(tx, &b.id, b.done_in.as_deref(), b.done_at.as_deref())?;
                report.bring_up.updated += 1;
            }
            Some(_) => report.bring_up.unchanged += 1,
        }
    }
    let mut raised: HashMap<&str, Vec<&BringUpRecord>> = HashMap::new();
    for b in &archive.bring_up {
        raised.entry(b.raised_in.as_str()).or_default().push(b);
    }
    for s in added {
        let mut items = raised.remove(s.id.as_str()).unwrap_or_default();
        items.sort_by_key(|b| b.position);
        let items: Vec<String> = items.into_iter().map(|b| b.text.clone()).collect();
        sessions::index_new(tx, &s.id, &sessions::search_text(&s.therapist, &s.came_up, &s.helped, &s.tags, &items))?;
    }
    touched.sort_unstable();
    touched.dedup();
    for id in touched {
        sessions::reindex(tx, id)?;
    }
    for p in &archive.practice {
        count(&mut report.practice, practice::insert_entry(tx, p)?);
    }
    for n in &archive.notes {
        let note = Note { id: n.id.clone(), written_at: n.written_at.clone(), text: n.text.clone() };
        count(&mut report.notes, notes::insert(tx, &note)?);
    }
    for d in &archive.drafts {
        count(&mut report.drafts, drafts::insert_record(tx, d)?);
    }
    Ok(report)
}

fn count(counts: &mut Counts, added: bool) {
    if added {
        counts.added += 1;
    } else {
        counts.unchanged += 1;
    }
}

/// Whether RFC 3339 time `a` is after `b` (compared as instants, not as text).
fn later(a: &str, b: &str) -> bool {
    match (DateTime::parse_from_rfc3339(a), DateTime::parse_from_rfc3339(b)) {
        (Ok(a), Ok(b)) => a > b,
        _ => false,
    }
}


/// What merging `archive` into an empty journal would do (the preview of a restore),
/// worked out on a scratch database in memory.
pub fn preview_into_empty(archive: &Archive) -> Result<MergeReport> {
    let mut scratch = db::open_in_memory()?;
    let tx = scratch.transaction().map_err(Error::db("Could not read the backup"))?;
    merge(&tx, archive)
}

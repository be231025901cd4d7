//! The journal as one open document: the JSON that exports, backups and imports
//! share. Reading it checks every record on its own (one bad record is named, with
//! its reason, and nothing is written); merging it adds what is new by stable id, so
//! importing the same file twice adds nothing.
//!
//! Format `ebb-journal`, version 1 (camelCase keys):
//! `{format, version, exportedAt, sessions[], bringUp[], practice[], notes[], drafts[], settings?}`.
//! Times: `heldAt` is local wall-clock `YYYY-MM-DDTHH:MM`; every other time is RFC 3339.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::notes::{self, Note};
use super::sessions::{self, BodyState, SessionEntry, TearKind, Tears, WarningSign};
use crate::error::{Error, Result};

pub const FORMAT: &str = "ebb-journal";
pub const VERSION: u32 = 1;

/// Larger files are refused before they are read: ten times a very full journal.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// At most this many problems are listed; the count says how many there were.
const MAX_PROBLEMS_LISTED: usize = 100;

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
    let db = || Error::db("Could not read the journal for export");
    let mut sessions: Vec<SessionRecord> = conn
        .prepare(
            "SELECT s.id, s.held_at, s.therapist, s.distress_before, s.distress_after, s.body_state, s.tears,
                    t.came_up, t.helped, s.created_at, s.updated_at
             FROM sessions s JOIN session_text t ON t.session_id = s.id
             WHERE s.deleted_at IS NULL ORDER BY s.held_at, s.id",
        )
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok(SessionRecord {
                    id: r.get(0)?,
                    held_at: r.get(1)?,
                    therapist: r.get(2)?,
                    distress_before: r.get(3)?,
                    distress_after: r.get(4)?,
                    body_state: r.get::<_, Option<String>>(5)?.as_deref().and_then(BodyState::parse),
                    tears: r.get::<_, Option<String>>(6)?.as_deref().and_then(Tears::parse),
                    tear_kinds: Vec::new(),
                    came_up: r.get(7)?,
                    helped: r.get(8)?,
                    aftercare: Vec::new(),
                    warning_signs: Vec::new(),
                    tags: Vec::new(),
                    created_at: r.get(9)?,
                    updated_at: r.get(10)?,
                })
            })?
            .collect()
        })
        .map_err(db())?;
    let lists = |sql: &str| -> Result<HashMap<String, Vec<String>>> {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        let mut statement = conn.prepare(sql).map_err(db())?;
        let rows = statement.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))).map_err(db())?;
        for row in rows {
            let (id, value) = row.map_err(db())?;
            map.entry(id).or_default().push(value);
        }
        Ok(map)
    };
    let mut kinds = lists("SELECT session_id, kind FROM session_tear_kinds")?;
    let mut signs = lists("SELECT session_id, sign FROM session_warning_signs")?;
    let mut aftercare = lists("SELECT session_id, step FROM session_aftercare ORDER BY session_id, position")?;
    let mut tags = lists("SELECT session_id, tag FROM session_tags ORDER BY session_id, position")?;
    for s in &mut sessions {
        s.tear_kinds = kinds.remove(&s.id).unwrap_or_default().iter().filter_map(|k| TearKind::parse(k)).collect();
        s.tear_kinds.sort();
        s.warning_signs = signs.remove(&s.id).unwrap_or_default().iter().filter_map(|k| WarningSign::parse(k)).collect();
        s.warning_signs.sort();
        s.aftercare = aftercare.remove(&s.id).unwrap_or_default();
        s.tags = tags.remove(&s.id).unwrap_or_default();
    }
    let bring_up = conn
        .prepare(
            "SELECT b.id, b.text, b.raised_in, b.position, b.done_in, b.done_at FROM bring_up b
             JOIN sessions s ON s.id = b.raised_in AND s.deleted_at IS NULL
             ORDER BY s.held_at, b.raised_in, b.position, b.id",
        )
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok(BringUpRecord {
                    id: r.get(0)?,
                    text: r.get(1)?,
                    raised_in: r.get(2)?,
                    position: r.get::<_, i64>(3)?.try_into().unwrap_or_default(),
                    done_in: r.get(4)?,
                    done_at: r.get(5)?,
                })
            })?
            .collect()
        })
        .map_err(db())?;
    let practice = conn
        .prepare("SELECT id, tool, used, before, after, active_seconds, ended_at FROM practice ORDER BY ended_at, id")
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok(PracticeEntry {
                    id: r.get(0)?,
                    tool: r.get(1)?,
                    used: r.get(2)?,
                    before: r.get(3)?,
                    after: r.get(4)?,
                    active_seconds: r.get(5)?,
                    ended_at: r.get(6)?,
                })
            })?
            .collect()
        })
        .map_err(db())?;
    let notes = conn
        .prepare("SELECT id, written_at, text FROM notes ORDER BY written_at, id")
        .and_then(|mut s| s.query_map([], |r| Ok(NoteRecord { id: r.get(0)?, written_at: r.get(1)?, text: r.get(2)? }))?.collect())
        .map_err(db())?;
    let drafts = conn
        .prepare("SELECT key, body, saved_at FROM drafts ORDER BY key")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(db())?
        .into_iter()
        .filter_map(|(key, body, saved_at): (String, String, String)| {
            serde_json::from_str(&body).ok().map(|body| DraftRecord { key, body, saved_at })
        })
        .collect();
    Ok(Archive {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: super::stamp(exported_at),
        sessions,
        bring_up,
        practice,
        notes,
        drafts,
        settings: None,
    })
}

/// Reads a file chosen for import, refusing one larger than any export before
/// reading it.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    let size = std::fs::metadata(path).map_err(Error::io(format!("Could not read {}", path.display())))?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::Unreadable("This file is larger than any Ebb export (over 512 MB), so it was not read.".into()));
    }
    std::fs::read(path).map_err(Error::io(format!("Could not read {}", path.display())))
}

/// A record that cannot be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// `sessions`, `bringUp`, `practice`, `notes` or `drafts`.
    pub section: String,
    /// Position in its list, from 1 as a person counts.
    pub number: usize,
    pub id: Option<String>,
    pub reason: String,
}

/// A file read and checked: the records that passed, and those that did not.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub archive: Archive,
    pub problems: Vec<Problem>,
    /// How many problems there were (only the first 100 are listed).
    pub problem_count: usize,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Outline<'a> {
    format: String,
    version: u64,
    #[serde(default)]
    exported_at: Option<String>,
    #[serde(borrow, default)]
    sessions: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    bring_up: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    practice: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    notes: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    drafts: Vec<&'a RawValue>,
    #[serde(default)]
    settings: Option<serde_json::Value>,
}

/// Reads a journal document. The file as a whole must be an Ebb journal (or the
/// answer is a clear refusal); each record is then checked on its own.
pub fn parse(bytes: &[u8]) -> Result<Checked> {
    let refuse = |why: String| Error::Unreadable(why);
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(refuse("This file is larger than any Ebb export (over 512 MB), so it was not read.".into()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        refuse(format!("This is not an Ebb export: it is not text (unreadable bytes at position {}).", e.valid_up_to()))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let outline: Outline = serde_json::from_str(text).map_err(|e| refuse(describe_json_error(&e)))?;
    if outline.format != FORMAT {
        return Err(refuse(format!("This JSON file is not an Ebb journal (its format is “{}”).", clip(&outline.format))));
    }
    if outline.version != u64::from(VERSION) {
        return Err(refuse(format!(
            "This export is format version {}, which this Ebb cannot read (it reads version {VERSION}). A newer Ebb may.",
            outline.version
        )));
    }
    let mut problems = Problems::default();
    let archive = Archive {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: outline.exported_at.unwrap_or_default(),
        sessions: problems.section("sessions", &outline.sessions, check_session, |s| &s.id, "Another session in this file has the same id."),
        bring_up: problems.section("bringUp", &outline.bring_up, check_bring_up, |b| &b.id, "Another item in this file has the same id."),
        practice: problems.section("practice", &outline.practice, check_practice, |p| &p.id, "Another record in this file has the same id."),
        notes: problems.section("notes", &outline.notes, check_note, |n| &n.id, "Another note in this file has the same id."),
        drafts: problems.section("drafts", &outline.drafts, check_draft, |d| &d.key, "Another draft in this file has the same key."),
        settings: outline.settings,
    };
    Ok(Checked { archive, problems: problems.listed, problem_count: problems.count })
}

/// The problems found so far: the first [`MAX_PROBLEMS_LISTED`], and how many in all.
#[derive(Default)]
struct Problems {
    listed: Vec<Problem>,
    count: usize,
}

impl Problems {
    /// Reads one section's records: each is parsed and checked on its own, and a
    /// repeated id (`key`) is a problem too. Returns the records that passed.
    fn section<'a, T: Deserialize<'a>>(
        &mut self,
        section: &str,
        raws: &[&'a RawValue],
        check: fn(T) -> std::result::Result<T, String>,
        key: fn(&T) -> &String,
        duplicate: &str,
    ) -> Vec<T> {
        let mut seen = HashSet::new();
        let mut passed = Vec::new();
        for (i, raw) in raws.iter().enumerate() {
            match record::<T>(raw).and_then(check) {
                Ok(r) if !seen.insert(key(&r).clone()) => self.note(section, i, Some(key(&r).clone()), duplicate.into()),
                Ok(r) => passed.push(r),
                Err(reason) => self.note(section, i, id_of(raw), reason),
            }
        }
        passed
    }

    fn note(&mut self, section: &str, index: usize, id: Option<String>, reason: String) {
        self.count += 1;
        if self.listed.len() < MAX_PROBLEMS_LISTED {
            self.listed.push(Problem { section: section.into(), number: index + 1, id, reason });
        }
    }
}

fn record<'a, T: Deserialize<'a>>(raw: &'a RawValue) -> std::result::Result<T, String> {
    // serde would also read a struct from a list; a record is an object here.
    if !raw.get().starts_with('{') {
        return Err("It is not a record (a JSON object in braces).".into());
    }
    serde_json::from_str(raw.get()).map_err(|e| {
        let text = e.to_string();
        // serde's own words ("invalid type: string, expected u8 at line 1 column 40"),
        // without the position inside the record, which means nothing to a person.
        match text.find(" at line ") {
            Some(cut) => text[..cut].to_string(),
            None => text,
        }
    })
}

/// The record's id, when it has a readable one, so a problem can be found in the file.
fn id_of(raw: &RawValue) -> Option<String> {
    #[derive(Deserialize)]
    struct WithId {
        id: String,
    }
    serde_json::from_str::<WithId>(raw.get()).ok().map(|w| clip(&w.id))
}

fn clip(text: &str) -> String {
    let mut clipped: String = text.chars().take(80).collect();
    if clipped.len() < text.len() {
        clipped.push('…');
    }
    clipped
}

fn describe_json_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "This file ends too early: it may have been cut short while it was copied or saved.".into(),
        Category::Syntax => format!("This is not a readable Ebb export: the JSON breaks at line {}, column {}.", e.line(), e.column()),
        Category::Data => format!("This JSON file is not an Ebb journal export ({}).", e),
        Category::Io => format!("The file could not be read ({e})."),
    }
}

fn check_id(id: &str) -> std::result::Result<(), String> {
    let fine = !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if fine {
        Ok(())
    } else {
        Err("Its id must be 1 to 64 letters, digits, “-” or “_”.".into())
    }
}

fn check_time(field: &str, text: &str) -> std::result::Result<(), String> {
    DateTime::parse_from_rfc3339(text).map(drop).map_err(|_| format!("“{field}” is not a date and time (RFC 3339)."))
}

fn check_session(s: SessionRecord) -> std::result::Result<SessionRecord, String> {
    check_id(&s.id)?;
    check_time("createdAt", &s.created_at)?;
    check_time("updatedAt", &s.updated_at)?;
    let e = s.entry().checked().map_err(|e| e.to_string())?;
    Ok(SessionRecord {
        held_at: e.held_at,
        tear_kinds: e.tear_kinds,
        aftercare: e.aftercare,
        warning_signs: e.warning_signs,
        tags: e.tags,
        ..s
    })
}

fn check_bring_up(b: BringUpRecord) -> std::result::Result<BringUpRecord, String> {
    check_id(&b.id)?;
    check_id(&b.raised_in).map_err(|_| "“raisedIn” is not a session id.".to_string())?;
    if b.text.trim().is_empty() || b.text.chars().count() > 2000 {
        return Err("Its text must have 1 to 2,000 characters.".into());
    }
    if let Some(done_in) = &b.done_in {
        check_id(done_in).map_err(|_| "“doneIn” is not a session id.".to_string())?;
        if b.done_at.is_none() {
            return Err("It says where it was ticked off but not when (“doneAt”).".into());
        }
    }
    if let Some(at) = &b.done_at {
        check_time("doneAt", at)?;
    }
    Ok(b)
}

fn check_practice(p: PracticeEntry) -> std::result::Result<PracticeEntry, String> {
    check_id(&p.id)?;
    if !matches!(p.tool.as_str(), "pacer" | "grounding") {
        return Err("“tool” must be “pacer” or “grounding”.".into());
    }
    if p.used.as_ref().is_some_and(|u| u.chars().count() > 200) {
        return Err("“used” is longer than 200 characters.".into());
    }
    if p.before.is_some_and(|r| r > 10) || p.after.is_some_and(|r| r > 10) {
        return Err("A rating goes from 0 to 10.".into());
    }
    check_time("endedAt", &p.ended_at)?;
    Ok(p)
}

fn check_note(n: NoteRecord) -> std::result::Result<NoteRecord, String> {
    check_id(&n.id)?;
    check_time("writtenAt", &n.written_at)?;
    notes::check_text(&n.text).map_err(|e| e.to_string())?;
    Ok(n)
}

fn check_draft(d: DraftRecord) -> std::result::Result<DraftRecord, String> {
    if d.key != "new" {
        check_id(&d.key).map_err(|_| "“key” must be “new” or a session id.".to_string())?;
    }
    if !d.body.is_object() {
        return Err("“body” must be the form's fields (a JSON object).".into());
    }
    check_time("savedAt", &d.saved_at)?;
    Ok(d)
}

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
    let db = || Error::db("Could not import into the journal");
    let mut report = MergeReport::default();
    // Sessions new to the journal are indexed from what the archive holds; others
    // (replaced, or given new items) are re-read from the database.
    let mut added = Vec::new();
    let mut touched = Vec::new();
    for s in &archive.sessions {
        let existing: Option<(String, Option<String>)> = tx
            .prepare_cached("SELECT updated_at, deleted_at FROM sessions WHERE id = ?1")
            .and_then(|mut q| q.query_row([&s.id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
            .map_err(db())?;
        let write = match existing {
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
            let known: bool = tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?1)")
                .and_then(|mut q| q.query_row([session], |r| r.get(0)))
                .map_err(db())?;
            if !known {
                return Err(Error::invalid(
                    "import",
                    format!("An item to bring up (id {}) belongs to a session that is neither in the file nor in the journal.", clip(&b.id)),
                ));
            }
        }
        let existing: Option<Option<String>> = tx
            .prepare_cached("SELECT done_at FROM bring_up WHERE id = ?1")
            .and_then(|mut q| q.query_row([&b.id], |r| r.get(0)).optional())
            .map_err(db())?;
        match existing {
            None => {
                tx.prepare_cached(
                    "INSERT INTO bring_up (id, text, raised_in, position, done_in, done_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .and_then(|mut q| q.execute(params![b.id, b.text, b.raised_in, i64::from(b.position), b.done_in, b.done_at]))
                .map_err(db())?;
                report.bring_up.added += 1;
                if !added_ids.contains(b.raised_in.as_str()) {
                    touched.push(b.raised_in.as_str());
                }
            }
            // Ticked off elsewhere: the tick comes along.
            Some(None) if b.done_at.is_some() => {
                tx.prepare_cached("UPDATE bring_up SET done_in = ?2, done_at = ?3 WHERE id = ?1")
                    .and_then(|mut q| q.execute(params![b.id, b.done_in, b.done_at]))
                    .map_err(db())?;
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
        let added = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO practice (id, tool, used, before, after, active_seconds, ended_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .and_then(|mut q| q.execute(params![p.id, p.tool, p.used, p.before, p.after, p.active_seconds, p.ended_at]))
            .map_err(db())?;
        count(&mut report.practice, added);
    }
    for n in &archive.notes {
        let note = Note { id: n.id.clone(), written_at: n.written_at.clone(), text: n.text.clone() };
        count(&mut report.notes, usize::from(notes::insert(tx, &note)?));
    }
    for d in &archive.drafts {
        let added = tx
            .prepare_cached("INSERT OR IGNORE INTO drafts (key, body, saved_at) VALUES (?1, ?2, ?3)")
            .and_then(|mut q| q.execute(params![d.key, d.body.to_string(), d.saved_at]))
            .map_err(db())?;
        count(&mut report.drafts, added);
    }
    Ok(report)
}

fn count(counts: &mut Counts, added: usize) {
    if added > 0 {
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

#[cfg(test)]
#[path = "archive_tests.rs"]
mod tests;

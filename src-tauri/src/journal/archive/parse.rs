//! Reading a journal document: the file as a whole must be an Ebb journal (or the
//! answer is a clear refusal); each record is then checked on its own, and every
//! record that fails is named with its reason.

use std::collections::HashSet;

use chrono::DateTime;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::{Archive, BringUpRecord, DraftRecord, NoteRecord, PracticeEntry, SessionRecord, FORMAT, MAX_FILE_BYTES, VERSION};
use crate::error::{Error, Result};
use crate::journal::notes;

/// At most this many problems are listed; the count says how many there were.
const MAX_PROBLEMS_LISTED: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// `sessions`, `bringUp`, `practice`, `notes` or `drafts`.
    pub section: String,
    /// Position in its list, from 1 as a person counts.
    pub number: usize,
    pub id: Option<String>,
    /// In English, as the code writes it; said in the person's language when sent.
    #[serde(serialize_with = "in_the_language")]
    pub reason: String,
}

fn in_the_language<S: serde::Serializer>(reason: &str, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&crate::i18n::errors::translate(reason, crate::i18n::spoken()))
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
    #[serde(default)]
    safety_plan: Option<crate::safety_plan::SafetyPlan>,
    #[serde(default)]
    contacts: Vec<crate::settings::Contact>,
}

/// Reads a journal document. The file as a whole must be an Ebb journal (or the
/// answer is a clear refusal); each record is then checked on its own.
pub fn parse(bytes: &[u8]) -> Result<Checked> {
    let refuse = |why: String| Error::Unreadable(why);
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(refuse("This file is larger than any Ebb export (over 512 MB), so it was not read. Nothing was changed; choose the file Ebb exported.".into()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        refuse(format!("This is not an Ebb export: part of it is not text (from about {}% of the way in). Nothing was changed; choose the file Ebb exported.", e.valid_up_to() * 100 / bytes.len().max(1)))
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
        safety_plan: outline.safety_plan,
        contacts: outline.contacts,
    };
    Ok(Checked { archive, problems: problems.listed, problem_count: problems.count })
}

/// Why one record of a file cannot be imported. Shown to the person as written.
#[derive(Debug, thiserror::Error)]
pub enum RecordProblem {
    #[error("It is not a record Ebb can read (each record is a set of named fields in braces).")]
    NotAnObject,
    /// serde's own words, without the position inside the record.
    #[error("{0}")]
    Unreadable(String),
    #[error("Its id must be 1 to 64 letters, digits, “-” or “_”.")]
    BadId,
    #[error("“{0}” is not a session id.")]
    NotASession(&'static str),
    #[error("“{0}” is not a date and time Ebb can read (it should look like 2026-11-23T18:30:00Z).")]
    NotATime(&'static str),
    #[error("Its text must have 1 to 2,000 characters.")]
    TextLength,
    #[error("It says where it was ticked off but not when (“doneAt”).")]
    TickedWithoutTime,
    #[error("“tool” must be “pacer” or “grounding”.")]
    UnknownTool,
    #[error("“used” is longer than 200 characters.")]
    UsedTooLong,
    #[error("A rating goes from 0 to 10.")]
    RatingOutOfRange,
    #[error("“key” must be “new” or a session id.")]
    DraftKey,
    #[error("“body” must hold the form's fields, named, in braces.")]
    DraftBody,
    /// A field the journal itself would refuse, in the journal's words.
    #[error("{0}")]
    Field(#[from] Error),
    #[error("{0}")]
    Duplicate(&'static str),
}

type Checking<T> = std::result::Result<T, RecordProblem>;

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
        check: fn(T) -> Checking<T>,
        key: fn(&T) -> &String,
        duplicate: &'static str,
    ) -> Vec<T> {
        let mut seen = HashSet::new();
        let mut passed = Vec::new();
        for (i, raw) in raws.iter().enumerate() {
            match record::<T>(raw).and_then(check) {
                Ok(r) if !seen.insert(key(&r).clone()) => self.note(section, i, Some(key(&r).clone()), RecordProblem::Duplicate(duplicate)),
                Ok(r) => passed.push(r),
                Err(reason) => self.note(section, i, id_of(raw), reason),
            }
        }
        passed
    }

    fn note(&mut self, section: &str, index: usize, id: Option<String>, reason: RecordProblem) {
        self.count += 1;
        if self.listed.len() < MAX_PROBLEMS_LISTED {
            self.listed.push(Problem { section: section.into(), number: index + 1, id, reason: reason.to_string() });
        }
    }
}

fn record<'a, T: Deserialize<'a>>(raw: &'a RawValue) -> Checking<T> {
    // serde would also read a struct from a list; a record is an object here.
    if !raw.get().starts_with('{') {
        return Err(RecordProblem::NotAnObject);
    }
    serde_json::from_str(raw.get()).map_err(|e| {
        let text = e.to_string();
        // serde's own words ("invalid type: string, expected u8 at line 1 column 40"),
        // without the position inside the record, which means nothing to a person.
        RecordProblem::Unreadable(match text.find(" at line ") {
            Some(cut) => text[..cut].to_string(),
            None => text,
        })
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

pub(super) fn clip(text: &str) -> String {
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
        Category::Syntax => format!(
            "This is not a readable Ebb export: it breaks off on line {} of the file. Nothing was changed; if you edited it, look there, or choose the file Ebb exported.",
            e.line()
        ),
        Category::Data => "This file is not an Ebb journal export, though it looks a little like one. Nothing was changed; choose the file Ebb exported.".into(),
        Category::Io => format!("The file could not be read ({e}). Nothing was changed."),
    }
}

fn check_id(id: &str) -> Checking<()> {
    let fine = !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if fine {
        Ok(())
    } else {
        Err(RecordProblem::BadId)
    }
}

fn check_time(field: &'static str, text: &str) -> Checking<()> {
    DateTime::parse_from_rfc3339(text).map(drop).map_err(|_| RecordProblem::NotATime(field))
}

fn check_session(s: SessionRecord) -> Checking<SessionRecord> {
    check_id(&s.id)?;
    check_time("createdAt", &s.created_at)?;
    check_time("updatedAt", &s.updated_at)?;
    let e = s.entry().checked()?;
    Ok(SessionRecord {
        held_at: e.held_at,
        tear_kinds: e.tear_kinds,
        aftercare: e.aftercare,
        warning_signs: e.warning_signs,
        tags: e.tags,
        ..s
    })
}

fn check_bring_up(b: BringUpRecord) -> Checking<BringUpRecord> {
    check_id(&b.id)?;
    check_id(&b.raised_in).map_err(|_| RecordProblem::NotASession("raisedIn"))?;
    if b.text.trim().is_empty() || b.text.chars().count() > 2000 {
        return Err(RecordProblem::TextLength);
    }
    if let Some(done_in) = &b.done_in {
        check_id(done_in).map_err(|_| RecordProblem::NotASession("doneIn"))?;
        if b.done_at.is_none() {
            return Err(RecordProblem::TickedWithoutTime);
        }
    }
    if let Some(at) = &b.done_at {
        check_time("doneAt", at)?;
    }
    Ok(b)
}

fn check_practice(p: PracticeEntry) -> Checking<PracticeEntry> {
    check_id(&p.id)?;
    if !matches!(p.tool.as_str(), "pacer" | "grounding") {
        return Err(RecordProblem::UnknownTool);
    }
    if p.used.as_ref().is_some_and(|u| u.chars().count() > 200) {
        return Err(RecordProblem::UsedTooLong);
    }
    if p.before.is_some_and(|r| r > 10) || p.after.is_some_and(|r| r > 10) {
        return Err(RecordProblem::RatingOutOfRange);
    }
    check_time("endedAt", &p.ended_at)?;
    Ok(p)
}

fn check_note(n: NoteRecord) -> Checking<NoteRecord> {
    check_id(&n.id)?;
    check_time("writtenAt", &n.written_at)?;
    notes::check_text(&n.text)?;
    Ok(n)
}

fn check_draft(d: DraftRecord) -> Checking<DraftRecord> {
    if d.key != "new" {
        check_id(&d.key).map_err(|_| RecordProblem::DraftKey)?;
    }
    if !d.body.is_object() {
        return Err(RecordProblem::DraftBody);
    }
    check_time("savedAt", &d.saved_at)?;
    Ok(d)
}

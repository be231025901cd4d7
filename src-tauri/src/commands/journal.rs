//! Commands of the private session log. Each reads the clock (the domain takes time
//! as an argument), calls one method and returns its result.

use std::time::Instant;

use chrono::Utc;
use tauri::State;

use crate::error::Result;
use crate::journal::notes::Note;
use crate::journal::noticing::Observation;
use crate::journal::sessions::{Page, Session, SessionEntry, TimelineQuery};
use crate::journal::{FormData, Merged};
use crate::state::{Ebb, JournalView};

#[tauri::command(async)]
pub fn journal_status(ebb: State<'_, Ebb>) -> JournalView {
    ebb.journal_view()
}

#[tauri::command(async)]
pub fn journal_create(ebb: State<'_, Ebb>, passphrase: String) -> Result<JournalView> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    ebb.create_journal(&passphrase, Utc::now(), Instant::now())
}

#[tauri::command(async)]
pub fn journal_unlock(ebb: State<'_, Ebb>, passphrase: String) -> Result<Merged> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    ebb.unlock_journal(&passphrase, Utc::now(), Instant::now())
}

#[tauri::command(async)]
pub fn journal_lock(ebb: State<'_, Ebb>) -> Result<JournalView> {
    ebb.lock_journal()?;
    Ok(ebb.journal_view())
}

/// The person is active in the journal (typing, scrolling): postpones the idle lock.
#[tauri::command]
pub fn journal_touch(ebb: State<'_, Ebb>) {
    ebb.touch(Instant::now());
}

#[tauri::command(async)]
pub fn journal_change_passphrase(ebb: State<'_, Ebb>, current: String, new: String) -> Result<()> {
    let (current, new) = (zeroize::Zeroizing::new(current), zeroize::Zeroizing::new(new));
    ebb.change_passphrase(&current, &new)
}

#[tauri::command(async)]
pub fn journal_delete(ebb: State<'_, Ebb>, confirmation: String) -> Result<JournalView> {
    ebb.delete_journal(&confirmation)
}

#[tauri::command(async)]
pub fn journal_set_aside(ebb: State<'_, Ebb>) -> Result<String> {
    ebb.set_journal_aside(Utc::now())
}

/// A quick note; returns it when the journal is open, nothing when it was sealed.
#[tauri::command(async)]
pub fn journal_note(ebb: State<'_, Ebb>, text: String) -> Result<Option<Note>> {
    ebb.capture_note(&text, Utc::now())
}

#[tauri::command(async)]
pub fn journal_notes(ebb: State<'_, Ebb>) -> Result<Vec<Note>> {
    ebb.with_journal(Instant::now(), |j| j.notes())
}

#[tauri::command(async)]
pub fn journal_delete_note(ebb: State<'_, Ebb>, id: String) -> Result<()> {
    ebb.with_journal(Instant::now(), |j| j.delete_note(&id))
}

#[tauri::command(async)]
pub fn journal_observations(ebb: State<'_, Ebb>) -> Result<Vec<Observation>> {
    ebb.with_journal(Instant::now(), |j| j.observations())
}

#[tauri::command(async)]
pub fn session_list(ebb: State<'_, Ebb>, query: TimelineQuery) -> Result<Page> {
    ebb.with_journal(Instant::now(), |j| j.timeline(&query))
}

#[tauri::command(async)]
pub fn session_get(ebb: State<'_, Ebb>, id: String) -> Result<Session> {
    ebb.with_journal(Instant::now(), |j| j.session(&id))
}

#[tauri::command(async)]
pub fn session_save(ebb: State<'_, Ebb>, id: Option<String>, entry: SessionEntry) -> Result<Session> {
    ebb.with_journal(Instant::now(), |j| j.save_session(id.as_deref(), entry, Utc::now()))
}

#[tauri::command(async)]
pub fn session_delete(ebb: State<'_, Ebb>, id: String) -> Result<()> {
    ebb.with_journal(Instant::now(), |j| j.delete_session(&id, Utc::now()))
}

#[tauri::command(async)]
pub fn session_restore(ebb: State<'_, Ebb>, id: String) -> Result<()> {
    ebb.with_journal(Instant::now(), |j| j.restore_session(&id))
}

#[tauri::command(async)]
pub fn session_form(ebb: State<'_, Ebb>, editing: Option<String>) -> Result<FormData> {
    ebb.with_journal(Instant::now(), |j| j.form(editing.as_deref()))
}

/// Returns when it was saved (UTC, RFC 3339).
#[tauri::command(async)]
pub fn draft_save(ebb: State<'_, Ebb>, editing: Option<String>, body: serde_json::Value) -> Result<String> {
    ebb.with_journal(Instant::now(), |j| j.save_draft(editing.as_deref(), &body, Utc::now()))
}

#[tauri::command(async)]
pub fn draft_discard(ebb: State<'_, Ebb>, editing: Option<String>) -> Result<()> {
    ebb.with_journal(Instant::now(), |j| j.discard_draft(editing.as_deref()))
}

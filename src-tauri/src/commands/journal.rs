//! Commands of the private session log. Each reads the clock (the domain takes time
//! as an argument), calls one method and returns its result.

use chrono::Utc;
use tauri::{AppHandle, Runtime, State};

use crate::error::Result;
use crate::journal::notes::Note;
use crate::journal::observations::Observation;
use crate::journal::sessions::{Page, Session, SessionEntry, TimelineQuery};
use crate::journal::{FormData, Merged};
use crate::state::{JournalState, JournalView, LibraryState};

#[tauri::command(async)]
pub fn journal_status(journal: State<'_, JournalState>, library: State<'_, LibraryState>) -> JournalView {
    JournalView::of(&journal, &library)
}

#[tauri::command(async)]
pub fn journal_create(journal: State<'_, JournalState>, library: State<'_, LibraryState>, passphrase: String) -> Result<JournalView> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    journal.create(&passphrase, Utc::now())?;
    Ok(JournalView::of(&journal, &library))
}

#[tauri::command(async)]
pub fn journal_unlock(journal: State<'_, JournalState>, passphrase: String) -> Result<Merged> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    journal.unlock(&passphrase, Utc::now())
}

#[tauri::command(async)]
pub fn journal_lock<R: Runtime>(app: AppHandle<R>, journal: State<'_, JournalState>, library: State<'_, LibraryState>) -> Result<JournalView> {
    crate::lock_journal(&app)?;
    Ok(JournalView::of(&journal, &library))
}

/// The person is active in the journal (typing, scrolling): postpones the idle lock.
#[tauri::command]
pub fn journal_touch(journal: State<'_, JournalState>) {
    journal.touch(Utc::now());
}

/// `fresh_key` (on unless the interface says otherwise): re-encrypt the journal
/// under a new key as well.
#[tauri::command(async)]
pub fn journal_change_passphrase(journal: State<'_, JournalState>, current: String, new: String, fresh_key: Option<bool>) -> Result<()> {
    let (current, new) = (zeroize::Zeroizing::new(current), zeroize::Zeroizing::new(new));
    journal.change_passphrase(&current, &new, fresh_key.unwrap_or(true), Utc::now())
}

#[tauri::command(async)]
pub fn journal_delete(journal: State<'_, JournalState>, library: State<'_, LibraryState>, confirmation: String) -> Result<JournalView> {
    journal.delete(&confirmation)?;
    Ok(JournalView::of(&journal, &library))
}

/// Returns the folder the damaged journal was moved to.
#[tauri::command(async)]
pub fn journal_set_aside(journal: State<'_, JournalState>) -> Result<String> {
    journal.set_aside(Utc::now()).map(|p| p.display().to_string())
}

/// A quick note; returns it when the journal is open, nothing when it was sealed.
#[tauri::command(async)]
pub fn journal_note(journal: State<'_, JournalState>, text: String) -> Result<Option<Note>> {
    journal.capture_note(&text, Utc::now())
}

#[tauri::command(async)]
pub fn journal_notes(journal: State<'_, JournalState>) -> Result<Vec<Note>> {
    journal.with(Utc::now(), |j| j.notes())
}

#[tauri::command(async)]
pub fn journal_delete_note(journal: State<'_, JournalState>, id: String) -> Result<()> {
    journal.with(Utc::now(), |j| j.delete_note(&id))
}

#[tauri::command(async)]
pub fn journal_observations(journal: State<'_, JournalState>) -> Result<Vec<Observation>> {
    journal.with(Utc::now(), |j| j.observations())
}

#[tauri::command(async)]
pub fn session_list(journal: State<'_, JournalState>, query: TimelineQuery) -> Result<Page> {
    journal.with(Utc::now(), |j| j.timeline(&query))
}

#[tauri::command(async)]
pub fn session_get(journal: State<'_, JournalState>, id: String) -> Result<Session> {
    journal.with(Utc::now(), |j| j.session(&id))
}

#[tauri::command(async)]
pub fn session_save(journal: State<'_, JournalState>, id: Option<String>, entry: SessionEntry) -> Result<Session> {
    let now = Utc::now();
    journal.with(now, |j| j.save_session(id.as_deref(), entry, now))
}

#[tauri::command(async)]
pub fn session_delete(journal: State<'_, JournalState>, id: String) -> Result<()> {
    let now = Utc::now();
    journal.with(now, |j| j.delete_session(&id, now))
}

#[tauri::command(async)]
pub fn session_restore(journal: State<'_, JournalState>, id: String) -> Result<()> {
    journal.with(Utc::now(), |j| j.restore_session(&id))
}

#[tauri::command(async)]
pub fn session_form(journal: State<'_, JournalState>, editing: Option<String>) -> Result<FormData> {
    journal.with(Utc::now(), |j| j.form(editing.as_deref()))
}

/// Returns when it was saved (UTC, RFC 3339).
#[tauri::command(async)]
pub fn draft_save(journal: State<'_, JournalState>, editing: Option<String>, body: serde_json::Value) -> Result<String> {
    let now = Utc::now();
    journal.with(now, |j| j.save_draft(editing.as_deref(), &body, now))
}

#[tauri::command(async)]
pub fn draft_discard(journal: State<'_, JournalState>, editing: Option<String>) -> Result<()> {
    journal.with(Utc::now(), |j| j.discard_draft(editing.as_deref()))
}

//! Commands of the pacer: preferences, custom patterns, practice ratings.

use chrono::Utc;
use tauri::State;

use crate::error::Result;
use crate::pacer::pattern::{CustomDraft, Pattern};
use crate::pacer::practice::{PracticeRecord, PracticeReport};
use crate::settings::Preferences;
use crate::state::{JournalState, LibraryState, Snapshot};

#[tauri::command(async)]
pub fn update_preferences(library: State<'_, LibraryState>, preferences: Preferences) -> Result<Snapshot> {
    library.update_preferences(preferences)
}

#[derive(serde::Serialize)]
pub struct Saved {
    pattern: Pattern,
    #[serde(flatten)]
    snapshot: Snapshot,
}

#[tauri::command(async)]
pub fn save_custom_pattern(library: State<'_, LibraryState>, draft: CustomDraft) -> Result<Saved> {
    let (pattern, snapshot) = library.save_custom_pattern(draft, Utc::now())?;
    Ok(Saved { pattern, snapshot })
}

#[tauri::command(async)]
pub fn delete_custom_pattern(library: State<'_, LibraryState>, id: String) -> Result<Snapshot> {
    library.delete_custom_pattern(&id)
}

/// Kept in the journal, sealed into its inbox while it is locked, or kept for this
/// run until a journal exists.
#[tauri::command(async)]
pub fn record_practice(journal: State<'_, JournalState>, report: PracticeReport) -> Result<PracticeRecord> {
    journal.record_practice(report, Utc::now())
}

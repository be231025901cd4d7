//! Commands of the pacer: preferences, custom patterns, practice ratings.

use chrono::Utc;
use tauri::State;

use crate::error::Result;
use crate::pacer::pattern::{CustomDraft, Pattern};
use crate::pacer::practice::{PracticeRecord, PracticeReport};
use crate::settings::Preferences;
use crate::state::{Ebb, Snapshot};

#[tauri::command(async)]
pub fn update_preferences(ebb: State<'_, Ebb>, preferences: Preferences) -> Result<Snapshot> {
    ebb.update_preferences(preferences)
}

#[derive(serde::Serialize)]
pub struct Saved {
    pattern: Pattern,
    #[serde(flatten)]
    snapshot: Snapshot,
}

#[tauri::command(async)]
pub fn save_custom_pattern(ebb: State<'_, Ebb>, draft: CustomDraft) -> Result<Saved> {
    let (pattern, snapshot) = ebb.save_custom_pattern(draft, Utc::now())?;
    Ok(Saved { pattern, snapshot })
}

#[tauri::command(async)]
pub fn delete_custom_pattern(ebb: State<'_, Ebb>, id: String) -> Result<Snapshot> {
    ebb.delete_custom_pattern(&id)
}

#[tauri::command(async)]
pub fn record_practice(ebb: State<'_, Ebb>, report: PracticeReport) -> Result<PracticeRecord> {
    ebb.record_practice(report, Utc::now())
}

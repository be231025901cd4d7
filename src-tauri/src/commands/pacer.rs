//! Commands of the pacer: preferences, custom patterns, practice ratings.

use std::time::Duration;

use chrono::Utc;
use tauri::{AppHandle, Runtime, State, WebviewWindow};

use crate::error::Result;
use crate::pacer::pattern::{CustomDraft, Pattern};
use crate::pacer::practice::{PracticeRecord, PracticeReport};
use crate::settings::Preferences;
use crate::state::{JournalState, LibraryState, Snapshot};
use crate::voice::{Voice, VoiceStatus};

#[tauri::command(async)]
pub fn update_preferences<R: Runtime>(app: AppHandle<R>, library: State<'_, LibraryState>, preferences: Preferences) -> Result<Snapshot> {
    let before = library.preferences().language;
    let snapshot = library.update_preferences(preferences)?;
    if snapshot.preferences.language != before {
        crate::desktop_shell::relabel_tray(&app);
    }
    Ok(snapshot)
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

/// The next phase's word and how long until it begins.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NextWord {
    words: String,
    in_ms: u64,
}

/// A new phase of breathing: `shown` is what the screen says ("Breathe in", or
/// "Paused"; none when breathing ended), `spoken` the word the voice says now and
/// `next` the one it says when the next phase begins, when "Speak the breath" is on.
///
/// On Linux the window's title follows the phase while breathing. Orca (43, with
/// WebKitGTK 2.50) hears no change to the page's live region, but speaks the new
/// title of the active window, once, as it happens: so the breath reaches a
/// screen reader. Elsewhere the screen readers read the live region itself.
#[tauri::command]
pub fn breath_phase<R: Runtime>(
    window: WebviewWindow<R>,
    voice: State<'_, Voice>,
    shown: Option<String>,
    spoken: Option<String>,
    next: Option<NextWord>,
    language: String,
) {
    #[cfg(target_os = "linux")]
    {
        let title = shown.as_deref().map(str::trim).filter(|s| !s.is_empty()).unwrap_or(crate::WINDOW_TITLE);
        let _ = window.set_title(title);
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (&window, &shown);
    if spoken.is_none() && next.is_none() {
        voice.hush();
    } else {
        // A phase lasts at most a minute; a longer wait is a mistake, not a plan.
        let next = next.map(|n| (n.words, Duration::from_millis(n.in_ms.min(60_000))));
        voice.cue(spoken.as_deref(), next.as_ref().map(|(w, d)| (w.as_str(), *d)), &language);
    }
}

/// Whether the system can speak the breath in `language`; opens the speech engine.
#[tauri::command(async)]
pub fn voice_check(voice: State<'_, Voice>, language: String) -> VoiceStatus {
    voice.check(&language)
}

//! Commands of Ebb on the desktop: the system-wide shortcut and the aftercare
//! check-in.

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

use crate::desktop::aftercare::Aftercare;
use crate::desktop_shell::{self, CheckInStatus, ShortcutKeeper, ShortcutStatus};
use crate::error::Result;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReachStatus {
    shortcut: ShortcutStatus,
    check_in: CheckInStatus,
}

#[tauri::command(async)]
pub fn reach_status(keeper: State<'_, ShortcutKeeper>, care: State<'_, Aftercare>) -> ReachStatus {
    ReachStatus { shortcut: keeper.status(), check_in: desktop_shell::check_in_status(&care) }
}

/// `shortcut`: as typed or pressed ("Ctrl+Alt+Shift+B"), or `null` to turn it off.
#[tauri::command(async)]
pub fn set_shortcut<R: Runtime>(app: AppHandle<R>, keeper: State<'_, ShortcutKeeper>, shortcut: Option<String>) -> Result<ShortcutStatus> {
    keeper.change(&app, shortcut.as_deref())
}

#[tauri::command(async)]
pub fn aftercare_schedule(care: State<'_, Aftercare>, minutes: u32) -> Result<CheckInStatus> {
    desktop_shell::schedule_check_in(&care, minutes, minute_length(), chrono::Utc::now())
}

#[tauri::command(async)]
pub fn aftercare_cancel(care: State<'_, Aftercare>) -> CheckInStatus {
    care.cancel();
    desktop_shell::check_in_status(&care)
}

/// A minute. Debug builds read `EBB_TEST_MINUTE_MS` (the length of a minute) so
/// the end-to-end suite need not wait an hour.
fn minute_length() -> chrono::TimeDelta {
    let minute = chrono::TimeDelta::minutes(1);
    if !cfg!(debug_assertions) {
        return minute;
    }
    std::env::var("EBB_TEST_MINUTE_MS").ok().and_then(|s| s.parse::<i64>().ok()).map_or(minute, chrono::TimeDelta::milliseconds)
}

//! Commands of Ebb on the desktop: the system-wide shortcut and the aftercare
//! check-in.

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::desktop::aftercare::Aftercare;
use crate::desktop::shortcut;
use crate::error::{Error, Result};
use crate::reach::{self, CheckInStatus, ShortcutKeeper, ShortcutStatus};

/// On Tauri's mock runtime (the IPC tests) there is no desktop to listen on.
const NO_SHORTCUTS: &str = "Shortcuts are not available in this copy of Ebb.";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReachStatus {
    shortcut: ShortcutStatus,
    check_in: CheckInStatus,
}

#[tauri::command(async)]
pub fn reach_status<R: Runtime>(app: AppHandle<R>, care: State<'_, Aftercare>) -> ReachStatus {
    let shortcut = match app.try_state::<ShortcutKeeper>() {
        Some(keeper) => keeper.status(),
        None => ShortcutStatus {
            problem: Some(NO_SHORTCUTS.into()),
            default: shortcut::DEFAULT,
            ..Default::default()
        },
    };
    ReachStatus { shortcut, check_in: reach::check_in_status(&care) }
}

/// `shortcut`: as typed or pressed ("Ctrl+Alt+Shift+B"), or `null` to turn it off.
#[tauri::command(async)]
pub fn set_shortcut<R: Runtime>(app: AppHandle<R>, shortcut: Option<String>) -> Result<ShortcutStatus> {
    let keeper = app.try_state::<ShortcutKeeper>().ok_or_else(|| Error::invalid("shortcut", NO_SHORTCUTS))?;
    keeper.change(&app, shortcut.as_deref())
}

#[tauri::command(async)]
pub fn aftercare_schedule(care: State<'_, Aftercare>, minutes: u32) -> Result<CheckInStatus> {
    reach::schedule_check_in(&care, minutes)
}

#[tauri::command(async)]
pub fn aftercare_cancel(care: State<'_, Aftercare>) -> CheckInStatus {
    care.cancel();
    reach::check_in_status(&care)
}

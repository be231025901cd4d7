//! Commands about the app as a whole: start-up state, the "ready" signal and the
//! close handshake.

use tauri::{AppHandle, Runtime, State};

use crate::state::{Boot, LaunchState, LibraryState};
use crate::{Closing, Started};

#[tauri::command(async)]
pub fn app_state(launch: State<'_, LaunchState>, library: State<'_, LibraryState>) -> Boot {
    launch.boot(&library)
}

/// Called once the pacer is on screen and usable. With `EBB_REPORT_READY=1` it
/// prints the time since launch, which the start-up benchmark reads.
#[tauri::command]
pub fn ui_ready<R: Runtime>(app: AppHandle<R>, started: State<'_, Started>) {
    if started.report {
        println!("ebb: pacer ready after {} ms", started.at.elapsed().as_millis());
    }
    crate::desktop_shell::after_ready(&app);
}

/// The interface has saved any draft after `app-closing`; the window may go.
#[tauri::command]
pub fn close_ready(closing: State<'_, Closing>) {
    closing.ready();
}

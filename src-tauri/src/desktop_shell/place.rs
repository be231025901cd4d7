//! The window's remembered size and place, written shortly after it last moved so
//! that even a crash keeps it.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager, Runtime, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

use crate::MAIN_WINDOW;

/// The window's place is written this long after it last moved or changed size,
/// so it survives even if Ebb is stopped without closing.
const SAVE_PLACE_AFTER: Duration = Duration::from_millis(500);

/// Writes the window's size and place shortly after it last moved or changed size.
pub fn save_when_moved<R: Runtime>(app: &AppHandle<R>) {
    let Some(window) = app.get_webview_window(MAIN_WINDOW) else { return };
    let last_change: std::sync::Arc<Mutex<Option<Instant>>> = Default::default();
    let handle = app.clone();
    window.on_window_event(move |event| {
        if !matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
            return;
        }
        let mut last = last_change.lock().unwrap_or_else(|p| p.into_inner());
        let waiting = last.is_some();
        *last = Some(Instant::now());
        if waiting {
            return;
        }
        let (last_change, app) = (last_change.clone(), handle.clone());
        tauri::async_runtime::spawn(async move {
            loop {
                tokio::time::sleep(SAVE_PLACE_AFTER).await;
                let mut last = last_change.lock().unwrap_or_else(|p| p.into_inner());
                if last.is_some_and(|at| at.elapsed() >= SAVE_PLACE_AFTER) {
                    *last = None;
                    drop(last);
                    if let Err(e) = app.save_window_state(StateFlags::all() - StateFlags::VISIBLE) {
                        eprintln!("ebb: could not keep the window's place: {e}");
                    }
                    return;
                }
            }
        });
    });
}

/// The window-state plugin writes its file with `std::fs::write`, which keeps the
/// mode of a file that is already there: so the file is made private (0600) before
/// the plugin ever writes it, like every other file Ebb keeps.
pub fn keep_private<R: Runtime>(app: &AppHandle<R>) {
    let Ok(dir) = app.path().app_config_dir() else { return };
    let path = dir.join(app.filename());
    let result = match std::fs::metadata(&path) {
        Ok(_) => private(&path),
        // An empty map is a state file with no windows yet.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => crate::private_file::write_atomically(&path, b"{}"),
        Err(e) => Err(e),
    };
    if let Err(e) = result {
        eprintln!("ebb: could not keep {} private: {e}", path.display());
    }
}

#[cfg(unix)]
fn private(path: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn private(_path: &std::path::Path) -> std::io::Result<()> {
    // Windows: the per-user profile folder is private to the user already.
    Ok(())
}

//! Ebb within reach on the desktop, shaped like a Tauri plugin: `init()` keeps
//! the state (the shortcut's status, the waiting check-in) and starts the watchers
//! (the check-in, sleep and screen lock); `platform_plugins()` adds the
//! global-shortcut and window-state plugins it builds on; `after_ready()` sets up
//! the tray, the shortcut and the window's place once the pacer is on screen. The
//! rules themselves live in `desktop/`. None of the platform parts run on the mock
//! runtime the IPC tests use.

mod app_menu;
mod check_in;
mod place;
mod session_lock;
mod shortcut;
mod tray;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;
use tauri::plugin::{Builder, TauriPlugin};
use tauri::{AppHandle, Emitter, Manager, Runtime, Wry};
use tauri_plugin_global_shortcut::ShortcutState;
use tauri_plugin_window_state::StateFlags;

use crate::desktop::aftercare::Aftercare;
use crate::state::LibraryState;
use crate::{events, MAIN_WINDOW};

pub use check_in::{check_in_status, schedule_check_in, CheckInStatus};
pub use shortcut::{ShortcutKeeper, ShortcutStatus};

/// The name of the window-state file (in the config folder).
const PLACE_FILE: &str = "window-state.json";

/// Ebb's desktop state and its watchers.
pub fn init<R: Runtime>() -> TauriPlugin<R> {
    Builder::new("ebb-desktop")
        .setup(|app, _api| {
            app.manage(Aftercare::default());
            app.manage(ShortcutKeeper::default());
            app.manage(Waiting(AtomicBool::new(true)));
            check_in::watch(app.clone());
            session_lock::watch(app.clone());
            Ok(())
        })
        .build()
}

/// The platform plugins Ebb on the desktop builds on, added in `run()`.
pub fn platform_plugins(builder: tauri::Builder<Wry>, config_dir: Option<&Path>) -> tauri::Builder<Wry> {
    // With --data-dir everything stays in that folder, the window's place too (an
    // absolute name replaces the plugin's own folder).
    let place = config_dir.map_or_else(|| PLACE_FILE.to_string(), |dir| dir.join(PLACE_FILE).to_string_lossy().into_owned());
    builder
        .plugin(
            tauri_plugin_global_shortcut::Builder::new()
                .with_handler(|app, _shortcut, event| {
                    if event.state == ShortcutState::Pressed {
                        breathe_now(app, None);
                    }
                })
                .build(),
        )
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_filename(place)
                // Visibility is Ebb's to decide: it always opens shown.
                .with_state_flags(StateFlags::all() - StateFlags::VISIBLE)
                .build(),
        )
}

/// Whether the desktop parts still wait for the pacer to be on screen.
struct Waiting(AtomicBool);

/// Says the tray's menu again in the language chosen now.
pub fn relabel_tray<R: Runtime>(app: &AppHandle<R>) {
    if let Err(e) = tray::relabel(app) {
        eprintln!("ebb: the tray's menu could not change language: {e}");
    }
    #[cfg(target_os = "macos")]
    if let Err(e) = app_menu::relabel(app, crate::i18n::catalog(app.state::<LibraryState>().language().tag)) {
        eprintln!("ebb: the app menu could not change language: {e}");
    }
}

/// Closes Ebb the way closing the window does (any draft saved first, the journal
/// locked): from the tray's Quit and the macOS app menu's.
pub fn quit<R: Runtime>(app: &AppHandle<R>) {
    match app.get_webview_window(MAIN_WINDOW) {
        Some(window) => {
            let _ = window.close();
        }
        None => app.exit(0),
    }
}

/// The pacer is on screen: now the tray, the shortcut and the window's place.
/// Done then rather than at start-up because, measured, setting them up before
/// the page loaded made the pacer appear about half a second later.
pub fn after_ready<R: Runtime>(app: &AppHandle<R>) {
    let first = app.try_state::<Waiting>().is_some_and(|w| w.0.swap(false, Ordering::SeqCst));
    // Without the platform plugins (the mock runtime) there is nothing to set up.
    if !first || app.try_state::<tauri_plugin_global_shortcut::GlobalShortcut<R>>().is_none() {
        return;
    }
    // The shortcut first and at once, so Settings never sees it half set up.
    let keeper = app.state::<ShortcutKeeper>();
    match app.state::<LibraryState>().shortcut_setting().shortcut() {
        Ok(wanted) => keeper.start(app, wanted),
        Err(e) => keeper.fail(e.0),
    }
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if let Err(e) = tray::make(&handle) {
            // Some desktops have no tray; Ebb works the same without it.
            eprintln!("ebb: no tray icon: {e}");
        }
        // macOS: the app menu, with Quit (⌘Q) saving a draft first as closing does.
        #[cfg(target_os = "macos")]
        if let Err(e) = app_menu::install(&handle, crate::i18n::catalog(handle.state::<LibraryState>().language().tag)) {
            eprintln!("ebb: no app menu: {e}");
        }
        place::keep_private(&handle);
        place::save_when_moved(&handle);
    });
}

/// Brings the window forward (shown, not minimised, focused).
pub fn bring_forward<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// What `breathe-now` carries: a session length other than the chosen one.
#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct Breathe {
    minutes: Option<u32>,
}

/// Brings the window forward and starts breathing (for `minutes`, or as chosen).
pub fn breathe_now<R: Runtime>(app: &AppHandle<R>, minutes: Option<u32>) {
    bring_forward(app);
    let _ = app.emit_to(MAIN_WINDOW, events::BREATHE_NOW, Breathe { minutes });
}

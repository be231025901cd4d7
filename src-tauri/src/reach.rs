//! Ebb within reach on the desktop: the tray icon, the system-wide shortcut, the
//! window's remembered place and the aftercare check-in. The rules live in
//! `desktop/`; this file connects them to Tauri and its plugins. None of it runs
//! on the mock runtime the IPC tests use.

use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime, WindowEvent, Wry};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, ShortcutState};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

use crate::desktop::aftercare::{self, Aftercare};
use crate::desktop::shortcut::{self, Shortcut};
use crate::desktop::tray::{self, TrayAction};
use crate::error::{Error, Result};
use crate::state::Ebb;
use crate::{BREATHE_EVENT, JOURNAL_LOCKED_EVENT, MAIN_WINDOW};

/// Sent to open one of the interface's screens (from the tray).
pub const SHOW_EVENT: &str = "show-view";
/// Sent when the tray asks to lock the journal: the interface saves any draft
/// first, as Ctrl+L does.
pub const LOCK_EVENT: &str = "lock-journal";
/// Sent when an aftercare check-in is due and the desktop could not show it.
pub const CHECK_IN_EVENT: &str = "aftercare-check-in";

/// The window's place is written this long after it last moved or changed size,
/// so it survives even if Ebb is stopped without closing.
const SAVE_PLACE_AFTER: Duration = Duration::from_millis(500);

/// The name of the window-state file (in the config folder).
const PLACE_FILE: &str = "window-state.json";

/// The platform plugins of this file, added in `run()`.
pub fn plugins(builder: tauri::Builder<Wry>, config_dir: Option<&Path>) -> tauri::Builder<Wry> {
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

/// Set up with the window; the tray, the shortcut and the window's place follow
/// once the pacer is on screen (`after_ready`).
pub fn setup<R: Runtime>(app: &AppHandle<R>) {
    app.manage(ShortcutKeeper::default());
    app.manage(Waiting(std::sync::atomic::AtomicBool::new(true)));
    let handle = app.clone();
    std::thread::spawn(move || loop {
        handle.state::<Aftercare>().wait_for_next(chrono::Utc::now);
        check_in(&handle);
    });
}

/// Whether the desktop parts still wait for the pacer to be on screen.
struct Waiting(std::sync::atomic::AtomicBool);

/// The pacer is on screen: now the tray, the shortcut and the window's place.
/// Done then rather than at start-up because, measured, setting them up before
/// the page loaded made the pacer appear about half a second later.
pub fn after_ready<R: Runtime>(app: &AppHandle<R>) {
    let first = app.try_state::<Waiting>().is_some_and(|w| w.0.swap(false, std::sync::atomic::Ordering::SeqCst));
    if !first {
        return;
    }
    // The shortcut first and at once, so Settings never sees it half set up.
    let keeper = app.state::<ShortcutKeeper>();
    match app.state::<Ebb>().shortcut_setting().shortcut() {
        Ok(wanted) => keeper.start(app, wanted),
        Err(e) => keeper.fail(e.0),
    }
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if let Err(e) = make_tray(&handle) {
            // Some desktops have no tray; Ebb works the same without it.
            eprintln!("ebb: no tray icon: {e}");
        }
        save_place_when_moved(&handle);
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
    let _ = app.emit_to(MAIN_WINDOW, BREATHE_EVENT, Breathe { minutes });
}

fn make_tray<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let menu = Menu::new(app)?;
    for item in tray::MENU {
        if item.set_apart {
            menu.append(&PredefinedMenuItem::separator(app)?)?;
        }
        menu.append(&MenuItem::with_id(app, item.id, item.label, true, None::<&str>)?)?;
    }
    let mut builder = TrayIconBuilder::with_id("ebb").tooltip(tray::TOOLTIP).menu(&menu).show_menu_on_left_click(true);
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.on_menu_event(|app, event| on_tray(app, event.id().as_ref())).build(app)?;
    Ok(())
}

fn on_tray<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match tray::action(id) {
        Some(TrayAction::Breathe) => breathe_now(app, None),
        Some(TrayAction::Show(view)) => {
            bring_forward(app);
            let _ = app.emit_to(MAIN_WINDOW, SHOW_EVENT, view);
        }
        Some(TrayAction::LockJournal) => {
            if app.get_webview_window(MAIN_WINDOW).is_some() {
                let _ = app.emit_to(MAIN_WINDOW, LOCK_EVENT, ());
            } else if app.state::<Ebb>().lock_journal().is_ok() {
                let _ = app.emit_to(MAIN_WINDOW, JOURNAL_LOCKED_EVENT, ());
            }
        }
        // The same way out as closing the window: any draft is saved first.
        Some(TrayAction::Quit) => match app.get_webview_window(MAIN_WINDOW) {
            Some(window) => {
                let _ = window.close();
            }
            None => app.exit(0),
        },
        None => {}
    }
}

// ---- the shortcut -----------------------------------------------------------

/// The shortcut as it stands on this desktop, for the Settings screen.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShortcutStatus {
    /// The shortcut that works now, if any.
    pub active: Option<String>,
    /// The person turned it off.
    pub off: bool,
    /// Why there is no working shortcut although one is wanted, in plain words.
    pub problem: Option<String>,
    /// False where the desktop cannot offer one at all (then `problem` says why).
    pub available: bool,
    pub default: &'static str,
}

#[derive(Default)]
pub struct ShortcutKeeper {
    status: Mutex<ShortcutStatus>,
}

impl ShortcutKeeper {
    pub fn status(&self) -> ShortcutStatus {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ShortcutStatus> {
        self.status.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn start<R: Runtime>(&self, app: &AppHandle<R>, wanted: Option<Shortcut>) {
        let reason = shortcut::unavailable_reason(std::env::consts::OS, |name| std::env::var(name).ok());
        let mut status = self.lock();
        *status = ShortcutStatus { available: reason.is_none(), off: wanted.is_none(), default: shortcut::DEFAULT, ..Default::default() };
        match (wanted, reason) {
            (None, _) => {}
            (Some(_), Some(reason)) => status.problem = Some(reason),
            (Some(wanted), None) => match register(app, wanted) {
                Ok(()) => status.active = Some(wanted.to_string()),
                Err(problem) => status.problem = Some(problem),
            },
        }
    }

    fn fail(&self, problem: String) {
        *self.lock() = ShortcutStatus { available: true, problem: Some(problem), default: shortcut::DEFAULT, ..Default::default() };
    }

    /// Changes the shortcut: the new one is checked and taken by the desktop before
    /// it is saved; if the desktop refuses it, the old one stays.
    pub fn change<R: Runtime>(&self, app: &AppHandle<R>, wanted: Option<&str>) -> Result<ShortcutStatus> {
        let wanted = wanted.map(|w| w.parse::<Shortcut>().map_err(|e| Error::invalid("shortcut", e.0))).transpose()?;
        let mut status = self.lock();
        if wanted.is_some() && !status.available {
            return Err(Error::invalid("shortcut", status.problem.clone().unwrap_or_default()));
        }
        let old = status.active.as_deref().and_then(|s| s.parse::<Shortcut>().ok());
        let globals = app.global_shortcut();
        let put_back = || {
            let _ = globals.unregister_all();
            if let Some(old) = old {
                let _ = register(app, old);
            }
        };
        if old.is_some() {
            let _ = globals.unregister_all();
        }
        if let Some(new) = wanted {
            if let Err(problem) = register(app, new) {
                put_back();
                return Err(Error::invalid("shortcut", problem));
            }
        }
        if let Err(e) = app.state::<Ebb>().save_shortcut(wanted) {
            put_back();
            return Err(e);
        }
        status.active = wanted.map(|w| w.to_string());
        status.off = wanted.is_none();
        status.problem = None;
        Ok(status.clone())
    }
}

fn register<R: Runtime>(app: &AppHandle<R>, wanted: Shortcut) -> std::result::Result<(), String> {
    app.global_shortcut().register(wanted.accelerator().as_str()).map_err(|e| {
        eprintln!("ebb: the shortcut {wanted} was refused: {e}");
        format!("The desktop did not let Ebb use {wanted}; another app may be using it. Please choose another.")
    })
}

// ---- the window's place -------------------------------------------------------

/// Writes the window's size and place shortly after it last moved or changed size.
fn save_place_when_moved<R: Runtime>(app: &AppHandle<R>) {
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
        std::thread::spawn(move || loop {
            std::thread::sleep(SAVE_PLACE_AFTER);
            let mut last = last_change.lock().unwrap_or_else(|p| p.into_inner());
            if last.is_some_and(|at| at.elapsed() >= SAVE_PLACE_AFTER) {
                *last = None;
                drop(last);
                if let Err(e) = app.save_window_state(StateFlags::all() - StateFlags::VISIBLE) {
                    eprintln!("ebb: could not keep the window's place: {e}");
                }
                return;
            }
        });
    });
}

// ---- the check-in -------------------------------------------------------------

fn check_in<R: Runtime>(app: &AppHandle<R>) {
    if let Err(e) = notify(app) {
        eprintln!("ebb: the desktop could not show the check-in ({e}); showing it in the window");
        let _ = app.emit_to(MAIN_WINDOW, CHECK_IN_EVENT, ());
    }
}

/// Shows the check-in as a desktop notification; choosing it starts two minutes
/// of breathing.
#[cfg(all(unix, not(target_os = "macos")))]
fn notify<R: Runtime>(app: &AppHandle<R>) -> std::result::Result<(), notify_rust::error::Error> {
    let handle = notify_rust::Notification::new()
        .appname("Ebb")
        .summary(aftercare::TITLE)
        .body(aftercare::BODY)
        .icon("ebb")
        .hint(notify_rust::Hint::DesktopEntry("Ebb".into()))
        .action("default", aftercare::ACTION)
        .action("breathe", aftercare::ACTION)
        .show()?;
    let app = app.clone();
    std::thread::spawn(move || {
        handle.wait_for_action(|action| {
            if action == "default" || action == "breathe" {
                breathe_now(&app, Some(2));
            }
        })
    });
    Ok(())
}

/// Elsewhere the notification is shown; Ebb's window opens on the pacer when
/// the person comes back to it.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn notify<R: Runtime>(_app: &AppHandle<R>) -> std::result::Result<(), notify_rust::error::Error> {
    notify_rust::Notification::new().summary(aftercare::TITLE).body(aftercare::BODY).show().map(|_| ())
}

/// What the Settings screen and the session form show about the check-in.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckInStatus {
    /// When the waiting check-in is due (RFC 3339), if one is.
    pub due: Option<String>,
}

pub fn check_in_status(care: &Aftercare) -> CheckInStatus {
    CheckInStatus { due: care.pending().map(|d| d.to_rfc3339()) }
}

/// Schedules a check-in `minutes` from now. Debug builds read
/// `EBB_TEST_MINUTE_MS` (the length of a minute) so the end-to-end suite need
/// not wait an hour.
pub fn schedule_check_in(care: &Aftercare, minutes: u32) -> Result<CheckInStatus> {
    let minutes = aftercare::check_minutes(minutes)?;
    let mut minute = chrono::TimeDelta::minutes(1);
    if cfg!(debug_assertions) {
        if let Some(ms) = std::env::var("EBB_TEST_MINUTE_MS").ok().and_then(|s| s.parse::<i64>().ok()) {
            minute = chrono::TimeDelta::milliseconds(ms);
        }
    }
    care.schedule(chrono::Utc::now(), minute * minutes as i32);
    Ok(check_in_status(care))
}

//! The system-wide shortcut as it stands on this desktop: registered with the
//! global-shortcut plugin, changed from Settings, saved with the settings.

use std::sync::Mutex;

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_global_shortcut::GlobalShortcutExt;

use crate::desktop::shortcut::{self, Shortcut};
use crate::error::{Error, Result};
use crate::state::LibraryState;

/// Where there is no desktop to listen on (the mock runtime of the IPC tests), or
/// before the pacer is on screen and the shortcut is set up.
pub const NO_SHORTCUTS: &str = "Shortcuts are not available in this copy of Ebb.";

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

pub struct ShortcutKeeper {
    status: Mutex<ShortcutStatus>,
}

impl Default for ShortcutKeeper {
    fn default() -> Self {
        ShortcutKeeper { status: Mutex::new(ShortcutStatus { problem: Some(NO_SHORTCUTS.into()), default: shortcut::DEFAULT, ..Default::default() }) }
    }
}

impl ShortcutKeeper {
    pub fn status(&self) -> ShortcutStatus {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ShortcutStatus> {
        self.status.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(super) fn start<R: Runtime>(&self, app: &AppHandle<R>, wanted: Option<Shortcut>) {
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

    pub(super) fn fail(&self, problem: String) {
        *self.lock() = ShortcutStatus { available: true, problem: Some(problem), default: shortcut::DEFAULT, ..Default::default() };
    }

    /// Changes the shortcut: the new one is checked and taken by the desktop before
    /// it is saved; if the desktop refuses it, the old one stays.
    pub fn change<R: Runtime>(&self, app: &AppHandle<R>, wanted: Option<&str>) -> Result<ShortcutStatus> {
        if app.try_state::<tauri_plugin_global_shortcut::GlobalShortcut<R>>().is_none() {
            return Err(Error::invalid("shortcut", NO_SHORTCUTS));
        }
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
        if let Err(e) = app.state::<LibraryState>().save_shortcut(wanted) {
            put_back();
            return Err(e);
        }
        status.active = wanted.map(|w| w.to_string());
        status.off = wanted.is_none();
        status.problem = None;
        Ok(status.clone())
    }
}

/// Asks the desktop for `wanted`; the answer is the plain words to show if it refuses.
fn register<R: Runtime>(app: &AppHandle<R>, wanted: Shortcut) -> std::result::Result<(), String> {
    app.global_shortcut().register(wanted.accelerator().as_str()).map_err(|e| {
        eprintln!("ebb: the shortcut {wanted} was refused: {e}");
        format!("The desktop did not let Ebb use {wanted}; another app may be using it. Please choose another.")
    })
}


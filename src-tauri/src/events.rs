//! The events Rust sends to the window, by name. `ui/js/api.js` names them once
//! too (its `EVENTS`); a test in `commands/` keeps the two lists equal.

/// A second launch, the tray, the shortcut or a check-in asks to breathe now.
pub const BREATHE_NOW: &str = "breathe-now";
/// Open one of the interface's screens (from the tray).
pub const SHOW_VIEW: &str = "show-view";
/// The tray asks to lock the journal: the interface saves any draft first, as Ctrl+L does.
pub const LOCK_JOURNAL: &str = "lock-journal";
/// An aftercare check-in is due and the desktop could not show it.
pub const CHECK_IN: &str = "aftercare-check-in";
/// The journal locked without the interface asking (idle time, sleep, screen lock).
pub const JOURNAL_LOCKED: &str = "journal-locked";
/// The window is about to close: the interface saves any draft, then calls `close_ready`.
pub const CLOSING: &str = "app-closing";

pub const ALL: &[&str] = &[BREATHE_NOW, SHOW_VIEW, LOCK_JOURNAL, CHECK_IN, JOURNAL_LOCKED, CLOSING];

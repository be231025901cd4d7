//! Ebb on the desktop, as plain data and rules: the tray menu, the system-wide
//! shortcut and the aftercare check-in. `lib.rs` connects them to Tauri.

pub mod aftercare;
pub mod shortcut;
pub mod tray;

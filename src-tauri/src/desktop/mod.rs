//! Ebb on the desktop, as plain data and rules: the tray menu, the macOS app menu,
//! the system-wide shortcut and the aftercare check-in. `lib.rs` connects them to Tauri.

pub mod aftercare;
pub mod app_menu;
pub mod shortcut;
pub mod tray;

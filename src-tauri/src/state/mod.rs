//! What the running app holds, one area at a time, in plain Rust (no Tauri): each
//! area is managed on its own and a command takes only the areas it needs.
//!
//! - [`LibraryState`]: the built-in content and the person's settings (patterns,
//!   preferences, grounding lists, contacts, country, the shortcut setting).
//! - [`JournalState`]: the journal's life: created, unlocked, locked after idle time,
//!   and what is captured while it is locked.
//! - [`LaunchState`]: what to tell the interface once at start.
//! - `transfer::ImportFlow` (in `transfer/`): a file chosen for import, between the
//!   preview and the confirmation.

mod journal;
mod launch;
mod library;

use std::path::PathBuf;

pub use journal::{JournalState, JournalView, DELETE_CONFIRMATION};
pub use launch::{region_from_locale, region_of, Boot, LaunchState};
pub use library::{move_contacts, tool_names, LibraryState, Resources, Snapshot};

/// Where the app's files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDirs {
    /// Settings and the person's own content.
    pub config: PathBuf,
    /// The journal and other data.
    pub data: PathBuf,
    /// The web view's own storage, when it must be kept under a chosen folder.
    pub webview: Option<PathBuf>,
}

impl DataDirs {
    /// Everything under one folder (`--data-dir`).
    pub fn portable(root: PathBuf) -> DataDirs {
        DataDirs { config: root.clone(), data: root.clone(), webview: Some(root.join("webview")) }
    }
}

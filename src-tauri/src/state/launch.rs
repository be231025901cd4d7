//! What the interface is told once when it starts: notices (a damaged settings
//! file) and whether the app was opened with `--breathe`.

use std::sync::Mutex;

use serde::Serialize;

use super::{LibraryState, Snapshot};
use crate::desktop::aftercare;
use crate::settings::{Notice, DURATIONS};

/// What the interface needs to start.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Boot {
    #[serde(flatten)]
    pub snapshot: Snapshot,
    pub durations: [u32; 5],
    /// The check-in delays offered, in minutes (the only list of them).
    pub check_in_minutes: &'static [u32],
    /// Things to say once (e.g. the settings file was damaged).
    pub notices: Vec<Notice>,
    /// The app was launched with `--breathe`.
    pub breathe_now: bool,
    pub version: &'static str,
}

#[derive(Default)]
struct Pending {
    notices: Vec<Notice>,
    breathe_now: bool,
}

pub struct LaunchState {
    pending: Mutex<Pending>,
}

impl LaunchState {
    pub fn new(notices: Vec<Notice>, breathe_now: bool) -> LaunchState {
        LaunchState { pending: Mutex::new(Pending { notices, breathe_now }) }
    }

    /// The start-up view. Notices and the `--breathe` request are handed over once.
    pub fn boot(&self, library: &LibraryState) -> Boot {
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()));
        Boot {
            snapshot: library.snapshot(),
            durations: DURATIONS,
            check_in_minutes: &aftercare::MINUTES,
            notices: pending.notices,
            breathe_now: pending.breathe_now,
            version: env!("CARGO_PKG_VERSION"),
        }
    }
}

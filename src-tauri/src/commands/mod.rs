//! The IPC layer: each command unpacks its arguments, calls one method of `Ebb`
//! and returns its result. Commands touching disk run off the main thread (`async`).

mod data;
mod journal;
mod pacer;
mod reach;
mod shell;
mod support;

pub use data::*;
pub use journal::*;
pub use pacer::*;
pub use reach::*;
pub use shell::*;
pub use support::*;

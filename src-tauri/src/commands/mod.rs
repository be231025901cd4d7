//! The IPC layer: each command unpacks its arguments, takes only the state areas it
//! needs, calls one domain function and returns its result. Commands touching disk
//! run off the main thread (`async`). The commands are listed once, in `list.rs`.

mod data;
mod desktop;
mod journal;
mod pacer;
mod shell;
mod summary;
mod support;

pub use data::*;
pub use desktop::*;
pub use journal::*;
pub use pacer::*;
pub use shell::*;
pub use summary::*;
pub use support::*;

macro_rules! commands {
    ($($name:ident),* $(,)?) => {
        /// Every IPC command, by name, in the order of `list.rs`.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// Routes each command of the list to its function.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}

include!("list.rs");

#[cfg(test)]
mod tests;

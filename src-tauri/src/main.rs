//! The `ebb` binary: everything lives in the library so tests can reach it.

// Without a console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    ebb::run();
}

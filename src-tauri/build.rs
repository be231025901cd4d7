//! Build step: Tauri's code generation (with Ebb's command list from
//! `src/commands/list.rs`, so each command needs an explicit grant in `capabilities/`), and an index of every file under
//! `content/` so the app embeds its words at build time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

// Every IPC command the app defines, from the one list the app itself registers.
// Listing them here makes Tauri generate an `allow-<command>` permission per
// command and deny any command not granted.
macro_rules! commands {
    ($($name:ident),* $(,)?) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}
include!("src/commands/list.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/commands/list.rs");
    embed_content();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step failed");
}

/// Writes `content_index.rs`: a static list of (relative path, file text) pairs,
/// one `include_str!` per file, so adding a file needs no code change.
fn embed_content() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest_dir.join("..").join("content");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let rel = path.strip_prefix(&root).expect("under root");
        let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        writeln!(out, "    ({rel:?}, include_str!({:?})),", path.canonicalize().expect("exists").display().to_string())
            .expect("write to string");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it")).join("content_index.rs");
    std::fs::write(dest, out).expect("write content index");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "toml" || e == "md" || e == "ftl") {
            files.push(path);
        }
    }
}

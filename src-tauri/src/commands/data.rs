//! Commands for the person's own data: insights, export, encrypted backup, import
//! and restore. File dialogs are opened here, in Rust, so the window never hands
//! the backend a path of its own choosing (and needs no dialog permission).

use std::path::PathBuf;
use std::time::Instant;

use chrono::{Local, NaiveDate, Utc};
use tauri::{Runtime, State, Window};
use tauri_plugin_dialog::DialogExt;

use crate::error::{Error, Result};
use crate::journal::export::{Format, Selection};
use crate::journal::insights::Insights;
use crate::state::{Ebb, ImportDone, ImportPreview, Written};

#[tauri::command(async)]
pub fn journal_insights(ebb: State<'_, Ebb>, from: Option<String>) -> Result<Insights> {
    let from = match from.as_deref().filter(|d| !d.is_empty()) {
        Some(day) => Some(
            NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| Error::invalid("from", "Please give a date as year-month-day."))?,
        ),
        None => None,
    };
    ebb.insights(from, Local::now().date_naive(), Instant::now())
}

/// Asks where to save, then writes. `None` when the person cancels the dialog.
#[tauri::command(async)]
pub fn journal_export<R: Runtime>(window: Window<R>, ebb: State<'_, Ebb>, format: Format, selection: Selection) -> Result<Option<Written>> {
    let (title, kind) = match format {
        Format::Markdown => ("Export as Markdown (not encrypted)", "Markdown"),
        Format::Json => ("Export as JSON (not encrypted)", "JSON"),
        Format::Csv => ("Export as CSV (not encrypted)", "CSV"),
    };
    let name = format!("ebb-journal-{}.{}", Local::now().format("%Y-%m-%d"), format.extension());
    let Some(path) = save_path(&window, title, &name, kind, format.extension()) else {
        return Ok(None);
    };
    ebb.export(format, selection, &path, Utc::now(), Instant::now()).map(Some)
}

#[tauri::command(async)]
pub fn journal_backup<R: Runtime>(window: Window<R>, ebb: State<'_, Ebb>, passphrase: String) -> Result<Option<Written>> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    // Before the dialog, so a mistyped passphrase is said at once.
    ebb.check_passphrase(&passphrase)?;
    let name = format!("ebb-backup-{}.age", Local::now().format("%Y-%m-%d"));
    let Some(path) = save_path(&window, "Save an encrypted backup", &name, "Ebb backup (age)", "age") else {
        return Ok(None);
    };
    ebb.backup(&passphrase, &path, Utc::now(), Instant::now()).map(Some)
}

#[tauri::command(async)]
pub fn import_choose<R: Runtime>(window: Window<R>, ebb: State<'_, Ebb>) -> Result<Option<ImportPreview>> {
    ebb.cancel_import();
    let Some(path) = open_path(&window) else {
        return Ok(None);
    };
    ebb.read_import(&path).map(Some)
}

#[tauri::command(async)]
pub fn import_unseal(ebb: State<'_, Ebb>, passphrase: String) -> Result<ImportPreview> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    ebb.unseal_import(&passphrase)
}

#[tauri::command(async)]
pub fn import_confirm(ebb: State<'_, Ebb>) -> Result<ImportDone> {
    ebb.confirm_import(Utc::now(), Instant::now())
}

#[tauri::command]
pub fn import_cancel(ebb: State<'_, Ebb>) {
    ebb.cancel_import();
}

fn save_path<R: Runtime>(window: &Window<R>, title: &str, name: &str, kind: &str, extension: &str) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("EBB_TEST_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(name));
    }
    let path = window
        .dialog()
        .file()
        .set_parent(window)
        .set_title(title)
        .set_file_name(name)
        .add_filter(kind, &[extension])
        .blocking_save_file()?
        .into_path()
        .ok()?;
    // GTK's dialog does not add the extension when the name is typed without one.
    Some(if path.extension().is_none() { path.with_extension(extension) } else { path })
}

fn open_path<R: Runtime>(window: &Window<R>) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os("EBB_TEST_OPEN_FILE") {
        return Some(PathBuf::from(file));
    }
    window
        .dialog()
        .file()
        .set_parent(window)
        .set_title("Import a JSON export or restore a backup")
        .add_filter("Ebb export or backup", &["json", "age"])
        .blocking_pick_file()?
        .into_path()
        .ok()
}

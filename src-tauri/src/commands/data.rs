//! Commands for the person's own data: insights, export, encrypted backup, import
//! and restore (the work itself is in `transfer/`). File dialogs are opened here, in
//! Rust, so the window never hands the backend a path of its own choosing (and
//! needs no dialog permission).

use std::path::PathBuf;

use chrono::{Local, NaiveDate, Utc};
use tauri::{Runtime, State, Window};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::error::{Error, Result};
use crate::journal::backup::WORK_FACTOR;
use crate::journal::export::{Format, Selection};
use crate::journal::insights::Insights;
use crate::safety_plan::PlanState;
use crate::state::{JournalState, LibraryState};
use crate::transfer::{self, ImportDone, ImportFlow, ImportPreview, Written};

#[tauri::command(async)]
pub fn journal_insights(journal: State<'_, JournalState>, from: Option<String>) -> Result<Insights> {
    let from = match from.as_deref().filter(|d| !d.is_empty()) {
        Some(day) => Some(
            NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| Error::invalid("from", "Please give a date as year-month-day."))?,
        ),
        None => None,
    };
    journal.with(Utc::now(), |j| j.insights(from, Local::now().date_naive()))
}

/// Asks where to save, then writes. `None` when the person cancels the dialog.
#[tauri::command(async)]
pub fn journal_export<R: Runtime>(
    window: Window<R>,
    journal: State<'_, JournalState>,
    plan: State<'_, PlanState>,
    format: Format,
    selection: Selection,
) -> Result<Option<Written>> {
    let (title, kind) = match format {
        Format::Markdown => ("dialog-export-markdown", "Markdown"),
        Format::Json => ("dialog-export-json", "JSON"),
        Format::Csv => ("dialog-export-csv", "CSV"),
    };
    let name = format!("ebb-journal-{}.{}", Local::now().format("%Y-%m-%d"), format.extension());
    let Some(path) = save_path(&window, &said(title), &name, kind, format.extension()) else {
        return Ok(None);
    };
    let now = Utc::now();
    let output = journal.with(now, |j| transfer::export(j, format, selection, plan.own_help(), crate::i18n::spoken(), now, Local::now().date_naive()))?;
    transfer::save(&path, &output).map(Some)
}

#[tauri::command(async)]
pub fn journal_backup<R: Runtime>(
    window: Window<R>,
    journal: State<'_, JournalState>,
    library: State<'_, LibraryState>,
    plan: State<'_, PlanState>,
    passphrase: String,
) -> Result<Option<Written>> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    // Before the dialog, so a mistyped passphrase is said at once.
    journal.check_passphrase(&passphrase)?;
    let name = format!("ebb-backup-{}.age", Local::now().format("%Y-%m-%d"));
    let Some(path) = save_path(&window, &said("dialog-backup"), &name, &said("dialog-backup-kind"), "age") else {
        return Ok(None);
    };
    let now = Utc::now();
    let output = journal.with(now, |j| transfer::backup(j, &library.settings(), plan.own_help(), &passphrase, WORK_FACTOR, now))?;
    transfer::save(&path, &output).map(Some)
}

#[tauri::command(async)]
pub fn import_choose<R: Runtime>(window: Window<R>, flow: State<'_, ImportFlow>, journal: State<'_, JournalState>) -> Result<Option<ImportPreview>> {
    flow.cancel();
    let Some(path) = open_path(&window) else {
        return Ok(None);
    };
    flow.choose(&path, &journal, Utc::now()).map(Some)
}

#[tauri::command(async)]
pub fn import_unseal(flow: State<'_, ImportFlow>, journal: State<'_, JournalState>, passphrase: String) -> Result<ImportPreview> {
    let passphrase = zeroize::Zeroizing::new(passphrase);
    flow.unseal(&passphrase, &journal, Utc::now())
}

#[tauri::command(async)]
pub fn import_confirm<R: Runtime>(
    app: tauri::AppHandle<R>,
    flow: State<'_, ImportFlow>,
    journal: State<'_, JournalState>,
    library: State<'_, LibraryState>,
    plan: State<'_, PlanState>,
) -> Result<ImportDone> {
    let done = flow.confirm(&journal, &library, &plan, Utc::now())?;
    if done.settings_restored {
        // The backup's settings may speak another language: the tray says so too.
        crate::desktop_shell::relabel_tray(&app);
    }
    Ok(done)
}

#[tauri::command]
pub fn import_cancel(flow: State<'_, ImportFlow>) {
    flow.cancel();
}

pub(super) fn save_path<R: Runtime>(window: &Window<R>, title: &str, name: &str, kind: &str, extension: &str) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("EBB_TEST_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(name));
    }
    let dialog = window.dialog();
    let chosen = dialog
        .file()
        .set_parent(window)
        .set_title(title)
        .set_file_name(name)
        .add_filter(kind, &[extension])
        .blocking_save_file()?
        .into_path()
        .ok()?;
    // GTK's dialog does not add the extension when the name is typed without one,
    // and asked about replacing the name as typed: ask again about the real file.
    let path = transfer::with_extension(&chosen, extension);
    if path != chosen && path.exists() {
        let shown = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let replace = dialog
            .message(crate::i18n::spoken().with("dialog-replace-question", &[("name", shown.into())]))
            .title(title)
            .parent(window)
            .kind(MessageDialogKind::Warning)
            .buttons(MessageDialogButtons::OkCancelCustom(said("dialog-replace"), said("dialog-keep")))
            .blocking_show();
        if !replace {
            return None;
        }
    }
    Some(path)
}

/// A dialog's words, in the language spoken.
fn said(id: &str) -> String {
    crate::i18n::spoken().text(id, None)
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
        .set_title(said("dialog-import"))
        .add_filter(said("dialog-import-kind"), &["json", "age"])
        .blocking_pick_file()?
        .into_path()
        .ok()
}

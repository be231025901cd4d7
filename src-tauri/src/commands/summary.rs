//! "Prepare for my next session": the stretch's contents for the preview, the chosen
//! page (for printing), and the page saved as a PDF; and the safety plan as a PDF.

use std::collections::HashMap;

use chrono::{Local, NaiveDate, Utc};
use serde::Serialize;
use tauri::{Runtime, State, Window};

use crate::error::{Error, Result};
use crate::journal::Journal;
use crate::safety_plan::PlanState;
use crate::state::{JournalState, LibraryState};
use crate::summary::{self, Ask, Choice, Page, Prepared};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedPdf {
    pub path: String,
    pub pages: usize,
    pub bytes: usize,
}

/// What the stretch holds, in the person's words, for them to choose from.
#[tauri::command(async)]
pub fn summary_prepare(journal: State<'_, JournalState>, library: State<'_, LibraryState>, ask: Ask) -> Result<Prepared> {
    let names = library.tool_names();
    let prepared = journal.with(Utc::now(), |j| prepared(j, &ask, &names, Local::now().date_naive()))?;
    Ok(Prepared { paper: summary::Paper::usual(&crate::i18n::system_languages()), ..prepared })
}

/// The page as chosen, for the window to print: the same blocks as the PDF.
#[tauri::command(async)]
pub fn summary_page(journal: State<'_, JournalState>, library: State<'_, LibraryState>, ask: Ask, choice: Choice) -> Result<Page> {
    chosen_page(&journal, &library, &ask, &choice)
}

/// Asks where to save, then writes the PDF. `None` when the person cancels.
#[tauri::command(async)]
pub fn summary_save<R: Runtime>(
    window: Window<R>,
    journal: State<'_, JournalState>,
    library: State<'_, LibraryState>,
    ask: Ask,
    choice: Choice,
) -> Result<Option<SavedPdf>> {
    // Made first: a locked journal or a bad date is said before any dialog.
    let page = chosen_page(&journal, &library, &ask, &choice)?;
    let name = crate::i18n::spoken().text("summary-page-title", None);
    save_pdf(&window, &page, &name, "dialog-summary-pdf")
}

/// The safety plan as one large-type PDF page.
#[tauri::command(async)]
pub fn safety_plan_pdf<R: Runtime>(window: Window<R>, plan: State<'_, PlanState>, library: State<'_, LibraryState>) -> Result<Option<SavedPdf>> {
    let words = crate::i18n::catalog(library.language().tag);
    let paper = summary::Paper::usual(&crate::i18n::system_languages());
    let page = plan.load()?.plan.to_page(words, paper, Local::now().date_naive());
    save_pdf(&window, &page, &page.title, "dialog-plan-pdf")
}

/// What `ask`'s stretch holds, up to `today`.
fn prepared(journal: &Journal, ask: &Ask, names: &HashMap<String, String>, today: NaiveDate) -> Result<Prepared> {
    let (from, to) = summary::stretch(journal.connection(), ask, today)?;
    summary::prepare(journal.connection(), from, to, names, crate::i18n::spoken())
}

fn chosen_page(journal: &JournalState, library: &LibraryState, ask: &Ask, choice: &Choice) -> Result<Page> {
    let names = library.tool_names();
    journal.with(Utc::now(), |j| {
        let today = Local::now().date_naive();
        let prepared = prepared(j, ask, &names, today)?;
        let notes = summary::session_notes(j.connection(), &choice.notes)?;
        Ok(summary::page(&prepared, choice, &notes, crate::i18n::spoken(), today))
    })
}

/// Makes `page`'s PDF, asks where to save it (suggesting `name` and the day it was
/// made; `dialog`: the dialog title's message), and writes it. `None` when the person cancels.
fn save_pdf<R: Runtime>(window: &Window<R>, page: &Page, name: &str, dialog: &str) -> Result<Option<SavedPdf>> {
    let pdf = summary::pdf::write(page)?;
    let file = format!("{}.pdf", file_name(name, &page.made));
    let Some(path) = super::data::save_path(window, &crate::i18n::spoken().text(dialog, None), &file, "PDF", "pdf") else {
        return Ok(None);
    };
    save(&path, &pdf).map(Some)
}

/// Written whole or not at all, readable by this user only.
fn save(path: &std::path::Path, pdf: &summary::pdf::Pdf) -> Result<SavedPdf> {
    crate::private_file::write_atomically(path, &pdf.bytes).map_err(Error::io(format!("Could not write {}", path.display())))?;
    Ok(SavedPdf { path: path.display().to_string(), pages: pdf.pages, bytes: pdf.bytes.len() })
}

/// "for-my-next-session-2026-11-24": the title in lower case, words joined by dashes,
/// letters of any script kept (a file name in the person's language).
fn file_name(title: &str, made: &str) -> String {
    let words: Vec<String> = title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    format!("{}-{made}", words.join("-"))
}

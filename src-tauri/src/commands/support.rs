//! Commands for grounding lists, articles and "Need help now".

use chrono::{Local, Utc};
use tauri::{Runtime, State, Window};

use crate::error::Result;
use crate::safety_plan::store::Loaded;
use crate::safety_plan::{PlanState, SafetyPlan};
use crate::settings::Contact;
use crate::state::{LibraryState, Resources};
use crate::transfer::{self, Output, Written};

#[tauri::command(async)]
pub fn resources(library: State<'_, LibraryState>) -> Resources {
    library.resources()
}

#[tauri::command(async)]
pub fn save_contacts(library: State<'_, LibraryState>, contacts: Vec<Contact>) -> Result<Resources> {
    library.save_contacts(contacts)
}

#[tauri::command(async)]
pub fn set_country(library: State<'_, LibraryState>, code: Option<String>) -> Result<Resources> {
    library.set_country(code)
}

#[tauri::command(async)]
pub fn add_checklist_item(library: State<'_, LibraryState>, list: String, text: String) -> Result<Resources> {
    library.add_checklist_item(&list, &text)
}

#[derive(serde::Serialize)]
pub struct Created {
    id: String,
    #[serde(flatten)]
    resources: Resources,
}

#[tauri::command(async)]
pub fn create_checklist(library: State<'_, LibraryState>, title: String, items: Vec<String>) -> Result<Created> {
    let (id, resources) = library.create_checklist(&title, &items, Utc::now())?;
    Ok(Created { id, resources })
}

#[tauri::command(async)]
pub fn reset_checklist(library: State<'_, LibraryState>, list: String) -> Result<Resources> {
    library.reset_checklist(&list)
}

/// The safety plan and how it is kept. Never locked.
#[tauri::command(async)]
pub fn safety_plan_get(plan: State<'_, PlanState>) -> Result<Loaded> {
    plan.load()
}

#[tauri::command(async)]
pub fn safety_plan_save(plan: State<'_, PlanState>, safety_plan: SafetyPlan) -> Result<Loaded> {
    plan.save(safety_plan)
}

/// Saves the plan as Markdown where the person chooses (not encrypted: the interface
/// says so first). `None` when the dialog was cancelled.
#[tauri::command(async)]
pub fn safety_plan_export<R: Runtime>(window: Window<R>, plan: State<'_, PlanState>, library: State<'_, LibraryState>) -> Result<Option<Written>> {
    let markdown = plan.load()?.plan.to_markdown(crate::i18n::catalog(library.language().tag));
    let name = format!("my-safety-plan-{}.md", Local::now().format("%Y-%m-%d"));
    let Some(path) = super::data::save_path(&window, &crate::i18n::spoken().text("dialog-plan-markdown", None), &name, "Markdown", "md") else {
        return Ok(None);
    };
    transfer::save(&path, &Output { bytes: markdown.into_bytes(), sessions: 0 }).map(Some)
}

//! Commands for grounding lists, articles and "Need help now".

use chrono::Utc;
use tauri::State;

use crate::error::Result;
use crate::settings::Contact;
use crate::state::{LibraryState, Resources};

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

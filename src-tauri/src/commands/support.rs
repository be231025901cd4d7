//! Commands for grounding lists, articles and "Need help now".

use chrono::Utc;
use tauri::State;

use crate::error::Result;
use crate::settings::Contact;
use crate::state::{Ebb, Resources};

#[tauri::command(async)]
pub fn resources(ebb: State<'_, Ebb>) -> Resources {
    ebb.resources()
}

#[tauri::command(async)]
pub fn save_contacts(ebb: State<'_, Ebb>, contacts: Vec<Contact>) -> Result<Resources> {
    ebb.save_contacts(contacts)
}

#[tauri::command(async)]
pub fn set_country(ebb: State<'_, Ebb>, code: Option<String>) -> Result<Resources> {
    ebb.set_country(code)
}

#[tauri::command(async)]
pub fn add_checklist_item(ebb: State<'_, Ebb>, list: String, text: String) -> Result<Resources> {
    ebb.add_checklist_item(&list, &text)
}

#[derive(serde::Serialize)]
pub struct Created {
    id: String,
    #[serde(flatten)]
    resources: Resources,
}

#[tauri::command(async)]
pub fn create_checklist(ebb: State<'_, Ebb>, title: String, items: Vec<String>) -> Result<Created> {
    let (id, resources) = ebb.create_checklist(&title, &items, Utc::now())?;
    Ok(Created { id, resources })
}

#[tauri::command(async)]
pub fn reset_checklist(ebb: State<'_, Ebb>, list: String) -> Result<Resources> {
    ebb.reset_checklist(&list)
}

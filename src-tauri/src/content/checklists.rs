//! Grounding checklists: a titled list of short steps. A step may offer a place to
//! write what you notice (`notice` is its label); what is written there is never kept.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub order: u32,
    pub items: Vec<Item>,
    /// Made by the person rather than shipped with the app.
    #[serde(default)]
    pub custom: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    title: String,
    summary: String,
    order: u32,
    item: Vec<FileItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileItem {
    text: String,
    notice: Option<String>,
}

pub const ITEM_MAX_CHARS: usize = 200;

pub fn parse(id: &str, text: &str) -> Result<Checklist, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    for (label, value, max) in [("title", &file.title, 60), ("summary", &file.summary, 160)] {
        if value.trim().is_empty() || value.chars().count() > max {
            return Err(format!("{label} must be 1–{max} characters"));
        }
    }
    if file.item.len() < 2 {
        return Err("a checklist needs at least two items".into());
    }
    let mut items = Vec::new();
    for (i, item) in file.item.into_iter().enumerate() {
        if item.text.trim().is_empty() || item.text.chars().count() > ITEM_MAX_CHARS {
            return Err(format!("item {}: text must be 1–{ITEM_MAX_CHARS} characters", i + 1));
        }
        if item.notice.as_ref().is_some_and(|n| n.trim().is_empty() || n.chars().count() > 40) {
            return Err(format!("item {}: notice must be 1–40 characters", i + 1));
        }
        items.push(Item { text: item.text, notice: item.notice });
    }
    Ok(Checklist { id: id.to_string(), title: file.title, summary: file.summary, order: file.order, items, custom: false })
}

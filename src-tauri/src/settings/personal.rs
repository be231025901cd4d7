//! What the person adds to the app's content: their own contacts for "Need help
//! now", their country for crisis lines, items added to the built-in grounding
//! lists, and lists of their own.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::checklists::ITEM_MAX_CHARS;
use crate::content::{Checklist, Item};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Contact {
    /// e.g. "Dr Amal Haddad" or "Sam".
    pub name: String,
    /// How to reach them: a phone number, an address, "text first".
    pub reach: String,
    /// e.g. "my therapist, Tuesdays".
    pub note: String,
}

pub const MAX_CONTACTS: usize = 20;

/// Checks contacts as typed; returns them trimmed. Every field is plain text.
pub fn check_contacts(contacts: Vec<Contact>) -> Result<Vec<Contact>> {
    if contacts.len() > MAX_CONTACTS {
        return Err(Error::invalid("contacts", format!("Ebb keeps up to {MAX_CONTACTS} contacts.")));
    }
    contacts
        .into_iter()
        .map(|c| {
            let c = Contact { name: c.name.trim().to_string(), reach: c.reach.trim().to_string(), note: c.note.trim().to_string() };
            if c.name.is_empty() {
                return Err(Error::invalid("name", "Please give each contact a name."));
            }
            if c.reach.is_empty() {
                return Err(Error::invalid("reach", format!("How can you reach {}? A phone number or another way.", c.name)));
            }
            for (field, value, max) in [("name", &c.name, 80), ("reach", &c.reach, 120), ("note", &c.note, 200)] {
                if value.chars().count() > max {
                    return Err(Error::invalid(field, format!("Please keep this to {max} characters or fewer.")));
                }
            }
            Ok(c)
        })
        .collect()
}

/// `kept`, then each of `more` not already there (the same name and way to reach).
pub fn merge_contacts(mut kept: Vec<Contact>, more: &[Contact]) -> Vec<Contact> {
    for c in more {
        if !kept.iter().any(|k| k.name == c.name && k.reach == c.reach) {
            kept.push(c.clone());
        }
    }
    kept
}

/// The person's additions to checklists.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChecklistEdits {
    /// Items added to built-in lists, by list id.
    pub added: BTreeMap<String, Vec<String>>,
    /// Lists the person made.
    pub lists: Vec<Checklist>,
}

/// Checks one item's text as typed.
pub fn item_text(text: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid("item", "Write a short step, like “Hold something warm”."));
    }
    if text.chars().count() > ITEM_MAX_CHARS {
        return Err(Error::invalid("item", format!("Please keep a step to {ITEM_MAX_CHARS} characters or fewer.")));
    }
    Ok(text.to_string())
}

pub fn list_title(text: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 60 {
        return Err(Error::invalid("title", "Give your list a name of up to 60 characters."));
    }
    Ok(text.to_string())
}

impl ChecklistEdits {
    /// Built-in lists with the person's items added at the end, then their own lists.
    pub fn apply(&self, builtin: &[Checklist]) -> Vec<Checklist> {
        let mut all: Vec<Checklist> = builtin
            .iter()
            .map(|c| {
                let mut c = c.clone();
                if let Some(extra) = self.added.get(&c.id) {
                    c.items.extend(extra.iter().map(|text| Item { text: text.clone(), notice: None }));
                }
                c
            })
            .collect();
        all.extend(self.lists.iter().cloned());
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_trimmed_and_need_a_name_and_a_way_to_reach() {
        let ok = check_contacts(vec![Contact { name: " Sam ".into(), reach: " 07700 900123 ".into(), note: String::new() }]).expect("valid");
        assert_eq!(ok[0].name, "Sam");
        assert_eq!(ok[0].reach, "07700 900123");
        let err = check_contacts(vec![Contact { name: "Sam".into(), ..Contact::default() }]).expect_err("no reach");
        assert!(matches!(err, Error::Invalid { field: Some("reach"), .. }));
        let err = check_contacts(vec![Contact { reach: "x".into(), ..Contact::default() }]).expect_err("no name");
        assert!(matches!(err, Error::Invalid { field: Some("name"), .. }));
        let many = vec![Contact { name: "a".into(), reach: "b".into(), note: String::new() }; MAX_CONTACTS + 1];
        assert!(check_contacts(many).is_err());
    }

    #[test]
    fn added_items_follow_the_built_in_ones() {
        let builtin = vec![Checklist {
            id: "senses".into(),
            title: "Senses".into(),
            summary: "s".into(),
            order: 1,
            items: vec![Item { text: "See".into(), notice: Some("What?".into()) }],
            custom: false,
        }];
        let mut edits = ChecklistEdits::default();
        edits.added.insert("senses".into(), vec!["Hold something warm".into()]);
        let all = edits.apply(&builtin);
        assert_eq!(all[0].items.len(), 2);
        assert_eq!(all[0].items[1].text, "Hold something warm");
        assert_eq!(item_text("  ").map_err(|e| e.kind()), Err("invalid"));
        assert_eq!(item_text(&"x".repeat(201)).map_err(|e| e.kind()), Err("invalid"));
    }
}

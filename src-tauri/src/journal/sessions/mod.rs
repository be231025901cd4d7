//! Therapy sessions: what a session holds and how it is checked. The queries of
//! the `sessions` table and its child tables live beside this file by job:
//! `write` (save, delete, undo, purge), `read` (one session, the timeline, lists
//! for the form) and `search` (the full-text index).

mod read;
mod search;
mod write;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub use super::bring_up::{open_bring_up, BringUpItem};
pub use read::*;
pub use search::*;
pub use write::*;

/// A closed set of words stored as text, in the order the form shows them.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

text_enum!(
    /// How the body felt, in plain words.
    BodyState { Calm = "calm", RevvedUp = "revved-up", ShutDown = "shut-down" }
);
text_enum!(Tears { None = "none", During = "during", After = "after", Both = "both" });
text_enum!(TearKind {
    Release = "release",
    Grief = "grief",
    Recognition = "recognition",
    Overwhelm = "overwhelm",
    Connection = "connection",
});
text_enum!(WarningSign {
    WorseForHours = "worse-for-hours",
    Flooding = "flooding",
    Numbness = "numbness",
    Panic = "panic",
    Dissociation = "dissociation",
});

const MAX_TEXT_BYTES: usize = 2 * 1024 * 1024;
const MAX_SHORT_CHARS: usize = 200;
const MAX_ITEM_CHARS: usize = 2000;
const MAX_ITEMS: usize = 50;
const MAX_TAG_CHARS: usize = 60;

/// What the session form sends, and what a saved session holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SessionEntry {
    /// Local date and time of the session, `YYYY-MM-DDTHH:MM`.
    pub held_at: String,
    /// The therapist's name or the kind of therapy.
    pub therapist: String,
    pub distress_before: Option<u8>,
    pub distress_after: Option<u8>,
    pub body_state: Option<BodyState>,
    pub tears: Option<Tears>,
    pub tear_kinds: Vec<TearKind>,
    pub came_up: String,
    pub helped: String,
    /// Aftercare steps done, as their text.
    pub aftercare: Vec<String>,
    pub warning_signs: Vec<WarningSign>,
    pub tags: Vec<String>,
    /// New "bring up next time" items raised in this session.
    pub bring_up: Vec<String>,
    /// Ids of earlier items ticked off in this session.
    pub ticked: Vec<String>,
}

impl SessionEntry {
    /// Checks every field and returns the entry as it will be stored: sets in their
    /// canonical order, blank list items dropped, tags trimmed and without repeats.
    /// Free text is kept exactly as written.
    pub fn checked(mut self) -> Result<SessionEntry> {
        let held = NaiveDateTime::parse_from_str(&self.held_at, "%Y-%m-%dT%H:%M")
            .map_err(|_| Error::invalid("heldAt", "Please give the date and time of the session."))?;
        self.held_at = held.format("%Y-%m-%dT%H:%M").to_string();
        if self.therapist.chars().count() > MAX_SHORT_CHARS {
            return Err(Error::invalid("therapist", "Please keep this to 200 characters."));
        }
        for (field, rating) in [("distressBefore", self.distress_before), ("distressAfter", self.distress_after)] {
            if rating.is_some_and(|r| r > 10) {
                return Err(Error::invalid(field, "A rating goes from 0 to 10."));
            }
        }
        for (field, text) in [("cameUp", &self.came_up), ("helped", &self.helped)] {
            if text.len() > MAX_TEXT_BYTES {
                return Err(Error::invalid(field, "This is longer than Ebb can keep in one field (2 MB). Could part of it go in another session?"));
            }
        }
        self.tear_kinds.sort();
        self.tear_kinds.dedup();
        self.warning_signs.sort();
        self.warning_signs.dedup();
        if matches!(self.tears, None | Some(Tears::None)) && !self.tear_kinds.is_empty() {
            return Err(Error::invalid("tearKinds", "Kinds of tears only go with tears during or after the session."));
        }
        self.aftercare = items("aftercare", self.aftercare, MAX_SHORT_CHARS * 2)?;
        self.bring_up = items("bringUp", self.bring_up, MAX_ITEM_CHARS)?;
        let mut tags: Vec<String> = Vec::new();
        for tag in self.tags {
            let tag = tag.trim();
            if tag.is_empty() || tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
                continue;
            }
            if tag.chars().count() > MAX_TAG_CHARS || tag.chars().any(char::is_control) {
                return Err(Error::invalid("tags", "A tag is a short word or phrase on one line (up to 60 characters)."));
            }
            tags.push(tag.to_string());
        }
        if tags.len() > MAX_ITEMS {
            return Err(Error::invalid("tags", "That is more tags than one session can hold (50)."));
        }
        self.tags = tags;
        self.ticked.sort();
        self.ticked.dedup();
        Ok(self)
    }
}

fn items(field: &'static str, list: Vec<String>, max_chars: usize) -> Result<Vec<String>> {
    let list: Vec<String> = list.into_iter().filter(|t| !t.trim().is_empty()).collect();
    if list.len() > MAX_ITEMS {
        return Err(Error::invalid(field, "That is more items than one session can hold (50)."));
    }
    if list.iter().any(|t| t.chars().count() > max_chars) {
        return Err(Error::invalid(field, format!("Please keep each item to {max_chars} characters.")));
    }
    Ok(list)
}

/// A saved session.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub id: String,
    #[serde(flatten)]
    pub entry: SessionEntry,
    pub created_at: String,
    pub updated_at: String,
    /// The earlier items ticked off in this session, with their text.
    pub ticked_items: Vec<BringUpItem>,
}

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionSummary {
    pub id: String,
    pub held_at: String,
    pub therapist: String,
    pub distress_before: Option<u8>,
    pub distress_after: Option<u8>,
    pub tears: Option<Tears>,
    pub tags: Vec<String>,
    pub warning_signs: Vec<WarningSign>,
    /// The start of "what came up" (or "what helped"), for a glance.
    pub excerpt: String,
}

/// Where the next page starts: after this session in timeline order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cursor {
    pub held_at: String,
    pub id: String,
}

/// Search text and filters for the timeline; all optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TimelineQuery {
    pub text: String,
    /// First day included, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day included, `YYYY-MM-DD`.
    pub to: Option<String>,
    pub therapist: Option<String>,
    /// Sessions with any of these; empty means any.
    pub tears: Vec<Tears>,
    pub tag: Option<String>,
    pub after: Option<Cursor>,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    pub sessions: Vec<SessionSummary>,
    /// Sessions matching the search and filters, all pages together (first page only).
    pub total: Option<u64>,
    pub next: Option<Cursor>,
}

pub const PAGE_SIZE: u32 = 25;


#[cfg(test)]
pub(crate) mod tests;

//! The built-in content with the person's own settings on top: breathing patterns
//! and preferences, grounding lists, contacts and country, the shortcut setting.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::content::{Article, Checklist, Country, Library};
use crate::desktop::shortcut::{Shortcut, ShortcutSetting};
use crate::error::Result;
use crate::pacer::pattern::{CustomDraft, Pattern};
use crate::settings::{Contact, Notice, Preferences, Settings, SettingsStore};

/// Patterns and preferences, as the interface shows them after any change.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Built-in patterns in their order, then the person's own.
    pub patterns: Vec<Pattern>,
    pub preferences: Preferences,
}

/// Grounding lists, articles and support: everything beyond the pacer, fetched when
/// first needed rather than at start-up.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Resources {
    /// Built-in lists (with the person's added items), then their own.
    pub checklists: Vec<Checklist>,
    pub articles: Vec<Article>,
    pub countries: Vec<Country>,
    pub contacts: Vec<Contact>,
    pub country: Option<String>,
}

pub struct LibraryState {
    library: Library,
    settings: SettingsStore,
}

impl LibraryState {
    /// The embedded content and the settings in `config_dir`; a notice when the
    /// settings file could not be used.
    pub fn open(config_dir: &Path, now: DateTime<Utc>) -> (LibraryState, Option<Notice>) {
        let (library, problems) = Library::embedded();
        for problem in problems {
            // The tests refuse any content problem, so this is a build that skipped them.
            eprintln!("ebb: left out {problem}");
        }
        let (settings, notice) = SettingsStore::open(config_dir, now);
        (LibraryState { library, settings }, notice)
    }

    pub fn settings(&self) -> Settings {
        self.settings.get()
    }

    pub fn preferences(&self) -> Preferences {
        self.settings.get().preferences
    }

    pub fn snapshot(&self) -> Snapshot {
        self.snapshot_with(self.preferences())
    }

    pub fn update_preferences(&self, prefs: Preferences) -> Result<Snapshot> {
        let settings = self.settings.update_preferences(prefs, &self.patterns())?;
        Ok(self.snapshot_with(settings.preferences))
    }

    pub fn save_custom_pattern(&self, draft: CustomDraft, now: DateTime<Utc>) -> Result<(Pattern, Snapshot)> {
        let names: Vec<&str> = self.library.patterns.iter().map(|p| p.name.as_str()).collect();
        let saved = self.settings.save_custom(draft, &names, now)?;
        Ok((saved.to_pattern(), self.snapshot()))
    }

    pub fn delete_custom_pattern(&self, id: &str) -> Result<Snapshot> {
        let settings = self.settings.delete_custom(id)?;
        Ok(self.snapshot_with(settings.preferences))
    }

    /// The system-wide shortcut as saved.
    pub fn shortcut_setting(&self) -> ShortcutSetting {
        self.settings.get().shortcut
    }

    /// Saves the system-wide shortcut (`None`: off).
    pub fn save_shortcut(&self, shortcut: Option<Shortcut>) -> Result<()> {
        self.settings.set_shortcut(shortcut).map(drop)
    }

    /// Takes the settings from a backup if nothing was set here yet; says whether it did.
    pub fn restore_settings(&self, value: &serde_json::Value) -> Result<bool> {
        self.settings.restore(value)
    }

    pub fn resources(&self) -> Resources {
        self.resources_from(self.settings.get())
    }

    pub fn save_contacts(&self, contacts: Vec<Contact>) -> Result<Resources> {
        self.settings.save_contacts(contacts).map(|s| self.resources_from(s))
    }

    pub fn set_country(&self, code: Option<String>) -> Result<Resources> {
        let known: Vec<&str> = self.library.countries.iter().map(|c| c.code.as_str()).collect();
        self.settings.set_country(code, &known).map(|s| self.resources_from(s))
    }

    pub fn add_checklist_item(&self, list: &str, text: &str) -> Result<Resources> {
        let builtin: Vec<&str> = self.library.checklists.iter().map(|c| c.id.as_str()).collect();
        self.settings.add_checklist_item(list, text, &builtin).map(|s| self.resources_from(s))
    }

    /// Returns the new list's id with the resources.
    pub fn create_checklist(&self, title: &str, items: &[String], now: DateTime<Utc>) -> Result<(String, Resources)> {
        let (id, settings) = self.settings.create_checklist(title, items, now)?;
        Ok((id, self.resources_from(settings)))
    }

    pub fn reset_checklist(&self, list: &str) -> Result<Resources> {
        self.settings.reset_checklist(list).map(|s| self.resources_from(s))
    }

    fn resources_from(&self, settings: Settings) -> Resources {
        Resources {
            checklists: settings.checklists.apply(&self.library.checklists),
            articles: self.library.articles.clone(),
            countries: self.library.countries.clone(),
            contacts: settings.contacts,
            country: settings.country,
        }
    }

    /// Built-in patterns, then the person's own.
    fn patterns(&self) -> Vec<Pattern> {
        let mut all = self.library.patterns.clone();
        all.extend(self.settings.get().custom_patterns.iter().map(|p| p.to_pattern()));
        all
    }

    fn snapshot_with(&self, preferences: Preferences) -> Snapshot {
        Snapshot { patterns: self.patterns(), preferences }
    }
}

//! The built-in content with the person's own settings on top: breathing patterns
//! and preferences, grounding lists, contacts and country, the shortcut setting.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::content::{Article, Checklist, Country, Library};
use crate::desktop::shortcut::{Shortcut, ShortcutSetting};
use crate::error::Result;
use crate::pacer::pattern::{CustomDraft, Pattern};
use crate::safety_plan::PlanState;
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
    /// The content in each language Ebb speaks, English first.
    libraries: Vec<(&'static str, Library)>,
    /// The content in the pseudo-language, when a test asked for it (`i18n::pseudo`).
    pseudo: Option<Library>,
    settings: SettingsStore,
    /// Where the contacts are kept: beside the safety plan, never plain where there
    /// is a keyring.
    help: PlanState,
    /// Contacts an older Ebb left in settings.json are moved at the first look at
    /// them, not at start-up: the keyring may be slow to answer, and the pacer must
    /// not wait for it.
    moved: std::sync::Once,
}

/// Moves contacts an older Ebb kept in the settings file into the plan's store, and
/// takes them out of the settings file once they are safely there. While the store
/// cannot take them (its keyring is not answering), they stay where they are.
/// Breathing patterns' and grounding lists' ids to their names: the library's, then
/// the person's own from their settings.
pub fn tool_names(library: &Library, settings: &Settings) -> HashMap<String, String> {
    let patterns = library.patterns.iter().map(|p| (p.id.clone(), p.name.clone()));
    let own = settings.custom_patterns.iter().map(|p| p.to_pattern()).map(|p| (p.id, p.name));
    let lists = settings.checklists.apply(&library.checklists).into_iter().map(|c| (c.id, c.title));
    patterns.chain(own).chain(lists).collect()
}

pub fn move_contacts(settings: &SettingsStore, help: &PlanState) {
    let left = settings.get().contacts;
    if left.is_empty() {
        return;
    }
    match help.add_contacts(&left) {
        Ok(true) => {
            if let Err(e) = settings.save_contacts(Vec::new()) {
                eprintln!("ebb: {e}");
            }
        }
        Ok(false) => {}
        Err(e) => eprintln!("ebb: {e}"),
    }
}

impl LibraryState {
    /// The embedded content and the settings in `config_dir`; a notice when the
    /// settings file could not be used. `help` keeps the contacts.
    pub fn open(config_dir: &Path, help: PlanState, now: DateTime<Utc>) -> (LibraryState, Option<Notice>) {
        let libraries = crate::i18n::LANGUAGES
            .iter()
            .map(|l| {
                let (library, problems) = Library::embedded_in(l.tag);
                for problem in problems {
                    // The tests refuse any content problem, so this is a build that skipped them.
                    eprintln!("ebb: left out {problem}");
                }
                (l.tag, library)
            })
            .collect();
        let (settings, notice) = SettingsStore::open(config_dir, now);
        let pseudo = crate::i18n::pseudo::wanted().then(|| crate::i18n::pseudo::library(Library::embedded().0));
        let state = LibraryState { libraries, settings, help, pseudo, moved: std::sync::Once::new() };
        crate::i18n::speak(state.language());
        (state, notice)
    }

    pub fn settings(&self) -> Settings {
        self.settings.get()
    }

    pub fn preferences(&self) -> Preferences {
        self.settings.get().preferences
    }

    /// The content in the language spoken now.
    fn library(&self) -> &Library {
        if let Some(pseudo) = &self.pseudo {
            return pseudo;
        }
        let tag = self.language().tag;
        &self.libraries.iter().find(|(t, _)| *t == tag).unwrap_or(&self.libraries[0]).1
    }

    /// The language to speak now: the one chosen in Settings, or the system's.
    pub fn language(&self) -> &'static crate::i18n::Language {
        crate::i18n::negotiate(self.preferences().language.as_deref(), &crate::i18n::system_languages())
    }

    /// The language and its words, for the interface.
    pub fn locale(&self) -> crate::i18n::LocaleBoot {
        if self.pseudo.is_some() {
            return crate::i18n::LocaleBoot::pseudo();
        }
        crate::i18n::LocaleBoot::for_language(self.language(), crate::i18n::negotiate(None, &crate::i18n::system_languages()))
    }

    pub fn snapshot(&self) -> Snapshot {
        self.snapshot_with(self.preferences())
    }

    pub fn update_preferences(&self, prefs: Preferences) -> Result<Snapshot> {
        let settings = self.settings.update_preferences(prefs, &self.patterns())?;
        crate::i18n::speak(self.language());
        Ok(self.snapshot_with(settings.preferences))
    }

    pub fn save_custom_pattern(&self, draft: CustomDraft, now: DateTime<Utc>) -> Result<(Pattern, Snapshot)> {
        let names: Vec<&str> = self.library().patterns.iter().map(|p| p.name.as_str()).collect();
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
        let restored = self.settings.restore(value)?;
        move_contacts(&self.settings, &self.help);
        // The backup's settings may speak another language.
        crate::i18n::speak(self.language());
        Ok(restored)
    }

    pub fn resources(&self) -> Resources {
        self.resources_from(self.settings.get())
    }

    pub fn save_contacts(&self, contacts: Vec<Contact>) -> Result<Resources> {
        self.help.save_contacts(contacts)?;
        let settings = self.settings.get();
        // Any left from an older Ebb were on screen with the rest, so are saved now.
        let settings = if settings.contacts.is_empty() { settings } else { self.settings.save_contacts(Vec::new())? };
        Ok(self.resources_from(settings))
    }

    pub fn set_country(&self, code: Option<String>) -> Result<Resources> {
        let known: Vec<&str> = self.library().countries.iter().map(|c| c.code.as_str()).collect();
        self.settings.set_country(code, &known).map(|s| self.resources_from(s))
    }

    pub fn add_checklist_item(&self, list: &str, text: &str) -> Result<Resources> {
        let builtin: Vec<&str> = self.library().checklists.iter().map(|c| c.id.as_str()).collect();
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
        let settings = if settings.contacts.is_empty() {
            settings
        } else {
            self.moved.call_once(|| move_contacts(&self.settings, &self.help));
            self.settings.get()
        };
        Resources {
            checklists: settings.checklists.apply(&self.library().checklists),
            articles: self.library().articles.clone(),
            countries: self.library().countries.clone(),
            // The contacts kept with the plan, then any still waiting in the settings file.
            contacts: crate::settings::merge_contacts(self.help.contacts(), &settings.contacts),
            country: settings.country,
        }
    }

    /// Breathing patterns' and grounding lists' ids to their names (built-in ones in
    /// the language spoken), for the summary's "what helped".
    pub fn tool_names(&self) -> HashMap<String, String> {
        tool_names(self.library(), &self.settings.get())
    }

    /// Built-in patterns, then the person's own.
    fn patterns(&self) -> Vec<Pattern> {
        let mut all = self.library().patterns.clone();
        all.extend(self.settings.get().custom_patterns.iter().map(|p| p.to_pattern()));
        all
    }

    fn snapshot_with(&self, preferences: Preferences) -> Snapshot {
        Snapshot { patterns: self.patterns(), preferences }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::safety_plan::store::{KeyKeeper, PlanKey, PlanStore};

    /// A computer with no keyring: the contacts go to the plan's private file.
    struct NoKeyring;

    impl KeyKeeper for NoKeyring {
        fn get(&self, _: &str) -> std::result::Result<Option<PlanKey>, String> {
            Err("no Secret Service is running".into())
        }
        fn put(&self, _: &str, _: &PlanKey) -> std::result::Result<(), String> {
            Err("no Secret Service is running".into())
        }
    }

    #[test]
    fn contacts_kept_in_the_settings_file_by_an_older_ebb_move_beside_the_plan() {
        let dir = tempfile::tempdir().expect("dir");
        let old = r#"{"contacts":[{"name":"Sam","reach":"07700 900123","note":"text first"}],"country":"GB"}"#;
        std::fs::write(dir.path().join("settings.json"), old).expect("write");
        let help = PlanState::new(PlanStore::new(dir.path(), Box::new(NoKeyring)));
        let (library, notice) = LibraryState::open(dir.path(), help.clone(), Utc::now());
        assert!(notice.is_none());
        let read = || std::fs::read_to_string(dir.path().join("settings.json")).expect("read");
        assert!(read().contains("07700"), "nothing is moved at start-up (the keyring may be slow)");
        // The first look at them moves them.
        assert_eq!(library.resources().contacts[0].reach, "07700 900123");
        let settings = read();
        assert!(!settings.contains("07700"), "{settings}");
        assert!(settings.contains("\"country\": \"GB\""), "the rest stays: {settings}");
        assert_eq!(help.contacts()[0].reach, "07700 900123");
        assert_eq!(library.resources().contacts, help.contacts());
        let saved = library.save_contacts(vec![]).expect("save");
        assert!(saved.contacts.is_empty());
        assert!(help.contacts().is_empty());
    }
}

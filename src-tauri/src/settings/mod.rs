//! The settings file: the person's choices (pattern, duration, sound, motion, theme)
//! and their own patterns. Written atomically; a damaged file is kept aside and the
//! app starts with defaults, saying so once.

pub mod personal;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::desktop::aftercare;
use crate::desktop::shortcut::{Shortcut, ShortcutSetting};
use crate::error::{Error, Result};
use crate::pacer::pattern::{CustomDraft, CustomPattern, Pattern, DEFAULT_PATTERN};

use crate::private_file::write_atomically;
pub use personal::{check_contacts, merge_contacts, ChecklistEdits, Contact, MAX_CONTACTS};

pub const FILE_NAME: &str = "settings.json";

/// Session lengths offered, in minutes; `None` in the settings means open-ended.
pub const DURATIONS: [u32; 5] = [1, 2, 3, 5, 10];

/// Minutes without use after which the journal locks itself.
pub const LOCK_AFTER: [u32; 5] = [5, 10, 15, 30, 60];

/// Text sizes offered, in percent of the usual size.
pub const TEXT_SIZES: [u32; 5] = [100, 115, 130, 150, 175];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Motion {
    /// Follow the system's `prefers-reduced-motion`.
    #[default]
    System,
    Reduced,
    Full,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// What the person can change from the pacer screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Preferences {
    pub pattern: String,
    pub duration_minutes: Option<u32>,
    pub sound: bool,
    /// "Speak the breath": the system's voice says the phase words.
    pub speak: bool,
    pub motion: Motion,
    pub theme: Theme,
    /// Gentle start chosen per pattern; a pattern not listed uses its own default.
    pub gentle_start: BTreeMap<String, bool>,
    /// The journal locks after this many minutes without use.
    pub lock_after_minutes: u32,
    /// Text size in percent; every screen follows it.
    pub text_size: u32,
    /// The delay first offered for an aftercare check-in.
    pub aftercare_minutes: u32,
    /// The language chosen in Settings (a tag of `i18n::LANGUAGES`); `None` follows
    /// the system's.
    pub language: Option<String>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            pattern: DEFAULT_PATTERN.to_string(),
            duration_minutes: Some(3),
            sound: false,
            speak: false,
            motion: Motion::System,
            theme: Theme::System,
            gentle_start: BTreeMap::new(),
            lock_after_minutes: 15,
            text_size: 100,
            aftercare_minutes: aftercare::DEFAULT_MINUTES,
            language: None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    #[serde(flatten)]
    pub preferences: Preferences,
    pub custom_patterns: Vec<CustomPattern>,
    /// Contacts as an older Ebb kept them. They are moved into the safety plan's
    /// store (sealed where there is a keyring) at start and after a restore, and
    /// stay here only while that store cannot take them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// ISO 3166-1 code for crisis lines; `None` until chosen (the interface then
    /// suggests one from the system's language settings).
    pub country: Option<String>,
    pub checklists: ChecklistEdits,
    /// The system-wide shortcut that starts breathing; `null` when turned off.
    pub shortcut: ShortcutSetting,
}

impl Settings {
    /// Checks values a hand edit or a damaged write could have broken.
    fn check(&self) -> std::result::Result<(), String> {
        if let Some(m) = self.preferences.duration_minutes {
            if !DURATIONS.contains(&m) {
                return Err(format!("durationMinutes {m} is not one of {DURATIONS:?}"));
            }
        }
        let lock = self.preferences.lock_after_minutes;
        if !LOCK_AFTER.contains(&lock) {
            return Err(format!("lockAfterMinutes {lock} is not one of {LOCK_AFTER:?}"));
        }
        let size = self.preferences.text_size;
        if !TEXT_SIZES.contains(&size) {
            return Err(format!("textSize {size} is not one of {TEXT_SIZES:?}"));
        }
        aftercare::check_minutes(self.preferences.aftercare_minutes).map_err(|e| format!("aftercareMinutes: {e}"))?;
        self.shortcut.shortcut().map_err(|e| format!("shortcut: {e}"))?;
        for (i, p) in self.custom_patterns.iter().enumerate() {
            p.check()?;
            if self.custom_patterns[..i].iter().any(|q| q.id == p.id) {
                return Err(format!("two custom patterns share the id {:?}", p.id));
            }
        }
        personal::check_contacts(self.contacts.clone()).map_err(|e| format!("contacts: {e}"))?;
        let items = self.checklists.added.values().flatten().map(String::as_str);
        let own = self.checklists.lists.iter().flat_map(|l| l.items.iter().map(|i| i.text.as_str()));
        for text in items.chain(own) {
            personal::item_text(text).map_err(|e| format!("checklist item: {e}"))?;
        }
        for list in &self.checklists.lists {
            personal::list_title(&list.title).map_err(|e| format!("checklist: {e}"))?;
        }
        Ok(())
    }
}

/// Something the person should be told once, at the next opportunity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    pub kind: &'static str,
    pub message: String,
}

/// The settings in memory and on disk. Every change is written before it is kept
/// in memory, so memory never claims more than the file holds.
#[derive(Debug)]
pub struct SettingsStore {
    path: PathBuf,
    current: Mutex<Settings>,
}

impl SettingsStore {
    /// Opens the settings in `dir`. A missing file means defaults; an unreadable or
    /// invalid one is renamed aside (never deleted) and reported in the notice.
    pub fn open(dir: &Path, now: DateTime<Utc>) -> (SettingsStore, Option<Notice>) {
        let path = dir.join(FILE_NAME);
        let (settings, notice) = match std::fs::read(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), None),
            Err(e) => (
                Settings::default(),
                Some(Notice {
                    kind: "settings-unreadable",
                    message: format!(
                        "Ebb could not read your settings ({e}), so it is using its usual settings for now. Your file has not been changed."
                    ),
                }),
            ),
            Ok(bytes) => match parse(&bytes) {
                Ok(settings) => (settings, None),
                Err(problem) => (Settings::default(), Some(set_aside(&path, now, &problem))),
            },
        };
        (SettingsStore { path, current: Mutex::new(settings) }, notice)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn get(&self) -> Settings {
        self.lock().clone()
    }

    /// Saves new preferences. `patterns` are all patterns the person can choose.
    pub fn update_preferences(&self, prefs: Preferences, patterns: &[Pattern]) -> Result<Settings> {
        if !patterns.iter().any(|p| p.id == prefs.pattern) {
            return Err(Error::invalid("pattern", "That breathing pattern no longer exists. Please choose another."));
        }
        if prefs.duration_minutes.is_some_and(|m| !DURATIONS.contains(&m)) {
            return Err(Error::invalid("duration", "Please choose 1, 2, 3, 5 or 10 minutes, or open-ended."));
        }
        if !LOCK_AFTER.contains(&prefs.lock_after_minutes) {
            return Err(Error::invalid("lockAfter", "Please choose 5, 10, 15, 30 or 60 minutes."));
        }
        if !TEXT_SIZES.contains(&prefs.text_size) {
            return Err(Error::invalid("textSize", "Please choose a text size from 100% to 175%."));
        }
        aftercare::check_minutes(prefs.aftercare_minutes)?;
        if prefs.language.as_deref().is_some_and(|tag| !crate::i18n::LANGUAGES.iter().any(|l| l.tag == tag)) {
            return Err(Error::invalid("language", "Ebb does not speak that language yet. Please choose another."));
        }
        self.change(|s| {
            s.preferences = prefs;
            Ok(())
        })
    }

    /// Adds or replaces one of the person's own patterns. `builtin_names` keep names unique.
    pub fn save_custom(&self, draft: CustomDraft, builtin_names: &[&str], now: DateTime<Utc>) -> Result<CustomPattern> {
        let mut saved = None;
        self.change(|s| {
            if let Some(id) = &draft.id {
                if !s.custom_patterns.iter().any(|p| &p.id == id) {
                    return Err(Error::NotFound("That pattern was deleted; please save it as a new one.".into()));
                }
            }
            let mut taken: Vec<&str> = builtin_names.to_vec();
            taken.extend(s.custom_patterns.iter().filter(|p| Some(&p.id) != draft.id.as_ref()).map(|p| p.name.as_str()));
            let new_id = unique_id("custom", now, s.custom_patterns.iter().map(|p| p.id.as_str()));
            let pattern = draft.clone().into_pattern(&taken, new_id)?;
            match s.custom_patterns.iter_mut().find(|p| p.id == pattern.id) {
                Some(existing) => *existing = pattern.clone(),
                None => s.custom_patterns.push(pattern.clone()),
            }
            saved = Some(pattern);
            Ok(())
        })?;
        Ok(saved.expect("set when the change succeeded"))
    }

    /// Deletes one of the person's own patterns; if it was chosen, the default takes its place.
    pub fn delete_custom(&self, id: &str) -> Result<Settings> {
        self.change(|s| {
            let before = s.custom_patterns.len();
            s.custom_patterns.retain(|p| p.id != id);
            if s.custom_patterns.len() == before {
                return Err(Error::NotFound("That pattern was already deleted.".into()));
            }
            if s.preferences.pattern == id {
                s.preferences.pattern = DEFAULT_PATTERN.to_string();
            }
            s.preferences.gentle_start.remove(id);
            Ok(())
        })
    }

    /// Sets the system-wide shortcut (`None`: off). The caller has checked that the
    /// desktop accepted it.
    pub fn set_shortcut(&self, shortcut: Option<Shortcut>) -> Result<Settings> {
        self.change(|s| {
            s.shortcut = ShortcutSetting(shortcut.map(|k| k.to_string()));
            Ok(())
        })
    }

    pub fn save_contacts(&self, contacts: Vec<Contact>) -> Result<Settings> {
        let contacts = personal::check_contacts(contacts)?;
        self.change(|s| {
            s.contacts = contacts;
            Ok(())
        })
    }

    /// `known` are the country codes that have crisis lines.
    pub fn set_country(&self, code: Option<String>, known: &[&str]) -> Result<Settings> {
        if code.as_deref().is_some_and(|c| !known.contains(&c)) {
            return Err(Error::invalid("country", "Ebb has no lines for that country yet."));
        }
        self.change(|s| {
            s.country = code;
            Ok(())
        })
    }

    /// Adds an item to a list: a built-in one (by id) or one of the person's own.
    pub fn add_checklist_item(&self, list: &str, text: &str, builtin_ids: &[&str]) -> Result<Settings> {
        let text = personal::item_text(text)?;
        self.change(|s| {
            if builtin_ids.contains(&list) {
                s.checklists.added.entry(list.to_string()).or_default().push(text);
            } else {
                let own = s.checklists.lists.iter_mut().find(|l| l.id == list).ok_or_else(|| Error::NotFound("That list was deleted.".into()))?;
                own.items.push(crate::content::Item { text, notice: None });
            }
            Ok(())
        })
    }

    /// Makes a list of the person's own, with its first items.
    pub fn create_checklist(&self, title: &str, items: &[String], now: DateTime<Utc>) -> Result<(String, Settings)> {
        let title = personal::list_title(title)?;
        let items = items.iter().map(|t| personal::item_text(t)).collect::<Result<Vec<_>>>()?;
        if items.is_empty() {
            return Err(Error::invalid("item", "Add at least one step to your list."));
        }
        let mut made = String::new();
        let settings = self.change(|s| {
            let id = unique_id("list", now, s.checklists.lists.iter().map(|l| l.id.as_str()));
            let order = 1000 + s.checklists.lists.len() as u32;
            s.checklists.lists.push(crate::content::Checklist {
                id: id.clone(),
                title,
                summary: "Your own list.".into(),
                order,
                items: items.into_iter().map(|text| crate::content::Item { text, notice: None }).collect(),
                custom: true,
            });
            made = id;
            Ok(())
        })?;
        Ok((made, settings))
    }

    /// Resets a built-in list to how it shipped, or deletes one of the person's own.
    pub fn reset_checklist(&self, list: &str) -> Result<Settings> {
        self.change(|s| {
            let removed_added = s.checklists.added.remove(list).is_some();
            let before = s.checklists.lists.len();
            s.checklists.lists.retain(|l| l.id != list);
            if !removed_added && before == s.checklists.lists.len() {
                return Err(Error::NotFound("There was nothing to reset.".into()));
            }
            Ok(())
        })
    }

    /// Applies `edit` to a copy, writes the copy, and only then keeps it. The lock is
    /// held across the write so two changes can never interleave on disk.
    /// Takes the settings from a backup, but only while nothing has been set here
    /// (a fresh install): a person's current choices are never overwritten.
    /// Says whether they were taken.
    pub fn restore(&self, value: &serde_json::Value) -> Result<bool> {
        if *self.lock() != Settings::default() {
            return Ok(false);
        }
        let restored = parse(value.to_string().as_bytes())
            .map_err(|problem| Error::Unreadable(format!("The settings in this backup could not be used ({problem}).")))?;
        self.change(|s| {
            *s = restored;
            Ok(())
        })
        .map(|_| true)
    }

    fn change(&self, edit: impl FnOnce(&mut Settings) -> Result<()>) -> Result<Settings> {
        let mut current = self.lock();
        let mut next = current.clone();
        edit(&mut next)?;
        let json = serde_json::to_vec_pretty(&next).expect("settings always serialize");
        write_atomically(&self.path, &json).map_err(Error::io("Ebb could not save your settings"))?;
        *current = next.clone();
        Ok(next)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Settings> {
        // A panic while holding the lock cannot leave a half-applied change (changes
        // are applied to a copy), so the value inside is still good.
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn parse(bytes: &[u8]) -> std::result::Result<Settings, String> {
    let settings: Settings = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    settings.check()?;
    Ok(settings)
}

/// Renames a damaged file to `settings.damaged-<time>.json` beside it.
fn set_aside(path: &Path, now: DateTime<Utc>, problem: &str) -> Notice {
    let kept = path.with_file_name(format!("settings.damaged-{}.json", now.format("%Y%m%d-%H%M%S")));
    match std::fs::rename(path, &kept) {
        Ok(()) => Notice {
            kind: "settings-damaged",
            message: format!(
                "Your settings file was damaged, so Ebb started with its usual settings. The old file is kept as {}.",
                kept.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
            ),
        },
        Err(e) => Notice {
            kind: "settings-damaged",
            message: format!(
                "Your settings file was damaged ({problem}), so Ebb is using its usual settings. It could not be set aside ({e}); it is unchanged at {}.",
                path.display()
            ),
        },
    }
}

/// `<prefix>-<unix ms>`, bumped until it is not already taken.
fn unique_id<'a>(prefix: &str, now: DateTime<Utc>, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut n = now.timestamp_millis();
    loop {
        let id = format!("{prefix}-{n}");
        if !taken.clone().any(|t| t == id) {
            return id;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests;

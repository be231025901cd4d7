//! Everything the running app holds, in plain Rust: content, settings, the practice
//! log, and what to tell the interface once at start. The command layer manages one
//! `Ebb` and calls into it.

use std::path::PathBuf;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::content::{Article, Checklist, Country, Library};
use crate::error::Result;
use crate::pacer::pattern::{CustomDraft, Pattern};
use crate::pacer::practice::{PracticeLog, PracticeRecord, PracticeReport};
use crate::settings::{Contact, Notice, Preferences, Settings, SettingsStore, DURATIONS};

/// Where the app's files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDirs {
    /// Settings and the person's own content.
    pub config: PathBuf,
    /// The journal (later) and other data.
    pub data: PathBuf,
    /// The web view's own storage, when it must be kept under a chosen folder.
    pub webview: Option<PathBuf>,
}

impl DataDirs {
    /// Everything under one folder (`--data-dir`).
    pub fn portable(root: PathBuf) -> DataDirs {
        DataDirs { config: root.clone(), data: root.clone(), webview: Some(root.join("webview")) }
    }
}

/// Patterns and preferences, as the interface shows them after any change.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Built-in patterns in their order, then the person's own.
    pub patterns: Vec<Pattern>,
    pub preferences: Preferences,
}

/// What the interface needs to start.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Boot {
    #[serde(flatten)]
    pub snapshot: Snapshot,
    pub durations: [u32; 5],
    /// Things to say once (e.g. the settings file was damaged).
    pub notices: Vec<Notice>,
    /// The app was launched with `--breathe`.
    pub breathe_now: bool,
    pub version: &'static str,
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

pub struct Ebb {
    library: Library,
    settings: SettingsStore,
    practice: PracticeLog,
    pending: Mutex<Pending>,
}

#[derive(Default)]
struct Pending {
    notices: Vec<Notice>,
    breathe_now: bool,
}

impl Ebb {
    pub fn open(dirs: &DataDirs, breathe_now: bool, now: DateTime<Utc>) -> Ebb {
        let (library, problems) = Library::embedded();
        for problem in problems {
            // The tests refuse any content problem, so this is a build that skipped them.
            eprintln!("ebb: left out {problem}");
        }
        let (settings, notice) = SettingsStore::open(&dirs.config, now);
        Ebb {
            library,
            settings,
            practice: PracticeLog::default(),
            pending: Mutex::new(Pending { notices: notice.into_iter().collect(), breathe_now }),
        }
    }

    /// The start-up view. Notices and the `--breathe` request are handed over once.
    pub fn boot(&self) -> Boot {
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()));
        Boot {
            snapshot: self.snapshot(self.settings.get().preferences),
            durations: DURATIONS,
            notices: pending.notices,
            breathe_now: pending.breathe_now,
            version: env!("CARGO_PKG_VERSION"),
        }
    }

    pub fn update_preferences(&self, prefs: Preferences) -> Result<Snapshot> {
        let settings = self.settings.update_preferences(prefs, &self.patterns())?;
        Ok(self.snapshot(settings.preferences))
    }

    pub fn save_custom_pattern(&self, draft: CustomDraft, now: DateTime<Utc>) -> Result<(Pattern, Snapshot)> {
        let names: Vec<&str> = self.library.patterns.iter().map(|p| p.name.as_str()).collect();
        let saved = self.settings.save_custom(draft, &names, now)?;
        Ok((saved.to_pattern(), self.snapshot(self.settings.get().preferences)))
    }

    pub fn delete_custom_pattern(&self, id: &str) -> Result<Snapshot> {
        let settings = self.settings.delete_custom(id)?;
        Ok(self.snapshot(settings.preferences))
    }

    pub fn record_practice(&self, report: PracticeReport, now: DateTime<Utc>) -> Result<PracticeRecord> {
        self.practice.record(report, now)
    }

    pub fn practice_records(&self) -> Vec<PracticeRecord> {
        self.practice.records()
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

    fn snapshot(&self, preferences: Preferences) -> Snapshot {
        Snapshot { patterns: self.patterns(), preferences }
    }
}

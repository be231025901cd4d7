//! Everything the running app holds, in plain Rust: content, settings, the practice
//! log, and what to tell the interface once at start. The command layer manages one
//! `Ebb` and calls into it.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::content::{Article, Checklist, Country, Library};
use crate::error::{Error, Result};
use crate::journal::inbox::Capture;
use crate::journal::keyfile::KdfParams;
use crate::journal::notes::Note;
use crate::journal::{new_id, Journal, JournalFiles, Merged, Status};
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
    /// Practice records made before any journal exists, kept for this run only.
    practice: PracticeLog,
    pending: Mutex<Pending>,
    journal_files: JournalFiles,
    /// The open journal; `None` while locked.
    journal: Mutex<Option<Journal>>,
    /// When the journal was last used, for locking after idle time.
    last_used: Mutex<Instant>,
    kdf: KdfParams,
}

/// The journal's state with the settings that go with it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JournalView {
    #[serde(flatten)]
    pub status: Status,
    pub lock_after_minutes: u32,
}

/// The word typed to confirm deleting the whole journal.
pub const DELETE_CONFIRMATION: &str = "delete";

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
            journal_files: JournalFiles::under(&dirs.data),
            journal: Mutex::new(None),
            last_used: Mutex::new(Instant::now()),
            kdf: KdfParams::RECOMMENDED,
        }
    }

    /// Uses other passphrase-stretching settings (tests: the minimum, to stay fast).
    pub fn with_kdf(mut self, kdf: KdfParams) -> Ebb {
        self.kdf = kdf;
        self
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

    /// Stores the record in the open journal, seals it into the inbox while the
    /// journal is locked, or keeps it in memory until a journal is made.
    pub fn record_practice(&self, report: PracticeReport, now: DateTime<Utc>) -> Result<PracticeRecord> {
        let record = PracticeLog::check(report, now)?;
        let journal = self.journal_lock();
        match journal.as_ref() {
            Some(open) => open.record_practice(&record)?,
            None if self.journal_files.exists() => {
                Journal::capture(&self.journal_files, &Capture::Practice { id: new_id()?, record: record.clone() })?
            }
            None => self.practice.keep(record.clone()),
        }
        Ok(record)
    }

    /// Records not yet in any journal (made before one existed).
    pub fn unsaved_practice(&self) -> Vec<PracticeRecord> {
        self.practice.records()
    }

    // The journal.

    pub fn journal_view(&self) -> JournalView {
        let status = match self.journal_lock().as_ref() {
            Some(_) => Status::Open,
            None => Journal::status(&self.journal_files),
        };
        JournalView { status, lock_after_minutes: self.settings.get().preferences.lock_after_minutes }
    }

    pub fn create_journal(&self, passphrase: &str, now: DateTime<Utc>, at: Instant) -> Result<JournalView> {
        let mut slot = self.journal_lock();
        let journal = Journal::create(&self.journal_files, passphrase, self.kdf, now)?;
        for record in self.practice.take() {
            journal.record_practice(&record)?;
        }
        *slot = Some(journal);
        drop(slot);
        self.touch(at);
        Ok(self.journal_view())
    }

    pub fn unlock_journal(&self, passphrase: &str, now: DateTime<Utc>, at: Instant) -> Result<Merged> {
        let mut slot = self.journal_lock();
        if slot.is_some() {
            return Ok(Merged::default());
        }
        let (journal, merged) = Journal::unlock(&self.journal_files, passphrase, now)?;
        *slot = Some(journal);
        drop(slot);
        self.touch(at);
        Ok(merged)
    }

    /// Closes the journal and wipes its keys. Locking a locked journal is fine.
    pub fn lock_journal(&self) -> Result<()> {
        match self.journal_lock().take() {
            Some(journal) => journal.lock(),
            None => Ok(()),
        }
    }

    /// Locks the journal if it has not been used for the chosen time; says whether it did.
    pub fn lock_if_idle(&self, at: Instant) -> bool {
        let limit = Duration::from_secs(u64::from(self.settings.get().preferences.lock_after_minutes) * 60);
        let idle = at.saturating_duration_since(*self.last_used.lock().unwrap_or_else(|p| p.into_inner()));
        if idle < limit || self.journal_lock().is_none() {
            return false;
        }
        if let Err(e) = self.lock_journal() {
            // The connection is dropped (and the keys wiped) even when closing reports a problem.
            eprintln!("ebb: the journal locked after idle time, with a problem: {e}");
        }
        true
    }

    /// The person is using the journal (typing, reading).
    pub fn touch(&self, at: Instant) {
        *self.last_used.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }

    pub fn change_passphrase(&self, current: &str, new: &str) -> Result<()> {
        let _slot = self.journal_lock();
        Journal::change_passphrase(&self.journal_files, current, new, self.kdf)
    }

    /// Deletes every file of the journal after the typed confirmation.
    pub fn delete_journal(&self, confirmation: &str) -> Result<JournalView> {
        if !confirmation.trim().eq_ignore_ascii_case(DELETE_CONFIRMATION) {
            return Err(Error::invalid("confirmation", format!("To delete everything, type the word \"{DELETE_CONFIRMATION}\".")));
        }
        let mut slot = self.journal_lock();
        if let Some(journal) = slot.take() {
            // Closing first so no file is held open; its result does not matter now.
            let _ = journal.lock();
        }
        Journal::delete_everything(&self.journal_files)?;
        drop(slot);
        Ok(self.journal_view())
    }

    /// Moves a damaged journal aside (untouched) so a new one can be made.
    pub fn set_journal_aside(&self, now: DateTime<Utc>) -> Result<String> {
        let _slot = self.journal_lock();
        Journal::set_aside(&self.journal_files, now).map(|p| p.display().to_string())
    }

    /// A quick note: straight into the open journal, or sealed into the inbox.
    pub fn capture_note(&self, text: &str, now: DateTime<Utc>) -> Result<Option<Note>> {
        crate::journal::notes::check_text(text)?;
        let slot = self.journal_lock();
        match slot.as_ref() {
            Some(journal) => journal.add_note(text, now).map(Some),
            None if self.journal_files.exists() => {
                let note = Note { id: new_id()?, written_at: now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true), text: text.to_string() };
                Journal::capture(&self.journal_files, &Capture::Note(note)).map(|_| None)
            }
            None => Err(Error::NotFound("There is no journal yet to keep this in.".into())),
        }
    }

    /// Runs `f` on the open journal, counting it as use.
    pub fn with_journal<T>(&self, at: Instant, f: impl FnOnce(&mut Journal) -> Result<T>) -> Result<T> {
        let mut slot = self.journal_lock();
        let journal = slot.as_mut().ok_or(Error::Locked)?;
        let result = f(journal);
        drop(slot);
        self.touch(at);
        result
    }

    fn journal_lock(&self) -> MutexGuard<'_, Option<Journal>> {
        self.journal.lock().unwrap_or_else(|p| p.into_inner())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ebb(dir: &std::path::Path) -> Ebb {
        Ebb::open(&DataDirs::portable(dir.to_path_buf()), false, Utc::now()).with_kdf(KdfParams::MINIMUM)
    }

    #[test]
    fn the_journal_locks_after_the_chosen_idle_time_and_not_before() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ebb = ebb(dir.path());
        let start = Instant::now();
        ebb.create_journal("idle time passphrase", Utc::now(), start).expect("created");
        assert!(!ebb.lock_if_idle(start + Duration::from_secs(14 * 60 + 59)), "15 minutes by default");
        ebb.touch(start + Duration::from_secs(10 * 60));
        assert!(!ebb.lock_if_idle(start + Duration::from_secs(20 * 60)), "use postpones the lock");
        assert!(ebb.lock_if_idle(start + Duration::from_secs(25 * 60)));
        assert!(matches!(ebb.journal_view().status, Status::Locked { .. }));
        assert_eq!(ebb.with_journal(start, |j| j.notes()).expect_err("locked").kind(), "locked");
        assert!(!ebb.lock_if_idle(start + Duration::from_secs(60 * 60)), "a locked journal is left alone");
    }

    #[test]
    fn ratings_go_to_memory_then_to_the_inbox_then_straight_in() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ebb = ebb(dir.path());
        let report = || PracticeReport { tool: crate::pacer::practice::Tool::Grounding, used: Some("senses".into()), before: Some(6), after: Some(3), active_seconds: 90 };
        ebb.record_practice(report(), Utc::now()).expect("kept");
        assert_eq!(ebb.unsaved_practice().len(), 1);
        let at = Instant::now();
        ebb.create_journal("ratings passphrase", Utc::now(), at).expect("created");
        assert!(ebb.unsaved_practice().is_empty(), "handed to the new journal");
        ebb.lock_journal().expect("locked");
        ebb.record_practice(report(), Utc::now()).expect("sealed");
        assert!(matches!(ebb.journal_view().status, Status::Locked { pending: 1 }));
        ebb.unlock_journal("ratings passphrase", Utc::now(), at).expect("unlocked");
        ebb.record_practice(report(), Utc::now()).expect("stored");
        assert_eq!(ebb.with_journal(at, |j| j.practice_records()).expect("records").len(), 3);
    }
}

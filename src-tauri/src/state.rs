//! Everything the running app holds, in plain Rust: content, settings, the practice
//! log, and what to tell the interface once at start. The command layer manages one
//! `Ebb` and calls into it.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::content::{Article, Checklist, Country, Library};
use crate::desktop::shortcut::{Shortcut, ShortcutSetting};
use crate::error::{Error, Result};
use crate::journal::archive::{self, Archive, MergeReport, Problem};
use crate::journal::export::{self, Format, Selection};
use crate::journal::inbox::Capture;
use crate::journal::insights::Insights;
use crate::journal::keyfile::KeyFile;
use crate::journal::backup;
use crate::journal::keyfile::KdfParams;
use crate::journal::notes::Note;
use crate::journal::{new_id, Journal, JournalFiles, Merged, Status};
use crate::pacer::pattern::{CustomDraft, Pattern};
use crate::pacer::practice::{PracticeLog, PracticeRecord, PracticeReport};
use crate::settings::{Contact, Notice, Preferences, Settings, SettingsStore, DURATIONS};

/// Writes an export or backup where the person chose, atomically (a crash or a
/// full disk leaves the old file or none, never half of one), readable by them only.
fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::settings::write_atomically(path, bytes).map_err(Error::io(format!("Could not write {}", path.display())))
}

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
    /// A file chosen for import or restore, waiting for its passphrase or for the
    /// person to confirm what the preview showed.
    import: Mutex<Option<PendingImport>>,
    backup_work_factor: u8,
}

enum PendingImport {
    Sealed { name: String, bytes: Vec<u8> },
    Ready { backup: bool, archive: Box<Archive>, passphrase: Option<Zeroizing<String>> },
}

/// A file written.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Written {
    pub path: String,
    pub sessions: usize,
    pub bytes: usize,
}

/// What an import would do, for the person to look over first.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub name: String,
    pub backup: bool,
    /// A backup waiting for its passphrase.
    pub needs_passphrase: bool,
    /// No journal here yet: confirming makes one from the backup.
    pub restoring: bool,
    pub exported_at: Option<String>,
    pub report: Option<MergeReport>,
    pub problems: Vec<Problem>,
    pub problem_count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportDone {
    pub report: MergeReport,
    pub settings_restored: bool,
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
            import: Mutex::new(None),
            backup_work_factor: backup::WORK_FACTOR,
        }
    }

    /// Uses other passphrase-stretching settings (tests: the minimum, to stay fast).
    pub fn with_kdf(mut self, kdf: KdfParams) -> Ebb {
        self.kdf = kdf;
        self
    }

    /// Seals backups with another scrypt work factor (tests: a small one).
    pub fn with_backup_work_factor(mut self, log_n: u8) -> Ebb {
        self.backup_work_factor = log_n;
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

    // Export, backup, import and restore.

    /// Writes the journal (or the chosen sessions) to `path` in `format`.
    pub fn export(&self, format: Format, selection: Selection, path: &Path, now: DateTime<Utc>, at: Instant) -> Result<Written> {
        let selection = selection.checked()?;
        let archive = self.with_journal(at, |j| j.archive(now))?;
        let today = now.with_timezone(&chrono::Local).format("%-d %B %Y").to_string();
        let (bytes, sessions) = export::render(&archive, format, &selection, &today)?;
        write_file(path, &bytes)?;
        Ok(Written { path: path.display().to_string(), sessions, bytes: bytes.len() })
    }

    /// Checks `passphrase` against the journal first: a backup is sealed with the
    /// journal's own passphrase, so a typo cannot make a backup nobody can open.
    pub fn check_passphrase(&self, passphrase: &str) -> Result<()> {
        KeyFile::read(&self.journal_files.key())?.open(passphrase).map(drop)
    }

    /// Writes an encrypted backup of everything (journal and settings) to `path`.
    pub fn backup(&self, passphrase: &str, path: &Path, now: DateTime<Utc>, at: Instant) -> Result<Written> {
        self.check_passphrase(passphrase)?;
        let mut archive = self.with_journal(at, |j| j.archive(now))?;
        archive.settings = serde_json::to_value(self.settings.get()).ok();
        let sealed = backup::seal_archive(&archive, passphrase, self.backup_work_factor)?;
        write_file(path, &sealed)?;
        Ok(Written { path: path.display().to_string(), sessions: archive.sessions.len(), bytes: sealed.len() })
    }

    /// Reads a file chosen for import (a JSON export or a backup). A backup waits
    /// for its passphrase; anything else is checked and previewed at once.
    pub fn read_import(&self, path: &Path) -> Result<ImportPreview> {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = archive::read_file(path)?;
        if backup::looks_like_backup(&bytes) {
            *self.import_lock() = Some(PendingImport::Sealed { name: name.clone(), bytes });
            return Ok(ImportPreview {
                name,
                backup: true,
                needs_passphrase: true,
                restoring: !self.journal_files.exists(),
                exported_at: None,
                report: None,
                problems: Vec::new(),
                problem_count: 0,
            });
        }
        if !self.journal_files.exists() {
            return Err(Error::Unreadable(
                "A JSON export goes into a journal: make one first (or restore an encrypted backup here).".into(),
            ));
        }
        self.prepare_import(name, false, &bytes, None)
    }

    /// Opens the backup waiting for its passphrase and previews it.
    pub fn unseal_import(&self, passphrase: &str) -> Result<ImportPreview> {
        let pending = self.import_lock().take();
        let Some(PendingImport::Sealed { name, bytes }) = pending else {
            return Err(Error::NotFound("Please choose the backup file again.".into()));
        };
        match backup::open(&bytes, passphrase) {
            Ok(document) => self.prepare_import(name, true, &document, Some(passphrase)),
            Err(e) => {
                // Wrong passphrase: the file stays chosen for another try.
                *self.import_lock() = Some(PendingImport::Sealed { name, bytes });
                Err(e)
            }
        }
    }

    fn prepare_import(&self, name: String, backup: bool, document: &[u8], passphrase: Option<&str>) -> Result<ImportPreview> {
        let checked = archive::parse(document)?;
        let restoring = !self.journal_files.exists();
        let report = match (&checked.problems[..], restoring) {
            ([], false) => Some(self.with_journal(Instant::now(), |j| j.preview_import(&checked.archive))?),
            ([], true) => {
                let mut scratch = crate::journal::db::open_in_memory()?;
                let tx = scratch.transaction().map_err(Error::db("Could not read the backup"))?;
                Some(archive::merge(&tx, &checked.archive)?)
            }
            _ => None,
        };
        let preview = ImportPreview {
            name: name.clone(),
            backup,
            needs_passphrase: false,
            restoring,
            exported_at: Some(checked.archive.exported_at.clone()).filter(|t| !t.is_empty()),
            report,
            problems: checked.problems,
            problem_count: checked.problem_count,
        };
        *self.import_lock() = (preview.problem_count == 0).then(|| PendingImport::Ready {
            backup,
            archive: Box::new(checked.archive),
            passphrase: passphrase.map(|p| Zeroizing::new(p.to_string())),
        });
        Ok(preview)
    }

    /// Imports what the preview showed, in one transaction. With no journal here,
    /// restores: a journal is made with the backup's passphrase and left open, and
    /// the backup's settings are taken if nothing was set here yet.
    pub fn confirm_import(&self, now: DateTime<Utc>, at: Instant) -> Result<ImportDone> {
        let pending = self.import_lock().take();
        let Some(PendingImport::Ready { archive, passphrase, backup, .. }) = pending else {
            return Err(Error::NotFound("Please choose the file to import again.".into()));
        };
        if self.journal_files.exists() {
            let report = self.with_journal(at, |j| j.import(&archive))?;
            return Ok(ImportDone { report, settings_restored: false });
        }
        let Some(passphrase) = passphrase.filter(|_| backup) else {
            return Err(Error::NotFound("There is no journal to import into.".into()));
        };
        let mut slot = self.journal_lock();
        let (journal, report) = Journal::restore(&self.journal_files, &passphrase, self.kdf, &archive, now)?;
        for record in self.practice.take() {
            journal.record_practice(&record)?;
        }
        *slot = Some(journal);
        drop(slot);
        self.touch(at);
        let settings_restored = match &archive.settings {
            Some(settings) => self.settings.restore(settings).unwrap_or_else(|e| {
                eprintln!("ebb: {e}");
                false
            }),
            None => false,
        };
        Ok(ImportDone { report, settings_restored })
    }

    pub fn cancel_import(&self) {
        *self.import_lock() = None;
    }

    pub fn insights(&self, from: Option<chrono::NaiveDate>, today: chrono::NaiveDate, at: Instant) -> Result<Insights> {
        self.with_journal(at, |j| j.insights(from, today))
    }

    fn import_lock(&self) -> MutexGuard<'_, Option<PendingImport>> {
        self.import.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn journal_lock(&self) -> MutexGuard<'_, Option<Journal>> {
        self.journal.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The system-wide shortcut as saved.
    pub fn shortcut_setting(&self) -> ShortcutSetting {
        self.settings.get().shortcut
    }

    /// Saves the system-wide shortcut (`None`: off).
    pub fn save_shortcut(&self, shortcut: Option<Shortcut>) -> Result<()> {
        self.settings.set_shortcut(shortcut).map(|_| ())
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

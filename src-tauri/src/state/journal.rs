//! The journal's life in the running app: made, unlocked, used, locked (on request,
//! after idle time, on sleep or screen lock, at exit), and what is captured while it
//! is locked. Time is passed in: the idle lock compares wall-clock times, which keep
//! counting while the computer sleeps (a monotonic `Instant` stops on Linux and
//! macOS, so a lid closed for an hour did not count).

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use super::LibraryState;

use crate::error::{Error, Result};
use crate::journal::archive::{Archive, MergeReport};
use crate::journal::inbox::Capture;
use crate::journal::keyfile::{KdfParams, KeyFile};
use crate::journal::notes::Note;
use crate::journal::{new_id, stamp, Journal, JournalFiles, Merged, Status};
use crate::pacer::practice::{PracticeLog, PracticeRecord, PracticeReport};

/// The journal's state with the settings that go with it, as the interface shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JournalView {
    #[serde(flatten)]
    pub status: Status,
    pub lock_after_minutes: u32,
}

impl JournalView {
    pub fn of(journal: &JournalState, library: &LibraryState) -> JournalView {
        JournalView { status: journal.status(), lock_after_minutes: library.preferences().lock_after_minutes }
    }
}

/// The word typed to confirm deleting the whole journal.
pub const DELETE_CONFIRMATION: &str = "delete";

pub struct JournalState {
    files: JournalFiles,
    /// The open journal; `None` while locked.
    open: Mutex<Option<Journal>>,
    /// When the journal was last used, for locking after idle time.
    last_used: Mutex<DateTime<Utc>>,
    /// Practice records made before any journal exists, kept for this run only.
    unsaved: PracticeLog,
    kdf: KdfParams,
}

impl JournalState {
    pub fn new(files: JournalFiles, now: DateTime<Utc>) -> JournalState {
        JournalState { files, open: Mutex::new(None), last_used: Mutex::new(now), unsaved: PracticeLog::default(), kdf: KdfParams::RECOMMENDED }
    }

    /// Uses other passphrase-stretching settings (tests: the minimum, to stay fast).
    pub fn with_kdf(mut self, kdf: KdfParams) -> JournalState {
        self.kdf = kdf;
        self
    }

    pub fn files(&self) -> &JournalFiles {
        &self.files
    }

    pub fn status(&self) -> Status {
        match self.slot().as_ref() {
            Some(_) => Status::Open,
            None => Journal::status(&self.files),
        }
    }

    pub fn create(&self, passphrase: &str, now: DateTime<Utc>) -> Result<()> {
        let mut slot = self.slot();
        let journal = Journal::create(&self.files, passphrase, self.kdf, now)?;
        self.adopt(&mut slot, journal, now)
    }

    /// Makes a new journal from a backup's document, with the backup's passphrase,
    /// and leaves it open.
    pub fn restore(&self, passphrase: &str, archive: &Archive, now: DateTime<Utc>) -> Result<MergeReport> {
        let mut slot = self.slot();
        let (journal, report) = Journal::restore(&self.files, passphrase, self.kdf, archive, now)?;
        self.adopt(&mut slot, journal, now)?;
        Ok(report)
    }

    /// A journal just made: ratings given before it existed go into it.
    fn adopt(&self, slot: &mut Option<Journal>, journal: Journal, now: DateTime<Utc>) -> Result<()> {
        for record in self.unsaved.take() {
            journal.record_practice(&record)?;
        }
        *slot = Some(journal);
        self.touch(now);
        Ok(())
    }

    pub fn unlock(&self, passphrase: &str, now: DateTime<Utc>) -> Result<Merged> {
        let mut slot = self.slot();
        if slot.is_some() {
            return Ok(Merged::default());
        }
        let (journal, merged) = Journal::unlock(&self.files, passphrase, now)?;
        *slot = Some(journal);
        self.touch(now);
        Ok(merged)
    }

    /// Closes the journal and wipes its keys; says whether it was open. Locking a
    /// locked journal is fine.
    pub fn lock(&self) -> Result<bool> {
        match self.slot().take() {
            Some(journal) => journal.lock().map(|()| true),
            None => Ok(false),
        }
    }

    /// Whether the journal has gone unused for `limit` at `now`. A clock set back
    /// (now before the last use) counts as no time passed.
    pub fn idle_for(&self, limit: TimeDelta, now: DateTime<Utc>) -> bool {
        let last = *self.last_used.lock().unwrap_or_else(|p| p.into_inner());
        self.slot().is_some() && now.signed_duration_since(last) >= limit
    }

    /// The person is using the journal (typing, reading).
    pub fn touch(&self, now: DateTime<Utc>) {
        *self.last_used.lock().unwrap_or_else(|p| p.into_inner()) = now;
    }

    /// Changes the passphrase; with `fresh_key` the database is re-encrypted under
    /// a new key too. An open journal is closed for the change and opened again.
    pub fn change_passphrase(&self, current: &str, new: &str, fresh_key: bool, now: DateTime<Utc>) -> Result<()> {
        let mut slot = self.slot();
        // Both checked before an open journal is closed, so a typo leaves it open.
        crate::journal::keyfile::check_new_passphrase(new)?;
        self.check_passphrase(current)?;
        let was_open = match slot.take() {
            Some(journal) => journal.lock().map(|()| true)?,
            None => false,
        };
        let changed = Journal::change_passphrase(&self.files, current, new, self.kdf, fresh_key);
        if was_open {
            let passphrase = if changed.is_ok() { new } else { current };
            *slot = Some(Journal::unlock(&self.files, passphrase, now)?.0);
        }
        changed
    }

    /// Checks `passphrase` against the journal without opening it.
    pub fn check_passphrase(&self, passphrase: &str) -> Result<()> {
        KeyFile::read(&self.files.key())?.open(passphrase).map(drop)
    }

    /// Deletes every file of the journal after the typed confirmation: the word
    /// "delete" in the language spoken (or in English).
    pub fn delete(&self, confirmation: &str) -> Result<()> {
        let word = crate::i18n::spoken().text("delete-word", None);
        let typed = confirmation.trim().to_lowercase();
        if typed != word.to_lowercase() && typed != DELETE_CONFIRMATION {
            return Err(Error::invalid(
                "confirmation",
                format!("To delete everything, type the word \"{DELETE_CONFIRMATION}\".", DELETE_CONFIRMATION = word),
            ));
        }
        let mut slot = self.slot();
        if let Some(journal) = slot.take() {
            // Closing first so no file is held open; its result does not matter now.
            let _ = journal.lock();
        }
        Journal::delete_everything(&self.files)
    }

    /// Moves a damaged journal aside (untouched) so a new one can be made.
    pub fn set_aside(&self, now: DateTime<Utc>) -> Result<PathBuf> {
        let _slot = self.slot();
        Journal::set_aside(&self.files, now)
    }

    /// Stores the record in the open journal, seals it into the inbox while the
    /// journal is locked, or keeps it in memory until a journal is made.
    pub fn record_practice(&self, report: PracticeReport, now: DateTime<Utc>) -> Result<PracticeRecord> {
        let record = PracticeLog::check(report, now)?;
        match self.slot().as_ref() {
            Some(open) => open.record_practice(&record)?,
            None if self.files.exists() => Journal::capture(&self.files, &Capture::Practice { id: new_id()?, record: record.clone() })?,
            None => self.unsaved.keep(record.clone()),
        }
        Ok(record)
    }

    /// Records not yet in any journal (made before one existed).
    pub fn unsaved_practice(&self) -> Vec<PracticeRecord> {
        self.unsaved.records()
    }

    /// A quick note: straight into the open journal, or sealed into the inbox.
    pub fn capture_note(&self, text: &str, now: DateTime<Utc>) -> Result<Option<Note>> {
        crate::journal::notes::check_text(text)?;
        match self.slot().as_ref() {
            Some(journal) => journal.add_note(text, now).map(Some),
            None if self.files.exists() => {
                let note = Note { id: new_id()?, written_at: stamp(now), text: text.to_string() };
                Journal::capture(&self.files, &Capture::Note(note)).map(|_| None)
            }
            None => Err(Error::NotFound("There is no journal yet to keep this in.".into())),
        }
    }

    /// Runs `f` on the open journal, counting it as use at `now`.
    pub fn with<T>(&self, now: DateTime<Utc>, f: impl FnOnce(&mut Journal) -> Result<T>) -> Result<T> {
        let mut slot = self.slot();
        let journal = slot.as_mut().ok_or(Error::Locked)?;
        let result = f(journal);
        drop(slot);
        self.touch(now);
        result
    }

    fn slot(&self) -> MutexGuard<'_, Option<Journal>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(dir: &std::path::Path) -> JournalState {
        JournalState::new(JournalFiles::under(dir), Utc::now()).with_kdf(KdfParams::MINIMUM)
    }

    #[test]
    fn the_journal_counts_as_idle_after_the_chosen_time_and_not_before() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = state(dir.path());
        let start = Utc::now();
        let minutes = |m: i64| TimeDelta::minutes(m);
        journal.create("idle time passphrase", start).expect("created");
        let limit = minutes(15);
        assert!(!journal.idle_for(limit, start + TimeDelta::seconds(14 * 60 + 59)), "15 minutes by default");
        journal.touch(start + minutes(10));
        assert!(!journal.idle_for(limit, start + minutes(20)), "use postpones the lock");
        assert!(journal.idle_for(limit, start + minutes(25)));
        assert!(!journal.idle_for(limit, start - minutes(60)), "a clock set back is no time passed");
        assert!(journal.lock().expect("locked"));
        assert!(matches!(journal.status(), Status::Locked { .. }));
        assert_eq!(journal.with(start, |j| j.notes()).expect_err("locked").kind(), "locked");
        assert!(!journal.idle_for(limit, start + minutes(60)), "a locked journal is left alone");
    }

    #[test]
    fn ratings_go_to_memory_then_to_the_inbox_then_straight_in() {
        let dir = tempfile::tempdir().expect("temp dir");
        let journal = state(dir.path());
        let report = || PracticeReport { tool: crate::pacer::practice::Tool::Grounding, used: Some("senses".into()), before: Some(6), after: Some(3), active_seconds: 90 };
        journal.record_practice(report(), Utc::now()).expect("kept");
        assert_eq!(journal.unsaved_practice().len(), 1);
        let now = Utc::now();
        journal.create("ratings passphrase", now).expect("created");
        assert!(journal.unsaved_practice().is_empty(), "handed to the new journal");
        journal.lock().expect("locked");
        journal.record_practice(report(), Utc::now()).expect("sealed");
        assert!(matches!(journal.status(), Status::Locked { pending: 1 }));
        journal.unlock("ratings passphrase", now).expect("unlocked");
        journal.record_practice(report(), Utc::now()).expect("stored");
        assert_eq!(journal.with(now, |j| j.practice_records()).expect("records").len(), 3);
    }
}

//! Importing from the window, in steps the person sees: choose a file, give a
//! backup its passphrase, look over the preview, confirm. Between the steps the
//! chosen file waits here; locking the journal drops it (and any passphrase).

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use serde::Serialize;
use zeroize::Zeroizing;

use super::Chosen;
use crate::error::{Error, Result};
use crate::journal::archive::{Archive, MergeReport, Problem};
use crate::safety_plan::PlanState;
use crate::state::{JournalState, LibraryState};

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
    /// The file's safety plan was taken (there was none here).
    pub plan_restored: bool,
    /// The file's contacts are kept here now (beside any already here).
    pub contacts_restored: bool,
}

enum Pending {
    Sealed { name: String, bytes: Zeroizing<Vec<u8>> },
    Ready { backup: bool, archive: Box<Archive>, passphrase: Option<Zeroizing<String>> },
}

/// A file chosen for import or restore, waiting for its passphrase or for the
/// person to confirm what the preview showed.
#[derive(Default)]
pub struct ImportFlow {
    pending: Mutex<Option<Pending>>,
}

impl ImportFlow {
    /// Reads a chosen file (a JSON export or a backup). A backup waits for its
    /// passphrase; anything else is checked and previewed at once.
    pub fn choose(&self, path: &Path, journal: &JournalState, now: DateTime<Utc>) -> Result<ImportPreview> {
        self.cancel();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        match super::read(path)? {
            Chosen::Backup(bytes) => {
                *self.slot() = Some(Pending::Sealed { name: name.clone(), bytes });
                Ok(ImportPreview {
                    name,
                    backup: true,
                    needs_passphrase: true,
                    restoring: !journal.files().exists(),
                    exported_at: None,
                    report: None,
                    problems: Vec::new(),
                    problem_count: 0,
                })
            }
            Chosen::Export(_) if !journal.files().exists() => Err(super::needs_a_journal()),
            Chosen::Export(bytes) => self.prepare(name, false, &bytes, None, journal, now),
        }
    }

    /// Opens the backup waiting for its passphrase and previews it.
    pub fn unseal(&self, passphrase: &str, journal: &JournalState, now: DateTime<Utc>) -> Result<ImportPreview> {
        let Some(Pending::Sealed { name, bytes }) = self.slot().take() else {
            return Err(Error::NotFound("Please choose the backup file again.".into()));
        };
        match super::unseal(&bytes, passphrase) {
            Ok(document) => self.prepare(name, true, &document, Some(passphrase), journal, now),
            Err(e) => {
                // Wrong passphrase: the file stays chosen for another try.
                *self.slot() = Some(Pending::Sealed { name, bytes });
                Err(e)
            }
        }
    }

    fn prepare(&self, name: String, backup: bool, document: &[u8], passphrase: Option<&str>, journal: &JournalState, now: DateTime<Utc>) -> Result<ImportPreview> {
        let checked = super::check(document)?;
        let restoring = !journal.files().exists();
        let report = match (checked.problems.is_empty(), restoring) {
            (true, false) => Some(journal.with(now, |j| super::preview(Some(j), &checked.archive))?),
            (true, true) => Some(super::preview(None, &checked.archive)?),
            (false, _) => None,
        };
        let preview = ImportPreview {
            name,
            backup,
            needs_passphrase: false,
            restoring,
            exported_at: Some(checked.archive.exported_at.clone()).filter(|t| !t.is_empty()),
            report,
            problems: checked.problems,
            problem_count: checked.problem_count,
        };
        *self.slot() = (preview.problem_count == 0).then(|| Pending::Ready {
            backup,
            archive: Box::new(checked.archive),
            passphrase: passphrase.map(|p| Zeroizing::new(p.to_string())),
        });
        Ok(preview)
    }

    /// Imports what the preview showed, in one transaction. With no journal here,
    /// restores: a journal is made with the backup's passphrase and left open, and
    /// the backup's settings are taken if nothing was set here yet.
    pub fn confirm(&self, journal: &JournalState, library: &LibraryState, plan: &PlanState, now: DateTime<Utc>) -> Result<ImportDone> {
        let Some(Pending::Ready { archive, passphrase, backup }) = self.slot().take() else {
            return Err(Error::NotFound("Please choose the file to import again.".into()));
        };
        if journal.files().exists() {
            let report = journal.with(now, |j| j.import(&archive))?;
            let plan_restored = super::restore_plan(&archive, |p| plan.take_if_none(p));
            let contacts_restored = super::restore_contacts(&archive, |c| plan.add_contacts(c));
            return Ok(ImportDone { report, settings_restored: false, plan_restored, contacts_restored });
        }
        let Some(passphrase) = passphrase.filter(|_| backup) else {
            return Err(super::needs_a_journal());
        };
        let report = journal.restore(&passphrase, &archive, now)?;
        let settings_restored = super::restore_settings(&archive, |s| library.restore_settings(s));
        let plan_restored = super::restore_plan(&archive, |p| plan.take_if_none(p));
        let contacts_restored = super::restore_contacts(&archive, |c| plan.add_contacts(c));
        Ok(ImportDone { report, settings_restored, plan_restored, contacts_restored })
    }

    /// Forgets the chosen file and any passphrase given for it.
    pub fn cancel(&self) {
        *self.slot() = None;
    }

    fn slot(&self) -> MutexGuard<'_, Option<Pending>> {
        self.pending.lock().unwrap_or_else(|p| p.into_inner())
    }
}

//! The command-line tasks (`ebb export`, `backup`, `restore`, `check`): the same
//! journal and transfer code as the window, driven from a terminal or a script.
//! Passphrases come from the terminal without echo, or from standard input; never
//! from arguments.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::{Local, Utc};
use zeroize::Zeroizing;

use super::Task;
use crate::error::Error;
use crate::journal::archive::MergeReport;
use crate::journal::export::Selection;
use crate::journal::keyfile::{KdfParams, KeyFile};
use crate::journal::{backup, Journal, JournalFiles};
use crate::settings::SettingsStore;
use crate::state::DataDirs;
use crate::transfer::{self, Chosen};

/// The identifier in `tauri.conf.json`: the app's folders are named after it.
const IDENTIFIER: &str = "app.ebb.companion";

pub mod exit {
    pub const DONE: i32 = 0;
    pub const FAILED: i32 = 1;
    pub const WRONG_PASSPHRASE: i32 = 3;
    pub const NO_JOURNAL: i32 = 4;
    pub const DAMAGED: i32 = 5;
    pub const REFUSED: i32 = 6;
    pub const IN_USE: i32 = 7;
}

/// Runs `task` and returns the process's exit code; messages go to stderr,
/// exported data (with `--out -`) to stdout.
pub fn run(task: Task, data_dir: Option<PathBuf>) -> i32 {
    let dirs = match data_dir {
        Some(root) => DataDirs::portable(root),
        None => match (dirs::config_dir(), dirs::data_dir()) {
            (Some(config), Some(data)) => DataDirs { config: config.join(IDENTIFIER), data: data.join(IDENTIFIER), webview: None },
            _ => {
                eprintln!("ebb: could not find your data folder; please give one with --data-dir");
                return exit::FAILED;
            }
        },
    };
    let mut passphrases = Passphrases::from_stdin();
    match perform(task, &dirs, &mut passphrases) {
        Ok(message) => {
            eprintln!("{message}");
            exit::DONE
        }
        Err(Failure { code, message }) => {
            eprintln!("ebb: {message}");
            code
        }
    }
}

#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        if matches!(e, Error::InUse) {
            return failure(exit::IN_USE, "Ebb is open and using the journal; close it there, or do this from the window.");
        }
        let code = match e {
            Error::WrongPassphrase | Error::BackupPassphrase => exit::WRONG_PASSPHRASE,
            Error::Damaged(_) | Error::NotEncrypted(_) => exit::DAMAGED,
            Error::Unreadable(_) | Error::Invalid { .. } => exit::REFUSED,
            _ => exit::FAILED,
        };
        Failure { code, message: e.to_string() }
    }
}

fn failure(code: i32, message: impl Into<String>) -> Failure {
    Failure { code, message: message.into() }
}

/// Where passphrases come from: the terminal (no echo) or standard input's lines.
pub struct Passphrases {
    terminal: bool,
}

impl Passphrases {
    fn from_stdin() -> Passphrases {
        Passphrases { terminal: std::io::stdin().is_terminal() }
    }

    fn next(&mut self, prompt: &str) -> std::result::Result<Zeroizing<String>, Failure> {
        if self.terminal {
            return rpassword::prompt_password(prompt)
                .map(Zeroizing::new)
                .map_err(|e| failure(exit::FAILED, format!("could not read the passphrase from the terminal ({e})")));
        }
        let mut line = Zeroizing::new(String::new());
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) => Err(failure(exit::FAILED, "no passphrase on standard input (one per line)")),
            Ok(_) => {
                let text = line.strip_suffix('\n').unwrap_or(&line);
                Ok(Zeroizing::new(text.strip_suffix('\r').unwrap_or(text).to_string()))
            }
            Err(e) => Err(failure(exit::FAILED, format!("could not read standard input ({e})"))),
        }
    }
}

/// Opens the journal with a passphrase from the person, runs `f`, and locks it again.
fn with_journal<T>(
    files: &JournalFiles,
    passphrases: &mut Passphrases,
    f: impl FnOnce(&mut Journal) -> std::result::Result<T, Failure>,
) -> std::result::Result<T, Failure> {
    let passphrase = passphrases.next("Journal passphrase: ")?;
    let (mut journal, _) = Journal::unlock(files, &passphrase, Utc::now())?;
    let result = f(&mut journal);
    journal.lock()?;
    result
}

fn perform(task: Task, dirs: &DataDirs, passphrases: &mut Passphrases) -> std::result::Result<String, Failure> {
    let files = JournalFiles::under(&dirs.data);
    let now = Utc::now();
    if !files.exists() && !matches!(task, Task::Restore { .. }) {
        return Err(failure(exit::NO_JOURNAL, format!("there is no journal in {}", dirs.data.display())));
    }
    match task {
        Task::Export { format, out, from, to } => {
            let selection = Selection { from, to, ids: Vec::new() };
            let own = if matches!(format, crate::journal::export::Format::Json) { crate::safety_plan::state_for(&dirs.data).own_help() } else { Default::default() };
            let output = with_journal(&files, passphrases, |j| Ok(transfer::export(j, format, selection, own, now, Local::now().date_naive())?))?;
            write_out(&out, &output.bytes)?;
            Ok(format!("Exported {} to {} (not encrypted).", plural(output.sessions, "session"), shown(&out)))
        }
        Task::Backup { out } => {
            let passphrase = passphrases.next("Journal passphrase: ")?;
            let (journal, _) = Journal::unlock(&files, &passphrase, now)?;
            let (settings, _) = SettingsStore::open(&dirs.config, now);
            let help = crate::safety_plan::state_for(&dirs.data);
            crate::state::move_contacts(&settings, &help);
            let output = transfer::backup(&journal, &settings.get(), help.own_help(), &passphrase, backup::WORK_FACTOR, now);
            journal.lock()?;
            let output = output?;
            write_out(&out, &output.bytes)?;
            Ok(format!(
                "Backed up {} to {}, encrypted with the journal's passphrase.",
                plural(output.sessions, "session"),
                shown(&out)
            ))
        }
        Task::Restore { file } => restore(&file, dirs, &files, passphrases),
        Task::Check => check(&files, passphrases),
    }
}

/// Reads only: every file is left byte for byte as it was.
fn check(files: &JournalFiles, passphrases: &mut Passphrases) -> std::result::Result<String, Failure> {
    let key = KeyFile::read(&files.key())?;
    let header = std::fs::read(files.db())
        .map(|bytes| bytes.iter().take(16).copied().collect::<Vec<u8>>())
        .map_err(|e| failure(exit::DAMAGED, format!("the journal's database cannot be read ({e})")))?;
    if header.starts_with(b"SQLite format 3\0") {
        return Err(failure(exit::DAMAGED, "the journal's database is NOT encrypted"));
    }
    let wal = std::fs::metadata(format!("{}-wal", files.db().display())).map(|m| m.len()).unwrap_or(0);
    if wal > 0 {
        return Err(failure(
            exit::IN_USE,
            "the journal is open in Ebb, or Ebb was not closed the last time. Close it (or open and close it once), then check again. Nothing was changed.",
        ));
    }
    let passphrase = passphrases.next("Journal passphrase: ")?;
    let found = Journal::inspect(files, &passphrase)?;
    if !found.problems.is_empty() {
        return Err(failure(exit::DAMAGED, format!("the journal has problems:\n  {}", found.problems.join("\n  "))));
    }
    let mut report = vec![
        format!("Key file: fine (Argon2id, {} MiB, {} passes).", key.params().memory_kib / 1024, key.params().passes),
        "Database: encrypted (SQLCipher), every page checks out, search index intact.".to_string(),
        format!("Sessions: {}.", found.sessions),
    ];
    if found.waiting > 0 {
        report.push(format!("{} waiting in the inbox; added the next time the journal is unlocked.", plural(found.waiting, "capture")));
    }
    report.push("Nothing was changed.".to_string());
    Ok(report.join("\n"))
}

fn restore(file: &Path, dirs: &DataDirs, files: &JournalFiles, passphrases: &mut Passphrases) -> std::result::Result<String, Failure> {
    let now = Utc::now();
    let (document, backup_passphrase) = match transfer::read(file)? {
        Chosen::Backup(bytes) => {
            let passphrase = passphrases.next("Backup passphrase: ")?;
            (transfer::unseal(&bytes, &passphrase)?, Some(passphrase))
        }
        Chosen::Export(bytes) => (bytes, None),
    };
    let checked = transfer::check(&document)?;
    if checked.problem_count > 0 {
        let listed: Vec<String> =
            checked.problems.iter().map(|p| format!("{} #{}{}: {}", p.section, p.number, p.id.as_ref().map(|i| format!(" ({i})")).unwrap_or_default(), p.reason)).collect();
        return Err(failure(
            exit::REFUSED,
            format!("{} could not be read, so nothing was restored:\n  {}", plural(checked.problem_count, "record"), listed.join("\n  ")),
        ));
    }
    if !files.exists() {
        let Some(passphrase) = backup_passphrase else {
            return Err(transfer::needs_a_journal().into());
        };
        let (journal, report) = Journal::restore(files, &passphrase, KdfParams::RECOMMENDED, &checked.archive, now)?;
        journal.lock()?;
        let (settings, _) = SettingsStore::open(&dirs.config, now);
        let settings_note = if transfer::restore_settings(&checked.archive, |s| settings.restore(s)) { " Settings restored too." } else { "" };
        let plan = crate::safety_plan::state_for(&dirs.data);
        crate::state::move_contacts(&settings, &plan);
        let plan_note = if transfer::restore_plan(&checked.archive, |p| plan.take_if_none(p)) { " Your safety plan came back too." } else { "" };
        let contacts_note = if transfer::restore_contacts(&checked.archive, |c| plan.add_contacts(c)) { " Your contacts came back too." } else { "" };
        return Ok(format!(
            "Restored a new journal with {}; it opens with the backup's passphrase.{settings_note}{plan_note}{contacts_note}",
            counts(&report)
        ));
    }
    let journal = match backup_passphrase.as_ref().map(|p| Journal::unlock(files, p, now)) {
        Some(Ok((journal, _))) => journal,
        Some(Err(e)) if !matches!(e, Error::WrongPassphrase) => return Err(e.into()),
        _ => {
            let passphrase = passphrases.next("Journal passphrase: ")?;
            Journal::unlock(files, &passphrase, now)?.0
        }
    };
    let mut journal = journal;
    let report = journal.import(&checked.archive);
    journal.lock()?;
    let report = report?;
    Ok(if report.changes() == 0 {
        "Everything in this file is already in the journal; nothing was added.".to_string()
    } else {
        format!("Imported: {}.", counts(&report))
    })
}

fn counts(r: &MergeReport) -> String {
    let mut parts = vec![plural(r.sessions.added, "session")];
    if r.sessions.updated > 0 {
        parts.push(format!("{} updated", plural(r.sessions.updated, "session")));
    }
    parts.push(plural(r.practice.added, "practice rating"));
    parts.push(plural(r.notes.added, "note"));
    parts.join(", ")
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn shown(out: &Path) -> String {
    if out.as_os_str() == "-" { "standard output".into() } else { out.display().to_string() }
}

fn write_out(out: &Path, bytes: &[u8]) -> std::result::Result<(), Failure> {
    if out.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        return stdout.write_all(bytes).and_then(|_| stdout.flush()).map_err(|e| failure(exit::FAILED, format!("could not write to standard output ({e})")));
    }
    crate::private_file::write_atomically(out, bytes).map_err(|e| failure(exit::FAILED, format!("could not write {} ({e})", out.display())))
}

#[cfg(test)]
mod tests {
    /// The command line finds the app's folders by the identifier written above;
    /// the window finds them through Tauri's configuration. They must agree, and
    /// the installers must carry the crate's version.
    #[test]
    fn identifier_and_version_match_the_tauri_configuration() {
        let config: serde_json::Value = serde_json::from_str(include_str!("../../tauri.conf.json")).expect("valid JSON");
        assert_eq!(config["identifier"], super::IDENTIFIER);
        assert_eq!(config["version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(config["mainBinaryName"], "ebb", "the desktop entry runs `ebb`");
    }
}

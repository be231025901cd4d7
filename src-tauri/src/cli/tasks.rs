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

use super::{say, words, WORDS};

/// A message the code wrote in English (an error, a problem with a record), in the
/// command line's language.
fn said(english: &str) -> String {
    crate::i18n::errors::translate(english, words())
}

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
                eprintln!("ebb: {}", say("cli-no-data-folder", &[]));
                return exit::FAILED;
            }
        },
    };
    // The language chosen in Settings, read without touching the file (a damaged one
    // is the window's to set aside, not a command's).
    let chosen = std::fs::read(dirs.config.join(crate::settings::FILE_NAME))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .and_then(|v| v.get("language").and_then(|l| l.as_str()).map(str::to_string));
    let language = crate::i18n::negotiate(chosen.as_deref(), &crate::i18n::system_languages());
    let _ = WORDS.set(crate::i18n::catalog(language.tag));
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
            return failure(exit::IN_USE, say("cli-in-use", &[]));
        }
        let code = match e {
            Error::WrongPassphrase | Error::BackupPassphrase => exit::WRONG_PASSPHRASE,
            Error::Damaged(_) | Error::NotEncrypted(_) => exit::DAMAGED,
            Error::Unreadable(_) | Error::Invalid { .. } => exit::REFUSED,
            _ => exit::FAILED,
        };
        Failure { code, message: said(&e.to_string()) }
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
                .map_err(|e| failure(exit::FAILED, say("cli-terminal-unreadable", &[("reason", e.to_string().into())])));
        }
        let mut line = Zeroizing::new(String::new());
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) => Err(failure(exit::FAILED, "no passphrase on standard input (one per line)")),
            Ok(_) => {
                let text = line.strip_suffix('\n').unwrap_or(&line);
                Ok(Zeroizing::new(text.strip_suffix('\r').unwrap_or(text).to_string()))
            }
            Err(e) => Err(failure(exit::FAILED, say("cli-stdin-unreadable", &[("reason", e.to_string().into())]))),
        }
    }
}

/// Opens the journal with a passphrase from the person, runs `f`, and locks it again.
fn with_journal<T>(
    files: &JournalFiles,
    passphrases: &mut Passphrases,
    f: impl FnOnce(&mut Journal) -> std::result::Result<T, Failure>,
) -> std::result::Result<T, Failure> {
    let passphrase = passphrases.next(&say("cli-journal-passphrase", &[]))?;
    let (mut journal, _) = Journal::unlock(files, &passphrase, Utc::now())?;
    let result = f(&mut journal);
    journal.lock()?;
    result
}

fn perform(task: Task, dirs: &DataDirs, passphrases: &mut Passphrases) -> std::result::Result<String, Failure> {
    let files = JournalFiles::under(&dirs.data);
    let now = Utc::now();
    if !files.exists() && !matches!(task, Task::Restore { .. }) {
        return Err(failure(exit::NO_JOURNAL, say("cli-no-journal", &[("folder", dirs.data.display().to_string().into())])));
    }
    match task {
        Task::Export { format, out, from, to } => {
            let selection = Selection { from, to, ids: Vec::new() };
            let own = if matches!(format, crate::journal::export::Format::Json) { crate::safety_plan::state_for(&dirs.data).own_help() } else { Default::default() };
            let output = with_journal(&files, passphrases, |j| Ok(transfer::export(j, format, selection, own, words(), now, Local::now().date_naive())?))?;
            write_out(&out, &output.bytes)?;
            Ok(say("cli-exported", &[("sessions", output.sessions.into()), ("file", shown(&out).into())]))
        }
        Task::Backup { out } => {
            let passphrase = passphrases.next(&say("cli-journal-passphrase", &[]))?;
            let (journal, _) = Journal::unlock(&files, &passphrase, now)?;
            let (settings, _) = SettingsStore::open(&dirs.config, now);
            let help = crate::safety_plan::state_for(&dirs.data);
            crate::state::move_contacts(&settings, &help);
            let output = transfer::backup(&journal, &settings.get(), help.own_help(), &passphrase, backup::WORK_FACTOR, now);
            journal.lock()?;
            let output = output?;
            write_out(&out, &output.bytes)?;
            Ok(say("cli-backed-up", &[("sessions", output.sessions.into()), ("file", shown(&out).into())]))
        }
        Task::Restore { file } => restore(&file, dirs, &files, passphrases),
        Task::Summary { out, from, to, paper } => {
            let today = Local::now().date_naive();
            let day = |d: Option<String>| d.and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
            let to = day(to).unwrap_or(today);
            let from = day(from).unwrap_or_else(|| to.checked_sub_months(chrono::Months::new(1)).unwrap_or(to));
            let (settings, _) = SettingsStore::open(&dirs.config, now);
            let (library, _) = crate::content::Library::embedded_in(words().tag());
            let names = crate::state::tool_names(&library, &settings.get());
            let page = with_journal(&files, passphrases, |j| {
                let prepared = crate::summary::prepare(j.connection(), from, to, &names, words())?;
                let choice = crate::summary::Choice { paper, ..crate::summary::Choice::everything(&prepared) };
                Ok(crate::summary::page(&prepared, &choice, &Default::default(), words(), today))
            })?;
            let pdf = crate::summary::pdf::write(&page)?;
            write_out(&out, &pdf.bytes)?;
            Ok(say("cli-summary-written", &[("pages", pdf.pages.into()), ("file", shown(&out).into())]))
        }
        Task::Check => check(&files, passphrases),
    }
}

/// Reads only: every file is left byte for byte as it was.
fn check(files: &JournalFiles, passphrases: &mut Passphrases) -> std::result::Result<String, Failure> {
    let key = KeyFile::read(&files.key())?;
    let header = std::fs::read(files.db())
        .map(|bytes| bytes.iter().take(16).copied().collect::<Vec<u8>>())
        .map_err(|e| failure(exit::DAMAGED, say("cli-database-unreadable", &[("reason", e.to_string().into())])))?;
    if header.starts_with(b"SQLite format 3\0") {
        return Err(failure(exit::DAMAGED, say("cli-not-encrypted", &[])));
    }
    let wal = std::fs::metadata(format!("{}-wal", files.db().display())).map(|m| m.len()).unwrap_or(0);
    if wal > 0 {
        return Err(failure(exit::IN_USE, say("cli-open-elsewhere", &[])));
    }
    let passphrase = passphrases.next(&say("cli-journal-passphrase", &[]))?;
    let found = Journal::inspect(files, &passphrase)?;
    if !found.problems.is_empty() {
        return Err(failure(exit::DAMAGED, say("cli-problems", &[("problems", lines(&found.problems).into())])));
    }
    let mut report = vec![
        say("cli-key-fine", &[("mib", (key.params().memory_kib / 1024).into()), ("passes", key.params().passes.into())]),
        say("cli-database-fine", &[]),
        say("cli-sessions", &[("count", found.sessions.into())]),
    ];
    if found.waiting > 0 {
        report.push(say("cli-waiting", &[("count", found.waiting.into())]));
    }
    report.push(say("cli-nothing-changed", &[]));
    Ok(report.join("\n"))
}

fn restore(file: &Path, dirs: &DataDirs, files: &JournalFiles, passphrases: &mut Passphrases) -> std::result::Result<String, Failure> {
    let now = Utc::now();
    let (document, backup_passphrase) = match transfer::read(file)? {
        Chosen::Backup(bytes) => {
            let passphrase = passphrases.next(&say("cli-backup-passphrase", &[]))?;
            (transfer::unseal(&bytes, &passphrase)?, Some(passphrase))
        }
        Chosen::Export(bytes) => (bytes, None),
    };
    let checked = transfer::check(&document)?;
    if checked.problem_count > 0 {
        let listed: Vec<String> =
            checked.problems.iter().map(|p| format!("{} #{}{}: {}", p.section, p.number, p.id.as_ref().map(|i| format!(" ({i})")).unwrap_or_default(), said(&p.reason))).collect();
        return Err(failure(
            exit::REFUSED,
            say("cli-records-refused", &[("count", checked.problem_count.into()), ("list", lines(&listed).into())]),
        ));
    }
    if !files.exists() {
        let Some(passphrase) = backup_passphrase else {
            return Err(transfer::needs_a_journal().into());
        };
        let (journal, report) = Journal::restore(files, &passphrase, KdfParams::RECOMMENDED, &checked.archive, now)?;
        journal.lock()?;
        let (settings, _) = SettingsStore::open(&dirs.config, now);
        let mut said = vec![say("cli-restored", &[("counts", counts(&report).into())])];
        if transfer::restore_settings(&checked.archive, |s| settings.restore(s)) {
            said.push(say("cli-restored-settings", &[]));
        }
        let plan = crate::safety_plan::state_for(&dirs.data);
        crate::state::move_contacts(&settings, &plan);
        if transfer::restore_plan(&checked.archive, |p| plan.take_if_none(p)) {
            said.push(say("cli-restored-plan", &[]));
        }
        if transfer::restore_contacts(&checked.archive, |c| plan.add_contacts(c)) {
            said.push(say("cli-restored-contacts", &[]));
        }
        return Ok(said.join(" "));
    }
    let journal = match backup_passphrase.as_ref().map(|p| Journal::unlock(files, p, now)) {
        Some(Ok((journal, _))) => journal,
        Some(Err(e)) if !matches!(e, Error::WrongPassphrase) => return Err(e.into()),
        _ => {
            let passphrase = passphrases.next(&say("cli-journal-passphrase", &[]))?;
            Journal::unlock(files, &passphrase, now)?.0
        }
    };
    let mut journal = journal;
    let report = journal.import(&checked.archive);
    journal.lock()?;
    let report = report?;
    Ok(if report.changes() == 0 {
        say("cli-nothing-added", &[])
    } else {
        say("cli-imported", &[("counts", counts(&report).into())])
    })
}

fn counts(r: &MergeReport) -> String {
    let mut parts = vec![say("cli-count-sessions", &[("count", r.sessions.added.into())])];
    if r.sessions.updated > 0 {
        parts.push(say("cli-count-updated", &[("count", r.sessions.updated.into())]));
    }
    parts.push(say("cli-count-ratings", &[("count", r.practice.added.into())]));
    parts.push(say("cli-count-notes", &[("count", r.notes.added.into())]));
    parts.join(", ")
}

/// Each of `items` on a line of its own, indented, after the line that names them.
fn lines(items: &[String]) -> String {
    items.iter().map(|i| format!("\n  {i}")).collect()
}

fn shown(out: &Path) -> String {
    if out.as_os_str() == "-" { say("cli-standard-output", &[]) } else { out.display().to_string() }
}

fn write_out(out: &Path, bytes: &[u8]) -> std::result::Result<(), Failure> {
    if out.as_os_str() == "-" {
        let mut stdout = std::io::stdout().lock();
        return stdout.write_all(bytes).and_then(|_| stdout.flush()).map_err(|e| failure(exit::FAILED, say("cli-write-stdout", &[("reason", e.to_string().into())])));
    }
    crate::private_file::write_atomically(out, bytes).map_err(|e| failure(exit::FAILED, say("cli-write-file", &[("file", out.display().to_string().into()), ("reason", e.to_string().into())])))
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

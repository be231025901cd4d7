//! The command line: `ebb [--breathe] [--data-dir DIR]` opens the window; `ebb export`,
//! `backup`, `restore` and `check` work on the journal without one; plus `--help` and
//! `--version`. Parsing is plain Rust so it can be tested without a window; the
//! tasks themselves are in `tasks.rs`.

mod tasks;

pub use tasks::{exit, run};

use std::ffi::OsString;
use std::path::{Path, PathBuf};

pub use crate::journal::export::Format;

/// The help text, in the language of the system (the command line has no window to
/// choose one in; a language chosen in Settings applies to the commands' messages).
pub fn usage() -> String {
    say("cli-usage", &[])
}

/// The command line's words, in the language chosen in Settings (once a task knows
/// its data folder) or the system's. Tests always read English.
pub(crate) static WORDS: std::sync::OnceLock<&'static crate::i18n::Catalog> = std::sync::OnceLock::new();

/// The command line's catalogue (chosen now, if no task chose it yet).
pub(crate) fn words() -> &'static crate::i18n::Catalog {
    WORDS.get_or_init(|| {
        let language = if cfg!(test) { &crate::i18n::LANGUAGES[0] } else { crate::i18n::negotiate(None, &crate::i18n::system_languages()) };
        crate::i18n::catalog(language.tag)
    })
}

pub(crate) fn say(id: &str, args: &[(&str, fluent_bundle::FluentValue)]) -> String {
    words().with(id, args)
}

/// A job done from the command line, without a window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Task {
    Export { format: Format, out: PathBuf, from: Option<String>, to: Option<String> },
    Backup { out: PathBuf },
    Restore { file: PathBuf },
    Check,
    Summary { out: PathBuf, from: Option<String>, to: Option<String>, paper: crate::summary::Paper },
}


#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Launch {
    /// Where every file goes; `None` means the platform's usual folders.
    pub data_dir: Option<PathBuf>,
    /// Start breathing as soon as the window is ready.
    pub breathe: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Invocation {
    Open(Launch),
    Help,
    Version,
    Task { task: Task, data_dir: Option<PathBuf> },
}

#[derive(Debug, PartialEq, Eq)]
pub struct Parsed {
    pub invocation: Invocation,
    /// Arguments we did not recognise. They are reported, not fatal: a desktop
    /// launcher or a test driver may add its own.
    pub ignored: Vec<String>,
}

/// Parses the arguments after the program name. `env_data_dir` is `EBB_DATA_DIR`;
/// `cwd` turns a relative data folder into an absolute one.
pub fn parse(args: impl IntoIterator<Item = OsString>, env_data_dir: Option<OsString>, cwd: &Path) -> Result<Parsed, String> {
    let args: Vec<OsString> = args.into_iter().collect();
    if let Some(name) = args.first().and_then(|a| a.to_str()).filter(|a| ["export", "backup", "restore", "check", "summary"].contains(a)) {
        if args.iter().any(|a| a == "-h" || a == "--help") {
            return Ok(Parsed { invocation: Invocation::Help, ignored: Vec::new() });
        }
        let env = env_data_dir.filter(|d| !d.is_empty()).map(PathBuf::from);
        return parse_task(name, &args[1..], env, cwd).map(|invocation| Parsed { invocation, ignored: Vec::new() });
    }
    let mut launch = Launch { data_dir: env_data_dir.filter(|d| !d.is_empty()).map(PathBuf::from), breathe: false };
    let mut ignored = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        match text.as_ref() {
            "-h" | "--help" => return Ok(Parsed { invocation: Invocation::Help, ignored }),
            "-V" | "--version" => return Ok(Parsed { invocation: Invocation::Version, ignored }),
            "--breathe" => launch.breathe = true,
            "--data-dir" => {
                let dir = args.next().filter(|d| !d.is_empty()).ok_or_else(|| say("cli-data-dir-needs-folder", &[]))?;
                launch.data_dir = Some(PathBuf::from(dir));
            }
            other if other.starts_with("--data-dir=") => {
                let dir = &other["--data-dir=".len()..];
                if dir.is_empty() {
                    return Err(say("cli-data-dir-needs-folder", &[]));
                }
                launch.data_dir = Some(PathBuf::from(dir));
            }
            other => ignored.push(other.to_string()),
        }
    }
    launch.data_dir = launch.data_dir.map(|d| if d.is_absolute() { d } else { cwd.join(d) });
    Ok(Parsed { invocation: Invocation::Open(launch), ignored })
}

/// A task's arguments are strict: a script with a typo should stop, not guess.
fn parse_task(name: &str, args: &[OsString], env_data_dir: Option<PathBuf>, cwd: &Path) -> Result<Invocation, String> {
    let absolute = |p: PathBuf| if p.is_absolute() || p.as_os_str() == "-" { p } else { cwd.join(p) };
    let mut data_dir = env_data_dir;
    let (mut format, mut out, mut from, mut to, mut file, mut paper) = (None, None, None, None, None, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_string_lossy();
        let (flag, inline) = match text.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(OsString::from(value))),
            _ => (text.to_string(), None),
        };
        let mut value = |what: &str| -> Result<OsString, String> {
            inline.clone().or_else(|| rest.next().cloned()).filter(|v| !v.is_empty()).ok_or_else(|| say("cli-flag-needs", &[("flag", flag.clone().into()), ("what", say(what, &[]).into())]))
        };
        match flag.as_str() {
            "--data-dir" => data_dir = Some(PathBuf::from(value("cli-what-folder")?)),
            "--out" if matches!(name, "export" | "backup" | "summary") => out = Some(PathBuf::from(value("cli-what-file")?)),
            "--format" if name == "export" => {
                format = Some(match value("cli-what-format")?.to_string_lossy().as_ref() {
                    "json" => Format::Json,
                    "md" | "markdown" => Format::Markdown,
                    "csv" => Format::Csv,
                    other => return Err(say("cli-format-not", &[("value", format!("{other:?}").into())])),
                })
            }
            "--paper" if name == "summary" => {
                paper = Some(match value("cli-what-paper")?.to_string_lossy().to_ascii_lowercase().as_str() {
                    "a4" => crate::summary::Paper::A4,
                    "letter" => crate::summary::Paper::Letter,
                    other => return Err(say("cli-paper-not", &[("value", format!("{other:?}").into())])),
                })
            }
            "--from" | "--to" if matches!(name, "export" | "summary") => {
                let day = value("cli-what-date")?.to_string_lossy().into_owned();
                chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d").map_err(|_| say("cli-date-not", &[("flag", flag.clone().into()), ("value", format!("{day:?}").into())]))?;
                if flag == "--from" { from = Some(day) } else { to = Some(day) }
            }
            other if name == "restore" && file.is_none() && !other.starts_with("--") => file = Some(PathBuf::from(arg)),
            other => return Err(say("cli-does-not-take", &[("command", name.to_string().into()), ("value", format!("{other:?}").into())])),
        }
    }
    let task = match name {
        "export" => Task::Export {
            format: format.ok_or_else(|| say("cli-export-needs-format", &[]))?,
            out: absolute(out.ok_or_else(|| say("cli-export-needs-out", &[]))?),
            from,
            to,
        },
        "backup" => Task::Backup { out: absolute(out.ok_or_else(|| say("cli-backup-needs-out", &[]))?) },
        "restore" => Task::Restore { file: absolute(file.ok_or_else(|| say("cli-restore-needs-file", &[]))?) },
        "summary" => {
            if let (Some(first), Some(last)) = (&from, &to) {
                if first > last {
                    return Err(say("cli-from-after-to", &[("from", first.clone().into()), ("to", last.clone().into())]));
                }
            }
            Task::Summary {
                out: absolute(out.ok_or_else(|| say("cli-summary-needs-out", &[]))?),
                from,
                to,
                paper: paper.unwrap_or_else(|| crate::summary::Paper::usual(&crate::i18n::system_languages())),
            }
        }
        _ => Task::Check,
    };
    Ok(Invocation::Task { task, data_dir: data_dir.map(absolute) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str], env: Option<&str>) -> Result<Parsed, String> {
        parse(args.iter().map(OsString::from), env.map(OsString::from), Path::new("/home/sam"))
    }

    fn launch(args: &[&str], env: Option<&str>) -> Launch {
        match run(args, env).expect("valid").invocation {
            Invocation::Open(l) => l,
            other => panic!("expected to open, got {other:?}"),
        }
    }

    #[test]
    fn no_arguments_opens_with_the_usual_folders() {
        assert_eq!(launch(&[], None), Launch::default());
    }

    #[test]
    fn breathe_and_data_dir_in_any_order_and_form() {
        let expected = Launch { data_dir: Some("/tmp/ebb".into()), breathe: true };
        assert_eq!(launch(&["--breathe", "--data-dir", "/tmp/ebb"], None), expected);
        assert_eq!(launch(&["--data-dir=/tmp/ebb", "--breathe"], None), expected);
    }

    #[test]
    fn a_relative_data_dir_is_made_absolute_and_the_option_beats_the_variable() {
        assert_eq!(launch(&["--data-dir", "portable"], Some("/env")).data_dir, Some("/home/sam/portable".into()));
        assert_eq!(launch(&[], Some("/env")).data_dir, Some("/env".into()));
        assert_eq!(launch(&[], Some("")).data_dir, None, "an empty variable is as good as none");
    }

    #[test]
    fn help_version_and_mistakes() {
        assert_eq!(run(&["--breathe", "--help"], None).expect("ok").invocation, Invocation::Help);
        assert_eq!(run(&["-V"], None).expect("ok").invocation, Invocation::Version);
        assert!(run(&["--data-dir"], None).expect_err("needs a value").contains("needs a folder"));
        assert!(run(&["--data-dir="], None).is_err());
        let parsed = run(&["--automation", "--breathe"], None).expect("unknown flags are not fatal");
        assert_eq!(parsed.ignored, ["--automation"]);
        assert!(matches!(parsed.invocation, Invocation::Open(Launch { breathe: true, .. })));
    }

    fn task(args: &[&str]) -> (Task, Option<PathBuf>) {
        match run(args, None).expect("valid").invocation {
            Invocation::Task { task, data_dir } => (task, data_dir),
            other => panic!("expected a task, got {other:?}"),
        }
    }

    #[test]
    fn tasks_take_their_own_options_and_make_paths_absolute() {
        let (t, dir) = task(&["export", "--format", "md", "--out=notes.md", "--from", "2026-01-01", "--data-dir", "d"]);
        assert_eq!(t, Task::Export { format: Format::Markdown, out: "/home/sam/notes.md".into(), from: Some("2026-01-01".into()), to: None });
        assert_eq!(dir, Some("/home/sam/d".into()));
        assert_eq!(task(&["export", "--format", "json", "--out", "-"]).0, Task::Export { format: Format::Json, out: "-".into(), from: None, to: None });
        assert_eq!(task(&["backup", "--out", "/b.age"]).0, Task::Backup { out: "/b.age".into() });
        assert_eq!(task(&["restore", "b.age"]).0, Task::Restore { file: "/home/sam/b.age".into() });
        assert_eq!(task(&["check"]), (Task::Check, None));
        assert_eq!(run(&["backup", "--help"], None).expect("ok").invocation, Invocation::Help);
    }

    #[test]
    fn task_mistakes_are_refused_with_what_was_expected() {
        assert!(run(&["export", "--out", "x"], None).expect_err("format").contains("--format"));
        assert!(run(&["export", "--format", "pdf", "--out", "x"], None).expect_err("pdf").contains("json, md or csv"));
        assert!(run(&["export", "--format", "md", "--out", "x", "--from", "May"], None).expect_err("date").contains("YYYY-MM-DD"));
        assert!(run(&["backup"], None).expect_err("out").contains("--out"));
        assert!(run(&["restore"], None).expect_err("file").contains("FILE"));
        assert!(run(&["check", "--passphrase", "hunter2"], None).expect_err("no passphrase option").contains("does not take"));
        assert!(run(&["restore", "a", "b"], None).is_err());
    }
}

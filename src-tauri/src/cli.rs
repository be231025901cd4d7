//! The command line: `ebb [--breathe] [--data-dir DIR]`, plus `--help` and `--version`.
//! Parsing is plain Rust so it can be tested without a window.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

pub const USAGE: &str = "\
Ebb: a small, private companion for the hard moments around therapy.

Usage: ebb [OPTIONS]

Options:
  --breathe          Start breathing with the pacer at once. If Ebb is already
                     open, its window comes forward and starts breathing.
  --data-dir DIR     Keep every file Ebb writes under DIR (for portable use or
                     testing). The EBB_DATA_DIR environment variable does the same;
                     the option wins when both are given.
  -h, --help         Show this help.
  -V, --version      Show Ebb's version.

Without --data-dir, Ebb uses your system's usual folders for app settings and data.
";

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
                let dir = args.next().filter(|d| !d.is_empty()).ok_or("--data-dir needs a folder, e.g. --data-dir ~/ebb-data")?;
                launch.data_dir = Some(PathBuf::from(dir));
            }
            other if other.starts_with("--data-dir=") => {
                let dir = &other["--data-dir=".len()..];
                if dir.is_empty() {
                    return Err("--data-dir needs a folder, e.g. --data-dir ~/ebb-data".into());
                }
                launch.data_dir = Some(PathBuf::from(dir));
            }
            other => ignored.push(other.to_string()),
        }
    }
    launch.data_dir = launch.data_dir.map(|d| if d.is_absolute() { d } else { cwd.join(d) });
    Ok(Parsed { invocation: Invocation::Open(launch), ignored })
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
}

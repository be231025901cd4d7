//! The command-line tasks, run as the real `ebb` binary with no display: exit
//! codes, passphrases on standard input, files written and refused.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use chrono::Utc;
use ebb::journal::keyfile::KdfParams;
use ebb::journal::sessions::SessionEntry;
use ebb::journal::{Journal, JournalFiles};

const PASS: &str = "a calm harbour";

fn ebb(args: &[&str], data_dir: &Path, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ebb"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        // No display at all: a window could not open even if the binary tried.
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("EBB_DATA_DIR")
        // Its words in English, whatever this machine's language.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ebb runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("ebb finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn journal_with_sessions(dir: &Path) {
    let files = JournalFiles::under(dir);
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, Utc::now()).expect("create");
    for (i, words) in ["Talked about my sister. שלום 🌊", "=1+1 felt lighter afterwards"].iter().enumerate() {
        let entry = SessionEntry {
            held_at: format!("2026-11-{:02}T18:00", 3 + i * 7),
            therapist: "Dr. Rivera".into(),
            distress_before: Some(7),
            distress_after: Some(4),
            came_up: words.to_string(),
            bring_up: vec!["sleep".into()],
            ..SessionEntry::default()
        };
        journal.save_session(None, entry, Utc::now()).expect("save");
    }
    journal.add_note("a quick note", Utc::now()).expect("note");
    journal.lock().expect("lock");
}

/// The JSON export without the moment it was made.
fn comparable(path: &Path) -> serde_json::Value {
    let mut value: serde_json::Value = serde_json::from_slice(&std::fs::read(path).expect("read export")).expect("json");
    value["exportedAt"] = serde_json::Value::Null;
    value
}

#[test]
fn help_lists_every_task_and_the_exit_codes() {
    let out = Command::new(env!("CARGO_BIN_EXE_ebb")).arg("--help").env_remove("DISPLAY").output().expect("runs");
    assert!(out.status.success());
    let help = text(&out.stdout);
    for needle in ["ebb export --format json|md|csv --out FILE", "ebb backup --out FILE", "ebb restore FILE", "ebb check", "Exit codes", "without echo"] {
        assert!(help.contains(needle), "--help lacks {needle:?}");
    }
    let wrong = Command::new(env!("CARGO_BIN_EXE_ebb")).args(["export", "--format", "pdf"]).output().expect("runs");
    assert_eq!(wrong.status.code(), Some(2), "a command line mistake is exit code 2");
}

#[test]
fn export_in_each_format_with_the_passphrase_on_stdin() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let none = ebb(&["check"], &data, "");
    assert_eq!(none.status.code(), Some(4), "no journal: {}", text(&none.stderr));
    journal_with_sessions(&data);

    let json = tmp.path().join("out/journal.json");
    let out = ebb(&["export", "--format", "json", "--out", json.to_str().expect("utf-8")], &data, &format!("{PASS}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Exported 2 sessions") && text(&out.stderr).contains("not encrypted"));
    let value = comparable(&json);
    assert_eq!(value["format"], "ebb-journal");
    assert_eq!(value["sessions"].as_array().map(Vec::len), Some(2));
    assert_eq!(value["notes"][0]["text"], "a quick note");

    let md = ebb(&["export", "--format", "md", "--out", "-", "--from", "2026-11-05"], &data, &format!("{PASS}\r\n"));
    assert!(md.status.success(), "{}", text(&md.stderr));
    let md = text(&md.stdout);
    assert!(md.contains("## Tuesday 10 November 2026, 18:00 · Dr. Rivera") && !md.contains("3 November 2026, 18:00"), "{md}");

    let csv = tmp.path().join("journal.csv");
    assert!(ebb(&["export", "--format", "csv", "--out", csv.to_str().expect("utf-8")], &data, &format!("{PASS}\n")).status.success());
    let csv = text(&std::fs::read(&csv).expect("csv"));
    assert_eq!(csv.lines().count(), 3, "a header and one row per session");
    assert!(csv.contains("'=1+1 felt lighter"), "a formula-looking cell is defused");

    let wrong_file = tmp.path().join("never.json");
    let wrong = ebb(&["export", "--format", "json", "--out", wrong_file.to_str().expect("utf-8")], &data, "not the passphrase\n");
    assert_eq!(wrong.status.code(), Some(3), "{}", text(&wrong.stderr));
    assert!(!wrong_file.exists(), "nothing is written after a wrong passphrase");
    assert_eq!(ebb(&["export", "--format", "json", "--out", "x.json"], &data, "").status.code(), Some(1), "no passphrase given");
}

#[test]
fn backup_restores_into_an_empty_folder_and_twice_adds_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    journal_with_sessions(&data);
    let backup = tmp.path().join("journal.age");
    let out = ebb(&["backup", "--out", backup.to_str().expect("utf-8")], &data, &format!("{PASS}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sealed = std::fs::read(&backup).expect("backup");
    assert!(sealed.starts_with(b"age-encryption.org/v1\n-> scrypt "), "a standard age passphrase file");
    assert!(!sealed.windows(6).any(|w| w == b"sister"), "nothing readable inside");

    // A flipped byte and a wrong passphrase are refused; the new folder stays empty.
    let fresh = tmp.path().join("fresh");
    let mut flipped = sealed.clone();
    let at = flipped.len() - 40;
    flipped[at] ^= 0x01;
    let flipped_path = tmp.path().join("flipped.age");
    std::fs::write(&flipped_path, &flipped).expect("write");
    let out = ebb(&["restore", flipped_path.to_str().expect("utf-8")], &fresh, &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let out = ebb(&["restore", backup.to_str().expect("utf-8")], &fresh, "not it at all\n");
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(!JournalFiles::under(&fresh).exists(), "no journal was made by a refused restore");

    let out = ebb(&["restore", backup.to_str().expect("utf-8")], &fresh, &format!("{PASS}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Restored a new journal with 2 sessions"), "{}", text(&out.stderr));

    // Export both and compare: the same data.
    let (a, b) = (tmp.path().join("a.json"), tmp.path().join("b.json"));
    assert!(ebb(&["export", "--format", "json", "--out", a.to_str().expect("utf-8")], &data, &format!("{PASS}\n")).status.success());
    assert!(ebb(&["export", "--format", "json", "--out", b.to_str().expect("utf-8")], &fresh, &format!("{PASS}\n")).status.success());
    assert_eq!(comparable(&a), comparable(&b));

    let again = ebb(&["restore", backup.to_str().expect("utf-8")], &fresh, &format!("{PASS}\n"));
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(text(&again.stderr).contains("nothing was added"), "{}", text(&again.stderr));

    let check = ebb(&["check"], &fresh, &format!("{PASS}\n"));
    assert!(check.status.success(), "{}", text(&check.stderr));
    assert!(text(&check.stderr).contains("encrypted") && text(&check.stderr).contains("Sessions: 2."), "{}", text(&check.stderr));
}

#[test]
fn check_notices_a_plain_database_and_restore_lists_bad_records() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    journal_with_sessions(&data);
    let json = tmp.path().join("bad.json");
    assert!(ebb(&["export", "--format", "json", "--out", json.to_str().expect("utf-8")], &data, &format!("{PASS}\n")).status.success());
    let mut value = comparable(&json);
    value["exportedAt"] = "2026-11-22T10:00:00Z".into();
    value["sessions"][1]["distressAfter"] = 42.into();
    std::fs::write(&json, serde_json::to_vec(&value).expect("json")).expect("write");
    let out = ebb(&["restore", json.to_str().expect("utf-8")], &data, &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(6));
    assert!(text(&out.stderr).contains("sessions #2") && text(&out.stderr).contains("0 to 10"), "{}", text(&out.stderr));

    let db = JournalFiles::under(&data).db();
    let mut bytes = std::fs::read(&db).expect("db");
    bytes[..16].copy_from_slice(b"SQLite format 3\0");
    std::fs::write(&db, bytes).expect("write");
    let out = ebb(&["check"], &data, &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("NOT encrypted"));
}

/// Every file under `dir` with its bytes.
fn files_and_bytes(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(files_and_bytes(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).expect("read")));
        }
    }
    out.sort();
    out
}

/// `ebb check` used to run migrations, purge deleted sessions and merge the inbox:
/// it wrote to the journal. A check reads only.
#[test]
fn check_leaves_every_file_byte_for_byte() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    journal_with_sessions(&data);
    let files = JournalFiles::under(&data);
    // A session deleted but not yet purged, and a capture waiting in the inbox:
    // both are things a writing check would change.
    let (journal, _) = Journal::unlock(&files, PASS, Utc::now()).expect("unlock");
    let first = journal.timeline(&Default::default()).expect("list").sessions[0].id.clone();
    journal.delete_session(&first, Utc::now()).expect("soft delete");
    drop(journal);
    let note = ebb::journal::notes::Note { id: "waiting".into(), written_at: "2026-11-23T10:00:00.000Z".into(), text: "later".into() };
    Journal::capture(&files, &ebb::journal::inbox::Capture::Note(note)).expect("sealed");
    let before = files_and_bytes(&data);

    let out = ebb(&["check"], &data, &format!("{PASS}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("One note is waiting") && text(&out.stderr).contains("Nothing was changed."), "{}", text(&out.stderr));
    assert_eq!(files_and_bytes(&data), before, "the check changed, added or removed a file");
}

/// The window and the command line on the same journal: one writer at a time.
#[test]
fn a_second_writer_is_told_ebb_is_open_and_exits_with_its_own_code() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    journal_with_sessions(&data);
    let files = JournalFiles::under(&data);
    let (open, _) = Journal::unlock(&files, PASS, Utc::now()).expect("the app has it open");
    let out_file = tmp.path().join("out.json");
    let out = ebb(&["export", "--format", "json", "--out", out_file.to_str().expect("utf-8")], &data, &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Ebb is open"), "{}", text(&out.stderr));
    assert!(!out_file.exists());
    open.lock().expect("closed");
    let out = ebb(&["export", "--format", "json", "--out", out_file.to_str().expect("utf-8")], &data, &format!("{PASS}\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// A poppler tool's output (poppler-utils is among the test packages).
fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| panic!("{tool} runs (poppler-utils): {e}"));
    assert!(out.status.success(), "{tool} failed: {}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn summary_writes_a_private_pdf_that_standard_tools_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    journal_with_sessions(dir.path());
    let pdf = dir.path().join("next-session.pdf");
    let pdf_arg = pdf.to_str().expect("utf-8");
    let out = ebb(&["summary", "--from", "2026-11-01", "--to", "2026-11-24", "--paper", "letter", "--out", pdf_arg], dir.path(), &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Wrote one page for your next session"), "{}", text(&out.stderr));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&pdf).expect("pdf").permissions().mode() & 0o777, 0o600, "private to this user");
    }

    let info = poppler("pdfinfo", &[pdf_arg]);
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(info.contains("Page size:       612 x 792 pts (letter)"), "{info}");
    assert!(info.contains("Title:           For my next session, 1 November 2026 to 24 November 2026"), "{info}");
    for hidden in ["Author:", "Creator:", "Producer:", "Keywords:", "Subject:"] {
        assert!(!info.contains(hidden), "{hidden} in {info}");
    }
    assert!(info.contains("Metadata Stream: no"), "no XMP: {info}");
    assert!(info.contains("Tagged:          yes"), "tagged, for screen readers: {info}");
    // Its structure, as a screen reader meets it: headings, a list, the chart as a figure.
    let structure = poppler("pdfinfo", &["-struct", pdf_arg]);
    for part in ["H1 \"For my next session\"", "H2 \"Still to bring up\"", "LI", "LBody", "Figure", "P"] {
        assert!(structure.contains(part), "{part} in the structure:\n{structure}");
    }

    let fonts = poppler("pdffonts", &[pdf_arg]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert!(row.contains("NotoSans"), "only the shipped fonts: {row}");
        assert_eq!(&columns[columns.len() - 5..columns.len() - 2], ["yes", "yes", "yes"], "embedded, subset, with a Unicode map: {row}");
    }

    let words = poppler("pdftotext", &[pdf_arg, "-"]);
    for needle in ["For my next session", "Still to bring up", "sleep", "Distress before and after sessions", "2 sessions rated: 7 before and 4 after on average (0–10).", "Prepared on"] {
        assert!(words.contains(needle), "{needle:?} not in the PDF's text:\n{words}");
    }
    assert!(!words.contains("Talked about my sister"), "session notes are chosen in the window, never added by the command line");

    // A page to look at, beside the other test output.
    let png = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/summary-cli");
    poppler("pdftoppm", &["-png", "-r", "60", "-singlefile", pdf_arg, png.to_str().expect("utf-8")]);

    let a4 = dir.path().join("a4.pdf");
    let out = ebb(&["summary", "--paper", "a4", "--out", a4.to_str().expect("utf-8")], dir.path(), &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(poppler("pdfinfo", &[a4.to_str().expect("utf-8")]).contains("595.28 x 841.89 pts (A4)"));

    let backwards = ebb(&["summary", "--from", "2026-11-20", "--to", "2026-11-01", "--out", pdf_arg], dir.path(), "");
    assert_eq!(backwards.status.code(), Some(2), "{}", text(&backwards.stderr));
    let wrong = ebb(&["summary", "--out", a4.to_str().expect("utf-8")], dir.path(), "not the passphrase\n");
    assert_eq!(wrong.status.code(), Some(3), "a wrong passphrase is exit code 3 and writes nothing new");
}

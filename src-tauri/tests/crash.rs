//! Crash test: a child process writes to the journal (sessions, drafts, sealed
//! captures) and reports each write once it is acknowledged; the parent kills it
//! with SIGKILL at a random moment, then checks that the database passes
//! `integrity_check` and that every acknowledged write is there. 60 rounds.
//!
//! Run alone with `cargo test -p ebb --test crash`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use chrono::Utc;
use ebb::journal::inbox::Capture;
use ebb::journal::keyfile::{random_bytes, KdfParams};
use ebb::journal::notes::Note;
use ebb::journal::sessions::SessionEntry;
use ebb::journal::{new_id, Journal, JournalFiles};

const PASS: &str = "crash test passphrase";
const ROUNDS: usize = 60;
const CHILD_ENV: &str = "EBB_CRASH_CHILD_DIR";

fn main() {
    match std::env::var_os(CHILD_ENV) {
        Some(dir) => child(Path::new(&dir)),
        None => parent(),
    }
}

/// Writes until killed. Each line on stdout names a write that has returned.
fn child(dir: &Path) {
    let files = JournalFiles::under(dir);
    let (mut journal, _) = Journal::unlock(&files, PASS, Utc::now()).expect("the child unlocks");
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").and_then(|_| out.flush()).expect("stdout");
    for n in 0u64.. {
        let came_up = format!("entry {n} {} ✍️ שורה", "words ".repeat((n % 50) as usize * 40));
        let line = match n % 4 {
            0 | 1 => {
                let entry = SessionEntry { held_at: "2026-11-22T10:00".into(), came_up: came_up.clone(), tags: vec![format!("t{n}")], ..SessionEntry::default() };
                let saved = journal.save_session(None, entry, Utc::now()).expect("save");
                format!("session {} {n}", saved.id)
            }
            2 => {
                journal.save_draft(None, &serde_json::json!({ "cameUp": came_up }), Utc::now()).expect("draft");
                format!("draft {n}")
            }
            _ => {
                let id = new_id().expect("id");
                let note = Note { id: id.clone(), written_at: Utc::now().to_rfc3339(), text: format!("capture {n}") };
                Journal::capture(&files, &Capture::Note(note)).expect("capture");
                format!("capture {id} {n}")
            }
        };
        writeln!(out, "{line}").and_then(|_| out.flush()).expect("stdout");
    }
}

fn random_below(n: u64) -> u64 {
    let mut b = [0u8; 8];
    random_bytes(&mut b).expect("random");
    u64::from_le_bytes(b) % n
}

fn parent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = JournalFiles::under(dir.path());
    Journal::create(&files, PASS, KdfParams::MINIMUM, Utc::now()).expect("create").lock().expect("lock");
    let exe = std::env::current_exe().expect("own path");
    let mut sessions: Vec<(String, u64)> = Vec::new();
    let mut captures: Vec<String> = Vec::new();
    let mut last_draft: Option<u64> = None;
    for round in 1..=ROUNDS {
        let mut child = Command::new(&exe)
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn the child");
        let stdout = child.stdout.take().expect("piped");
        let (tx, rx) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let first = rx.recv_timeout(Duration::from_secs(30)).expect("the child starts");
        assert_eq!(first, "ready");
        // The random moment of the crash, somewhere within the writing.
        std::thread::sleep(Duration::from_millis(random_below(250)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        reader.join().expect("reader");
        let mut acknowledged = 0;
        for line in rx.try_iter() {
            acknowledged += 1;
            let parts: Vec<&str> = line.split(' ').collect();
            match parts[0] {
                "session" => {
                    sessions.push((parts[1].to_string(), parts[2].parse().expect("n")));
                    // Saving a session clears the new-session draft (by design).
                    last_draft = None;
                }
                "capture" => captures.push(parts[1].to_string()),
                "draft" => last_draft = Some(parts[1].parse().expect("n")),
                other => panic!("unexpected line {other}"),
            }
        }

        let (journal, _) = Journal::unlock(&files, PASS, Utc::now()).unwrap_or_else(|e| panic!("round {round}: unlock failed: {e}"));
        let conn = journal.connection();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity_check");
        assert_eq!(check, "ok", "round {round}");
        let fts: String = conn
            .query_row("INSERT INTO sessions_fts(sessions_fts) VALUES ('integrity-check') RETURNING 'ok'", [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("round {round}: search index damaged: {e}"));
        assert_eq!(fts, "ok");
        for (id, n) in &sessions {
            let session = journal.session(id).unwrap_or_else(|e| panic!("round {round}: acknowledged session {n} lost: {e}"));
            assert!(session.entry.came_up.starts_with(&format!("entry {n} ")), "round {round}: session {n} changed");
        }
        for id in &captures {
            let found: i64 = conn.query_row("SELECT count(*) FROM notes WHERE id = ?1", [id], |r| r.get(0)).expect("count");
            assert_eq!(found, 1, "round {round}: acknowledged capture {id} lost (or merged twice)");
        }
        if let Some(n) = last_draft {
            match journal.form(None).expect("form").draft {
                Some(draft) => {
                    let text = draft.body["cameUp"].as_str().unwrap_or_default().to_string();
                    let kept: u64 = text.split(' ').nth(1).and_then(|v| v.parse().ok()).expect("a draft number");
                    assert!(kept >= n, "round {round}: draft {n} was acknowledged but {kept} is stored");
                }
                None => {
                    // Only a later session save clears it: one must have landed
                    // just before the kill, unacknowledged.
                    let stored = journal.timeline(&Default::default()).expect("timeline").total.unwrap_or_default();
                    assert!(stored as usize > sessions.len(), "round {round}: acknowledged draft {n} lost");
                    last_draft = None;
                }
            }
        }
        journal.lock().expect("lock");
        println!("round {round}: {acknowledged} writes acknowledged before the kill; {} sessions, {} captures so far", sessions.len(), captures.len());
    }
    assert!(sessions.len() > ROUNDS, "the child wrote enough to make the test meaningful");
    println!("crash test: {ROUNDS} kills, {} sessions and {} captures all intact", sessions.len(), captures.len());
}

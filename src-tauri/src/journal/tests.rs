//! The journal as a whole, on real files: create, lock, unlock, captures while
//! locked, passphrase change, damage, delete everything.

use super::*;
use crate::pacer::practice::Tool;

const PASS: &str = "steady river stones";

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-22T21:00:00Z").expect("time").with_timezone(&Utc)
}

fn setup() -> (tempfile::TempDir, JournalFiles) {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = JournalFiles::under(dir.path());
    (dir, files)
}

fn entry(came_up: &str) -> SessionEntry {
    SessionEntry { held_at: "2026-11-22T17:00".into(), came_up: came_up.into(), ..SessionEntry::default() }
}

fn note(id: &str, text: &str) -> Capture {
    Capture::Note(Note { id: id.into(), written_at: "2026-11-22T22:00:00.000Z".into(), text: text.into() })
}

/// Every file under `dir` with its bytes, to prove nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).expect("list") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.push((path.clone(), fs::read(&path).expect("read")));
        }
    }
    out.sort();
    out
}

#[test]
fn a_session_survives_lock_and_unlock() {
    let (_dir, files) = setup();
    assert_eq!(Journal::status(&files), Status::Absent);
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    let saved = journal.save_session(None, entry("the first session"), now()).expect("saves");
    journal.lock().expect("locks");
    assert_eq!(Journal::status(&files), Status::Locked { pending: 0 });
    let (journal, merged) = Journal::unlock(&files, PASS, now()).expect("unlocks");
    assert_eq!(merged, Merged::default());
    assert_eq!(journal.session(&saved.id).expect("there").entry.came_up, "the first session");
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let (dir, files) = setup();
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    journal.save_session(None, entry("kept"), now()).expect("saves");
    journal.lock().expect("locks");
    let before = snapshot(dir.path());
    let err = Journal::unlock(&files, "steady river stone", now()).expect_err("refused");
    assert_eq!(err.kind(), "wrong_passphrase");
    assert!(err.to_string().contains("Nothing was changed"));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn captures_made_while_locked_are_sealed_and_merged_exactly_once() {
    let (dir, files) = setup();
    Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates").lock().expect("locks");
    let record = PracticeRecord { tool: Tool::Pacer, used: Some("long-exhale".into()), before: Some(8), after: Some(5), active_seconds: 180, ended_at: now() };
    Journal::capture(&files, &Capture::Practice { id: "p1".into(), record: record.clone() }).expect("captures");
    Journal::capture(&files, &note("n1", "locked marker 8812")).expect("captures");
    assert_eq!(Journal::status(&files), Status::Locked { pending: 2 });
    for (path, bytes) in snapshot(dir.path()) {
        assert!(!bytes.windows(18).any(|w| w == b"locked marker 8812"), "{} holds the note in the clear", path.display());
    }
    let inbox_line = fs::read(files.inbox()).expect("inbox");

    let (journal, merged) = Journal::unlock(&files, PASS, now()).expect("unlocks");
    assert_eq!(merged, Merged { captures: 2, unreadable: 0 });
    assert_eq!(journal.notes().expect("notes")[0].text, "locked marker 8812");
    assert_eq!(journal.practice_records().expect("records"), vec![("p1".to_string(), record)]);
    journal.lock().expect("locks");

    // As if the app had stopped after merging but before clearing the inbox.
    fs::write(files.inbox(), &inbox_line).expect("restore the old inbox");
    let (journal, merged) = Journal::unlock(&files, PASS, now()).expect("unlocks");
    assert_eq!(merged.captures, 0, "already merged");
    assert_eq!(journal.notes().expect("notes").len(), 1);
    assert_eq!(Journal::status(&files), Status::Locked { pending: 0 }, "the inbox was cleared");
}

#[test]
fn changing_the_passphrase_rewraps_the_key_and_leaves_the_database_alone() {
    let (_dir, files) = setup();
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    journal.save_session(None, entry("still here"), now()).expect("saves");
    journal.lock().expect("locks");
    let db_before = fs::read(files.db()).expect("db");
    assert_eq!(
        Journal::change_passphrase(&files, "not it at all", "a brand new phrase", KdfParams::MINIMUM, false).expect_err("refused").kind(),
        "wrong_passphrase"
    );
    Journal::change_passphrase(&files, PASS, "a brand new phrase", KdfParams::MINIMUM, false).expect("changes");
    assert_eq!(fs::read(files.db()).expect("db"), db_before, "the database was not rewritten");
    assert_eq!(Journal::unlock(&files, PASS, now()).expect_err("old one").kind(), "wrong_passphrase");
    let (journal, _) = Journal::unlock(&files, "a brand new phrase", now()).expect("new one opens");
    assert_eq!(journal.timeline(&TimelineQuery::default()).expect("list").total, Some(1));
}

#[test]
fn a_damaged_database_is_reported_and_left_exactly_as_it_was() {
    let (dir, files) = setup();
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    journal.save_session(None, entry("precious"), now()).expect("saves");
    journal.lock().expect("locks");
    let mut bytes = fs::read(files.db()).expect("db");
    for b in &mut bytes[100..4000] {
        *b ^= 0x5a;
    }
    fs::write(files.db(), &bytes).expect("damage it");
    let before = snapshot(dir.path());
    let err = Journal::unlock(&files, PASS, now()).expect_err("damaged");
    assert_eq!(err.kind(), "damaged", "{err}");
    assert!(err.to_string().contains("left exactly as it is"), "{err}");
    assert_eq!(snapshot(dir.path()), before);

    let aside = Journal::set_aside(&files, now()).expect("moves aside");
    assert_eq!(fs::read(aside.join("journal.db")).expect("kept"), bytes);
    assert_eq!(Journal::status(&files), Status::Absent);
}

#[test]
fn a_damaged_key_file_shows_as_damaged_without_a_passphrase() {
    let (_dir, files) = setup();
    Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates").lock().expect("locks");
    fs::write(files.key(), b"{ not json").expect("damage");
    assert!(matches!(Journal::status(&files), Status::Damaged { .. }));
    assert_eq!(Journal::unlock(&files, PASS, now()).expect_err("damaged").kind(), "damaged");
}

#[test]
fn an_unfinished_creation_is_moved_aside_not_reused() {
    let (_dir, files) = setup();
    fs::create_dir_all(files.dir()).expect("dir");
    fs::write(files.db(), b"left by a crash").expect("leftover");
    let journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    journal.lock().expect("locks");
    let aside: Vec<_> = fs::read_dir(files.dir()).expect("list").filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.contains("unkeyed")).collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
}

#[test]
fn every_file_is_private_to_the_user() {
    let (_dir, files) = setup();
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    journal.save_session(None, entry("x"), now()).expect("saves");
    Journal::capture(&files, &note("n", "y")).expect("captures");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(files.dir()), 0o700);
        for entry in fs::read_dir(files.dir()).expect("list") {
            let path = entry.expect("entry").path();
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
    drop(journal);
}

#[test]
fn deleting_everything_removes_every_file() {
    let (dir, files) = setup();
    let journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    Journal::capture(&files, &note("n", "y")).expect("captures");
    journal.lock().expect("locks");
    Journal::delete_everything(&files).expect("deletes");
    assert!(!files.dir().exists());
    assert_eq!(Journal::status(&files), Status::Absent);
    assert!(fs::read_dir(dir.path()).expect("list").next().is_none(), "nothing is left beside it");
}

#[test]
fn a_draft_is_kept_until_the_session_is_saved() {
    let (_dir, files) = setup();
    let journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    journal.save_draft(None, &serde_json::json!({"cameUp": "half a thought"}), now()).expect("draft");
    journal.lock().expect("locks");
    let (mut journal, _) = Journal::unlock(&files, PASS, now()).expect("unlocks");
    let form = journal.form(None).expect("form");
    assert_eq!(form.draft.expect("kept").body["cameUp"], "half a thought");
    journal.save_session(None, entry("half a thought, finished"), now()).expect("saves");
    assert_eq!(journal.form(None).expect("form").draft, None, "saving clears the draft");
}

#[test]
fn deleted_sessions_are_gone_for_good_after_a_lock() {
    let (_dir, files) = setup();
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    let saved = journal.save_session(None, entry("to be removed"), now()).expect("saves");
    journal.delete_session(&saved.id, now()).expect("deletes");
    journal.lock().expect("locks");
    let (journal, _) = Journal::unlock(&files, PASS, now()).expect("unlocks");
    assert_eq!(journal.restore_session(&saved.id).expect_err("gone").kind(), "not_found");
    let rows: i64 = journal.connection().query_row("SELECT count(*) FROM sessions", [], |r| r.get(0)).expect("count");
    assert_eq!(rows, 0);
}

/// The inbox key is public, so anyone can seal a capture to it. One that fails
/// the checks a real capture passes (a rating of 11, an empty note) was merged as
/// if it were fine; now it is set aside with its reason and the unlock succeeds.
#[test]
fn a_capture_that_fails_its_checks_is_set_aside_with_its_reason() {
    let (_dir, files) = setup();
    Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("created").lock().expect("locked");
    let eleven = PracticeRecord { tool: Tool::Pacer, used: None, before: Some(11), after: None, active_seconds: 30, ended_at: now() };
    Journal::capture(&files, &Capture::Practice { id: "outsider".into(), record: eleven }).expect("sealed");
    Journal::capture(&files, &note("blank", "   ")).expect("sealed");
    Journal::capture(&files, &note("fine", "a real note")).expect("sealed");

    let (journal, merged) = Journal::unlock(&files, PASS, now()).expect("the unlock still succeeds");
    assert_eq!(merged, Merged { captures: 1, unreadable: 2 });
    assert!(journal.practice_records().expect("records").is_empty(), "the rating of 11 never reached the journal");
    assert_eq!(journal.notes().expect("notes").len(), 1);
    let aside = fs::read_to_string(files.dir().join("inbox.unreadable")).expect("kept aside");
    assert_eq!(aside.lines().count(), 2);
    assert!(aside.contains("\tA rating goes from 0 to 10."), "{aside}");
    assert!(aside.contains("\tThere is nothing to keep yet."), "{aside}");
    assert!(!aside.contains("a real note") && !aside.contains("outsider"), "kept sealed, never in the clear");
    journal.lock().expect("locked");
}

/// With a fresh key the database itself is re-encrypted: an old copy of the key
/// file, with the old passphrase, no longer opens it.
#[test]
fn a_fresh_key_makes_an_old_copy_of_the_key_file_useless() {
    let (_dir, files) = setup();
    let mut journal = Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates");
    journal.save_session(None, entry("kept through the change"), now()).expect("saves");
    journal.lock().expect("locks");
    let old_key_file = fs::read(files.key()).expect("key");
    let db_before = fs::read(files.db()).expect("db");

    Journal::change_passphrase(&files, PASS, "a brand new phrase", KdfParams::MINIMUM, true).expect("changes");
    assert_ne!(fs::read(files.db()).expect("db"), db_before, "every page re-encrypted");
    assert!(!files.next_key().exists());
    let (journal, _) = Journal::unlock(&files, "a brand new phrase", now()).expect("the new passphrase opens it");
    assert_eq!(journal.timeline(&TimelineQuery::default()).expect("list").total, Some(1));
    assert!(journal.check().expect("checked").is_empty());
    journal.lock().expect("locks");

    fs::write(files.key(), &old_key_file).expect("an old copy put back");
    let err = Journal::unlock(&files, PASS, now()).expect_err("the old key no longer fits");
    assert!(matches!(err, Error::Damaged(_) | Error::WrongPassphrase), "{err}");
}

/// Stopped after the database took its new key but before the new key file took
/// the old one's place: the waiting key file is used, and the journal opens.
#[test]
fn a_re_encryption_cut_short_still_opens_with_the_new_passphrase() {
    let (_dir, files) = setup();
    Journal::create(&files, PASS, KdfParams::MINIMUM, now()).expect("creates").lock().expect("locks");
    let old_key_file = fs::read(files.key()).expect("key");
    Journal::change_passphrase(&files, PASS, "a brand new phrase", KdfParams::MINIMUM, true).expect("changes");
    // As if the rename had not happened: the new key waits beside the old one.
    fs::rename(files.key(), files.next_key()).expect("move");
    fs::write(files.key(), &old_key_file).expect("old key back");
    let (journal, _) = Journal::unlock(&files, "a brand new phrase", now()).expect("opens with the waiting key");
    journal.lock().expect("locks");
    assert!(!files.next_key().exists(), "the waiting key took its place");
    Journal::unlock(&files, "a brand new phrase", now()).expect("and keeps opening").0.lock().expect("locks");
}

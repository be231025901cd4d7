//! Exports and imports: exact round trips over generated journals, merging by id,
//! and a clear refusal (with nothing written) for every kind of broken file.

use proptest::prelude::*;
use rusqlite::Connection;

use super::*;
use crate::journal::db::open_in_memory;
use crate::journal::notes::{self, Note};
use crate::journal::sessions::tests::any_entry;
use crate::journal::{backup, drafts, export, practice};
use crate::pacer::practice::{PracticeRecord, Tool};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("time").with_timezone(&Utc)
}

const NOW: &str = "2026-11-22T20:00:00Z";

/// A journal built the way the app builds one: sessions saved through the form's
/// path (with items raised and ticked), practice ratings, notes and a draft.
/// A practice rating: pacer (else grounding), what was used, before, after,
/// seconds, minutes after 1 January 2026.
type Rating = (bool, String, Option<u8>, Option<u8>, u32, i64);

#[derive(Debug, Clone)]
struct Story {
    sessions: Vec<(SessionEntry, bool)>,
    practice: Vec<Rating>,
    notes: Vec<String>,
    draft: Option<String>,
}

fn any_story() -> impl Strategy<Value = Story> {
    let text = proptest::collection::vec(any::<char>(), 1..80).prop_map(String::from_iter);
    (
        proptest::collection::vec((any_entry(), any::<bool>()), 0..6),
        proptest::collection::vec(
            (any::<bool>(), "[a-z-]{1,12}", proptest::option::of(0u8..=10), proptest::option::of(0u8..=10), 0u32..5000, 0i64..100_000),
            0..5,
        ),
        proptest::collection::vec(text.clone().prop_filter("a note has words", |t| !t.trim().is_empty()), 0..4),
        proptest::option::of(text),
    )
        .prop_map(|(sessions, practice, notes, draft)| Story { sessions, practice, notes, draft })
}

fn build(conn: &mut Connection, story: &Story) {
    let mut n = 0;
    for (i, (entry, tick_open)) in story.sessions.iter().enumerate() {
        let mut entry = entry.clone().checked().expect("generated entries are valid");
        if *tick_open {
            entry.ticked = sessions::open_bring_up(conn, None).expect("open").into_iter().map(|b| b.id).collect();
        }
        let tx = conn.transaction().expect("tx");
        sessions::save(&tx, &format!("s{i:02}"), &entry, &format!("2026-11-{:02}T10:00:00.000Z", i + 1), &mut || {
            n += 1;
            Ok(format!("b{n:03}"))
        })
        .expect("save");
        tx.commit().expect("commit");
    }
    for (i, (pacer, used, before, after, seconds, minutes)) in story.practice.iter().enumerate() {
        let record = PracticeRecord {
            tool: if *pacer { Tool::Pacer } else { Tool::Grounding },
            used: Some(used.clone()),
            before: *before,
            after: *after,
            active_seconds: *seconds,
            ended_at: at("2026-01-01T00:00:00Z") + chrono::Duration::minutes(*minutes),
        };
        practice::insert(conn, &format!("p{i}"), &record).expect("practice");
    }
    for (i, text) in story.notes.iter().enumerate() {
        notes::insert(conn, &Note { id: format!("n{i}"), written_at: format!("2026-11-{:02}T08:00:00.000Z", i + 1), text: text.clone() })
            .expect("note");
    }
    if let Some(text) = &story.draft {
        drafts::save(conn, "new", &serde_json::json!({ "cameUp": text, "distressBefore": 6 }), "2026-11-22T19:00:00.000Z").expect("draft");
    }
}

fn json(archive: &Archive) -> Vec<u8> {
    serde_json::to_vec_pretty(archive).expect("serialises")
}

fn import_fresh(bytes: &[u8]) -> (Connection, MergeReport) {
    let checked = parse(bytes).expect("our own export parses");
    assert_eq!(checked.problems, [], "our own export has no problems");
    let mut conn = open_in_memory().expect("db");
    let tx = conn.transaction().expect("tx");
    let report = merge(&tx, &checked.archive).expect("merge");
    tx.commit().expect("commit");
    (conn, report)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_journal_round_trips_through_json_exactly(story in any_story()) {
        let mut first = open_in_memory().expect("db");
        build(&mut first, &story);
        let exported = read_all(&first, at(NOW)).expect("export");
        let bytes = json(&exported);

        let (mut second, report) = import_fresh(&bytes);
        prop_assert_eq!(report.sessions.added, story.sessions.len());
        let again = read_all(&second, at(NOW)).expect("export again");
        prop_assert_eq!(&again, &exported);
        prop_assert_eq!(json(&again), bytes.clone(), "export, import, export: the same bytes");

        // Search finds the same sessions in the imported journal.
        for s in &exported.sessions {
            let word: String = s.came_up.split_whitespace().next().unwrap_or_default().chars().filter(|c| c.is_alphanumeric()).collect();
            if word.chars().count() > 2 {
                let query = sessions::TimelineQuery { text: word.clone(), limit: Some(200), ..Default::default() };
                let a: Vec<String> = sessions::list(&first, &query).expect("search").sessions.into_iter().map(|s| s.id).collect();
                let b: Vec<String> = sessions::list(&second, &query).expect("search").sessions.into_iter().map(|s| s.id).collect();
                prop_assert_eq!(a, b, "search for {:?}", word);
            }
        }

        // Importing the same file again changes nothing.
        let tx = second.transaction().expect("tx");
        let twice = merge(&tx, &parse(&bytes).expect("parse").archive).expect("merge again");
        tx.commit().expect("commit");
        prop_assert_eq!(twice.changes(), 0);
        prop_assert_eq!(read_all(&second, at(NOW)).expect("export"), exported);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn any_journal_round_trips_through_a_backup(story in any_story()) {
        let mut first = open_in_memory().expect("db");
        build(&mut first, &story);
        let exported = read_all(&first, at(NOW)).expect("export");
        let sealed = backup::seal(&json(&exported), "calm waters", 4).expect("seal");
        let opened = backup::open(&sealed, "calm waters").expect("open");
        let (second, _) = import_fresh(&opened);
        prop_assert_eq!(read_all(&second, at(NOW)).expect("export"), exported);
    }
}

fn sample() -> (Connection, Archive) {
    let mut conn = open_in_memory().expect("db");
    let story = Story {
        sessions: vec![
            (
                SessionEntry {
                    held_at: "2026-11-03T18:00".into(),
                    therapist: "Dr. Rivera".into(),
                    distress_before: Some(7),
                    distress_after: Some(4),
                    came_up: "# not a heading\n<img src=x onerror=alert(1)>\n--- \nשלום 🌊".into(),
                    helped: "=SUM(A1)".into(),
                    tags: vec!["family".into()],
                    bring_up: vec!["sleep".into(), "money".into()],
                    ..SessionEntry::default()
                },
                false,
            ),
            (SessionEntry { held_at: "2026-11-10T18:00".into(), therapist: "Dr. Rivera".into(), ..SessionEntry::default() }, true),
        ],
        practice: vec![(true, "exhale".into(), Some(8), Some(5), 120, 10)],
        notes: vec!["a quick note".into()],
        draft: Some("half a thought".into()),
    };
    build(&mut conn, &story);
    let archive = read_all(&conn, at(NOW)).expect("export");
    (conn, archive)
}

fn refused(bytes: &[u8]) -> String {
    match parse(bytes) {
        Err(e) => {
            assert_eq!(e.kind(), "unreadable");
            e.to_string()
        }
        Ok(checked) => panic!("accepted: {:?}", checked.problems),
    }
}

#[test]
fn a_session_already_here_is_replaced_only_by_a_later_version_of_itself() {
    let (mut conn, mut archive) = sample();
    archive.sessions[0].therapist = "Someone else".into();
    let tx = conn.transaction().expect("tx");
    assert_eq!(merge(&tx, &archive).expect("merge").sessions.updated, 0, "same updatedAt: ours stays");
    archive.sessions[0].updated_at = "2026-12-01T00:00:00.000Z".into();
    let report = merge(&tx, &archive).expect("merge");
    assert_eq!((report.sessions.updated, report.sessions.unchanged), (1, 1));
    tx.commit().expect("commit");
    assert_eq!(sessions::get(&conn, &archive.sessions[0].id).expect("get").entry.therapist, "Someone else");
}

#[test]
fn bad_records_are_each_named_with_a_reason() {
    let (_, archive) = sample();
    let mut value = serde_json::to_value(&archive).expect("value");
    value["sessions"][0]["distressBefore"] = serde_json::json!(11);
    value["sessions"][1]["heldAt"] = serde_json::json!("yesterday");
    value["practice"][0]["tool"] = serde_json::json!("hammock");
    value["notes"][0]["mood"] = serde_json::json!("extra field");
    value["bringUp"][0]["id"] = serde_json::json!("has spaces in it");
    let checked = parse(&serde_json::to_vec(&value).expect("bytes")).expect("the file as a whole is fine");
    let found: Vec<(&str, usize)> = checked.problems.iter().map(|p| (p.section.as_str(), p.number)).collect();
    assert_eq!(found, [("sessions", 1), ("sessions", 2), ("bringUp", 1), ("practice", 1), ("notes", 1)]);
    assert!(checked.problems[0].reason.contains("0 to 10"), "{:?}", checked.problems[0]);
    assert!(checked.problems[1].reason.contains("date and time"), "{:?}", checked.problems[1]);
    assert!(checked.problems[4].reason.contains("mood"), "{:?}", checked.problems[4]);
    assert_eq!(checked.problems[0].id.as_deref(), Some(archive.sessions[0].id.as_str()));
    assert_eq!(checked.problem_count, 5);
}

#[test]
fn an_item_whose_session_is_nowhere_stops_the_whole_import() {
    let (_, mut archive) = sample();
    archive.sessions.remove(0);
    let mut conn = open_in_memory().expect("db");
    let tx = conn.transaction().expect("tx");
    assert_eq!(merge(&tx, &archive).expect_err("orphan").kind(), "invalid");
    drop(tx); // rolled back
    assert_eq!(read_all(&conn, at(NOW)).expect("read").sessions.len(), 0, "nothing was half-written");
}

#[test]
fn whole_files_that_are_not_exports_are_refused_plainly() {
    let (_, archive) = sample();
    let bytes = json(&archive);
    assert!(refused(b"").contains("ends too early"));
    assert!(refused(b"{\"format\":\"something-else\",\"version\":1}").contains("not an Ebb journal"));
    assert!(refused(b"{\"format\":\"ebb-journal\",\"version\":2}").contains("version 2"));
    assert!(refused(b"[1,2,3]").contains("not an Ebb journal export"));
    assert!(refused(b"{\"format\":\"ebb-journal\",\"version\":1e999}").contains("not"));
    assert!(refused(b"{\"format\":\"ebb-journal\",\"version\":99999999999999999999999}").contains("not"));
    let mut broken = bytes.clone();
    broken[40] = 0xFF;
    assert!(refused(&broken).contains("not text"));
    // Every cut before the end (the last byte is the closing brace).
    for cut in (0..bytes.len() - 1).step_by(7) {
        refused(&bytes[..cut]);
    }
    // A byte-order mark in front (some editors add one) is fine.
    let mut with_bom = "\u{feff}".as_bytes().to_vec();
    with_bom.extend_from_slice(&bytes);
    assert!(parse(&with_bom).is_ok());
}

#[test]
fn huge_numbers_and_deep_nesting_are_named_not_fatal() {
    let deep = |depth: usize| {
        let mut text = String::from("{\"format\":\"ebb-journal\",\"version\":1,\"sessions\":[");
        text.push_str(&"[".repeat(depth));
        text.push_str(&"]".repeat(depth));
        text.push_str("]}");
        text
    };
    // Skipped over without recursion, then reported as the bad record it is.
    let checked = parse(deep(100_000).as_bytes()).expect("the outline reads");
    assert_eq!(checked.problems[0].reason, "It is not a record Ebb can read (each record is a set of named fields in braces).");
    let nested_record = format!(
        "{{\"format\":\"ebb-journal\",\"version\":1,\"sessions\":[{{\"id\":\"a\",\"heldAt\":{}1{}}}]}}",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    let _ = parse(nested_record.as_bytes()); // refused or reported, but never a crash
    let huge = br#"{"format":"ebb-journal","version":1,"sessions":[{"id":"a","heldAt":"2026-11-03T18:00","distressBefore":1e400,"createdAt":"2026-11-03T18:00:00Z","updatedAt":"2026-11-03T18:00:00Z"}],
        "practice":[{"id":"p","tool":"pacer","activeSeconds":18446744073709551616,"endedAt":"2026-11-03T18:00:00Z"}]}"#;
    match parse(huge) {
        Ok(checked) => assert_eq!(checked.problem_count, 2, "{:?}", checked.problems),
        Err(e) => assert_eq!(e.kind(), "unreadable"),
    }
}

#[test]
fn a_hundred_megabyte_export_is_read_whole_and_garbage_that_size_is_refused() {
    let (_, mut archive) = sample();
    let long = "A long session, written out in full. שלום 🌊 ".repeat(2_000); // ~100 KB
    let template = archive.sessions[1].clone();
    archive.sessions = (0..1_000)
        .map(|i| SessionRecord { id: format!("big{i:04}"), came_up: long.clone(), ..template.clone() })
        .collect();
    archive.bring_up.clear();
    let bytes = json(&archive);
    assert!(bytes.len() > 100_000_000, "{} bytes", bytes.len());
    let checked = parse(&bytes).expect("a 100 MB export is read");
    assert_eq!((checked.archive.sessions.len(), checked.problem_count), (1_000, 0));
    let mut garbage = vec![b'['; 100_000_000];
    garbage[0] = b'{';
    refused(&garbage);
}

#[test]
fn markdown_keeps_the_persons_words_without_letting_them_reshape_the_page() {
    let (_, archive) = sample();
    let md = export::markdown(&archive, &export::Selection::default(), &english(), nov22());
    assert!(md.starts_with("# Therapy journal: 3 November 2026 to 10 November 2026\n"));
    assert!(md.contains("not encrypted"));
    assert!(md.contains("## Tuesday 3 November 2026, 18:00 · Dr. Rivera"));
    assert!(md.contains("- Distress: 7 before, 4 after (0–10)"));
    assert!(md.contains("- [x] sleep") && md.contains("- [x] money"), "{md}");
    assert!(md.contains("שלום 🌊"));
    // Rendered, the text makes no heading, HTML or rule of its own.
    let events: Vec<pulldown_cmark::Event> = pulldown_cmark::Parser::new(&md).collect();
    let headings = events.iter().filter(|e| matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading { .. }))).count();
    assert_eq!(headings, 1 + 2 + 3, "title, two sessions, three sub-headings: {md}");
    assert!(!events.iter().any(|e| matches!(e, pulldown_cmark::Event::Html(_) | pulldown_cmark::Event::InlineHtml(_))));
    let rules = events.iter().filter(|e| matches!(e, pulldown_cmark::Event::Rule)).count();
    assert_eq!(rules, 2, "one rule before each session");

    let one = export::Selection { ids: vec![archive.sessions[1].id.clone()], ..Default::default() };
    let md = export::markdown(&archive, &one, &english(), nov22());
    assert!(md.starts_with("# Therapy journal: 10 November 2026\n") && md.contains(": 1 session."), "{md}");
    let range = export::Selection { from: Some("2026-11-04".into()), to: Some("2026-11-30".into()), ..Default::default() };
    assert_eq!(export::markdown(&archive, &range, &english(), nov22()).matches("## ").count(), 1);
}

#[test]
fn csv_has_one_row_per_session_and_defuses_formulas() {
    let (_, archive) = sample();
    let bytes = export::csv(&archive, &export::Selection::default()).expect("csv");
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(reader.headers().expect("headers").iter().collect::<Vec<_>>(), export::CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().collect::<std::result::Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][11], archive.sessions[0].came_up, "newlines and quotes survive");
    assert_eq!(&rows[0][12], "'=SUM(A1)");
    assert_eq!(&rows[0][13], "sleep; money");
}

fn english() -> crate::i18n::Catalog {
    crate::i18n::Catalog::new(&crate::i18n::LANGUAGES[0])
}

fn nov22() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date")
}

#[test]
fn markdown_is_written_in_the_language_chosen_with_its_own_calendar_words() {
    let (_, archive) = sample();
    let french = crate::i18n::Catalog::new(crate::i18n::negotiate(Some("fr"), &[]));
    let md = export::markdown(&archive, &export::Selection::default(), &french, nov22());
    assert!(md.starts_with("# Journal de thérapie"), "{md}");
    assert!(md.contains("3 novembre 2026") && md.contains("mardi 3 novembre 2026, 18:00"), "{md}");
    assert!(!md.contains("Distress") && !md.contains("What came up") && !md.contains("November"), "{md}");
    // The person's own words stay exactly as written.
    assert!(md.contains("Dr. Rivera"));
}

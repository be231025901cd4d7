//! Query tests for sessions, on an in-memory database with the real schema.

use proptest::prelude::*;
use rusqlite::Connection;

use super::*;
use crate::journal::db::open_in_memory;

fn entry(held_at: &str) -> SessionEntry {
    SessionEntry { held_at: held_at.into(), ..SessionEntry::default() }
}

fn save_new(conn: &mut Connection, id: &str, e: SessionEntry) -> Session {
    let e = e.checked().expect("valid entry");
    let tx = conn.transaction().expect("tx");
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    save(&tx, id, &e, "2026-11-22T10:00:00.000Z", &mut || {
        Ok(format!("item-{}", NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)))
    })
    .expect("saves");
    tx.commit().expect("commit");
    get(conn, id).expect("reads back")
}

fn ids(page: &Page) -> Vec<&str> {
    page.sessions.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn every_field_round_trips() {
    let mut conn = open_in_memory().expect("db");
    let e = SessionEntry {
        held_at: "2026-11-20T17:30".into(),
        therapist: "Dr. Amara (EMDR)".into(),
        distress_before: Some(7),
        distress_after: Some(4),
        body_state: Some(BodyState::RevvedUp),
        tears: Some(Tears::Both),
        tear_kinds: vec![TearKind::Overwhelm, TearKind::Grief],
        came_up: "My sister.\n\nאחותי — 🌧️ then relief".into(),
        helped: "Naming it out loud".into(),
        aftercare: vec!["Drink some water".into(), "Wrap up warm".into()],
        warning_signs: vec![WarningSign::Numbness],
        tags: vec!["family".into(), " grief ".into(), "Family".into(), "".into()],
        bring_up: vec!["Ask about the nightmares".into(), "  ".into()],
        ticked: vec![],
    };
    let saved = save_new(&mut conn, "s1", e.clone());
    let expected = SessionEntry {
        tear_kinds: vec![TearKind::Grief, TearKind::Overwhelm],
        tags: vec!["family".into(), "grief".into()],
        bring_up: vec!["Ask about the nightmares".into()],
        ..e
    };
    assert_eq!(saved.entry, expected);
    assert_eq!(saved.created_at, "2026-11-22T10:00:00.000Z");
}

#[test]
fn items_to_bring_up_carry_forward_until_ticked_off() {
    let mut conn = open_in_memory().expect("db");
    save_new(&mut conn, "a", SessionEntry { bring_up: vec!["sleep".into(), "work".into()], ..entry("2026-11-01T10:00") });
    let open = open_bring_up(&conn, None).expect("open items");
    assert_eq!(open.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["sleep", "work"]);
    let sleep = open[0].id.clone();

    let b = save_new(&mut conn, "b", SessionEntry { ticked: vec![sleep.clone()], ..entry("2026-11-08T10:00") });
    assert_eq!(b.ticked_items.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["sleep"]);
    let open = open_bring_up(&conn, None).expect("open items");
    assert_eq!(open.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["work"], "ticked items stop carrying forward");
    let editing_b = open_bring_up(&conn, Some("b")).expect("open items");
    assert_eq!(editing_b.len(), 2, "while editing b, its own tick can be undone");

    // Editing the first session keeps the ticked item (same text, same id).
    save_new(&mut conn, "a", SessionEntry { bring_up: vec!["sleep".into(), "money".into()], ..entry("2026-11-01T10:00") });
    assert_eq!(get(&conn, "b").expect("b").ticked_items[0].id, sleep);
    let open = open_bring_up(&conn, None).expect("open items");
    assert_eq!(open.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), ["money"]);

    // Unticking in b brings it back.
    save_new(&mut conn, "b", entry("2026-11-08T10:00"));
    assert_eq!(open_bring_up(&conn, None).expect("open").len(), 2);
}

#[test]
fn the_timeline_is_newest_first_in_pages_with_a_total() {
    let mut conn = open_in_memory().expect("db");
    for day in 1..=7 {
        save_new(&mut conn, &format!("s{day}"), entry(&format!("2026-11-{day:02}T18:00")));
    }
    let first = list(&conn, &TimelineQuery { limit: Some(3), ..Default::default() }).expect("page");
    assert_eq!(ids(&first), ["s7", "s6", "s5"]);
    assert_eq!(first.total, Some(7));
    
    let second = list(&conn, &TimelineQuery { limit: Some(3), after: first.next.clone(), ..Default::default() }).expect("page");
    assert_eq!(ids(&second), ["s4", "s3", "s2"]);
    let third = list(&conn, &TimelineQuery { limit: Some(3), after: second.next.clone(), ..Default::default() }).expect("page");
    assert_eq!(ids(&third), ["s1"]);
    assert_eq!(third.next, None);
}

#[test]
fn search_finds_words_and_word_starts_in_every_text_and_ignores_syntax() {
    let mut conn = open_in_memory().expect("db");
    save_new(&mut conn, "a", SessionEntry { came_up: "Talked about the café and my father".into(), ..entry("2026-11-01T10:00") });
    save_new(&mut conn, "b", SessionEntry { helped: "Breathing out slowly".into(), tags: vec!["body".into()], ..entry("2026-11-02T10:00") });
    save_new(&mut conn, "c", SessionEntry { bring_up: vec!["Ask about \"homework\"".into()], ..entry("2026-11-03T10:00") });
    let search = |text: &str| list(&conn, &TimelineQuery { text: text.into(), ..Default::default() }).expect("search");
    assert_eq!(ids(&search("fath")), ["a"], "a word start matches");
    assert_eq!(ids(&search("cafe")), ["a"], "accents do not matter");
    assert_eq!(ids(&search("breathing body")), ["b"], "every word must match, across fields");
    assert_eq!(ids(&search("\"homework")), ["c"]);
    for hostile in ["AND", "OR NOT", "NEAR(", "*", "\"", "body)", "-x", "^", "a:b", "<img src=x onerror=alert(1)>"] {
        search(hostile);
    }
    assert_eq!(search("   ").total, Some(3), "no words: no text filter");
}

#[test]
fn filters_narrow_by_dates_therapist_tears_and_tag() {
    let mut conn = open_in_memory().expect("db");
    save_new(&mut conn, "a", SessionEntry { therapist: "Sam".into(), tears: Some(Tears::During), tags: vec!["Work".into()], ..entry("2026-10-31T23:30") });
    save_new(&mut conn, "b", SessionEntry { therapist: "Sam".into(), tears: Some(Tears::None), ..entry("2026-11-01T09:00") });
    save_new(&mut conn, "c", SessionEntry { therapist: "Group".into(), tears: Some(Tears::Both), tags: vec!["work".into()], ..entry("2026-11-30T23:59") });
    let q = |q: TimelineQuery| ids(&list(&conn, &q).expect("list")).into_iter().map(String::from).collect::<Vec<_>>();
    assert_eq!(q(TimelineQuery { from: Some("2026-11-01".into()), to: Some("2026-11-30".into()), ..Default::default() }), ["c", "b"], "both days included");
    assert_eq!(q(TimelineQuery { therapist: Some("Sam".into()), ..Default::default() }), ["b", "a"]);
    assert_eq!(q(TimelineQuery { tears: vec![Tears::During, Tears::After, Tears::Both], ..Default::default() }), ["c", "a"]);
    assert_eq!(q(TimelineQuery { tag: Some("WORK".into()), ..Default::default() }), ["c", "a"], "tags match in any case");
    assert_eq!(therapists(&conn).expect("names"), ["Group", "Sam"]);
    assert_eq!(tags(&conn).expect("tags"), ["Work"], "one spelling per tag");
    assert!(list(&conn, &TimelineQuery { from: Some("last week".into()), ..Default::default() }).is_err());
}

#[test]
fn a_deleted_session_can_be_brought_back_until_it_is_purged() {
    let mut conn = open_in_memory().expect("db");
    save_new(&mut conn, "a", SessionEntry { came_up: "findable".into(), ..entry("2026-11-01T10:00") });
    delete(&conn, "a", "now").expect("delete");
    assert_eq!(list(&conn, &TimelineQuery::default()).expect("list").total, Some(0));
    assert_eq!(get(&conn, "a").expect_err("hidden").kind(), "not_found");
    restore(&conn, "a").expect("undo");
    assert_eq!(list(&conn, &TimelineQuery { text: "findable".into(), ..Default::default() }).expect("list").total, Some(1));
    delete(&conn, "a", "now").expect("delete");
    let tx = conn.transaction().expect("tx");
    assert_eq!(purge_deleted(&tx).expect("purge"), 1);
    tx.commit().expect("commit");
    assert!(restore(&conn, "a").is_err());
    let fts: i64 = conn.query_row("SELECT count(*) FROM sessions_fts", [], |r| r.get(0)).expect("count");
    assert_eq!(fts, 0, "its search text is gone too");
}

#[test]
fn bad_values_are_refused_with_the_field_named() {
    let field = |e: SessionEntry| match e.checked() {
        Err(Error::Invalid { field, .. }) => field,
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert_eq!(field(entry("yesterday")), Some("heldAt"));
    assert_eq!(field(SessionEntry { distress_after: Some(11), ..entry("2026-11-01T10:00") }), Some("distressAfter"));
    assert_eq!(field(SessionEntry { tear_kinds: vec![TearKind::Grief], ..entry("2026-11-01T10:00") }), Some("tearKinds"));
    assert_eq!(field(SessionEntry { tags: vec!["two\nlines".into()], ..entry("2026-11-01T10:00") }), Some("tags"));
    assert_eq!(field(SessionEntry { came_up: "x".repeat(MAX_TEXT_BYTES + 1), ..entry("2026-11-01T10:00") }), Some("cameUp"));
}

#[test]
fn a_megabyte_of_mixed_scripts_round_trips() {
    let mut conn = open_in_memory().expect("db");
    let unit = "Tränen 😢 دموع \u{200f}\u{202e}reversed\u{202c} 眼泪 \u{0}\u{200d}\n";
    let big: String = unit.repeat(1024 * 1024 / unit.len() + 1);
    assert!(big.len() > 1024 * 1024);
    let saved = save_new(&mut conn, "big", SessionEntry { came_up: big.clone(), helped: big.clone(), ..entry("2026-11-01T10:00") });
    assert_eq!(saved.entry.came_up, big);
    assert_eq!(list(&conn, &TimelineQuery { text: "眼泪".into(), ..Default::default() }).expect("search").total, Some(1));
}

pub(crate) fn any_entry() -> impl Strategy<Value = SessionEntry> {
    // Any code points, control characters included (proptest's own String leaves them out).
    let text = proptest::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter);
    let short = proptest::collection::vec(any::<char>(), 0..60).prop_map(|c| c.into_iter().collect::<String>());
    (
        (0i64..4_000_000, short.clone(), proptest::option::of(0u8..=10), proptest::option::of(0u8..=10)),
        (proptest::option::of(proptest::sample::select(BodyState::ALL)), proptest::sample::subsequence(WarningSign::ALL, 0..=5)),
        (proptest::option::of(proptest::sample::select(Tears::ALL)), proptest::sample::subsequence(TearKind::ALL, 0..=5)),
        (text.clone(), text, proptest::collection::vec(short.clone(), 0..5), proptest::collection::vec(short.clone(), 0..5)),
        proptest::collection::vec(short, 0..5),
    )
        .prop_map(|((minutes, therapist, before, after), (body, signs), (tears, kinds), (came_up, helped, aftercare, tags), bring_up)| {
            let held = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).expect("date").and_hms_opt(0, 0, 0).expect("time")
                + chrono::Duration::minutes(minutes);
            let tear_kinds = if matches!(tears, Some(Tears::During | Tears::After | Tears::Both)) { kinds } else { Vec::new() };
            SessionEntry {
                held_at: held.format("%Y-%m-%dT%H:%M").to_string(),
                therapist,
                distress_before: before,
                distress_after: after,
                body_state: body,
                tears,
                tear_kinds,
                came_up,
                helped,
                aftercare,
                warning_signs: signs,
                tags: tags.into_iter().map(|t: String| t.chars().filter(|c| !c.is_control()).collect()).collect(),
                bring_up,
                ticked: Vec::new(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_entry_round_trips_exactly(e in any_entry()) {
        let mut conn = open_in_memory().expect("db");
        let expected = e.clone().checked().expect("generated entries are valid");
        let saved = save_new(&mut conn, "p", e);
        prop_assert_eq!(&saved.entry, &expected);
        // Saving what was read back changes nothing (an edit with no changes).
        let again = save_new(&mut conn, "p", saved.entry.clone());
        prop_assert_eq!(again.entry, expected);
    }
}

/// A deleted session's words leave the search index's own pages at once (FTS5
/// secure-delete), not only the session row: without it the terms stay in the
/// index's segments behind a tombstone until a later merge.
#[test]
fn the_search_index_forgets_a_deleted_sessions_words() {
    let mut conn = open_in_memory().expect("db");
    let mut e = entry("2026-11-20T17:00");
    e.came_up = "marigoldvelvet came up".into();
    save_new(&mut conn, "gone", e);
    save_new(&mut conn, "kept", entry("2026-11-21T17:00"));
    let index_holds = |conn: &Connection, word: &str| -> bool {
        let blobs: Vec<Vec<u8>> = conn
            .prepare("SELECT block FROM sessions_fts_data")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .expect("index pages");
        blobs.iter().any(|b| b.windows(word.len()).any(|w| w == word.as_bytes()))
    };
    assert!(index_holds(&conn, "marigoldvelvet"), "the word is indexed first");
    delete(&conn, "gone", "2026-11-22T10:00:00.000Z").expect("deleted");
    let tx = conn.transaction().expect("tx");
    purge_deleted(&tx).expect("purged");
    tx.commit().expect("commit");
    assert!(!index_holds(&conn, "marigoldvelvet"), "the deleted session's words are gone from the index");
    assert_eq!(list(&conn, &TimelineQuery { text: "marigoldvelvet".into(), ..TimelineQuery::default() }).expect("search").total, Some(0));
}

/// Saves `entry` as session `id` (checked first), its items to bring up numbered
/// `<id>-item1`, `<id>-item2`…: for other modules' tests.
pub(crate) fn add_for_test(conn: &mut rusqlite::Connection, id: &str, entry: SessionEntry) {
    let tx = conn.transaction().expect("tx");
    let entry = entry.checked().expect("valid");
    let mut n = 0;
    save(&tx, id, &entry, "2026-11-01T00:00:00.000Z", &mut || {
        n += 1;
        Ok(format!("{id}-item{n}"))
    })
    .expect("save");
    tx.commit().expect("commit");
}

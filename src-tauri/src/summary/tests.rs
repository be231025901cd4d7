use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::*;
use crate::journal::db::open_in_memory;
use crate::journal::sessions::{SessionEntry, WarningSign};
use crate::pacer::practice::{PracticeRecord, Tool};

fn english() -> &'static Catalog {
    crate::i18n::catalog("en")
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

fn practice(conn: &Connection, id: &str, used: &str, before: u8, after: u8, at: &str) {
    let record = PracticeRecord {
        tool: if used == "senses" { Tool::Grounding } else { Tool::Pacer },
        used: Some(used.into()),
        before: Some(before),
        after: Some(after),
        active_seconds: 60,
        ended_at: chrono::DateTime::parse_from_rfc3339(at).expect("time").with_timezone(&chrono::Utc),
    };
    crate::journal::practice::insert(conn, id, &record).expect("insert");
}

/// Three sessions in November (one with notes), one in September, items to bring up
/// (one ticked off), warning signs and practice records.
fn made_up() -> Connection {
    let mut conn = open_in_memory().expect("db");
    let session = |held_at: &str, before: u8, after: u8, signs: Vec<WarningSign>, bring_up: Vec<&str>| SessionEntry {
        held_at: held_at.into(),
        therapist: "Dr Amani".into(),
        distress_before: Some(before),
        distress_after: Some(after),
        warning_signs: signs,
        bring_up: bring_up.into_iter().map(String::from).collect(),
        ..SessionEntry::default()
    };
    sessions::tests::add_for_test(&mut conn, "sep", session("2026-09-10T10:00", 5, 5, vec![WarningSign::Panic], vec!["Sleep since the summer"]));
    sessions::tests::add_for_test(&mut conn, "a", session("2026-11-03T18:00", 7, 4, vec![WarningSign::WorseForHours, WarningSign::Flooding], vec!["My sister's visit", "The new job"]));
    sessions::tests::add_for_test(&mut conn, "b", session("2026-11-10T18:00", 6, 6, vec![WarningSign::WorseForHours], vec![]));
    let mut c = session("2026-11-17T18:00", 8, 5, vec![WarningSign::WorseForHours], vec![]);
    c.came_up = "Talked about the move and the evenings.".into();
    c.helped = "Naming it out loud.".into();
    c.ticked = vec!["a-item2".into()]; // "The new job" was talked about
    sessions::tests::add_for_test(&mut conn, "c", c);
    practice(&conn, "p1", "exhale", 8, 5, "2026-11-05T21:00:00Z");
    practice(&conn, "p2", "exhale", 6, 5, "2026-11-12T21:00:00Z");
    practice(&conn, "p3", "senses", 7, 4, "2026-11-13T21:00:00Z");
    practice(&conn, "p4", "box", 4, 6, "2026-11-14T21:00:00Z"); // did not help: left out
    practice(&conn, "p5", "exhale", 9, 2, "2026-10-01T21:00:00Z"); // before the stretch
    conn
}

fn names() -> HashMap<String, String> {
    [("exhale", "Longer out-breath"), ("senses", "5-4-3-2-1 senses")].into_iter().map(|(a, b)| (a.into(), b.into())).collect()
}

fn november(conn: &Connection) -> Prepared {
    prepare(conn, day("2026-11-01"), day("2026-11-24"), &names(), english()).expect("prepare")
}

#[test]
fn a_stretch_gathers_open_items_ratings_signs_and_what_helped() {
    let conn = made_up();
    let prepared = november(&conn);
    assert_eq!(prepared.sessions, 3);
    assert_eq!(prepared.stretch_words, "1 November 2026 to 24 November 2026");
    let texts = |lines: &[Line]| lines.iter().map(|l| l.text.clone()).collect::<Vec<_>>();
    // Open items from any earlier session, not the one ticked off.
    assert_eq!(texts(&prepared.bring_up), ["Sleep since the summer", "My sister's visit"]);
    assert_eq!(prepared.bring_up[1].detail.as_deref(), Some("noted 3 Nov"));
    assert_eq!(prepared.distress.iter().map(|p| (p.label.as_str(), p.before, p.after)).collect::<Vec<_>>(), [
        ("3 Nov", Some(7), Some(4)),
        ("10 Nov", Some(6), Some(6)),
        ("17 Nov", Some(8), Some(5))
    ]);
    assert_eq!(prepared.distress_words.as_deref(), Some("3 sessions rated: 7 before and 5 after on average (0–10)."));
    assert_eq!(texts(&prepared.signs), [
        "Felt worse for hours afterwards: after 3 of 3 sessions",
        "Flooded (too much at once): after 1 of 3 sessions"
    ]);
    assert_eq!(texts(&prepared.helped), [
        "5-4-3-2-1 senses (grounding): distress 3 lower on average, rated once",
        "Longer out-breath (breathing): distress 2 lower on average, rated 2 times"
    ]);
    assert_eq!(prepared.notes.len(), 1);
    assert_eq!(prepared.notes[0].text, "17 November 2026, with Dr Amani");
    assert_eq!(prepared.notes[0].detail.as_deref(), Some("Talked about the move and the evenings."));
}

#[test]
fn the_page_holds_exactly_what_was_shown_and_kept() {
    let conn = made_up();
    let prepared = november(&conn);
    let mut choice = Choice::everything(&prepared);
    choice.bring_up.retain(|id| id != &prepared.bring_up[0].id); // "Sleep since the summer" left off
    choice.signs.retain(|id| id != "flooding");
    choice.notes = vec!["c".into()];
    choice.top = "  How to say no to my sister  ".into();
    let notes = session_notes(&conn, &choice.notes).expect("notes");
    let page = page(&prepared, &choice, &notes, english(), day("2026-11-24"));
    let words = page.words().join("\n");
    // Every word on the page was on the preview (or is the page's own heading).
    for line in prepared.bring_up.iter().skip(1).chain(&prepared.signs[..1]).chain(&prepared.helped) {
        assert!(words.contains(&line.text), "{} is on the page", line.text);
    }
    assert!(words.contains("How to say no to my sister\n"), "the person's own line, trimmed");
    assert!(words.contains("What came up: Talked about the move and the evenings."));
    assert!(words.contains("What helped: Naming it out loud."));
    for left_off in ["Sleep since the summer", "Flooded", "The new job"] {
        assert!(!words.contains(left_off), "{left_off} was not chosen, yet is on the page");
    }
    assert_eq!(page.blocks.iter().filter(|b| matches!(b, Block::Chart { .. })).count(), 1);
    let described = page.blocks.iter().find_map(|b| match b {
        Block::Chart { description, .. } => Some(description.as_str()),
        _ => None,
    });
    assert_eq!(described, Some("3 Nov: 7 before, 4 after; 10 Nov: 6 before, 6 after; 17 Nov: 8 before, 5 after"), "the chart in words, for screen readers");
    assert_eq!(page.footer, "Prepared on 24 November 2026");
    assert_eq!(pdf::page_count(&page), 1, "a normal month fits one page");

    // Nothing chosen: a page that says so, and no notes read.
    let nothing = super::page(&prepared, &Choice::default(), &HashMap::new(), english(), day("2026-11-24"));
    assert!(nothing.words().contains(&"Nothing was chosen for this page."));
    assert!(!nothing.words().iter().any(|w| w.contains("sister")));
}

#[test]
fn the_stretch_since_the_last_session_starts_on_its_day() {
    let conn = made_up();
    let since = Ask { stretch: Stretch::SinceLastSession, from: None, to: None };
    assert_eq!(stretch(&conn, &since, day("2026-11-24")).expect("stretch"), (day("2026-11-17"), day("2026-11-24")));
    let month = Ask { stretch: Stretch::LastMonth, from: None, to: None };
    assert_eq!(stretch(&conn, &month, day("2026-11-24")).expect("stretch"), (day("2026-10-24"), day("2026-11-24")));
    let backwards = Ask { stretch: Stretch::Dates, from: Some("2026-11-20".into()), to: Some("2026-11-01".into()) };
    assert!(stretch(&conn, &backwards, day("2026-11-24")).is_err());
    let empty = open_in_memory().expect("db");
    assert_eq!(stretch(&empty, &since, day("2026-11-24")).expect("stretch").0, day("2026-10-24"), "no session yet: the last month");
}

#[test]
fn a_long_stretch_offers_the_latest_and_counts_the_rest() {
    let mut conn = open_in_memory().expect("db");
    for i in 0..40 {
        let day = day("2026-01-01") + chrono::Duration::days(i * 7);
        let entry = SessionEntry {
            held_at: format!("{}T10:00", day.format("%Y-%m-%d")),
            distress_before: Some(6),
            distress_after: Some(4),
            came_up: format!("week {i}"),
            bring_up: (0..2).map(|n| format!("item {i}.{n}")).collect(),
            ..SessionEntry::default()
        };
        sessions::tests::add_for_test(&mut conn, &format!("s{i:02}"), entry);
    }
    let prepared = prepare(&conn, day("2026-01-01"), day("2026-11-24"), &names(), english()).expect("prepare");
    assert_eq!((prepared.bring_up.len(), prepared.bring_up_older), (ITEMS_MOST, 80 - ITEMS_MOST));
    assert_eq!(prepared.bring_up.last().map(|l| l.text.as_str()), Some("item 39.1"), "the latest are offered");
    assert_eq!((prepared.notes.len(), prepared.notes_older), (NOTES_MOST, 40 - NOTES_MOST));
    assert_eq!(prepared.notes.last().map(|l| l.detail.as_deref()), Some(Some("week 39")));
    assert_eq!((prepared.distress.len(), prepared.rated), (CHART_MOST, 40));
    let page = page(&prepared, &Choice::everything(&prepared), &HashMap::new(), english(), day("2026-11-24"));
    assert!(page.words().contains(&"The chart shows the latest 31 of 40 rated sessions."));
    assert!(page.words().contains(&"40 sessions rated: 6 before and 4 after on average (0–10)."), "averages over all of them");
    assert_eq!(pdf::page_count(&page), 2, "twenty items and the chart: two pages, not eighty items on four");
}

#[test]
fn hostile_text_wraps_or_is_shortened_and_never_breaks_the_page() {
    let mut conn = open_in_memory().expect("db");
    let megabyte = "ش".repeat(300_000) + &"😔 <b>x</b> ".repeat(40_000);
    let entry = SessionEntry {
        held_at: "2026-11-20T10:00".into(),
        therapist: "‏د. سارة‎ 🌧️".into(),
        came_up: megabyte.clone(),
        helped: "a".repeat(1_000_000),
        bring_up: vec!["https://example.org/".to_string() + &"very-long-path/".repeat(100), "مرحبا 123 hello".into()],
        ..SessionEntry::default()
    };
    sessions::tests::add_for_test(&mut conn, "h", entry);
    for tag in ["en", "ar"] {
        let words = crate::i18n::catalog(tag);
        let prepared = prepare(&conn, day("2026-11-01"), day("2026-11-24"), &names(), words).expect("prepare");
        assert!(prepared.notes[0].detail.as_ref().is_some_and(|d| d.chars().count() <= 161));
        let mut choice = Choice::everything(&prepared);
        choice.notes = vec!["h".into()];
        choice.top = "x".repeat(10_000);
        let notes = session_notes(&conn, &choice.notes).expect("notes");
        let page = page(&prepared, &choice, &notes, words, day("2026-11-24"));
        let total: usize = page.words().iter().map(|w| w.chars().count()).sum();
        assert!(total < 8_000, "{total} characters on the page");
        assert!(page.words().contains(&words.text("summary-shortened", None).as_str()), "the page says what was shortened");
        let made = pdf::write(&page).expect("pdf");
        assert!(made.bytes.starts_with(b"%PDF-"));
        assert!(made.pages <= 4, "{} pages", made.pages);
        assert_eq!(made.pages, pdf::page_count(&page));
    }
}

#[test]
fn the_pdf_holds_a_title_and_a_date_and_no_other_metadata() {
    let conn = made_up();
    let prepared = november(&conn);
    let page = page(&prepared, &Choice::everything(&prepared), &HashMap::new(), english(), day("2026-11-24"));
    let bytes = pdf::write(&page).expect("pdf").bytes;
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("/Title"), "a title");
    assert!(text.contains("/CreationDate"), "a date");
    for hidden in ["/Author", "/Producer", "/Creator", "/Keywords", "/Subject", "x:xmpmeta", "krilla"] {
        assert!(!text.contains(hidden), "{hidden} found in the PDF");
    }
    for paper in [Paper::A4, Paper::Letter] {
        let sized = Page { paper, ..page.clone() };
        let (w, h) = paper.size();
        let text = String::from_utf8_lossy(&pdf::write(&sized).expect("pdf").bytes).into_owned();
        assert!(text.contains(&format!("/MediaBox[0 0 {} {}]", fmt(w), fmt(h))), "{paper:?}");
    }
}

fn fmt(v: f32) -> String {
    let s = format!("{v}");
    s.trim_end_matches(".0").to_string()
}

#[test]
#[ignore = "writes sample PDFs for looking at: cargo test -p ebb --lib summary::tests::sample -- --ignored"]
fn sample() {
    let conn = made_up();
    for tag in ["en", "ar", "de"] {
        let words = crate::i18n::catalog(tag);
        let prepared = prepare(&conn, day("2026-11-01"), day("2026-11-24"), &names(), words).expect("prepare");
        let mut choice = Choice::everything(&prepared);
        choice.notes = vec!["c".into()];
        choice.top = "How to say no to my sister".into();
        let notes = session_notes(&conn, &choice.notes).expect("notes");
        let page = page(&prepared, &choice, &notes, words, day("2026-11-24"));
        std::fs::write(format!("/tmp/summary-{tag}.pdf"), pdf::write(&page).expect("pdf").bytes).expect("write");
    }
}

#[test]
fn the_safety_plan_prints_on_one_large_type_page_with_the_emergency_line() {
    let plan = crate::safety_plan::SafetyPlan {
        warning_signs: vec!["I stop answering messages".into(), "Sleeping in the day".into()],
        on_my_own: vec!["A long breath out, ten times".into(), "A shower".into()],
        distractions: vec!["The park by the river".into()],
        people: vec!["Sam: 0123 456 789".into()],
        professionals: vec!["My therapist, weekdays".into()],
        safer_surroundings: vec![],
        reasons: vec!["My niece".into(), "Spring".into()],
    };
    for tag in ["en", "ar"] {
        let words = crate::i18n::catalog(tag);
        let page = plan.to_page(words, Paper::Letter, day("2026-11-24"));
        assert!(page.large, "large type");
        let said = page.words();
        assert!(said.contains(&words.text("plan-print-emergency", None).as_str()), "the emergency line");
        assert!(said.contains(&words.text("plan-markdown-empty", None).as_str()), "an empty step says so");
        assert!(page.blocks.iter().any(|b| matches!(b, Block::Step { number: 2, text } if text == "A shower")));
        assert_eq!(pdf::page_count(&page), 1, "{tag}: one page");
        assert!(pdf::write(&page).expect("pdf").bytes.starts_with(b"%PDF-"));
    }
}

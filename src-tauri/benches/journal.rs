//! Journal benchmarks on an encrypted journal on disk holding 10,000 sessions:
//! opening after unlock (without the KDF), a timeline page, a search, a save,
//! export, import and insights, and the KDF alone at the settings new journals get.
//! Run with `cargo bench -p ebb --bench journal` (README, "Benchmarks").

use std::hint::black_box;

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use ebb::journal::keyfile::{KdfParams, KeyFile};
use ebb::journal::sessions::{self, SessionEntry, Tears, TimelineQuery, WarningSign};
use ebb::journal::{new_id, Journal, JournalFiles};

const PASS: &str = "benchmark passphrase";
const SESSIONS: usize = 10_000;

/// A small deterministic generator: the same journal every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
    /// A word of a 5,000-word vocabulary, common words far more often than rare
    /// ones (roughly Zipf, as in real writing).
    fn word(&mut self) -> String {
        let u = (self.next(1_000_000) as f64 + 1.0) / 1_000_001.0;
        let rank = (5000f64.powf(u) as usize).min(4999);
        word(rank)
    }
    fn words(&mut self, count: usize) -> String {
        (0..count).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }
}

/// The word of a rank: syllables, so it tokenizes like a real word.
fn word(rank: usize) -> String {
    const SYLLABLES: &[&str] = &["ka", "lo", "mi", "ren", "sa", "tu", "vel", "no", "ri", "dah", "em", "fo", "gil", "ha", "jo", "ku"];
    let mut n = rank + 16;
    let mut out = String::new();
    while n > 0 {
        out.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    out
}

fn entry(rng: &mut Lcg, i: usize) -> SessionEntry {
    let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("date") + chrono::Duration::days(i as i64);
    SessionEntry {
        held_at: format!("{}T17:00", day.format("%Y-%m-%d")),
        therapist: ["Dr. Amara", "Sam", "Group"][rng.next(3)].into(),
        distress_before: Some(rng.next(11) as u8),
        distress_after: Some(rng.next(11) as u8),
        tears: Some(Tears::ALL[rng.next(4)]),
        came_up: rng.words(120),
        helped: rng.words(30),
        warning_signs: if rng.next(4) == 0 { vec![WarningSign::ALL[rng.next(5)]] } else { Vec::new() },
        tags: vec![["family", "work", "body", "sleep", "grief"][rng.next(5)].into()],
        bring_up: if rng.next(3) == 0 { vec![rng.words(6)] } else { Vec::new() },
        ..SessionEntry::default()
    }
}

fn seeded() -> (tempfile::TempDir, JournalFiles) {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = JournalFiles::under(dir.path());
    let journal = Journal::create(&files, PASS, KdfParams::MINIMUM, Utc::now()).expect("create");
    let conn = journal.connection();
    let tx = conn.unchecked_transaction().expect("tx");
    let mut rng = Lcg(7);
    let now = Utc::now().to_rfc3339();
    for i in 0..SESSIONS {
        let e = entry(&mut rng, i).checked().expect("valid");
        sessions::save(&tx, &new_id().expect("id"), &e, &now, &mut new_id).expect("seed");
    }
    tx.commit().expect("commit");
    journal.lock().expect("lock");
    (dir, files)
}

fn bench(c: &mut Criterion) {
    let (_dir, files) = seeded();
    let key_file = KeyFile::read(&files.key()).expect("key file");
    let key = key_file.open(PASS).expect("key");

    c.bench_function("open after unlock (no KDF), 10k sessions", |b| {
        b.iter(|| black_box(Journal::open_with_key(&files, &key, key_file.inbox_recipient()).expect("open")))
    });

    let mut journal = Journal::open_with_key(&files, &key, key_file.inbox_recipient()).expect("open");
    c.bench_function("timeline first page with total, 10k sessions", |b| {
        b.iter(|| black_box(journal.timeline(&TimelineQuery::default()).expect("page")))
    });
    let first = journal.timeline(&TimelineQuery::default()).expect("page");
    c.bench_function("timeline next page, 10k sessions", |b| {
        b.iter(|| black_box(journal.timeline(&TimelineQuery { after: first.next.clone(), ..TimelineQuery::default() }).expect("page")))
    });
    // Words of different frequency, and a word with the start of another.
    for (label, text) in [("a word", word(200)), ("a word and a word start", format!("{} {}", word(120), &word(300)[..4])), ("a common word", word(3))] {
        let q = TimelineQuery { text: text.clone(), ..TimelineQuery::default() };
        let found = journal.timeline(&q).expect("search").total.unwrap_or_default();
        c.bench_function(&format!("search {label} ({found} matches), 10k sessions"), |b| b.iter(|| black_box(journal.timeline(&q).expect("search"))));
    }
    c.bench_function("search with filters, 10k sessions", |b| {
        let q = TimelineQuery { text: word(50), therapist: Some("Sam".into()), tears: vec![Tears::During], ..TimelineQuery::default() };
        b.iter(|| black_box(journal.timeline(&q).expect("search")))
    });
    let mut rng = Lcg(99);
    c.bench_function("save a session (synchronous=FULL, on disk), 10k sessions", |b| {
        b.iter(|| black_box(journal.save_session(None, entry(&mut rng, 20_000), Utc::now()).expect("save")))
    });

    // Export, import and insights (issue targets: JSON export ≤ 1 s, import ≤ 2 s).
    let mut group = c.benchmark_group("data");
    group.sample_size(10);
    group.bench_function("export JSON (read + serialise), 10k sessions", |b| {
        b.iter(|| black_box(serde_json::to_vec_pretty(&journal.archive(Utc::now()).expect("archive")).expect("json")))
    });
    let archive = journal.archive(Utc::now()).expect("archive");
    let json = serde_json::to_vec_pretty(&archive).expect("json");
    group.bench_function("export Markdown, 10k sessions", |b| {
        let english = ebb::i18n::Catalog::new(&ebb::i18n::LANGUAGES[0]);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
        b.iter(|| black_box(ebb::journal::export::markdown(&archive, &Default::default(), &english, today)))
    });
    group.bench_function("import JSON (parse, check, merge, commit) into an empty journal, 10k sessions", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("temp dir");
                let files = JournalFiles::under(dir.path());
                let journal = Journal::create(&files, PASS, KdfParams::MINIMUM, Utc::now()).expect("create");
                (dir, journal)
            },
            |(dir, mut journal)| {
                let checked = ebb::journal::archive::parse(&json).expect("parse");
                assert_eq!(checked.problem_count, 0);
                black_box(journal.import(&checked.archive).expect("import"));
                (dir, journal)
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.bench_function("import the same file again (adds nothing), 10k sessions", |b| {
        b.iter(|| {
            let checked = ebb::journal::archive::parse(&json).expect("parse");
            black_box(journal.import(&checked.archive).expect("import"))
        })
    });
    let today = chrono::NaiveDate::from_ymd_opt(2027, 5, 20).expect("date");
    group.bench_function("insights over everything (27 years), 10k sessions", |b| {
        b.iter(|| black_box(journal.insights(None, today).expect("insights")))
    });
    group.bench_function("insights, last 12 months, 10k sessions", |b| {
        b.iter(|| black_box(journal.insights(chrono::NaiveDate::from_ymd_opt(2026, 5, 20), today).expect("insights")))
    });
    group.finish();

    // The page for the next session over the last month (30 sessions): gathered,
    // worded, set and written as a PDF, as "Save as PDF" does.
    let mut group = c.benchmark_group("summary");
    group.sample_size(20);
    let words = ebb::i18n::catalog("en");
    let names = std::collections::HashMap::new();
    let month = (chrono::NaiveDate::from_ymd_opt(2027, 4, 20).expect("date"), today);
    let pdf = |choose_notes: bool| {
        let prepared = ebb::summary::prepare(journal.connection(), month.0, month.1, &names, words).expect("prepare");
        let mut choice = ebb::summary::Choice::everything(&prepared);
        if choose_notes {
            choice.notes = prepared.notes.iter().rev().take(3).map(|l| l.id.clone()).collect();
        }
        let notes = ebb::summary::session_notes(journal.connection(), &choice.notes).expect("notes");
        let page = ebb::summary::page(&prepared, &choice, &notes, words, today);
        let made = ebb::summary::pdf::write(&page).expect("pdf");
        (made.bytes, made.pages)
    };
    for notes in [false, true] {
        let (bytes, pages) = pdf(notes);
        eprintln!("summary PDF for a month{}: {} bytes, {pages} page(s)", if notes { " with 3 sessions' notes" } else { "" }, bytes.len());
    }
    group.bench_function("summary PDF for a month, 10k sessions", |b| b.iter(|| black_box(pdf(false))));
    group.bench_function("summary PDF for a month with 3 sessions' notes, 10k sessions", |b| b.iter(|| black_box(pdf(true))));
    group.finish();

    let fresh = KeyFile::seal(&key, PASS, KdfParams::RECOMMENDED, key_file.inbox_recipient()).expect("seal");
    let mut group = c.benchmark_group("kdf");
    group.sample_size(10);
    group.bench_function("unlock KDF (Argon2id 128 MiB, 4 passes)", |b| b.iter(|| black_box(fresh.open(PASS).expect("open"))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! What the insights screen shows, worked out from the journal: distress before and
//! after each session, how each tool changed distress on average, tears and warning
//! signs per week or month, and the gentle patterns with the sessions behind them.
//! Counts and averages only; the words around them are the interface's.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use serde::Serialize;

use super::observations::{self, Observation};
use super::sessions::{self, TearKind, Tears, WarningSign};
use crate::error::{Error, Result};

/// A range longer than this is shown per month rather than per week.
const WEEKS_UP_TO_DAYS: i64 = 183;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bucket {
    Week,
    Month,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DistressPoint {
    pub id: String,
    pub held_at: String,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// One tool (a breathing pattern or a checklist) and how distress moved around it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolEffect {
    /// `pacer` or `grounding`.
    pub tool: String,
    /// The pattern or checklist's id.
    pub used: Option<String>,
    /// Times used with both ratings given.
    pub rated: u32,
    /// Mean of (after − before) over those; negative means distress went down.
    pub average_change: f64,
}

/// One week (starting Monday) or month.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    pub sessions: u32,
    pub with_tears: u32,
    pub tear_kinds: BTreeMap<TearKind, u32>,
    pub warning_signs: BTreeMap<WarningSign, u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionRef {
    pub id: String,
    pub held_at: String,
    pub therapist: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Insights {
    /// Sessions in the range, and in the whole journal.
    pub sessions: u32,
    pub all_sessions: u32,
    pub from: Option<String>,
    pub distress: Vec<DistressPoint>,
    pub tools: Vec<ToolEffect>,
    pub bucket: Bucket,
    pub periods: Vec<Period>,
    /// The gentle patterns (always over the latest sessions, whatever the range).
    pub observations: Vec<Observation>,
    /// The sessions the patterns come from, to link to.
    pub mentioned: Vec<SessionRef>,
}

/// One session as the charts need it.
struct Row {
    id: String,
    held_at: String,
    before: Option<u8>,
    after: Option<u8>,
    tears: Option<String>,
}

/// Insights over sessions held on or after `from` (all when `None`); `today` ends
/// the range.
pub fn gather(conn: &Connection, from: Option<NaiveDate>, today: NaiveDate) -> Result<Insights> {
    let db = || Error::db("Could not read the journal for insights");
    let since = from.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let rows: Vec<Row> = conn
        .prepare_cached(
            "SELECT id, held_at, distress_before, distress_after, tears FROM sessions
             WHERE deleted_at IS NULL AND held_at >= ?1 ORDER BY held_at, id",
        )
        .and_then(|mut s| {
            s.query_map([&since], |r| {
                Ok(Row { id: r.get(0)?, held_at: r.get(1)?, before: r.get(2)?, after: r.get(3)?, tears: r.get(4)? })
            })?
            .collect()
        })
        .map_err(db())?;
    let all_sessions: i64 = conn
        .query_row("SELECT count(*) FROM sessions WHERE deleted_at IS NULL", [], |r| r.get(0))
        .map_err(db())?;
    let pairs = |sql: &str| -> Result<HashMap<String, Vec<String>>> {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        let mut statement = conn.prepare_cached(sql).map_err(db())?;
        for row in statement.query_map([&since], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))).map_err(db())? {
            let (id, value) = row.map_err(db())?;
            map.entry(id).or_default().push(value);
        }
        Ok(map)
    };
    let kinds = pairs(
        "SELECT k.session_id, k.kind FROM session_tear_kinds k JOIN sessions s ON s.id = k.session_id
         WHERE s.deleted_at IS NULL AND s.held_at >= ?1",
    )?;
    let signs = pairs(
        "SELECT w.session_id, w.sign FROM session_warning_signs w JOIN sessions s ON s.id = w.session_id
         WHERE s.deleted_at IS NULL AND s.held_at >= ?1",
    )?;

    let start = from.or_else(|| rows.first().and_then(|r| held_day(&r.held_at)));
    let bucket = match start {
        Some(start) if (today - start).num_days() > WEEKS_UP_TO_DAYS => Bucket::Month,
        _ => Bucket::Week,
    };
    let mut periods: Vec<Period> = Vec::new();
    if let Some(start) = start {
        let mut day = period_start(start, bucket);
        while day <= today {
            periods.push(Period {
                start: day.format("%Y-%m-%d").to_string(),
                sessions: 0,
                with_tears: 0,
                tear_kinds: BTreeMap::new(),
                warning_signs: BTreeMap::new(),
            });
            day = next_period(day, bucket);
        }
    }
    let mut distress = Vec::new();
    for Row { id, held_at, before, after, tears } in &rows {
        if before.is_some() || after.is_some() {
            distress.push(DistressPoint { id: id.clone(), held_at: held_at.clone(), before: *before, after: *after });
        }
        let Some(day) = held_day(held_at) else { continue };
        let key = period_start(day, bucket).format("%Y-%m-%d").to_string();
        let Ok(at) = periods.binary_search_by(|p| p.start.cmp(&key)) else { continue };
        let period = &mut periods[at];
        period.sessions += 1;
        if matches!(tears.as_deref().and_then(Tears::parse), Some(Tears::During | Tears::After | Tears::Both)) {
            period.with_tears += 1;
        }
        for kind in kinds.get(id).into_iter().flatten().filter_map(|k| TearKind::parse(k)) {
            *period.tear_kinds.entry(kind).or_default() += 1;
        }
        for sign in signs.get(id).into_iter().flatten().filter_map(|s| WarningSign::parse(s)) {
            *period.warning_signs.entry(sign).or_default() += 1;
        }
    }

    let practice_since = from.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let tools: Vec<ToolEffect> = conn
        .prepare_cached(
            "SELECT tool, used, count(*), avg(after - before) FROM practice
             WHERE before IS NOT NULL AND after IS NOT NULL AND ended_at >= ?1
             GROUP BY tool, used ORDER BY count(*) DESC, tool, used",
        )
        .and_then(|mut s| {
            s.query_map([&practice_since], |r| {
                Ok(ToolEffect { tool: r.get(0)?, used: r.get(1)?, rated: r.get(2)?, average_change: r.get(3)? })
            })?
            .collect()
        })
        .map_err(db())?;

    let observations = observations::observe(&sessions::recent(conn, observations::WINDOW as u32)?);
    let mut mentioned: Vec<SessionRef> = Vec::new();
    for id in observations.iter().flat_map(|o| &o.sessions) {
        if mentioned.iter().any(|m| &m.id == id) {
            continue;
        }
        let session = sessions::get(conn, id)?;
        mentioned.push(SessionRef { id: id.clone(), held_at: session.entry.held_at, therapist: session.entry.therapist });
    }
    Ok(Insights {
        sessions: rows.len() as u32,
        all_sessions: all_sessions.unsigned_abs() as u32,
        from: from.map(|d| d.format("%Y-%m-%d").to_string()),
        distress,
        tools,
        bucket,
        periods,
        observations,
        mentioned,
    })
}

fn held_day(held_at: &str) -> Option<NaiveDate> {
    NaiveDateTime::parse_from_str(held_at, "%Y-%m-%dT%H:%M").ok().map(|t| t.date())
}

fn period_start(day: NaiveDate, bucket: Bucket) -> NaiveDate {
    match bucket {
        Bucket::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
        Bucket::Month => day.with_day(1).unwrap_or(day),
    }
}

fn next_period(day: NaiveDate, bucket: Bucket) -> NaiveDate {
    match bucket {
        Bucket::Week => day + Duration::days(7),
        Bucket::Month => day.checked_add_months(chrono::Months::new(1)).unwrap_or(NaiveDate::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::db::open_in_memory;
    use crate::journal::sessions::SessionEntry;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    fn entry(held_at: &str, before: u8, after: u8, tears: Option<Tears>, signs: Vec<WarningSign>) -> SessionEntry {
        SessionEntry {
            held_at: held_at.into(),
            distress_before: Some(before),
            distress_after: Some(after),
            tears,
            tear_kinds: if tears.is_some_and(|t| t != Tears::None) { vec![TearKind::Release] } else { vec![] },
            warning_signs: signs,
            ..SessionEntry::default()
        }
    }

    #[test]
    fn an_empty_journal_has_nothing_to_show_and_does_not_fail() {
        let conn = open_in_memory().expect("db");
        let insights = gather(&conn, None, day("2026-11-22")).expect("gather");
        assert_eq!(insights.sessions, 0);
        assert!(insights.distress.is_empty() && insights.periods.is_empty() && insights.tools.is_empty());
    }

    #[test]
    fn sessions_fall_into_their_weeks_with_tears_and_signs_counted() {
        let mut conn = open_in_memory().expect("db");
        // Mondays: 2 Nov, 9 Nov, 16 Nov 2026.
        sessions::tests::add_for_test(&mut conn, "a", entry("2026-11-03T18:00", 7, 4, Some(Tears::During), vec![WarningSign::Flooding]));
        sessions::tests::add_for_test(&mut conn, "b", entry("2026-11-08T18:00", 6, 6, Some(Tears::None), vec![]));
        sessions::tests::add_for_test(&mut conn, "c", entry("2026-11-17T18:00", 8, 5, Some(Tears::Both), vec![WarningSign::Flooding, WarningSign::Panic]));
        let insights = gather(&conn, Some(day("2026-11-01")), day("2026-11-22")).expect("gather");
        assert_eq!(insights.bucket, Bucket::Week);
        let starts: Vec<&str> = insights.periods.iter().map(|p| p.start.as_str()).collect();
        assert_eq!(starts, ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"]);
        let week = |i: usize| &insights.periods[i];
        assert_eq!((week(1).sessions, week(1).with_tears), (2, 1));
        assert_eq!((week(2).sessions, week(2).with_tears), (0, 0), "an empty week is shown as empty, not left out");
        assert_eq!(week(3).warning_signs.get(&WarningSign::Panic), Some(&1));
        assert_eq!(week(1).tear_kinds.get(&TearKind::Release), Some(&1));
        assert_eq!(insights.distress.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
        let later = gather(&conn, Some(day("2026-11-10")), day("2026-11-22")).expect("gather");
        assert_eq!(later.sessions, 1);
        assert_eq!(later.all_sessions, 3);
    }

    #[test]
    fn a_long_range_is_shown_by_month_and_tools_average_their_change() {
        let mut conn = open_in_memory().expect("db");
        sessions::tests::add_for_test(&mut conn, "a", entry("2025-01-15T10:00", 5, 5, None, vec![]));
        sessions::tests::add_for_test(&mut conn, "b", entry("2026-11-15T10:00", 5, 5, None, vec![]));
        let at = |t: &str| chrono::DateTime::parse_from_rfc3339(t).expect("time").with_timezone(&chrono::Utc);
        let record = |before, after, used: &str, time: &str| crate::pacer::practice::PracticeRecord {
            tool: crate::pacer::practice::Tool::Pacer,
            used: Some(used.into()),
            before: Some(before),
            after: Some(after),
            active_seconds: 60,
            ended_at: at(time),
        };
        let practice = [(8, 5, "exhale"), (6, 5, "exhale"), (4, 6, "box")];
        for (i, (before, after, used)) in practice.into_iter().enumerate() {
            crate::journal::practice::insert(&conn, &format!("p{i}"), &record(before, after, used, "2026-11-20T10:00:00Z")).expect("insert");
        }
        let insights = gather(&conn, None, day("2026-11-22")).expect("gather");
        assert_eq!(insights.bucket, Bucket::Month);
        assert_eq!(insights.periods.first().map(|p| p.start.as_str()), Some("2025-01-01"));
        assert_eq!(insights.periods.len(), 23);
        let exhale = insights.tools.iter().find(|t| t.used.as_deref() == Some("exhale")).expect("exhale");
        assert_eq!(exhale.rated, 2);
        assert!((exhale.average_change - -2.0).abs() < 1e-9, "(−3 + −1) / 2 = −2, got {}", exhale.average_change);
        let boxed = insights.tools.iter().find(|t| t.used.as_deref() == Some("box")).expect("box");
        assert!((boxed.average_change - 2.0).abs() < 1e-9);
    }
}

//! "Prepare for my next session": one page to bring to a therapist. What a stretch
//! of the journal holds is gathered and said in the person's language (`prepare`,
//! here), shown to them to choose from, and only what they chose is set on the page
//! (`page.rs`), which is written as a PDF (`pdf.rs`) or printed by the window from
//! the same blocks.

pub mod layout;
mod page;
pub mod pdf;

pub use page::{page, Block, Choice, Page, Paper};

use std::collections::{BTreeMap, HashMap};

use chrono::{Months, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Catalog;
use crate::journal::bring_up;
use crate::journal::export::{long_day, short_day};
use crate::journal::sessions::{self, WarningSign};

/// The chart shows at most this many sessions, the latest.
pub const CHART_MOST: usize = 31;
/// The preview offers at most this many items to bring up (the latest raised) and
/// this many sessions' notes (the latest); the rest are counted, and stay in the journal.
pub const ITEMS_MOST: usize = 20;
pub const NOTES_MOST: usize = 31;

/// Which stretch of time the page covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stretch {
    /// From the day of the latest session up to today.
    SinceLastSession,
    LastMonth,
    Dates,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ask {
    pub stretch: Stretch,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub to: Option<String>,
}

/// One thing the person may keep on the page or leave off: `id` is what the choice
/// names, `text` is exactly what the page says, `detail` is shown only in the preview.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    pub id: String,
    pub text: String,
    pub detail: Option<String>,
}

/// A session's distress before and after, for the chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    /// A short date under the bars: "3 Nov".
    pub label: String,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// Everything the stretch offers, in the person's words and language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Prepared {
    pub from: String,
    pub to: String,
    /// "3 to 24 November 2026".
    pub stretch_words: String,
    pub sessions: u32,
    /// The latest open items, oldest first, at most [`ITEMS_MOST`].
    pub bring_up: Vec<Line>,
    /// Open items older than those offered.
    pub bring_up_older: usize,
    /// The latest rated sessions, at most [`CHART_MOST`].
    pub distress: Vec<Point>,
    /// Sessions rated in the stretch (the averages are over all of them).
    pub rated: usize,
    /// The chart in a sentence, so it reads without the picture: averages before and after.
    pub distress_words: Option<String>,
    pub signs: Vec<Line>,
    pub helped: Vec<Line>,
    /// The latest sessions with notes, at most [`NOTES_MOST`]; `detail` is the start
    /// of what came up.
    pub notes: Vec<Line>,
    /// Sessions with notes older than those offered.
    pub notes_older: usize,
    /// The paper usual where the person lives, offered first.
    pub paper: Paper,
}

/// The first and last day `ask` covers, up to `today`.
pub fn stretch(conn: &Connection, ask: &Ask, today: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let month_ago = today.checked_sub_months(Months::new(1)).unwrap_or(today);
    match ask.stretch {
        Stretch::LastMonth => Ok((month_ago, today)),
        Stretch::SinceLastSession => {
            let latest: Option<String> = conn
                .query_row(
                    "SELECT max(held_at) FROM sessions WHERE deleted_at IS NULL AND held_at <= ?1",
                    [format!("{}T23:59", today.format("%Y-%m-%d"))],
                    |r| r.get(0),
                )
                .map_err(Error::db("Could not read the journal"))?;
            let from = latest.as_deref().and_then(day_of).unwrap_or(month_ago);
            Ok((from, today))
        }
        Stretch::Dates => {
            let day = |field: &'static str, text: Option<&str>| {
                text.filter(|t| !t.is_empty())
                    .and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
                    .ok_or_else(|| Error::invalid(field, "Please give a date as year-month-day."))
            };
            let (from, to) = (day("from", ask.from.as_deref())?, day("to", ask.to.as_deref())?);
            if from > to {
                return Err(Error::invalid("from", "The first day comes after the last one. Please swap them."));
            }
            Ok((from, to))
        }
    }
}

fn day_of(held_at: &str) -> Option<NaiveDate> {
    NaiveDateTime::parse_from_str(held_at, "%Y-%m-%dT%H:%M").ok().map(|t| t.date())
}

/// What the days from `from` to `to` hold. `names`: breathing patterns' and lists'
/// ids to their names, for "what helped".
pub fn prepare(conn: &Connection, from: NaiveDate, to: NaiveDate, names: &HashMap<String, String>, words: &Catalog) -> Result<Prepared> {
    let db = || Error::db("Could not read the journal for the summary");
    let locale = crate::i18n::chrono_locale(words.tag());
    let first = from.format("%Y-%m-%dT00:00").to_string();
    let last = to.format("%Y-%m-%dT23:59").to_string();

    struct Held {
        id: String,
        held_at: String,
        therapist: String,
        before: Option<u8>,
        after: Option<u8>,
        /// The start of its notes (what came up, else what helped): read in full only when chosen.
        notes: String,
    }
    let held: Vec<Held> = conn
        .prepare_cached(
            "SELECT s.id, s.held_at, s.therapist, s.distress_before, s.distress_after,
                    (SELECT substr(CASE WHEN trim(t.came_up) != '' THEN t.came_up ELSE t.helped END, 1, 400)
                     FROM session_text t WHERE t.session_id = s.id)
             FROM sessions s WHERE s.deleted_at IS NULL AND s.held_at >= ?1 AND s.held_at <= ?2 ORDER BY s.held_at, s.id",
        )
        .and_then(|mut s| {
            s.query_map([&first, &last], |r| {
                Ok(Held {
                    id: r.get(0)?,
                    held_at: r.get(1)?,
                    therapist: r.get(2)?,
                    before: r.get(3)?,
                    after: r.get(4)?,
                    notes: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                })
            })?
            .collect()
        })
        .map_err(db())?;

    let open_items: Vec<_> = bring_up::open_bring_up(conn, None)?.into_iter().filter(|item| item.raised_at <= last).collect();
    let bring_up_older = open_items.len().saturating_sub(ITEMS_MOST);
    let bring_up = open_items
        .into_iter()
        .skip(bring_up_older)
        .map(|item| Line {
            id: item.id,
            text: item.text,
            detail: day_of(&item.raised_at).map(|d| words.with("summary-noted", &[("date", short_day(d, locale).into())])),
        })
        .collect();

    let rated: Vec<&Held> = held.iter().filter(|h| h.before.is_some() || h.after.is_some()).collect();
    let distress: Vec<Point> = rated[rated.len().saturating_sub(CHART_MOST)..]
        .iter()
        .map(|h| Point { label: day_of(&h.held_at).map(|d| short_day(d, locale)).unwrap_or_default(), before: h.before, after: h.after })
        .collect();
    let mean = |values: Vec<u8>| (!values.is_empty()).then(|| values.iter().map(|&v| f64::from(v)).sum::<f64>() / values.len() as f64);
    let distress_words = match (mean(rated.iter().filter_map(|h| h.before).collect()), mean(rated.iter().filter_map(|h| h.after).collect())) {
        (None, None) => None,
        (before, after) => Some(words.with(
            "summary-distress-words",
            &[
                ("sessions", rated.len().into()),
                ("before", before.map(one_decimal).unwrap_or_default().into()),
                ("after", after.map(one_decimal).unwrap_or_default().into()),
                ("has", (match (before, after) {
                    (Some(_), Some(_)) => "both",
                    (Some(_), None) => "before",
                    _ => "after",
                }).into()),
            ],
        )),
    };

    let mut sign_counts: BTreeMap<WarningSign, usize> = BTreeMap::new();
    let mut statement = conn
        .prepare_cached(
            "SELECT w.sign FROM session_warning_signs w JOIN sessions s ON s.id = w.session_id
             WHERE s.deleted_at IS NULL AND s.held_at >= ?1 AND s.held_at <= ?2",
        )
        .map_err(db())?;
    for sign in statement.query_map([&first, &last], |r| r.get::<_, String>(0)).map_err(db())? {
        if let Some(sign) = WarningSign::parse(&sign.map_err(db())?) {
            *sign_counts.entry(sign).or_default() += 1;
        }
    }
    let mut signs: Vec<(WarningSign, usize)> = sign_counts.into_iter().collect();
    signs.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    let signs = signs
        .into_iter()
        .map(|(sign, count)| Line {
            id: sign.as_str().to_string(),
            text: words.with(
                "summary-sign",
                &[
                    ("sign", words.text(&format!("session-sign-{}", sign.as_str()), None).into()),
                    ("count", count.into()),
                    ("sessions", held.len().into()),
                ],
            ),
            detail: None,
        })
        .collect();

    let helped = tools_that_helped(conn, from, to)?
        .into_iter()
        .map(|(tool, used, rated, change)| {
            let name = used.as_ref().and_then(|u| names.get(u)).cloned().unwrap_or_else(|| {
                words.text(if tool == "pacer" { "insights-tool-breathing" } else { "insights-tool-grounding" }, None)
            });
            Line {
                id: format!("{tool}:{}", used.unwrap_or_default()),
                text: words.with(
                    "summary-helped",
                    &[("name", name.into()), ("kind", tool.into()), ("amount", one_decimal(-change).into()), ("rated", rated.into())],
                ),
                detail: None,
            }
        })
        .collect();

    let with_notes: Vec<&Held> = held.iter().filter(|h| !h.notes.trim().is_empty()).collect();
    let notes_older = with_notes.len().saturating_sub(NOTES_MOST);
    let notes = with_notes[notes_older..]
        .iter()
        .map(|h| Line {
            id: h.id.clone(),
            text: session_words(&h.held_at, &h.therapist, words, locale),
            detail: Some(preview_text(&h.notes)),
        })
        .collect();

    Ok(Prepared {
        from: from.format("%Y-%m-%d").to_string(),
        to: to.format("%Y-%m-%d").to_string(),
        stretch_words: words.with("summary-stretch", &[("from", long_day(from, locale).into()), ("to", long_day(to, locale).into())]),
        sessions: held.len() as u32,
        bring_up,
        bring_up_older,
        distress,
        rated: rated.len(),
        distress_words,
        signs,
        helped,
        notes,
        notes_older,
        paper: Paper::A4,
    })
}

/// A tool, its pattern or list id, the times it was rated, and the mean change.
type Helped = (String, Option<String>, u32, f64);

/// Tools whose rated uses in the stretch lowered distress on average, most first.
fn tools_that_helped(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Helped>> {
    let start = from.format("%Y-%m-%d").to_string();
    let end = (to + chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    conn.prepare_cached(
        "SELECT tool, used, count(*), avg(after - before) FROM practice
         WHERE before IS NOT NULL AND after IS NOT NULL AND ended_at >= ?1 AND ended_at < ?2
         GROUP BY tool, used HAVING avg(after - before) <= -0.05 ORDER BY avg(after - before), count(*) DESC, tool, used",
    )
    .and_then(|mut s| s.query_map([&start, &end], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect())
    .map_err(Error::db("Could not read the practice records"))
}

/// What came up and what helped, for the sessions among `ids` (read only when chosen).
pub fn session_notes(conn: &Connection, ids: &[String]) -> Result<HashMap<String, (String, String)>> {
    let mut found = HashMap::new();
    for id in ids {
        let session = sessions::get(conn, id)?;
        found.insert(id.clone(), (session.entry.came_up, session.entry.helped));
    }
    Ok(found)
}

fn session_words(held_at: &str, therapist: &str, words: &Catalog, locale: chrono::Locale) -> String {
    let day = day_of(held_at).map(|d| long_day(d, locale)).unwrap_or_else(|| held_at.to_string());
    if therapist.trim().is_empty() {
        day
    } else {
        words.with("summary-session-with", &[("day", day.into()), ("therapist", therapist.trim().to_string().into())])
    }
}

/// The start of a note, for the preview.
fn preview_text(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    layout::shortened(&flat, 160).unwrap_or(flat)
}

fn one_decimal(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests;

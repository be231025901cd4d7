//! "Prepare for my next session": one page to bring to a therapist. What a stretch
//! of the journal holds is gathered and said in the person's language (`prepare`),
//! shown to them to choose from, and only what they chose is set on the page
//! (`page`), which is written as a PDF (`pdf`) or printed by the window from the
//! same blocks.

pub mod layout;
pub mod pdf;

use std::collections::{BTreeMap, HashMap};

use chrono::{Months, NaiveDate, NaiveDateTime};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Catalog;
use crate::journal::bring_up;
use crate::journal::sessions::{self, WarningSign};

/// The chart shows at most this many sessions, the latest.
pub const CHART_MOST: usize = 31;
/// The preview offers at most this many items to bring up (the latest raised) and
/// this many sessions' notes (the latest); the rest are counted, and stay in the journal.
pub const ITEMS_MOST: usize = 20;
pub const NOTES_MOST: usize = 31;
/// Longer texts are shortened on the page, with an ellipsis and a note.
const ITEM_CHARS: usize = 400;
const NOTE_CHARS: usize = 2_500;
pub const TOP_CHARS: usize = 300;

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

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// US Letter where it is the usual paper (the Americas that use it and the
    /// Philippines), A4 everywhere else; from the system's first language tag.
    pub fn usual(system: &[String]) -> Paper {
        const LETTER: [&str; 12] = ["US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "DO", "PA"];
        let region = system.first().and_then(|tag| tag.split(['-', '_']).nth(1)).map(|r| r.split('.').next().unwrap_or(r).to_ascii_uppercase());
        match region {
            Some(region) if LETTER.contains(&region.as_str()) => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// What the person kept, by id. Anything not named here stays off the page.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Choice {
    /// Their own line at the top: what they most want to talk about.
    pub top: String,
    pub bring_up: Vec<String>,
    pub distress: bool,
    pub signs: Vec<String>,
    pub helped: Vec<String>,
    pub notes: Vec<String>,
    pub paper: Paper,
}

impl Choice {
    /// Everything on offer, as the command line makes it.
    pub fn everything(prepared: &Prepared) -> Choice {
        let ids = |lines: &[Line]| lines.iter().map(|l| l.id.clone()).collect();
        Choice {
            top: String::new(),
            bring_up: ids(&prepared.bring_up),
            distress: !prepared.distress.is_empty(),
            signs: ids(&prepared.signs),
            helped: ids(&prepared.helped),
            notes: Vec::new(),
            paper: Paper::A4,
        }
    }
}

/// A piece of the page, drawn the same way in the PDF and in print.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Block {
    Title { text: String },
    Subtitle { text: String },
    Heading { text: String },
    /// A smaller heading, such as a session's date above its notes.
    Label { text: String },
    Paragraph { text: String },
    Item { text: String },
    /// A numbered line (the safety plan's steps).
    Step { number: usize, text: String },
    Chart { points: Vec<Point>, before: String, after: String, caption: Option<String> },
    /// Small print: where things come from, what was shortened.
    Note { text: String },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// The PDF's title, and the file's suggested name without the extension.
    pub title: String,
    pub lang: String,
    pub rtl: bool,
    pub paper: Paper,
    /// Larger type throughout (the safety plan).
    pub large: bool,
    pub blocks: Vec<Block>,
    /// Under every page: the day it was made.
    pub footer: String,
    /// The day it was made, `YYYY-MM-DD` (the PDF's only date).
    pub made: String,
}

impl Page {
    pub fn new(title: String, words: &Catalog, paper: Paper, large: bool, blocks: Vec<Block>, made: NaiveDate) -> Page {
        let locale = crate::i18n::chrono_locale(words.tag());
        Page {
            title,
            lang: words.tag().to_string(),
            rtl: crate::i18n::LANGUAGES.iter().any(|l| l.tag == words.tag() && l.rtl),
            paper,
            large,
            blocks,
            footer: words.with("summary-footer", &[("date", long_day(made, locale).into())]),
            made: made.format("%Y-%m-%d").to_string(),
        }
    }

    /// Every word on the page, in order (what pdftotext should find, and the tests read).
    pub fn words(&self) -> Vec<&str> {
        let mut all = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Title { text }
                | Block::Subtitle { text }
                | Block::Heading { text }
                | Block::Label { text }
                | Block::Paragraph { text }
                | Block::Item { text }
                | Block::Note { text }
                | Block::Step { text, .. } => all.push(text.as_str()),
                Block::Chart { points, before, after, caption } => {
                    all.extend(points.iter().map(|p| p.label.as_str()));
                    all.push(before);
                    all.push(after);
                    all.extend(caption.as_deref());
                }
            }
        }
        all.push(&self.footer);
        all
    }
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

/// The page: only what `choice` names of what `prepared` offers, in that order.
pub fn page(prepared: &Prepared, choice: &Choice, notes: &HashMap<String, (String, String)>, words: &Catalog, made: NaiveDate) -> Page {
    let mut blocks = vec![
        Block::Title { text: words.text("summary-page-title", None) },
        Block::Subtitle { text: prepared.stretch_words.clone() },
    ];
    let mut shortened = false;
    let mut cut = |text: &str, limit: usize| match layout::shortened(text.trim(), limit) {
        Some(short) => {
            shortened = true;
            short
        }
        None => text.trim().to_string(),
    };
    let top = cut(&choice.top, TOP_CHARS);
    if !top.is_empty() {
        blocks.push(Block::Heading { text: words.text("summary-top-heading", None) });
        blocks.push(Block::Paragraph { text: top });
    }
    let chosen = |lines: &[Line], ids: &[String]| -> Vec<Line> { lines.iter().filter(|l| ids.contains(&l.id)).cloned().collect() };

    let items = chosen(&prepared.bring_up, &choice.bring_up);
    if !items.is_empty() {
        blocks.push(Block::Heading { text: words.text("summary-bring-up-heading", None) });
        blocks.extend(items.iter().map(|l| Block::Item { text: cut(&l.text, ITEM_CHARS) }));
    }
    if choice.distress && !prepared.distress.is_empty() {
        blocks.push(Block::Heading { text: words.text("summary-distress-heading", None) });
        let shown = prepared.distress.len();
        let caption = (prepared.rated > shown).then(|| words.with("summary-chart-latest", &[("shown", shown.into()), ("all", prepared.rated.into())]));
        blocks.push(Block::Chart {
            points: prepared.distress.clone(),
            before: words.text("summary-chart-before", None),
            after: words.text("summary-chart-after", None),
            caption,
        });
        if let Some(text) = &prepared.distress_words {
            blocks.push(Block::Paragraph { text: text.clone() });
        }
    }
    let signs = chosen(&prepared.signs, &choice.signs);
    if !signs.is_empty() {
        blocks.push(Block::Heading { text: words.text("summary-signs-heading", None) });
        blocks.extend(signs.iter().map(|l| Block::Item { text: l.text.clone() }));
        blocks.push(Block::Note { text: words.text("summary-signs-note", None) });
    }
    let helped = chosen(&prepared.helped, &choice.helped);
    if !helped.is_empty() {
        blocks.push(Block::Heading { text: words.text("summary-helped-heading", None) });
        blocks.extend(helped.iter().map(|l| Block::Item { text: l.text.clone() }));
    }
    let sessions = chosen(&prepared.notes, &choice.notes);
    if !sessions.is_empty() {
        blocks.push(Block::Heading { text: words.text("summary-notes-heading", None) });
        for session in &sessions {
            let Some((came_up, helped)) = notes.get(&session.id) else { continue };
            blocks.push(Block::Label { text: session.text.clone() });
            for (id, text) in [("summary-came-up", came_up), ("summary-what-helped", helped)] {
                if !text.trim().is_empty() {
                    blocks.push(Block::Paragraph { text: words.with(id, &[("text", cut(text, NOTE_CHARS).into())]) });
                }
            }
        }
    }
    if blocks.len() == 2 {
        blocks.push(Block::Paragraph { text: words.text("summary-nothing-chosen", None) });
    }
    if shortened {
        blocks.push(Block::Note { text: words.text("summary-shortened", None) });
    }
    let title = words.with("summary-file-title", &[("stretch", prepared.stretch_words.clone().into())]);
    Page::new(title, words, choice.paper, false, blocks, made)
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

fn long_day(date: NaiveDate, locale: chrono::Locale) -> String {
    crate::journal::export::long_day(date, locale)
}

fn short_day(date: NaiveDate, locale: chrono::Locale) -> String {
    crate::journal::export::short_day(date, locale)
}

fn one_decimal(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests;

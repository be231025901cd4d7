//! Readable exports of the journal document: Markdown (to read, or to share a few
//! sessions with a therapist) and CSV (one row per session, for a spreadsheet).
//! Neither is encrypted, and both say so where a reader will see it. The complete,
//! re-importable export is the JSON of `archive`.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

use super::archive::{Archive, BringUpRecord, SessionRecord};
use super::sessions::{BodyState, TearKind, Tears, WarningSign};
use crate::error::{Error, Result};
use crate::i18n::Catalog;

/// The export formats: readable (Markdown), complete (JSON), one row a session (CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Markdown,
    Json,
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

/// The file for `format` and how many sessions it holds. JSON is always complete;
/// Markdown and CSV hold the `selection`. `today` dates the Markdown.
/// `words` gives the Markdown's language; `today` dates it.
pub fn render(archive: &Archive, format: Format, selection: &Selection, words: &Catalog, today: NaiveDate) -> Result<(Vec<u8>, usize)> {
    match format {
        Format::Json => {
            let mut bytes = serde_json::to_vec_pretty(archive).map_err(|e| Error::Unreadable(e.to_string()))?;
            bytes.push(b'\n');
            Ok((bytes, archive.sessions.len()))
        }
        Format::Markdown => Ok((markdown(archive, selection, words, today).into_bytes(), selection.sessions(archive).count())),
        Format::Csv => Ok((csv(archive, selection)?, selection.sessions(archive).count())),
    }
}

/// Which sessions go into a readable export; empty means all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Selection {
    /// First day included, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day included, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Only these sessions (when not empty).
    pub ids: Vec<String>,
}

impl Selection {
    pub fn checked(self) -> Result<Selection> {
        for (field, day) in [("from", &self.from), ("to", &self.to)] {
            if let Some(day) = day.as_deref().filter(|d| !d.is_empty()) {
                chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
                    .map_err(|_| Error::invalid(field, "Please give a date as year-month-day."))?;
            }
        }
        Ok(self)
    }

    fn includes(&self, s: &SessionRecord) -> bool {
        let day = &s.held_at[..s.held_at.len().min(10)];
        self.from.as_deref().filter(|d| !d.is_empty()).is_none_or(|from| day >= from)
            && self.to.as_deref().filter(|d| !d.is_empty()).is_none_or(|to| day <= to)
            && (self.ids.is_empty() || self.ids.contains(&s.id))
    }

    pub fn sessions<'a>(&'a self, archive: &'a Archive) -> impl Iterator<Item = &'a SessionRecord> + 'a {
        archive.sessions.iter().filter(move |s| self.includes(s))
    }
}

pub fn body_words(b: BodyState) -> &'static str {
    match b {
        BodyState::Calm => "calm and connected",
        BodyState::RevvedUp => "revved up",
        BodyState::ShutDown => "shut down",
    }
}

pub fn tears_words(t: Tears) -> &'static str {
    match t {
        Tears::None => "no tears",
        Tears::During => "during the session",
        Tears::After => "afterwards",
        Tears::Both => "during and after",
    }
}

pub fn tear_kind_words(k: TearKind) -> &'static str {
    match k {
        TearKind::Release => "release",
        TearKind::Grief => "grief",
        TearKind::Recognition => "recognition (feeling seen)",
        TearKind::Overwhelm => "overwhelm",
        TearKind::Connection => "connection",
    }
}

pub fn sign_words(s: WarningSign) -> &'static str {
    match s {
        WarningSign::WorseForHours => "felt worse for hours afterwards",
        WarningSign::Flooding => "flooded (too much at once)",
        WarningSign::Numbness => "numb",
        WarningSign::Panic => "panic",
        WarningSign::Dissociation => "far away or disconnected",
    }
}

/// "Tuesday 3 November 2026, 18:00" from `2026-11-03T18:00`.
/// When a session was held, written out in the language: "Sunday 22 November 2026, 17:30".
fn when(held_at: &str, locale: chrono::Locale) -> String {
    NaiveDateTime::parse_from_str(held_at, "%Y-%m-%dT%H:%M")
        .map(|t| t.and_utc().format_localized(&format!("%A {}, %H:%M", day_pattern(locale)), locale).to_string())
        .unwrap_or_else(|_| held_at.to_string())
}

/// A day written out in the language: "22 November 2026", "22. November 2026",
/// "22 de noviembre de 2026".
pub fn long_day(date: NaiveDate, locale: chrono::Locale) -> String {
    date.format_localized(day_pattern(locale), locale).to_string()
}

/// A day and its month, short: "3 Nov", "3. Nov.", "3 nov".
pub fn short_day(date: NaiveDate, locale: chrono::Locale) -> String {
    let pattern = if locale == chrono::Locale::de_DE { "%-d. %b" } else { "%-d %b" };
    date.format_localized(pattern, locale).to_string()
}

/// How each language writes a day with its month and year.
fn day_pattern(locale: chrono::Locale) -> &'static str {
    match locale {
        chrono::Locale::de_DE => "%-d. %B %Y",
        chrono::Locale::es_ES | chrono::Locale::pt_BR => "%-d de %B de %Y",
        _ => "%-d %B %Y",
    }
}

fn day(held_at: &str, locale: chrono::Locale) -> String {
    NaiveDateTime::parse_from_str(held_at, "%Y-%m-%dT%H:%M")
        .map(|t| long_day(t.date(), locale))
        .unwrap_or_else(|_| held_at.to_string())
}

/// A session's facts in the file's words (the CSV keeps its own, in English, as data).
fn said(words: &Catalog, id: &str) -> String {
    words.text(id, None)
}

/// The person's text as Markdown paragraphs, kept as written except that a line
/// that would turn into a heading, rule or HTML is escaped, so their words cannot
/// change the shape of the document around them.
fn text_block(out: &mut String, text: &str) {
    for line in text.lines() {
        let trimmed = line.trim_start();
        let structural = trimmed.starts_with('#')
            || trimmed.starts_with("---")
            || trimmed.starts_with("===")
            || trimmed.starts_with("***")
            || trimmed.starts_with("___")
            || trimmed.starts_with("```")
            || trimmed.starts_with("~~~");
        if structural {
            out.push('\\');
        }
        // Leading spaces would make an indented code block; `<` could start HTML,
        // which some Markdown viewers would render.
        out.push_str(&trimmed.replace('<', "\\<"));
        // A hard line break keeps the person's lines as they wrote them.
        out.push_str("  \n");
    }
    out.push('\n');
}

/// One line of an item list; newlines inside an item become spaces.
fn item_text(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ").replace('<', "\\<");
    match one_line.starts_with('#') {
        true => format!("\\{one_line}"),
        false => one_line,
    }
}

/// The chosen sessions as a Markdown document in the language of `words`.
pub fn markdown(archive: &Archive, selection: &Selection, words: &Catalog, today: NaiveDate) -> String {
    let locale = crate::i18n::chrono_locale(words.tag());
    let chosen: Vec<&SessionRecord> = selection.sessions(archive).collect();
    let mut out = String::new();
    let title = match (chosen.first(), chosen.last()) {
        (Some(first), Some(last)) if first.held_at[..10] == last.held_at[..10] => {
            words.with("export-title-day", &[("day", day(&first.held_at, locale).into())])
        }
        (Some(first), Some(last)) => words.with(
            "export-title-span",
            &[("first", day(&first.held_at, locale).into()), ("last", day(&last.held_at, locale).into())],
        ),
        _ => said(words, "export-title"),
    };
    out.push_str(&format!("# {title}\n\n"));
    out.push_str(&words.with("export-intro", &[("date", long_day(today, locale).into()), ("count", chosen.len().into())]));
    out.push_str("\n\n");
    for s in chosen {
        out.push_str("---\n\n");
        let title = if s.therapist.trim().is_empty() {
            when(&s.held_at, locale)
        } else {
            words.with("export-session-with", &[("when", when(&s.held_at, locale).into()), ("therapist", item_text(&s.therapist).into())])
        };
        out.push_str(&format!("## {title}\n\n"));
        let mut facts = Vec::new();
        match (s.distress_before, s.distress_after) {
            (Some(b), Some(a)) => facts.push(words.with("export-distress-both", &[("before", b.into()), ("after", a.into())])),
            (Some(b), None) => facts.push(words.with("export-distress-before", &[("before", b.into())])),
            (None, Some(a)) => facts.push(words.with("export-distress-after", &[("after", a.into())])),
            (None, None) => {}
        }
        if let Some(body) = s.body_state {
            facts.push(words.with("export-body", &[("state", said(words, &format!("export-body-{}", body.as_str())).into())]));
        }
        if let Some(tears) = s.tears {
            let tears_said = said(words, &format!("export-tears-{}", tears.as_str()));
            let kinds: Vec<String> = s.tear_kinds.iter().map(|k| said(words, &format!("export-kind-{}", k.as_str()))).collect();
            match kinds.is_empty() {
                true => facts.push(words.with("export-tears", &[("tears", tears_said.into())])),
                false => facts.push(words.with("export-tears-kinds", &[("tears", tears_said.into()), ("kinds", kinds.join(", ").into())])),
            }
        }
        if !s.warning_signs.is_empty() {
            let signs: Vec<String> = s.warning_signs.iter().map(|w| said(words, &format!("export-sign-{}", w.as_str()))).collect();
            facts.push(words.with("export-signs", &[("signs", signs.join("; ").into())]));
        }
        if !s.aftercare.is_empty() {
            let items = s.aftercare.iter().map(|a| item_text(a)).collect::<Vec<_>>().join("; ");
            facts.push(words.with("export-aftercare", &[("items", items.into())]));
        }
        if !s.tags.is_empty() {
            let tags = s.tags.iter().map(|t| item_text(t)).collect::<Vec<_>>().join(", ");
            facts.push(words.with("export-tags", &[("tags", tags.into())]));
        }
        for fact in &facts {
            out.push_str(&format!("- {fact}\n"));
        }
        if !facts.is_empty() {
            out.push('\n');
        }
        for (heading, text) in [("export-came-up", &s.came_up), ("export-helped", &s.helped)] {
            if !text.trim().is_empty() {
                out.push_str(&format!("### {}\n\n", said(words, heading)));
                text_block(&mut out, text);
            }
        }
        let raised: Vec<&BringUpRecord> = archive.bring_up.iter().filter(|b| b.raised_in == s.id).collect();
        if !raised.is_empty() {
            out.push_str(&format!("### {}\n\n", said(words, "export-bring-up")));
            for item in raised {
                let tick = if item.done_at.is_some() { "x" } else { " " };
                out.push_str(&format!("- [{tick}] {}\n", item_text(&item.text)));
            }
            out.push('\n');
        }
    }
    out
}

pub const CSV_COLUMNS: [&str; 17] = [
    "id",
    "held_at",
    "therapist",
    "distress_before",
    "distress_after",
    "body_state",
    "tears",
    "tear_kinds",
    "warning_signs",
    "aftercare",
    "tags",
    "came_up",
    "helped",
    "bring_up",
    "bring_up_done",
    "created_at",
    "updated_at",
];

/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@` (or a tab or
/// carriage return) as a formula; such a cell gets a leading `'`, which
/// spreadsheets show as text (OWASP's advice for CSV exports).
fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// One row per session, chosen by `selection`; lists joined with "; ".
pub fn csv(archive: &Archive, selection: &Selection) -> Result<Vec<u8>> {
    let failed = |e: csv::Error| Error::Unreadable(format!("The CSV file could not be made ({e}), so nothing was saved. Try again in a moment; if it keeps happening, choose Markdown or JSON."));
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    writer.write_record(CSV_COLUMNS).map_err(failed)?;
    let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
    for s in selection.sessions(archive) {
        let raised: Vec<&BringUpRecord> = archive.bring_up.iter().filter(|b| b.raised_in == s.id).collect();
        let row = [
            s.id.clone(),
            s.held_at.clone(),
            cell(&s.therapist),
            number(s.distress_before),
            number(s.distress_after),
            s.body_state.map(BodyState::as_str).unwrap_or_default().to_string(),
            s.tears.map(Tears::as_str).unwrap_or_default().to_string(),
            s.tear_kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join("; "),
            s.warning_signs.iter().map(|w| w.as_str()).collect::<Vec<_>>().join("; "),
            cell(&s.aftercare.join("; ")),
            cell(&s.tags.join("; ")),
            cell(&s.came_up),
            cell(&s.helped),
            cell(&raised.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("; ")),
            raised.iter().filter(|b| b.done_at.is_some()).count().to_string(),
            s.created_at.clone(),
            s.updated_at.clone(),
        ];
        writer.write_record(&row).map_err(failed)?;
    }
    let mut bytes = writer.into_inner().map_err(|e| Error::Unreadable(format!("The CSV file could not be made ({e}), so nothing was saved. Try again in a moment; if it keeps happening, choose Markdown or JSON.")))?;
    // A byte-order mark, so spreadsheets read the file as UTF-8 (names, emoji, Hebrew).
    bytes.splice(0..0, [0xEF, 0xBB, 0xBF]);
    Ok(bytes)
}

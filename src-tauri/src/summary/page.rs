//! The page itself: what the person kept (`Choice`), set as blocks (`page`) that the
//! PDF and the window's print both draw, in the same order.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{layout, Line, Point, Prepared};
use crate::i18n::Catalog;
use crate::journal::export::long_day;

/// Longer texts are shortened on the page, with an ellipsis and a note.
const ITEM_CHARS: usize = 400;
const NOTE_CHARS: usize = 2_500;
pub const TOP_CHARS: usize = 300;

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
        match system.first().and_then(|tag| crate::state::region_of(tag)) {
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
    /// `description`: the chart in words, each session's date and ratings (what a
    /// screen reader says for it in the PDF; the page shows the legend and caption).
    Chart { points: Vec<Point>, before: String, after: String, caption: Option<String>, description: String },
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
                Block::Chart { points, before, after, caption, .. } => {
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
            description: describe(&prepared.distress, words),
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

/// The chart in words: each session's date with its two ratings ("–" where one is missing).
fn describe(points: &[Point], words: &Catalog) -> String {
    let rating = |value: Option<u8>| value.map_or_else(|| "–".to_string(), |v| v.to_string());
    points
        .iter()
        .map(|p| words.with("summary-chart-point", &[("day", p.label.clone().into()), ("before", rating(p.before).into()), ("after", rating(p.after).into())]))
        .collect::<Vec<_>>()
        .join("; ")
}

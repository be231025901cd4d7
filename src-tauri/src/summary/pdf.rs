//! The page as a PDF, written by krilla: real text (selectable, searchable), the two
//! Noto fonts embedded as subsets, A4 or US Letter, large calm type, and a chart that
//! needs no colour (before is an outlined bar, after a solid one). The document info
//! holds a title and a date and nothing else: no author, no producer, no XMP.

use krilla::color::luma;
use krilla::geom::{PathBuilder, Point as At, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::{Document, SerializeSettings};

use super::layout::{self, Fonts, Line, Weight};
use super::{Block, Page, Point};
use crate::error::{Error, Result};

const MARGIN: f32 = 56.0;
const BODY: f32 = 13.0;
const LEADING: f32 = 1.45;
const CHART_HEIGHT: f32 = 96.0;
/// The safety plan's body text: large, to read at a glance in a hard moment.
const LARGE: f32 = 16.0;

/// Something placed on a page, in points from the page's top left.
enum Mark {
    Text { x: f32, baseline: f32, size: f32, weight: Weight, line: Line },
    Box { rect: (f32, f32, f32, f32), solid: bool },
    Rule { from: (f32, f32), to: (f32, f32), width: f32 },
}

/// Places the blocks on as many pages as they need.
struct Setter<'a> {
    fonts: &'a Fonts,
    rtl: bool,
    width: f32,
    height: f32,
    pages: Vec<Vec<Mark>>,
    y: f32,
    /// The body text's size: larger for the safety plan.
    body: f32,
}

impl Setter<'_> {
    fn left(&self) -> f32 {
        MARGIN
    }
    fn right(&self) -> f32 {
        self.width - MARGIN
    }
    fn bottom(&self) -> f32 {
        // Room for the footer.
        self.height - MARGIN - self.body * 2.0
    }

    fn room_for(&mut self, height: f32) {
        if self.y + height > self.bottom() && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn marks(&mut self) -> &mut Vec<Mark> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Text wrapped to the measure, starting `indent` in from the reading edge.
    fn text(&mut self, text: &str, size: f32, weight: Weight, indent: f32, space_before: f32) {
        let measure = (self.right() - self.left() - indent) / size;
        let lines = layout::wrap(self.fonts.set(weight), text, measure, self.rtl);
        let step = size * LEADING;
        self.y += space_before;
        for line in lines {
            self.room_for(step);
            let x = if self.rtl { self.right() - indent - line.width * size } else { self.left() + indent };
            let baseline = self.y + size;
            self.marks().push(Mark::Text { x, baseline, size, weight, line });
            self.y += step;
        }
    }

    /// A list item: a dash (or its number) at the reading edge, the text beside it,
    /// lines aligned.
    fn item(&mut self, marker: &str, text: &str) {
        let indent = self.body * 1.6;
        self.room_for(self.body * LEADING);
        let first_page = self.pages.len();
        let baseline = self.y + self.body + self.body * 0.25;
        self.text(text, self.body, Weight::Regular, indent, self.body * 0.25);
        // The dash goes beside the item's first line (on the page where it started).
        let dash = layout::wrap(self.fonts.set(Weight::Regular), marker, 10.0, self.rtl).remove(0);
        let x = if self.rtl { self.right() - dash.width * self.body } else { self.left() };
        let page = first_page.max(1) - 1;
        self.pages[page].push(Mark::Text { x, baseline, size: self.body, weight: Weight::Regular, line: dash });
    }

    fn chart(&mut self, points: &[Point], before: &str, after: &str, caption: Option<&str>) {
        let label_size = 9.0;
        let legend = self.body * LEADING;
        let total = legend + CHART_HEIGHT + label_size * 2.2 + caption.map_or(0.0, |_| self.body * LEADING);
        self.y += self.body * 0.5;
        self.room_for(total);
        // The legend: an outlined box for before, a solid one for after.
        let key = self.body * 0.8;
        let mut x = self.left();
        for (solid, words) in [(false, before), (true, after)] {
            let line = layout::wrap(self.fonts.set(Weight::Regular), words, 40.0, self.rtl).remove(0);
            let width = line.width * self.body;
            let (box_x, text_x) = if self.rtl {
                let right = self.right() - (x - self.left());
                (right - key, right - key - 6.0 - width)
            } else {
                (x, x + key + 6.0)
            };
            let top = self.y + (self.body - key) / 2.0 + 2.0;
            self.marks().push(Mark::Box { rect: (box_x, top, key, key), solid });
            let baseline = self.y + self.body;
            let size = self.body;
            self.marks().push(Mark::Text { x: text_x, baseline, size, weight: Weight::Regular, line });
            x += key + 6.0 + width + self.body * 1.5;
        }
        self.y += legend;

        // Axis: 0, 5 and 10, with light rules across.
        let axis_width = 18.0;
        let (plot_left, plot_right) = (self.left() + axis_width, self.right());
        let top = self.y + 4.0;
        let base = top + CHART_HEIGHT;
        for value in [0u8, 5, 10] {
            let y = base - CHART_HEIGHT * f32::from(value) / 10.0;
            self.marks().push(Mark::Rule { from: (plot_left, y), to: (plot_right, y), width: if value == 0 { 0.8 } else { 0.3 } });
            let line = layout::wrap(self.fonts.set(Weight::Regular), &value.to_string(), 10.0, false).remove(0);
            let x = plot_left - 4.0 - line.width * label_size;
            self.marks().push(Mark::Text { x, baseline: y + label_size * 0.35, size: label_size, weight: Weight::Regular, line });
        }
        // Time runs left to right, in every language (as on the Insights screen).
        let slot = (plot_right - plot_left) / points.len().max(1) as f32;
        let bar = (slot * 0.32).min(14.0);
        let every = (points.len() as f32 * 34.0 / (plot_right - plot_left)).ceil().max(1.0) as usize;
        for (i, point) in points.iter().enumerate() {
            let centre = plot_left + slot * (i as f32 + 0.5);
            for (value, solid, x) in [(point.before, false, centre - bar - 1.0), (point.after, true, centre + 1.0)] {
                if let Some(value) = value {
                    let height = (CHART_HEIGHT * f32::from(value) / 10.0).max(0.8);
                    self.marks().push(Mark::Box { rect: (x, base - height, bar, height), solid });
                }
            }
            if i % every == 0 {
                let line = layout::wrap(self.fonts.set(Weight::Regular), &point.label, 40.0, false).remove(0);
                let x = centre - line.width * label_size / 2.0;
                self.marks().push(Mark::Text { x, baseline: base + label_size * 1.5, size: label_size, weight: Weight::Regular, line });
            }
        }
        self.y = base + label_size * 2.2;
        if let Some(caption) = caption {
            self.text(caption, self.body * 0.85, Weight::Regular, 0.0, 0.0);
        }
    }
}

/// The page's blocks set on pages: how many pages it takes (for tests and the benchmark).
fn set(page: &Page, fonts: &Fonts) -> Vec<Vec<Mark>> {
    let (width, height) = page.paper.size();
    let body = if page.large { LARGE } else { BODY };
    let heading = body + 3.0;
    let mut setter = Setter { fonts, rtl: page.rtl, width, height, pages: vec![Vec::new()], y: MARGIN, body };
    for block in &page.blocks {
        match block {
            Block::Title { text } => setter.text(text, 22.0, Weight::Bold, 0.0, 0.0),
            Block::Subtitle { text } => setter.text(text, body, Weight::Regular, 0.0, 2.0),
            Block::Heading { text } => {
                // A heading never ends a page: keep it with a line of what follows.
                setter.room_for(heading * LEADING + body * LEADING * 2.0 + body * 0.8);
                setter.text(text, heading, Weight::Bold, 0.0, body * 0.8);
            }
            Block::Label { text } => {
                setter.room_for(body * LEADING * 3.0);
                setter.text(text, body, Weight::Bold, 0.0, body * 0.5);
            }
            Block::Paragraph { text } => setter.text(text, body, Weight::Regular, 0.0, body * 0.25),
            Block::Item { text } => setter.item("–", text),
            Block::Step { number, text } => setter.item(&format!("{number}."), text),
            Block::Chart { points, before, after, caption } => setter.chart(points, before, after, caption.as_deref()),
            Block::Note { text } => setter.text(text, body * 0.85, Weight::Regular, 0.0, body * 0.6),
        }
    }
    setter.pages
}

/// How many pages `page` fills.
pub fn page_count(page: &Page) -> usize {
    set(page, &Fonts::load()).len()
}

/// The PDF's bytes.
pub fn write(page: &Page) -> Result<Vec<u8>> {
    let fonts = Fonts::load();
    let pages = set(page, &fonts);
    let (width, height) = page.paper.size();
    let settings = SerializeSettings { xmp_metadata: false, ..SerializeSettings::default() };
    let mut document = Document::new_with(settings);
    let count = pages.len();
    for (number, marks) in pages.into_iter().enumerate() {
        let size = PageSettings::from_wh(width, height).ok_or_else(|| Error::invalid("paper", "That paper size cannot be used."))?;
        let mut pdf_page = document.start_page_with(size);
        let mut surface = pdf_page.surface();
        let ink = luma::Color::black();
        for mark in marks.iter().chain(footer(page, &fonts, number, count, width, height).iter()) {
            match mark {
                Mark::Text { x, baseline, size, weight, line } => {
                    surface.set_fill(Some(Fill { paint: ink.into(), ..Fill::default() }));
                    surface.set_stroke(None);
                    let set = fonts.set(*weight);
                    let mut pen = *x;
                    for run in &line.runs {
                        surface.draw_glyphs(At::from_xy(pen, *baseline), &run.glyphs, set[run.font].font.clone(), &run.text, *size, false);
                        pen += run.width * size;
                    }
                }
                Mark::Box { rect: (x, y, w, h), solid } => {
                    let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else { continue };
                    let mut path = PathBuilder::new();
                    path.push_rect(rect);
                    let Some(path) = path.finish() else { continue };
                    if *solid {
                        surface.set_fill(Some(Fill { paint: luma::Color::new(60).into(), ..Fill::default() }));
                        surface.set_stroke(None);
                    } else {
                        surface.set_fill(Some(Fill { paint: luma::Color::white().into(), ..Fill::default() }));
                        surface.set_stroke(Some(Stroke { paint: ink.into(), width: 1.0, ..Stroke::default() }));
                    }
                    surface.draw_path(&path);
                }
                Mark::Rule { from, to, width } => {
                    let mut path = PathBuilder::new();
                    path.move_to(from.0, from.1);
                    path.line_to(to.0, to.1);
                    let Some(path) = path.finish() else { continue };
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke { paint: luma::Color::new(120).into(), width: *width, ..Stroke::default() }));
                    surface.draw_path(&path);
                }
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    let mut metadata = Metadata::new().title(page.title.clone()).language(page.lang.clone());
    if let Some(made) = made_date(&page.made) {
        metadata = metadata.creation_date(made);
    }
    document.set_metadata(metadata);
    document.finish().map_err(|_| Error::invalid("summary", "The PDF could not be made. Nothing was saved; please try again."))
}

fn footer(page: &Page, fonts: &Fonts, number: usize, count: usize, width: f32, height: f32) -> Vec<Mark> {
    let size = BODY * 0.8;
    let text = if count > 1 { format!("{}  ·  {}/{}", page.footer, number + 1, count) } else { page.footer.clone() };
    let Some(line) = layout::wrap(fonts.set(Weight::Regular), &text, (width - 2.0 * MARGIN) / size, page.rtl).into_iter().next() else {
        return Vec::new();
    };
    let x = if page.rtl { width - MARGIN - line.width * size } else { MARGIN };
    vec![Mark::Text { x, baseline: height - MARGIN + size, size, weight: Weight::Regular, line }]
}

fn made_date(made: &str) -> Option<DateTime> {
    let day = chrono::NaiveDate::parse_from_str(made, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    Some(DateTime::new(u16::try_from(day.year()).ok()?).month(u8::try_from(day.month()).ok()?).day(u8::try_from(day.day()).ok()?))
}

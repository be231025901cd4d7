//! The page as a PDF, written by krilla: real text (selectable, searchable), the Noto
//! fonts embedded as subsets, A4 or US Letter, large calm type, and a chart that
//! needs no colour (before is an outlined bar, after a solid one). The document info
//! holds a title and a date and nothing else: no author, no producer, no XMP.
//! It is a tagged PDF, so a screen reader finds its headings, paragraphs and lists
//! in reading order, and the chart as a figure described in words.

use krilla::color::luma;
use krilla::geom::{PathBuilder, Point as At, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag, TagGroup, TagKind, TagTree};
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
enum Shape {
    Text { x: f32, baseline: f32, size: f32, weight: Weight, line: Line },
    Box { rect: (f32, f32, f32, f32), solid: bool },
    Rule { from: (f32, f32), to: (f32, f32), width: f32 },
}

/// Which part of the document a mark belongs to, for the tag tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The text of block `n`.
    Block(usize),
    /// The dash or number before list item `n`.
    Label(usize),
    /// The footer on every page: not part of the reading order.
    Footer,
}

struct Mark {
    role: Role,
    shape: Shape,
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
    /// The block being set.
    block: usize,
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

    /// Places `shape` on the current page, as part of the block being set.
    fn put(&mut self, shape: Shape) {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let role = Role::Block(self.block);
        let last = self.pages.len() - 1;
        self.pages[last].push(Mark { role, shape });
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
            self.put(Shape::Text { x, baseline, size, weight, line });
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
        let shape = Shape::Text { x, baseline, size: self.body, weight: Weight::Regular, line: dash };
        self.pages[page].push(Mark { role: Role::Label(self.block), shape });
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
            self.put(Shape::Box { rect: (box_x, top, key, key), solid });
            let baseline = self.y + self.body;
            let size = self.body;
            self.put(Shape::Text { x: text_x, baseline, size, weight: Weight::Regular, line });
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
            self.put(Shape::Rule { from: (plot_left, y), to: (plot_right, y), width: if value == 0 { 0.8 } else { 0.3 } });
            let line = layout::wrap(self.fonts.set(Weight::Regular), &value.to_string(), 10.0, false).remove(0);
            let x = plot_left - 4.0 - line.width * label_size;
            self.put(Shape::Text { x, baseline: y + label_size * 0.35, size: label_size, weight: Weight::Regular, line });
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
                    self.put(Shape::Box { rect: (x, base - height, bar, height), solid });
                }
            }
            if i % every == 0 {
                let line = layout::wrap(self.fonts.set(Weight::Regular), &point.label, 40.0, false).remove(0);
                let x = centre - line.width * label_size / 2.0;
                self.put(Shape::Text { x, baseline: base + label_size * 1.5, size: label_size, weight: Weight::Regular, line });
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
    let mut setter = Setter { fonts, rtl: page.rtl, width, height, pages: vec![Vec::new()], y: MARGIN, body, block: 0 };
    for (n, block) in page.blocks.iter().enumerate() {
        setter.block = n;
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
            Block::Chart { points, before, after, caption, .. } => setter.chart(points, before, after, caption.as_deref()),
            Block::Note { text } => setter.text(text, body * 0.85, Weight::Regular, 0.0, body * 0.6),
        }
    }
    setter.pages
}

/// How many pages `page` fills.
pub fn page_count(page: &Page) -> usize {
    set(page, &Fonts::load()).len()
}

/// A PDF made: its bytes, and how many pages it has.
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// The page as a PDF.
pub fn write(page: &Page) -> Result<Pdf> {
    let fonts = Fonts::load();
    let pages = set(page, &fonts);
    let (width, height) = page.paper.size();
    let settings = SerializeSettings { xmp_metadata: false, enable_tagging: true, ..SerializeSettings::default() };
    let mut document = Document::new_with(settings);
    let count = pages.len();
    // Each mark's content, by the part of the document it belongs to, in page order.
    let mut tagged: Vec<(Role, Identifier)> = Vec::new();
    for (number, marks) in pages.into_iter().enumerate() {
        let size = PageSettings::from_wh(width, height).ok_or_else(|| Error::invalid("paper", "That paper size cannot be used."))?;
        let mut pdf_page = document.start_page_with(size);
        let mut surface = pdf_page.surface();
        let ink = luma::Color::black();
        for mark in marks.iter().chain(footer(page, &fonts, number, count, width, height).iter()) {
            let content = match (&mark.role, &mark.shape) {
                (Role::Footer, _) => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer)),
                (_, Shape::Text { .. }) => ContentTag::Span(SpanTag::empty()),
                _ => ContentTag::Other,
            };
            let id = surface.start_tagged(content);
            match &mark.shape {
                Shape::Text { x, baseline, size, weight, line } => {
                    surface.set_fill(Some(Fill { paint: ink.into(), ..Fill::default() }));
                    surface.set_stroke(None);
                    let set = fonts.set(*weight);
                    // In reading order, each in its place: a screen reader following the
                    // content gets "13 11 14" and Arabic words in the order they are read.
                    for (at, run) in line.placed() {
                        surface.draw_glyphs(At::from_xy(x + at * size, *baseline), &run.glyphs, set[run.font].font.clone(), &run.text, *size, false);
                    }
                }
                Shape::Box { rect: (x, y, w, h), solid } => {
                    if let Some(path) = Rect::from_xywh(*x, *y, *w, *h).and_then(|rect| {
                        let mut path = PathBuilder::new();
                        path.push_rect(rect);
                        path.finish()
                    }) {
                        if *solid {
                            surface.set_fill(Some(Fill { paint: luma::Color::new(60).into(), ..Fill::default() }));
                            surface.set_stroke(None);
                        } else {
                            surface.set_fill(Some(Fill { paint: luma::Color::white().into(), ..Fill::default() }));
                            surface.set_stroke(Some(Stroke { paint: ink.into(), width: 1.0, ..Stroke::default() }));
                        }
                        surface.draw_path(&path);
                    }
                }
                Shape::Rule { from, to, width } => {
                    let mut path = PathBuilder::new();
                    path.move_to(from.0, from.1);
                    path.line_to(to.0, to.1);
                    if let Some(path) = path.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke { paint: luma::Color::new(120).into(), width: *width, ..Stroke::default() }));
                        surface.draw_path(&path);
                    }
                }
            }
            surface.end_tagged();
            if mark.role != Role::Footer {
                tagged.push((mark.role, id));
            }
        }
        surface.finish();
        pdf_page.finish();
    }
    document.set_tag_tree(tag_tree(page, tagged));
    let mut metadata = Metadata::new().title(page.title.clone()).language(page.lang.clone());
    if let Some(made) = made_date(&page.made) {
        metadata = metadata.creation_date(made);
    }
    document.set_metadata(metadata);
    let bytes = document.finish().map_err(|_| Error::invalid("summary", "The PDF could not be made. Nothing was saved; please try again."))?;
    Ok(Pdf { bytes, pages: count })
}

/// The document's structure in reading order: each block as a heading, paragraph,
/// list item (its dash or number as the label) or figure, holding what was drawn for it.
fn tag_tree(page: &Page, tagged: Vec<(Role, Identifier)>) -> TagTree {
    let mut contents: Vec<Vec<Node>> = page.blocks.iter().map(|_| Vec::new()).collect();
    let mut labels: Vec<Vec<Node>> = page.blocks.iter().map(|_| Vec::new()).collect();
    for (role, id) in tagged {
        match role {
            Role::Block(n) => contents[n].push(id.into()),
            Role::Label(n) => labels[n].push(id.into()),
            Role::Footer => {}
        }
    }
    let heading = |level: u16, text: &str| -> TagKind { Tag::Hn(std::num::NonZeroU16::MIN.saturating_add(level - 1), Some(text.to_string())).into() };
    let mut tree = TagTree::new().with_lang(Some(page.lang.clone()));
    let mut list: Option<TagGroup> = None;
    for (block, (content, label)) in page.blocks.iter().zip(contents.into_iter().zip(labels)) {
        if content.is_empty() {
            continue;
        }
        if matches!(block, Block::Item { .. } | Block::Step { .. }) {
            let numbering = if matches!(block, Block::Step { .. }) { ListNumbering::Decimal } else { ListNumbering::None };
            let group = list.get_or_insert_with(|| TagGroup::new(Tag::L(numbering)));
            let mut item = TagGroup::new(Tag::LI);
            if !label.is_empty() {
                item.push(TagGroup::with_children(Tag::Lbl, label));
            }
            item.push(TagGroup::with_children(Tag::LBody, content));
            group.push(item);
            continue;
        }
        if let Some(done) = list.take() {
            tree.push(done);
        }
        let kind: TagKind = match block {
            Block::Title { text } => heading(1, text),
            Block::Heading { text } => heading(2, text),
            Block::Label { text } => heading(3, text),
            Block::Chart { description, .. } => Tag::Figure(Some(description.clone())).into(),
            _ => Tag::P.into(),
        };
        tree.push(TagGroup::with_children(kind, content));
    }
    if let Some(done) = list.take() {
        tree.push(done);
    }
    tree
}

fn footer(page: &Page, fonts: &Fonts, number: usize, count: usize, width: f32, height: f32) -> Vec<Mark> {
    let size = BODY * 0.8;
    let text = if count > 1 { format!("{}  ·  {}/{}", page.footer, number + 1, count) } else { page.footer.clone() };
    let Some(line) = layout::wrap(fonts.set(Weight::Regular), &text, (width - 2.0 * MARGIN) / size, page.rtl).into_iter().next() else {
        return Vec::new();
    };
    let x = if page.rtl { width - MARGIN - line.width * size } else { MARGIN };
    vec![Mark { role: Role::Footer, shape: Shape::Text { x, baseline: height - MARGIN + size, size, weight: Weight::Regular, line } }]
}

fn made_date(made: &str) -> Option<DateTime> {
    let day = chrono::NaiveDate::parse_from_str(made, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    Some(DateTime::new(u16::try_from(day.year()).ok()?).month(u8::try_from(day.month()).ok()?).day(u8::try_from(day.day()).ok()?))
}

//! Text set on the page: each character in a font that has it (Noto Sans, then Noto
//! Sans Arabic), shaped by rustybuzz, broken into lines where Unicode allows
//! (unicode-linebreak), and each line's runs put in visual order by the bidi
//! algorithm (unicode-bidi), so Arabic joins and reads right to left beside Latin
//! words and digits. Nothing is drawn here: lines are measured and positioned, and
//! `pdf.rs` hands their glyphs to krilla.

use std::ops::Range;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Face, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// The fonts shipped in `content/fonts` (SIL Open Font License), in fallback order:
/// Latin, Greek and Cyrillic; Arabic (a language Ebb speaks); Hebrew (often in
/// people's own notes, and small).
const REGULAR: [&[u8]; 3] = [
    include_bytes!("../../../content/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../content/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../../content/fonts/NotoSansHebrew-Regular.ttf"),
];
const BOLD: [&[u8]; 3] = [
    include_bytes!("../../../content/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../content/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../../content/fonts/NotoSansHebrew-Bold.ttf"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

/// One font: rustybuzz's view to shape with, krilla's to embed.
pub struct Typeface {
    face: Face<'static>,
    pub font: Font,
    units: f32,
}

/// Both weights, each with its fallbacks.
pub struct Fonts {
    regular: Vec<Typeface>,
    bold: Vec<Typeface>,
}

impl Fonts {
    pub fn load() -> Fonts {
        let load = |set: [&'static [u8]; 3]| {
            set.into_iter()
                .filter_map(|data| {
                    let face = Face::from_slice(data, 0)?;
                    let font = Font::new(data.into(), 0)?;
                    let units = face.units_per_em() as f32;
                    Some(Typeface { face, font, units })
                })
                .collect::<Vec<_>>()
        };
        Fonts { regular: load(REGULAR), bold: load(BOLD) }
    }

    pub fn set(&self, weight: Weight) -> &[Typeface] {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// Text in one font and one direction, shaped: glyph advances are in em.
#[derive(Debug, Clone)]
pub struct Run {
    pub font: usize,
    /// Where its text starts in the paragraph (its place in reading order).
    pub start: usize,
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
    /// In em.
    pub width: f32,
}

/// A line in visual order, left to right.
#[derive(Debug, Clone)]
pub struct Line {
    pub runs: Vec<Run>,
    /// In em.
    pub width: f32,
}

impl Line {
    /// The line's text in reading order as far as runs go (for tests and measuring).
    #[cfg(test)]
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    /// Each run with where it starts on the line (in em from the left), in reading
    /// order: drawn in this order, the page's content reads as the text does, while
    /// each run still sits in its visual place.
    pub fn placed(&self) -> Vec<(f32, &Run)> {
        let mut pen = 0.0;
        let mut placed: Vec<(f32, &Run)> = self.runs.iter().map(|run| {
            let at = pen;
            pen += run.width;
            (at, run)
        }).collect();
        placed.sort_by_key(|(_, run)| run.start);
        placed
    }
}

/// Which font of `set` draws `c`, preferring `current` when it has it (so spaces and
/// punctuation stay in the run around them). A character no font has is drawn with
/// the first font's empty box, and its text is still there to copy.
fn font_for(set: &[Typeface], c: char, current: Option<usize>) -> usize {
    let has = |i: usize| set[i].face.glyph_index(c).is_some();
    if let Some(i) = current.filter(|&i| has(i)) {
        return i;
    }
    if is_mark(c) {
        if let Some(i) = current {
            return i;
        }
    }
    (0..set.len()).find(|&i| has(i)).unwrap_or(0)
}

/// Combining marks stay with the letter they sit on.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C | 0x200D | 0xFE00..=0xFE0F)
}

/// `text` split where the font changes, in logical order.
fn font_runs(set: &[Typeface], text: &str) -> Vec<(usize, Range<usize>)> {
    let mut runs: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, c) in text.char_indices() {
        let current = runs.last().map(|r| r.0);
        let font = font_for(set, c, current);
        match runs.last_mut() {
            Some(last) if last.0 == font => last.1.end = i + c.len_utf8(),
            _ => runs.push((font, i..i + c.len_utf8())),
        }
    }
    runs
}

fn shape(face: &Typeface, text: &str, rtl: bool) -> Vec<KrillaGlyph> {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
    let output = rustybuzz::shape(&face.face, &[], buffer);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();
    // Each glyph's text is its cluster: from its start to the next cluster's start in
    // logical order (glyphs come in visual order, so right to left for `rtl`).
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| starts.iter().find(|&&s| s > start).copied().unwrap_or(text.len());
    infos
        .iter()
        .zip(positions)
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / face.units,
                pos.x_offset as f32 / face.units,
                pos.y_offset as f32 / face.units,
                pos.y_advance as f32 / face.units,
                start..end_of(start),
                None,
            )
        })
        .collect()
}

/// `text` (one direction, starting at byte `from` of its paragraph) shaped in its
/// fonts, runs in visual order.
fn shaped_runs(set: &[Typeface], text: &str, from: usize, rtl: bool) -> Vec<Run> {
    let mut runs: Vec<Run> = font_runs(set, text)
        .into_iter()
        .map(|(font, range)| {
            let start = from + range.start;
            let piece = &text[range];
            let glyphs = shape(&set[font], piece, rtl);
            let width = glyphs.iter().map(|g| g.x_advance).sum();
            Run { font, start, text: piece.to_string(), glyphs, width }
        })
        .collect();
    if rtl {
        runs.reverse();
    }
    runs
}

/// The width of `text` in em, as one direction.
pub fn measure(set: &[Typeface], text: &str) -> f32 {
    let rtl = text.chars().any(is_right_to_left);
    shaped_runs(set, text, 0, rtl).iter().map(|r| r.width).sum()
}

fn is_right_to_left(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// `text` broken into lines no wider than `width` em. Each `\n` starts a new line;
/// a word wider than a line is broken between characters. `rtl`: the paragraph's
/// direction (the page's language).
pub fn wrap(set: &[Typeface], text: &str, width: f32, rtl: bool) -> Vec<Line> {
    text.split('\n').flat_map(|paragraph| wrap_paragraph(set, paragraph, width, rtl)).collect()
}

fn wrap_paragraph(set: &[Typeface], text: &str, width: f32, rtl: bool) -> Vec<Line> {
    if text.trim().is_empty() {
        return vec![Line { runs: Vec::new(), width: 0.0 }];
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let (mut start, mut end, mut used) = (0usize, 0usize, 0.0f32);
    let mut previous = 0usize;
    for (at, opportunity) in linebreaks(text) {
        let piece = &text[previous..at];
        let piece_width = measure(set, piece.trim_end());
        let full_width = measure(set, piece);
        if end > start && used + piece_width > width {
            ranges.push(start..end);
            start = previous;
            used = 0.0;
        }
        if piece_width > width {
            // A word wider than the line: as many characters as fit, line by line.
            let mut line_start = previous;
            let mut line_used = 0.0;
            for (i, c) in piece.char_indices() {
                let w = measure(set, &c.to_string());
                if line_used + w > width && previous + i > line_start {
                    ranges.push(line_start..previous + i);
                    line_start = previous + i;
                    line_used = 0.0;
                }
                line_used += w;
            }
            start = line_start;
            used = line_used;
        } else {
            used += full_width;
        }
        end = at;
        previous = at;
        if opportunity == BreakOpportunity::Mandatory && at < text.len() {
            ranges.push(start..end);
            start = at;
            used = 0.0;
        }
    }
    if end > start {
        ranges.push(start..end);
    }
    let bidi = ParagraphBidiInfo::new(text, Some(if rtl { Level::rtl() } else { Level::ltr() }));
    ranges
        .into_iter()
        .map(|range| {
            let trimmed = text[range.clone()].trim_end().len();
            let range = range.start..range.start + trimmed;
            if range.is_empty() {
                return Line { runs: Vec::new(), width: 0.0 };
            }
            let (levels, runs) = bidi.visual_runs(range);
            let runs: Vec<Run> = runs
                .into_iter()
                .flat_map(|run| shaped_runs(set, &text[run.clone()], run.start, levels[run.start].is_rtl()))
                .collect();
            let width = runs.iter().map(|r| r.width).sum();
            Line { runs, width }
        })
        .collect()
}

/// `text` cut to at most `limit` characters, at a word where one is near, with an
/// ellipsis; `None` when it was short enough already.
pub fn shortened(text: &str, limit: usize) -> Option<String> {
    if text.chars().count() <= limit {
        return None;
    }
    let cut: String = text.chars().take(limit).collect();
    let at_word = cut.rfind(char::is_whitespace).filter(|&i| i > cut.len() * 3 / 4).unwrap_or(cut.len());
    Some(format!("{}…", cut[..at_word].trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_their_width_and_keep_every_word() {
        let fonts = Fonts::load();
        let set = fonts.set(Weight::Regular);
        let text = "What I most want to talk about is the week after the move, and why evenings are harder.";
        let lines = wrap(set, text, 12.0, false);
        assert!(lines.len() > 2, "{} lines", lines.len());
        assert!(lines.iter().all(|l| l.width <= 12.0 + 1e-3));
        let joined: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_a_line_is_broken_between_characters() {
        let fonts = Fonts::load();
        let set = fonts.set(Weight::Regular);
        let text = "x".repeat(500);
        let lines = wrap(set, &text, 10.0, false);
        assert!(lines.len() > 5 && lines.iter().all(|l| l.width <= 10.0 + 1e-3));
        assert_eq!(lines.iter().map(Line::text).collect::<String>(), text);
    }

    #[test]
    fn arabic_is_shaped_in_its_own_font_and_digits_keep_their_order() {
        let fonts = Fonts::load();
        let set = fonts.set(Weight::Regular);
        let lines = wrap(set, "اتصل بالرقم 13 11 14 الآن", 40.0, true);
        assert_eq!(lines.len(), 1);
        let runs = &lines[0].runs;
        assert!(runs.iter().any(|r| r.font == 1), "Arabic letters are drawn with Noto Sans Arabic");
        // Each number is drawn left to right, and the numbers follow the Arabic text's
        // order: right to left on the page, so read from the right, 13 11 14.
        let digits: Vec<&str> = runs.iter().rev().map(|r| r.text.trim()).filter(|t| t.chars().any(|c| c.is_ascii_digit())).collect();
        assert_eq!(digits, ["13", "11", "14"]);
        // Visual order: the first word in reading order is drawn at the right end.
        assert!(runs.last().is_some_and(|r| r.text.contains("اتصل")), "{:?}", runs.iter().map(|r| &r.text).collect::<Vec<_>>());
        // Drawn in reading order (each run still in its place), so the page's content
        // reads as the text does: the first word first, then the numbers in order.
        let reading: Vec<&str> = lines[0].placed().iter().map(|(_, r)| r.text.trim()).filter(|t| !t.is_empty()).collect();
        assert_eq!(reading.first(), Some(&"اتصل بالرقم"), "{reading:?}");
        let numbers: Vec<&str> = reading.iter().copied().filter(|t| t.chars().all(|c| c.is_ascii_digit())).collect();
        assert_eq!(numbers, ["13", "11", "14"]);
        let hebrew = wrap(set, "שלום", 40.0, false);
        assert!(hebrew[0].runs.iter().all(|r| r.font == 2), "Hebrew in people's notes has its own font");
        // Joined letters: fewer glyphs than characters would be a sign of ligatures; at
        // least the glyph for the first letter differs from its isolated form.
        let isolated = shape(&set[1], "ا", true)[0].glyph_id;
        let word = shape(&set[1], "بالرقم", true);
        assert!(word.iter().all(|g| g.glyph_id != isolated), "letters take their joined forms");
    }

    #[test]
    fn emoji_and_markup_neither_panic_nor_vanish_from_the_text() {
        let fonts = Fonts::load();
        let set = fonts.set(Weight::Bold);
        let text = "<script>alert(1)</script> 😔🌧️ ‏مرحبا‎ **bold** \u{0}";
        let lines = wrap(set, text, 8.0, false);
        let all: String = lines.iter().map(Line::text).collect();
        for piece in ["<script>alert(1)</script>", "😔", "مرحبا", "**bold**"] {
            assert!(all.contains(piece) || all.replace(' ', "").contains(&piece.replace(' ', "")), "{piece} is kept in {all:?}");
        }
    }

    #[test]
    fn shortening_cuts_at_a_word_with_an_ellipsis() {
        assert_eq!(shortened("short", 10), None);
        let long = "one two three four five six seven eight nine ten";
        let cut = shortened(long, 20).expect("cut");
        assert!(cut.ends_with('…') && cut.chars().count() <= 21, "{cut}");
        assert_eq!(cut, "one two three four…");
    }
}

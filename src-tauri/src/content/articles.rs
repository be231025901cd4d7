//! Articles: Markdown with a small TOML header between `+++` lines. The body becomes
//! a short list of blocks (headings, paragraphs, lists, rules) of plain text runs,
//! which the interface builds into DOM nodes: no HTML is produced or parsed anywhere.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub order: u32,
    pub body: Vec<Block>,
}

/// A run of text with its emphasis.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Run {
    pub text: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub strong: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub em: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    /// `##` is level 2, `###` level 3; the article's title is the only level 1.
    Heading { level: u8, runs: Vec<Run> },
    Paragraph { runs: Vec<Run> },
    List { ordered: bool, items: Vec<Vec<Run>> },
    Rule,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    title: String,
    summary: String,
    order: u32,
}

pub fn parse(id: &str, text: &str) -> Result<Article, String> {
    let rest = text.strip_prefix("+++\n").ok_or("an article starts with a +++ header line")?;
    let (header, body) = rest.split_once("\n+++\n").ok_or("the header needs a closing +++ line")?;
    let header: Header = toml::from_str(header).map_err(|e| format!("header: {e}"))?;
    for (label, value, max) in [("title", &header.title, 80), ("summary", &header.summary, 160)] {
        if value.trim().is_empty() || value.chars().count() > max {
            return Err(format!("{label} must be 1–{max} characters"));
        }
    }
    let body = blocks(body)?;
    if body.is_empty() {
        return Err("the article has no text".into());
    }
    Ok(Article { id: id.to_string(), title: header.title, summary: header.summary, order: header.order, body })
}

/// Turns Markdown into blocks, refusing what the app does not show: raw HTML,
/// images, links (nothing may open outside the app), nested lists, level-1 headings.
fn blocks(markdown: &str) -> Result<Vec<Block>, String> {
    let mut out = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    let mut items: Vec<Vec<Run>> = Vec::new();
    let (mut strong, mut em) = (0u32, 0u32);
    let mut list: Option<bool> = None;
    let mut heading: Option<u8> = None;
    for event in Parser::new_ext(markdown, Options::empty()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some(match level {
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    other => return Err(format!("use ## or ### headings, not {other:?} (the title is the only top heading)")),
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push(Block::Heading { level: heading.take().unwrap_or(2), runs: std::mem::take(&mut runs) });
            }
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Item) if list.is_some() => {
                if !runs.is_empty() && matches!(event, Event::End(TagEnd::Item)) {
                    items.push(std::mem::take(&mut runs));
                }
            }
            Event::End(TagEnd::Paragraph) if list.is_some() => push_text(&mut runs, " ", false, false),
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Item) => {}
            Event::End(TagEnd::Paragraph) => out.push(Block::Paragraph { runs: std::mem::take(&mut runs) }),
            Event::Start(Tag::List(first)) => {
                if list.is_some() {
                    return Err("lists inside lists are not shown; flatten the list".into());
                }
                list = Some(first.is_some());
            }
            Event::End(TagEnd::List(_)) => {
                let ordered = list.take().unwrap_or(false);
                let items = std::mem::take(&mut items).into_iter().map(trim_runs).collect();
                out.push(Block::List { ordered, items });
            }
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => em += 1,
            Event::End(TagEnd::Emphasis) => em = em.saturating_sub(1),
            Event::Text(text) | Event::Code(text) => push_text(&mut runs, &text, strong > 0, em > 0),
            Event::SoftBreak | Event::HardBreak => push_text(&mut runs, " ", strong > 0, em > 0),
            Event::Rule => out.push(Block::Rule),
            Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::HtmlBlock) => {
                return Err("raw HTML is not allowed in articles".into())
            }
            Event::Start(Tag::Link { .. }) => return Err("links are not allowed: nothing may open outside the app".into()),
            Event::Start(Tag::Image { .. }) => return Err("images are not allowed in articles".into()),
            Event::Start(other) => return Err(format!("{other:?} is not shown in articles")),
            Event::End(_) => {}
            other => return Err(format!("{other:?} is not shown in articles")),
        }
    }
    Ok(out.into_iter().map(|b| match b {
        Block::Paragraph { runs } => Block::Paragraph { runs: trim_runs(runs) },
        other => other,
    }).collect())
}

/// Appends text, merging with the previous run when the emphasis is the same.
fn push_text(runs: &mut Vec<Run>, text: &str, strong: bool, em: bool) {
    match runs.last_mut() {
        Some(last) if last.strong == strong && last.em == em => last.text.push_str(text),
        _ => runs.push(Run { text: text.to_string(), strong, em }),
    }
}

fn trim_runs(mut runs: Vec<Run>) -> Vec<Run> {
    if let Some(last) = runs.last_mut() {
        last.text.truncate(last.text.trim_end().len());
    }
    runs.retain(|r| !r.text.is_empty());
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "+++\ntitle = \"T\"\nsummary = \"S\"\norder = 1\n+++\n";

    fn body(md: &str) -> Result<Vec<Block>, String> {
        parse("a", &format!("{HEAD}{md}")).map(|a| a.body)
    }

    fn run(text: &str) -> Run {
        Run { text: text.into(), ..Run::default() }
    }

    #[test]
    fn headings_paragraphs_lists_and_emphasis() {
        let blocks = body("## Hello\n\nSome *soft*\nand **strong** words.\n\n- one\n- two **2**\n\n1. first\n2. second\n\n---\n").expect("valid");
        assert_eq!(blocks[0], Block::Heading { level: 2, runs: vec![run("Hello")] });
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                runs: vec![
                    run("Some "),
                    Run { text: "soft".into(), em: true, strong: false },
                    run(" and "),
                    Run { text: "strong".into(), strong: true, em: false },
                    run(" words."),
                ]
            }
        );
        assert_eq!(blocks[2], Block::List { ordered: false, items: vec![vec![run("one")], vec![run("two "), Run { text: "2".into(), strong: true, em: false }]] });
        assert!(matches!(&blocks[3], Block::List { ordered: true, items } if items.len() == 2));
        assert_eq!(blocks[4], Block::Rule);
    }

    #[test]
    fn loose_lists_keep_their_text() {
        let blocks = body("- one\n\n- two\n").expect("valid");
        assert_eq!(blocks, vec![Block::List { ordered: false, items: vec![vec![run("one")], vec![run("two")]] }]);
    }

    #[test]
    fn html_links_images_and_nesting_are_refused() {
        for (md, expected) in [
            ("<script>alert(1)</script>\n", "raw HTML"),
            ("Hi <b>there</b>\n", "raw HTML"),
            ("[site](https://example.com)\n", "links"),
            ("<https://example.com>\n", "links"),
            ("![x](x.png)\n", "images"),
            ("- a\n  - b\n", "inside lists"),
            ("# Big\n", "## or ###"),
        ] {
            let err = body(md).expect_err(md);
            assert!(err.contains(expected), "{md:?}: {err}");
        }
    }

    #[test]
    fn the_header_is_required_and_checked() {
        assert!(parse("a", "## no header\n").expect_err("no header").contains("+++"));
        assert!(parse("a", "+++\ntitle = \"T\"\n").expect_err("unclosed").contains("closing"));
        assert!(parse("a", "+++\ntitle = \"T\"\nsummary = \"S\"\n+++\nx\n").expect_err("no order").contains("order"));
        assert!(parse("a", HEAD).expect_err("empty").contains("no text"));
    }
}

//! Content in other languages: `content/locales/<tag>/` holds, for each language,
//! its own copy of any content file (`patterns/`, `checklists/`, `articles/`,
//! `support/lines.toml`), at the same path as the English one. A language without
//! a file shows the English one. [`check`] compares each language's content with
//! English: the same files, the same steps and phases, the same structure, and
//! for crisis lines the same numbers, addresses, sources and dates, so a
//! translation can change the words and nothing else.

use super::{embedded_files, Block, Library};
use crate::error::Error;

/// The kinds of content a language can translate.
const KINDS: [&str; 4] = ["patterns/", "checklists/", "articles/", "support/"];

/// The content files for `tag`: the English ones, each replaced by the language's
/// own where it has one. (The interface's catalogues, also under `locales/`, are
/// left out: Library::load passes over them.)
pub fn files_in(tag: &str) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&'static str, &'static str)> = embedded_files().to_vec();
    if tag == crate::i18n::FALLBACK {
        return files;
    }
    for (path, translated) in translated_files(tag) {
        if let Some(slot) = files.iter_mut().find(|(p, _)| *p == path) {
            slot.1 = translated;
        }
    }
    files
}

/// The language's own content files, as (the English path, text).
fn translated_files(tag: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    let prefix = format!("locales/{tag}/");
    embedded_files().iter().filter_map(move |(path, text)| {
        let rest = path.strip_prefix(prefix.as_str())?;
        KINDS.iter().any(|k| rest.starts_with(k)).then_some((rest, *text))
    })
}

/// Every difference between `tag`'s content and English's that a translation must
/// not make, as content problems.
pub fn check(tag: &str) -> Vec<Error> {
    let problem = |file: &str, problem: String| Error::Content { file: format!("locales/{tag}/{file}"), problem };
    let mut problems = Vec::new();
    let english_paths: Vec<&str> = embedded_files().iter().map(|(p, _)| *p).filter(|p| KINDS.iter().any(|k| p.starts_with(k))).collect();
    let theirs: Vec<&str> = translated_files(tag).map(|(p, _)| p).collect();
    for path in &english_paths {
        if !theirs.contains(path) {
            problems.push(problem(path, "missing: every content file English has needs its translation".into()));
        }
    }
    for path in &theirs {
        if !english_paths.contains(path) {
            problems.push(problem(path, "English has no such file".into()));
        }
    }
    let (english, _) = Library::embedded();
    let (other, load_problems) = Library::embedded_in(tag);
    problems.extend(load_problems);

    let ids = |l: &Library| (
        l.patterns.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
        l.checklists.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        l.articles.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
    );
    if ids(&english) != ids(&other) {
        problems.push(problem("", "its patterns, lists or articles are not the same, in the same order, as English's".into()));
        return problems;
    }
    for (e, o) in english.patterns.iter().zip(&other.patterns) {
        let shape = |p: &crate::pacer::pattern::Pattern| {
            (p.gentle_start, p.exhale_weighted, p.phases.iter().map(|ph| (ph.kind, ph.ms, ph.hint.is_some())).collect::<Vec<_>>())
        };
        if shape(e) != shape(o) {
            problems.push(problem(&format!("patterns/{}.toml", e.id), "its phases are not English's (the same kinds, lengths and hints)".into()));
        }
    }
    for (e, o) in english.checklists.iter().zip(&other.checklists) {
        let shape = |c: &super::Checklist| c.items.iter().map(|i| i.notice.is_some()).collect::<Vec<_>>();
        if shape(e) != shape(o) {
            problems.push(problem(&format!("checklists/{}.toml", e.id), "its steps are not English's (as many, with a note where English has one)".into()));
        }
    }
    for (e, o) in english.articles.iter().zip(&other.articles) {
        if block_shape(&e.body) != block_shape(&o.body) {
            problems.push(problem(&format!("articles/{}.md", e.id), "its headings, paragraphs and lists are not English's".into()));
        }
    }
    // Countries are listed by name, which a translation changes: compared by code.
    let by_code = |l: &Library| {
        let mut countries = l.countries.clone();
        countries.sort_by(|a, b| a.code.cmp(&b.code));
        countries
    };
    let (english_countries, other_countries) = (by_code(&english), by_code(&other));
    // The emergency number's words may be translated ("112 (or 144 for an ambulance)"); its numbers not.
    let codes = |cs: &[super::Country]| cs.iter().map(|c| (c.code.clone(), digits(&c.emergency), c.lines.len())).collect::<Vec<_>>();
    if codes(&english_countries) != codes(&other_countries) {
        problems.push(problem("support/lines.toml", "its countries, emergency numbers or number of lines are not English's".into()));
    } else {
        for (ec, oc) in english_countries.iter().zip(&other_countries) {
            for (e, o) in ec.lines.iter().zip(&oc.lines) {
                let facts = |l: &super::Line| {
                    let all = format!("{} {}", l.contact, l.text.as_deref().unwrap_or(""));
                    (l.name.clone(), l.source.clone(), l.checked.clone(), l.text.is_some(), digits(&all), addresses(&all))
                };
                if facts(e) != facts(o) {
                    problems.push(problem(
                        "support/lines.toml",
                        format!("{} ({}): its name, numbers, addresses, source or checked month differ from English's", e.name, ec.code),
                    ));
                }
            }
        }
    }
    problems
}

/// Headings (by level), paragraphs and lists (by length), in order.
fn block_shape(body: &[Block]) -> Vec<String> {
    body.iter()
        .map(|b| match b {
            Block::Heading { level, .. } => format!("h{level}"),
            Block::Paragraph { .. } => "p".into(),
            Block::List { ordered, items } => format!("{}{}", if *ordered { "ol" } else { "ul" }, items.len()),
            Block::Rule => "hr".into(),
        })
        .collect()
}

/// Every run of digits: the numbers a person would dial or text.
fn digits(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// Every web address.
fn addresses(text: &str) -> Vec<String> {
    text.split_whitespace().filter(|w| w.starts_with("http")).map(|w| w.trim_end_matches(['.', ',', ')']).to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_content_file_with_the_same_structure_and_facts() {
        for language in &crate::i18n::LANGUAGES[1..] {
            let problems: Vec<String> = check(language.tag).iter().map(|p| p.to_string()).collect();
            assert!(problems.is_empty(), "{}:\n{}", language.tag, problems.join("\n"));
        }
    }

    #[test]
    fn a_translation_that_changes_a_number_is_caught() {
        assert_eq!(digits("Call 13 11 14, or text 0477 13 11 14"), ["13", "11", "14", "0477", "13", "11", "14"]);
        assert_ne!(digits("Ring 116 123"), digits("Ring 116 132"));
        assert_eq!(addresses("chat at https://www.lifeline.org.au."), ["https://www.lifeline.org.au"]);
    }
}

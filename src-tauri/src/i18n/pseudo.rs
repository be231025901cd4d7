//! The pseudo-language, for the tests only (debug builds, `EBB_PSEUDO_LOCALE=1`):
//! every word from the catalogue and from `content/` is accented, made 40% longer and
//! wrapped in ⟪ ⟫. Any words on screen without the marks were written into the code
//! instead of coming from a catalogue, and would stay English in every language; the
//! extra length shows where a longer language would be cut off.

use fluent_syntax::ast;

use super::Language;
use crate::content::{Block, Library, Run};

pub const PSEUDO: Language = Language { tag: "en-XA", name: "Pseudo", rtl: false };

/// Whether this run was asked to speak the pseudo-language.
pub fn wanted() -> bool {
    cfg!(debug_assertions) && std::env::var_os("EBB_PSEUDO_LOCALE").is_some_and(|v| v == "1")
}

fn accent(c: char) -> char {
    const PLAIN: &str = "aceinousyACEINOUSY";
    const ACCENTED: &str = "áçéíñóüšýÁÇÉÍÑÓÜŠÝ";
    PLAIN.chars().position(|p| p == c).and_then(|i| ACCENTED.chars().nth(i)).unwrap_or(c)
}

/// Letters accented, no marks (a piece of a longer message).
fn accented(text: &str) -> String {
    text.chars().map(accent).collect()
}

/// Padding that makes `chars` characters 40% longer.
fn padding(chars: usize) -> String {
    "·".repeat((chars * 2).div_ceil(5))
}

/// One whole piece of text: accented, longer, marked.
pub fn text(text: &str) -> String {
    if text.trim().is_empty() {
        return text.to_string();
    }
    format!("⟪{}{}⟫", accented(text), padding(text.chars().count()))
}

/// A catalogue with every message (and attribute) in the pseudo-language.
pub fn source(english: &str) -> String {
    let mut resource = match fluent_syntax::parser::parse(english.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &mut resource.body {
        if let ast::Entry::Message(message) = entry {
            if let Some(value) = &mut message.value {
                mark(value);
            }
            for attribute in &mut message.attributes {
                mark(&mut attribute.value);
            }
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// Accents the text of `pattern` (and of any variants inside it) and marks it whole.
fn mark(pattern: &mut ast::Pattern<String>) {
    let mut chars = 0;
    accent_pattern(pattern, &mut chars);
    pattern.elements.insert(0, ast::PatternElement::TextElement { value: "⟪".into() });
    pattern.elements.push(ast::PatternElement::TextElement { value: format!("{}⟫", padding(chars)) });
}

fn accent_pattern(pattern: &mut ast::Pattern<String>, chars: &mut usize) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                *chars += value.chars().count();
                *value = accented(value);
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for variant in variants {
                    accent_pattern(&mut variant.value, chars);
                }
            }
            _ => {}
        }
    }
}

/// The content in the pseudo-language: every word a person reads, marked.
pub fn library(mut library: Library) -> Library {
    for p in &mut library.patterns {
        p.name = text(&p.name);
        p.summary = text(&p.summary);
        for phase in &mut p.phases {
            phase.hint = phase.hint.as_deref().map(text);
        }
    }
    for c in &mut library.checklists {
        c.title = text(&c.title);
        c.summary = text(&c.summary);
        for item in &mut c.items {
            item.text = text(&item.text);
            item.notice = item.notice.as_deref().map(text);
        }
    }
    for a in &mut library.articles {
        a.title = text(&a.title);
        a.summary = text(&a.summary);
        for block in &mut a.body {
            match block {
                Block::Heading { runs, .. } | Block::Paragraph { runs } => runs.iter_mut().for_each(run),
                Block::List { items, .. } => items.iter_mut().flatten().for_each(run),
                Block::Rule => {}
            }
        }
    }
    for country in &mut library.countries {
        country.name = text(&country.name);
        for line in &mut country.lines {
            line.name = text(&line.name);
            line.contact = text(&line.contact);
            line.text = line.text.as_deref().map(text);
            line.hours = text(&line.hours);
            line.cost = text(&line.cost);
        }
    }
    library
}

fn run(run: &mut Run) {
    run.text = text(&run.text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_words_are_marked_longer_and_keep_their_variables() {
        assert_eq!(text("Breathe in"), "⟪Bréáthé íñ····⟫");
        let source = source("hello = Hello, { $name }!\n    .aria-label = Greeting\nminutes = { $n ->\n    [one] one minute\n   *[other] { $n } minutes\n}\n");
        let bundle = {
            let mut b = fluent_bundle::FluentBundle::new(vec!["en".parse().expect("tag")]);
            b.set_use_isolating(false);
            b.add_resource(fluent_bundle::FluentResource::try_new(source).expect("parses")).expect("adds");
            b
        };
        let msg = bundle.get_message("hello").expect("there");
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", "Sam");
        args.set("n", 3);
        let said = bundle.format_pattern(msg.value().expect("value"), Some(&args), &mut vec![]).into_owned();
        assert!(said.starts_with('⟪') && said.ends_with('⟫') && said.contains("Sam"), "{said}");
        let minutes = bundle.format_pattern(bundle.get_message("minutes").expect("there").value().expect("value"), Some(&args), &mut vec![]).into_owned();
        assert!(minutes.starts_with("⟪3 míñüté"), "{minutes}");
    }
}

//! Rust's messages in the person's language. The code writes its messages in
//! English, as they read in `content/locales/en/errors.ftl` (which the `messages`
//! test keeps equal to the code). To say one in another language, it is matched
//! against those English entries, most specific first; what fills each variable
//! (a file's name, a number, the system's reason, which may itself be a message of
//! the catalogue) is said in the language too, and the language's entry is formatted
//! with it. Anything that matches no entry is said as written.

use std::sync::OnceLock;

use fluent_bundle::FluentValue;
use fluent_syntax::ast;
use regex::Regex;

use super::Catalog;

struct Entry {
    id: String,
    pattern: Regex,
    variables: Vec<String>,
    /// How many characters of its own it has (not its variables').
    literal: usize,
    /// Whether any of them are letters (not only ": " between two messages).
    has_words: bool,
}

/// How deep a message may hold other messages (an action, then the system's reason).
const DEPTH: usize = 4;

fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let source = super::files(super::FALLBACK).find(|(name, _)| *name == "errors.ftl").map(|(_, text)| text).unwrap_or_default();
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut entries: Vec<(usize, Entry)> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some((m.id.name, m.value.as_ref()?)),
                _ => None,
            })
            .filter_map(|(id, value)| {
                let mut regex = String::from("(?s)^");
                let mut variables = Vec::new();
                let mut literal = 0;
                let mut has_words = false;
                for element in &value.elements {
                    match element {
                        ast::PatternElement::TextElement { value } => {
                            literal += value.chars().count();
                            has_words |= value.chars().any(char::is_alphabetic);
                            regex.push_str(&regex::escape(value));
                        }
                        ast::PatternElement::Placeable { expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) } => {
                            variables.push(id.name.to_string());
                            regex.push_str("(.+?)");
                        }
                        ast::PatternElement::Placeable { expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) } => {
                            literal += value.chars().count();
                            regex.push_str(&regex::escape(value));
                        }
                        _ => return None,
                    }
                }
                regex.push('$');
                let pattern = Regex::new(&regex).ok()?;
                Some((literal, Entry { id: id.to_string(), pattern, variables, literal, has_words }))
            })
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        entries.into_iter().map(|(_, e)| e).collect()
    })
}

/// `english` (a message from Rust) in the language of `words`.
pub fn translate(english: &str, words: &Catalog) -> String {
    if words.tag() == super::FALLBACK {
        return english.to_string();
    }
    said(english, words, 0).0
}

/// `text` in the language, and how much of it the catalogue knew (its entries'
/// own characters, through every message inside it). Of the entries that match, the
/// one that knows the most wins: "Could not read the journal: the system said …" is
/// an action and a reason, each known, rather than "Could not read" and a remainder.
fn said(text: &str, words: &Catalog, depth: usize) -> (String, usize) {
    if depth >= DEPTH {
        return (text.to_string(), 0);
    }
    let mut best: Option<(String, usize)> = None;
    for entry in entries() {
        // Inside another message, only an entry with words of its own: a file's name
        // that happens to hold ": " is a name, not two messages.
        if depth > 0 && !entry.has_words {
            continue;
        }
        let Some(found) = entry.pattern.captures(text) else { continue };
        let mut known = entry.literal;
        let args: Vec<(&str, FluentValue)> = entry
            .variables
            .iter()
            .zip(found.iter().skip(1))
            .map(|(name, value)| {
                let value = value.map(|v| v.as_str()).unwrap_or_default();
                // A count (for plural forms) stays a number; "0123" or a long id stays as written.
                let count = !value.is_empty() && value.len() <= 9 && value.chars().all(|c| c.is_ascii_digit()) && (value == "0" || !value.starts_with('0'));
                let value: FluentValue = if count {
                    value.parse::<f64>().map(FluentValue::from).unwrap_or_else(|_| value.to_string().into())
                } else {
                    let (inner, inner_known) = said(value, words, depth + 1);
                    known += inner_known;
                    inner.into()
                };
                (name.as_str(), value)
            })
            .collect();
        if best.as_ref().is_none_or(|(_, k)| known > *k) {
            best = Some((words.with(&entry.id, &args), known));
        }
    }
    best.unwrap_or_else(|| (text.to_string(), 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    fn german() -> Catalog {
        Catalog::new(super::super::negotiate(Some("de"), &[]))
    }

    #[test]
    fn every_error_the_code_writes_finds_its_entry_and_is_said_in_the_language() {
        let de = german();
        let wrong = Error::WrongPassphrase.to_string();
        let said = translate(&wrong, &de);
        assert_ne!(said, wrong, "the passphrase message is said in German");
        // An action, then the system's reason: both said in the language, the
        // system's own words (the error) kept.
        let full = Error::io("Could not save the note")(std::io::Error::from(std::io::ErrorKind::StorageFull)).to_string();
        let said = translate(&full, &de);
        assert!(!said.contains("Could not save") && !said.contains("no space left"), "{said}");
        let other = Error::io("Could not save the note")(std::io::Error::other("quota 7 reached")).to_string();
        assert!(translate(&other, &de).contains("quota 7 reached"), "the system's own words stay");
        // English is said as written; a message no entry knows, too.
        let en = Catalog::new(&super::super::LANGUAGES[0]);
        assert_eq!(translate(&full, &en), full);
        assert_eq!(translate("something else entirely", &de), "something else entirely");
    }

    #[test]
    fn every_entry_matches_its_own_english() {
        // Each English entry, with its variables filled, is found again as itself.
        let en = Catalog::new(&super::super::LANGUAGES[0]);
        for entry in entries() {
            let args: Vec<(&str, FluentValue)> = entry.variables.iter().map(|v| (v.as_str(), FluentValue::from("x7"))).collect();
            let english = en.with(&entry.id, &args);
            let found = entries().iter().find(|e| e.pattern.is_match(&english)).map(|e| e.id.as_str());
            assert!(found.is_some(), "{} ({english}) matches no entry", entry.id);
        }
    }
}

//! Every language has every message English has, no other, with the same
//! attributes and the same variables; and the language is found as a person expects.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message (and term) id with its attributes and the variables it uses.
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn variables_in(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables_in(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn shape(tag: &str, text: &str) -> Shape {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{tag}: the catalogue does not parse: {errors:?}"),
    };
    let mut shape = Shape::new();
    for entry in resource.body {
        let (id, value, attributes) = match &entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        if let Some(v) = value {
            variables_in(v, &mut vars);
        }
        let mut names = BTreeSet::new();
        for a in attributes {
            names.insert(a.id.name.to_string());
            variables_in(&a.value, &mut vars);
        }
        assert!(shape.insert(id.clone(), (names, vars)).is_none(), "{tag}: {id} is there twice");
    }
    shape
}

#[test]
fn every_language_has_every_message_english_has_and_no_other() {
    let english: Vec<(&str, &str)> = files(FALLBACK).collect();
    assert!(!english.is_empty());
    // The same id in two files would leave one of them unused.
    for language in LANGUAGES {
        shape(language.tag, source(language.tag).expect("a catalogue"));
    }
    for language in &LANGUAGES[1..] {
        let theirs: Vec<&str> = files(language.tag).map(|(name, _)| name).collect();
        assert_eq!(theirs, english.iter().map(|(name, _)| *name).collect::<Vec<_>>(), "{}: the same files as English", language.tag);
        for ((file, english_text), (_, their_text)) in english.iter().zip(files(language.tag)) {
            let english = shape(FALLBACK, english_text);
            let other = shape(language.tag, their_text);
            let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{}/{file} lacks {missing:?}", language.tag);
            assert!(extra.is_empty(), "{}/{file} has messages English has not: {extra:?}", language.tag);
            for (id, (attributes, vars)) in &english {
                let (their_attributes, their_vars) = &other[id];
                assert_eq!(attributes, their_attributes, "{}/{file}: {id} has other attributes", language.tag);
                let unknown: Vec<&String> = their_vars.difference(vars).collect();
                assert!(unknown.is_empty(), "{}/{file}: {id} uses {unknown:?}, which English does not", language.tag);
            }
        }
    }
}

#[test]
fn the_language_follows_the_choice_then_the_system_then_english() {
    let sys = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(negotiate(Some("ar"), &sys(&["de-DE"])).tag, "ar");
    assert_eq!(negotiate(None, &sys(&["de-AT", "en-US"])).tag, "de");
    assert_eq!(negotiate(None, &sys(&["pt_PT.UTF-8"])).tag, "pt-BR");
    assert_eq!(negotiate(None, &sys(&["pt-BR"])).tag, "pt-BR");
    assert_eq!(negotiate(None, &sys(&["ja-JP", "es-MX"])).tag, "es");
    assert_eq!(negotiate(None, &sys(&["ja-JP"])).tag, "en");
    assert_eq!(negotiate(Some("xx"), &sys(&["fr-CA"])).tag, "fr", "a choice Ebb no longer has: the system's");
    assert!(negotiate(None, &sys(&["ar-EG"])).rtl);
}

#[test]
fn rust_formats_its_own_words_in_the_language_and_falls_back_to_english() {
    let german = Catalog::new(negotiate(Some("de"), &[]));
    let english = Catalog::new(negotiate(Some("en"), &[]));
    assert_ne!(german.text("tray-breathe", None), english.text("tray-breathe", None));
    assert_eq!(german.text("no-such-message", None), "no-such-message");
    let boot = LocaleBoot::for_language(negotiate(Some("ar"), &[]), &LANGUAGES[0]);
    assert_eq!(boot.sources.len(), 2, "Arabic, then English");
    assert_eq!(LocaleBoot::for_language(&LANGUAGES[0], &LANGUAGES[0]).sources.len(), 1);
    assert!(boot.sources[0].contains("start-breathing ="));
    assert!(!boot.sources.iter().any(|s| s.contains("cli-usage =") || s.contains("error-joined")), "Rust's own words stay in Rust");
}

//! Every message a person can meet when something goes wrong, listed in one file
//! (`tests/user-messages.txt`) so none escapes review: this test finds them in the
//! code and fails when one is added, changed or removed without the list changing
//! with it, or when one uses words a person in distress should not have to decode.
//!
//! Found in the Rust sources (outside tests): the text given to `Error::invalid`,
//! `Error::Invalid { message }`, `Unreadable`, `Damaged`, `NotFound`, `NotEncrypted`,
//! `Error::io` and `Error::db`, and every `#[error("…")]`. In the interface's
//! JavaScript: every string that says something could not be done.

use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Words that belong to the code, not to a person reading in a hard moment.
const JARGON: &[&str] = &[
    "age-encrypted",
    "age file",
    "sealed for a key",
    "capture",
    "stretched",
    "byte",
    "UTF-8",
    "SQLite",
    "SQLCipher",
    "migration",
    "journal mode",
    "header",
    "nonce",
    "RFC 3339",
    "JSON object",
    "os error",
];

/// Where a message's text starts: after one of these, the next string literal.
const RUST_MARKERS: &[&str] = &[
    "Error::Unreadable(",
    "Error::Damaged(",
    "Error::NotFound(",
    "Error::NotEncrypted(",
    "Error::io(",
    "Error::db(",
    "#[error(",
    "message: ",
];

fn sources(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "tests" && n != "vendor") {
                sources(&path, ext, out);
            }
        } else if path.extension().is_some_and(|e| e == ext) && path.file_name().is_some_and(|n| n != "tests.rs") {
            out.push(path);
        }
    }
}

/// The first string literal at or after `from` in `text` (a `format!` string too),
/// as written in the source, without its quotes.
fn literal_after(text: &str, from: usize) -> Option<String> {
    let rest = &text[from..];
    let start = rest.find('"')?;
    // Only a literal right there (perhaps inside format!): a marker followed by
    // anything else (a variable, a match arm) carries no message of its own.
    if !matches!(rest[..start].trim(), "" | "format!(" | "&format!(") {
        return None;
    }
    let body = &rest[start + 1..];
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                out.push(c);
                out.extend(chars.next());
            }
            '"' => return Some(one_line(&out)),
            _ => out.push(c),
        }
    }
    None
}

/// A literal continued over lines with a trailing backslash, as Rust reads it: on one line.
fn one_line(text: &str) -> String {
    let mut parts = text.split("\\\n");
    let mut out = parts.next().unwrap_or_default().to_string();
    for part in parts {
        out.push_str(part.trim_start());
    }
    out.replace('\n', " ")
}

fn rust_messages() -> Vec<String> {
    let mut files = Vec::new();
    sources(&Path::new(ROOT).join("src"), "rs", &mut files);
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("read");
        // Tests at the end of a file are not what people see.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let name = file.strip_prefix(ROOT).expect("under root").display().to_string();
        for marker in RUST_MARKERS {
            for (at, _) in text.match_indices(marker) {
                if let Some(message) = literal_after(text, at + marker.len()) {
                    if *marker == "message: " && message.is_empty() {
                        continue;
                    }
                    found.push(format!("{name}\t{message}"));
                }
            }
        }
        // Error::invalid("field", "message"): the second literal.
        for (at, _) in text.match_indices("Error::invalid(") {
            let after = at + "Error::invalid(".len();
            let Some(comma) = text[after..].find(',') else { continue };
            if let Some(message) = literal_after(text, after + comma + 1) {
                found.push(format!("{name}\t{message}"));
            }
        }
    }
    found
}

/// Strings in the interface that say something went wrong.
fn interface_messages() -> Vec<String> {
    let mut files = Vec::new();
    sources(&Path::new(ROOT).join("../ui/js"), "js", &mut files);
    let telling = ["could not", "couldn’t", "can’t", "cannot", "did not work", "went wrong", "was not saved", "not saved"];
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("read");
        let name = file.canonicalize().expect("path").display().to_string();
        let name = name.split("/ui/").last().map(|n| format!("ui/{n}")).unwrap_or(name);
        for quote in ['\'', '`'] {
            for (i, part) in text.split(quote).enumerate() {
                if i % 2 == 1 && !part.contains('\n') && telling.iter().any(|t| part.to_lowercase().contains(t)) {
                    found.push(format!("{name}\t{part}"));
                }
            }
        }
    }
    found
}

fn all_messages() -> Vec<String> {
    let mut all = rust_messages();
    all.extend(interface_messages());
    all.sort();
    all.dedup();
    all
}

#[test]
fn every_user_facing_message_is_in_the_reviewed_list() {
    let list_path = Path::new(ROOT).join("tests/user-messages.txt");
    let found = all_messages();
    if std::env::var_os("EBB_WRITE_MESSAGES").is_some() {
        let mut text = String::from("# Every message a person can meet when something goes wrong (tests/messages.rs).\n# Each was read for: what happened, whether anything was lost, one next step, plain words.\n");
        for line in &found {
            text.push_str(line);
            text.push('\n');
        }
        fs::write(&list_path, text).expect("write the list");
    }
    let listed: Vec<String> = fs::read_to_string(&list_path)
        .expect("tests/user-messages.txt (EBB_WRITE_MESSAGES=1 cargo test --test messages writes it)")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect();
    let added: Vec<&String> = found.iter().filter(|m| !listed.contains(m)).collect();
    let gone: Vec<&String> = listed.iter().filter(|m| !found.contains(m)).collect();
    assert!(
        added.is_empty() && gone.is_empty(),
        "user-facing messages changed; read each new one aloud as someone having a hard time would, then update \
         tests/user-messages.txt (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages).\nnew or changed: {added:#?}\nno longer in the code: {gone:#?}"
    );
    assert!(found.len() > 100, "the scan finds the messages ({} found)", found.len());
}

#[test]
fn no_message_uses_the_codes_words() {
    let mut jargon = Vec::new();
    for line in all_messages() {
        let message = line.split('\t').nth(1).unwrap_or_default().to_lowercase();
        for word in JARGON {
            if message.contains(&word.to_lowercase()) {
                jargon.push(format!("{line}   ← “{word}”"));
            }
        }
    }
    assert!(jargon.is_empty(), "messages with the code's words in them:\n{}", jargon.join("\n"));
}

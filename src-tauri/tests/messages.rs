//! Every message a person can meet when something goes wrong, listed in one file
//! (`tests/user-messages.txt`) so none escapes review: this test finds them in the
//! code and fails when one is added, changed or removed without the list changing
//! with it, or when one uses words a person in distress should not have to decode.
//!
//! Found in the Rust sources (outside tests): the text given to `Error::invalid`,
//! `Error::Invalid { message }`, `Unreadable`, `Damaged`, `NotFound`, `NotEncrypted`,
//! `Error::io` and `Error::db`, and every `#[error("…")]`, and the system's reasons in
//! `error.rs`. In the interface's JavaScript: every string that says something could
//! not be done.
//!
//! Rust's messages are also written, as a Fluent catalogue, to
//! `content/locales/en/errors.ftl`: the English that every other language translates.
//! At run time a message is matched back to its entry there and said in the person's
//! language (`i18n::errors`). The test fails when the catalogue is out of date.

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

/// The system's reasons in `error.rs` (`io_words`, `db_words`, `TRY_AGAIN`): every
/// literal between the start of `TRY_AGAIN` and `impl Error`.
fn reasons() -> Vec<String> {
    let text = fs::read_to_string(Path::new(ROOT).join("src/error.rs")).expect("read");
    let start = text.find("const TRY_AGAIN").expect("TRY_AGAIN in error.rs");
    let end = text.find("impl Error {").expect("impl Error in error.rs");
    let region = &text[start..end];
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(quote) = region[at..].find('"') {
        let from = at + quote;
        let Some(len) = region[from + 1..].find('"') else { break };
        let literal = &region[from + 1..from + 1 + len];
        if literal.chars().any(char::is_alphabetic) {
            found.push(format!("src/error.rs\t{literal}"));
        }
        at = from + len + 2;
    }
    found
}

fn all_messages() -> Vec<String> {
    let mut all = rust_messages();
    all.extend(reasons());
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

/// A Rust format string as a Fluent pattern: `{}` becomes `{ $v1 }` (numbered in
/// order), `{0}` `{ $v0 }`, `{name}` or `{name:?}` `{ $name }`. None when it is only
/// a placeholder (nothing of its own to translate).
fn to_fluent(template: &str) -> Option<String> {
    let text = template.replace("\\\"", "\"").replace("\\\\", "\\");
    let mut out = String::new();
    let mut positional = 0;
    let mut words = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push_str("{\"{\"}");
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push_str("{\"}\"}");
            }
            '{' => {
                let mut inside = String::new();
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                    inside.push(d);
                }
                let name = inside.split(':').next().unwrap_or_default();
                let var = if name.is_empty() {
                    positional += 1;
                    format!("v{positional}")
                } else if name.chars().all(|d| d.is_ascii_digit()) {
                    format!("v{name}")
                } else {
                    name.to_string()
                };
                out.push_str(&format!("{{ ${var} }}"));
            }
            _ => {
                words |= !c.is_whitespace();
                out.push(c);
            }
        }
    }
    words.then_some(out)
}

/// A stable id: "error-", the first words, and a short hash of the whole template.
fn error_id(template: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for b in template.bytes() {
        hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    let mut plain = String::new();
    let mut depth = 0;
    for c in template.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let slug: Vec<String> = plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_lowercase)
        .collect();
    // A template of placeholders and punctuation ("{action}: {}") joins two messages.
    let slug = if slug.is_empty() { "joined".to_string() } else { slug.join("-") };
    format!("error-{slug}-{:06x}", hash & 0xff_ffff)
}

fn error_catalogue() -> String {
    let mut entries: std::collections::BTreeMap<String, (String, Vec<String>)> = std::collections::BTreeMap::new();
    for line in rust_messages().into_iter().chain(reasons()) {
        let (file, template) = line.split_once('\t').expect("file and message");
        let Some(pattern) = to_fluent(template) else { continue };
        let entry = entries.entry(error_id(template)).or_insert_with(|| (pattern, Vec::new()));
        if !entry.1.contains(&file.to_string()) {
            entry.1.push(file.to_string());
        }
    }
    let mut out = String::from(
        "## Messages when something goes wrong, said by the app's Rust side: made from the code\n\
         ## by src-tauri/tests/messages.rs (EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages);\n\
         ## do not edit the English by hand. Variables hold what the code fills in: a file's\n\
         ## name, a number, the system's reason, or another message of this file.\n",
    );
    for (id, (pattern, files)) in entries {
        out.push_str(&format!("\n# {}\n{id} = {pattern}\n", files.join(", ")));
    }
    out
}

#[test]
fn rusts_messages_are_the_english_catalogue_the_other_languages_translate() {
    let path = Path::new(ROOT).join("../content/locales/en/errors.ftl");
    let made = error_catalogue();
    if std::env::var_os("EBB_WRITE_MESSAGES").is_some() {
        fs::write(&path, &made).expect("write errors.ftl");
    }
    let written = fs::read_to_string(&path).unwrap_or_default();
    assert!(written == made, "content/locales/en/errors.ftl is not what the code says; EBB_WRITE_MESSAGES=1 cargo test -p ebb --test messages writes it");
    assert!(made.matches(" = ").count() > 100);
}

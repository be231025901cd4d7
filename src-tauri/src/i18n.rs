//! The app's words in the person's language, with Project Fluent. One catalogue per
//! language, `content/locales/<tag>/ebb.ftl`, embedded at build time; the interface
//! reads the same files (sent at start-up with [`LocaleBoot`]), and Rust formats the
//! words it says itself (the tray) with `fluent-bundle`. English is the fallback for
//! any message a catalogue lacks, though the tests insist none lacks one.

pub mod errors;
pub mod pseudo;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// A language Ebb speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    /// BCP 47, as in `<html lang>`.
    pub tag: &'static str,
    /// Its own name for itself, as the choice in Settings shows it.
    pub name: &'static str,
    pub rtl: bool,
}

/// Every language, English first (the fallback).
pub const LANGUAGES: &[Language] = &[
    Language { tag: "en", name: "English", rtl: false },
    Language { tag: "de", name: "Deutsch", rtl: false },
    Language { tag: "es", name: "Español", rtl: false },
    Language { tag: "fr", name: "Français", rtl: false },
    Language { tag: "pt-BR", name: "Português (Brasil)", rtl: false },
    Language { tag: "ar", name: "العربية", rtl: true },
];

pub const FALLBACK: &str = "en";

/// The catalogue of `tag` as written, if Ebb has one: every `.ftl` file under
/// `content/locales/<tag>/`, in name order (one file per part of the app).
pub fn source(tag: &str) -> Option<&'static str> {
    joined(tag).map(|j| j.all.as_str())
}

/// A language's catalogue files joined: all of them, and the interface's part.
struct Joined {
    tag: &'static str,
    all: String,
    interface: String,
}

/// Joined once per run, for every language.
fn joined(tag: &str) -> Option<&'static Joined> {
    static JOINED: std::sync::OnceLock<Vec<Joined>> = std::sync::OnceLock::new();
    let all = JOINED.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|l| {
                let join = |keep: &dyn Fn(&str) -> bool| files(l.tag).filter(|(name, _)| keep(name)).map(|(_, text)| text).collect::<Vec<_>>().join("\n");
                Joined { tag: l.tag, all: join(&|_| true), interface: join(&|name| !RUST_ONLY.contains(&name)) }
            })
            .collect()
    });
    all.iter().find(|j| j.tag == tag && !j.all.is_empty())
}

/// The catalogue files of `tag`, as (name, text), in name order.
pub fn files(tag: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    crate::content::embedded_files().iter().filter_map(move |(path, text)| {
        let name = path.strip_prefix("locales/")?.strip_prefix(tag)?.strip_prefix('/')?;
        name.ends_with(".ftl").then_some((name, *text))
    })
}

/// The language to use: the one chosen in Settings if Ebb has it, otherwise the first
/// of the system's languages Ebb has (by language, then region: "pt-PT" finds
/// "pt-BR", "de-AT" finds "de"), otherwise English.
pub fn negotiate(chosen: Option<&str>, system: &[String]) -> &'static Language {
    let exact = |tag: &str| LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(tag));
    if let Some(found) = chosen.and_then(exact) {
        return found;
    }
    for wanted in system {
        // "de_DE.UTF-8" and "de-DE" alike.
        let wanted = wanted.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
        if let Some(found) = exact(&wanted) {
            return found;
        }
        let language = wanted.split('-').next().unwrap_or_default();
        if let Some(found) = LANGUAGES.iter().find(|l| l.tag.split('-').next().is_some_and(|t| t.eq_ignore_ascii_case(language))) {
            return found;
        }
    }
    &LANGUAGES[0]
}

/// The language the app speaks now (for messages made far from any setting: errors).
static SPOKEN: std::sync::RwLock<&'static Language> = std::sync::RwLock::new(&LANGUAGES[0]);

/// Says from now on that the app speaks `language`.
pub fn speak(language: &'static Language) {
    *SPOKEN.write().unwrap_or_else(|p| p.into_inner()) = language;
}

/// The catalogue of `tag` (English when Ebb has no such language), made once.
pub fn catalog(tag: &str) -> &'static Catalog {
    static ALL: std::sync::OnceLock<Vec<Catalog>> = std::sync::OnceLock::new();
    let all = ALL.get_or_init(|| LANGUAGES.iter().map(Catalog::new).collect());
    all.iter().find(|c| c.tag == tag).unwrap_or(&all[0])
}

/// The catalogue of the language spoken now.
pub fn spoken() -> &'static Catalog {
    catalog(SPOKEN.read().unwrap_or_else(|p| p.into_inner()).tag)
}

/// The calendar words (days, months) of `tag`, for dates Rust writes out.
pub fn chrono_locale(tag: &str) -> chrono::Locale {
    match tag {
        "de" => chrono::Locale::de_DE,
        "es" => chrono::Locale::es_ES,
        "fr" => chrono::Locale::fr_FR,
        "pt-BR" => chrono::Locale::pt_BR,
        "ar" => chrono::Locale::ar_EG,
        _ => chrono::Locale::en_GB,
    }
}

/// The system's languages, most preferred first.
pub fn system_languages() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// What the interface needs to speak: the language, its catalogue and English's
/// (the fallback), and the languages to choose from.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocaleBoot {
    pub language: Language,
    /// The chosen catalogue, then English's (once, when the chosen one is English).
    pub sources: Vec<&'static str>,
    pub languages: &'static [Language],
    /// The language the system's settings ask for (what "As the system" means).
    pub system: Language,
}

/// The files only Rust reads (the command line's words, the system's file dialogs,
/// the journal's Markdown, and the errors it says in the language before they reach
/// the window): not sent to the interface.
const RUST_ONLY: [&str; 4] = ["cli.ftl", "dialogs.ftl", "errors.ftl", "export.ftl"];

/// The interface's part of the catalogue of `tag`.
fn interface_source(tag: &str) -> Option<&'static str> {
    joined(tag).map(|j| j.interface.as_str())
}

impl LocaleBoot {
    /// The pseudo-language (tests only): English's catalogue, every message marked.
    pub fn pseudo() -> LocaleBoot {
        let source: &'static str = Box::leak(pseudo::source(interface_source(FALLBACK).unwrap_or_default()).into_boxed_str());
        LocaleBoot { language: pseudo::PSEUDO, sources: vec![source], languages: LANGUAGES, system: LANGUAGES[0] }
    }

    pub fn for_language(language: &'static Language, system: &'static Language) -> LocaleBoot {
        let mut sources: Vec<&'static str> = interface_source(language.tag).into_iter().collect();
        if language.tag != FALLBACK {
            sources.extend(interface_source(FALLBACK));
        }
        LocaleBoot { language: *language, sources, languages: LANGUAGES, system: *system }
    }
}

/// Formats messages in one language, falling back to English.
pub struct Catalog {
    tag: &'static str,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Catalog {
    pub fn new(language: &Language) -> Catalog {
        let mut tags = vec![language.tag];
        if language.tag != FALLBACK {
            tags.push(FALLBACK);
        }
        let bundles = tags
            .into_iter()
            .filter_map(|tag| {
                let id: LanguageIdentifier = tag.parse().ok()?;
                let resource = FluentResource::try_new(source(tag)?.to_string()).unwrap_or_else(|(partial, _)| partial);
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No invisible isolation marks around values: the tray and the window
                // title cannot show them, and the values are plain words or numbers.
                bundle.set_use_isolating(false);
                // A message given twice keeps its first: the rest of the language stays
                // (the tests refuse duplicates).
                if let Err(errors) = bundle.add_resource(resource) {
                    eprintln!("ebb: the {tag} catalogue: {errors:?}");
                }
                Some(bundle)
            })
            .collect();
        Catalog { tag: language.tag, bundles }
    }

    /// The language it speaks.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The message `id` with `args` given as (name, value) pairs.
    pub fn with(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue)]) -> String {
        let args: FluentArgs = args.iter().map(|(name, value)| (*name, value.clone())).collect();
        self.text(id, Some(&args))
    }

    /// The message `id` with `args`; the id itself if no catalogue has it.
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        id.to_string()
    }
}

#[cfg(test)]
mod tests;

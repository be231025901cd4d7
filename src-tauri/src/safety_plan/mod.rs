//! A safety plan of one's own, in the Stanley–Brown shape: six steps and the
//! reasons to keep going, each a short list the person writes and orders. Written
//! on a calm day, read whole on a hard one: so it is never behind the journal's
//! passphrase, and never plain on disk where the system has a keyring (`store`).
//! The contacts on Need help now are kept the same way, beside the plan.

pub mod store;

use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use self::store::{Loaded, PlanStore, Protection};

use crate::error::{Error, Result};
use crate::settings::{Contact, MAX_CONTACTS};

/// The plan's store, one at a time (a save and a read never interleave). Clones
/// share the store: the settings side reads the contacts through one. The contacts
/// read are kept in memory, so screens that show them do not ask the keyring again.
#[derive(Clone)]
pub struct PlanState {
    store: Arc<Mutex<PlanStore>>,
    contacts: Arc<Mutex<Option<Vec<Contact>>>>,
}

/// The person's own help, as a backup or a JSON export carries it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OwnHelp {
    pub plan: Option<SafetyPlan>,
    pub contacts: Vec<Contact>,
}

impl OwnHelp {
    /// Puts the plan (when one was written) and the contacts into `archive`.
    pub fn into_archive(self, archive: &mut crate::journal::archive::Archive) {
        archive.safety_plan = self.plan.filter(|p| !p.is_empty());
        archive.contacts = self.contacts;
    }
}

impl PlanState {
    pub fn new(store: PlanStore) -> PlanState {
        PlanState { store: Arc::new(Mutex::new(store)), contacts: Arc::new(Mutex::new(None)) }
    }

    /// Runs `f` on the store, then keeps in memory the contacts of what it returns
    /// (when they could be read), or forgets them when `f` wrote without saying.
    fn with<T>(&self, f: impl FnOnce(&PlanStore) -> Result<T>) -> Result<T> {
        let store = self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let result = f(&store);
        *self.contacts.lock().unwrap_or_else(|p| p.into_inner()) = None;
        result
    }

    /// `loaded`'s contacts kept in memory, when they are the ones on disk.
    fn remember(&self, loaded: Result<Loaded>) -> Result<Loaded> {
        if let Ok(l) = &loaded {
            if matches!(l.protection, Protection::Keyring | Protection::PrivateFile { .. }) {
                *self.contacts.lock().unwrap_or_else(|p| p.into_inner()) = Some(l.contacts.clone());
            }
        }
        loaded
    }

    pub fn load(&self) -> Result<Loaded> {
        let loaded = self.with(PlanStore::load);
        self.remember(loaded)
    }

    pub fn save(&self, plan: SafetyPlan) -> Result<Loaded> {
        let saved = self.with(|s| s.save(plan));
        self.remember(saved)
    }

    /// Keeps the contacts for Need help now (checked first); returns them as kept.
    pub fn save_contacts(&self, contacts: Vec<Contact>) -> Result<Vec<Contact>> {
        let saved = self.with(|s| s.save_contacts(contacts));
        self.remember(saved).map(|l| l.contacts)
    }

    /// The contacts kept here; none when they cannot be read now (Settings and the
    /// plan screen say why). Read from disk (and the keyring) once, then from memory.
    pub fn contacts(&self) -> Vec<Contact> {
        if let Some(known) = self.contacts.lock().unwrap_or_else(|p| p.into_inner()).clone() {
            return known;
        }
        self.load().map(|l| l.contacts).unwrap_or_default()
    }

    /// The plan written here, if any (for backups and exports); a plan that cannot be
    /// read now is left out, not an error: the journal's data still goes.
    pub fn written(&self) -> Option<SafetyPlan> {
        self.load().ok().map(|l| l.plan).filter(|p| !p.is_empty())
    }

    /// The plan and the contacts, for a backup or a JSON export.
    pub fn own_help(&self) -> OwnHelp {
        match self.load() {
            Ok(l) => OwnHelp { plan: Some(l.plan).filter(|p| !p.is_empty()), contacts: l.contacts },
            Err(_) => OwnHelp::default(),
        }
    }

    /// Adds `contacts` (from an older settings file, or a backup) to those kept
    /// here, leaving out any already here. `Ok(true)` when every one of them is kept
    /// now; `Ok(false)` when they could not be (the keyring is not answering, or the
    /// sealed file's key is gone), so the caller keeps its copy.
    pub fn add_contacts(&self, contacts: &[Contact]) -> Result<bool> {
        self.with(|s| {
            let here = s.load()?;
            if !matches!(here.protection, Protection::Keyring | Protection::PrivateFile { .. }) {
                return Ok(false);
            }
            let all = crate::settings::merge_contacts(here.contacts, contacts);
            if all.len() > MAX_CONTACTS {
                return Ok(false);
            }
            s.save_contacts(all).map(|_| true)
        })
    }

    /// Keeps `plan` (from a backup or export) if none is written here: a plan the
    /// person has here is never replaced. Says whether it was taken.
    pub fn take_if_none(&self, plan: &SafetyPlan) -> Result<bool> {
        self.with(|s| {
            let here = s.load()?;
            if !here.plan.is_empty() || !matches!(here.protection, Protection::Keyring | Protection::PrivateFile { .. }) {
                return Ok(false);
            }
            s.save(plan.clone()).map(|_| true)
        })
    }
}

/// The plan store of a data folder, with the system's keyring (the window and the
/// command line use the same).
pub fn state_for(data_dir: &std::path::Path) -> PlanState {
    PlanState::new(PlanStore::new(data_dir, Box::new(store::SystemKeyring)))
}

/// At most this many lines in one step.
pub const MAX_ITEMS: usize = 20;
/// At most this many characters in one line.
pub const MAX_CHARS: usize = 500;

/// The plan. Every step is a list of lines in the person's order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SafetyPlan {
    /// Signs that a hard time is coming.
    pub warning_signs: Vec<String>,
    /// Things I can do on my own.
    pub on_my_own: Vec<String>,
    /// People and places that take my mind off it.
    pub distractions: Vec<String>,
    /// People I can ask for help.
    pub people: Vec<String>,
    /// Professionals and services.
    pub professionals: Vec<String>,
    /// Making my surroundings safer.
    pub safer_surroundings: Vec<String>,
    /// Reasons to keep going.
    pub reasons: Vec<String>,
}

/// The steps in the order the plan is read, with their headings. The interface
/// has the same headings (and the gentle examples); the Markdown uses these.
pub const STEPS: [(&str, &str); 7] = [
    ("warningSigns", "Signs that a hard time is coming"),
    ("onMyOwn", "Things I can do on my own"),
    ("distractions", "People and places that take my mind off it"),
    ("people", "People I can ask for help"),
    ("professionals", "Professionals and services"),
    ("saferSurroundings", "Making my surroundings safer"),
    ("reasons", "My reasons to keep going"),
];

/// The steps' headings in the catalogue, in the order of `STEPS`.
const STEP_MESSAGES: [&str; 7] = [
    "plan-warning-signs",
    "plan-on-my-own",
    "plan-distractions",
    "plan-people",
    "plan-professionals",
    "plan-safer-surroundings",
    "plan-reasons",
];

impl SafetyPlan {
    fn lists(&self) -> [&Vec<String>; 7] {
        [
            &self.warning_signs,
            &self.on_my_own,
            &self.distractions,
            &self.people,
            &self.professionals,
            &self.safer_surroundings,
            &self.reasons,
        ]
    }

    fn lists_mut(&mut self) -> [&mut Vec<String>; 7] {
        [
            &mut self.warning_signs,
            &mut self.on_my_own,
            &mut self.distractions,
            &mut self.people,
            &mut self.professionals,
            &mut self.safer_surroundings,
            &mut self.reasons,
        ]
    }

    /// No line written in any step.
    pub fn is_empty(&self) -> bool {
        self.lists().iter().all(|l| l.is_empty())
    }

    /// The plan as the person may keep it: each line trimmed, empty lines dropped;
    /// a step too long is refused with a kind message rather than cut.
    pub fn tidied(mut self) -> Result<SafetyPlan> {
        for (list, (field, heading)) in self.lists_mut().into_iter().zip(STEPS) {
            list.retain_mut(|line| {
                *line = line.trim().to_string();
                !line.is_empty()
            });
            if list.len() > MAX_ITEMS {
                return Err(Error::Invalid {
                    field: Some(field),
                    message: format!("“{heading}” can hold {MAX_ITEMS} lines. Nothing was lost; join or remove a few to save it."),
                });
            }
            if list.iter().any(|l| l.chars().count() > MAX_CHARS) {
                return Err(Error::Invalid {
                    field: Some(field),
                    message: format!("A line in “{heading}” is longer than {MAX_CHARS} characters. Nothing was lost; split it in two to save it."),
                });
            }
        }
        Ok(self)
    }

    /// The plan as Markdown, for a therapist or the fridge, in the language of
    /// `words`. Each line is written as text: characters Markdown would read as
    /// formatting are escaped.
    pub fn to_markdown(&self, words: &crate::i18n::Catalog) -> String {
        let mut out = format!("# {}\n", words.text("plan-markdown-title", None));
        for (list, message) in self.lists().into_iter().zip(STEP_MESSAGES) {
            out.push_str(&format!("\n## {}\n\n", words.text(message, None)));
            if list.is_empty() {
                out.push_str(&format!("{}\n", words.text("plan-markdown-empty", None)));
            }
            for (i, line) in list.iter().enumerate() {
                out.push_str(&format!("{}. {}\n", i + 1, escape_markdown(line)));
            }
        }
        out.push_str(&format!("\n{}\n", words.text("plan-print-emergency", None)));
        out
    }
}

impl SafetyPlan {
    /// The plan as one large-type page, for the PDF (the same renderer as the
    /// session summary): each step with its numbered lines, then the emergency line.
    pub fn to_page(&self, words: &crate::i18n::Catalog, paper: crate::summary::Paper, made: chrono::NaiveDate) -> crate::summary::Page {
        use crate::summary::Block;
        let title = words.text("plan-markdown-title", None);
        let mut blocks = vec![Block::Title { text: title.clone() }];
        for (list, message) in self.lists().into_iter().zip(STEP_MESSAGES) {
            blocks.push(Block::Heading { text: words.text(message, None) });
            if list.is_empty() {
                blocks.push(Block::Paragraph { text: words.text("plan-markdown-empty", None) });
            }
            blocks.extend(list.iter().enumerate().map(|(i, line)| Block::Step { number: i + 1, text: line.clone() }));
        }
        blocks.push(Block::Paragraph { text: words.text("plan-print-emergency", None) });
        crate::summary::Page::new(title, words, paper, true, blocks, made)
    }
}

/// `text` with every character that Markdown could read as formatting escaped, on one line.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.' | '!' | '|' | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> SafetyPlan {
        SafetyPlan {
            warning_signs: vec!["  I stop answering messages ".into(), "".into(), "   ".into()],
            reasons: vec!["My cat, Miso".into()],
            ..SafetyPlan::default()
        }
    }

    #[test]
    fn tidying_trims_lines_and_drops_empty_ones() {
        let tidy = plan().tidied().expect("valid");
        assert_eq!(tidy.warning_signs, vec!["I stop answering messages"]);
        assert!(!tidy.is_empty());
        assert!(SafetyPlan::default().is_empty());
        let blank = SafetyPlan { people: vec![" ".into()], ..SafetyPlan::default() };
        assert!(blank.tidied().expect("valid").is_empty());
    }

    #[test]
    fn too_much_is_refused_kindly_and_named() {
        let many = SafetyPlan { on_my_own: vec!["walk".into(); MAX_ITEMS + 1], ..SafetyPlan::default() };
        let err = many.tidied().expect_err("too many");
        assert!(matches!(err, Error::Invalid { field: Some("onMyOwn"), .. }), "{err:?}");
        assert!(err.to_string().contains("Nothing was lost"));
        let long = SafetyPlan { reasons: vec!["é".repeat(MAX_CHARS + 1)], ..SafetyPlan::default() };
        assert!(long.tidied().is_err());
        let fits = SafetyPlan { reasons: vec!["é".repeat(MAX_CHARS)], ..SafetyPlan::default() };
        assert!(fits.tidied().is_ok(), "characters, not bytes");
    }

    #[test]
    fn markdown_has_every_step_in_order_and_cannot_be_reshaped_by_the_words() {
        let plan = SafetyPlan {
            people: vec!["Sam — 0123 456".into(), "# not a heading\n- not a list [link](http://x)".into()],
            ..SafetyPlan::default()
        };
        let md = plan.to_markdown(&crate::i18n::Catalog::new(&crate::i18n::LANGUAGES[0]));
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(headings.len(), 7);
        assert_eq!(headings[3], "## People I can ask for help");
        assert!(md.contains("1. Sam — 0123 456\n"));
        assert!(md.contains("2. \\# not a heading \\- not a list \\[link\\]\\(http://x\\)\n"), "{md}");
        assert_eq!(md.lines().filter(|l| l.starts_with('#')).count(), 8, "only Ebb's own headings");
    }
}

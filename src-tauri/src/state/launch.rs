//! What the interface is told once when it starts: notices (a damaged settings
//! file) and whether the app was opened with `--breathe`.

use std::sync::Mutex;

use serde::Serialize;

use super::{LibraryState, Snapshot};
use crate::desktop::aftercare;
use crate::settings::{Notice, DURATIONS};

/// What the interface needs to start.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Boot {
    #[serde(flatten)]
    pub snapshot: Snapshot,
    pub durations: [u32; 5],
    /// The check-in delays offered, in minutes (the only list of them).
    pub check_in_minutes: &'static [u32],
    /// Things to say once (e.g. the settings file was damaged).
    pub notices: Vec<Notice>,
    /// The app was launched with `--breathe`.
    pub breathe_now: bool,
    /// The system's region ("GB"), to suggest a country for crisis lines.
    pub system_region: Option<String>,
    pub version: &'static str,
    /// The language to speak, its words and the languages to choose from.
    pub locale: crate::i18n::LocaleBoot,
}

#[derive(Default)]
struct Pending {
    notices: Vec<Notice>,
    breathe_now: bool,
}

pub struct LaunchState {
    pending: Mutex<Pending>,
    system_region: Option<String>,
}

/// The locale variables that carry the region, most specific first: desktops set
/// the "formats" ones (measurement, paper, time, money) to where the person lives,
/// while LC_MESSAGES and LANG may follow only the language they read.
const REGION_VARIABLES: [&str; 6] = ["LC_ALL", "LC_MEASUREMENT", "LC_PAPER", "LC_TIME", "LC_MONETARY", "LANG"];

/// The region of the first locale variable that names one (`en_GB.UTF-8` → "GB");
/// `var` reads the environment.
pub fn region_from_locale(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    REGION_VARIABLES.iter().filter_map(|name| var(name)).find_map(|value| region_of(&value))
}

/// The two-letter region a locale names, if it names one: `en_GB.UTF-8` and
/// `en-GB` → "GB"; `es-419` and `de` → none.
pub fn region_of(locale: &str) -> Option<String> {
    let tag = locale.split(['.', '@']).next().unwrap_or_default();
    let (_, region) = tag.split_once(['_', '-'])?;
    (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic())).then(|| region.to_ascii_uppercase())
}

impl LaunchState {
    pub fn new(notices: Vec<Notice>, breathe_now: bool, system_region: Option<String>) -> LaunchState {
        LaunchState { pending: Mutex::new(Pending { notices, breathe_now }), system_region }
    }

    /// The start-up view. Notices and the `--breathe` request are handed over once.
    pub fn boot(&self, library: &LibraryState) -> Boot {
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|p| p.into_inner()));
        Boot {
            snapshot: library.snapshot(),
            durations: DURATIONS,
            check_in_minutes: &aftercare::MINUTES,
            notices: pending
                .notices
                .into_iter()
                .map(|n| Notice { message: crate::i18n::errors::translate(&n.message, crate::i18n::spoken()), ..n })
                .collect(),
            breathe_now: pending.breathe_now,
            system_region: self.system_region.clone(),
            version: env!("CARGO_PKG_VERSION"),
            locale: library.locale(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::region_from_locale;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_region_comes_from_where_the_person_lives_not_only_the_language() {
        assert_eq!(region_from_locale(env(&[("LANG", "en_GB.UTF-8")])), Some("GB".into()));
        // Reads English, lives in Germany: the formats say so.
        assert_eq!(region_from_locale(env(&[("LANG", "en_US.UTF-8"), ("LC_TIME", "de_DE.UTF-8")])), Some("DE".into()));
        assert_eq!(region_from_locale(env(&[("LC_ALL", "pt_BR.UTF-8"), ("LANG", "en_US.UTF-8")])), Some("BR".into()));
        assert_eq!(region_from_locale(env(&[("LANG", "sr_RS@latin")])), Some("RS".into()));
        assert_eq!(region_from_locale(env(&[("LANG", "C.UTF-8")])), None, "no region in C or POSIX");
        assert_eq!(region_from_locale(env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])), Some("FR".into()), "a C locale is skipped");
        assert_eq!(region_from_locale(env(&[])), None);
    }
}

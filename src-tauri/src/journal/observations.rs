//! Gentle patterns: things worth mentioning to a therapist, stated with counts from
//! the person's own recent sessions. Never a diagnosis, never a judgement.

use serde::Serialize;

use super::sessions::WarningSign;

/// How many recent sessions are looked at, and how many must share something.
pub const WINDOW: usize = 5;
pub const AT_LEAST: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    /// A stable name for the interface (e.g. "sign-flooding", "distress-rose"); the
    /// words are the catalogue's `observation-<key>`, said with `count` and `out_of`.
    pub key: String,
    pub count: usize,
    pub out_of: usize,
    /// The sessions it comes from, newest first.
    pub sessions: Vec<String>,
}

/// One recent session as the patterns see it.
pub struct Recent {
    pub id: String,
    pub signs: Vec<WarningSign>,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

/// `recent` is newest first; only the first [`WINDOW`] are considered.
pub fn observe(recent: &[Recent]) -> Vec<Observation> {
    let recent = &recent[..recent.len().min(WINDOW)];
    let out_of = recent.len();
    if out_of < AT_LEAST {
        return Vec::new();
    }
    let mut found = Vec::new();
    for &sign in WarningSign::ALL {
        let sessions: Vec<String> = recent.iter().filter(|s| s.signs.contains(&sign)).map(|s| s.id.clone()).collect();
        if sessions.len() >= AT_LEAST {
            found.push(Observation {
                key: format!("sign-{}", sign.as_str()),
                count: sessions.len(),
                out_of,
                sessions,
            });
        }
    }
    let rated: Vec<&Recent> = recent.iter().filter(|s| s.before.is_some() && s.after.is_some()).collect();
    let rose: Vec<String> = rated.iter().filter(|s| s.after > s.before).map(|s| s.id.clone()).collect();
    if rose.len() >= AT_LEAST {
        found.push(Observation {
            key: "distress-rose".into(),
            count: rose.len(),
            out_of: rated.len(),
            sessions: rose,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(id: &str, signs: &[WarningSign], before: Option<u8>, after: Option<u8>) -> Recent {
        Recent { id: id.into(), signs: signs.to_vec(), before, after }
    }

    #[test]
    fn three_of_the_last_five_is_worth_mentioning_with_the_counts() {
        use WarningSign::*;
        let recent = vec![
            session("e", &[WorseForHours], None, None),
            session("d", &[], None, None),
            session("c", &[WorseForHours, Panic], None, None),
            session("b", &[WorseForHours], None, None),
            session("a", &[Panic], None, None),
            session("old", &[WorseForHours], None, None),
        ];
        let found = observe(&recent);
        assert_eq!(found.len(), 1, "panic twice is not enough; the sixth session is out of the window");
        assert_eq!(found[0].key, "sign-worse-for-hours");
        assert_eq!((found[0].count, found[0].out_of), (3, 5));
        assert_eq!(found[0].sessions, ["e", "c", "b"]);
    }

    #[test]
    fn every_observation_has_its_words_in_the_catalogue_and_none_diagnoses() {
        let english = crate::i18n::Catalog::new(&crate::i18n::LANGUAGES[0]);
        let keys = WarningSign::ALL.iter().map(|s| format!("sign-{}", s.as_str())).chain(["distress-rose".to_string()]);
        for key in keys {
            let id = format!("observation-{key}");
            let said = english.with(&id, &[("count", 3.into()), ("outOf", 5.into())]);
            assert_ne!(said, id, "{id} is not in the catalogue");
            assert!(said.contains("3 of your last 5"), "{said}");
            assert!(!said.to_lowercase().contains("disorder") && !said.to_lowercase().contains("symptom"), "{said}");
        }
    }

    #[test]
    fn distress_rising_is_counted_only_over_rated_sessions() {
        let recent = vec![
            session("d", &[], Some(3), Some(6)),
            session("c", &[], Some(4), Some(7)),
            session("b", &[], None, Some(7)),
            session("a", &[], Some(2), Some(5)),
        ];
        let found = observe(&recent);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].count, found[0].out_of), (3, 3));
    }

    #[test]
    fn too_few_sessions_say_nothing() {
        let recent = vec![session("b", &[WarningSign::Panic], None, None), session("a", &[WarningSign::Panic], None, None)];
        assert!(observe(&recent).is_empty());
    }
}

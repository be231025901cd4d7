//! The plan's store: sealing, the private file, and nothing overwritten unread.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::*;
use crate::settings::MAX_CONTACTS;

/// Keys by name; `None` means "no keyring here".
type Keys = Option<HashMap<String, [u8; 32]>>;

/// A keyring in memory, shared by clones.
#[derive(Clone)]
struct FakeKeyring(Arc<Mutex<Keys>>);

impl FakeKeyring {
    fn present() -> FakeKeyring {
        FakeKeyring(Arc::new(Mutex::new(Some(HashMap::new()))))
    }
    fn absent() -> FakeKeyring {
        FakeKeyring(Arc::new(Mutex::new(None)))
    }
    fn boxed(&self) -> Box<FakeKeyring> {
        Box::new(self.clone())
    }
    fn go_away(&self) {
        *self.0.lock().expect("lock") = None;
    }
}

impl KeyKeeper for FakeKeyring {
    fn get(&self, id: &str) -> std::result::Result<Option<PlanKey>, String> {
        match self.0.lock().expect("lock").as_ref() {
            Some(keys) => Ok(keys.get(id).copied().map(Zeroizing::new)),
            None => Err("no Secret Service is running".into()),
        }
    }
    fn put(&self, id: &str, key: &PlanKey) -> std::result::Result<(), String> {
        match self.0.lock().expect("lock").as_mut() {
            Some(keys) => {
                keys.insert(id.to_string(), **key);
                Ok(())
            }
            None => Err("no Secret Service is running".into()),
        }
    }
}

const MARKER: &str = "Call Aunt Rosa ☎ 0123 — ملاذ";

fn plan() -> SafetyPlan {
    SafetyPlan { people: vec![MARKER.into()], reasons: vec!["Miso".into()], ..SafetyPlan::default() }
}

fn other() -> SafetyPlan {
    SafetyPlan { reasons: vec!["Another reason".into()], ..SafetyPlan::default() }
}

fn files_hold(dir: &Path, text: &str) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| fs::read(p).map(|b| String::from_utf8_lossy(&b).contains(text)).unwrap_or(false))
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir).expect("dir").filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

#[test]
fn with_a_keyring_the_plan_is_sealed_and_its_words_are_in_no_file() {
    let dir = tempfile::tempdir().expect("dir");
    let store = PlanStore::new(dir.path(), FakeKeyring::present().boxed());
    assert_eq!(store.load().expect("load"), Loaded::nothing(Protection::Keyring));
    assert_eq!(store.save(plan()).expect("save").protection, Protection::Keyring);
    assert!(files_hold(dir.path(), "Aunt Rosa").is_empty());
    assert!(files_hold(dir.path(), "Miso").is_empty());
    assert_eq!(store.load().expect("load").plan, plan());
    #[cfg(unix)]
    assert_eq!(mode(&dir.path().join(SEALED_FILE)), 0o600);
}

#[test]
fn a_moved_data_folder_keeps_its_plan_because_the_keys_name_travels_with_the_file() {
    let keyring = FakeKeyring::present();
    let first = tempfile::tempdir().expect("dir");
    PlanStore::new(first.path(), keyring.boxed()).save(plan()).expect("save");
    let moved = tempfile::tempdir().expect("dir");
    fs::rename(first.path().join(SEALED_FILE), moved.path().join(SEALED_FILE)).expect("move");
    assert_eq!(PlanStore::new(moved.path(), keyring.boxed()).load().expect("load").plan, plan());
}

#[test]
fn without_a_keyring_the_plan_is_a_private_file_and_says_why() {
    let dir = tempfile::tempdir().expect("dir");
    let store = PlanStore::new(dir.path(), FakeKeyring::absent().boxed());
    let saved = store.save(plan()).expect("save");
    assert!(matches!(&saved.protection, Protection::PrivateFile { reason } if reason.contains("Secret Service")));
    assert_eq!(store.load().expect("load").plan, plan());
    #[cfg(unix)]
    assert_eq!(mode(&dir.path().join(PLAIN_FILE)), 0o600);
}

#[test]
fn a_plan_kept_before_a_keyring_existed_is_sealed_when_it_is_next_opened() {
    let dir = tempfile::tempdir().expect("dir");
    PlanStore::new(dir.path(), FakeKeyring::absent().boxed()).save(plan()).expect("save");
    let loaded = PlanStore::new(dir.path(), FakeKeyring::present().boxed()).load().expect("load");
    assert_eq!(loaded, Loaded { plan: plan(), contacts: vec![], protection: Protection::Keyring });
    assert!(!dir.path().join(PLAIN_FILE).exists());
    assert!(files_hold(dir.path(), "Aunt Rosa").is_empty());
}

#[test]
fn a_sealed_plan_whose_key_is_gone_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("dir");
    PlanStore::new(dir.path(), FakeKeyring::present().boxed()).save(plan()).expect("save");
    let before = fs::read(dir.path().join(SEALED_FILE)).expect("read");
    // Another keyring: the key is not there.
    let store = PlanStore::new(dir.path(), FakeKeyring::present().boxed());
    let loaded = store.load().expect("load");
    assert_eq!(loaded.protection, Protection::KeyMissing);
    assert!(loaded.plan.is_empty());
    assert_eq!(fs::read(dir.path().join(SEALED_FILE)).expect("read"), before, "reading changes nothing");
    // A new plan written here: the old file is set aside, whole.
    store.save(other()).expect("save");
    let aside: Vec<String> = names(dir.path()).into_iter().filter(|n| n.starts_with("safety-plan.sealed.unopened-")).collect();
    assert_eq!(aside.len(), 1, "{:?}", names(dir.path()));
    assert_eq!(fs::read(dir.path().join(&aside[0])).expect("read"), before);
    assert_eq!(store.load().expect("load").plan, other());
}

#[test]
fn with_a_keyring_that_stops_answering_nothing_is_written_and_nothing_lost() {
    let dir = tempfile::tempdir().expect("dir");
    let keyring = FakeKeyring::present();
    let store = PlanStore::new(dir.path(), keyring.boxed());
    store.save(plan()).expect("save");
    let before = names(dir.path());
    keyring.go_away();
    assert!(matches!(store.load().expect("load").protection, Protection::KeyringUnavailable { .. }));
    let err = store.save(other()).expect_err("refused");
    assert!(err.to_string().contains("still on screen"), "{err}");
    assert_eq!(names(dir.path()), before, "no plain file, nothing moved");
}

#[test]
fn a_damaged_private_file_is_left_as_it_is_and_set_aside_if_a_new_plan_is_written() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join(PLAIN_FILE), b"{\"people\": [\"Sa").expect("write");
    let store = PlanStore::new(dir.path(), FakeKeyring::absent().boxed());
    let err = store.load().expect_err("damaged");
    assert!(err.to_string().contains("left exactly as it is"), "{err}");
    assert_eq!(fs::read(dir.path().join(PLAIN_FILE)).expect("read"), b"{\"people\": [\"Sa");
    store.save(other()).expect("save");
    let aside: Vec<String> = names(dir.path()).into_iter().filter(|n| n.starts_with("safety-plan.json.unreadable-")).collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(dir.path().join(&aside[0])).expect("read"), b"{\"people\": [\"Sa");
}

#[test]
fn a_flipped_byte_or_a_cut_file_is_never_read_as_a_plan() {
    let key = Zeroizing::new([7u8; 32]);
    let id = "0123456789abcdef0123456789abcdef";
    let kept = Kept { plan: plan(), contacts: vec![] };
    let sealed = seal(&serde_json::to_vec(&kept).expect("json"), id, &key).expect("seal");
    assert_eq!(key_id(&sealed).as_deref(), Some(id));
    assert_eq!(unseal(&sealed, &key), Some(kept));
    for i in 0..sealed.len() {
        let mut bad = sealed.clone();
        bad[i] ^= 1;
        assert_eq!(unseal(&bad, &key), None, "byte {i}");
    }
    for cut in 0..sealed.len() {
        assert_eq!(unseal(&sealed[..cut], &key), None, "cut at {cut}");
    }
}

#[test]
fn a_plan_from_a_backup_is_taken_only_where_none_is_written() {
    let dir = tempfile::tempdir().expect("dir");
    let state = super::super::PlanState::new(PlanStore::new(dir.path(), FakeKeyring::present().boxed()));
    assert_eq!(state.written(), None);
    assert!(state.take_if_none(&plan()).expect("take"), "an empty plan here: taken");
    assert_eq!(state.written(), Some(plan()));
    assert!(!state.take_if_none(&other()).expect("take"), "a plan here is never replaced");
    assert_eq!(state.written(), Some(plan()));
    // Through a whole document: a backup's plan comes back with it.
    use crate::journal::archive::{parse, Archive, FORMAT, VERSION};
    let archive = Archive {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: "2026-11-23T18:30:00Z".into(),
        sessions: vec![],
        bring_up: vec![],
        practice: vec![],
        notes: vec![],
        drafts: vec![],
        settings: None,
        safety_plan: Some(other()),
        contacts: vec![sam()],
    };
    let json = serde_json::to_vec(&archive).expect("json");
    let parsed = parse(&json).expect("parse").archive;
    assert_eq!(parsed.safety_plan, Some(other()));
    assert_eq!(parsed.contacts, vec![sam()]);
}

fn sam() -> Contact {
    Contact { name: "Sam".into(), reach: "07700 900123 — سام".into(), note: "text first".into() }
}

#[test]
fn contacts_are_kept_beside_the_plan_sealed_and_neither_replaces_the_other() {
    let dir = tempfile::tempdir().expect("dir");
    let store = PlanStore::new(dir.path(), FakeKeyring::present().boxed());
    store.save(plan()).expect("save plan");
    let saved = store.save_contacts(vec![sam()]).expect("save contacts");
    assert_eq!((saved.plan, saved.contacts), (plan(), vec![sam()]), "the plan stays");
    store.save(other()).expect("save plan");
    assert_eq!(store.load().expect("load").contacts, vec![sam()], "the contacts stay");
    assert!(files_hold(dir.path(), "07700").is_empty());
    assert!(files_hold(dir.path(), "text first").is_empty());
    let refused = store.save_contacts(vec![Contact { name: "No way to reach".into(), ..Contact::default() }]);
    assert!(refused.is_err());
    assert_eq!(store.load().expect("load").contacts, vec![sam()], "a refused change writes nothing");
}

#[test]
fn a_plan_file_from_before_contacts_moved_here_still_opens() {
    let dir = tempfile::tempdir().expect("dir");
    fs::write(dir.path().join(PLAIN_FILE), serde_json::to_vec(&plan()).expect("json")).expect("write");
    let store = PlanStore::new(dir.path(), FakeKeyring::absent().boxed());
    let loaded = store.load().expect("load");
    assert_eq!((loaded.plan, loaded.contacts), (plan(), vec![]));
    store.save_contacts(vec![sam()]).expect("save");
    assert_eq!(store.load().expect("load").plan, plan());
    #[cfg(unix)]
    assert_eq!(mode(&dir.path().join(PLAIN_FILE)), 0o600);
}

#[test]
fn contacts_from_older_settings_or_a_backup_are_added_once_and_only_where_they_can_be_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let keyring = FakeKeyring::present();
    let state = super::super::PlanState::new(PlanStore::new(dir.path(), keyring.boxed()));
    let ana = Contact { name: "Ana".into(), reach: "ana@example.org".into(), note: String::new() };
    assert!(state.add_contacts(&[sam()]).expect("add"));
    assert!(state.add_contacts(&[sam(), ana.clone()]).expect("add"), "Sam is there already");
    assert_eq!(state.contacts(), vec![sam(), ana.clone()]);
    let too_many = vec![ana.clone(); 1].into_iter().chain((0..MAX_CONTACTS).map(|i| Contact { name: format!("P{i}"), reach: "1".into(), note: String::new() }));
    assert!(!state.add_contacts(&too_many.collect::<Vec<_>>()).expect("add"), "more than fit: the caller keeps its copy");
    assert_eq!(state.contacts().len(), 2);
    keyring.go_away();
    assert!(!state.add_contacts(&[Contact { name: "Kim".into(), reach: "2".into(), note: String::new() }]).expect("add"));
}

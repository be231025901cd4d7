//! Where the plan is kept. Readable without the journal's passphrase (help is never
//! locked), but not plain on disk: sealed with XChaCha20-Poly1305 under a random key
//! kept in the system's keyring (Secret Service, Keychain, Credential Manager, via
//! the `keyring` crate). Where there is no keyring, the plan is a private file
//! (0600) and Settings says so.
//!
//! Files in the data folder:
//! - `safety-plan.sealed`: "ebb-plan-1\n", a 24-byte nonce, then the sealed JSON.
//! - `safety-plan.json`: the plan as JSON, only where there is no keyring.

use std::fs;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::Serialize;
use zeroize::Zeroizing;

use super::SafetyPlan;
use crate::error::{Error, Result};
use crate::private_file::write_atomically;

const MAGIC: &[u8] = b"ebb-plan-1\n";
const NONCE_LEN: usize = 24;
pub const SEALED_FILE: &str = "safety-plan.sealed";
pub const PLAIN_FILE: &str = "safety-plan.json";

/// A 256-bit key.
pub type PlanKey = Zeroizing<[u8; 32]>;

/// Where the plan's key lives. `Err` carries, in plain words, why there is no keyring.
pub trait KeyKeeper: Send + Sync {
    /// The key, or None when none was made yet.
    fn get(&self) -> std::result::Result<Option<PlanKey>, String>;
    /// Keeps `key` as the plan's key.
    fn put(&self, key: &PlanKey) -> std::result::Result<(), String>;
}

/// The system's keyring, one entry per data folder.
pub struct SystemKeyring {
    user: String,
}

impl SystemKeyring {
    pub fn for_data_dir(dir: &Path) -> SystemKeyring {
        SystemKeyring { user: format!("safety plan key ({})", dir.display()) }
    }

    fn entry(&self) -> std::result::Result<keyring::Entry, String> {
        keyring::Entry::new("Ebb", &self.user).map_err(|e| e.to_string())
    }
}

impl KeyKeeper for SystemKeyring {
    fn get(&self) -> std::result::Result<Option<PlanKey>, String> {
        match self.entry()?.get_secret() {
            Ok(secret) => {
                let secret = Zeroizing::new(secret);
                let key: [u8; 32] = secret.as_slice().try_into().map_err(|_| "the keyring holds a key of the wrong size".to_string())?;
                Ok(Some(Zeroizing::new(key)))
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn put(&self, key: &PlanKey) -> std::result::Result<(), String> {
        self.entry()?.set_secret(key.as_slice()).map_err(|e| e.to_string())
    }
}

/// How the plan is kept now, for Settings and the plan screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Protection {
    /// Sealed, with its key in the system's keyring.
    Keyring,
    /// No keyring: a file only you can open.
    PrivateFile { reason: String },
    /// A sealed plan exists but its key is gone from the keyring: the file is kept untouched.
    KeyMissing,
}

/// The plan and how it is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Loaded {
    pub plan: SafetyPlan,
    pub protection: Protection,
}

pub struct PlanStore {
    dir: PathBuf,
    keeper: Box<dyn KeyKeeper>,
}

impl PlanStore {
    pub fn new(dir: &Path, keeper: Box<dyn KeyKeeper>) -> PlanStore {
        PlanStore { dir: dir.to_path_buf(), keeper }
    }

    fn sealed_path(&self) -> PathBuf {
        self.dir.join(SEALED_FILE)
    }

    fn plain_path(&self) -> PathBuf {
        self.dir.join(PLAIN_FILE)
    }

    /// The plan as kept now; an empty plan when none was written.
    pub fn load(&self) -> Result<Loaded> {
        let sealed = read_if_there(&self.sealed_path())?;
        let key = self.keeper.get();
        if let Some(bytes) = sealed {
            let plan = match &key {
                Ok(Some(key)) => unseal(&bytes, key),
                _ => None,
            };
            return Ok(match plan {
                Some(plan) => Loaded { plan, protection: Protection::Keyring },
                None => Loaded { plan: SafetyPlan::default(), protection: Protection::KeyMissing },
            });
        }
        let plan = match read_if_there(&self.plain_path())? {
            Some(bytes) => serde_json::from_slice(&bytes).map_err(|_| {
                Error::Damaged(format!(
                    "Your safety plan's file ({}) could not be read, so it was left exactly as it is. Breathing, grounding and Need help now all still work.",
                    self.plain_path().display()
                ))
            })?,
            None => SafetyPlan::default(),
        };
        Ok(Loaded { plan, protection: protection_for(&key) })
    }

    /// Keeps `plan` (tidied first), sealed where there is a keyring.
    pub fn save(&self, plan: SafetyPlan) -> Result<Loaded> {
        let plan = plan.tidied()?;
        let json = Zeroizing::new(serde_json::to_vec(&plan).map_err(|e| save_failed(&std::io::Error::other(e)))?);
        let key = match self.keeper.get() {
            Ok(Some(key)) => Ok(key),
            Ok(None) => {
                let mut key = Zeroizing::new([0u8; 32]);
                getrandom::getrandom(key.as_mut_slice()).map_err(|e| save_failed(&std::io::Error::other(e)))?;
                self.keeper.put(&key).map(|_| key)
            }
            Err(reason) => Err(reason),
        };
        match key {
            Ok(key) => {
                write_atomically(&self.sealed_path(), &seal(&json, &key)?).map_err(|e| save_failed(&e))?;
                remove_if_there(&self.plain_path())?;
                Ok(Loaded { plan, protection: Protection::Keyring })
            }
            Err(reason) => {
                // A sealed plan whose key is gone cannot be read; it is kept aside, not deleted.
                if self.sealed_path().exists() {
                    fs::rename(self.sealed_path(), self.dir.join(format!("{SEALED_FILE}.previous"))).map_err(|e| save_failed(&e))?;
                }
                write_atomically(&self.plain_path(), &json).map_err(|e| save_failed(&e))?;
                Ok(Loaded { plan, protection: Protection::PrivateFile { reason } })
            }
        }
    }
}

fn protection_for(key: &std::result::Result<Option<PlanKey>, String>) -> Protection {
    match key {
        Ok(_) => Protection::Keyring,
        Err(reason) => Protection::PrivateFile { reason: reason.clone() },
    }
}

fn save_failed(e: &std::io::Error) -> Error {
    Error::Io {
        action: "Your plan could not be saved. What you wrote is still on screen; try again in a moment".into(),
        source: std::io::Error::new(e.kind(), e.to_string()),
    }
}

fn read_if_there(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Io { action: "Your safety plan could not be read. Breathing, grounding and Need help now all still work".into(), source: e }),
    }
}

fn remove_if_there(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(save_failed(&e)),
        _ => Ok(()),
    }
}

fn seal(json: &[u8], key: &PlanKey) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::getrandom(&mut nonce).map_err(|e| save_failed(&std::io::Error::other(e)))?;
    let cipher = XChaCha20Poly1305::new(key.as_slice().into());
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), json)
        .map_err(|_| save_failed(&std::io::Error::other("encryption failed")))?;
    Ok([MAGIC, &nonce, &sealed].concat())
}

fn unseal(bytes: &[u8], key: &PlanKey) -> Option<SafetyPlan> {
    let rest = bytes.strip_prefix(MAGIC)?;
    if rest.len() < NONCE_LEN {
        return None;
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(key.as_slice().into());
    let json = Zeroizing::new(cipher.decrypt(XNonce::from_slice(nonce), sealed).ok()?);
    serde_json::from_slice(&json).ok()
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// A keyring in memory; `None` inside means "no keyring on this system".
    struct FakeKeyring(Mutex<Option<Option<[u8; 32]>>>);

    impl FakeKeyring {
        fn present() -> Box<FakeKeyring> {
            Box::new(FakeKeyring(Mutex::new(Some(None))))
        }
        fn absent() -> Box<FakeKeyring> {
            Box::new(FakeKeyring(Mutex::new(None)))
        }
    }

    impl KeyKeeper for FakeKeyring {
        fn get(&self) -> std::result::Result<Option<PlanKey>, String> {
            match *self.0.lock().expect("lock") {
                Some(key) => Ok(key.map(Zeroizing::new)),
                None => Err("no Secret Service is running".into()),
            }
        }
        fn put(&self, key: &PlanKey) -> std::result::Result<(), String> {
            match self.0.lock().expect("lock").as_mut() {
                Some(slot) => {
                    *slot = Some(**key);
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

    fn files_hold(dir: &Path, text: &str) -> Vec<PathBuf> {
        fs::read_dir(dir)
            .expect("dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| fs::read(p).map(|b| String::from_utf8_lossy(&b).contains(text)).unwrap_or(false))
            .collect()
    }

    #[test]
    fn with_a_keyring_the_plan_is_sealed_and_its_words_are_in_no_file() {
        let dir = tempfile::tempdir().expect("dir");
        let store = PlanStore::new(dir.path(), FakeKeyring::present());
        assert_eq!(store.load().expect("load"), Loaded { plan: SafetyPlan::default(), protection: Protection::Keyring });
        let saved = store.save(plan()).expect("save");
        assert_eq!(saved.protection, Protection::Keyring);
        assert!(files_hold(dir.path(), "Aunt Rosa").is_empty());
        assert!(files_hold(dir.path(), "Miso").is_empty());
        assert!(dir.path().join(SEALED_FILE).exists());
        assert_eq!(store.load().expect("load").plan, plan());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(SEALED_FILE)).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn without_a_keyring_the_plan_is_a_private_file_and_says_why() {
        let dir = tempfile::tempdir().expect("dir");
        let store = PlanStore::new(dir.path(), FakeKeyring::absent());
        let saved = store.save(plan()).expect("save");
        assert!(matches!(&saved.protection, Protection::PrivateFile { reason } if reason.contains("Secret Service")));
        assert_eq!(store.load().expect("load").plan, plan());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(PLAIN_FILE)).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn a_plan_kept_before_a_keyring_existed_is_sealed_at_the_next_save() {
        let dir = tempfile::tempdir().expect("dir");
        PlanStore::new(dir.path(), FakeKeyring::absent()).save(plan()).expect("save");
        let store = PlanStore::new(dir.path(), FakeKeyring::present());
        assert_eq!(store.load().expect("load").plan, plan(), "the private file is read");
        store.save(plan()).expect("save");
        assert!(!dir.path().join(PLAIN_FILE).exists());
        assert!(files_hold(dir.path(), "Aunt Rosa").is_empty());
    }

    #[test]
    fn a_sealed_plan_whose_key_is_gone_is_kept_untouched_and_said_so() {
        let dir = tempfile::tempdir().expect("dir");
        PlanStore::new(dir.path(), FakeKeyring::present()).save(plan()).expect("save");
        let before = fs::read(dir.path().join(SEALED_FILE)).expect("read");
        // Another keyring: the key is not there.
        let store = PlanStore::new(dir.path(), FakeKeyring::present());
        let loaded = store.load().expect("load");
        assert_eq!(loaded.protection, Protection::KeyMissing);
        assert!(loaded.plan.is_empty());
        assert_eq!(fs::read(dir.path().join(SEALED_FILE)).expect("read"), before, "not changed");
    }

    #[test]
    fn a_flipped_byte_or_a_cut_file_is_never_read_as_a_plan() {
        let dir = tempfile::tempdir().expect("dir");
        let keeper = FakeKeyring::present();
        let key = Zeroizing::new([7u8; 32]);
        keeper.put(&key).expect("put");
        let sealed = seal(&serde_json::to_vec(&plan()).expect("json"), &key).expect("seal");
        assert_eq!(unseal(&sealed, &key), Some(plan()));
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert_eq!(unseal(&bad, &key), None, "byte {i}");
        }
        for cut in 0..sealed.len() {
            assert_eq!(unseal(&sealed[..cut], &key), None, "cut at {cut}");
        }
        drop(dir);
    }

    #[test]
    fn a_damaged_private_file_is_left_as_it_is_with_a_kind_message() {
        let dir = tempfile::tempdir().expect("dir");
        fs::write(dir.path().join(PLAIN_FILE), b"{\"people\": [\"Sa").expect("write");
        let err = PlanStore::new(dir.path(), FakeKeyring::absent()).load().expect_err("damaged");
        assert!(err.to_string().contains("left exactly as it is"), "{err}");
        assert_eq!(fs::read(dir.path().join(PLAIN_FILE)).expect("read"), b"{\"people\": [\"Sa");
    }
}

//! Where the plan and the person's own contacts for Need help now are kept. Readable without the journal's passphrase (help is never
//! locked), but not plain on disk: sealed with XChaCha20-Poly1305 under a random key
//! kept in the system's keyring (Secret Service, Keychain, Credential Manager, via
//! the `keyring` crate). Where there is no keyring, the plan is a private file
//! (0600) and Settings says so.
//!
//! Files in the data folder:
//! - `safety-plan.sealed`: "ebb-plan-1\n", the name of its key in the keyring (32 hex
//!   digits, then "\n"), a 24-byte nonce, then the sealed JSON ([`Kept`]). The key's
//!   name travels with the file, so a data folder that moves keeps its plan.
//! - `safety-plan.json`: the same JSON, only where there is no keyring.
//!
//! Nothing the person wrote is ever overwritten unread: a sealed plan whose key is
//! gone, or a private file that cannot be read, is moved aside under a new name
//! before a new plan is written.

use std::fs;
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::SafetyPlan;
use crate::error::{Error, Result};
use crate::settings::Contact;
use crate::private_file::write_atomically;

const MAGIC: &[u8] = b"ebb-plan-1\n";
const ID_LEN: usize = 32;
const NONCE_LEN: usize = 24;
pub const SEALED_FILE: &str = "safety-plan.sealed";
pub const PLAIN_FILE: &str = "safety-plan.json";

/// A 256-bit key.
pub type PlanKey = Zeroizing<[u8; 32]>;

/// Where the plan's keys live, by name. `Err` carries, in plain words, why the
/// keyring cannot be used.
pub trait KeyKeeper: Send + Sync {
    /// The key called `id`, or None when there is none.
    fn get(&self, id: &str) -> std::result::Result<Option<PlanKey>, String>;
    /// Keeps `key` under `id`.
    fn put(&self, id: &str, key: &PlanKey) -> std::result::Result<(), String>;
}

/// The system's keyring (Secret Service, Keychain, Credential Manager).
pub struct SystemKeyring;

impl SystemKeyring {
    fn entry(id: &str) -> std::result::Result<keyring::Entry, String> {
        keyring::Entry::new("Ebb", &format!("safety plan key {id}")).map_err(|e| e.to_string())
    }
}

impl KeyKeeper for SystemKeyring {
    fn get(&self, id: &str) -> std::result::Result<Option<PlanKey>, String> {
        match Self::entry(id)?.get_secret() {
            Ok(secret) => {
                let secret = Zeroizing::new(secret);
                let key: [u8; 32] = secret.as_slice().try_into().map_err(|_| "the keyring holds a key of the wrong size".to_string())?;
                Ok(Some(Zeroizing::new(key)))
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    fn put(&self, id: &str, key: &PlanKey) -> std::result::Result<(), String> {
        Self::entry(id)?.set_secret(key.as_slice()).map_err(|e| e.to_string())
    }
}

/// How the plan is kept now, for Settings and the plan screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Protection {
    /// Sealed, with its key in the system's keyring (or will be, at the first save).
    Keyring,
    /// No keyring: a file only you can open.
    PrivateFile { reason: String },
    /// A sealed plan exists but its key is not in this keyring: the file is kept
    /// untouched, and moved aside (never replaced) if a new plan is written.
    KeyMissing,
    /// A sealed plan exists but the keyring is not answering: nothing can be saved
    /// until it does, so nothing is lost.
    KeyringUnavailable { reason: String },
}

/// What the file holds: the plan's steps and, beside them, the contacts shown on
/// Need help now. A file from before contacts moved here has the steps only.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kept {
    #[serde(flatten)]
    pub plan: SafetyPlan,
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

/// The plan, the contacts, and how they are kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Loaded {
    pub plan: SafetyPlan,
    /// Not sent with the plan: the contacts reach the interface with Need help now's lines.
    #[serde(skip)]
    pub contacts: Vec<Contact>,
    pub protection: Protection,
}

impl Loaded {
    fn from(kept: Kept, protection: Protection) -> Loaded {
        Loaded { plan: kept.plan, contacts: kept.contacts, protection }
    }

    fn nothing(protection: Protection) -> Loaded {
        Loaded::from(Kept::default(), protection)
    }
}

pub struct PlanStore {
    dir: PathBuf,
    keeper: Box<dyn KeyKeeper>,
}

/// A sealed file, read: the name of its key, and its bytes.
struct Sealed {
    id: Option<String>,
    bytes: Vec<u8>,
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

    fn read_sealed(&self) -> Result<Option<Sealed>> {
        Ok(read_if_there(&self.sealed_path())?.map(|bytes| Sealed { id: key_id(&bytes), bytes }))
    }

    /// Whether a keyring answers: Err with its reason when not.
    fn keyring(&self) -> std::result::Result<(), String> {
        self.keeper.get("availability-check").map(drop)
    }

    /// The plan and contacts as kept now; empty when none were written. What was
    /// kept in the private file before a keyring was there is sealed now.
    pub fn load(&self) -> Result<Loaded> {
        if let Some(sealed) = self.read_sealed()? {
            return Ok(match self.open(&sealed) {
                Opened::Kept(kept, _) => Loaded::from(*kept, Protection::Keyring),
                Opened::KeyMissing => Loaded::nothing(Protection::KeyMissing),
                Opened::Unavailable(reason) => Loaded::nothing(Protection::KeyringUnavailable { reason }),
            });
        }
        let kept = self.read_plain()?.unwrap_or_default();
        match self.keyring() {
            Ok(()) if self.plain_path().exists() => self.write(|k| *k = kept),
            Ok(()) => Ok(Loaded::from(kept, Protection::Keyring)),
            Err(reason) => Ok(Loaded::from(kept, Protection::PrivateFile { reason })),
        }
    }

    /// Keeps `plan` (tidied first) beside the contacts already kept.
    pub fn save(&self, plan: SafetyPlan) -> Result<Loaded> {
        let plan = plan.tidied()?;
        self.write(|k| k.plan = plan)
    }

    /// Keeps `contacts` (checked first) beside the plan already kept.
    pub fn save_contacts(&self, contacts: Vec<Contact>) -> Result<Loaded> {
        let contacts = crate::settings::check_contacts(contacts)?;
        self.write(|k| k.contacts = contacts)
    }

    /// Changes what is kept with `edit` and writes it, sealed where there is a
    /// keyring. What is there now is read first and kept unless `edit` changes it;
    /// what cannot be read is set aside, never overwritten.
    fn write(&self, edit: impl FnOnce(&mut Kept)) -> Result<Loaded> {
        // The key to seal with: the one the sealed file already uses, or a new one.
        let (reuse, mut kept) = match self.read_sealed()? {
            Some(sealed) => match self.open(&sealed) {
                Opened::Kept(kept, key_and_id) => (Some(key_and_id), *kept),
                Opened::KeyMissing => {
                    self.set_aside(&self.sealed_path(), "unopened")?;
                    (None, Kept::default())
                }
                Opened::Unavailable(reason) => return Err(keyring_unavailable(&reason)),
            },
            None => (None, Kept::default()),
        };
        if reuse.is_none() {
            match self.read_plain() {
                Ok(Some(plain)) => kept = plain,
                Ok(None) => {}
                Err(_) => self.set_aside(&self.plain_path(), "unreadable")?,
            }
        }
        edit(&mut kept);
        let json = Zeroizing::new(serde_json::to_vec(&kept).map_err(|e| save_failed(std::io::Error::other(e)))?);
        let key_and_id = match reuse {
            Some(found) => Ok(found),
            None => self.new_key(),
        };
        match key_and_id {
            Ok((key, id)) => {
                write_atomically(&self.sealed_path(), &seal(&json, &id, &key)?).map_err(save_failed)?;
                if self.plain_path().exists() {
                    // Read into `kept` above, so it is sealed now.
                    fs::remove_file(self.plain_path()).map_err(save_failed)?;
                }
                Ok(Loaded::from(kept, Protection::Keyring))
            }
            Err(reason) => {
                write_atomically(&self.plain_path(), &json).map_err(save_failed)?;
                Ok(Loaded::from(kept, Protection::PrivateFile { reason }))
            }
        }
    }

    fn read_plain(&self) -> Result<Option<Kept>> {
        match read_if_there(&self.plain_path())? {
            Some(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|_| {
                Error::Damaged(format!(
                    "Your safety plan's file ({}) could not be read, so it was left exactly as it is. Breathing, grounding and Need help now all still work.",
                    self.plain_path().display()
                ))
            }),
            None => Ok(None),
        }
    }

    fn open(&self, sealed: &Sealed) -> Opened {
        let Some(id) = &sealed.id else { return Opened::KeyMissing };
        match self.keeper.get(id) {
            Ok(Some(key)) => match unseal(&sealed.bytes, &key) {
                Some(kept) => Opened::Kept(Box::new(kept), (key, id.clone())),
                None => Opened::KeyMissing,
            },
            Ok(None) => Opened::KeyMissing,
            Err(reason) => Opened::Unavailable(reason),
        }
    }

    /// A new key, kept in the keyring under a new name.
    fn new_key(&self) -> std::result::Result<(PlanKey, String), String> {
        let mut key = Zeroizing::new([0u8; 32]);
        let mut id = [0u8; ID_LEN / 2];
        getrandom::getrandom(key.as_mut_slice()).map_err(|e| e.to_string())?;
        getrandom::getrandom(&mut id).map_err(|e| e.to_string())?;
        let id: String = id.iter().map(|b| format!("{b:02x}")).collect();
        self.keeper.put(&id, &key)?;
        Ok((key, id))
    }

    /// Moves `path` aside under a name no file has yet: `NAME.WHY-YYYYMMDD-HHMMSS[-N]`.
    fn set_aside(&self, path: &Path, why: &str) -> Result<()> {
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for n in 0..1000 {
            let suffix = if n == 0 { String::new() } else { format!("-{n}") };
            let aside = self.dir.join(format!("{name}.{why}-{stamp}{suffix}"));
            if !aside.exists() {
                return fs::rename(path, &aside).map_err(save_failed);
            }
        }
        Err(save_failed(std::io::Error::other("no free name to set the old plan aside")))
    }
}

enum Opened {
    Kept(Box<Kept>, (PlanKey, String)),
    KeyMissing,
    Unavailable(String),
}

fn keyring_unavailable(reason: &str) -> Error {
    Error::Unreadable(format!(
        "Your plan could not be saved, because this computer's keyring is not answering right now ({reason}). \
         What you wrote is still on screen; try again in a moment, or after restarting Ebb."
    ))
}

fn save_failed(e: std::io::Error) -> Error {
    Error::Io { action: "Your plan could not be saved (what you wrote is still on screen)".into(), source: e }
}

fn read_if_there(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Io { action: "Your safety plan could not be read. Breathing, grounding and Need help now all still work".into(), source: e }),
    }
}

/// The name of the sealed file's key, if the file has one.
fn key_id(bytes: &[u8]) -> Option<String> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let id = rest.get(..ID_LEN)?;
    (rest.get(ID_LEN) == Some(&b'\n') && id.iter().all(u8::is_ascii_hexdigit)).then(|| String::from_utf8_lossy(id).into_owned())
}

fn seal(json: &[u8], id: &str, key: &PlanKey) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::getrandom(&mut nonce).map_err(|e| save_failed(std::io::Error::other(e)))?;
    let cipher = XChaCha20Poly1305::new(key.as_slice().into());
    // The header (with the key's name) is bound to the sealed plan as associated data.
    let header = [MAGIC, id.as_bytes(), b"\n"].concat();
    let payload = chacha20poly1305::aead::Payload { msg: json, aad: &header };
    let sealed = cipher.encrypt(XNonce::from_slice(&nonce), payload).map_err(|_| save_failed(std::io::Error::other("encryption failed")))?;
    Ok([header.as_slice(), &nonce, &sealed].concat())
}

fn unseal(bytes: &[u8], key: &PlanKey) -> Option<Kept> {
    let header_len = MAGIC.len() + ID_LEN + 1;
    key_id(bytes)?;
    let (header, rest) = bytes.split_at(header_len);
    if rest.len() < NONCE_LEN {
        return None;
    }
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(key.as_slice().into());
    let payload = chacha20poly1305::aead::Payload { msg: sealed, aad: header };
    let json = Zeroizing::new(cipher.decrypt(XNonce::from_slice(nonce), payload).ok()?);
    serde_json::from_slice(&json).ok()
}

#[cfg(test)]
mod tests;

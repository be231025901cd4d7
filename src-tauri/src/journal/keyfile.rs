//! The journal's key file. A random 256-bit data key opens the database; the
//! passphrase, stretched with Argon2id, only wraps that key. Changing the passphrase
//! therefore rewrites this small file, never the database. The file also carries the
//! public half of the inbox key, so captures can be sealed while the journal is locked.
//!
//! Format (JSON, version 1):
//! `{"format":"ebb-journal-key","version":1,"kdf":{"algorithm":"argon2id",
//!   "memoryKib":…,"passes":…,"lanes":…,"salt":"<base64>"},"wrap":{"algorithm":
//!   "xchacha20poly1305","nonce":"<base64>","sealed":"<base64>"},"inbox":"age1…"}`
//! The KDF settings and the inbox recipient are bound to the sealed key as associated
//! data, so altering any of them makes the file refuse to open.

use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::private_file::write_atomically;

const FORMAT: &str = "ebb-journal-key";
const VERSION: u32 = 1;

/// Passphrases shorter than this are refused when a journal is made or rekeyed.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The key that opens the database. Wiped from memory when dropped.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(<hidden>)")
    }
}

impl DataKey {
    pub fn random() -> Result<DataKey> {
        let mut key = Zeroizing::new([0u8; 32]);
        random_bytes(&mut key[..])?;
        Ok(DataKey(key))
    }

    /// The SQL that hands the key to SQLCipher as a raw key (no second KDF inside
    /// SQLCipher: the key is already random). Zeroized after use.
    pub fn sqlcipher_pragma(&self) -> Zeroizing<String> {
        self.pragma("key")
    }

    /// The SQL that re-encrypts the database under this key.
    pub fn sqlcipher_rekey_pragma(&self) -> Zeroizing<String> {
        self.pragma("rekey")
    }

    fn pragma(&self, name: &str) -> Zeroizing<String> {
        let mut sql = Zeroizing::new(String::with_capacity(80));
        sql.push_str("PRAGMA ");
        sql.push_str(name);
        sql.push_str(" = \"x'");
        for byte in self.0.iter() {
            sql.push(char::from(b"0123456789ABCDEF"[usize::from(byte >> 4)]));
            sql.push(char::from(b"0123456789ABCDEF"[usize::from(byte & 0xf)]));
        }
        sql.push_str("'\";");
        sql
    }
}

/// How hard the passphrase is stretched. Stored in the key file, so stronger settings
/// later only apply to journals made (or rekeyed) after the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KdfParams {
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

impl KdfParams {
    /// 128 MiB and 4 passes: well above OWASP's Argon2id floor (19 MiB, 2 passes) and
    /// the 64 MiB / 3 passes Ebb requires, while an unlock takes about 0.4 s on a
    /// modest 2-core machine (see README, "Benchmarks"), in the middle of the
    /// 0.3–1 s people tolerate for an unlock. Memory is what makes guessing on GPUs
    /// expensive, so it gets most of the budget; one lane because the argon2 crate
    /// computes lanes one after another anyway.
    pub const RECOMMENDED: KdfParams = KdfParams { memory_kib: 128 * 1024, passes: 4, lanes: 1 };
    /// The weakest settings a journal may be made with (tests use these to stay fast).
    pub const MINIMUM: KdfParams = KdfParams { memory_kib: 64 * 1024, passes: 3, lanes: 1 };
    /// Above this a key file is refused rather than allowed to exhaust memory.
    const MAX_MEMORY_KIB: u32 = 4 * 1024 * 1024;

    fn check(&self) -> std::result::Result<(), String> {
        let m = KdfParams::MINIMUM;
        if self.memory_kib < m.memory_kib || self.passes < m.passes || self.lanes < 1 {
            return Err("its passphrase settings are weaker than Ebb allows".into());
        }
        if self.memory_kib > KdfParams::MAX_MEMORY_KIB || self.passes > 64 || self.lanes > 16 {
            return Err("its passphrase settings are larger than Ebb allows".into());
        }
        Ok(())
    }

    fn derive(&self, passphrase: &str, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
        let params = Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|e| Error::Damaged(format!("The journal's key file has unusable settings ({e}).")))?;
        // Unicode normalisation: the same passphrase typed with another keyboard
        // layout or input method must give the same key.
        let normalized: Zeroizing<String> = Zeroizing::new(passphrase.nfc().collect());
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(normalized.as_bytes(), salt, &mut out[..])
            .map_err(|e| Error::Damaged(format!("Ebb could not turn that passphrase into a key ({e}). Nothing was changed; try again, and restart Ebb if it keeps happening.")))?;
        Ok(out)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Kdf {
    algorithm: String,
    #[serde(flatten)]
    params: KdfParams,
    salt: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Wrap {
    algorithm: String,
    nonce: String,
    sealed: String,
}

/// The key file as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeyFile {
    format: String,
    version: u32,
    kdf: Kdf,
    wrap: Wrap,
    /// The age X25519 recipient that locked captures are sealed to.
    inbox: String,
}

impl KeyFile {
    /// Wraps `key` under `passphrase`.
    pub fn seal(key: &DataKey, passphrase: &str, params: KdfParams, inbox: &str) -> Result<KeyFile> {
        check_new_passphrase(passphrase)?;
        params.check().map_err(|e| Error::invalid("passphrase", format!("These key settings are refused: {e}.")))?;
        let mut salt = [0u8; 16];
        random_bytes(&mut salt)?;
        let mut nonce = [0u8; 24];
        random_bytes(&mut nonce)?;
        let mut file = KeyFile {
            format: FORMAT.into(),
            version: VERSION,
            kdf: Kdf { algorithm: "argon2id".into(), params, salt: B64.encode(salt) },
            wrap: Wrap { algorithm: "xchacha20poly1305".into(), nonce: B64.encode(nonce), sealed: String::new() },
            inbox: inbox.to_string(),
        };
        let kek = params.derive(passphrase, &salt)?;
        let aad = file.associated_data();
        let sealed = XChaCha20Poly1305::new((&*kek).into())
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: &key.0[..], aad: aad.as_bytes() })
            .map_err(|_| Error::Damaged("The journal key could not be sealed.".into()))?;
        file.wrap.sealed = B64.encode(sealed);
        Ok(file)
    }

    /// Unwraps the data key. A wrong passphrase and an altered file look the same.
    pub fn open(&self, passphrase: &str) -> Result<DataKey> {
        let salt = decode(&self.kdf.salt, "salt")?;
        let nonce = decode(&self.wrap.nonce, "nonce")?;
        let sealed = decode(&self.wrap.sealed, "sealed key")?;
        if nonce.len() != 24 || salt.len() < 8 {
            return Err(damaged("its salt or nonce has the wrong length"));
        }
        let kek = self.kdf.params.derive(passphrase, &salt)?;
        let aad = self.associated_data();
        let plain = Zeroizing::new(
            XChaCha20Poly1305::new((&*kek).into())
                .decrypt(XNonce::from_slice(&nonce), Payload { msg: &sealed, aad: aad.as_bytes() })
                .map_err(|_| Error::WrongPassphrase)?,
        );
        let mut key = Zeroizing::new([0u8; 32]);
        if plain.len() != 32 {
            return Err(damaged("the sealed key has the wrong length"));
        }
        key.copy_from_slice(&plain);
        Ok(DataKey(key))
    }

    pub fn inbox_recipient(&self) -> &str {
        &self.inbox
    }

    pub fn params(&self) -> KdfParams {
        self.kdf.params
    }

    pub fn read(path: &Path) -> Result<KeyFile> {
        let bytes = std::fs::read(path).map_err(Error::io("Could not read the journal's key file"))?;
        let file: KeyFile = serde_json::from_slice(&bytes).map_err(|e| damaged(&format!("it is not valid ({e})")))?;
        if file.format != FORMAT || file.version != VERSION {
            return Err(damaged("it was written in a format this version of Ebb does not know"));
        }
        if file.kdf.algorithm != "argon2id" || file.wrap.algorithm != "xchacha20poly1305" {
            return Err(damaged("it names an algorithm Ebb does not use"));
        }
        file.kdf.params.check().map_err(|e| damaged(&e))?;
        Ok(file)
    }

    /// Written atomically (temporary file, flush, rename): a crash leaves the old
    /// key file or the new one, and either opens the same database.
    pub fn write(&self, path: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| Error::Damaged(format!("Could not encode the key file ({e}).")))?;
        write_atomically(path, &json).map_err(Error::io("Could not save the journal's key file"))
    }

    fn associated_data(&self) -> String {
        let p = self.kdf.params;
        format!(
            "{FORMAT}/{}/argon2id/{}/{}/{}/{}/xchacha20poly1305/{}",
            self.version, p.memory_kib, p.passes, p.lanes, self.kdf.salt, self.inbox
        )
    }
}

pub fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.nfc().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::invalid(
            "passphrase",
            format!("Please use at least {MIN_PASSPHRASE_CHARS} characters. A few ordinary words in a row are easy to remember and hard to guess."),
        ));
    }
    if passphrase.len() > 1024 {
        return Err(Error::invalid("passphrase", "That passphrase is longer than Ebb accepts (about a thousand letters, fewer with accents or emoji). Nothing was changed; a shorter one will do."));
    }
    Ok(())
}

fn decode(text: &str, what: &str) -> Result<Vec<u8>> {
    B64.decode(text).map_err(|_| damaged(&format!("its {what} is not valid base64")))
}

fn damaged(problem: &str) -> Error {
    Error::Damaged(format!(
        "The journal's key file cannot be used: {problem}. It has been left exactly as it is."
    ))
}

pub fn random_bytes(buf: &mut [u8]) -> Result<()> {
    getrandom::getrandom(buf).map_err(|e| Error::Io {
        action: "Could not get random bytes from the system".into(),
        source: std::io::Error::other(e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const INBOX: &str = "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq";

    #[test]
    fn the_right_passphrase_gives_back_the_same_key_and_a_wrong_one_is_refused() {
        let key = DataKey::random().expect("random");
        let file = KeyFile::seal(&key, "a quiet harbour at dusk", KdfParams::MINIMUM, INBOX).expect("seals");
        let opened = file.open("a quiet harbour at dusk").expect("opens");
        assert_eq!(*opened.0, *key.0);
        let err = file.open("a quiet harbour at dawn").expect_err("wrong passphrase");
        assert_eq!(err.kind(), "wrong_passphrase");
    }

    #[test]
    fn the_passphrase_is_compared_after_unicode_normalisation() {
        let key = DataKey::random().expect("random");
        // "é" as one code point, then as "e" + combining acute accent.
        let file = KeyFile::seal(&key, "caf\u{e9} au lait, please", KdfParams::MINIMUM, INBOX).expect("seals");
        assert!(file.open("cafe\u{301} au lait, please").is_ok());
    }

    #[test]
    fn altering_the_settings_or_the_inbox_recipient_makes_the_file_refuse_to_open() {
        let key = DataKey::random().expect("random");
        let file = KeyFile::seal(&key, "correct horse battery", KdfParams::MINIMUM, INBOX).expect("seals");
        let mut other_inbox = file.clone();
        other_inbox.inbox = "age1someoneelse".into();
        assert_eq!(other_inbox.open("correct horse battery").expect_err("altered").kind(), "wrong_passphrase");
        let mut stronger = file.clone();
        stronger.kdf.params.passes = 4;
        assert_eq!(stronger.open("correct horse battery").expect_err("altered").kind(), "wrong_passphrase");
    }

    #[test]
    fn short_passphrases_and_weak_settings_are_refused() {
        let key = DataKey::random().expect("random");
        let err = KeyFile::seal(&key, "short", KdfParams::MINIMUM, INBOX).expect_err("too short");
        assert_eq!(err.kind(), "invalid");
        let weak = KdfParams { memory_kib: 1024, passes: 1, lanes: 1 };
        assert!(KeyFile::seal(&key, "long enough passphrase", weak, INBOX).is_err());
        assert!(KdfParams::RECOMMENDED.check().is_ok());
    }

    #[test]
    fn a_damaged_key_file_is_reported_with_what_is_wrong() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("journal.key");
        std::fs::write(&path, b"{\"format\":\"ebb-journal-key\"").expect("write");
        let err = KeyFile::read(&path).expect_err("damaged");
        assert_eq!(err.kind(), "damaged");
        assert!(err.to_string().contains("left exactly as it is"), "{err}");

        let key = DataKey::random().expect("random");
        let file = KeyFile::seal(&key, "correct horse battery", KdfParams::MINIMUM, INBOX).expect("seals");
        file.write(&path).expect("writes");
        let back = KeyFile::read(&path).expect("reads");
        assert!(back.open("correct horse battery").is_ok());
    }

    #[test]
    fn the_raw_key_pragma_is_the_hex_of_the_key() {
        let key = DataKey(Zeroizing::new([0xab; 32]));
        let sql = key.sqlcipher_pragma();
        assert_eq!(sql.as_str(), format!("PRAGMA key = \"x'{}'\";", "AB".repeat(32)));
    }
}

//! Encrypted backups: the journal document (see `archive`) sealed with age's
//! passphrase mode, a documented, standard format (https://age-encryption.org/v1:
//! scrypt stretches the passphrase, ChaCha20-Poly1305 seals the text in 64 KiB
//! chunks, so any changed or missing byte is noticed). Ebb is not needed to open
//! one: `age -d journal.ebb-backup > journal.json` gives the same JSON an export does.

use std::io::{Read, Write};

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// scrypt work factor (N = 2^18, 256 MiB): about a second, as age itself chooses.
pub const WORK_FACTOR: u8 = 18;

/// Files asking for more work than this (N = 2^20, 1 GiB) are refused unopened, so
/// a hostile file cannot make Ebb spend minutes and gigabytes.
const MAX_WORK_FACTOR: u8 = 20;

const MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Whether these bytes start like an age file (rather than a JSON export).
pub fn looks_like_backup(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// Seals `document` under `passphrase`.
pub fn seal(document: &[u8], passphrase: &str, work_factor: u8) -> Result<Vec<u8>> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
    recipient.set_work_factor(work_factor);
    let failed = |_| Error::Unreadable("The backup could not be encrypted, so nothing was saved. Try again in a moment; if it keeps happening, restart Ebb.".into());
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).map_err(failed)?;
    let mut sealed = Vec::with_capacity(document.len() + document.len() / 1000 + 256);
    let mut writer = encryptor.wrap_output(&mut sealed).map_err(Error::io("Could not seal the backup"))?;
    writer.write_all(document).map_err(Error::io("Could not seal the backup"))?;
    writer.finish().map_err(Error::io("Could not seal the backup"))?;
    Ok(sealed)
}

/// Seals a whole journal document (with the settings, when given) as a backup.
pub fn seal_archive(archive: &super::archive::Archive, passphrase: &str, work_factor: u8) -> Result<Vec<u8>> {
    let document = Zeroizing::new(serde_json::to_vec(archive).map_err(|e| Error::Unreadable(e.to_string()))?);
    seal(&document, passphrase, work_factor)
}

/// Opens a backup. A wrong passphrase, a changed byte or a cut-short file each get
/// their own clear answer; nothing is returned unless every chunk checks out.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Zeroizing<Vec<u8>>> {
    use age::DecryptError as E;
    if !looks_like_backup(bytes) {
        return Err(Error::Unreadable("This is not an Ebb backup: it does not begin the way Ebb's backups do. Nothing was changed; choose the backup file Ebb saved (its name ends in .age).".into()));
    }
    let damaged = || Error::Unreadable("This backup is damaged at its very start, so it cannot be opened. It was left as it is; if you have another copy, try that one.".into());
    let decryptor = age::Decryptor::new_buffered(bytes).map_err(|e| match e {
        E::UnknownFormat => Error::Unreadable("This backup was made in a newer format than this Ebb can read. Nothing was changed; a newer Ebb can open it.".into()),
        _ => damaged(),
    })?;
    if !decryptor.is_scrypt() {
        return Err(Error::Unreadable(
            "This file was encrypted for someone's key rather than with a passphrase, so it is not an Ebb backup. Nothing was changed; choose the backup Ebb saved.".into(),
        ));
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|e| match e {
        E::DecryptionFailed | E::KeyDecryptionFailed | E::NoMatchingKeys => Error::BackupPassphrase,
        E::ExcessiveWork { .. } => {
            Error::Unreadable("This backup asks for far more work to open than any Ebb backup does, so it was not opened. Nothing was changed; choose the backup Ebb saved.".into())
        }
        _ => damaged(),
    })?;
    let mut document = Zeroizing::new(Vec::with_capacity(bytes.len()));
    reader
        .by_ref()
        .take(super::archive::MAX_FILE_BYTES + 1)
        .read_to_end(&mut document)
        .map_err(|_| Error::Unreadable("This backup is damaged or incomplete: part of it does not decrypt. It was left as it is; if you have another copy, try that one.".into()))?;
    if document.len() as u64 > super::archive::MAX_FILE_BYTES {
        return Err(Error::Unreadable("This backup holds more than any Ebb journal (over 512 MB), so it was not read. Nothing was changed; choose the backup Ebb saved.".into()));
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUICK: u8 = 10;

    #[test]
    fn a_sealed_document_opens_with_its_passphrase_only() {
        let text = "{\"format\":\"ebb-journal\"} 🌊 שלום".as_bytes();
        let sealed = seal(text, "river stones", QUICK).expect("seal");
        assert!(looks_like_backup(&sealed));
        assert!(!sealed.windows(5).any(|w| w == b"ebb-j"), "the text is not in the file in the clear");
        assert_eq!(open(&sealed, "river stones").expect("open").as_slice(), text);
        assert_eq!(open(&sealed, "river stone").expect_err("wrong").kind(), "wrong_passphrase");
    }

    #[test]
    fn every_flipped_byte_and_every_cut_is_refused() {
        let text = vec![b'x'; 70_000]; // more than one 64 KiB chunk
        let sealed = seal(&text, "river stones", QUICK).expect("seal");
        for at in (0..sealed.len()).step_by(97).chain([sealed.len() - 1]) {
            let mut changed = sealed.clone();
            changed[at] ^= 0x04;
            assert!(open(&changed, "river stones").is_err(), "a flipped byte at {at} was not noticed");
        }
        for cut in [10, 100, sealed.len() / 2, sealed.len() - 1] {
            assert!(open(&sealed[..cut], "river stones").is_err(), "a file cut at {cut} was accepted");
        }
        let payload_flip = {
            let mut changed = sealed.clone();
            let at = changed.len() - 100;
            changed[at] ^= 1;
            open(&changed, "river stones").expect_err("flip")
        };
        assert_eq!(payload_flip.kind(), "unreadable");
    }

    #[test]
    fn other_files_get_a_plain_answer() {
        assert_eq!(open(b"{\"format\":\"ebb-journal\"}", "x").expect_err("json").kind(), "unreadable");
        assert_eq!(open(b"", "x").expect_err("empty").kind(), "unreadable");
        let expensive = b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 30\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n";
        assert!(open(expensive, "x").is_err(), "a work factor of 2^30 is refused, not attempted");
    }
}

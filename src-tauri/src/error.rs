//! The one error type of the app; it crosses IPC as `{kind, message, field?}` so the
//! interface switches on `kind` and shows `message` as written.

use serde::ser::SerializeStruct;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input the user can correct; `field` names the form field it belongs to.
    #[error("{message}")]
    Invalid { field: Option<&'static str>, message: String },

    #[error("{0}")]
    NotFound(String),

    /// A file of `content/` is malformed. Only tests and developers should ever see this.
    #[error("content file {file}: {problem}")]
    Content { file: String, problem: String },

    /// The journal must be unlocked first.
    #[error("The journal is locked. Unlock it with your passphrase to go on.")]
    Locked,

    /// Another Ebb (the window or the command line) has the journal open for writing.
    #[error("The journal is open in Ebb's command line right now. Nothing was changed; try again when it has finished.")]
    InUse,

    /// The passphrase does not open the journal (or the key file was altered).
    #[error("That passphrase doesn't open this journal. Nothing was changed; take your time and try again.")]
    WrongPassphrase,

    /// The backup's passphrase is not this one (or the backup was altered).
    #[error("That passphrase doesn't open this backup. Nothing was changed. (If you are sure it is right, the file may have been altered.)")]
    BackupPassphrase,

    /// A file the person chose to import or restore cannot be used; it is not changed.
    #[error("{0}")]
    Unreadable(String),

    /// The journal's files cannot be read; they are left exactly as they are.
    #[error("{0}")]
    Damaged(String),

    /// Encryption could not be confirmed, so nothing is written.
    #[error("{0}")]
    NotEncrypted(String),

    /// SQLite refused an operation.
    #[error("{action}: {}", db_words(.source))]
    Database {
        action: String,
        #[source]
        source: rusqlite::Error,
    },

    /// Reading or writing one of the app's files failed.
    #[error("{action}: {}", io_words(.source))]
    Io {
        action: String,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What to do when nothing plainer fits: the one next step that is always open.
const TRY_AGAIN: &str = "Try again in a moment; if it keeps happening, restart Ebb.";

/// Why the system refused, in plain words (its own text only when nothing plainer
/// fits), then one next step.
fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::StorageFull | K::QuotaExceeded => "there is no space left on the disk. Free some space, then try again.".into(),
        K::PermissionDenied => "Ebb is not allowed to use that place. Choose another, or check the folder's permissions.".into(),
        K::NotFound => "the file or folder is not there any more. If it was moved, put it back, then try again.".into(),
        K::ReadOnlyFilesystem => "that disk can be read but not written to. Choose another place, or check the disk.".into(),
        K::FileTooLarge => "the file is too large for that disk. Choose another place for it.".into(),
        _ => format!("the system said “{e}”. {TRY_AGAIN}"),
    }
}

/// The same for the journal's database.
fn db_words(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DiskFull) => "there is no space left on the disk. Free some space, then try again.".into(),
        Some(C::DatabaseBusy | C::DatabaseLocked) => "another program is using the journal right now. Try again in a moment.".into(),
        Some(C::ReadOnly) => "the journal's folder can be read but not written to. Check the disk, then restart Ebb.".into(),
        Some(C::NotADatabase) => "its file is not a journal this passphrase opens. It was left as it is.".into(),
        _ => format!("the database said “{e}”. {TRY_AGAIN}"),
    }
}

impl Error {
    pub fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid { field: Some(field), message: message.into() }
    }

    pub fn io(action: impl Into<String>) -> impl FnOnce(std::io::Error) -> Self {
        let action = action.into();
        move |source| Error::Io { action, source }
    }

    pub fn db(action: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> Self {
        let action = action.into();
        move |source| Error::Database { action, source }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotFound(_) => "not_found",
            Error::Content { .. } => "content",
            Error::Locked => "locked",
            Error::InUse => "in_use",
            Error::WrongPassphrase => "wrong_passphrase",
            Error::BackupPassphrase => "wrong_passphrase",
            Error::Unreadable(_) => "unreadable",
            Error::Damaged(_) => "damaged",
            Error::NotEncrypted(_) => "not_encrypted",
            Error::Database { .. } => "database",
            Error::Io { .. } => "io",
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let field = match self {
            Error::Invalid { field, .. } => *field,
            _ => None,
        };
        let mut s = serializer.serialize_struct("Error", 3)?;
        s.serialize_field("kind", self.kind())?;
        // Written in English in the code; said in the person's language.
        s.serialize_field("message", &crate::i18n::errors::translate(&self.to_string(), crate::i18n::spoken()))?;
        s.serialize_field("field", &field)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_kind_message_and_field() {
        let json = serde_json::to_value(Error::invalid("exhale", "Breathe out can be 1 to 30 seconds.")).expect("serializes");
        assert_eq!(json["kind"], "invalid");
        assert_eq!(json["message"], "Breathe out can be 1 to 30 seconds.");
        assert_eq!(json["field"], "exhale");

        let io = Error::io("Could not save your settings")(std::io::Error::other("disk full"));
        let json = serde_json::to_value(io).expect("serializes");
        assert_eq!(json["kind"], "io");
        assert_eq!(json["message"], "Could not save your settings: the system said “disk full”. Try again in a moment; if it keeps happening, restart Ebb.");
        assert!(json["field"].is_null());
    }

    #[test]
    fn the_systems_reasons_are_said_in_plain_words() {
        use std::io::{Error as IoError, ErrorKind};
        let said = |kind: ErrorKind| Error::io("Could not save your settings")(IoError::from(kind)).to_string();
        assert_eq!(said(ErrorKind::StorageFull), "Could not save your settings: there is no space left on the disk. Free some space, then try again.");
        assert!(said(ErrorKind::PermissionDenied).contains("not allowed"));
        assert!(!said(ErrorKind::StorageFull).contains("os error"));
        // The real errno a full disk gives on Linux.
        assert!(Error::io("x")(IoError::from_raw_os_error(28)).to_string().contains("no space left"));
        let busy = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(5), None);
        assert!(Error::db("Could not save the session")(busy).to_string().contains("another program is using the journal"));
    }

    #[test]
    fn every_reason_the_system_gives_ends_with_one_next_step() {
        use std::io::{Error as IoError, ErrorKind as K};
        let steps = ["try again", "Try again", "Choose another", "check the disk", "restart Ebb", "left as it is"];
        let io = [K::StorageFull, K::QuotaExceeded, K::PermissionDenied, K::NotFound, K::ReadOnlyFilesystem, K::FileTooLarge, K::Interrupted, K::Other];
        let mut said: Vec<String> = io.into_iter().map(|k| Error::io("Could not save the note")(IoError::from(k)).to_string()).collect();
        for code in [13, 5, 6, 8, 26, 1, 10] {
            said.push(Error::db("Could not save the note")(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)).to_string());
        }
        for message in said {
            let last = message.rsplit(". ").next().unwrap_or(&message);
            assert!(steps.iter().any(|s| last.contains(s)), "no next step at the end of: {message}");
            assert!(message.ends_with('.'), "{message}");
        }
    }
}

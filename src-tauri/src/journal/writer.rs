//! One journal, one writer: the window and the command line can both work on the
//! same journal, so whoever opens it for writing holds an advisory lock on a file
//! in its folder until it closes. A second writer is told so at once, and nothing
//! is written. The operating system drops the lock if the holder dies.

use std::fs::File;
use std::path::Path;

use crate::error::{Error, Result};
use crate::private_file::open_private_append;

/// The lock file, inside the journal's folder.
pub const FILE_NAME: &str = "in-use.lock";

/// Held while a journal is open for writing.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
}

impl WriterLock {
    /// Takes the lock on the journal in `dir`, or says that someone else holds it.
    pub fn take(dir: &Path) -> Result<WriterLock> {
        let file = open_private_append(&dir.join(FILE_NAME)).map_err(Error::io("Could not open the journal"))?;
        match file.try_lock() {
            Ok(()) => Ok(WriterLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(Error::InUse),
            Err(std::fs::TryLockError::Error(e)) => Err(Error::io("Could not open the journal")(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = WriterLock::take(dir.path()).expect("first writer");
        assert!(matches!(WriterLock::take(dir.path()), Err(Error::InUse)), "a second writer waits its turn");
        drop(first);
        WriterLock::take(dir.path()).expect("free again once the first is done");
    }
}

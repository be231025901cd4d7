//! Writing a file so that a crash or a full disk leaves either the old file or the
//! new one, never a half-written mix: write a temporary file beside it, flush it to
//! disk, rename it over the old one, then flush the directory entry.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().ok_or_else(|| std::io::Error::other("a file path needs a folder"))?;
    create_private_dir(dir)?;
    let mut tmp_name = path.file_name().ok_or_else(|| std::io::Error::other("a file path needs a name"))?.to_owned();
    tmp_name.push(".tmp");
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut file = private_file(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        // Leave the old file as it was; the partial temporary file is useless.
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Creates `dir` (and its parents), readable only by the user where that is expressible.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
    }
    #[cfg(not(unix))]
    {
        // Windows and others: the per-user profile folders the app uses are private already.
        fs::create_dir_all(dir)
    }
}

fn private_file(path: &Path) -> std::io::Result<File> {
    private_options().write(true).create(true).truncate(true).open(path)
}

/// Opens `path` for appending, creating it readable only by the user.
pub fn open_private_append(path: &Path) -> std::io::Result<File> {
    private_options().create(true).append(true).open(path)
}

fn private_options() -> OpenOptions {
    #[allow(unused_mut)] // only Unix sets a mode
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Flushes a folder's entries (a new or renamed file) to disk.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        // Windows cannot open a directory as a file; its rename is already durable
        // enough with the file itself flushed first.
        let _ = dir;
        Ok(())
    }
}

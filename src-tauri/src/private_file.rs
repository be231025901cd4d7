//! Files only the person can read, written so that a crash or a full disk leaves
//! either the old file or the new one, never a half-written mix. Used by settings,
//! the journal, exports and backups alike.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically: a temporary file beside it (a fresh, unique
/// name, created exclusively and private, so a file someone else placed there is
/// never followed or reused), flushed, renamed over the old one, then the folder's
/// entry flushed too.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if path.file_name().is_none() {
        return Err(std::io::Error::other("a file path needs a name"));
    }
    create_private_dir(dir)?;
    // tempfile creates the file with O_EXCL and mode 0600, and removes it if we fail.
    let mut file = tempfile::Builder::new().prefix(".ebb-").suffix(".tmp").tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
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

/// Creates `dir` privately, or makes an existing one private (0700 on Unix): the
/// app's own folders, where WebKit too keeps its files with modes of its own.
pub fn keep_dir_private(dir: &Path) -> std::io::Result<()> {
    create_private_dir(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_replaced_whole_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("settings.json");
        write_atomically(&path, b"first").expect("written");
        write_atomically(&path, b"second").expect("replaced");
        assert_eq!(fs::read(&path).expect("read"), b"second");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names, [std::ffi::OsString::from("settings.json")], "only the file itself remains");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o600);
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_existing_open_folder_is_made_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("app.ebb.companion");
        fs::create_dir(&folder).expect("mkdir");
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).expect("open it up");
        keep_dir_private(&folder).expect("made private");
        assert_eq!(fs::metadata(&folder).expect("meta").permissions().mode() & 0o777, 0o700);
    }

    /// The old scheme wrote to `NAME.tmp`: a link placed there by someone else
    /// was followed and the target overwritten.
    #[cfg(unix)]
    #[test]
    fn a_file_someone_else_placed_beside_it_is_never_followed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let victim = dir.path().join("victim");
        fs::write(&victim, b"keep me").expect("write");
        std::os::unix::fs::symlink(&victim, dir.path().join("export.json.tmp")).expect("link");
        write_atomically(&dir.path().join("export.json"), b"exported").expect("written");
        assert_eq!(fs::read(&victim).expect("read"), b"keep me");
    }
}

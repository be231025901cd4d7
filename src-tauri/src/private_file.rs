//! Files only the person can read, written so that a crash or a full disk leaves
//! either the old file or the new one, never a half-written mix. Used by settings,
//! the journal, exports and backups alike.
//!
//! "Only the person": mode `0600` for files and `0700` for folders on Linux and
//! macOS; on Windows, where modes mean nothing, an access list of its own (`acl`
//! below): this account and the system, nothing inherited from the folder around.

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
    // Windows: private before a byte is written (the rename keeps the access list).
    #[cfg(windows)]
    acl::only_me(file.path(), false);
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
        // A folder made here is private; one that exists (a folder the person chose
        // to save in) is left as it is, as on Unix.
        let made = !dir.exists();
        fs::create_dir_all(dir)?;
        #[cfg(windows)]
        if made {
            acl::only_me(dir, true);
        }
        #[cfg(not(windows))]
        let _ = made;
        Ok(())
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
    #[cfg(windows)]
    acl::only_me(dir, true);
    Ok(())
}

/// Windows: an access list for this account and the system only (the system's
/// services, such as backup, run as it), with nothing inherited from the folder
/// around, set with `icacls`, part of Windows. A folder passes the same list on to
/// everything made in it. Ebb's own folders are inside the user's profile, which
/// is private already; this also covers a `--data-dir` elsewhere and exports saved
/// anywhere. A file system without access lists (a FAT-formatted stick) cannot
/// keep one: the file is still written, and the reason printed.
#[cfg(windows)]
pub mod acl {
    use std::ffi::OsStr;
    use std::os::windows::process::CommandExt;
    use std::path::Path;
    use std::process::Command;
    use std::sync::OnceLock;

    /// No console window flashes up while it runs.
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    /// The local system account.
    const SYSTEM: &str = "S-1-5-18";

    fn run(program: &str, args: &[&OsStr]) -> std::io::Result<String> {
        let out = Command::new(program).args(args).creation_flags(CREATE_NO_WINDOW).output()?;
        if !out.status.success() {
            let said = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
            return Err(std::io::Error::other(format!("{program}: {}", said.trim())));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// This account's security identifier (`whoami /user`), asked once per run.
    pub fn user() -> Option<&'static str> {
        static SID: OnceLock<Option<String>> = OnceLock::new();
        SID.get_or_init(|| {
            let out = run("whoami", &[OsStr::new("/user"), OsStr::new("/fo"), OsStr::new("csv"), OsStr::new("/nh")]).ok()?;
            out.split(',').map(|field| field.trim().trim_matches('"')).find(|field| field.starts_with("S-1-")).map(str::to_string)
        })
        .as_deref()
    }

    /// Sets `path`'s access list to this account and the system; says why not, if it cannot.
    pub fn try_only_me(path: &Path, folder: bool) -> std::io::Result<()> {
        let user = user().ok_or_else(|| std::io::Error::other("this account's identifier could not be found"))?;
        let rights = if folder { "(OI)(CI)F" } else { "F" };
        let me = format!("*{user}:{rights}");
        let system = format!("*{SYSTEM}:{rights}");
        let args = [path.as_os_str(), OsStr::new("/inheritance:r"), OsStr::new("/grant:r"), OsStr::new(&me), OsStr::new(&system), OsStr::new("/q")];
        run("icacls", &args).map(drop)
    }

    /// As `try_only_me`, printing the reason when it cannot (the write goes on).
    pub fn only_me(path: &Path, folder: bool) {
        if let Err(e) = try_only_me(path, folder) {
            eprintln!("ebb: could not make {} private to this account: {e}", path.display());
        }
    }
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

    /// Windows: a file written here, and a folder made here, are for this account
    /// and the system only, with nothing inherited from the folder around.
    #[cfg(windows)]
    #[test]
    fn on_windows_only_this_account_and_the_system_may_open_them() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("made-here");
        let file = folder.join("export.json");
        write_atomically(&file, b"private").expect("written");
        assert!(acl::user().is_some_and(|sid| sid.starts_with("S-1-5-")), "this account's identifier");
        for path in [&folder, &file] {
            let out = std::process::Command::new("icacls").arg(path).output().expect("icacls runs");
            let list = String::from_utf8_lossy(&out.stdout).into_owned();
            let entries: Vec<&str> = list.lines().filter(|l| l.contains(":(")).collect();
            assert_eq!(entries.len(), 2, "this account and the system only:\n{list}");
            assert!(entries.iter().all(|e| !e.contains("(I)")), "nothing inherited:\n{list}");
            assert!(entries.iter().any(|e| e.contains("SYSTEM")), "{list}");
            assert!(!list.contains("Everyone") && !list.contains("BUILTIN\\Users"), "{list}");
        }
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

//! Private files and folders: session files, temps, backups and locks are 0600, the sessions folder 0700
//! (on Unix; elsewhere the platform defaults apply). Also the clean-up of temp files left by a crash.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Mode of session files, temps, backups and locks.
pub const FILE_MODE: u32 = 0o600;
/// Mode of the sessions folder.
pub const DIR_MODE: u32 = 0o700;

/// Creates `dir` (and missing parents) readable only by the owner. An existing folder is left as it is.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(DIR_MODE);
    }
    builder.create(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The umask may have removed bits we did not want anyway; make the mode exact.
        fs::set_permissions(dir, fs::Permissions::from_mode(DIR_MODE))?;
    }
    Ok(())
}

/// Options that create a new file (failing if it exists) readable only by the owner.
pub fn private_create_new() -> OpenOptions {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(FILE_MODE);
    }
    o
}

/// Opens (creating if needed, never truncating) a file readable only by the owner, for reading and writing.
pub fn private_open_rw(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(FILE_MODE);
    }
    o.open(path)
}

/// Makes an existing file readable only by its owner.
pub fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(FILE_MODE))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// A sentence when `path` (a file or folder) can be read by people other than its owner, else `None`.
/// It starts with the path: `path: this file can be read by other users…`.
pub fn permission_warning(path: &Path) -> Option<String> {
    permission_issue(path).map(|w| format!("{}: {w}", path.display()))
}

/// Like [`permission_warning`], without the leading path.
pub fn permission_issue(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::metadata(path).ok()?;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o044 != 0 {
            let (what, fix) = if meta.is_dir() {
                ("folder", "chmod 700")
            } else {
                ("file", "chmod 600")
            };
            return Some(crate::t!(
                "storage-readable-by-others",
                what = what,
                mode = format!("{mode:03o}"),
                fix = fix,
                path = path.display().to_string()
            ));
        }
        None
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// True for the names of temp files this program writes: `.<file>.tmp-<pid>-<n>`.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.len() > 1 && temp_pid(name).is_some()
}

/// The process id in a temp file name, if it is one of ours.
fn temp_pid(name: &str) -> Option<u32> {
    let rest = &name[name.rfind(".tmp-")? + 5..];
    let (pid, n) = rest.split_once('-')?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Temp files younger than this may belong to a save in progress in another running instance.
const TEMP_GRACE: Duration = Duration::from_secs(60);

/// Removes temp files left in `dir` by an interrupted save (they hold session text). Only files whose name
/// matches our pattern are touched, and only when their process is gone or they are older than a minute.
/// Returns the files removed.
pub fn remove_stale_temps(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    let me = std::process::id();
    for entry in fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !is_temp_name(name) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        let pid = temp_pid(name).unwrap_or(0);
        let old = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age > TEMP_GRACE);
        if (pid != me && !process_alive(pid)) || old {
            let path = entry.path();
            if fs::remove_file(&path).is_ok() {
                removed.push(path);
            }
        }
    }
    Ok(removed)
}

/// Whether a process with this id seems to be running (Linux: `/proc/<pid>`); unknown elsewhere (true).
fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// Flushes a folder's entry list to disk, so a rename inside it survives a crash (no-op off Unix).
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names() {
        assert!(is_temp_name(".camp-2024-01-01.json.tmp-123-0"));
        assert!(is_temp_name(".x.json.bak.tmp-9-42"));
        assert!(!is_temp_name("camp.json"));
        assert!(!is_temp_name(".camp.json.tmp-"));
        assert!(!is_temp_name(".camp.json.tmp-12-"));
        assert!(!is_temp_name(".camp.json.tmp-ab-1"));
        assert!(!is_temp_name("camp.json.tmp-1-1"));
    }
}

//! Atomic saves: temp file in the same folder → `sync_all` → rename over the target → fsync the folder.
//! A path that is a symlink is saved through: the real file is replaced (in its own folder) and the link
//! stays.
//! Before a session file is replaced, its previous content is kept as `<file>.bak` when it is a good
//! session file (garbage never replaces a good backup).

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use thiserror::Error;

use crate::session::Session;

use super::load;
use super::perms;
pub use super::siblings::parent_dir;
use super::siblings::{backup_path, real_path, sibling};

/// A save that did not happen. The session is still in memory.
#[derive(Debug, Error)]
#[error("{}", crate::t!("storage-save-failed", action = *action, path = path.display().to_string(), error = source.to_string()))]
pub struct SaveError {
    /// What was being done: `save`, `restore`, `write-backup`, `keep-current`, `swap-backup`,
    /// `create-folder`, `create-file` or `find-name` (the message says it in the current language).
    pub action: &'static str,
    /// The file concerned.
    pub path: PathBuf,
    /// The system error.
    #[source]
    pub source: io::Error,
}

impl SaveError {
    pub(crate) fn io(action: &'static str, path: &Path, source: io::Error) -> SaveError {
        SaveError {
            action,
            path: path.to_path_buf(),
            source,
        }
    }
}

/// The temp file name used while writing `path`: `.<file>.tmp-<pid>-<n>` in the same folder, the file
/// part hash-shortened when the whole would pass the name limit.
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    sibling(path, ".", &format!(".tmp-{}-{n}", std::process::id()))
}

/// Replaces `path` with `bytes` atomically: after a crash the file holds either the old or the new
/// content, never a mix. The new file is readable only by its owner (0600). When `path` is a symlink,
/// the file it points to is replaced and the link kept.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = &real_path(path);
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = perms::private_create_new().open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        perms::sync_dir(&parent_dir(path))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// The session as pretty JSON with a final newline: the exact bytes a save writes.
pub fn to_json_bytes(session: &Session) -> Vec<u8> {
    to_json_bytes_sized(session, 0)
}

/// As [`to_json_bytes`], into a buffer of `capacity` bytes to begin with (the file's last size):
/// a large session is written without growing the buffer by doubling, which held the old and the new
/// buffer at once (BENCHMARKS.md, memory).
pub fn to_json_bytes_sized(session: &Session, capacity: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(capacity);
    // Serialising these types cannot fail: every map has string keys.
    if serde_json::to_writer_pretty(&mut bytes, session).is_err() {
        bytes.clear();
    }
    bytes.push(b'\n');
    bytes
}

/// Saves the session to `path` atomically, first keeping the previous good version as `<file>.bak`.
pub fn save_session(path: &Path, session: &Session) -> Result<(), SaveError> {
    save_session_with(path, session, true)
}

/// Saves the session to `path` atomically; with `backup`, the current file (if it is a readable
/// session) is first copied to `<file>.bak`, atomically as well.
pub fn save_session_with(path: &Path, session: &Session, backup: bool) -> Result<(), SaveError> {
    save_bytes(path, &to_json_bytes(session), backup)
}

/// Saves the bytes of a session (see [`to_json_bytes`]) like [`save_session_with`].
pub(crate) fn save_bytes(path: &Path, bytes: &[u8], backup: bool) -> Result<(), SaveError> {
    let path = &real_path(path);
    if backup {
        keep_backup(path)?;
    }
    write_atomic(path, bytes).map_err(|e| SaveError::io("save", path, e))
}

/// Copies the current file to `<file>.bak` when it reads as a session and differs from the backup.
/// The check is the library's summary pass (`skim`): the whole file is checked as JSON and its
/// version and records' ids, statuses and dates as a session, without building the answers, the
/// timeline or the landscape a second time beside the session being saved (BENCHMARKS.md, memory).
pub(super) fn keep_backup(path: &Path) -> Result<(), SaveError> {
    let Ok(current) = load::read_limited(path) else {
        return Ok(()); // missing, unreadable or too large: nothing good to keep
    };
    if super::skim::skim_session(path, &current, chrono::Local::now().fixed_offset()).is_err() {
        return Ok(());
    }
    let bak = backup_path(path);
    if file_holds(&bak, &current) {
        return Ok(());
    }
    write_atomic(&bak, &current).map_err(|e| SaveError::io("write-backup", &bak, e))
}

/// Whether the file at `path` holds exactly `bytes`, read a piece at a time: the backup is not
/// read whole beside the file it is compared with (BENCHMARKS.md, memory).
fn file_holds(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    if file
        .metadata()
        .map_or(true, |m| m.len() != bytes.len() as u64)
    {
        return false;
    }
    let mut piece = vec![0; 64 * 1024];
    let mut rest = bytes;
    loop {
        match file.read(&mut piece) {
            Ok(0) => return rest.is_empty(),
            Ok(n) if n <= rest.len() && piece[..n] == rest[..n] => rest = &rest[n..],
            Ok(_) => return false,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

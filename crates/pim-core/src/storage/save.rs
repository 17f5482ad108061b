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
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// The atomic write itself: a private temp file beside `path` filled by `fill`, synced, renamed
/// over `path`, the folder synced; the temp file removed when any step fails.
fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut fs::File) -> io::Result<()>,
) -> io::Result<()> {
    let path = &real_path(path);
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = perms::private_create_new().open(&tmp)?;
        fill(&mut f)?;
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
    if file_holds(&bak, current.len() as u64, current.as_slice()) {
        return Ok(());
    }
    write_atomic(&bak, &current).map_err(|e| SaveError::io("write-backup", &bak, e))
}

/// Copies the file at `path` to `<file>.bak` as it is, unless the backup already holds it. For a file
/// already known to be a good session — the one a [`SessionWriter`](super::SessionWriter) opened
/// and has seen unchanged since — so neither file is read whole: both are compared and copied a
/// piece at a time (BENCHMARKS.md, memory).
pub(super) fn keep_known_backup(path: &Path) -> Result<(), SaveError> {
    let bak = backup_path(path);
    let same = fs::File::open(path)
        .and_then(|file| Ok((file.metadata()?.len(), file)))
        .is_ok_and(|(len, file)| file_holds(&bak, len, file));
    if same {
        return Ok(());
    }
    copy_atomic(path, &bak).map_err(|e| SaveError::io("write-backup", &bak, e))
}

/// Like [`write_atomic`], with the bytes of the file at `from`, streamed.
fn copy_atomic(from: &Path, to: &Path) -> io::Result<()> {
    let mut source = fs::File::open(from)?;
    write_atomic_with(to, |f| io::copy(&mut source, f).map(drop))
}

/// Whether the file at `path` holds exactly the `len` bytes `other` reads, both read a piece at a
/// time: a backup is never read whole beside the file it is compared with (BENCHMARKS.md, memory).
fn file_holds(path: &Path, len: u64, mut other: impl io::Read) -> bool {
    let Ok(mut file) = fs::File::open(path) else {
        return false;
    };
    if file.metadata().map_or(true, |m| m.len() != len) {
        return false;
    }
    let (mut mine, mut theirs) = (vec![0; 64 * 1024], vec![0; 64 * 1024]);
    loop {
        let (Ok(n), Ok(m)) = (fill(&mut file, &mut mine), fill(&mut other, &mut theirs)) else {
            return false;
        };
        if n != m || mine[..n] != theirs[..m] {
            return false;
        }
        if n < mine.len() {
            return true;
        }
    }
}

/// Reads into `buf` until it is full or the reader ends; returns how much was read.
fn fill(reader: &mut impl io::Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut read = 0;
    while read < buf.len() {
        match reader.read(&mut buf[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The piecewise comparison agrees with comparing whole files, across the 64 KiB pieces.
    #[test]
    fn a_file_holds_exactly_the_bytes_read_piece_by_piece() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("f");
        let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        for len in [0, 1, 65_535, 65_536, 65_537, 200_000] {
            let bytes = &big[..len];
            fs::write(&path, bytes).expect("written");
            assert!(file_holds(&path, len as u64, bytes), "{len}");
            if len > 0 {
                let mut other = bytes.to_vec();
                other[len - 1] ^= 1;
                assert!(!file_holds(&path, len as u64, other.as_slice()), "{len}");
                assert!(
                    !file_holds(&path, len as u64 - 1, &bytes[..len - 1]),
                    "{len}"
                );
            }
        }
        assert!(!file_holds(&dir.path().join("missing"), 0, &b""[..]));
    }

    /// The backup of a known file is its copy, written once and left alone while it matches.
    #[test]
    fn a_known_file_is_copied_to_its_backup_once() {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("s.json");
        fs::write(&path, b"{\"as opened\": true}\n").expect("written");
        keep_known_backup(&path).expect("kept");
        let bak = backup_path(&path);
        assert_eq!(
            fs::read(&bak).expect("a backup"),
            b"{\"as opened\": true}\n"
        );
        let before = fs::metadata(&bak)
            .and_then(|m| m.modified())
            .expect("a time");
        std::thread::sleep(std::time::Duration::from_millis(20));
        keep_known_backup(&path).expect("kept");
        let after = fs::metadata(&bak)
            .and_then(|m| m.modified())
            .expect("a time");
        assert_eq!(before, after, "an equal backup is not written again");
        fs::write(&path, b"{\"changed\": true}\n").expect("written");
        keep_known_backup(&path).expect("kept");
        assert_eq!(fs::read(&bak).expect("a backup"), b"{\"changed\": true}\n");
    }
}

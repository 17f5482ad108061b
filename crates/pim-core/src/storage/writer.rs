//! The one writer of a session file: it holds the lock, and before each save it checks that the lock
//! is still its own and that the file on disk is still the one it wrote. When someone else wrote the
//! file meanwhile (the lock file was deleted and another program got in), their text is never
//! replaced: this writer's version goes to a new file beside it, and both are kept.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::session::Session;

use super::lock::{LockError, SessionLock};
use super::names::{create_named, create_named_bytes};
use super::save::{SaveError, save_bytes, to_json_bytes_sized};
use super::siblings::{fnv1a, parent_dir};

/// How a save went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// The session file holds the session.
    InPlace,
    /// The session file had been changed by someone else: it was left as they wrote it, and the
    /// session was written to `ours`, which this writer saves to from now on.
    KeptBoth {
        /// The file someone else wrote (untouched).
        theirs: PathBuf,
        /// The new file holding this writer's version.
        ours: PathBuf,
    },
}

/// What a file looked like: enough to notice that it was replaced or rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    id: (u64, u64),
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = fs::metadata(path).ok()?;
    #[cfg(unix)]
    let id = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let id = (0, 0);
    Some(Stamp {
        len: meta.len(),
        modified: meta.modified().ok(),
        id,
    })
}

/// The writer of one session file (see the module documentation).
#[derive(Debug)]
pub struct SessionWriter {
    lock: SessionLock,
    /// The file as this writer last read or wrote it: its stamp and a hash of its bytes.
    known: Option<(Stamp, u64)>,
}

impl SessionWriter {
    /// A writer for the file `lock` holds, as it is on disk now (call right after loading it).
    pub fn new(lock: SessionLock) -> SessionWriter {
        let known = read_known(lock.target());
        SessionWriter { lock, known }
    }

    /// The real file being saved to.
    pub fn path(&self) -> &Path {
        self.lock.target()
    }

    /// Saves `session` (keeping a backup first when `backup`), unless someone else changed the file
    /// since this writer last saw it: then both versions are kept (see [`Written::KeptBoth`]).
    pub fn save(&mut self, session: &Session, backup: bool) -> Result<Written, SaveError> {
        let last = fs::metadata(self.path()).map_or(0, |m| m.len() as usize);
        self.save_bytes(
            &to_json_bytes_sized(session, last + last / 16 + 4096),
            backup,
        )
    }

    /// As [`SessionWriter::save`], with the session already serialised ([`to_json_bytes`]): the
    /// autosaver is handed these bytes, never a copy of the session (BENCHMARKS.md, memory).
    ///
    /// [`to_json_bytes`]: super::save::to_json_bytes
    pub fn save_bytes(&mut self, bytes: &[u8], backup: bool) -> Result<Written, SaveError> {
        let lock_lost = matches!(self.lock.check(), Err(LockError::Held(_)));
        if lock_lost || self.changed_on_disk() {
            return self.keep_both(bytes);
        }
        let target = self.path().to_path_buf();
        // The file is the one this writer opened or last wrote (checked just above): a good session,
        // copied to the backup as it is, without reading it whole to check it again.
        if backup {
            super::save::keep_known_backup(&super::siblings::real_path(&target))?;
        }
        save_bytes(&target, bytes, false)?;
        self.known = stamp(&target).map(|s| (s, fnv1a(bytes)));
        // The save made a new file: lock it, so hard links made to it from now on are refused too.
        let _ = self.lock.relock_identity();
        Ok(Written::InPlace)
    }

    /// Whether the file on disk is not the one this writer last read or wrote.
    fn changed_on_disk(&mut self) -> bool {
        let now = stamp(self.path());
        match (&self.known, now) {
            // Gone: nobody's text is there to lose.
            (_, None) => false,
            (None, Some(_)) => true,
            (Some((was, _)), Some(now)) if *was == now => false,
            (Some((_, hash)), Some(_)) => match fs::read(self.path()) {
                Ok(bytes) if fnv1a(&bytes) == *hash => {
                    self.known = read_known(self.path());
                    false
                }
                _ => true,
            },
        }
    }

    /// Writes the session to a new file beside the one someone else changed, and moves to it.
    fn keep_both(&mut self, bytes: &[u8]) -> Result<Written, SaveError> {
        let theirs = self.path().to_path_buf();
        let dir = parent_dir(&theirs);
        let ours = create_named_bytes(
            &dir,
            &copy_name(theirs.file_name().unwrap_or_default(), "kept"),
            bytes,
        )?;
        let lock = SessionLock::acquire(&ours).map_err(|e| {
            SaveError::io("create-file", &ours, std::io::Error::other(e.to_string()))
        })?;
        self.lock = lock;
        self.known = read_known(&ours);
        Ok(Written::KeptBoth { theirs, ours })
    }
}

fn read_known(path: &Path) -> Option<(Stamp, u64)> {
    let s = stamp(path)?;
    let bytes = fs::read(path).ok()?;
    Some((s, fnv1a(&bytes)))
}

/// Writes `session` to a new file in `dir` named after `name` (`<stem>-<tag>.json`, then `-2`, …),
/// never over an existing file; returns the new file.
pub fn save_copy_in(
    dir: &Path,
    name: &OsStr,
    session: &Session,
    tag: &str,
) -> Result<PathBuf, SaveError> {
    create_named(dir, &copy_name(name, tag), session)
}

/// `<stem>-<tag>.json` for a session file named `name`.
fn copy_name(name: &OsStr, tag: &str) -> String {
    let name = name.to_string_lossy();
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    format!("{stem}-{tag}.json")
}

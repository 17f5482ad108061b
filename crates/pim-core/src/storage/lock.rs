//! One writer per session, however it is reached: a `<file>.lock` beside the *real* file (symlinks
//! followed, see [`real_path`]), locked with `File::try_lock` (released by the kernel when the holder
//! exits, even when killed); the holder writes who it is into the lock file. On Unix the session file
//! itself is locked too, so a hard link (another name for the same device and inode) is refused as
//! well; each save re-locks the new file. On Windows the lock is keyed by the canonical path only
//! (Windows locks are mandatory and would stop others reading the file; hard links are rare there).
//!
//! A holder notices when its lock file was deleted or replaced ([`SessionLock::check`]) and takes a
//! new one, or says who has it.

use std::fmt;
use std::fs::{self, File, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::perms;
use super::siblings::{real_path, sibling};

/// Who holds a lock.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HolderInfo {
    /// User name (from `$USER` or `$USERNAME`), empty when unknown.
    pub user: String,
    /// Host name, empty when unknown.
    pub host: String,
    /// Process id, 0 when unknown.
    pub pid: u32,
    /// When the lock was taken.
    pub since: Option<DateTime<FixedOffset>>,
}

impl HolderInfo {
    /// This process, now.
    pub fn current() -> HolderInfo {
        HolderInfo {
            user: std::env::var("USER")
                .or_else(|_| std::env::var("USERNAME"))
                .unwrap_or_default(),
            host: host_name(),
            pid: std::process::id(),
            since: Some(chrono::Local::now().fixed_offset()),
        }
    }
}

impl fmt::Display for HolderInfo {
    /// `user alice on host lab-3, pid 4242, since 14:02` (parts that are unknown are left out).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        let (user, host) = (self.user.as_str(), self.host.as_str());
        match (user.is_empty(), host.is_empty()) {
            (false, false) => parts.push(crate::t!(
                "storage-holder-user-host",
                user = user,
                host = host
            )),
            (false, true) => parts.push(crate::t!("storage-holder-user", user = user)),
            (true, false) => parts.push(crate::t!("storage-holder-host", host = host)),
            (true, true) => {}
        }
        if self.pid != 0 {
            parts.push(crate::t!("storage-holder-pid", pid = self.pid));
        }
        if let Some(since) = self.since {
            let today = chrono::Local::now().date_naive();
            let local = since.with_timezone(&chrono::Local);
            let at = if local.date_naive() == today {
                local.format("%H:%M").to_string()
            } else {
                local.format("%Y-%m-%d %H:%M").to_string()
            };
            parts.push(crate::t!("storage-holder-since", since = at));
        }
        if parts.is_empty() {
            f.write_str(&crate::t!("storage-holder-unknown"))
        } else {
            f.write_str(&parts.join(", "))
        }
    }
}

/// The host name from `/etc/hostname`, `/proc/sys/kernel/hostname` or `$HOSTNAME`/`$COMPUTERNAME`.
pub fn host_name() -> String {
    for file in ["/etc/hostname", "/proc/sys/kernel/hostname"] {
        if let Ok(s) = fs::read_to_string(file) {
            let s = s.trim();
            if !s.is_empty() {
                return s.chars().take(255).collect();
            }
        }
    }
    std::env::var("HOSTNAME")
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_default()
}

/// Why a session could not be locked.
#[derive(Debug, Error)]
pub enum LockError {
    /// Another running pim-workshop holds it.
    #[error("{}", crate::t!("storage-lock-held", holder = .0.to_string()))]
    Held(HolderInfo),
    /// The lock file could not be created or locked.
    #[error("{}", crate::t!("storage-lock-io", path = path.display().to_string(), error = source.to_string()))]
    Io {
        /// The lock file.
        path: PathBuf,
        /// The system error.
        #[source]
        source: io::Error,
    },
}

/// The lock file of a session: `<file>.lock` beside the real file (hash-shortened at the name limit).
pub fn lock_path(session_path: &Path) -> PathBuf {
    sibling(&real_path(session_path), "", ".lock")
}

/// An exclusive hold on a session file, released when dropped (or when the process ends).
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
    /// The real session file the lock is for.
    target: PathBuf,
    /// The session file itself, locked (Unix): the hold every hard link to it meets.
    identity: Option<File>,
}

/// What [`SessionLock::check`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockCheck {
    /// The lock file is the one this holder locked.
    Held,
    /// The lock file had been deleted or replaced; this holder locked a new one.
    Recreated,
}

impl SessionLock {
    /// Takes the lock of the session at `session_path` without waiting, recording this process as holder.
    /// Fails with [`LockError::Held`] (saying who) when another instance, or another handle in this
    /// process, holds it.
    /// The lock is keyed by the real file: a symlink, `..` or a hard link to a held session is refused.
    /// Once it is held, temp files an interrupted save left beside the session (they hold its text)
    /// are removed — only this program's, only stale ones ([`perms::remove_stale_temps`]) — wherever
    /// the session is.
    pub fn acquire(session_path: &Path) -> Result<SessionLock, LockError> {
        let target = real_path(session_path);
        let path = sibling(&target, "", ".lock");
        let file = lock_file(&path)?;
        let identity = lock_identity(&target).map_err(|e| match e {
            IdentityError::Held => LockError::Held(HolderInfo::default()),
            IdentityError::Io(source) => LockError::Io {
                path: target.clone(),
                source,
            },
        })?;
        let _ = perms::remove_stale_temps(&super::siblings::parent_dir(&target));
        Ok(SessionLock {
            file,
            path,
            target,
            identity,
        })
    }

    /// Whether this holder's lock file is still the one on disk. When it was deleted or replaced (by a
    /// person tidying a folder, a sync tool), a new one is taken and [`LockCheck::Recreated`] returned;
    /// when someone else locked the new one, [`LockError::Held`] says who.
    pub fn check(&mut self) -> Result<LockCheck, LockError> {
        if same_file(&self.file, &self.path) {
            return Ok(LockCheck::Held);
        }
        let file = lock_file(&self.path)?;
        let old = std::mem::replace(&mut self.file, file);
        let _ = old.unlock();
        Ok(LockCheck::Recreated)
    }

    /// Locks the session file as it is now (a save replaces it with a new file): call after each save.
    pub fn relock_identity(&mut self) -> Result<(), LockError> {
        match lock_identity(&self.target) {
            Ok(Some(file)) => {
                self.identity = Some(file);
                Ok(())
            }
            Ok(None) => Ok(()),
            Err(IdentityError::Held) => Err(LockError::Held(HolderInfo::default())),
            Err(IdentityError::Io(source)) => Err(LockError::Io {
                path: self.target.clone(),
                source,
            }),
        }
    }

    /// The real session file this lock is for (symlinks followed).
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Who holds the lock of `session_path` right now, if anyone (`None` when it is free).
    pub fn holder(session_path: &Path) -> Option<HolderInfo> {
        let path = lock_path(session_path);
        let mut file = fs::File::open(&path).ok()?;
        match file.try_lock_shared() {
            Ok(()) => {
                let _ = file.unlock();
                None
            }
            Err(TryLockError::WouldBlock) => Some(read_holder(&mut file)),
            Err(TryLockError::Error(_)) => None,
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Clear the holder info while still holding the lock; the file itself stays (removing it would
        // let two processes lock different files of the same name).
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

/// Opens and locks the lock file at `path`, recording this process as its holder.
fn lock_file(path: &Path) -> Result<File, LockError> {
    let io_err = |source| LockError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = perms::private_open_rw(path).map_err(io_err)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Err(LockError::Held(read_holder(&mut file))),
        Err(TryLockError::Error(e)) => return Err(io_err(e)),
    }
    let info = serde_json::to_vec(&HolderInfo::current()).unwrap_or_default();
    file.set_len(0)
        .and_then(|()| file.seek(SeekFrom::Start(0)).map(|_| ()))
        .and_then(|()| file.write_all(&info))
        .and_then(|()| file.sync_data())
        .map_err(io_err)?;
    Ok(file)
}

/// Why the session file itself could not be locked (Unix only; never made elsewhere).
#[cfg_attr(not(unix), allow(dead_code))]
enum IdentityError {
    Held,
    Io(io::Error),
}

/// Locks the session file itself (Unix), so every name it has — hard links included — meets the
/// same hold; `None` when it does not exist yet.
#[cfg(unix)]
fn lock_identity(target: &Path) -> Result<Option<File>, IdentityError> {
    let file = match File::open(target) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(IdentityError::Io(e)),
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Err(IdentityError::Held),
        Err(TryLockError::Error(e)) => Err(IdentityError::Io(e)),
    }
}

/// Windows: no lock on the session file itself (see the module's note).
#[cfg(not(unix))]
fn lock_identity(_target: &Path) -> Result<Option<File>, IdentityError> {
    Ok(None)
}

/// Whether the open `file` is the file now at `path` (same device and inode on Unix; elsewhere, that
/// a file is there).
fn same_file(file: &File, path: &Path) -> bool {
    let Ok(on_disk) = fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        file.metadata()
            .is_ok_and(|m| m.dev() == on_disk.dev() && m.ino() == on_disk.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = (file, on_disk);
        true
    }
}

/// The holder recorded in a lock file (unknown fields when it cannot be read, e.g. on Windows).
fn read_holder(file: &mut File) -> HolderInfo {
    let mut buf = Vec::new();
    let ok = file.seek(SeekFrom::Start(0)).is_ok() && file.take(4096).read_to_end(&mut buf).is_ok();
    if !ok {
        return HolderInfo::default();
    }
    serde_json::from_slice(&buf).unwrap_or_default()
}

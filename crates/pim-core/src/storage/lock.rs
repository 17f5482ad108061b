//! One writer per session: a `<file>.lock` beside the session, locked with `File::try_lock` (released by
//! the kernel when the holder exits, even when killed). The holder writes who it is into the lock file.

use std::fmt;
use std::fs::{self, File, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::perms;

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

/// The lock file of a session: `<file>.lock` beside it.
pub fn lock_path(session_path: &Path) -> PathBuf {
    let mut name = session_path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    session_path.with_file_name(name)
}

/// An exclusive hold on a session file, released when dropped (or when the process ends).
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
}

impl SessionLock {
    /// Takes the lock of the session at `session_path` without waiting, recording this process as holder.
    /// Fails with [`LockError::Held`] (saying who) when another instance, or another handle in this
    /// process, holds it.
    pub fn acquire(session_path: &Path) -> Result<SessionLock, LockError> {
        let path = lock_path(session_path);
        let io_err = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        let mut file = perms::private_open_rw(&path).map_err(io_err)?;
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
        Ok(SessionLock { file, path })
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

/// The holder recorded in a lock file (unknown fields when it cannot be read, e.g. on Windows).
fn read_holder(file: &mut File) -> HolderInfo {
    let mut buf = Vec::new();
    let ok = file.seek(SeekFrom::Start(0)).is_ok() && file.take(4096).read_to_end(&mut buf).is_ok();
    if !ok {
        return HolderInfo::default();
    }
    serde_json::from_slice(&buf).unwrap_or_default()
}

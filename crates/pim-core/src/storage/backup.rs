//! The backup beside each session file (`<file>.bak`, the previous good version) and restoring it.

use std::fs;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::session::{Session, TimelineKind};

use super::load::{self, LoadError, Parsed};
use super::perms;
use super::save::{SaveError, to_json_bytes, write_atomic};
pub use super::siblings::backup_path;
use super::siblings::parent_dir;

/// A restore that did not happen. The session file was not changed.
#[derive(Debug, Error)]
pub enum RestoreError {
    /// There is no backup file.
    #[error("{}", crate::t!("storage-no-backup", path = path.display().to_string(), backup = backup.display().to_string()))]
    NoBackup {
        /// The session file.
        path: PathBuf,
        /// The missing backup.
        backup: PathBuf,
    },
    /// The backup is not a readable session.
    #[error("{}", crate::t!("storage-bad-backup", error = .0.to_string()))]
    BadBackup(#[source] LoadError),
    /// Writing failed.
    #[error(transparent)]
    Save(#[from] SaveError),
}

/// Reads and checks the backup of `path` without changing anything; `Ok(None)` when there is none.
pub fn read_backup(path: &Path) -> Result<Option<Parsed>, LoadError> {
    let bak = backup_path(path);
    if !bak.exists() {
        return Ok(None);
    }
    let bytes = load::read_limited(&bak)?;
    load::parse_session(&bak, &bytes, chrono::Local::now().fixed_offset()).map(Some)
}

/// The result of a restore.
#[derive(Debug, Clone)]
pub struct Restored {
    /// The session now in the file (with its `restored` event): reload your view from it.
    pub session: Session,
    /// When the restored version had last been changed.
    pub backup_updated: chrono::DateTime<chrono::FixedOffset>,
    /// The backup file, which now holds the version that was replaced.
    pub backup: PathBuf,
}

/// Puts the backup back in place of the session file and returns the restored session, which gets a
/// `restored` timeline event. The replaced version becomes the new backup, so running it again undoes it.
/// The caller must hold the session's lock.
pub fn restore_backup(path: &Path) -> Result<Restored, RestoreError> {
    let path = &super::siblings::real_path(path);
    let bak = backup_path(path);
    let now = chrono::Local::now().fixed_offset();
    let bak_bytes = match load::read_limited(&bak) {
        Ok(b) => b,
        Err(LoadError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            return Err(RestoreError::NoBackup {
                path: path.to_path_buf(),
                backup: bak,
            });
        }
        Err(e) => return Err(RestoreError::BadBackup(e)),
    };
    let parsed = load::parse_session(&bak, &bak_bytes, now).map_err(RestoreError::BadBackup)?;
    let mut session = parsed.session;
    let backup_updated = session.updated;
    let saved = session.updated.format("%Y-%m-%d %H:%M").to_string();
    session.record(
        now,
        "",
        TimelineKind::Restored,
        crate::t!("storage-restored", saved = saved),
        None,
    );
    let current = fs::read(path).ok();
    // 1. Park the current version beside the backup, 2. write the restored session,
    // 3. move the parked version over the backup. A crash at any point loses no version.
    let parked = super::siblings::sibling(&bak, "", ".new");
    if let Some(current) = &current {
        write_atomic(&parked, current).map_err(|e| SaveError::io("keep-current", &parked, e))?;
    }
    write_atomic(path, &to_json_bytes(&session)).map_err(|e| SaveError::io("restore", path, e))?;
    if current.is_some() {
        fs::rename(&parked, &bak)
            .and_then(|()| perms::sync_dir(&parent_dir(path)))
            .map_err(|e| SaveError::io("swap-backup", &bak, e))?;
    }
    Ok(Restored {
        session,
        backup_updated,
        backup: bak,
    })
}

//! Opening a session for writing, as every front does it: take its lock, only then load it, and
//! start its saver. The warnings a person should read (permissions, a migration) come with it.

use std::path::Path;

use super::autosave::{AutosaveTiming, Autosaver, BackupPolicy};
use super::load::load_session;
use super::lock::{LockError, SessionLock};
use super::perms::permission_warning;
use super::writer::SessionWriter;
use crate::session::Session;
use crate::t;

/// A session open for writing: the session as loaded, what to tell about the file, and its saver, which
/// holds the lock (through its `SessionWriter`) as long as it runs.
pub struct Opened {
    pub session: Session,
    pub warnings: Vec<String>,
    pub autosaver: Autosaver,
}

/// Why a session could not be opened for writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenError {
    /// Another instance holds the session (who, as a phrase): it can still be read.
    Held(String),
    /// The file could not be locked or read (the sentence to show); nothing was written.
    Failed(String),
}

/// Take the lock of `path`, load the session and start its saver (backup on the first save only) with
/// the given timing (the screens retry failed saves themselves; the plain front keeps the default).
pub fn open_for_writing(path: &Path, timing: AutosaveTiming) -> Result<Opened, OpenError> {
    let lock = match SessionLock::acquire(path) {
        Ok(lock) => lock,
        Err(LockError::Held(holder)) => {
            return Err(OpenError::Held(holder.to_string()));
        }
        Err(e) => return Err(OpenError::Failed(e.to_string())),
    };
    // Load only after the lock is ours, so nobody writes between our read and our first save.
    // Never save over a file that failed to load: the lock is dropped, nothing is written.
    let loaded = load_session(path).map_err(|e| OpenError::Failed(e.to_string()))?;
    let mut warnings = loaded.warnings;
    if let Some(w) = permission_warning(path) {
        warnings.push(w);
    }
    if let Some(v) = loaded.migrated_from {
        warnings.push(match loaded.migration_backup.as_ref() {
            Some(b) => t!(
                "tui-session-migrated",
                version = v,
                backup = b.display().to_string()
            ),
            None => t!("tui-session-migrated-no-backup", version = v),
        });
    }
    let autosaver = Autosaver::for_writer(
        SessionWriter::new(lock),
        BackupPolicy::FirstSaveOnly,
        timing,
    );
    Ok(Opened {
        session: loaded.session,
        warnings,
        autosaver,
    })
}

/// Who holds a session, as a sentence (for a session read because another instance has it).
pub fn holder_sentence(path: &Path) -> String {
    match SessionLock::holder(path) {
        Some(holder) => t!("session-held-by", holder = holder.to_string()),
        None => t!("session-reading-only"),
    }
}

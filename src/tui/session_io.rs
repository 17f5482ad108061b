//! Opening, saving and closing the workshop's session: the I/O behind the effects, run by the loop.

use std::path::{Path, PathBuf};

use super::update::Action;
use crate::storage::{
    self, AutosaveTiming, Autosaver, BackupPolicy, LockError, SessionLock, SessionWriter,
};
use crate::t;

/// The saver of the open session, for the signal thread: when the loop is stuck (a terminal that went
/// away can wedge the input reader), that thread flushes it before the process leaves.
static ACTIVE_SAVER: std::sync::Mutex<Option<crate::storage::AutosaverHandle>> =
    std::sync::Mutex::new(None);

/// Save everything handed to the open session's saver so far (used when leaving on a signal).
pub fn flush_active() {
    let handle = ACTIVE_SAVER.lock().ok().and_then(|slot| slot.clone());
    if let Some(handle) = handle {
        handle.flush();
    }
}

fn set_active(handle: Option<crate::storage::AutosaverHandle>) {
    if let Ok(mut slot) = ACTIVE_SAVER.lock() {
        *slot = handle;
    }
}

/// The session the workshop has open for writing: its saver, which holds its lock.
pub struct OpenSession {
    pub path: PathBuf,
    pub autosaver: Autosaver,
}

/// The saver's timing in the workshop: a failed save is tried again when `update` asks (with a
/// growing wait, `save_failure.rs`), or with the next change; the saver's own retry is only a backstop.
fn timing() -> AutosaveTiming {
    AutosaveTiming {
        retry: std::time::Duration::from_secs(3600),
        ..AutosaveTiming::default()
    }
}

/// Open a session: take its lock and start its saver, or read it read-only. Returns the action that
/// tells `update` how it went, and the open session when it is writable.
pub fn open(path: &Path, read_only: bool) -> (Action, Option<OpenSession>) {
    if read_only {
        let action = match storage::read_session_read_only(path) {
            Ok(parsed) => Action::SessionOpened {
                path: path.to_path_buf(),
                session: Box::new(parsed.session),
                read_only: Some(holder_sentence(path)),
                warnings: parsed.warnings,
            },
            Err(e) => Action::OpenFailed(e.to_string()),
        };
        return (action, None);
    }
    let lock = match SessionLock::acquire(path) {
        Ok(lock) => lock,
        Err(LockError::Held(holder)) => {
            let message = t!("session-lock-held", holder = holder.to_string());
            return (
                Action::LockHeld {
                    path: path.to_path_buf(),
                    message,
                },
                None,
            );
        }
        Err(e) => return (Action::OpenFailed(e.to_string()), None),
    };
    // Load only after the lock is ours, so nobody writes between our read and our first save.
    let loaded = match storage::load_session(path) {
        Ok(loaded) => loaded,
        // Never save over a file that failed to load: the lock is dropped, nothing is written.
        Err(e) => return (Action::OpenFailed(e.to_string()), None),
    };
    let mut warnings = loaded.warnings;
    if let Some(w) = storage::permission_warning(path) {
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
        timing(),
    );
    let action = Action::SessionOpened {
        path: path.to_path_buf(),
        session: Box::new(loaded.session),
        read_only: None,
        warnings,
    };
    (
        action,
        Some(OpenSession {
            path: path.to_path_buf(),
            autosaver,
        }),
    )
}

fn holder_sentence(path: &Path) -> String {
    match SessionLock::holder(path) {
        Some(holder) => t!("session-held-by", holder = holder.to_string()),
        None => t!("session-reading-only"),
    }
}

/// A close whose last save failed: the sentence, and the session that could not be saved (to write
/// somewhere else).
pub struct CloseFailure {
    pub message: String,
    /// Why, in the header's words.
    pub problem: storage::SaveProblem,
    pub unsaved: Option<crate::session::Session>,
}

/// Save what is pending and release the lock. Says so when the last save failed.
pub fn close(session: OpenSession) -> Option<CloseFailure> {
    let (report, unsaved) = session.autosaver.stop_keeping_unsaved();
    // Cleared only now: a signal thread that flushes meanwhile waits for this same last save.
    set_active(None);
    match report {
        Some(storage::SaveReport::Failed { message, problem }) => Some(CloseFailure {
            message,
            problem,
            unsaved,
        }),
        _ => None,
    }
}

/// Writes a copy of `session`: into `dir` (a folder, or a file name in one) when asked, never over an
/// existing file; or with `None` the rescue copy, refreshed in place once it exists (`rescue`), else
/// new in the first of the rescue folders that takes it.
pub fn save_copy(
    session: &crate::session::Session,
    session_path: &Path,
    dir: Option<&Path>,
    rescue: &mut Option<PathBuf>,
) -> Result<PathBuf, String> {
    let name = session_path.file_name().unwrap_or_default();
    match dir {
        Some(dir) if dir.is_dir() || dir.as_os_str().is_empty() => {
            storage::save_copy_in(dir, name, session, "copy").map_err(|e| e.to_string())
        }
        Some(file) => {
            let folder = storage::save::parent_dir(file);
            let base = file
                .file_name()
                .unwrap_or(name)
                .to_string_lossy()
                .into_owned();
            storage::names::create_named(&folder, &base, session).map_err(|e| e.to_string())
        }
        None => {
            if let Some(path) = rescue.as_ref()
                && storage::write_atomic(path, &storage::save::to_json_bytes(session)).is_ok()
            {
                return Ok(path.clone());
            }
            let mut last = t!("unsaved-no-rescue-folder");
            for folder in rescue_folders() {
                match storage::save_copy_in(&folder, name, session, "rescue") {
                    Ok(path) => {
                        *rescue = Some(path.clone());
                        return Ok(path);
                    }
                    Err(e) => last = e.to_string(),
                }
            }
            Err(last)
        }
    }
}

/// Where a rescue copy goes, in order: a folder in the home folder, then one in the temp folder.
fn rescue_folders() -> Vec<PathBuf> {
    let mut folders = Vec::new();
    if let Some(home) = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()) {
        folders.push(home.join("pim-workshop-rescue"));
    }
    folders.push(std::env::temp_dir().join("pim-workshop-rescue"));
    folders
}

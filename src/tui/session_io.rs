//! Opening, saving and closing the workshop's session: the I/O behind the effects, run by the loop.

use std::path::{Path, PathBuf};

use super::update::Action;
use crate::storage::{self, Autosaver, SessionLock};
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

/// The session the workshop has open for writing: its lock and its saver.
pub struct OpenSession {
    pub path: PathBuf,
    pub autosaver: Autosaver,
    _lock: SessionLock,
}

/// Open a session: take its lock and start its saver, or read it read-only. Returns the action that
/// tells `update` how it went, and the open session when it is writable.
pub fn open(path: &Path, read_only: bool) -> (Action, Option<OpenSession>) {
    if read_only {
        let action = match storage::read_session_read_only(path) {
            Ok(parsed) => Action::SessionOpened {
                path: path.to_path_buf(),
                session: Box::new(parsed.session),
                read_only: Some(storage::holder_sentence(path)),
                warnings: parsed.warnings,
            },
            Err(e) => Action::OpenFailed(e.to_string()),
        };
        return (action, None);
    }
    let opened = match storage::open_for_writing(path) {
        Ok(opened) => opened,
        Err(storage::OpenError::Held(holder)) => {
            let message = t!("session-lock-held", holder = holder);
            return (
                Action::LockHeld {
                    path: path.to_path_buf(),
                    message,
                },
                None,
            );
        }
        Err(storage::OpenError::Failed(message)) => return (Action::OpenFailed(message), None),
    };
    let action = Action::SessionOpened {
        path: path.to_path_buf(),
        session: Box::new(opened.session),
        read_only: None,
        warnings: opened.warnings,
    };
    (
        action,
        Some(OpenSession {
            path: path.to_path_buf(),
            autosaver: opened.autosaver,
            _lock: opened.lock,
        }),
    )
}

/// Save what is pending and release the lock. Returns a sentence when the last save failed.
pub fn close(session: OpenSession) -> Option<String> {
    let report = session.autosaver.flush_and_stop();
    // Cleared only now: a signal thread that flushes meanwhile waits for this same last save.
    set_active(None);
    match report {
        Some(storage::SaveReport::Failed { message }) => Some(message),
        _ => None,
    }
}

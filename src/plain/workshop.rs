//! The session the plain front has open: the same file, lock and saver the TUI uses
//! (`storage::open_for_writing`), the same walk (`session::walk`), and one save per change, said once.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset};

use super::prompt::Io;
use crate::content::Pack;
use crate::session::Session;
use crate::storage::{self, AutosaveTiming, Autosaver, SaveReport};
use crate::t;

/// The open session, where the team is in it, and how it is saved.
pub struct Workshop {
    pub pack: Arc<Pack>,
    pub path: PathBuf,
    pub session: Session,
    /// The sub-steps this session walks, in order, and the index of the current one.
    pub substeps: Vec<String>,
    pub sub: usize,
    /// Who is recorded as making changes.
    pub by: String,
    /// The saver (which holds the lock), while the session is open for writing (None: read-only).
    saver: Option<Autosaver>,
    /// Why the session cannot be changed, when it cannot.
    pub read_only: Option<String>,
}

impl Workshop {
    /// Open `path` for writing, or, when another instance holds it, for reading (the sentence says
    /// so). Err: why it could not be opened at all.
    pub fn open(
        pack: Arc<Pack>,
        path: PathBuf,
        user: &str,
    ) -> Result<(Workshop, Vec<String>), String> {
        match storage::open_for_writing(&path, AutosaveTiming::default()) {
            Ok(opened) => {
                let saver = Some(opened.autosaver);
                Ok((
                    Workshop::new(pack, path, opened.session, saver, None, user),
                    opened.warnings,
                ))
            }
            Err(storage::OpenError::Held(holder)) => {
                let parsed = storage::read_session_read_only(&path).map_err(|e| e.to_string())?;
                let why = t!("plain-held", holder = holder);
                let w = Workshop::new(pack, path, parsed.session, None, Some(why.clone()), user);
                Ok((w, vec![why]))
            }
            Err(storage::OpenError::Failed(message)) => Err(message),
        }
    }

    /// Read `path` only (a review): no lock is taken and nothing is ever written.
    pub fn read_only(pack: Arc<Pack>, path: PathBuf, user: &str) -> Result<Workshop, String> {
        let parsed = storage::read_session_read_only(&path).map_err(|e| e.to_string())?;
        let why = t!("plain-reading-only");
        Ok(Workshop::new(
            pack,
            path,
            parsed.session,
            None,
            Some(why),
            user,
        ))
    }

    fn new(
        pack: Arc<Pack>,
        path: PathBuf,
        session: Session,
        saver: Option<Autosaver>,
        read_only: Option<String>,
        user: &str,
    ) -> Workshop {
        let by = if session.facilitator.trim().is_empty() {
            user.to_string()
        } else {
            session.facilitator.clone()
        };
        let substeps = crate::session::walk::walked_substeps(&pack, &session);
        let (sub, _) = crate::session::walk::start_position(&pack, &session, &substeps);
        Workshop {
            pack,
            path,
            session,
            substeps,
            sub,
            by,
            saver,
            read_only,
        }
    }

    /// The id of the current sub-step ("" when the template walks none).
    pub fn substep_id(&self) -> &str {
        self.substeps.get(self.sub).map_or("", String::as_str)
    }

    /// The step the current sub-step belongs to.
    pub fn step_id(&self) -> String {
        self.pack
            .substep(self.substep_id())
            .map(|(step, _)| step.id.clone())
            .unwrap_or_default()
    }

    /// True when changes can be made; else says why (one sentence) and returns false.
    pub fn can_change(&self, io: &mut Io) -> bool {
        match &self.read_only {
            Some(why) => {
                io.say(&t!("plain-cannot-change", why = why.as_str()));
                false
            }
            None => true,
        }
    }

    /// A change was made: hand the session to the saver, wait until it is on disk and say so once.
    pub fn save(&mut self, io: &mut Io) {
        let Some(saver) = &self.saver else {
            return;
        };
        saver.submit(&self.session);
        match saver.flush() {
            Some(SaveReport::Failed { message, .. }) => {
                io.say(&t!("plain-save-failed", message = message))
            }
            _ => io.say(&t!("plain-saved")),
        }
    }

    /// An answer being typed changed: hand it to the saver and wait until it is on disk, saying
    /// nothing ("saved" is said once, when the answer is entered).
    pub fn keep_draft(&mut self) {
        if let Some(saver) = &self.saver {
            saver.submit(&self.session);
            let _ = saver.flush();
        }
    }

    /// Store where the team is, so reopening the session (here or in the TUI) returns here.
    pub fn remember_position(&mut self, io: &mut Io) {
        if self.read_only.is_some() {
            return;
        }
        let substep = self.substep_id().to_string();
        let before = self.session.position.clone();
        self.session.set_position(&substep, None);
        if self.session.position != before {
            let Some(saver) = &self.saver else {
                return;
            };
            // Moving is not an answer: saved quietly.
            saver.submit(&self.session);
            if let Some(SaveReport::Failed { message, .. }) = saver.flush() {
                io.say(&t!("plain-save-failed", message = message));
            }
        }
    }

    /// Save what is pending and release the lock. Returns a sentence when the last save failed.
    pub fn close(self) -> Option<String> {
        let report = self.saver?.flush_and_stop();
        match report {
            Some(SaveReport::Failed { message, .. }) => Some(message),
            _ => None,
        }
    }
}

/// The time now, as the loop reads it (the session's changes take it as data).
pub fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

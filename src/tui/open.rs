//! The session open in the workshop, held once by the app (screens keep only their own view state), and
//! the clock the loop hands in.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::content::Pack;
use crate::session::Session;
use crate::t;

/// What the header says about saving.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SaveState {
    /// The newest snapshot handed to the saver.
    pub submitted: u64,
    /// The newest snapshot known to be on disk, and when it got there.
    pub saved: Option<(u64, DateTime<FixedOffset>)>,
    /// The last failure, until a later save succeeds.
    pub failed: Option<String>,
    /// Why it failed, in the header's words.
    pub problem: Option<crate::storage::SaveProblem>,
    /// A change was made that has not been handed to the saver yet.
    pub dirty: bool,
}

impl SaveState {
    /// The saver took the snapshot with this generation.
    pub fn queued(&mut self, generation: u64) {
        self.submitted = self.submitted.max(generation);
        self.dirty = false;
    }

    /// The saver reported: on disk (up to a generation), or a failure that stays until a save works.
    pub fn reported(&mut self, report: crate::storage::SaveReport) {
        match report {
            crate::storage::SaveReport::Saved { at, generation }
            | crate::storage::SaveReport::Moved { at, generation, .. } => {
                self.saved = Some((generation, at));
                self.failed = None;
                self.problem = None;
            }
            crate::storage::SaveReport::Failed { message, problem } => {
                self.failed = Some(message);
                self.problem = Some(problem);
            }
        }
    }

    pub fn all_saved(&self) -> bool {
        !self.dirty && self.failed.is_none() && self.saved.is_some_and(|(g, _)| g >= self.submitted)
    }
}

/// The open session: its file, its content, why it is read-only (if it is), how saving goes, and who is
/// recorded as making changes.
#[derive(Clone, Debug)]
pub struct OpenSession {
    pub path: PathBuf,
    pub session: Box<Session>,
    /// Why the session is read-only (another instance holds it), if it is.
    pub read_only: Option<String>,
    pub save: SaveState,
    /// Who is recorded as making changes: the session's facilitator, else the user the loop was
    /// started by.
    pub by: String,
    /// Where the team is, shared by every screen of the session: the sub-steps this session walks (a
    /// group file only those it was split for), the current one, and the current prompt in it.
    pub substeps: Vec<String>,
    /// Index into `substeps`.
    pub sub: usize,
    /// Index into the current sub-step's prompts (as [`OpenSession::prompts`] lists them).
    pub prompt: usize,
    /// The brief path: only the essential prompts are listed (`b` toggles it).
    pub brief_path: bool,
}

impl OpenSession {
    /// The session as opened, placed where it was left.
    pub fn new(
        pack: &Pack,
        path: PathBuf,
        session: Session,
        read_only: Option<String>,
        user: &str,
    ) -> Self {
        let by = if session.facilitator.trim().is_empty() {
            user.to_string()
        } else {
            session.facilitator.clone()
        };
        let substeps = crate::session::walk::walked_substeps(pack, &session);
        let (sub, prompt) = crate::session::walk::start_position(pack, &session, &substeps);
        OpenSession {
            path,
            session: Box::new(session),
            read_only,
            save: SaveState::default(),
            by,
            substeps,
            sub,
            prompt,
            brief_path: false,
        }
    }

    /// The current sub-step's prompts as the workshop lists them (only the essential ones on the
    /// brief path).
    pub fn prompts<'a>(&self, pack: &'a Pack) -> Vec<crate::content::PromptView<'a>> {
        crate::scoping::brief_path::shown_prompts(
            pack,
            &self.session,
            self.substep_id(),
            self.brief_path,
        )
    }

    pub fn substep_id(&self) -> &str {
        self.substeps
            .get(self.sub)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The step the current sub-step belongs to.
    pub fn step_id<'a>(&self, pack: &'a Pack) -> &'a str {
        pack.substep(self.substep_id())
            .map(|(step, _)| step.id.as_str())
            .unwrap_or("")
    }

    /// The one writable check: `Err` holds the sentence to show when the session cannot be changed.
    pub fn writable(&self) -> Result<(), String> {
        match &self.read_only {
            Some(reason) => Err(t!("session-read-only", reason = reason)),
            None => Ok(()),
        }
    }

    /// Note a change: the loop hands a snapshot to the saver once the frame is drawn.
    pub fn touch(&mut self) {
        self.save.dirty = true;
    }
}

/// The time as the loop last read it (`Action::Tick`); nothing in `update` or the views reads a clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Clock {
    pub now: DateTime<FixedOffset>,
}

impl Clock {
    pub fn at(now: DateTime<FixedOffset>) -> Self {
        Clock { now }
    }

    /// Today in the time zone of `now`.
    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }
}

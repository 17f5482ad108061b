//! The messages of the TUI: what happened (`Action`, from the loop to `update`), and the work `update`
//! asks of the loop (`Effect`). A leaf: it names only plain data, so every screen can use it without
//! import circles.

use std::path::PathBuf;

use crossterm::event::KeyEvent;

use super::library::{ReviewState, SessionRow};
use crate::session::Session;

/// Something that happened: a key, a paste, a resize, a signal.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Key(KeyEvent),
    Paste(String),
    Resize(u16, u16),
    /// SIGTERM or SIGHUP: save and leave.
    Terminate,
    /// The session list was (re)read from disk.
    SessionsScanned(Vec<SessionRow>),
    /// A library scan began and found this many files.
    ScanStarted(usize),
    /// More rows of the library scan; `done` files read so far.
    ScanRows {
        rows: Vec<SessionRow>,
        done: usize,
    },
    /// A session was read for the read-only overview.
    ReviewLoaded(Box<ReviewState>),
    /// A search inside the library's sessions began over this many files.
    FindStarted(usize),
    /// More sessions with matches; `done` files searched so far, `unreadable` of them unreadable.
    FindHits {
        sessions: Vec<crate::search::SessionHits>,
        unreadable: usize,
        done: usize,
    },
    /// A session was opened for the workshop (`read_only` says why it is read-only, if it is).
    SessionOpened {
        path: PathBuf,
        session: Box<Session>,
        read_only: Option<String>,
        warnings: Vec<String>,
    },
    /// Another instance has the session open.
    LockHeld {
        path: PathBuf,
        message: String,
    },
    /// A session could not be opened (the message is a sentence).
    OpenFailed(String),
    /// A landscape table was read for import (or could not be: the error is a sentence).
    LandscapeFile {
        path: PathBuf,
        text: Result<crate::landscape::RawTable, String>,
    },
    /// The saver took the snapshot with this generation.
    SaveQueued(u64),
    /// The saver reported.
    SaveReport(crate::storage::SaveReport),
    /// The clock, on every turn of the loop (timers are a function of it).
    Tick(chrono::DateTime<chrono::FixedOffset>),
    /// The loop ran one of the facilitator toolkit's effects.
    Facil(FacilAction),
    /// A copy of the session was written (`asked`: the one asked for when leaving; else the rescue
    /// copy), or why not.
    CopySaved {
        asked: bool,
        result: Result<PathBuf, String>,
    },
}

/// Work the loop must do for `update`.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Quit,
    ScanSessions,
    /// Read a session file (read-only) for the overview.
    LoadReview(PathBuf),
    /// Read a session file for the overview, scrolled to the first match of `query` from `anchor`.
    LoadReviewAt {
        path: PathBuf,
        query: String,
        anchor: String,
    },
    /// Search inside the library's sessions.
    SearchLibrary(String),
    /// Open a session for the workshop: take its lock, or read it read-only.
    OpenSession {
        path: PathBuf,
        read_only: bool,
    },
    /// The open session changed: hand a snapshot to the saver. The loop does it once the frame is drawn
    /// and no key is waiting, so copying a large session never comes between a key and its frame.
    SubmitSave,
    /// Hand this session to the saver now: the workshop was left with changes not yet handed over.
    SaveSnapshot(Box<Session>),
    /// Save what is pending, release the lock.
    CloseSession,
    /// Ask the saver to try the failed save again now.
    RetrySave,
    /// Write a copy of the session: into `dir` (asked for when leaving), or with `None` the rescue
    /// copy in a second place (`save_failure.rs`).
    SaveCopy {
        session: Box<Session>,
        dir: Option<PathBuf>,
    },
    /// Write a new session file (from the wizard), then open it.
    CreateSession(Box<Session>),
    /// Write an export of a session.
    Export {
        session: Box<Session>,
        session_path: PathBuf,
        format: crate::export::Format,
        out: PathBuf,
        /// A landscape table's sharing level (and an agreement's systems).
        options: crate::export::ExportOptions,
    },
    /// Read a landscape table (CSV) to import into the open session.
    ReadLandscapeFile(PathBuf),
    /// Files and the bell for the facilitator's toolkit.
    Facil(FacilEffect),
}

/// Work for the loop (files); see `facil_io`.
#[derive(Clone, Debug, PartialEq)]
pub enum FacilEffect {
    /// Ring the terminal bell.
    Bell,
    /// Write these group sessions as new files in `dir`.
    WriteGroups { dir: PathBuf, groups: Vec<Session> },
    /// Read these group files (untrusted, read-only).
    ReadGroups(Vec<PathBuf>),
    /// List the group files in `dir` split from the plenary `plenary_id`.
    FindGroups { dir: PathBuf, plenary_id: String },
    /// May this file be archived (a merged group file or conflict copy)? Read only.
    CheckArchive(PathBuf),
    /// Move this file into the `archive` folder beside it.
    Archive(PathBuf),
    /// Write a text file (never over the session file).
    WriteText {
        out: PathBuf,
        session_path: PathBuf,
        text: String,
    },
}

pub use super::live::LiveFile;

/// What the loop reports back.
#[derive(Clone, Debug, PartialEq)]
pub enum FacilAction {
    /// A file followed live changed (see `live_io`).
    Live(LiveFile),
    /// Whether a file may be archived (or the sentence why not).
    ArchiveChecked(Result<crate::storage::archive::Archivable, String>),
    /// A file was archived: from where to where (or why not).
    Archived(Result<(PathBuf, PathBuf), String>),
    /// A text file was written (or why not).
    Written(Result<PathBuf, String>),
    GroupsFound(Vec<PathBuf>),
    GroupsWritten(Result<Vec<PathBuf>, String>),
    GroupsRead(Vec<(PathBuf, Result<Session, String>)>),
}

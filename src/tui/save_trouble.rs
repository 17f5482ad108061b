//! The state of a failed save (what `save_failure.rs` changes and `view/unsaved.rs` shows): plain data,
//! so the app can hold it without importing the logic.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

/// How the program left, for the exit status (see README, "Exit status").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Exit {
    /// Everything is in the session file.
    #[default]
    Saved,
    /// The user chose to leave without the changes that could not be saved.
    Lost,
    /// The changes are only in a copy (the path).
    CopyOnly(PathBuf),
}

/// The failed-save state of the open session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SaveTrouble {
    /// Failed saves in a row (0 once one works).
    pub failures: u32,
    /// When the saver is asked to try again.
    pub retry_at: Option<DateTime<FixedOffset>>,
    /// Where the rescue copy was written, once it was.
    pub rescue: Option<PathBuf>,
    /// The rescue copy was asked for and has not come back yet.
    pub rescue_pending: bool,
    /// The question asked when leaving with unsaved changes.
    pub dialog: Option<QuitDialog>,
    /// The default folder for a copy (the home folder; the loop reads it).
    pub home: PathBuf,
    /// How the program is leaving.
    pub exit: Exit,
}

/// The quit-with-unsaved-changes question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuitDialog {
    /// The folder being typed for a copy, when `c` was pressed.
    pub prompt: Option<String>,
    /// A retry is running; the program leaves when it works.
    pub retrying: bool,
    /// What went wrong with the last choice (a sentence).
    pub error: Option<String>,
}

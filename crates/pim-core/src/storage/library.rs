//! The list of sessions in a folder, for the home screen. A broken file is listed with its error,
//! never hidden. Scanning reads only `*.json` files and never writes anything.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::SystemTime;

use chrono::{DateTime, FixedOffset};

use super::load;
use crate::content::Pack;
use crate::export::outline;
use crate::session::{Progress, Session};

/// What the home screen shows about one readable session file.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionSummary {
    /// The file.
    pub path: PathBuf,
    /// Session title.
    pub title: String,
    /// Template id.
    pub template: String,
    /// Operation (from the context).
    pub operation: String,
    /// Facilitator.
    pub facilitator: String,
    /// When the session was last changed.
    pub updated: DateTime<FixedOffset>,
    /// Sub-steps done or skipped.
    pub done: usize,
    /// Sub-steps with a record in the file (the template may have more).
    pub total_known: usize,
    /// Number of decisions.
    pub decisions: usize,
    /// Actions still open or in progress.
    pub open_actions: usize,
    /// Open actions whose due date is before the day of the scan.
    pub overdue_actions: usize,
    /// The file's schema version when older than the current one (it will be upgraded when opened).
    pub needs_migration: Option<u32>,
    /// Problems that do not stop it from opening.
    pub warnings: Vec<String>,
}

/// One file in the sessions folder.
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryEntry {
    /// A session that can be opened.
    Ok(SessionSummary),
    /// A `.json` file that cannot be opened, with the reason (a full sentence).
    Err {
        /// The file.
        path: PathBuf,
        /// Why it cannot be opened.
        message: String,
    },
}

impl LibraryEntry {
    /// The file this entry is about.
    pub fn path(&self) -> &Path {
        match self {
            LibraryEntry::Ok(s) => &s.path,
            LibraryEntry::Err { path, .. } => path,
        }
    }
}

/// The session files in `dir` (`*.json`, not hidden, not folders), most recently modified first, so a
/// screen can show the newest rows while the rest are read.
pub fn session_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(read) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(SystemTime, PathBuf)> = read
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            !name.starts_with('.')
                && name.ends_with(".json")
                && !entry.file_type().is_ok_and(|t| t.is_dir())
        })
        .map(|entry| {
            let mtime = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            (mtime, entry.path())
        })
        .collect();
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    files.into_iter().map(|(_, p)| p).collect()
}

/// How far a session has come, as the library and `pim-workshop list` show it. With the pack: over
/// the sub-steps the session covers (its template's, and any other with a record), so a new session
/// is "0 of 12". Without one (the library scan reads no pack): over the sub-steps with a record only.
pub fn session_progress(session: &Session, pack: Option<&Pack>) -> Progress {
    match pack {
        Some(pack) => {
            let ids = outline::session_substeps(session, pack);
            session.progress_of(ids.iter().map(|(id, _)| id.as_str()))
        }
        None => session.progress(),
    }
}

/// Read one session file for the library: its summary, or why it cannot be opened. Never writes.
pub fn read_entry(path: &Path, now: DateTime<FixedOffset>) -> LibraryEntry {
    read_entry_with(path, now, None)
}

/// As [`read_entry`], with the pack when there is one: the progress is then over every sub-step the
/// session covers ("0 of 12" for a new session), as `pim-workshop list` says.
pub fn read_entry_with(
    path: &Path,
    now: DateTime<FixedOffset>,
    pack: Option<&Pack>,
) -> LibraryEntry {
    // The summary pass: the large parts of the file are skipped, not built (`skim`).
    let result =
        load::read_limited(path).and_then(|bytes| super::skim::skim_session(path, &bytes, now));
    match result {
        Ok(p) => {
            let s = p.session;
            let progress = session_progress(&s, pack);
            let mut warnings = p.warnings;
            // A file others can read is said on its row (Unix).
            warnings.extend(super::perms::permission_issue(path));
            // A copy a sync engine left beside the real file is said on its row (groups, #18).
            warnings.extend(super::conflict_copies::library_warning(path));
            LibraryEntry::Ok(SessionSummary {
                path: path.to_path_buf(),
                done: progress.finished(),
                total_known: progress.total,
                decisions: s.decisions.len(),
                open_actions: s.open_action_count(),
                overdue_actions: s.overdue_actions(now.date_naive()).len(),
                title: s.title,
                template: s.template,
                operation: s.context.operation,
                facilitator: s.facilitator,
                updated: s.updated,
                needs_migration: p.migrated_from,
                warnings,
            })
        }
        Err(e) => LibraryEntry::Err {
            path: path.to_path_buf(),
            message: e.to_string(),
        },
    }
}

/// Reads the entries of `files` on every core and gives each to `each(done, entry)` on the calling
/// thread as it is ready (`done`: entries given so far); `each` returning `false`, or `stop`, ends it.
pub fn for_each_entry(
    files: &[PathBuf],
    now: DateTime<FixedOffset>,
    pack: Option<&Pack>,
    stop: &AtomicBool,
    each: impl FnMut(usize, LibraryEntry) -> bool,
) {
    super::parallel::for_each(
        files.len(),
        stop,
        |i| read_entry_with(&files[i], now, pack),
        each,
    );
}

/// Every session file in `dir`, newest change first (broken files by their modification time); a file
/// that cannot be read is listed with its error, never left out.
pub fn scan_dir(dir: &Path) -> Vec<LibraryEntry> {
    scan_dir_with(dir, None)
}

/// As [`scan_dir`], with the pack when there is one (see [`read_entry_with`]). The files are read
/// on every core; nothing is kept of a session but its row.
pub fn scan_dir_with(dir: &Path, pack: Option<&Pack>) -> Vec<LibraryEntry> {
    let now = chrono::Local::now().fixed_offset();
    let files = session_files(dir);
    let mut entries: Vec<(DateTime<FixedOffset>, LibraryEntry)> = Vec::with_capacity(files.len());
    let stop = AtomicBool::new(false);
    for_each_entry(&files, now, pack, &stop, |_, entry| {
        let key = match &entry {
            LibraryEntry::Ok(s) => s.updated,
            LibraryEntry::Err { path, .. } => fs::metadata(path)
                .and_then(|m| m.modified())
                .map(to_datetime)
                .unwrap_or_default(),
        };
        entries.push((key, entry));
        true
    });
    entries.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.path().cmp(b.1.path())));
    entries.into_iter().map(|(_, e)| e).collect()
}

fn to_datetime(t: SystemTime) -> DateTime<FixedOffset> {
    DateTime::<chrono::Utc>::from(t).fixed_offset()
}

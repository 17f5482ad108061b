//! Archiving merged group files (and sync engines' conflict copies) from the library: the file, and
//! its `.bak` backup, move into an `archive` folder beside it — never deleted, never over another
//! file. Only a file whose work is all in its plenary (a merge would bring nothing new) may go, and
//! never one that is open in a pim-workshop.

use std::path::{Path, PathBuf};

use super::groups::{GroupOutcome, merge_loaded};
use super::load::read_session_read_only;
use super::lock::{LockError, SessionLock};
use crate::t;

/// The folder archived files go to, inside the sessions folder.
pub const ARCHIVE_DIR: &str = "archive";

/// A file that may be archived: what the question before it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archivable {
    pub path: PathBuf,
    /// The group's name as the plenary shows it.
    pub group: String,
    pub plenary_title: String,
}

/// Whether the file at `path` may be archived: a group file (or a conflict copy) whose plenary is
/// in the same folder and already holds all its work. `Err` is the sentence saying why not and what
/// to do. Reads only; never locks or writes.
pub fn check(path: &Path) -> Result<Archivable, String> {
    let session = read_session_read_only(path)
        .map_err(|e| e.to_string())?
        .session;
    let copy = super::conflict_copies::conflict_copy(path).is_some();
    let plenary_id = match &session.breakout.origin {
        Some(origin) => origin.plenary_id.clone(),
        None if copy => session.id.clone(),
        None => return Err(t!("groups-archive-not-group")),
    };
    let dir = super::siblings::parent_dir(path);
    let plenary = super::library::session_files(&dir)
        .into_iter()
        .filter(|p| p != path && super::conflict_copies::conflict_copy(p).is_none())
        .filter_map(|p| read_session_read_only(&p).ok())
        .map(|parsed| parsed.session)
        .find(|s| s.id == plenary_id && s.breakout.origin.is_none())
        .ok_or_else(|| t!("groups-archive-no-plenary"))?;
    let mut trial = plenary.clone();
    let outcome = merge_loaded(
        &mut trial,
        vec![(path.to_path_buf(), Ok(session.clone()))],
        chrono::DateTime::default(),
        "",
    );
    let group = match outcome.into_iter().next().map(|(_, o)| o) {
        Some(GroupOutcome::Merged(report)) if !report.changed() => report.group,
        Some(GroupOutcome::Merged(_)) => {
            return Err(t!(
                "groups-archive-not-merged",
                plenary = crate::display::one_line(&plenary.title)
            ));
        }
        Some(GroupOutcome::Skipped(why)) => return Err(why),
        None => return Err(t!("groups-archive-not-group")),
    };
    Ok(Archivable {
        path: path.to_path_buf(),
        group,
        plenary_title: plenary.title,
    })
}

/// Moves the file at `path` (and its backup) into the `archive` folder beside it (made 0700 when
/// missing), under a name no file there has; returns where it went. Refused while the file is open
/// in a pim-workshop.
pub fn archive(path: &Path) -> Result<PathBuf, String> {
    let _lock = SessionLock::acquire(path).map_err(|e| match e {
        LockError::Held(holder) => t!("groups-archive-open", holder = holder.to_string()),
        other => other.to_string(),
    })?;
    let dir = super::siblings::parent_dir(path).join(ARCHIVE_DIR);
    super::perms::create_private_dir(&dir).map_err(|e| e.to_string())?;
    let name = path
        .file_name()
        .ok_or_else(|| t!("groups-archive-not-group"))?
        .to_string_lossy()
        .into_owned();
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => name.split_at(i),
        _ => (name.as_str(), ""),
    };
    let target = (1..)
        .map(|n| match n {
            1 => dir.join(&name),
            n => dir.join(format!("{stem}-{n}{ext}")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(&name));
    std::fs::rename(path, &target).map_err(|e| e.to_string())?;
    let backup = super::siblings::backup_path(path);
    if backup.is_file() {
        let _ = std::fs::rename(&backup, super::siblings::backup_path(&target));
    }
    Ok(target)
}

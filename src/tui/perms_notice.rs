//! The home screen's word about privacy: a sessions folder or session files other users of the
//! computer can read (Unix; the checks are the domain's `storage::permission_issue`). Run by the loop
//! when a library scan ends (it reads the files' modes).

use std::path::PathBuf;

use super::library::{Notice, NoticeKind, SessionRow};
use crate::storage;
use crate::t;

/// The warning for the folders listed and their rows, if any of them is open to others.
pub fn home_notice(dirs: &[PathBuf], rows: &[SessionRow]) -> Option<Notice> {
    let mut parts: Vec<String> = dirs
        .iter()
        .filter_map(|d| storage::permission_warning(d))
        .collect();
    let loose: Vec<&SessionRow> = rows
        .iter()
        .filter(|r| storage::permission_issue(&r.path).is_some())
        .collect();
    if let Some(first) = loose.first() {
        parts.push(t!(
            "perms-loose-files",
            count = loose.len(),
            example = first.path.display().to_string()
        ));
    }
    if parts.is_empty() {
        return None;
    }
    Some(Notice {
        kind: NoticeKind::Warning,
        text: parts.join(" "),
    })
}

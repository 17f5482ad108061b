//! The loop's side of the facilitator's toolkit: the bell, group files and summary files.

use std::io::Write as _;

use super::facil::{FacilAction, FacilEffect};
use crate::session::Session;

/// Carry out one effect; what it found comes back as an action for `update`.
pub fn run(effect: FacilEffect) -> Option<FacilAction> {
    match effect {
        FacilEffect::Bell => {
            let mut out = std::io::stdout();
            let _ = out.write_all(b"\x07").and_then(|()| out.flush());
            None
        }
        FacilEffect::WriteGroups { dir, groups } => Some(FacilAction::GroupsWritten(
            crate::storage::groups::write_round(&dir, groups).map_err(|e| e.to_string()),
        )),
        FacilEffect::FindGroups { dir, plenary_id } => {
            // In group order (B16): round, then the group's number.
            let found = crate::storage::groups::group_files(&dir, &plenary_id)
                .into_iter()
                .map(|(path, _)| path)
                .collect();
            Some(FacilAction::GroupsFound(found))
        }
        FacilEffect::ReadGroups(paths) => {
            let loaded: Vec<(std::path::PathBuf, Result<Session, String>)> = paths
                .into_iter()
                .map(|p| {
                    let r = crate::storage::read_session_read_only(&p)
                        .map(|parsed| parsed.session)
                        .map_err(|e| e.to_string());
                    (p, r)
                })
                .collect();
            Some(FacilAction::GroupsRead(loaded))
        }
        FacilEffect::CheckArchive(path) => Some(FacilAction::ArchiveChecked(
            crate::storage::archive::check(&path),
        )),
        FacilEffect::Archive(path) => Some(FacilAction::Archived(
            crate::storage::archive::archive(&path).map(|to| (path, to)),
        )),
        FacilEffect::WriteText {
            out,
            session_path,
            text,
        } => {
            let made_dir = match out.parent() {
                Some(dir) if !dir.as_os_str().is_empty() && !dir.exists() => {
                    crate::storage::create_private_dir(dir).map_err(|e| e.to_string())
                }
                _ => Ok(()),
            };
            let result = made_dir.and_then(|()| {
                crate::export::write_file_beside(&out, &session_path, &text, true)
                    .map_err(|e| e.to_string())
            });
            Some(FacilAction::Written(result.map(|()| out)))
        }
    }
}

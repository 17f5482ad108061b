//! Group files on disk: `split` writes one new session file per group beside the plenary; `merge` brings
//! group files into a plenary under its lock, saving only when something came in.
//!
//! The plenary is never written when it failed to load, when its lock is held elsewhere, or when no group
//! brought anything new. Group files are read like any untrusted file (size limit, sanitised, never
//! written); one that cannot be read or belongs elsewhere is reported and skipped.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use thiserror::Error;

use super::load::{LoadError, load_session, read_session_read_only};
use super::lock::{LockError, SessionLock};
use super::names::create_session_file;
use super::save::{SaveError, save_session};
use crate::session::Session;
use crate::session::breakout::{self, GroupOrigin, MergeReport};
use crate::session::group_plan::GroupPlan;

/// The most groups one split makes.
pub const MAX_GROUPS: usize = 30;

/// Why a split or merge did nothing.
#[derive(Debug, Error)]
pub enum GroupFileError {
    #[error("{0}")]
    Load(#[from] LoadError),
    #[error("{0}")]
    Lock(#[from] LockError),
    #[error("{0}")]
    Save(#[from] SaveError),
    #[error("{}", crate::t!("storage-group-count", max = MAX_GROUPS))]
    GroupCount,
    #[error("{0}")]
    Steps(String),
}

/// What happened to one group file in a merge.
#[derive(Debug)]
pub enum GroupOutcome {
    Merged(MergeReport),
    /// The file could not be read or does not belong to this plenary (a sentence).
    Skipped(String),
}

/// Writes one group file per group of `plan` for the plenary at `plenary_path`, in the same folder
/// (0600, atomic, never over an existing file), and returns their paths in group order.
pub fn split_files(
    plenary_path: &Path,
    plan: &GroupPlan,
    substeps: &[String],
    now: DateTime<FixedOffset>,
    by: &str,
) -> Result<Vec<PathBuf>, GroupFileError> {
    if plan.groups.is_empty() || plan.groups.len() > MAX_GROUPS {
        return Err(GroupFileError::GroupCount);
    }
    let plenary = read_session_read_only(plenary_path)?.session;
    let dir = super::siblings::parent_dir(plenary_path);
    write_round(
        &dir,
        breakout::split_plan(&plenary, plan, substeps, now, by),
    )
}

/// Writes new group sessions into `dir` as the plenary's next breakout round (one after the rounds
/// whose files are in the folder), in group order.
pub fn write_round(dir: &Path, mut groups: Vec<Session>) -> Result<Vec<PathBuf>, GroupFileError> {
    let Some(plenary_id) = groups
        .first()
        .and_then(|g| g.breakout.origin.as_ref())
        .map(|o| o.plenary_id.clone())
    else {
        return Err(GroupFileError::GroupCount);
    };
    let found = group_files(dir, &plenary_id);
    let round = breakout::next_round(found.iter().map(|(_, o)| o));
    breakout::stamp_round(&mut groups, round);
    let mut paths = Vec::new();
    for group in &groups {
        paths.push(create_session_file(dir, group)?);
    }
    Ok(paths)
}

/// The group files in `dir` split from the plenary `plenary_id` (and conflict copies of it), each
/// with its origin, in group order (round, then number). Read like any untrusted file: never locked, never written.
pub fn group_files(dir: &Path, plenary_id: &str) -> Vec<(PathBuf, GroupOrigin)> {
    let mut found: Vec<(PathBuf, GroupOrigin)> = super::library::session_files(dir)
        .into_iter()
        .filter_map(|p| {
            let session = read_session_read_only(&p).ok()?.session;
            match session.breakout.origin {
                Some(origin) => (origin.plenary_id == plenary_id).then_some((p, origin)),
                // A sync engine's conflict copy of the plenary itself merges too.
                None => (session.id == plenary_id
                    && super::conflict_copies::conflict_copy(&p).is_some())
                .then(|| (p, GroupOrigin::default())),
            }
        })
        .collect();
    // A group's conflict copies come right after it.
    let is_copy = |p: &Path| super::conflict_copies::conflict_copy(p).is_some();
    found.sort_by(|a, b| {
        a.1.order()
            .cmp(&b.1.order())
            .then_with(|| is_copy(&a.0).cmp(&is_copy(&b.0)))
            .then_with(|| a.0.cmp(&b.0))
    });
    found
}

/// Merges group files into the plenary at `plenary_path` (see the module documentation) and returns,
/// per group file, what happened.
pub fn merge_files(
    plenary_path: &Path,
    group_paths: &[PathBuf],
    now: DateTime<FixedOffset>,
    by: &str,
) -> Result<Vec<(PathBuf, GroupOutcome)>, GroupFileError> {
    let _lock = SessionLock::acquire(plenary_path)?;
    let mut plenary = load_session(plenary_path)?.session;
    let groups: Vec<(PathBuf, Result<Session, String>)> = group_paths
        .iter()
        .map(|p| {
            let loaded = read_session_read_only(p)
                .map(|parsed| parsed.session)
                .map_err(|e| e.to_string());
            (p.clone(), loaded)
        })
        .collect();
    let outcomes = merge_loaded(&mut plenary, groups, now, by);
    if outcomes
        .iter()
        .any(|(_, o)| matches!(o, GroupOutcome::Merged(r) if r.changed()))
    {
        save_session(plenary_path, &plenary)?;
    }
    Ok(outcomes)
}

/// Merges group sessions already read (or the reason each could not be) into a plenary in memory: the
/// part of [`merge_files`] the TUI shares, since it holds the plenary open itself.
pub fn merge_loaded(
    plenary: &mut Session,
    groups: Vec<(PathBuf, Result<Session, String>)>,
    now: DateTime<FixedOffset>,
    by: &str,
) -> Vec<(PathBuf, GroupOutcome)> {
    // A sync engine's conflict copy merges under its own key (see `session::conflict_merge`).
    let mut groups: Vec<(PathBuf, Result<Session, String>)> = groups
        .into_iter()
        .map(|(path, loaded)| {
            let loaded = match (loaded, super::conflict_copies::conflict_copy(&path)) {
                (Ok(copy), Some(_)) => {
                    let name = path.file_name().unwrap_or_default().to_string_lossy();
                    Ok(crate::session::conflict_merge::as_mergeable(
                        copy, plenary, &name,
                    ))
                }
                (loaded, _) => loaded,
            };
            (path, loaded)
        })
        .collect();
    // In group order (round, then number), whatever order the files were given or found in.
    groups.sort_by_key(|(_, loaded)| group_order(loaded));
    groups
        .into_iter()
        .map(|(path, loaded)| {
            let outcome = match loaded {
                Ok(group) => match breakout::merge(plenary, &group, now, by) {
                    Ok(report) => GroupOutcome::Merged(report),
                    Err(e) => GroupOutcome::Skipped(crate::t!(
                        "storage-not-merged",
                        reason = e.to_string()
                    )),
                },
                Err(e) => GroupOutcome::Skipped(crate::t!("storage-not-merged", reason = e)),
            };
            (path, outcome)
        })
        .collect()
}

/// Where a loaded group file stands among the groups: its round, then its number; unreadable files
/// and files of unknown order last.
fn group_order(loaded: &Result<Session, String>) -> (u32, u32) {
    loaded
        .as_ref()
        .ok()
        .and_then(|s| s.breakout.origin.as_ref())
        .map_or(breakout::UNKNOWN_ORDER, GroupOrigin::order)
}

/// The sub-steps named by `ids` (comma-separated step or sub-step ids; a step stands for its sub-steps),
/// limited to the template's, in process order. Empty `ids` means all of the template's sub-steps.
pub fn resolve_steps(
    pack: &crate::content::Pack,
    template: &str,
    ids: &str,
) -> Result<Vec<String>, GroupFileError> {
    let allowed = pack.template_substeps(template);
    let wanted: Vec<&str> = ids
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if wanted.is_empty() {
        return Ok(allowed.into_iter().map(str::to_string).collect());
    }
    let mut chosen = std::collections::BTreeSet::new();
    for id in &wanted {
        if let Some(step) = pack.step(id) {
            chosen.extend(step.substeps.iter().map(|s| s.id.as_str()));
        } else if pack.substep(id).is_some() {
            chosen.insert(*id);
        } else {
            return Err(GroupFileError::Steps(crate::t!(
                "storage-not-a-step",
                id = format!("{id:?}")
            )));
        }
    }
    let out: Vec<String> = allowed
        .into_iter()
        .filter(|s| chosen.contains(s))
        .map(str::to_string)
        .collect();
    if out.is_empty() {
        return Err(GroupFileError::Steps(crate::t!(
            "storage-steps-not-in-template"
        )));
    }
    Ok(out)
}

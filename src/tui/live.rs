//! Live groups (pure state): what the open plenary knows of its groups' files as they are saved in
//! a shared folder, before anyone merges them; and the groups' columns the workshop and the
//! presenter view show — the merged answers, with each live group's newest answer in its place,
//! titled "Group 2 · updated 40 s ago". Files come in as `LiveFile`s from `live_io`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use crate::session::Session;
use crate::session::breakout;
use crate::t;

/// A session file in the open session's folder, read (read-only) after it changed: a group file of
/// the open plenary, or the open session itself when it is read-only.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveFile {
    pub path: PathBuf,
    pub session: Box<Session>,
    /// The file's modification time.
    pub modified: chrono::DateTime<chrono::FixedOffset>,
}

/// One group file as last read.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveGroup {
    pub path: PathBuf,
    /// The plenary it was split from.
    pub plenary_id: String,
    /// The group session's id.
    pub session_id: String,
    /// The group's name as the plenary shows it.
    pub name: String,
    /// Round, then number: the order groups are shown in.
    pub order: (u32, u32),
    /// Non-empty answers keyed `substep/prompt`.
    pub answers: BTreeMap<String, String>,
    /// When the file last changed.
    pub modified: DateTime<FixedOffset>,
}

/// The open plenary's group files, by file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LiveGroups {
    pub groups: Vec<LiveGroup>,
}

impl LiveGroups {
    /// A group file of `plenary` was read: keep its answers (a file of another plenary is ignored).
    pub fn observe(&mut self, plenary: &Session, file: &LiveFile) {
        let Some(origin) = file.session.breakout.origin.as_ref() else {
            return;
        };
        if origin.plenary_id != plenary.id || file.session.id == plenary.id {
            return;
        }
        let mut name = breakout::display_name(origin);
        let file_name = file.path.file_name().unwrap_or_default().to_string_lossy();
        if crate::storage::conflict_copies::conflict_copy_of(&file_name, |_| false).is_some() {
            name = t!("groups-conflict-copy-tag", group = name);
        }
        let answers = file
            .session
            .substeps
            .iter()
            .flat_map(|(sub, rec)| {
                rec.answers
                    .iter()
                    .filter(|(_, a)| !a.text.trim().is_empty())
                    .map(move |(prompt, a)| (format!("{sub}/{prompt}"), a.text.clone()))
            })
            .collect();
        let group = LiveGroup {
            path: file.path.clone(),
            plenary_id: plenary.id.clone(),
            session_id: file.session.id.clone(),
            name,
            order: origin.order(),
            answers,
            modified: file.modified,
        };
        match self.groups.iter_mut().find(|g| g.path == file.path) {
            Some(g) => *g = group,
            None => self.groups.push(group),
        }
        self.groups
            .sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.path.cmp(&b.path)));
    }
}

/// One group's column under a prompt.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupColumn {
    /// "Group 2", or "Group 2 · updated 40 s ago" for a live one.
    pub title: String,
    pub text: String,
    /// Earlier wordings merged before.
    pub earlier: Vec<String>,
}

/// "updated 40 s ago" from a change at `at`, seen `now`.
pub fn updated_ago(at: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> String {
    let secs = (now - at).num_seconds().max(0);
    let (unit, n) = match secs {
        0..5 => ("now", 0),
        5..60 => ("s", secs),
        60..3600 => ("min", secs / 60),
        _ => ("h", secs / 3600),
    };
    t!("groups-updated-ago", unit = unit, n = n)
}

/// The groups' columns for one prompt, in group order: the merged answers, and each live group's
/// newest answer in its group's place (or after, for a group never merged).
pub fn columns(
    session: &Session,
    live: &LiveGroups,
    substep: &str,
    prompt: &str,
    now: DateTime<FixedOffset>,
) -> Vec<GroupColumn> {
    let key = format!("{substep}/{prompt}");
    let merged = &session.breakout.merged;
    let mut out: Vec<((u32, u32), String, GroupColumn)> = session
        .breakout
        .answers
        .get(&key)
        .into_iter()
        .flatten()
        .map(|a| {
            let order = merged
                .get(&a.group_session)
                .map_or(breakout::UNKNOWN_ORDER, |m| m.order());
            let column = GroupColumn {
                title: a.group.clone(),
                text: a.text.clone(),
                earlier: a.earlier.clone(),
            };
            (order, a.group_session.clone(), column)
        })
        .collect();
    for g in live.groups.iter().filter(|g| g.plenary_id == session.id) {
        let Some(text) = g.answers.get(&key) else {
            continue;
        };
        let title = t!(
            "groups-live-title",
            group = g.name.as_str(),
            updated = updated_ago(g.modified, now)
        );
        match out.iter_mut().find(|(_, id, _)| *id == g.session_id) {
            Some((_, _, column)) => {
                column.title = title;
                column.text = text.clone();
            }
            None => out.push((
                g.order,
                g.session_id.clone(),
                GroupColumn {
                    title,
                    text: text.clone(),
                    earlier: Vec::new(),
                },
            )),
        }
    }
    out.sort_by_key(|(order, _, _)| *order);
    out.into_iter().map(|(_, _, c)| c).collect()
}

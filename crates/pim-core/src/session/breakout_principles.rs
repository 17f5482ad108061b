//! The groups' Principles in Action, merged into a plenary as proposals beside the plenary's own
//! (never over them), and the group order every merged list keeps.

use chrono::{DateTime, FixedOffset};

use super::breakout_records::GroupPrinciple;
use super::model::Session;
use super::status::PrincipleStatus;

/// Brings the group's principle statuses and notes into `plenary.breakout.principles`, attributed
/// to the group `name`; a principle the group left open with no note brings nothing. Returns how
/// many were new or changed; merging the same group again returns 0 and changes nothing.
pub(super) fn merge_principles(
    plenary: &mut Session,
    group: &Session,
    name: &str,
    now: DateTime<FixedOffset>,
) -> usize {
    let mut changed = 0;
    for (substep, record) in &group.substeps {
        for (principle, check) in &record.principles {
            if check.status == PrincipleStatus::Open && check.note.trim().is_empty() {
                continue;
            }
            let key = format!("{substep}/{principle}");
            let list = plenary.breakout.principles.entry(key).or_default();
            match list.iter_mut().find(|p| p.group_session == group.id) {
                Some(p) if p.status == check.status && p.note == check.note => {}
                Some(p) => {
                    p.status = check.status;
                    p.note = check.note.clone();
                    p.group = name.to_string();
                    p.at = check.at;
                    p.merged_at = now;
                    changed += 1;
                }
                None => {
                    list.push(GroupPrinciple {
                        group: name.to_string(),
                        group_session: group.id.clone(),
                        status: check.status,
                        note: check.note.clone(),
                        at: check.at,
                        merged_at: now,
                        extra: Default::default(),
                    });
                    changed += 1;
                }
            }
        }
    }
    changed
}

/// Puts every merged list (answers, principles) in group order — round, then the group's number —
/// whatever order the files were merged in. Stable: groups of unknown order keep theirs.
pub(super) fn keep_group_order(plenary: &mut Session) {
    let merged = &plenary.breakout.merged;
    let order = |session: &str| {
        merged
            .get(session)
            .map_or(super::breakout_records::UNKNOWN_ORDER, |m| m.order())
    };
    for list in plenary.breakout.answers.values_mut() {
        list.sort_by_key(|a| order(&a.group_session));
    }
    for list in plenary.breakout.principles.values_mut() {
        list.sort_by_key(|p| order(&p.group_session));
    }
}

/// The groups' proposals for one principle in one sub-step, in group order.
pub fn proposals<'a>(plenary: &'a Session, substep: &str, principle: &str) -> &'a [GroupPrinciple] {
    plenary
        .breakout
        .principles
        .get(&format!("{substep}/{principle}"))
        .map_or(&[], Vec::as_slice)
}

//! Breakout groups: split a plenary session into group sessions (one per group, carrying the chosen
//! sub-steps), then merge what the groups wrote back into the plenary.
//!
//! Merging never loses a word and never duplicates: each group's answers are kept beside the plenary's,
//! attributed to the group (a changed answer keeps its earlier wording); decisions come in as proposals,
//! actions, risks and parking-lot points as new items, each marked with the group's name; and every item
//! merged is remembered by the group session's id and a fingerprint of its content, so merging the same
//! file again adds nothing.
//!
//! Group files come from other machines and are untrusted: nothing here panics on their content, group
//! names are bounded, and views sanitise every text they show.

use chrono::{DateTime, FixedOffset};
use thiserror::Error;

pub use super::breakout_principles::proposals;
pub use super::breakout_records::{
    Breakout, GroupAnswer, GroupOrigin, GroupPrinciple, MergedGroup, UNKNOWN_ORDER, group_order,
};
use super::extra::Extra;
use super::model::{Position, Session};
use super::ops::{ActionDraft, DecisionDraft, RiskDraft};
use super::timeline::{TimelineEvent, TimelineKind};

/// The longest group name kept; longer names (from untrusted files) are cut.
pub const MAX_GROUP_NAME: usize = 60;

/// Why a group file cannot be merged into this plenary.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MergeError {
    #[error("{}", crate::t!("session-merge-not-a-group"))]
    NotAGroup,
    #[error("{}", crate::t!("session-merge-other-plenary", plenary = format!("{:?}", .0)))]
    OtherPlenary(String),
    #[error("{}", crate::t!("session-merge-same-session"))]
    SameSession,
}

/// What one merge brought in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeReport {
    pub group: String,
    /// Answers seen for the first time.
    pub answers_new: usize,
    /// Answers the group changed since the last merge (the earlier wording is kept).
    pub answers_changed: usize,
    /// Answers already merged as they are.
    pub answers_unchanged: usize,
    pub decisions: usize,
    pub actions: usize,
    pub risks: usize,
    pub parking: usize,
    /// Items (decisions, actions, risks, points) already merged before.
    pub items_unchanged: usize,
    /// Principles in Action statuses and notes brought in or changed (as proposals).
    pub principles: usize,
}

impl MergeReport {
    /// Whether the merge changed the plenary.
    pub fn changed(&self) -> bool {
        self.answers_new
            + self.answers_changed
            + self.decisions
            + self.actions
            + self.risks
            + self.parking
            + self.principles
            > 0
    }

    /// One line: "Group 1: 4 new answers, 1 changed, 2 decisions (proposed), 1 action, 0 risks…".
    pub fn summary(&self) -> String {
        if !self.changed() {
            return crate::t!(
                "session-merge-nothing-new",
                group = self.group.as_str(),
                answers = self.answers_unchanged,
                items = self.items_unchanged
            );
        }
        let summary = crate::t!(
            "session-merge-summary",
            group = self.group.as_str(),
            new = self.answers_new,
            changed = self.answers_changed,
            decisions = self.decisions,
            actions = self.actions,
            risks = self.risks,
            parking = self.parking
        );
        if self.principles == 0 {
            return summary;
        }
        crate::t!(
            "groups-merge-with-principles",
            summary = summary,
            principles = self.principles
        )
    }
}

/// A stable fingerprint of a text (64-bit FNV-1a, hex): the same text always gives the same value, on
/// every machine and version.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            // A separator no text holds, so ("ab", "c") and ("a", "bc") differ.
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in part.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// A group's name as the plenary shows it, from an untrusted file: one line, bounded, never empty,
/// with its round ("Round 2 · Group 1") or the round's label ("Data review · Water") when it has one.
pub fn display_name(origin: &GroupOrigin) -> String {
    let name = bounded(&origin.group);
    let name = if name.is_empty() {
        crate::t!("session-unnamed-group")
    } else {
        name
    };
    let label = bounded(&origin.round_label);
    if !label.is_empty() {
        crate::t!("groups-round-label-group", label = label, group = name)
    } else if origin.round >= 2 {
        crate::t!("groups-round-group", round = origin.round, group = name)
    } else {
        name
    }
}

/// A name from an untrusted file on one line, at most [`MAX_GROUP_NAME`] characters, trimmed.
fn bounded(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_GROUP_NAME)
        .collect();
    line.trim().to_string()
}

/// The group sessions for `plenary`: `groups` of them, named "Group 1"…, each carrying `substeps`, with a
/// fresh id and the plenary's template, context and content; no answers and no members.
pub fn split(
    plenary: &Session,
    groups: usize,
    substeps: &[String],
    now: DateTime<FixedOffset>,
    by: &str,
) -> Vec<Session> {
    let plan = super::group_plan::plan(groups, &[], Vec::new(), &[], "");
    split_plan(plenary, &plan, substeps, now, by)
}

/// The group sessions of a plan (see [`super::group_plan`]): one per group, in the plan's order,
/// carrying `substeps`, the group's name, number, rapporteur and members (as its participants). A
/// group file is attributed to its rapporteur, else to the group, never to the plenary's
/// facilitator: what it says comes back as the group's. The round is stamped when the files are
/// written ([`stamp_round`]).
pub fn split_plan(
    plenary: &Session,
    plan: &super::group_plan::GroupPlan,
    substeps: &[String],
    now: DateTime<FixedOffset>,
    by: &str,
) -> Vec<Session> {
    plan.groups
        .iter()
        .enumerate()
        .map(|(i, spec)| {
            let name = spec.name.trim().to_string();
            let mut s = Session::new(
                &format!("{} – {name}", plenary.title.trim()),
                &plenary.template,
                plenary.content.clone(),
                by,
                now,
            );
            s.context = plenary.context.clone();
            s.language = plenary.language.clone();
            s.facilitator = if spec.rapporteur.trim().is_empty() {
                name.clone()
            } else {
                spec.rapporteur.trim().to_string()
            };
            s.participants = spec.members.clone();
            s.position = substeps.first().map(|sub| Position {
                substep: sub.clone(),
                ..Position::default()
            });
            s.breakout.origin = Some(GroupOrigin {
                plenary_id: plenary.id.clone(),
                plenary_title: plenary.title.clone(),
                group: name.clone(),
                substeps: substeps.to_vec(),
                number: u32::try_from(i + 1).unwrap_or(u32::MAX),
                round_label: plan.round_label.clone(),
                rapporteur: spec.rapporteur.trim().to_string(),
                ..GroupOrigin::default()
            });
            s.timeline.push(TimelineEvent {
                at: now,
                kind: TimelineKind::Other,
                summary: crate::t!(
                    "session-split",
                    group = name.as_str(),
                    plenary = plenary.title.as_str(),
                    substeps = if plan.substep_names.is_empty() {
                        substeps.join(", ")
                    } else {
                        plan.substep_names.join(", ")
                    }
                ),
                by: by.to_string(),
                target: None,
                extra: Extra::new(),
            });
            s
        })
        .collect()
}

/// The round the next split of a plenary is: one after the highest among its group files' origins.
pub fn next_round<'a>(origins: impl IntoIterator<Item = &'a GroupOrigin>) -> u32 {
    origins
        .into_iter()
        .map(|o| o.round.max(1))
        .max()
        .map_or(1, |r| r.saturating_add(1))
}

/// Marks group sessions as belonging to breakout round `round`.
pub fn stamp_round(groups: &mut [Session], round: u32) {
    for g in groups {
        if let Some(o) = g.breakout.origin.as_mut() {
            o.round = round;
        }
    }
}

/// Brings a group's work into the plenary (see the module documentation). Returns what was merged; a
/// merge that brings nothing new leaves the plenary exactly as it was.
pub fn merge(
    plenary: &mut Session,
    group: &Session,
    now: DateTime<FixedOffset>,
    by: &str,
) -> Result<MergeReport, MergeError> {
    let origin = group_origin(plenary, group)?;
    let name = display_name(origin);
    let mut report = MergeReport {
        group: name.clone(),
        ..MergeReport::default()
    };
    merge_answers(plenary, group, &name, now, &mut report);
    let merged = plenary
        .breakout
        .merged
        .get(&group.id)
        .cloned()
        .unwrap_or_else(|| MergedGroup {
            group: name.clone(),
            ..MergedGroup::default()
        });
    let mut intake = Intake {
        plenary: &mut *plenary,
        merged,
        report,
        name,
        now,
        by,
    };
    intake.decisions(group);
    intake.actions(group);
    intake.risks(group);
    intake.parking(group);
    intake.report.principles =
        super::breakout_principles::merge_principles(intake.plenary, group, &intake.name, now);
    intake.merged.round = origin.round;
    intake.merged.number = origin.number;
    let report = intake.finish(&group.id);
    super::breakout_principles::keep_group_order(plenary);
    Ok(report)
}

/// The group file's origin, when it was split from this plenary.
fn group_origin<'a>(plenary: &Session, group: &'a Session) -> Result<&'a GroupOrigin, MergeError> {
    let origin = group
        .breakout
        .origin
        .as_ref()
        .ok_or(MergeError::NotAGroup)?;
    if group.id == plenary.id {
        return Err(MergeError::SameSession);
    }
    if origin.plenary_id != plenary.id {
        return Err(MergeError::OtherPlenary(origin.plenary_title.clone()));
    }
    Ok(origin)
}

/// The group's answers, side by side with the plenary's (a changed one keeps its earlier wording).
fn merge_answers(
    plenary: &mut Session,
    group: &Session,
    name: &str,
    now: DateTime<FixedOffset>,
    report: &mut MergeReport,
) {
    for (substep, record) in &group.substeps {
        for (prompt, answer) in &record.answers {
            if answer.text.trim().is_empty() {
                continue;
            }
            let key = format!("{substep}/{prompt}");
            let list = plenary.breakout.answers.entry(key).or_default();
            match list.iter_mut().find(|a| a.group_session == group.id) {
                Some(existing) if existing.text == answer.text => report.answers_unchanged += 1,
                Some(existing) => {
                    let old = std::mem::replace(&mut existing.text, answer.text.clone());
                    if !existing.earlier.contains(&old) {
                        existing.earlier.push(old);
                    }
                    existing.group = name.to_string();
                    existing.by = answer.by.clone();
                    existing.at = answer.at;
                    existing.merged_at = now;
                    report.answers_changed += 1;
                }
                None => {
                    list.push(GroupAnswer {
                        group: name.to_string(),
                        group_session: group.id.clone(),
                        text: answer.text.clone(),
                        earlier: Vec::new(),
                        by: answer.by.clone(),
                        at: answer.at,
                        merged_at: now,
                        extra: Extra::new(),
                    });
                    report.answers_new += 1;
                }
            }
        }
    }
    plenary.breakout.answers.retain(|_, list| !list.is_empty());
}

/// The items of one group coming into the plenary: what was merged from it before, and this merge's
/// report.
struct Intake<'a> {
    plenary: &'a mut Session,
    merged: MergedGroup,
    report: MergeReport,
    name: String,
    now: DateTime<FixedOffset>,
    by: &'a str,
}

impl Intake<'_> {
    /// Whether the item with this fingerprint is new (it is then remembered); an item seen before is
    /// counted as unchanged.
    fn is_new(&mut self, fp: String) -> bool {
        let new = self.merged.items.insert(fp);
        if !new {
            self.report.items_unchanged += 1;
        }
        new
    }

    /// A text marked with the group's name.
    fn tag(&self, text: &str) -> String {
        format!("{}: {text}", self.name)
    }

    /// Decisions come in as proposals; their new ids are kept for the actions that follow from them.
    fn decisions(&mut self, group: &Session) {
        for d in &group.decisions {
            let fp = fingerprint(&[&d.title, &d.rationale, &d.step]);
            if !self.is_new(format!("decision:{}:{fp}", d.id)) {
                continue;
            }
            let draft = DecisionDraft {
                step: d.step.clone(),
                substep: d.substep.clone(),
                title: self.tag(&d.title),
                rationale: d.rationale.clone(),
                principles: d.principles.clone(),
            };
            let id = self.plenary.add_decision(draft, self.now, self.by);
            self.merged.decision_ids.insert(d.id.clone(), id);
            self.report.decisions += 1;
        }
    }

    fn actions(&mut self, group: &Session) {
        for a in &group.actions {
            let due = a.due.map(|d| d.to_string()).unwrap_or_default();
            let fp = fingerprint(&[&a.text, &a.owner, &due]);
            if !self.is_new(format!("action:{}:{fp}", a.id)) {
                continue;
            }
            let decisions = a
                .decisions
                .iter()
                .filter_map(|d| self.merged.decision_ids.get(d).cloned())
                .collect();
            let draft = ActionDraft {
                text: self.tag(&a.text),
                owner: a.owner.clone(),
                due: a.due,
                status: a.status,
                decisions,
            };
            self.plenary.add_action(draft, self.now, self.by);
            self.report.actions += 1;
        }
    }

    fn risks(&mut self, group: &Session) {
        for r in &group.risks {
            let scores = format!("{}x{}", r.likelihood, r.impact);
            let fp = fingerprint(&[&r.description, &r.mitigation, &r.owner, &scores]);
            if !self.is_new(format!("risk:{}:{fp}", r.id)) {
                continue;
            }
            let draft = RiskDraft {
                description: self.tag(&r.description),
                likelihood: r.likelihood,
                impact: r.impact,
                mitigation: r.mitigation.clone(),
                owner: r.owner.clone(),
            };
            self.plenary.add_risk(draft, self.now, self.by);
            self.report.risks += 1;
        }
    }

    fn parking(&mut self, group: &Session) {
        for p in &group.parking_lot {
            if !self.is_new(format!("parking:{}:{}", p.id, fingerprint(&[&p.text]))) {
                continue;
            }
            let text = self.tag(&p.text);
            self.plenary.add_parking(&text, self.now, self.by);
            self.report.parking += 1;
        }
    }

    /// Records the merge in the plenary when it brought anything, and returns the report.
    fn finish(mut self, group_id: &str) -> MergeReport {
        if self.report.changed() {
            self.merged.group = self.name.clone();
            self.merged.merges.push(self.now);
            self.plenary
                .breakout
                .merged
                .insert(group_id.to_string(), self.merged);
            self.plenary.record(
                self.now,
                self.by,
                TimelineKind::Other,
                crate::t!("session-merged", summary = self.report.summary()),
                None,
            );
        }
        self.report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_separate_parts() {
        assert_eq!(fingerprint(&["abc"]), fingerprint(&["abc"]));
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]));
        // Pinned: a fingerprint written today must match tomorrow.
        assert_eq!(fingerprint(&[""]), "cbf29ce484222325");
    }

    #[test]
    fn group_names_from_files_are_bounded_and_on_one_line() {
        let o = GroupOrigin {
            group: format!("\u{1b}[2J{}", "x".repeat(200)),
            ..Default::default()
        };
        let name = display_name(&o);
        assert!(!name.contains('\u{1b}'));
        assert!(name.chars().count() <= MAX_GROUP_NAME);
        assert_eq!(display_name(&GroupOrigin::default()), "Unnamed group");
    }
}

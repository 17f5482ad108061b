//! Small, pure changes to a session, as the TUI makes them.
//!
//! Each change takes the time (`now`) and who made it (`by`), sets `updated`, and appends one timeline
//! event. A change that changes nothing returns `false` (or `Ok(false)`) and records nothing.

use chrono::{DateTime, FixedOffset, NaiveDate};
use thiserror::Error;

use super::model::{
    ActionItem, Context, Decision, Extra, ParkingItem, Participant, Position, PrincipleCheck, Risk,
    Session, StatusChange, SubstepRecord,
};
use super::status::{DecisionStatus, PrincipleStatus, SubstepStatus};
use super::timeline::{TimelineEvent, TimelineKind};
use crate::t;

pub use super::drafts::{ActionDraft, DecisionDraft, RiskDraft};

/// A change that could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OpError {
    /// The id or index does not exist in this session.
    #[error("{}", t!("session-not-found", kind = *kind, id = id.as_str()))]
    NotFound {
        /// What was asked for: `decision`, `action`, `risk`, `parking-item`, `participant` or
        /// `landscape-entry` (the message names it in the current language).
        kind: &'static str,
        /// The id (or index) asked for.
        id: String,
    },
    /// The decision was already superseded.
    #[error("{}", t!("session-already-superseded", id = id.as_str(), by = by.as_str()))]
    AlreadySuperseded {
        /// The decision asked for.
        id: String,
        /// The decision that replaced it.
        by: String,
    },
}

/// How far the sub-steps have come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Sub-steps marked done.
    pub done: usize,
    /// Sub-steps skipped.
    pub skipped: usize,
    /// Sub-steps in progress.
    pub in_progress: usize,
    /// Sub-steps not started.
    pub not_started: usize,
    /// All sub-steps counted.
    pub total: usize,
}

impl Progress {
    /// Done plus skipped: the sub-steps the team has finished with.
    pub fn finished(&self) -> usize {
        self.done + self.skipped
    }
}

/// The next free id with this prefix (`D`, `A`, `R`, `P`): one more than the highest number in use.
pub fn next_id<'a>(prefix: &str, ids: impl IntoIterator<Item = &'a str>) -> String {
    let max = ids
        .into_iter()
        .filter_map(|id| {
            id.strip_prefix(prefix)?
                .strip_prefix('-')?
                .parse::<u64>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    format!("{prefix}-{}", max.saturating_add(1))
}

fn not_found(kind: &'static str, id: &str) -> OpError {
    OpError::NotFound {
        kind,
        id: id.to_string(),
    }
}

fn clamp_score(v: u8) -> u8 {
    v.clamp(1, 4)
}

impl Session {
    /// Sets `updated` and appends a timeline event.
    pub fn record(
        &mut self,
        now: DateTime<FixedOffset>,
        by: &str,
        kind: TimelineKind,
        summary: String,
        target: Option<String>,
    ) {
        self.updated = now;
        self.timeline.push(TimelineEvent {
            at: now,
            kind,
            summary,
            by: by.to_string(),
            target,
            extra: Extra::new(),
        });
    }

    /// Records the answer to `prompt` in `substep`. Creates the sub-step record if needed and moves a
    /// not-started sub-step to in progress. Returns false (and records nothing) when the text is unchanged.
    pub fn set_answer(
        &mut self,
        substep: &str,
        prompt: &str,
        text: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let first = !self.has_answer(substep, prompt);
        if !self.set_answer_draft(substep, prompt, text, now, by) {
            return false;
        }
        self.record_answer_event(substep, prompt, first, now, by);
        true
    }

    /// Updates an answer while it is being typed: like [`Session::set_answer`] but without a timeline
    /// event, so typing does not flood the timeline. The editor calls
    /// [`Session::record_answer_event`] once when the person leaves the answer.
    pub fn set_answer_draft(
        &mut self,
        substep: &str,
        prompt: &str,
        text: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let unchanged = self
            .substeps
            .get(substep)
            .and_then(|r| r.answers.get(prompt))
            .is_some_and(|a| a.text == text);
        if unchanged || (text.is_empty() && !self.has_answer(substep, prompt)) {
            return false;
        }
        let record = self.substeps.entry(substep.to_string()).or_default();
        let answer = record.answers.entry(prompt.to_string()).or_default();
        answer.text = text.to_string();
        answer.at = now;
        answer.by = by.to_string();
        if record.status == SubstepStatus::NotStarted && !text.is_empty() {
            record.status = SubstepStatus::InProgress;
        }
        self.updated = now;
        true
    }

    /// Records what was picked for a choice prompt (request kind, outputs, approach) and its text.
    /// Returns false when nothing changed.
    pub fn set_answer_picks(
        &mut self,
        substep: &str,
        prompt: &str,
        picks: Vec<String>,
        text: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let current = self
            .substeps
            .get(substep)
            .and_then(|r| r.answers.get(prompt));
        let unchanged = match current {
            Some(a) => a.picks == picks && a.text == text,
            None => picks.is_empty() && text.is_empty(),
        };
        if unchanged {
            return false;
        }
        let first = current.is_none();
        let record = self.substeps.entry(substep.to_string()).or_default();
        let answer = record.answers.entry(prompt.to_string()).or_default();
        answer.picks = picks;
        answer.text = text.to_string();
        answer.at = now;
        answer.by = by.to_string();
        if record.status == SubstepStatus::NotStarted {
            record.status = SubstepStatus::InProgress;
        }
        self.record_answer_event(substep, prompt, first, now, by);
        true
    }

    /// What was picked for a prompt (empty when nothing was).
    pub fn answer_picks(&self, substep: &str, prompt: &str) -> &[String] {
        self.substeps
            .get(substep)
            .and_then(|r| r.answers.get(prompt))
            .map_or(&[], |a| a.picks.as_slice())
    }

    /// The timeline event for an answer given (`first`) or changed.
    pub fn record_answer_event(
        &mut self,
        substep: &str,
        prompt: &str,
        first: bool,
        now: DateTime<FixedOffset>,
        by: &str,
    ) {
        let summary = if first {
            t!("session-answered", prompt = prompt)
        } else {
            t!("session-answer-changed", prompt = prompt)
        };
        self.record(
            now,
            by,
            TimelineKind::Answer,
            summary,
            Some(format!("{substep}/{prompt}")),
        );
    }

    fn has_answer(&self, substep: &str, prompt: &str) -> bool {
        self.substeps
            .get(substep)
            .is_some_and(|r| r.answers.contains_key(prompt))
    }

    /// The answer text for a prompt, or "" when there is none.
    pub fn answer_text(&self, substep: &str, prompt: &str) -> &str {
        self.substeps
            .get(substep)
            .and_then(|r| r.answers.get(prompt))
            .map_or("", |a| a.text.as_str())
    }

    /// The status of a sub-step (not started when nothing is recorded).
    pub fn substep_status(&self, substep: &str) -> SubstepStatus {
        self.substeps
            .get(substep)
            .map(|r| r.status.clone())
            .unwrap_or_default()
    }

    /// Sets a sub-step's status. Returns false when it already had that status.
    pub fn set_substep_status(
        &mut self,
        substep: &str,
        status: SubstepStatus,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        if self.substep_status(substep) == status {
            return false;
        }
        let summary = match &status {
            SubstepStatus::Skipped { reason } if !reason.is_empty() => t!(
                "session-substep-skipped",
                substep = substep,
                reason = reason.as_str()
            ),
            other => t!(
                "session-substep-status",
                substep = substep,
                status = other.label()
            ),
        };
        self.substeps.entry(substep.to_string()).or_default().status = status;
        self.record(
            now,
            by,
            TimelineKind::Status,
            summary,
            Some(substep.to_string()),
        );
        true
    }

    /// Records how a principle was considered in a sub-step. Returns false when status and note are unchanged.
    pub fn set_principle_check(
        &mut self,
        substep: &str,
        principle: &str,
        status: PrincipleStatus,
        note: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let unchanged = self
            .substeps
            .get(substep)
            .and_then(|r| r.principles.get(principle))
            .is_some_and(|c| c.status == status && c.note == note);
        if unchanged {
            return false;
        }
        let record: &mut SubstepRecord = self.substeps.entry(substep.to_string()).or_default();
        let check: &mut PrincipleCheck =
            record.principles.entry(principle.to_string()).or_default();
        check.status = status;
        check.note = note.to_string();
        check.at = now;
        check.by = by.to_string();
        self.record(
            now,
            by,
            TimelineKind::Principle,
            t!(
                "session-principle-checked",
                principle = principle,
                substep = substep,
                status = status.label()
            ),
            Some(format!("{substep}/{principle}")),
        );
        true
    }

    /// The decision with this id.
    pub fn decision(&self, id: &str) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.id == id)
    }

    fn decision_mut(&mut self, id: &str) -> Result<&mut Decision, OpError> {
        self.decisions
            .iter_mut()
            .find(|d| d.id == id)
            .ok_or_else(|| not_found("decision", id))
    }

    fn new_decision(
        &self,
        draft: DecisionDraft,
        status: DecisionStatus,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Decision {
        Decision {
            id: next_id("D", self.decisions.iter().map(|d| d.id.as_str())),
            step: draft.step,
            substep: draft.substep,
            title: draft.title,
            rationale: draft.rationale,
            principles: draft.principles,
            status: status.clone(),
            supersedes: None,
            at: now,
            by: by.to_string(),
            history: vec![StatusChange {
                at: now,
                by: by.to_string(),
                status,
                extra: Extra::new(),
            }],
            extra: Extra::new(),
        }
    }

    /// Adds a proposed decision and returns its id (`D-n`).
    pub fn add_decision(
        &mut self,
        draft: DecisionDraft,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> String {
        let d = self.new_decision(draft, DecisionStatus::Proposed, now, by);
        let id = d.id.clone();
        let summary = t!(
            "session-decision-proposed",
            id = id.as_str(),
            title = d.title.as_str()
        );
        self.decisions.push(d);
        self.record(now, by, TimelineKind::Decision, summary, Some(id.clone()));
        id
    }

    /// Replaces decision `old_id` with a new, agreed decision and returns the new id. The old one becomes
    /// superseded by the new one, the new one records what it supersedes, and both histories are updated.
    pub fn supersede_decision(
        &mut self,
        old_id: &str,
        draft: DecisionDraft,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<String, OpError> {
        let old = self
            .decision(old_id)
            .ok_or_else(|| not_found("decision", old_id))?;
        if let DecisionStatus::Superseded { by: newer } = &old.status {
            return Err(OpError::AlreadySuperseded {
                id: old_id.to_string(),
                by: newer.clone(),
            });
        }
        let mut new = self.new_decision(draft, DecisionStatus::Agreed, now, by);
        new.supersedes = Some(old_id.to_string());
        let new_id = new.id.clone();
        let old = self.decision_mut(old_id)?;
        old.status = DecisionStatus::Superseded { by: new_id.clone() };
        old.history.push(StatusChange {
            at: now,
            by: by.to_string(),
            status: old.status.clone(),
            extra: Extra::new(),
        });
        let summary = t!(
            "session-decision-supersedes",
            id = new_id.as_str(),
            old = old_id,
            title = new.title.as_str()
        );
        self.decisions.push(new);
        self.record(
            now,
            by,
            TimelineKind::Decision,
            summary,
            Some(new_id.clone()),
        );
        Ok(new_id)
    }

    /// Changes a decision's status, adding a history entry. Returns Ok(false) when it already had it.
    pub fn set_decision_status(
        &mut self,
        id: &str,
        status: DecisionStatus,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let d = self.decision_mut(id)?;
        if d.status == status {
            return Ok(false);
        }
        d.status = status.clone();
        d.history.push(StatusChange {
            at: now,
            by: by.to_string(),
            status: status.clone(),
            extra: Extra::new(),
        });
        self.record(
            now,
            by,
            TimelineKind::Decision,
            t!("session-decision-status", id = id, status = status.label()),
            Some(id.to_string()),
        );
        Ok(true)
    }

    /// Rewrites a decision's step, sub-step, title, rationale and principles (not its status).
    pub fn edit_decision(
        &mut self,
        id: &str,
        draft: DecisionDraft,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let d = self.decision_mut(id)?;
        if d.step == draft.step
            && d.substep == draft.substep
            && d.title == draft.title
            && d.rationale == draft.rationale
            && d.principles == draft.principles
        {
            return Ok(false);
        }
        d.step = draft.step;
        d.substep = draft.substep;
        d.title = draft.title;
        d.rationale = draft.rationale;
        d.principles = draft.principles;
        let summary = t!("session-decision-edited", id = id, title = d.title.as_str());
        self.record(
            now,
            by,
            TimelineKind::Decision,
            summary,
            Some(id.to_string()),
        );
        Ok(true)
    }

    /// Adds an action item and returns its id (`A-n`).
    pub fn add_action(
        &mut self,
        draft: ActionDraft,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> String {
        let id = next_id("A", self.actions.iter().map(|a| a.id.as_str()));
        let summary = t!(
            "session-action-added",
            id = id.as_str(),
            text = draft.text.as_str()
        );
        self.actions.push(ActionItem {
            id: id.clone(),
            text: draft.text,
            owner: draft.owner,
            due: draft.due,
            status: draft.status,
            decisions: draft.decisions,
            created: now,
            extra: Extra::new(),
        });
        self.record(now, by, TimelineKind::Action, summary, Some(id.clone()));
        id
    }

    /// Rewrites an action item. Returns Ok(false) when nothing changed.
    pub fn update_action(
        &mut self,
        id: &str,
        draft: ActionDraft,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let a = self
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or_else(|| not_found("action", id))?;
        if a.text == draft.text
            && a.owner == draft.owner
            && a.due == draft.due
            && a.status == draft.status
            && a.decisions == draft.decisions
        {
            return Ok(false);
        }
        let summary = if a.status != draft.status {
            t!(
                "session-action-status",
                id = id,
                status = draft.status.label()
            )
        } else {
            t!("session-action-edited", id = id, text = draft.text.as_str())
        };
        a.text = draft.text;
        a.owner = draft.owner;
        a.due = draft.due;
        a.status = draft.status;
        a.decisions = draft.decisions;
        self.record(now, by, TimelineKind::Action, summary, Some(id.to_string()));
        Ok(true)
    }

    /// Adds a risk (scores clamped to 1–4) and returns its id (`R-n`).
    pub fn add_risk(&mut self, draft: RiskDraft, now: DateTime<FixedOffset>, by: &str) -> String {
        let id = next_id("R", self.risks.iter().map(|r| r.id.as_str()));
        let summary = t!(
            "session-risk-added",
            id = id.as_str(),
            text = draft.description.as_str()
        );
        self.risks.push(Risk {
            id: id.clone(),
            description: draft.description,
            likelihood: clamp_score(draft.likelihood),
            impact: clamp_score(draft.impact),
            mitigation: draft.mitigation,
            owner: draft.owner,
            extra: Extra::new(),
        });
        self.record(now, by, TimelineKind::Risk, summary, Some(id.clone()));
        id
    }

    /// Rewrites a risk (scores clamped to 1–4). Returns Ok(false) when nothing changed.
    pub fn update_risk(
        &mut self,
        id: &str,
        draft: RiskDraft,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let r = self
            .risks
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or_else(|| not_found("risk", id))?;
        let (l, i) = (clamp_score(draft.likelihood), clamp_score(draft.impact));
        if r.description == draft.description
            && r.likelihood == l
            && r.impact == i
            && r.mitigation == draft.mitigation
            && r.owner == draft.owner
        {
            return Ok(false);
        }
        r.description = draft.description;
        r.likelihood = l;
        r.impact = i;
        r.mitigation = draft.mitigation;
        r.owner = draft.owner;
        let summary = t!("session-risk-edited", id = id, likelihood = l, impact = i);
        self.record(now, by, TimelineKind::Risk, summary, Some(id.to_string()));
        Ok(true)
    }

    /// Removes a risk and returns it. The timeline keeps a line saying it was removed.
    pub fn remove_risk(
        &mut self,
        id: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<Risk, OpError> {
        let pos = self
            .risks
            .iter()
            .position(|r| r.id == id)
            .ok_or_else(|| not_found("risk", id))?;
        let r = self.risks.remove(pos);
        self.record(
            now,
            by,
            TimelineKind::Risk,
            t!(
                "session-risk-removed",
                id = id,
                text = r.description.as_str()
            ),
            Some(id.to_string()),
        );
        Ok(r)
    }

    /// Parks a question for later and returns its id (`P-n`).
    pub fn add_parking(&mut self, text: &str, now: DateTime<FixedOffset>, by: &str) -> String {
        let id = next_id("P", self.parking_lot.iter().map(|p| p.id.as_str()));
        self.parking_lot.push(ParkingItem {
            id: id.clone(),
            text: text.to_string(),
            at: now,
            by: by.to_string(),
            resolved: false,
            extra: Extra::new(),
        });
        self.record(
            now,
            by,
            TimelineKind::Parking,
            t!("session-parked", id = id.as_str(), text = text),
            Some(id.clone()),
        );
        id
    }

    /// Marks a parked item resolved (or open again). Returns Ok(false) when it already was.
    pub fn resolve_parking(
        &mut self,
        id: &str,
        resolved: bool,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let p = self
            .parking_lot
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| not_found("parking-item", id))?;
        if p.resolved == resolved {
            return Ok(false);
        }
        p.resolved = resolved;
        let summary = if resolved {
            t!("session-parking-resolved", id = id)
        } else {
            t!("session-parking-reopened", id = id)
        };
        self.record(
            now,
            by,
            TimelineKind::Parking,
            summary,
            Some(id.to_string()),
        );
        Ok(true)
    }

    /// Adds a participant.
    pub fn add_participant(&mut self, p: Participant, now: DateTime<FixedOffset>, by: &str) {
        let summary = t!("session-participant-added", name = p.name.as_str());
        self.participants.push(p);
        self.record(now, by, TimelineKind::Participant, summary, None);
    }

    /// Replaces the participant at `index` (keeping fields this version does not know).
    pub fn edit_participant(
        &mut self,
        index: usize,
        p: Participant,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let slot = self
            .participants
            .get_mut(index)
            .ok_or_else(|| not_found("participant", &(index + 1).to_string()))?;
        if slot.name == p.name && slot.organisation == p.organisation && slot.role == p.role {
            return Ok(false);
        }
        slot.name = p.name;
        slot.organisation = p.organisation;
        slot.role = p.role;
        let summary = t!("session-participant-edited", name = slot.name.as_str());
        self.record(now, by, TimelineKind::Participant, summary, None);
        Ok(true)
    }

    /// Removes the participant at `index` and returns them.
    pub fn remove_participant(
        &mut self,
        index: usize,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<Participant, OpError> {
        if index >= self.participants.len() {
            return Err(not_found("participant", &(index + 1).to_string()));
        }
        let p = self.participants.remove(index);
        self.record(
            now,
            by,
            TimelineKind::Participant,
            t!("session-participant-removed", name = p.name.as_str()),
            None,
        );
        Ok(p)
    }

    /// Replaces the session context (keeping fields this version does not know). Returns false when unchanged.
    pub fn set_context(&mut self, ctx: Context, now: DateTime<FixedOffset>, by: &str) -> bool {
        let c = &mut self.context;
        if c.operation == ctx.operation
            && c.location == ctx.location
            && c.dates == ctx.dates
            && c.requested_by == ctx.requested_by
            && c.requested_tool == ctx.requested_tool
            && c.notes == ctx.notes
        {
            return false;
        }
        c.operation = ctx.operation;
        c.location = ctx.location;
        c.dates = ctx.dates;
        c.requested_by = ctx.requested_by;
        c.requested_tool = ctx.requested_tool;
        c.notes = ctx.notes;
        self.record(
            now,
            by,
            TimelineKind::Context,
            t!("session-context-edited"),
            None,
        );
        true
    }

    /// Renames the session. Returns false when unchanged.
    pub fn set_title(&mut self, title: &str, now: DateTime<FixedOffset>, by: &str) -> bool {
        if self.title == title {
            return false;
        }
        self.title = title.to_string();
        self.record(
            now,
            by,
            TimelineKind::Context,
            t!("session-renamed", title = title),
            None,
        );
        true
    }

    /// Remembers where the session is (no timeline event, `updated` unchanged).
    pub fn set_position(&mut self, substep: &str, prompt: Option<&str>) {
        let extra = self.position.take().map(|p| p.extra).unwrap_or_default();
        self.position = Some(Position {
            substep: substep.to_string(),
            prompt: prompt.map(str::to_string),
            extra,
        });
    }

    /// Actions still pending whose due date is before `today`, earliest first.
    pub fn overdue_actions(&self, today: NaiveDate) -> Vec<&ActionItem> {
        let mut v: Vec<&ActionItem> = self
            .actions
            .iter()
            .filter(|a| a.status.is_pending() && a.due.is_some_and(|d| d < today))
            .collect();
        v.sort_by_key(|a| a.due);
        v
    }

    /// Number of actions still open or in progress.
    pub fn open_action_count(&self) -> usize {
        self.actions
            .iter()
            .filter(|a| a.status.is_pending())
            .count()
    }

    /// Progress over the sub-steps that have a record in this session.
    pub fn progress(&self) -> Progress {
        self.progress_of(self.substeps.keys().map(String::as_str))
    }

    /// Progress over the given sub-step ids (for example all sub-steps of the template); ids without a
    /// record count as not started.
    pub fn progress_of<'a>(&self, substeps: impl IntoIterator<Item = &'a str>) -> Progress {
        let mut p = Progress::default();
        for id in substeps {
            p.total += 1;
            match self.substeps.get(id).map(|r| &r.status) {
                Some(SubstepStatus::Done) => p.done += 1,
                Some(SubstepStatus::Skipped { .. }) => p.skipped += 1,
                Some(SubstepStatus::InProgress) => p.in_progress += 1,
                Some(SubstepStatus::NotStarted) | None => p.not_started += 1,
            }
        }
        p
    }
}

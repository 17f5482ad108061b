//! Recording a decision as the team states it: new or replacing an earlier one, with the status the
//! team gives it (the workshop's form and the plain front both record decisions this way).

use chrono::{DateTime, FixedOffset};

use super::model::Session;
use super::ops::{DecisionDraft, OpError};
use super::status::DecisionStatus;

/// The status a new decision is given unless the team says otherwise.
pub const NEW_DECISION_STATUS: DecisionStatus = DecisionStatus::Agreed;

impl Session {
    /// Records `draft` (replacing `supersedes` when given) and sets its status; returns its id.
    pub fn record_decision(
        &mut self,
        draft: DecisionDraft,
        status: DecisionStatus,
        supersedes: Option<&str>,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<String, OpError> {
        let id = match supersedes {
            Some(old) => self.supersede_decision(old, draft, now, by)?,
            None => self.add_decision(draft, now, by),
        };
        if status != DecisionStatus::Proposed
            || self.decision(&id).is_some_and(|x| x.status != status)
        {
            let _ = self.set_decision_status(&id, status, now, by);
        }
        Ok(id)
    }
}

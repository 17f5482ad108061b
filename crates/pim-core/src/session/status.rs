//! Status enums of the session model.
//!
//! Statuses with extra data (a skipped sub-step's reason, a superseded decision's successor) are
//! flattened into their record, so the file reads
//! `{"status": "skipped", "reason": "covered last week", ...}` and
//! `{"status": "superseded", "superseded_by": "D-3", ...}`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a sub-step stands in this session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(from = "SubstepStatusWire", into = "SubstepStatusWire")]
pub enum SubstepStatus {
    /// Nothing recorded yet.
    #[default]
    NotStarted,
    /// Some answers recorded.
    InProgress,
    /// The team considers the sub-step done.
    Done,
    /// Deliberately skipped, with the reason.
    Skipped {
        /// Why the team skipped it.
        reason: String,
    },
}

impl SubstepStatus {
    /// The short snake_case name used in the file (`not_started`, `in_progress`, `done`, `skipped`).
    pub fn as_str(&self) -> &'static str {
        match self {
            SubstepStatus::NotStarted => "not_started",
            SubstepStatus::InProgress => "in_progress",
            SubstepStatus::Done => "done",
            SubstepStatus::Skipped { .. } => "skipped",
        }
    }
}

/// The tag of a sub-step status as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SubstepState {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Skipped,
}

/// The file form of [`SubstepStatus`]: `status` plus `reason` when skipped.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub(crate) struct SubstepStatusWire {
    /// Where the sub-step stands.
    #[serde(default)]
    status: SubstepState,
    /// Why it was skipped (only with `skipped`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

impl From<SubstepStatusWire> for SubstepStatus {
    fn from(w: SubstepStatusWire) -> Self {
        match w.status {
            SubstepState::NotStarted => SubstepStatus::NotStarted,
            SubstepState::InProgress => SubstepStatus::InProgress,
            SubstepState::Done => SubstepStatus::Done,
            SubstepState::Skipped => SubstepStatus::Skipped {
                reason: w.reason.unwrap_or_default(),
            },
        }
    }
}

impl From<SubstepStatus> for SubstepStatusWire {
    fn from(s: SubstepStatus) -> Self {
        let (status, reason) = match s {
            SubstepStatus::NotStarted => (SubstepState::NotStarted, None),
            SubstepStatus::InProgress => (SubstepState::InProgress, None),
            SubstepStatus::Done => (SubstepState::Done, None),
            SubstepStatus::Skipped { reason } => (SubstepState::Skipped, Some(reason)),
        };
        SubstepStatusWire { status, reason }
    }
}

/// Whether a PIM principle has been considered for a sub-step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PrincipleStatus {
    /// Not yet discussed.
    #[default]
    Open,
    /// Discussed and addressed.
    Addressed,
    /// Discussed, and a concern remains.
    Concern,
    /// Does not apply here.
    NotApplicable,
}

impl PrincipleStatus {
    /// The snake_case name used in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipleStatus::Open => "open",
            PrincipleStatus::Addressed => "addressed",
            PrincipleStatus::Concern => "concern",
            PrincipleStatus::NotApplicable => "not_applicable",
        }
    }
}

/// Where a decision stands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(from = "DecisionStatusWire", into = "DecisionStatusWire")]
pub enum DecisionStatus {
    /// Put forward, not yet agreed.
    #[default]
    Proposed,
    /// Agreed by the team.
    Agreed,
    /// Considered and rejected.
    Rejected,
    /// Replaced by a later decision.
    Superseded {
        /// Id of the decision that replaces this one.
        by: String,
    },
}

impl DecisionStatus {
    /// The snake_case name used in the file.
    pub fn as_str(&self) -> &'static str {
        match self {
            DecisionStatus::Proposed => "proposed",
            DecisionStatus::Agreed => "agreed",
            DecisionStatus::Rejected => "rejected",
            DecisionStatus::Superseded { .. } => "superseded",
        }
    }
}

/// The tag of a decision status as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum DecisionState {
    #[default]
    Proposed,
    Agreed,
    Rejected,
    Superseded,
}

/// The file form of [`DecisionStatus`]: `status` plus `superseded_by` when superseded.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub(crate) struct DecisionStatusWire {
    /// Where the decision stands.
    #[serde(default)]
    status: DecisionState,
    /// Id of the decision replacing this one (only with `superseded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    superseded_by: Option<String>,
}

impl From<DecisionStatusWire> for DecisionStatus {
    fn from(w: DecisionStatusWire) -> Self {
        match w.status {
            DecisionState::Proposed => DecisionStatus::Proposed,
            DecisionState::Agreed => DecisionStatus::Agreed,
            DecisionState::Rejected => DecisionStatus::Rejected,
            DecisionState::Superseded => DecisionStatus::Superseded {
                by: w.superseded_by.unwrap_or_default(),
            },
        }
    }
}

impl From<DecisionStatus> for DecisionStatusWire {
    fn from(s: DecisionStatus) -> Self {
        let (status, superseded_by) = match s {
            DecisionStatus::Proposed => (DecisionState::Proposed, None),
            DecisionStatus::Agreed => (DecisionState::Agreed, None),
            DecisionStatus::Rejected => (DecisionState::Rejected, None),
            DecisionStatus::Superseded { by } => (DecisionState::Superseded, Some(by)),
        };
        DecisionStatusWire {
            status,
            superseded_by,
        }
    }
}

/// Where an action item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Not started.
    #[default]
    Open,
    /// Someone is on it.
    InProgress,
    /// Finished.
    Done,
    /// No longer pursued.
    Dropped,
}

impl ActionStatus {
    /// The snake_case name used in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// True for `open` and `in_progress`: the action still needs doing.
    pub fn is_pending(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }
}

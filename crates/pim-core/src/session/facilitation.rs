//! What a facilitator records beside the answers: the agenda and its timers, dot votes, and who attended
//! each day. Stored in the session as `facilitation` (left out of files that have none).

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agenda::AgendaRecord;
use super::extra::Extra;
use super::voting::DotVote;

/// The facilitator's records of a training.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Facilitation {
    /// Agenda progress and timers.
    #[serde(skip_serializing_if = "AgendaRecord::is_empty")]
    pub agenda: AgendaRecord,
    /// Dot votes, in the order they were opened.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub votes: Vec<DotVote>,
    /// Who was present, per training day.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<AttendanceDay>,
    /// The free timer (a countdown or "back at"), in any session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub free_timer: Option<super::free_timer::FreeTimer>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Facilitation {
    /// True when nothing was recorded (the file then leaves the field out).
    pub fn is_empty(&self) -> bool {
        self.agenda.is_empty()
            && self.votes.is_empty()
            && self.attendance.is_empty()
            && self.free_timer.is_none()
            && self.extra.is_empty()
    }
}

/// Who was present on one training day.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct AttendanceDay {
    /// The training day, from 1.
    pub day: u8,
    /// Its date, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Names of the participants present (as in `participants`).
    pub present: Vec<String>,
    /// Of those present, who arrived late.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub late: Vec<String>,
    /// Of those present, who left early.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_early: Vec<String>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

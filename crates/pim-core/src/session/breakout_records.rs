//! What a session stores about breakout groups: in a group file, the plenary it came from; in a
//! plenary, what each group's merges brought in. Splitting and merging are in [`super::breakout`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::extra::Extra;

/// A session's breakout records: where a group file came from, or what a plenary merged.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Breakout {
    /// In a group file: the plenary it was split from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<GroupOrigin>,
    /// In a plenary: the groups' answers, keyed by `substep/prompt`, in the order they were merged.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Vec<GroupAnswer>>,
    /// In a plenary: what was merged from each group file, keyed by the group session's id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub merged: BTreeMap<String, MergedGroup>,
    /// In a plenary: the groups' Principles in Action statuses and notes, keyed by
    /// `substep/principle`, in group order: proposals beside the plenary's own, never in their place.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub principles: BTreeMap<String, Vec<GroupPrinciple>>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Breakout {
    /// True when nothing was recorded (the file then leaves the field out).
    pub fn is_empty(&self) -> bool {
        self.origin.is_none()
            && self.answers.is_empty()
            && self.merged.is_empty()
            && self.principles.is_empty()
            && self.extra.is_empty()
    }
}

/// Where a group file came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct GroupOrigin {
    /// The plenary session's id.
    pub plenary_id: String,
    /// The plenary's title when the groups were split.
    pub plenary_title: String,
    /// The group's name, e.g. "Group 2".
    pub group: String,
    /// The sub-steps the group works on.
    pub substeps: Vec<String>,
    /// The group's place in its round: 1 for the first group (0 in files from before numbering).
    #[serde(skip_serializing_if = "is_zero")]
    pub number: u32,
    /// Which breakout round of the plenary the group belongs to: 1, 2… (0 in older files).
    #[serde(skip_serializing_if = "is_zero")]
    pub round: u32,
    /// The round's label as the facilitator wrote it ("Data review"); empty for none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub round_label: String,
    /// Who reports back for the group; empty for nobody named.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rapporteur: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Where a group stands among a plenary's groups: its round (1 when unknown), then its number
/// (unknown numbers last). Every list of groups is shown in this order.
pub fn group_order(round: u32, number: u32) -> (u32, u32) {
    (round.max(1), if number == 0 { u32::MAX } else { number })
}

/// The order of a group nobody knows: after every other.
pub const UNKNOWN_ORDER: (u32, u32) = (u32::MAX, u32::MAX);

impl GroupOrigin {
    /// This group's place among the plenary's groups ([`group_order`]).
    pub fn order(&self) -> (u32, u32) {
        group_order(self.round, self.number)
    }
}

impl MergedGroup {
    /// This group's place among the plenary's groups ([`group_order`]).
    pub fn order(&self) -> (u32, u32) {
        group_order(self.round, self.number)
    }
}

/// A group's Principles in Action status and note for one principle in one sub-step, kept in the
/// plenary as a proposal attributed to the group.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct GroupPrinciple {
    /// The group's name ("Group 2"), which the proposal is attributed to.
    pub group: String,
    /// The group session's id.
    pub group_session: String,
    /// The status the group gave.
    pub status: super::status::PrincipleStatus,
    /// What the group noted.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the group changed it, and when it was merged.
    pub at: DateTime<FixedOffset>,
    pub merged_at: DateTime<FixedOffset>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A group's answer to one prompt, kept in the plenary.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct GroupAnswer {
    /// The group's name.
    pub group: String,
    /// The group session's id.
    pub group_session: String,
    /// The answer as the group wrote it.
    pub text: String,
    /// Earlier wordings merged before the group changed its answer, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<String>,
    /// Who wrote it in the group, and when.
    pub by: String,
    pub at: DateTime<FixedOffset>,
    /// When it was merged.
    pub merged_at: DateTime<FixedOffset>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What a plenary merged from one group file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct MergedGroup {
    /// The group's name.
    pub group: String,
    /// Every item merged, as `kind:group item id:fingerprint of its content` (`decision:D-1:…`); an
    /// item the group changed afterwards has a new fingerprint and comes in again as a new item.
    pub items: BTreeSet<String>,
    /// Group decision id → the plenary decision it became (so merged actions keep their links).
    pub decision_ids: BTreeMap<String, String>,
    /// When each merge that brought something in ran.
    pub merges: Vec<DateTime<FixedOffset>>,
    /// The group's round and its place in it (0 when unknown), so groups are shown in order.
    #[serde(skip_serializing_if = "is_zero")]
    pub round: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub number: u32,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

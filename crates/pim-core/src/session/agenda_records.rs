//! The agenda's shape as the session file stores it: its days (date, start) and its ordered items.
//! Plain records, read through [`crate::session::Session::effective_agenda`]
//! ([`super::agenda_shape`]).

use chrono::{NaiveDate, NaiveTime};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::extra::Extra;
use crate::t;

/// The most training days an agenda can have.
pub const MAX_DAYS: u8 = 14;

/// The agenda as the facilitator shaped it: its days and its items in order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct AgendaShape {
    /// The training days, day 1 first.
    pub days: Vec<AgendaDayRecord>,
    /// Every item, in the order it is run within its day.
    pub items: Vec<AgendaItemRecord>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One training day of a shaped agenda.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct AgendaDayRecord {
    /// The day's date, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// When the day starts (else the agenda's day start).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveTime>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What an agenda item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// A module of the template (its id is the module's id).
    #[default]
    Module,
    /// A coffee break.
    Break,
    /// Lunch.
    Lunch,
    /// Anything else the facilitator puts in the day (an energiser, a field visit…); also any kind a
    /// newer pim-workshop wrote.
    #[serde(other)]
    Other,
}

impl ItemKind {
    /// True for a break or lunch (what the clock plan announces as moving).
    pub fn is_pause(self) -> bool {
        matches!(self, ItemKind::Break | ItemKind::Lunch)
    }

    /// The kind's name, as people read it.
    pub fn label(self) -> String {
        match self {
            ItemKind::Module => t!("agenda-kind-module"),
            ItemKind::Break => t!("agenda-kind-break"),
            ItemKind::Lunch => t!("agenda-kind-lunch"),
            ItemKind::Other => t!("agenda-kind-other"),
        }
    }
}

/// One item of a shaped agenda.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct AgendaItemRecord {
    /// A template module's id, or the free item's own id (`break-1`, `lunch-2`, `item-3`).
    pub id: String,
    pub kind: ItemKind,
    /// The training day, from 1.
    pub day: u8,
    /// Planned length in minutes.
    pub minutes: u32,
    /// A free item's title (a module takes its title from the template).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

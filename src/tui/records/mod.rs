//! Decisions, actions, risks, the parking lot and the coverage grid: the lists beside the workshop,
//! the forms that add to them, and what saving a form does. Pure: changes state, returns effects.

use super::app::{Notice, NoticeKind};
use super::form::{Field, Form, FormPurpose};
use super::keys::Command;
use super::open::OpenSession;
use super::screen::Ctx;
use super::update::Effect;
use crate::content::Pack;
use crate::session::{
    ActionDraft, ActionStatus, DecisionDraft, DecisionStatus, PrincipleStatus, RiskDraft,
    SubstepStatus, SystemStatus, dates,
};

pub use super::tabs::RecordKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordsState {
    /// Decisions, actions, risks, the parking lot or the coverage grid.
    pub kind: RecordKind,
    pub cursor: usize,
}

impl RecordsState {
    pub fn new(kind: RecordKind) -> Self {
        RecordsState { kind, cursor: 0 }
    }
}

fn options<T: AsRef<str>>(items: &[(T, T)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.as_ref().to_string(), b.as_ref().to_string()))
        .collect()
}

fn principle_options(pack: &Pack) -> Vec<(String, String)> {
    pack.principles
        .principles
        .iter()
        .map(|p| (p.id.clone(), format!("{}. {}", p.number, p.name)))
        .collect()
}

const DECISION_STATUSES: [(&str, &str); 3] = [
    ("proposed", "proposed"),
    ("agreed", "agreed"),
    ("rejected", "rejected"),
];
const ACTION_STATUSES: [(&str, &str); 4] = [
    ("open", "open"),
    ("in_progress", "in progress"),
    ("done", "done"),
    ("dropped", "dropped"),
];
const SCALE: [(&str, &str); 4] = [("1", "1 low"), ("2", "2"), ("3", "3"), ("4", "4 high")];

mod forms;
mod lists;
mod submit;

pub use forms::{action_form, decision_form, parking_form, principle_form, risk_form, skip_form};
pub use lists::{cycle_status, len, on_records};
pub use submit::submit;

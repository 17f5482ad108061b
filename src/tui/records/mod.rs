//! Decisions, actions, risks, the parking lot and the coverage grid: the lists beside the workshop,
//! the forms that add to them, and what saving a form does. Pure: changes state, returns effects.

use super::app::{Notice, NoticeKind, Screen};
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Decisions,
    Actions,
    Risks,
    Parking,
    Coverage,
    /// The landscape register.
    Landscape,
    /// The operation's Matrix: the register read by category, with gaps and duplication.
    Matrix,
    /// The output picker and the output-first comparison (scoping sessions).
    Outputs,
    /// The scoping brief, as it will be exported (scoping sessions).
    Brief,
}

impl RecordKind {
    pub const ALL: [RecordKind; 9] = [
        RecordKind::Decisions,
        RecordKind::Actions,
        RecordKind::Risks,
        RecordKind::Parking,
        RecordKind::Coverage,
        RecordKind::Landscape,
        RecordKind::Matrix,
        RecordKind::Outputs,
        RecordKind::Brief,
    ];

    pub fn title(self) -> &'static str {
        match self {
            RecordKind::Decisions => "Decisions",
            RecordKind::Actions => "Actions",
            RecordKind::Risks => "Risks",
            RecordKind::Parking => "Parking lot",
            RecordKind::Coverage => "Coverage",
            RecordKind::Landscape => "Landscape",
            RecordKind::Matrix => "Matrix",
            RecordKind::Outputs => "Outputs",
            RecordKind::Brief => "Brief",
        }
    }

    /// The keys that apply on this list.
    pub fn context(self) -> super::keys::Context {
        use super::keys::Context;
        match self {
            RecordKind::Landscape => Context::Landscape,
            RecordKind::Matrix => Context::OperationMatrix,
            RecordKind::Outputs => Context::Outputs,
            RecordKind::Brief => Context::Brief,
            _ => Context::Records,
        }
    }

    /// The kinds a session offers: the outputs and the brief only in a scoping session.
    pub fn offered(scoping: bool) -> Vec<RecordKind> {
        RecordKind::ALL
            .into_iter()
            .filter(|k| scoping || !matches!(k, RecordKind::Outputs | RecordKind::Brief))
            .collect()
    }

    fn next(self, forward: bool, scoping: bool) -> RecordKind {
        let all = RecordKind::offered(scoping);
        let i = all.iter().position(|k| *k == self).unwrap_or(0);
        let n = all.len();
        all[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordsState {
    pub kind: RecordKind,
    pub cursor: usize,
    /// On the output picker: the landscape entry whose outputs are picked (None: the needed outputs).
    pub entry: Option<String>,
    /// On a view that scrolls by line (the brief): how far it can scroll, as the last drawing found
    /// (the number of lines depends on the width), so the cursor stops at the last page.
    pub scroll_limit: std::cell::Cell<usize>,
}

impl RecordsState {
    pub fn new(kind: RecordKind) -> Self {
        RecordsState {
            kind,
            cursor: 0,
            entry: None,
            scroll_limit: std::cell::Cell::new(0),
        }
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
pub use lists::{len, on_records};
pub use submit::submit;

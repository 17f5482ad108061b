//! The choices the records forms offer: statuses, the 1–4 scale, the principles.

use crate::content::Pack;
use crate::session::{ActionStatus, DecisionStatus, Impact, Likelihood, PrincipleStatus};
use crate::tui::form::field_keys;

field_keys!(
    /// The fields of the records forms (decision, action, risk, parking-lot point, principle note, skip).
    pub enum RecordField {
        By => "by",
        Decisions => "decisions",
        Description => "description",
        Due => "due",
        Impact => "impact",
        Likelihood => "likelihood",
        Mitigation => "mitigation",
        Note => "note",
        Owner => "owner",
        Principles => "principles",
        Rationale => "rationale",
        Reason => "reason",
        Status => "status",
        Text => "text",
        Title => "title",
    }
);

pub fn principle_options(pack: &Pack) -> Vec<(String, String)> {
    pack.principles
        .principles
        .iter()
        .map(|p| (p.id.clone(), format!("{}. {}", p.number, p.name)))
        .collect()
}

/// The statuses a person can give a decision (superseding has its own key).
pub fn decision_statuses() -> Vec<(String, String)> {
    DecisionStatus::SETTABLE
        .iter()
        .map(|s| (s.as_str().to_string(), s.label().to_string()))
        .collect()
}

pub fn action_statuses() -> Vec<(String, String)> {
    ActionStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), s.label().to_string()))
        .collect()
}

pub fn principle_statuses() -> Vec<(String, String)> {
    PrincipleStatus::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), s.label().to_string()))
        .collect()
}

/// A risk's likelihood, 1–4, each with its word.
pub fn likelihoods() -> Vec<(String, String)> {
    Likelihood::ALL
        .iter()
        .map(|l| {
            (
                l.as_str().to_string(),
                format!("{} {}", l.as_str(), l.label()),
            )
        })
        .collect()
}

/// A risk's impact, 1–4, each with its word.
pub fn impacts() -> Vec<(String, String)> {
    Impact::ALL
        .iter()
        .map(|l| {
            (
                l.as_str().to_string(),
                format!("{} {}", l.as_str(), l.label()),
            )
        })
        .collect()
}

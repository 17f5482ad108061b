//! The words every format uses for statuses, so the summary, Markdown, HTML and CSV agree. The words
//! of the session's statuses and risk scales are the enums' own (`label`); the ones here belong to
//! what the exports compute (coverage cells, risk levels), with the class HTML colours a risk level
//! with, which the walk names in HTML's table of risks.

use crate::session::{
    ActionStatus, DecisionStatus, Impact, Likelihood, PrincipleStatus, SubstepStatus,
};

use super::coverage::CoverageCell;
use super::records::{ActionMark, RiskLevel};

/// A sub-step's status with the reason when it was skipped, the reason passed through `escape` (the
/// format's own escaping).
pub fn substep_status_with_reason(s: &SubstepStatus, escape: impl Fn(&str) -> String) -> String {
    match s {
        SubstepStatus::Skipped { reason } if !reason.trim().is_empty() => {
            format!("skipped: {}", escape(reason))
        }
        other => substep_status(other).to_string(),
    }
}

pub fn substep_status(s: &SubstepStatus) -> &'static str {
    s.label()
}

pub fn decision_status(s: &DecisionStatus) -> &'static str {
    s.label()
}

pub fn action_status(s: ActionStatus) -> &'static str {
    s.label()
}

pub fn principle_status(s: PrincipleStatus) -> &'static str {
    s.label()
}

/// The action's status with its overdue mark, e.g. "open" or "open, OVERDUE by 8 days".
pub fn action_mark(status: ActionStatus, mark: ActionMark) -> String {
    let status = action_status(status);
    match mark {
        ActionMark::Finished | ActionMark::Pending => status.to_string(),
        ActionMark::Overdue { days: 1 } => format!("{status}, OVERDUE by 1 day"),
        ActionMark::Overdue { days } => format!("{status}, OVERDUE by {days} days"),
    }
}

/// One-character symbol of a coverage cell: readable without colour.
pub fn coverage_symbol(c: CoverageCell) -> &'static str {
    match c {
        CoverageCell::Addressed => "✓",
        CoverageCell::Concern => "!",
        CoverageCell::NotApplicable => "–",
        CoverageCell::Open => "?",
        CoverageCell::NeverDiscussed => "·",
    }
}

/// The ASCII form of a coverage symbol, for the plain-text summary (screen readers, any font).
pub fn coverage_ascii(c: CoverageCell) -> &'static str {
    match c {
        CoverageCell::Addressed => "Y",
        CoverageCell::Concern => "!",
        CoverageCell::NotApplicable => "n/a",
        CoverageCell::Open => "?",
        CoverageCell::NeverDiscussed => ".",
    }
}

/// A coverage cell in words: the principle status it shows, or "never discussed".
pub fn coverage_word(c: CoverageCell) -> &'static str {
    match c {
        CoverageCell::Addressed => PrincipleStatus::Addressed.label(),
        CoverageCell::Concern => PrincipleStatus::Concern.label(),
        CoverageCell::NotApplicable => PrincipleStatus::NotApplicable.label(),
        CoverageCell::Open => PrincipleStatus::Open.label(),
        CoverageCell::NeverDiscussed => "never discussed",
    }
}

pub fn risk_level(l: RiskLevel) -> &'static str {
    match l {
        RiskLevel::Low => "low",
        RiskLevel::Medium => "medium",
        RiskLevel::High => "high",
        RiskLevel::Critical => "critical",
    }
}

/// The CSS class of a risk level's colour (HTML's style sheet colours it; the walk names it in
/// HTML's table of risks).
pub fn level_class(l: RiskLevel) -> &'static str {
    match l {
        RiskLevel::Low => "risk-low",
        RiskLevel::Medium => "risk-medium",
        RiskLevel::High => "risk-high",
        RiskLevel::Critical => "risk-critical",
    }
}

/// The likelihood labels, from 1 to 4 (the words are [`Likelihood`]'s).
pub const LIKELIHOOD: [&str; 4] = [
    Likelihood::Unlikely.label(),
    Likelihood::Possible.label(),
    Likelihood::Likely.label(),
    Likelihood::VeryLikely.label(),
];
/// The impact labels, from 1 to 4 (the words are [`Impact`]'s).
pub const IMPACT: [&str; 4] = [
    Impact::Minor.label(),
    Impact::Moderate.label(),
    Impact::Major.label(),
    Impact::Severe.label(),
];

/// "1 decision", "3 decisions".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

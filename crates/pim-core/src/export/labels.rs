//! The words every format uses for statuses, so the summary, Markdown, HTML and CSV agree. The words
//! of the session's statuses and risk scales are the enums' own (`label`); the ones here belong to
//! what the exports compute (coverage cells, risk levels), with the class HTML colours a risk level
//! with, which the walk names in HTML's table of risks.

use crate::session::{
    ActionStatus, DecisionStatus, Impact, Likelihood, PrincipleStatus, SubstepStatus,
};
use crate::t;

use super::coverage::CoverageCell;
use super::records::{ActionMark, RiskLevel};

/// A sub-step's status with the reason when it was skipped, the reason passed through `escape` (the
/// format's own escaping).
pub fn substep_status_with_reason(s: &SubstepStatus, escape: impl Fn(&str) -> String) -> String {
    match s {
        SubstepStatus::Skipped { reason } if !reason.trim().is_empty() => {
            t!("report-skipped-because", reason = escape(reason))
        }
        other => substep_status(other),
    }
}

pub fn substep_status(s: &SubstepStatus) -> String {
    s.label()
}

pub fn decision_status(s: &DecisionStatus) -> String {
    s.label()
}

pub fn action_status(s: ActionStatus) -> String {
    s.label()
}

pub fn principle_status(s: PrincipleStatus) -> String {
    s.label()
}

/// The action's status with its overdue mark, e.g. "open" or "open, OVERDUE by 8 days".
pub fn action_mark(status: ActionStatus, mark: ActionMark) -> String {
    let status = action_status(status);
    match mark {
        ActionMark::Finished | ActionMark::Pending => status,
        ActionMark::Overdue { days } => t!("report-action-overdue", status = status, days = days),
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
pub fn coverage_word(c: CoverageCell) -> String {
    match c {
        CoverageCell::Addressed => PrincipleStatus::Addressed.label(),
        CoverageCell::Concern => PrincipleStatus::Concern.label(),
        CoverageCell::NotApplicable => PrincipleStatus::NotApplicable.label(),
        CoverageCell::Open => PrincipleStatus::Open.label(),
        CoverageCell::NeverDiscussed => t!("report-coverage-never-discussed"),
    }
}

pub fn risk_level(l: RiskLevel) -> String {
    match l {
        RiskLevel::Low => t!("report-risk-level-low"),
        RiskLevel::Medium => t!("report-risk-level-medium"),
        RiskLevel::High => t!("report-risk-level-high"),
        RiskLevel::Critical => t!("report-risk-level-critical"),
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

/// The likelihood labels, from 1 to 4 (the words are [`Likelihood`]'s), in the current language.
pub fn likelihood() -> [String; 4] {
    [1, 2, 3, 4].map(|n| Likelihood::from_score(n).label())
}

/// The impact labels, from 1 to 4 (the words are [`Impact`]'s), in the current language.
pub fn impact() -> [String; 4] {
    [1, 2, 3, 4].map(|n| Impact::from_score(n).label())
}

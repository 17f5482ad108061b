//! What a report may say of a dot vote: the result once it is closed, and only "open" before, so
//! that no export shows a tally the room has not seen (the tally is hidden until the vote closes).

use crate::session::voting::DotVote;
use crate::t;

/// A vote as the reports show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoteOutcome {
    /// Still open: no tally is shown.
    Open,
    /// Closed, with its result in one line ("Protection Monitoring (7); Population Data (4)"), or
    /// the words for a vote without a dot.
    Closed(String),
}

impl VoteOutcome {
    /// The outcome in words: "open", or "closed: " and the result.
    pub fn text(&self) -> String {
        match self {
            VoteOutcome::Open => t!("attendance-vote-open"),
            VoteOutcome::Closed(result) => t!("attendance-vote-closed", result = result.as_str()),
        }
    }
}

/// The outcome of `vote`, read through the vote's own rule: no results while it is open
/// (`DotVote::results`), its one-line result once closed (`DotVote::outcome_line`).
pub fn outcome(vote: &DotVote) -> VoteOutcome {
    match vote.results() {
        None => VoteOutcome::Open,
        Some(_) => VoteOutcome::Closed(vote.outcome_line()),
    }
}

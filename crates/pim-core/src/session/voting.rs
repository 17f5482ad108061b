//! Dot voting: on a list (information needs, key questions, categories…) each voter — a participant or a
//! group — places up to N dots; the tally orders the options; closing the vote records the result.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::extra::Extra;
use crate::t;

/// One dot vote.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct DotVote {
    /// `V-1`, `V-2`…
    pub id: String,
    /// What the room is choosing, e.g. "Which information needs come first?".
    pub title: String,
    /// Where the options came from, e.g. "Matrix categories" or a prompt id.
    pub list: String,
    /// The options, in the order they were listed.
    pub options: Vec<String>,
    /// Dots each voter has.
    pub dots_per_voter: u32,
    /// Who votes (participants or groups), in order.
    pub voters: Vec<String>,
    /// Dots placed: voter → dots per option (same order as `options`).
    pub ballots: BTreeMap<String, Vec<u32>>,
    /// Dots counted on paper (a flipchart), per option (same order as `options`), added to the ballots.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counted: Vec<u32>,
    /// The vote is over; the tally is the result.
    pub closed: bool,
    /// When it was opened.
    pub at: DateTime<FixedOffset>,
    /// Who opened it.
    pub by: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Why a dot could not be placed or taken back.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum VoteError {
    #[error("{}", t!("session-vote-not-found", id = .0.as_str()))]
    NoVote(String),
    #[error("{}", t!("session-vote-no-dots-left", voter = voter.as_str(), dots = *dots))]
    NoDotsLeft { voter: String, dots: u32 },
    #[error("{}", t!("session-vote-no-dot-here", voter = .0.as_str()))]
    NoDotHere(String),
    #[error("{}", t!("session-vote-closed-error"))]
    Closed,
    #[error("{}", t!("session-vote-out-of-range"))]
    OutOfRange,
    #[error("{}", t!("vote-count-too-many", max = MAX_COUNTED))]
    TooMany,
}

/// The most dots that can be counted on one option from a flipchart.
pub const MAX_COUNTED: u32 = 9999;

/// One line of the tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyRow {
    /// Index into `options`.
    pub option: usize,
    pub text: String,
    pub dots: u32,
}

impl DotVote {
    /// Dots the voter has placed.
    pub fn used(&self, voter: &str) -> u32 {
        self.ballots
            .get(voter)
            .map_or(0, |b| b.iter().fold(0u32, |acc, d| acc.saturating_add(*d)))
    }

    /// Dots the voter may still place.
    pub fn left(&self, voter: &str) -> u32 {
        self.dots_per_voter.saturating_sub(self.used(voter))
    }

    /// Dots a voter placed on an option.
    pub fn dots_on(&self, voter: &str, option: usize) -> u32 {
        self.ballots
            .get(voter)
            .and_then(|b| b.get(option))
            .copied()
            .unwrap_or(0)
    }

    /// Dots counted on paper for an option.
    pub fn counted_on(&self, option: usize) -> u32 {
        self.counted.get(option).copied().unwrap_or(0)
    }

    /// Total dots per option: the voters' ballots and the dots counted on paper.
    pub fn totals(&self) -> Vec<u32> {
        let mut totals = vec![0u32; self.options.len()];
        for ballot in self.ballots.values().chain(std::iter::once(&self.counted)) {
            for (t, d) in totals.iter_mut().zip(ballot) {
                *t = t.saturating_add(*d);
            }
        }
        totals
    }

    /// The options, most dots first (ties keep the listed order).
    pub fn tally(&self) -> Vec<TallyRow> {
        let mut rows: Vec<TallyRow> = self
            .totals()
            .into_iter()
            .enumerate()
            .map(|(option, dots)| TallyRow {
                option,
                text: self.options[option].clone(),
                dots,
            })
            .collect();
        rows.sort_by(|a, b| b.dots.cmp(&a.dots).then(a.option.cmp(&b.option)));
        rows
    }

    /// The result in one line: "Protection Monitoring (7); Population Data (4); …".
    pub fn result_line(&self) -> String {
        self.tally()
            .iter()
            .filter(|r| r.dots > 0)
            .map(|r| format!("{} ({})", r.text, r.dots))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Places one of the voter's dots on an option.
    pub fn give(&mut self, voter: usize, option: usize) -> Result<(), VoteError> {
        let (name, option) = self.check(voter, option)?;
        if self.left(&name) == 0 {
            return Err(VoteError::NoDotsLeft {
                voter: name,
                dots: self.dots_per_voter,
            });
        }
        let len = self.options.len();
        let ballot = self.ballots.entry(name).or_insert_with(|| vec![0; len]);
        ballot.resize(len, 0);
        ballot[option] = ballot[option].saturating_add(1);
        Ok(())
    }

    /// Takes back one of the voter's dots from an option.
    pub fn take(&mut self, voter: usize, option: usize) -> Result<(), VoteError> {
        let (name, option) = self.check(voter, option)?;
        match self.ballots.get_mut(&name).and_then(|b| b.get_mut(option)) {
            Some(d) if *d > 0 => {
                *d -= 1;
                Ok(())
            }
            _ => Err(VoteError::NoDotHere(name)),
        }
    }

    /// Records the dots counted on paper (a flipchart) for an option, in place of any counted before.
    pub fn set_counted(&mut self, option: usize, dots: u32) -> Result<(), VoteError> {
        if self.closed {
            return Err(VoteError::Closed);
        }
        if option >= self.options.len() {
            return Err(VoteError::OutOfRange);
        }
        if dots > MAX_COUNTED {
            return Err(VoteError::TooMany);
        }
        self.counted.resize(self.options.len(), 0);
        self.counted[option] = dots;
        if self.counted.iter().all(|d| *d == 0) {
            self.counted.clear();
        }
        Ok(())
    }

    fn check(&self, voter: usize, option: usize) -> Result<(String, usize), VoteError> {
        if self.closed {
            return Err(VoteError::Closed);
        }
        let name = self.voters.get(voter).ok_or(VoteError::OutOfRange)?;
        if option >= self.options.len() {
            return Err(VoteError::OutOfRange);
        }
        Ok((name.clone(), option))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::model::Session;

    fn vote() -> DotVote {
        DotVote {
            options: vec!["A".into(), "B".into(), "C".into()],
            voters: vec!["Group 1".into(), "Group 2".into()],
            dots_per_voter: 3,
            ..Default::default()
        }
    }

    #[test]
    fn dots_are_limited_per_voter_and_tallied() {
        let mut v = vote();
        v.give(0, 1).unwrap();
        v.give(0, 1).unwrap();
        v.give(0, 2).unwrap();
        assert_eq!(
            v.give(0, 0),
            Err(VoteError::NoDotsLeft {
                voter: "Group 1".into(),
                dots: 3
            })
        );
        v.give(1, 2).unwrap();
        v.give(1, 2).unwrap();
        assert_eq!(v.totals(), vec![0, 2, 3]);
        let tally = v.tally();
        assert_eq!((tally[0].text.as_str(), tally[0].dots), ("C", 3));
        assert_eq!(v.result_line(), "C (3); B (2)");
        v.take(0, 1).unwrap();
        assert_eq!(v.left("Group 1"), 1);
        assert_eq!(v.take(1, 0), Err(VoteError::NoDotHere("Group 2".into())));
        assert_eq!(v.give(2, 0), Err(VoteError::OutOfRange));
        assert_eq!(v.give(0, 3), Err(VoteError::OutOfRange));
    }

    #[test]
    fn closing_records_the_result_and_freezes_the_vote() {
        let now = DateTime::parse_from_rfc3339("2026-11-21T10:00:00+03:00").unwrap();
        let mut s = Session::default();
        let id = s.add_vote(
            "Which first?",
            "Matrix categories",
            vec!["A".into(), "B".into()],
            vec!["Ana".into()],
            2,
            now,
            "fac",
        );
        assert_eq!(id, "V-1");
        s.vote_mut(&id).unwrap().give(0, 1).unwrap();
        assert_eq!(s.close_vote(&id, now, "fac"), Ok(true));
        assert_eq!(s.close_vote(&id, now, "fac"), Ok(false));
        assert!(s.timeline.last().unwrap().summary.contains("B (1)"));
        assert_eq!(s.vote_mut(&id).unwrap().give(0, 0), Err(VoteError::Closed));
    }
}

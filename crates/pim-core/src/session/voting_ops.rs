//! Opening and closing dot votes on a session (the vote itself is in [`super::voting`]).

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};

use super::model::{Extra, Session};
use super::ops::next_id;
use super::timeline::TimelineKind;
use super::voting::{DotVote, VoteError};
use crate::t;

impl Session {
    /// Opens a dot vote and returns its id (`V-n`).
    #[allow(clippy::too_many_arguments)]
    pub fn add_vote(
        &mut self,
        title: &str,
        list: &str,
        options: Vec<String>,
        voters: Vec<String>,
        dots_per_voter: u32,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> String {
        let votes = &mut self.facilitation.votes;
        let id = next_id("V", votes.iter().map(|v| v.id.as_str()));
        votes.push(DotVote {
            id: id.clone(),
            title: title.to_string(),
            list: list.to_string(),
            options,
            dots_per_voter,
            voters,
            ballots: BTreeMap::new(),
            counted: Vec::new(),
            closed: false,
            at: now,
            by: by.to_string(),
            extra: Extra::new(),
        });
        self.record(
            now,
            by,
            TimelineKind::Other,
            t!("session-vote-opened", id = id.as_str(), title = title),
            Some(id.clone()),
        );
        id
    }

    pub fn vote_mut(&mut self, id: &str) -> Result<&mut DotVote, VoteError> {
        self.facilitation
            .votes
            .iter_mut()
            .find(|v| v.id == id)
            .ok_or_else(|| VoteError::NoVote(id.to_string()))
    }

    /// Closes a vote and records its result in the timeline. Returns Ok(false) when already closed.
    pub fn close_vote(
        &mut self,
        id: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, VoteError> {
        let vote = self.vote_mut(id)?;
        if vote.closed {
            return Ok(false);
        }
        vote.closed = true;
        let result = vote.result_line();
        let summary = if result.is_empty() {
            t!("session-vote-closed-empty", id = id)
        } else {
            t!("session-vote-closed", id = id, result = result)
        };
        self.record(now, by, TimelineKind::Other, summary, Some(id.to_string()));
        Ok(true)
    }
}

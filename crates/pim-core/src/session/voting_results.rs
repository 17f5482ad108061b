//! What a dot vote shows and reports. While it is open only the number of dots placed is shown — the
//! tally stays hidden, so nobody is drawn to the option already ahead and no one's dots can be read
//! off the screen; once it is closed, the ranked result. The vote screen, the presenter view and the
//! reports all read votes through these.

use super::model::Session;
use super::voting::{DotVote, TallyRow};
use crate::t;

impl DotVote {
    /// Dots placed so far: the voters' and those counted on paper.
    pub fn dots_cast(&self) -> u32 {
        self.totals()
            .iter()
            .fold(0u32, |acc, d| acc.saturating_add(*d))
    }

    /// Dots counted on paper, all options together.
    pub fn dots_counted(&self) -> u32 {
        self.counted
            .iter()
            .fold(0u32, |acc, d| acc.saturating_add(*d))
    }

    /// How many voters have placed at least one dot.
    pub fn voters_who_voted(&self) -> usize {
        self.voters.iter().filter(|v| self.used(v) > 0).count()
    }

    /// The ranked result once the vote is closed; `None` while it is open (the tally is hidden).
    pub fn results(&self) -> Option<Vec<TallyRow>> {
        self.closed.then(|| self.tally())
    }

    /// The vote in one line, for reports: "Protection Monitoring (7); Population Data (4)" once closed
    /// ("no dots placed" when none were), "still open: 14 dots placed" while open — never the tally of
    /// an open vote.
    pub fn outcome_line(&self) -> String {
        match self.results() {
            Some(_) => {
                let line = self.result_line();
                if line.is_empty() {
                    t!("day-summary-no-dots")
                } else {
                    line
                }
            }
            None => t!("vote-outcome-open", dots = self.dots_cast()),
        }
    }
}

impl Session {
    /// A vote by its id.
    pub fn vote(&self, id: &str) -> Option<&DotVote> {
        self.facilitation.votes.iter().find(|v| v.id == id)
    }

    /// The votes as they are offered to be resumed: the open ones first, then the closed ones, each in
    /// the order they were opened.
    pub fn votes_listed(&self) -> Vec<&DotVote> {
        let votes = &self.facilitation.votes;
        votes
            .iter()
            .filter(|v| !v.closed)
            .chain(votes.iter().filter(|v| v.closed))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::voting::{MAX_COUNTED, VoteError};
    use chrono::DateTime;

    fn now() -> chrono::DateTime<chrono::FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T10:00:00+03:00").unwrap()
    }

    fn session_with_votes() -> Session {
        let now = now();
        let mut s = Session::default();
        for title in ["First", "Second", "Third"] {
            s.add_vote(
                title,
                "Matrix categories",
                vec!["A".into(), "B".into(), "C".into()],
                vec!["Ana".into(), "Ben".into()],
                3,
                now,
                "fac",
            );
        }
        s.close_vote("V-1", now, "fac").unwrap();
        s
    }

    #[test]
    fn the_tally_is_hidden_until_the_vote_is_closed() {
        let mut s = session_with_votes();
        let v = s.vote_mut("V-2").unwrap();
        v.give(0, 1).unwrap();
        v.give(0, 1).unwrap();
        v.give(1, 2).unwrap();
        assert_eq!(v.results(), None, "no tally while open");
        assert_eq!(v.dots_cast(), 3, "the count of dots is known");
        assert_eq!(v.voters_who_voted(), 2);
        assert_eq!(v.outcome_line(), "still open: 3 dots placed");
        assert!(!v.outcome_line().contains("B (2)"));
        s.close_vote("V-2", now(), "fac").unwrap();
        let v = s.vote("V-2").unwrap();
        let results = v.results().unwrap();
        assert_eq!((results[0].text.as_str(), results[0].dots), ("B", 2));
        assert_eq!(v.outcome_line(), "B (2); C (1)");
        assert_eq!(s.vote("V-1").unwrap().outcome_line(), "no dots placed");
    }

    #[test]
    fn open_votes_are_listed_first() {
        let s = session_with_votes();
        let ids: Vec<&str> = s.votes_listed().iter().map(|v| v.id.as_str()).collect();
        assert_eq!(ids, ["V-2", "V-3", "V-1"]);
        assert!(s.vote("V-9").is_none());
    }

    #[test]
    fn totals_counted_on_a_flipchart_add_to_the_dots() {
        let mut s = session_with_votes();
        let v = s.vote_mut("V-3").unwrap();
        v.give(0, 0).unwrap();
        v.set_counted(0, 6).unwrap();
        v.set_counted(2, 4).unwrap();
        assert_eq!(v.totals(), vec![7, 0, 4]);
        assert_eq!((v.dots_cast(), v.dots_counted()), (11, 10));
        // A count is replaced, not added to; a voter's own dots are untouched by it.
        v.set_counted(0, 2).unwrap();
        assert_eq!(v.totals(), vec![3, 0, 4]);
        assert_eq!(v.left("Ana"), 2);
        assert_eq!(v.set_counted(3, 1), Err(VoteError::OutOfRange));
        assert_eq!(v.set_counted(1, MAX_COUNTED + 1), Err(VoteError::TooMany));
        // Counting back to zero everywhere leaves nothing counted in the file.
        v.set_counted(0, 0).unwrap();
        v.set_counted(2, 0).unwrap();
        assert!(v.counted.is_empty());
        let v = s.vote_mut("V-1").unwrap();
        assert_eq!(v.set_counted(0, 1), Err(VoteError::Closed));
    }
}

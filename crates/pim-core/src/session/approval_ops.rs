//! The changes the brief's approval form makes to a session: the verdict and the brief's date,
//! each dated, attributed and logged.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::approval::{Approval, Verdict};
use super::extra::Extra;
use super::model::Session;
use super::timeline::TimelineKind;
use crate::t;

impl Session {
    /// Records the manager's verdict on the brief (replacing any earlier one; the timeline keeps it).
    pub fn set_approval(
        &mut self,
        verdict: Verdict,
        approver: &str,
        comments: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) {
        let approval = Approval {
            verdict,
            by: approver.trim().to_string(),
            at: now,
            comments: comments.trim().to_string(),
            extra: Extra::new(),
        };
        let summary = approval.sentence();
        self.brief.approval = Some(approval);
        self.record(now, by, TimelineKind::Approval, summary, None);
    }

    /// Removes the verdict (the brief goes back to "not yet approved").
    pub fn clear_approval(&mut self, now: DateTime<FixedOffset>, by: &str) -> bool {
        if self.brief.approval.take().is_none() {
            return false;
        }
        self.record(
            now,
            by,
            TimelineKind::Approval,
            t!("approval-cleared"),
            None,
        );
        true
    }

    /// Records what the brief form says: the verdict (`None` removes it) and the brief's date. Only
    /// what changed is logged. Returns whether anything changed.
    pub fn review_brief(
        &mut self,
        verdict: Option<Verdict>,
        approver: &str,
        comments: &str,
        date: Option<NaiveDate>,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let before = self.brief.clone();
        self.set_brief_date(date, now, by);
        match verdict {
            None => {
                self.clear_approval(now, by);
            }
            Some(v) => {
                let same = self.brief.approval.as_ref().is_some_and(|a| {
                    a.verdict == v && a.by == approver.trim() && a.comments == comments.trim()
                });
                if !same {
                    self.set_approval(v, approver, comments, now, by);
                }
            }
        }
        self.brief != before
    }

    /// Sets or clears the date the brief carries.
    pub fn set_brief_date(
        &mut self,
        date: Option<NaiveDate>,
        now: DateTime<FixedOffset>,
        by: &str,
    ) {
        if self.brief.date == date {
            return;
        }
        self.brief.date = date;
        let summary = match date {
            Some(d) => t!("approval-brief-dated", date = crate::i18n::long_date(d)),
            None => t!("approval-brief-undated"),
        };
        self.record(now, by, TimelineKind::Approval, summary, None);
    }

    /// The date the brief carries: the explicit brief date, or the day the session last changed.
    pub fn brief_date(&self) -> NaiveDate {
        self.brief.date.unwrap_or_else(|| self.updated.date_naive())
    }
}

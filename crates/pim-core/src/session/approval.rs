//! The scoping brief's record in the session: the date it carries, and the manager's approval
//! (approved, or changes requested; by whom, when, with comments).

use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::extra::Extra;
use super::model::Session;
use super::timeline::TimelineKind;
use crate::t;

/// What the brief records beyond the answers (left out of the file when empty).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct BriefRecord {
    /// The date the brief carries; without it, the day the session last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The manager's verdict on the brief.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl BriefRecord {
    pub fn is_empty(&self) -> bool {
        self.date.is_none() && self.approval.is_none() && self.extra.is_empty()
    }
}

/// A verdict on the brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Approved,
    ChangesRequested,
}

impl Verdict {
    /// The verdict in words, in the current language.
    pub fn label(self) -> String {
        match self {
            Verdict::Approved => t!("approval-approved"),
            Verdict::ChangesRequested => t!("approval-changes-requested"),
        }
    }

    /// The other verdict (the TUI toggles between the two).
    pub fn other(self) -> Verdict {
        match self {
            Verdict::Approved => Verdict::ChangesRequested,
            Verdict::ChangesRequested => Verdict::Approved,
        }
    }
}

/// Who said what about the brief, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Approval {
    pub verdict: Verdict,
    /// The person who gave the verdict (a name, as written).
    pub by: String,
    pub at: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comments: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Approval {
    /// "Approved by Henrik Solberg on 13 November 2026".
    pub fn sentence(&self) -> String {
        t!(
            "approval-sentence",
            verdict = self.verdict.label(),
            name = self.by.trim(),
            date = crate::i18n::long_date(self.at.date_naive())
        )
    }
}

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

    /// Sets or clears the date the brief carries.
    pub fn set_brief_date(&mut self, date: Option<NaiveDate>, now: DateTime<FixedOffset>, by: &str) {
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

//! The scoping brief's record in the session: the date it carries, and the manager's approval
//! (approved, or changes requested; by whom, when, with comments).

use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::extra::Extra;
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
    pub const ALL: [Verdict; 2] = [Verdict::Approved, Verdict::ChangesRequested];

    /// The word written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Approved => "approved",
            Verdict::ChangesRequested => "changes-requested",
        }
    }

    /// The verdict written as in the file; `None` for anything else.
    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }
    /// The verdict in words, in the current language.
    pub fn label(self) -> String {
        match self {
            Verdict::Approved => t!("approval-approved"),
            Verdict::ChangesRequested => t!("approval-changes-requested"),
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

//! The fields of a decision, an action or a risk as the team writes them, and their checks: the rules
//! every way of recording one (the workshop's forms, a future command) shares. The changes themselves
//! are in [`super::ops`].

use chrono::NaiveDate;
use thiserror::Error;

use super::status::ActionStatus;
use crate::t;

/// The fields of a decision the team writes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DecisionDraft {
    /// The step id.
    pub step: String,
    /// The sub-step id, if any.
    pub substep: Option<String>,
    /// The decision in one line.
    pub title: String,
    /// Why.
    pub rationale: String,
    /// Related principle ids.
    pub principles: Vec<String>,
}

/// The fields of an action item the team writes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActionDraft {
    /// What to do.
    pub text: String,
    /// Who does it.
    pub owner: String,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// Where it stands.
    pub status: ActionStatus,
    /// Related decision ids.
    pub decisions: Vec<String>,
}

/// The fields of a risk the team writes. Scores outside 1–4 are clamped into it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RiskDraft {
    /// What could go wrong.
    pub description: String,
    /// 1–4.
    pub likelihood: u8,
    /// 1–4.
    pub impact: u8,
    /// What reduces it.
    pub mitigation: String,
    /// Who watches it.
    pub owner: String,
}

/// What is wrong with a decision as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DecisionProblem {
    /// The decision itself is empty (or only spaces).
    #[error("{}", t!("session-decision-empty"))]
    TitleEmpty,
}

impl DecisionProblem {
    /// The field it is about.
    pub fn field(self) -> &'static str {
        match self {
            DecisionProblem::TitleEmpty => "title",
        }
    }
}

impl DecisionDraft {
    /// Ok when the decision may be recorded: it says what was decided. The rationale, principles and
    /// place are optional.
    pub fn validate(&self) -> Result<(), DecisionProblem> {
        if self.title.trim().is_empty() {
            return Err(DecisionProblem::TitleEmpty);
        }
        Ok(())
    }
}

/// What is wrong with an action as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ActionProblem {
    /// What to do is empty (or only spaces).
    #[error("{}", t!("session-action-empty"))]
    TextEmpty,
}

impl ActionProblem {
    /// The field it is about.
    pub fn field(self) -> &'static str {
        match self {
            ActionProblem::TextEmpty => "text",
        }
    }
}

impl ActionDraft {
    /// Ok when the action may be recorded: it says what will be done. The owner and the due date are
    /// optional (an unreadable due date is refused earlier, by [`super::dates::parse_due`]).
    pub fn validate(&self) -> Result<(), ActionProblem> {
        if self.text.trim().is_empty() {
            return Err(ActionProblem::TextEmpty);
        }
        Ok(())
    }
}

/// What is wrong with a risk as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum RiskProblem {
    /// What could go wrong is empty (or only spaces).
    #[error("{}", t!("session-risk-empty"))]
    DescriptionEmpty,
}

impl RiskProblem {
    /// The field it is about.
    pub fn field(self) -> &'static str {
        match self {
            RiskProblem::DescriptionEmpty => "description",
        }
    }
}

impl RiskDraft {
    /// Ok when the risk may be recorded: it says what could go wrong. Scores outside 1–4 are not a
    /// problem: they are clamped when the risk is recorded.
    pub fn validate(&self) -> Result<(), RiskProblem> {
        if self.description.trim().is_empty() {
            return Err(RiskProblem::DescriptionEmpty);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_draft_passes_and_an_empty_one_is_refused() {
        let decision = DecisionDraft {
            title: "Use the existing monitoring".into(),
            ..Default::default()
        };
        assert_eq!(decision.validate(), Ok(()));
        let blank = DecisionDraft {
            title: "   ".into(),
            rationale: "a reason alone is not a decision".into(),
            ..Default::default()
        };
        assert_eq!(blank.validate(), Err(DecisionProblem::TitleEmpty));
        assert_eq!(DecisionProblem::TitleEmpty.field(), "title");

        let action = ActionDraft {
            text: "Ask the cluster for the 4W".into(),
            due: NaiveDate::from_ymd_opt(2026, 12, 1),
            ..Default::default()
        };
        assert_eq!(action.validate(), Ok(()));
        let no_owner_no_due = ActionDraft {
            text: "Share the brief".into(),
            ..Default::default()
        };
        assert_eq!(no_owner_no_due.validate(), Ok(()));
        let blank = ActionDraft {
            owner: "Amina".into(),
            ..Default::default()
        };
        assert_eq!(blank.validate(), Err(ActionProblem::TextEmpty));
        assert_eq!(ActionProblem::TextEmpty.field(), "text");

        let risk = RiskDraft {
            description: "Lists of names leak".into(),
            likelihood: 9,
            ..Default::default()
        };
        assert_eq!(risk.validate(), Ok(()));
        let blank = RiskDraft::default();
        assert_eq!(blank.validate(), Err(RiskProblem::DescriptionEmpty));
        assert_eq!(RiskProblem::DescriptionEmpty.field(), "description");
    }
}

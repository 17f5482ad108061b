//! Status enums of the session model.
//!
//! Statuses with extra data (a skipped sub-step's reason, a superseded decision's successor) are
//! flattened into their record, so the file reads
//! `{"status": "skipped", "reason": "covered last week", ...}` and
//! `{"status": "superseded", "superseded_by": "D-3", ...}`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::words::{find_word, from_str_by_parse};
use crate::t;

/// Where a sub-step stands in this session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(from = "SubstepStatusWire", into = "SubstepStatusWire")]
pub enum SubstepStatus {
    /// Nothing recorded yet.
    #[default]
    NotStarted,
    /// Some answers recorded.
    InProgress,
    /// The team considers the sub-step done.
    Done,
    /// Deliberately skipped, with the reason.
    Skipped {
        /// Why the team skipped it.
        reason: String,
    },
}

impl SubstepStatus {
    /// Every status, in the order of the work; the skip stands for any skip, whatever its reason.
    pub const ALL: &'static [SubstepStatus] = &[
        SubstepStatus::NotStarted,
        SubstepStatus::InProgress,
        SubstepStatus::Done,
        SubstepStatus::Skipped {
            reason: String::new(),
        },
    ];

    /// The short snake_case name used in the file (`not_started`, `in_progress`, `done`, `skipped`).
    pub fn as_str(&self) -> &'static str {
        match self {
            SubstepStatus::NotStarted => "not_started",
            SubstepStatus::InProgress => "in_progress",
            SubstepStatus::Done => "done",
            SubstepStatus::Skipped { .. } => "skipped",
        }
    }

    /// The status for people, in the current language: `not started`, `in progress`, `done`,
    /// `skipped`.
    pub fn label(&self) -> String {
        match self {
            SubstepStatus::NotStarted => t!("status-substep-not-started"),
            SubstepStatus::InProgress => t!("status-substep-in-progress"),
            SubstepStatus::Done => t!("status-substep-done"),
            SubstepStatus::Skipped { .. } => t!("status-substep-skipped"),
        }
    }

    /// The status marking a sub-step moves it to: done, or back to in progress when it is done. Not a
    /// cycle through [`SubstepStatus::ALL`]: nothing goes back to not started, and a skip needs a reason.
    pub fn next(&self) -> SubstepStatus {
        match self {
            SubstepStatus::Done => SubstepStatus::InProgress,
            _ => SubstepStatus::Done,
        }
    }

    /// Whether the team is finished with the sub-step: done or skipped.
    pub fn is_finished(&self) -> bool {
        matches!(self, SubstepStatus::Done | SubstepStatus::Skipped { .. })
    }

    /// The status from its file name or its label (case, spaces and dashes ignored); empty is not
    /// started. `skipped` is a skip without a reason, as a file's bare `"status": "skipped"` is.
    pub fn parse(s: &str) -> Option<SubstepStatus> {
        if s.trim().is_empty() {
            return Some(SubstepStatus::default());
        }
        find_word(s, SubstepStatus::ALL, Self::as_str, Self::label)
    }
}

from_str_by_parse!(SubstepStatus, SubstepStatus::ALL);

/// The tag of a sub-step status as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SubstepState {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Skipped,
}

/// The file form of [`SubstepStatus`]: `status` plus `reason` when skipped.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub(crate) struct SubstepStatusWire {
    /// Where the sub-step stands.
    #[serde(default)]
    pub(crate) status: SubstepState,
    /// Why it was skipped (only with `skipped`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) reason: Option<String>,
}

impl From<SubstepStatusWire> for SubstepStatus {
    fn from(w: SubstepStatusWire) -> Self {
        match w.status {
            SubstepState::NotStarted => SubstepStatus::NotStarted,
            SubstepState::InProgress => SubstepStatus::InProgress,
            SubstepState::Done => SubstepStatus::Done,
            SubstepState::Skipped => SubstepStatus::Skipped {
                reason: w.reason.unwrap_or_default(),
            },
        }
    }
}

impl From<SubstepStatus> for SubstepStatusWire {
    fn from(s: SubstepStatus) -> Self {
        let (status, reason) = match s {
            SubstepStatus::NotStarted => (SubstepState::NotStarted, None),
            SubstepStatus::InProgress => (SubstepState::InProgress, None),
            SubstepStatus::Done => (SubstepState::Done, None),
            SubstepStatus::Skipped { reason } => (SubstepState::Skipped, Some(reason)),
        };
        SubstepStatusWire { status, reason }
    }
}

/// Whether a PIM principle has been considered for a sub-step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PrincipleStatus {
    /// Not yet discussed.
    #[default]
    Open,
    /// Discussed and addressed.
    Addressed,
    /// Discussed, and a concern remains.
    Concern,
    /// Does not apply here.
    NotApplicable,
}

impl PrincipleStatus {
    /// Every status, in the order [`PrincipleStatus::next`] goes through them.
    pub const ALL: &'static [PrincipleStatus] = &[
        PrincipleStatus::Open,
        PrincipleStatus::Addressed,
        PrincipleStatus::Concern,
        PrincipleStatus::NotApplicable,
    ];

    /// The snake_case name used in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipleStatus::Open => "open",
            PrincipleStatus::Addressed => "addressed",
            PrincipleStatus::Concern => "concern",
            PrincipleStatus::NotApplicable => "not_applicable",
        }
    }

    /// The status for people, in the current language: `open`, `addressed`, `concern`,
    /// `not applicable`.
    pub fn label(self) -> String {
        match self {
            PrincipleStatus::Open => t!("status-principle-open"),
            PrincipleStatus::Addressed => t!("status-principle-addressed"),
            PrincipleStatus::Concern => t!("status-principle-concern"),
            PrincipleStatus::NotApplicable => t!("status-principle-not-applicable"),
        }
    }

    /// The next status in the cycle open → addressed → concern → not applicable → open.
    pub fn next(self) -> PrincipleStatus {
        match self {
            PrincipleStatus::Open => PrincipleStatus::Addressed,
            PrincipleStatus::Addressed => PrincipleStatus::Concern,
            PrincipleStatus::Concern => PrincipleStatus::NotApplicable,
            PrincipleStatus::NotApplicable => PrincipleStatus::Open,
        }
    }

    /// The status from its file name or its label (case, spaces and dashes ignored); empty is open.
    pub fn parse(s: &str) -> Option<PrincipleStatus> {
        if s.trim().is_empty() {
            return Some(PrincipleStatus::default());
        }
        find_word(s, PrincipleStatus::ALL, |v| v.as_str(), |v| v.label())
    }
}

from_str_by_parse!(PrincipleStatus, PrincipleStatus::ALL);

/// Where a decision stands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(from = "DecisionStatusWire", into = "DecisionStatusWire")]
pub enum DecisionStatus {
    /// Put forward, not yet agreed.
    #[default]
    Proposed,
    /// Agreed by the team.
    Agreed,
    /// Considered and rejected.
    Rejected,
    /// Replaced by a later decision.
    Superseded {
        /// Id of the decision that replaces this one.
        by: String,
    },
}

impl DecisionStatus {
    /// Every status; the superseded one stands for any successor.
    pub const ALL: &'static [DecisionStatus] = &[
        DecisionStatus::Proposed,
        DecisionStatus::Agreed,
        DecisionStatus::Rejected,
        DecisionStatus::Superseded { by: String::new() },
    ];

    /// The statuses a person sets by choosing one, in the order [`DecisionStatus::next`] goes through
    /// them. A decision becomes superseded only when a newer one replaces it.
    pub const SETTABLE: &'static [DecisionStatus] = &[
        DecisionStatus::Proposed,
        DecisionStatus::Agreed,
        DecisionStatus::Rejected,
    ];

    /// The snake_case name used in the file.
    pub fn as_str(&self) -> &'static str {
        match self {
            DecisionStatus::Proposed => "proposed",
            DecisionStatus::Agreed => "agreed",
            DecisionStatus::Rejected => "rejected",
            DecisionStatus::Superseded { .. } => "superseded",
        }
    }

    /// The status for people, in the current language (in English, the same words as in the file).
    pub fn label(&self) -> String {
        match self {
            DecisionStatus::Proposed => t!("status-decision-proposed"),
            DecisionStatus::Agreed => t!("status-decision-agreed"),
            DecisionStatus::Rejected => t!("status-decision-rejected"),
            DecisionStatus::Superseded { .. } => t!("status-decision-superseded"),
        }
    }

    /// The next status in the cycle proposed → agreed → rejected → proposed. A superseded decision
    /// stays superseded: the chain is history.
    pub fn next(&self) -> DecisionStatus {
        match self {
            DecisionStatus::Proposed => DecisionStatus::Agreed,
            DecisionStatus::Agreed => DecisionStatus::Rejected,
            DecisionStatus::Rejected => DecisionStatus::Proposed,
            DecisionStatus::Superseded { by } => DecisionStatus::Superseded { by: by.clone() },
        }
    }

    /// The status from its file name or its label (case and spaces ignored); empty is proposed.
    /// `superseded` has no successor, as a file's bare `"status": "superseded"`; offer people
    /// [`DecisionStatus::SETTABLE`].
    pub fn parse(s: &str) -> Option<DecisionStatus> {
        if s.trim().is_empty() {
            return Some(DecisionStatus::default());
        }
        find_word(s, DecisionStatus::ALL, Self::as_str, Self::label)
    }
}

from_str_by_parse!(DecisionStatus, DecisionStatus::ALL);

/// The tag of a decision status as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum DecisionState {
    #[default]
    Proposed,
    Agreed,
    Rejected,
    Superseded,
}

/// The file form of [`DecisionStatus`]: `status` plus `superseded_by` when superseded.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub(crate) struct DecisionStatusWire {
    /// Where the decision stands.
    #[serde(default)]
    pub(crate) status: DecisionState,
    /// Id of the decision replacing this one (only with `superseded`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) superseded_by: Option<String>,
}

impl From<DecisionStatusWire> for DecisionStatus {
    fn from(w: DecisionStatusWire) -> Self {
        match w.status {
            DecisionState::Proposed => DecisionStatus::Proposed,
            DecisionState::Agreed => DecisionStatus::Agreed,
            DecisionState::Rejected => DecisionStatus::Rejected,
            DecisionState::Superseded => DecisionStatus::Superseded {
                by: w.superseded_by.unwrap_or_default(),
            },
        }
    }
}

impl From<DecisionStatus> for DecisionStatusWire {
    fn from(s: DecisionStatus) -> Self {
        let (status, superseded_by) = match s {
            DecisionStatus::Proposed => (DecisionState::Proposed, None),
            DecisionStatus::Agreed => (DecisionState::Agreed, None),
            DecisionStatus::Rejected => (DecisionState::Rejected, None),
            DecisionStatus::Superseded { by } => (DecisionState::Superseded, Some(by)),
        };
        DecisionStatusWire {
            status,
            superseded_by,
        }
    }
}

/// Where an action item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Not started.
    #[default]
    Open,
    /// Someone is on it.
    InProgress,
    /// Finished.
    Done,
    /// No longer pursued.
    Dropped,
}

impl ActionStatus {
    /// Every status, in the order [`ActionStatus::next`] goes through them.
    pub const ALL: &'static [ActionStatus] = &[
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// The snake_case name used in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Dropped => "dropped",
        }
    }

    /// The status for people, in the current language: `open`, `in progress`, `done`, `dropped`.
    pub fn label(self) -> String {
        match self {
            ActionStatus::Open => t!("status-action-open"),
            ActionStatus::InProgress => t!("status-action-in-progress"),
            ActionStatus::Done => t!("status-action-done"),
            ActionStatus::Dropped => t!("status-action-dropped"),
        }
    }

    /// The next status in the cycle open → in progress → done → dropped → open.
    pub fn next(self) -> ActionStatus {
        match self {
            ActionStatus::Open => ActionStatus::InProgress,
            ActionStatus::InProgress => ActionStatus::Done,
            ActionStatus::Done => ActionStatus::Dropped,
            ActionStatus::Dropped => ActionStatus::Open,
        }
    }

    /// The status from its file name or its label (case, spaces and dashes ignored); empty is open.
    pub fn parse(s: &str) -> Option<ActionStatus> {
        if s.trim().is_empty() {
            return Some(ActionStatus::default());
        }
        find_word(s, ActionStatus::ALL, |v| v.as_str(), |v| v.label())
    }

    /// True for `open` and `in_progress`: the action still needs doing.
    pub fn is_pending(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }
}

from_str_by_parse!(ActionStatus, ActionStatus::ALL);

#[cfg(test)]
mod tests {
    use super::*;

    /// The file name of each value as serde writes it.
    fn serde_name<T: Serialize>(v: &T) -> String {
        match serde_json::to_value(v).expect("a status serialises") {
            serde_json::Value::String(s) => s,
            serde_json::Value::Object(m) => m["status"].as_str().unwrap_or_default().to_string(),
            other => panic!("unexpected form {other}"),
        }
    }

    #[test]
    fn every_value_is_listed_once_in_order() {
        let index = |s: &SubstepStatus| match s {
            SubstepStatus::NotStarted => 0,
            SubstepStatus::InProgress => 1,
            SubstepStatus::Done => 2,
            SubstepStatus::Skipped { .. } => 3,
        };
        assert!(SubstepStatus::ALL.iter().map(index).eq(0..4));
        let index = |s: &DecisionStatus| match s {
            DecisionStatus::Proposed => 0,
            DecisionStatus::Agreed => 1,
            DecisionStatus::Rejected => 2,
            DecisionStatus::Superseded { .. } => 3,
        };
        assert!(DecisionStatus::ALL.iter().map(index).eq(0..4));
        assert_eq!(DecisionStatus::SETTABLE, &DecisionStatus::ALL[..3]);
        let index = |s: &PrincipleStatus| match s {
            PrincipleStatus::Open => 0,
            PrincipleStatus::Addressed => 1,
            PrincipleStatus::Concern => 2,
            PrincipleStatus::NotApplicable => 3,
        };
        assert!(PrincipleStatus::ALL.iter().map(index).eq(0..4));
        let index = |s: &ActionStatus| match s {
            ActionStatus::Open => 0,
            ActionStatus::InProgress => 1,
            ActionStatus::Done => 2,
            ActionStatus::Dropped => 3,
        };
        assert!(ActionStatus::ALL.iter().map(index).eq(0..4));
    }

    /// Applying `next` from the first value visits every value of `all` once and comes back.
    fn assert_cycle<T: Clone + PartialEq + std::fmt::Debug>(all: &[T], next: impl Fn(&T) -> T) {
        let mut seen = vec![all[0].clone()];
        let mut at = next(&all[0]);
        while at != all[0] {
            assert!(!seen.contains(&at), "{at:?} comes twice");
            seen.push(at.clone());
            at = next(&at);
        }
        assert_eq!(seen.len(), all.len(), "{seen:?}");
        assert!(all.iter().all(|v| seen.contains(v)));
    }

    #[test]
    fn next_cycles_through_every_value() {
        assert_cycle(ActionStatus::ALL, |s| s.next());
        assert_cycle(PrincipleStatus::ALL, |s| s.next());
        assert_cycle(DecisionStatus::SETTABLE, DecisionStatus::next);
        let superseded = DecisionStatus::Superseded { by: "D-2".into() };
        assert_eq!(superseded.next(), superseded);
    }

    #[test]
    fn marking_a_substep_toggles_done() {
        for s in SubstepStatus::ALL {
            let next = s.next();
            let want = if *s == SubstepStatus::Done {
                SubstepStatus::InProgress
            } else {
                SubstepStatus::Done
            };
            assert_eq!(next, want, "{s:?}");
        }
        assert_eq!(SubstepStatus::Done.next().next(), SubstepStatus::Done);
        let finished: Vec<bool> = SubstepStatus::ALL.iter().map(|s| s.is_finished()).collect();
        assert_eq!(finished, [false, false, true, true]);
    }

    #[test]
    fn names_and_labels_parse_back() {
        fn check<T: Clone + PartialEq + std::fmt::Debug + std::str::FromStr>(
            all: &[T],
            name: impl Fn(&T) -> &'static str,
            label: impl Fn(&T) -> String,
            parse: impl Fn(&str) -> Option<T>,
        ) {
            for v in all {
                assert_eq!(parse(name(v)).as_ref(), Some(v));
                assert_eq!(parse(&label(v)).as_ref(), Some(v));
                assert_eq!(
                    parse(&format!(" {} ", label(v).to_uppercase())).as_ref(),
                    Some(v)
                );
                assert!(name(v).parse::<T>().is_ok_and(|p| p == *v));
            }
            assert_eq!(parse(""), Some(all[0].clone()));
            assert_eq!(parse("sometimes"), None);
            assert!("sometimes".parse::<T>().is_err());
        }
        check(
            SubstepStatus::ALL,
            SubstepStatus::as_str,
            SubstepStatus::label,
            SubstepStatus::parse,
        );
        check(
            DecisionStatus::ALL,
            DecisionStatus::as_str,
            DecisionStatus::label,
            DecisionStatus::parse,
        );
        check(
            PrincipleStatus::ALL,
            |s| s.as_str(),
            |s| s.label(),
            PrincipleStatus::parse,
        );
        check(
            ActionStatus::ALL,
            |s| s.as_str(),
            |s| s.label(),
            ActionStatus::parse,
        );
        assert_eq!(
            ActionStatus::parse("in-progress"),
            Some(ActionStatus::InProgress)
        );
        let e = "soon".parse::<ActionStatus>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "\"soon\" is not one of open, in_progress, done, dropped"
        );
    }

    #[test]
    fn labels_are_the_words_people_read() {
        let labels = |all: Vec<String>| all.join(", ");
        assert_eq!(
            labels(
                SubstepStatus::ALL
                    .iter()
                    .map(SubstepStatus::label)
                    .collect()
            ),
            "not started, in progress, done, skipped"
        );
        assert_eq!(
            labels(
                DecisionStatus::ALL
                    .iter()
                    .map(DecisionStatus::label)
                    .collect()
            ),
            "proposed, agreed, rejected, superseded"
        );
        assert_eq!(
            labels(PrincipleStatus::ALL.iter().map(|s| s.label()).collect()),
            "open, addressed, concern, not applicable"
        );
        assert_eq!(
            labels(ActionStatus::ALL.iter().map(|s| s.label()).collect()),
            "open, in progress, done, dropped"
        );
    }

    #[test]
    fn labels_follow_the_language_and_english_labels_still_parse() {
        let fr = crate::i18n::Lang::parse("fr").expect("French is embedded");
        crate::i18n::with_lang(fr, || {
            assert_eq!(ActionStatus::InProgress.label(), "en cours");
            assert_eq!(
                ActionStatus::parse("en cours"),
                Some(ActionStatus::InProgress)
            );
            assert_eq!(
                ActionStatus::parse("in progress"),
                Some(ActionStatus::InProgress)
            );
            assert_eq!(
                DecisionStatus::parse("agreed"),
                Some(DecisionStatus::Agreed)
            );
        });
    }

    #[test]
    fn serde_names_are_unchanged() {
        let names = |v: Vec<String>| v.join(" ");
        assert_eq!(
            names(SubstepStatus::ALL.iter().map(serde_name).collect()),
            "not_started in_progress done skipped"
        );
        assert_eq!(
            names(DecisionStatus::ALL.iter().map(serde_name).collect()),
            "proposed agreed rejected superseded"
        );
        assert_eq!(
            names(PrincipleStatus::ALL.iter().map(serde_name).collect()),
            "open addressed concern not_applicable"
        );
        assert_eq!(
            names(ActionStatus::ALL.iter().map(serde_name).collect()),
            "open in_progress done dropped"
        );
        for s in SubstepStatus::ALL {
            assert_eq!(serde_name(s), s.as_str());
        }
        for s in DecisionStatus::ALL {
            assert_eq!(serde_name(s), s.as_str());
        }
        for s in PrincipleStatus::ALL {
            assert_eq!(serde_name(s), s.as_str());
        }
        for s in ActionStatus::ALL {
            assert_eq!(serde_name(s), s.as_str());
        }
    }
}

//! The session records. Every struct tolerates missing fields (`#[serde(default)]`) and keeps fields it
//! does not know in `extra`, so data written by a newer pim-workshop survives a round trip here.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, FixedOffset, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use super::extra::Extra;
use super::landscape::LandscapeEntry;
use super::status::{ActionStatus, DecisionStatus, PrincipleStatus, SubstepStatus};
use super::timeline::{TimelineEvent, TimelineKind};

/// The schema version this pim-workshop writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 2;

/// One workshop session: everything the team recorded, as stored in its JSON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(title = "pim-workshop session")]
pub struct Session {
    /// Version of this file format (2 for files written by this pim-workshop).
    #[schemars(range(min = 1))]
    pub schema_version: u32,
    /// Unique id (hex: time, process id, counter).
    pub id: String,
    /// Title given by the team.
    pub title: String,
    /// Id of the session template (from the content pack's `templates.json`).
    pub template: String,
    /// When the session was created.
    pub created: DateTime<FixedOffset>,
    /// When it was last changed.
    pub updated: DateTime<FixedOffset>,
    /// Who facilitates.
    pub facilitator: String,
    /// Who takes part.
    pub participants: Vec<Participant>,
    /// The operation and the request behind the session.
    pub context: Context,
    /// The content pack the session was run with.
    pub content: ContentRef,
    /// The language the session is run in (`en`, `fr`…): its screens and its exports speak it.
    /// Empty in files from before languages: the content pack's language then.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// Where the session was left, so reopening returns there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// Per sub-step records, keyed by sub-step id.
    pub substeps: BTreeMap<String, SubstepRecord>,
    /// Decisions, in the order they were made.
    pub decisions: Vec<Decision>,
    /// Action items.
    pub actions: Vec<ActionItem>,
    /// Risks identified.
    pub risks: Vec<Risk>,
    /// Questions set aside for later.
    pub parking_lot: Vec<ParkingItem>,
    /// Append-only log of changes.
    pub timeline: Vec<TimelineEvent>,
    /// The landscape register: systems and sources already running in the operation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub landscape: Vec<LandscapeEntry>,
    /// The register's areas: administrative level and P-code of each (left out when empty).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub landscape_areas: Vec<super::landscape_areas::LandscapeArea>,
    /// Training records: agenda and timers, dot votes, attendance (left out when empty).
    #[serde(skip_serializing_if = "super::facilitation::Facilitation::is_empty")]
    pub facilitation: super::facilitation::Facilitation,
    /// Breakout groups: a group file's origin, or what a plenary merged (left out when empty).
    #[serde(skip_serializing_if = "super::breakout_records::Breakout::is_empty")]
    pub breakout: super::breakout_records::Breakout,
    /// The scoping brief's date and approval (left out when empty).
    #[serde(
        default,
        skip_serializing_if = "super::approval::BriefRecord::is_empty"
    )]
    pub brief: super::approval::BriefRecord,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            schema_version: SCHEMA_VERSION,
            id: String::new(),
            title: String::new(),
            template: String::new(),
            created: DateTime::default(),
            updated: DateTime::default(),
            facilitator: String::new(),
            participants: Vec::new(),
            context: Context::default(),
            content: ContentRef::default(),
            language: String::new(),
            position: None,
            substeps: BTreeMap::new(),
            decisions: Vec::new(),
            actions: Vec::new(),
            risks: Vec::new(),
            parking_lot: Vec::new(),
            timeline: Vec::new(),
            landscape: Vec::new(),
            landscape_areas: Vec::new(),
            facilitation: Default::default(),
            breakout: Default::default(),
            brief: Default::default(),
            extra: Extra::new(),
        }
    }
}

impl Session {
    /// A new, empty session created `now` by `facilitator`, with a fresh id and a `created` event.
    pub fn new(
        title: &str,
        template: &str,
        content: ContentRef,
        facilitator: &str,
        now: DateTime<FixedOffset>,
    ) -> Session {
        let mut s = Session {
            id: new_session_id(),
            title: title.to_string(),
            template: template.to_string(),
            created: now,
            updated: now,
            facilitator: facilitator.to_string(),
            content,
            ..Session::default()
        };
        s.timeline.push(TimelineEvent {
            at: now,
            kind: TimelineKind::Created,
            summary: crate::t!("session-created", template = template),
            target: None,
            by: facilitator.to_string(),
            extra: Extra::new(),
        });
        s
    }
}

/// A fresh session id: hex of the time in nanoseconds, the process id and a per-process counter,
/// e.g. `18a3f2c4b5d6e7f8-1a2b-0`. Unique across processes on one machine.
pub fn new_session_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{nanos:x}-{:x}-{n:x}", std::process::id())
}

/// Someone taking part in the session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Participant {
    /// Name as the person wants it written.
    pub name: String,
    /// Organisation.
    pub organisation: String,
    /// Role in the operation or the session.
    pub role: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Participant {
    /// A participant with just a name.
    pub fn named(name: &str) -> Participant {
        Participant {
            name: name.to_string(),
            ..Participant::default()
        }
    }
}

/// The operation and the request behind the session. All free text, empty when unknown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Context {
    /// The humanitarian operation.
    pub operation: String,
    /// Where the session takes place or which area it covers.
    pub location: String,
    /// Dates of the workshop, as the team writes them.
    pub dates: String,
    /// Who asked for the session.
    pub requested_by: String,
    /// The tool, system or product that was requested, if any.
    pub requested_tool: String,
    /// Anything else worth noting.
    pub notes: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The longest title a session may have; details belong in its context.
pub const MAX_TITLE_CHARS: usize = 200;

/// What is wrong with a session title, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleProblem {
    Empty,
    TooLong,
    /// Only invisible characters (a byte-order mark, zero-width spaces, direction marks…): the title
    /// would look empty everywhere it is shown.
    Invisible,
}

/// The title as it will be stored (trimmed), or what is wrong with it. Each screen or command words the
/// problem for its own way of fixing it.
pub fn check_title(title: &str) -> Result<&str, TitleProblem> {
    let title = title.trim();
    if title.is_empty() {
        Err(TitleProblem::Empty)
    } else if !title.chars().any(is_visible) {
        Err(TitleProblem::Invisible)
    } else if title.chars().count() > MAX_TITLE_CHARS {
        Err(TitleProblem::TooLong)
    } else {
        Ok(title)
    }
}

/// Whether a character shows something: not white space, a control, a byte-order mark, a zero-width
/// or direction-formatting character, a variation selector or a tag.
fn is_visible(c: char) -> bool {
    let u = u32::from(c);
    !(c.is_whitespace()
        || c.is_control()
        || matches!(
            u,
            0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x180E | 0x3164 | 0xFEFF | 0xFFA0
        )
        || (0x200B..=0x200F).contains(&u)
        || (0x202A..=0x202E).contains(&u)
        || (0x2060..=0x206F).contains(&u)
        || (0xFE00..=0xFE0F).contains(&u)
        || (0xE0000..=0xE0FFF).contains(&u))
}

/// Which content pack the session was run with.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ContentRef {
    /// The pack id, e.g. `pim-core-en`.
    pub pack_id: String,
    /// The pack version, e.g. `1.0.0`.
    pub version: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where the session was left.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Position {
    /// The sub-step id.
    pub substep: String,
    /// The prompt id within it, if one was focused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What was recorded for one sub-step.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct SubstepRecord {
    /// Where the sub-step stands (`status`, plus `reason` when skipped).
    #[serde(flatten)]
    pub status: SubstepStatus,
    /// Answers keyed by prompt id.
    pub answers: BTreeMap<String, Answer>,
    /// Principle checks keyed by principle id.
    pub principles: BTreeMap<String, PrincipleCheck>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The team's answer to one prompt.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Answer {
    /// The answer text.
    pub text: String,
    /// What was picked, for prompts that record a choice: a request kind, Matrix output items, the
    /// approach's categories (or `use-existing-data`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub picks: Vec<String>,
    /// When it was last changed.
    pub at: DateTime<FixedOffset>,
    /// Who changed it last.
    pub by: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// How a PIM principle was considered in a sub-step.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct PrincipleCheck {
    /// The outcome.
    pub status: PrincipleStatus,
    /// What was said.
    pub note: String,
    /// When it was last changed.
    pub at: DateTime<FixedOffset>,
    /// Who changed it last.
    pub by: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A decision taken (or proposed) during the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Decision {
    /// `D-1`, `D-2`…
    pub id: String,
    /// The step id it belongs to.
    pub step: String,
    /// The sub-step id, if it belongs to one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub substep: Option<String>,
    /// The decision in one line.
    pub title: String,
    /// Why.
    pub rationale: String,
    /// Ids of the PIM principles it relates to.
    pub principles: Vec<String>,
    /// Where it stands (`status`, plus `superseded_by` when superseded).
    #[serde(flatten)]
    pub status: DecisionStatus,
    /// The id of the decision this one replaces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    /// When it was recorded.
    pub at: DateTime<FixedOffset>,
    /// Who recorded it.
    pub by: String,
    /// Status changes, oldest first.
    pub history: Vec<StatusChange>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One change of a decision's status.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct StatusChange {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Who.
    pub by: String,
    /// The new status.
    #[serde(flatten)]
    pub status: DecisionStatus,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Something someone will do after the session.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ActionItem {
    /// `A-1`, `A-2`…
    pub id: String,
    /// What to do.
    pub text: String,
    /// Who does it.
    pub owner: String,
    /// When it is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Where it stands.
    pub status: ActionStatus,
    /// Ids of the decisions it follows from.
    pub decisions: Vec<String>,
    /// When it was recorded.
    pub created: DateTime<FixedOffset>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A risk identified by the team, scored 1–4 for likelihood and impact.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Risk {
    /// `R-1`, `R-2`…
    pub id: String,
    /// What could go wrong.
    pub description: String,
    /// 1 (unlikely) to 4 (very likely).
    #[schemars(range(min = 1, max = 4))]
    pub likelihood: u8,
    /// 1 (minor) to 4 (severe).
    #[schemars(range(min = 1, max = 4))]
    pub impact: u8,
    /// What reduces it.
    pub mitigation: String,
    /// Who watches it.
    pub owner: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Risk {
    /// Likelihood × impact, 1–16.
    pub fn score(&self) -> u8 {
        self.likelihood.clamp(1, 4) * self.impact.clamp(1, 4)
    }
}

/// A question or topic set aside for later.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ParkingItem {
    /// `P-1`, `P-2`…
    pub id: String,
    /// The question or topic.
    pub text: String,
    /// When it was parked.
    pub at: DateTime<FixedOffset>,
    /// Who parked it.
    pub by: String,
    /// Whether it has been dealt with.
    pub resolved: bool,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

#[cfg(test)]
mod title_tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_bounded() {
        assert_eq!(check_title("  Kalma  "), Ok("Kalma"));
        assert_eq!(check_title("   "), Err(TitleProblem::Empty));
        assert_eq!(
            check_title(&"x".repeat(MAX_TITLE_CHARS)),
            Ok("x".repeat(MAX_TITLE_CHARS).as_str())
        );
        assert_eq!(
            check_title(&"é".repeat(MAX_TITLE_CHARS + 1)),
            Err(TitleProblem::TooLong)
        );
    }
}

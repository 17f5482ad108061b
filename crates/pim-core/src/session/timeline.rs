//! The session timeline: an append-only log of what happened, in order.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, FixedOffset};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

/// What kind of change a timeline event records.
///
/// Written as a snake_case string. A kind written by a newer pim-workshop that this one does not know
/// is kept as [`TimelineKind::Unknown`] and written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TimelineKind {
    /// The session was created.
    Created,
    /// An answer was recorded or changed.
    Answer,
    /// A sub-step status changed.
    Status,
    /// A principle check changed.
    Principle,
    /// A decision was added or changed.
    Decision,
    /// An action item was added or changed.
    Action,
    /// A risk was added, changed or removed.
    Risk,
    /// A parking-lot item was added or resolved.
    Parking,
    /// A participant was added, changed or removed.
    Participant,
    /// The session context (operation, location…) changed.
    Context,
    /// The landscape register changed.
    Landscape,
    /// The file was migrated from an older schema.
    Migrated,
    /// The file was restored from its backup.
    Restored,
    /// The scoping brief was dated, approved or sent back for changes.
    Approval,
    /// Anything else.
    #[default]
    Other,
    /// A kind this version does not know (kept as written).
    Unknown(String),
}

impl TimelineKind {
    /// Every kind this version knows, in file form.
    pub const KNOWN: [&'static str; 15] = [
        "created",
        "answer",
        "status",
        "principle",
        "decision",
        "action",
        "risk",
        "parking",
        "participant",
        "context",
        "landscape",
        "migrated",
        "restored",
        "approval",
        "other",
    ];

    /// The kind in words, in the current language (a kind this version does not know: as written).
    pub fn label(&self) -> String {
        match self {
            TimelineKind::Unknown(kind) => kind.clone(),
            known => crate::t!("timeline-kind", kind = known.as_str()),
        }
    }

    /// The string written in the file.
    pub fn as_str(&self) -> &str {
        match self {
            TimelineKind::Created => "created",
            TimelineKind::Answer => "answer",
            TimelineKind::Status => "status",
            TimelineKind::Principle => "principle",
            TimelineKind::Decision => "decision",
            TimelineKind::Action => "action",
            TimelineKind::Risk => "risk",
            TimelineKind::Parking => "parking",
            TimelineKind::Participant => "participant",
            TimelineKind::Context => "context",
            TimelineKind::Landscape => "landscape",
            TimelineKind::Migrated => "migrated",
            TimelineKind::Restored => "restored",
            TimelineKind::Approval => "approval",
            TimelineKind::Other => "other",
            TimelineKind::Unknown(s) => s,
        }
    }

    /// Parses the file form; unknown strings become [`TimelineKind::Unknown`].
    pub fn parse(s: &str) -> TimelineKind {
        match s {
            "created" => TimelineKind::Created,
            "answer" => TimelineKind::Answer,
            "status" => TimelineKind::Status,
            "principle" => TimelineKind::Principle,
            "decision" => TimelineKind::Decision,
            "action" => TimelineKind::Action,
            "risk" => TimelineKind::Risk,
            "parking" => TimelineKind::Parking,
            "participant" => TimelineKind::Participant,
            "context" => TimelineKind::Context,
            "landscape" => TimelineKind::Landscape,
            "migrated" => TimelineKind::Migrated,
            "restored" => TimelineKind::Restored,
            "approval" => TimelineKind::Approval,
            "other" => TimelineKind::Other,
            other => TimelineKind::Unknown(other.to_string()),
        }
    }
}

impl fmt::Display for TimelineKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TimelineKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TimelineKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(TimelineKind::parse(&s))
    }
}

impl JsonSchema for TimelineKind {
    fn schema_name() -> Cow<'static, str> {
        "TimelineKind".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "What kind of change the event records. Known kinds are listed in `examples`; other strings are kept as written.",
            "type": "string",
            "examples": TimelineKind::KNOWN,
        })
    }
}

/// One entry of the append-only timeline.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct TimelineEvent {
    /// When it happened.
    pub at: DateTime<FixedOffset>,
    /// What kind of change.
    pub kind: TimelineKind,
    /// One readable line, e.g. `Answered define-purpose.target-group`.
    pub summary: String,
    /// Who made the change (empty when unknown or automatic).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub by: String,
    /// What it concerns: a sub-step id, `substep/prompt`, a decision id (`D-2`)…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

//! The landscape register: the systems and sources already running in the operation, mapped on the PIM
//! Matrix (who runs what, where, producing what, shared with whom), and the changes the program makes to it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::extra::Extra;
use super::words::{find_word, from_str_by_parse};
use crate::t;

/// One system or source in the operation's PIM landscape.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct LandscapeEntry {
    /// `L-1`, `L-2`…
    pub id: String,
    /// The system's or source's name.
    pub name: String,
    /// The organisation that runs it.
    pub organisation: String,
    /// The PIM Matrix category id, e.g. `protection-monitoring` (empty when not yet placed).
    pub category: String,
    /// The sector or cluster a 3W/4W table gives it (e.g. "Protection", "WASH"): kept as written, not
    /// a PIM category.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sector: String,
    /// The sub-category, in the team's words (e.g. "Profiling of displaced populations").
    pub sub_category: String,
    /// Methods used, e.g. key informant interviews, household survey.
    pub methods: String,
    /// Areas covered (names as the operation's maps use them).
    pub areas: Vec<String>,
    /// How often it is updated, e.g. "monthly", "one-off".
    pub frequency: String,
    /// When its data or report was last updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_update: Option<NaiveDate>,
    /// Ids of the Matrix output items (or decision data) it produces.
    pub outputs: Vec<String>,
    /// What it produces, in the team's words, where the Matrix items do not say it all.
    pub outputs_note: String,
    /// Who its outputs are shared with.
    pub shared_with: SharedWith,
    /// What is shared, in the team's words.
    pub shared_what: String,
    /// A role to contact (e.g. "Protection monitoring coordinator"); never a person's phone or e-mail.
    pub contact_role: String,
    /// Whether it runs.
    pub status: SystemStatus,
    /// How far its data can be trusted.
    pub reliability: Reliability,
    /// The team's diagnosis or evaluation of the system.
    pub diagnosis: String,
    /// Ids of the data-sharing checklist items in place for this system.
    pub sharing_in_place: Vec<String>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Who a system's outputs are shared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SharedWith {
    /// Not known yet.
    #[default]
    Unknown,
    /// Published for anyone.
    Public,
    /// Shared with protection actors only.
    ProtectionActors,
    /// Kept inside the organisation.
    InternalOnly,
}

/// Whether a mapped system runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SystemStatus {
    /// Not known yet.
    #[default]
    Unknown,
    /// Planned, not yet running.
    Planned,
    /// Running.
    Active,
    /// Paused or interrupted.
    Paused,
    /// Ended; its last data may still be useful.
    Ended,
}

/// How far a source can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    /// Not assessed.
    #[default]
    Unknown,
    Low,
    Medium,
    High,
}

/// The words of a register enum: its values, file names, labels, cycle and parser.
macro_rules! str_enum {
    ($t:ident {
        $($v:ident => $s:literal, $label:expr;)*
    }
    next { $($from:ident => $to:ident,)* }
    listed [$($l:ident),*]) => {
        impl $t {
            /// Every value, in order.
            pub const ALL: &'static [$t] = &[$($t::$v),*];
            /// Every value in the order people list them: the table's documentation and messages.
            pub const LISTED: &'static [$t] = &[$($t::$l),*];
            /// The string written in files and CSV.
            pub fn as_str(self) -> &'static str {
                match self { $($t::$v => $s),* }
            }
            /// A label for people, in the current language.
            pub fn label(self) -> String {
                match self { $($t::$v => $label),* }
            }
            /// The next value when a person steps through them (a cycle: every value once).
            pub fn next(self) -> $t {
                match self { $($t::$from => $t::$to),* }
            }
            /// Parses the file or CSV form (case and spaces ignored); the label works too. Empty is
            /// the default.
            pub fn parse(s: &str) -> Option<$t> {
                if s.trim().is_empty() {
                    return Some(<$t>::default());
                }
                find_word(s, $t::ALL, |v| v.as_str(), |v| v.label())
            }
        }

        from_str_by_parse!($t, $t::LISTED);
    };
}

str_enum!(SharedWith {
    Unknown => "unknown", t!("landscape-shared-unknown");
    Public => "public", t!("landscape-shared-public");
    ProtectionActors => "protection_actors", t!("landscape-shared-protection-actors");
    InternalOnly => "internal_only", t!("landscape-shared-internal-only");
}
next {
    Unknown => Public,
    Public => ProtectionActors,
    ProtectionActors => InternalOnly,
    InternalOnly => Unknown,
}
listed [Public, ProtectionActors, InternalOnly, Unknown]);

str_enum!(SystemStatus {
    Unknown => "unknown", t!("landscape-status-unknown");
    Planned => "planned", t!("landscape-status-planned");
    Active => "active", t!("landscape-status-active");
    Paused => "paused", t!("landscape-status-paused");
    Ended => "ended", t!("landscape-status-ended");
}
next {
    Unknown => Active,
    Active => Paused,
    Paused => Ended,
    Ended => Planned,
    Planned => Unknown,
}
listed [Active, Paused, Planned, Ended, Unknown]);

str_enum!(Reliability {
    Unknown => "unknown", t!("landscape-reliability-unknown");
    Low => "low", t!("landscape-reliability-low");
    Medium => "medium", t!("landscape-reliability-medium");
    High => "high", t!("landscape-reliability-high");
}
next {
    Unknown => Low,
    Low => Medium,
    Medium => High,
    High => Unknown,
}
listed [High, Medium, Low, Unknown]);

impl LandscapeEntry {
    /// Whether the system counts as present in the landscape (running, or paused but expected back).
    pub fn is_running(&self) -> bool {
        matches!(self.status, SystemStatus::Active | SystemStatus::Paused)
    }

    /// Whether the entry covers an area (names compared case-insensitively, spaces trimmed).
    pub fn covers(&self, area: &str) -> bool {
        let area = area.trim().to_lowercase();
        self.areas.iter().any(|a| a.trim().to_lowercase() == area)
    }

    /// The entry with every field as another entry has it, except the id: whether two entries say the
    /// same thing.
    pub fn same_content(&self, other: &LandscapeEntry) -> bool {
        LandscapeEntry {
            id: String::new(),
            ..self.clone()
        } == LandscapeEntry {
            id: String::new(),
            ..other.clone()
        }
    }
}

//! The areas the landscape register names, with what HXL needs of each: its administrative level (1
//! for a region or state, 2 for a district, 3 for a sub-district) and, when known, its P-code. One
//! record per area name, shared by every system that covers it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::extra::Extra;

/// One area of the register.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct LandscapeArea {
    /// The area's name, as the systems' `areas` write it.
    pub name: String,
    /// Its administrative level: 1, 2 or 3 (none when not recorded).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 3))]
    pub level: Option<u8>,
    /// Its P-code (place code of the common operational datasets), when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pcode: String,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The highest administrative level the register records.
pub const MAX_ADMIN_LEVEL: u8 = 3;

/// How recording an area's level and P-code went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AreaRecorded {
    /// Nothing new.
    Unchanged,
    /// The area was added, or a level or P-code it lacked was filled in.
    Recorded,
    /// The register already holds another level or P-code for it: kept, and this is what was offered.
    Conflict { level: Option<u8>, pcode: String },
}

//! The areas the landscape register names, with what HXL needs of each: its administrative level (1
//! for a region or state, 2 for a district, 3 for a sub-district) and, when known, its P-code. One
//! record per area name, shared by every system that covers it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Session;
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

impl Session {
    /// What the register records of the area `name` (compared without case or surrounding spaces).
    pub fn landscape_area(&self, name: &str) -> Option<&LandscapeArea> {
        let key = name.trim().to_lowercase();
        self.landscape_areas
            .iter()
            .find(|a| a.name.trim().to_lowercase() == key)
    }

    /// Records an area's level and P-code: a new area is added; a known one gets what it lacked; what
    /// it already holds is never overwritten (a different value is a [`AreaRecorded::Conflict`]).
    pub fn record_landscape_area(&mut self, name: &str, level: Option<u8>, pcode: &str) -> AreaRecorded {
        let level = level.filter(|l| (1..=MAX_ADMIN_LEVEL).contains(l));
        let pcode = pcode.trim();
        let key = name.trim().to_lowercase();
        let Some(area) = self
            .landscape_areas
            .iter_mut()
            .find(|a| a.name.trim().to_lowercase() == key)
        else {
            if level.is_none() && pcode.is_empty() {
                return AreaRecorded::Unchanged;
            }
            self.landscape_areas.push(LandscapeArea {
                name: name.trim().to_string(),
                level,
                pcode: pcode.to_string(),
                extra: Extra::new(),
            });
            return AreaRecorded::Recorded;
        };
        let level_clash = level.is_some() && area.level.is_some() && area.level != level;
        let pcode_clash = !pcode.is_empty() && !area.pcode.is_empty() && area.pcode != pcode;
        if level_clash || pcode_clash {
            return AreaRecorded::Conflict {
                level,
                pcode: pcode.to_string(),
            };
        }
        let mut changed = false;
        if area.level.is_none() && level.is_some() {
            area.level = level;
            changed = true;
        }
        if area.pcode.is_empty() && !pcode.is_empty() {
            area.pcode = pcode.to_string();
            changed = true;
        }
        if changed {
            AreaRecorded::Recorded
        } else {
            AreaRecorded::Unchanged
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_is_recorded_once_and_never_overwritten() {
        let mut s = Session::default();
        assert_eq!(s.record_landscape_area("Kalma", None, ""), AreaRecorded::Unchanged);
        assert_eq!(s.record_landscape_area("Kalma", Some(2), ""), AreaRecorded::Recorded);
        assert_eq!(s.record_landscape_area(" kalma ", None, "SD02"), AreaRecorded::Recorded);
        assert_eq!(s.record_landscape_area("KALMA", Some(2), "SD02"), AreaRecorded::Unchanged);
        assert_eq!(
            s.record_landscape_area("Kalma", Some(3), ""),
            AreaRecorded::Conflict { level: Some(3), pcode: String::new() }
        );
        assert_eq!(s.record_landscape_area("Ferrin", Some(7), ""), AreaRecorded::Unchanged);
        let a = s.landscape_area("kalma").expect("recorded");
        assert_eq!((a.level, a.pcode.as_str()), (Some(2), "SD02"));
        assert_eq!(s.landscape_areas.len(), 1);
    }
}

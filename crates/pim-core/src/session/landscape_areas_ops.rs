//! How the register records an area's level and P-code ([`LandscapeArea`]).

use super::extra::Extra;
use super::landscape_areas::{AreaRecorded, LandscapeArea, MAX_ADMIN_LEVEL};
use super::model::Session;

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
    pub fn record_landscape_area(
        &mut self,
        name: &str,
        level: Option<u8>,
        pcode: &str,
    ) -> AreaRecorded {
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
        assert_eq!(
            s.record_landscape_area("Kalma", None, ""),
            AreaRecorded::Unchanged
        );
        assert_eq!(
            s.record_landscape_area("Kalma", Some(2), ""),
            AreaRecorded::Recorded
        );
        assert_eq!(
            s.record_landscape_area(" kalma ", None, "SD02"),
            AreaRecorded::Recorded
        );
        assert_eq!(
            s.record_landscape_area("KALMA", Some(2), "SD02"),
            AreaRecorded::Unchanged
        );
        assert_eq!(
            s.record_landscape_area("Kalma", Some(3), ""),
            AreaRecorded::Conflict {
                level: Some(3),
                pcode: String::new()
            }
        );
        assert_eq!(
            s.record_landscape_area("Ferrin", Some(7), ""),
            AreaRecorded::Unchanged
        );
        let a = s.landscape_area("kalma").expect("recorded");
        assert_eq!((a.level, a.pcode.as_str()), (Some(2), "SD02"));
        assert_eq!(s.landscape_areas.len(), 1);
    }
}

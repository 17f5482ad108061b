//! How the register records an area's level and P-code ([`LandscapeArea`]).

use chrono::{DateTime, FixedOffset};

use super::extra::Extra;
use super::landscape_areas::{AreaRecorded, LandscapeArea, MAX_ADMIN_LEVEL};
use super::model::Session;
use super::timeline::TimelineKind;

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

impl Session {
    /// Sets an area's level and P-code as a person typed them (an empty P-code or no level clears
    /// it): unlike an import, this replaces what the register held. Recorded in the timeline; false
    /// when nothing changed. An area with neither left is dropped from the register.
    pub fn set_landscape_area(
        &mut self,
        name: &str,
        level: Option<u8>,
        pcode: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let name = name.trim();
        let level = level.filter(|l| (1..=MAX_ADMIN_LEVEL).contains(l));
        let pcode = pcode.trim();
        let key = name.to_lowercase();
        let at = self
            .landscape_areas
            .iter()
            .position(|a| a.name.trim().to_lowercase() == key);
        let before = at.map(|i| {
            (
                self.landscape_areas[i].level,
                self.landscape_areas[i].pcode.clone(),
            )
        });
        if before == Some((level, pcode.to_string()))
            || (before.is_none() && level.is_none() && pcode.is_empty())
        {
            return false;
        }
        match at {
            Some(i) if level.is_none() && pcode.is_empty() => {
                self.landscape_areas.remove(i);
            }
            Some(i) => {
                let area = &mut self.landscape_areas[i];
                area.level = level;
                area.pcode = pcode.to_string();
            }
            None => self.landscape_areas.push(LandscapeArea {
                name: name.to_string(),
                level,
                pcode: pcode.to_string(),
                extra: Extra::new(),
            }),
        }
        let level_text = level.map_or_else(|| "—".to_string(), |l| l.to_string());
        let pcode_text = if pcode.is_empty() { "—" } else { pcode };
        let summary = crate::t!(
            "session-landscape-area-set",
            name = name,
            level = level_text,
            pcode = pcode_text
        );
        self.record(now, by, TimelineKind::Landscape, summary, None);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
    }

    #[test]
    fn a_person_sets_replaces_and_clears_an_area_and_each_change_is_in_the_timeline() {
        let mut s = Session::default();
        assert!(
            !s.set_landscape_area("Kalma", None, " ", at(), "Amina"),
            "nothing to record"
        );
        assert!(s.set_landscape_area("Kalma", Some(2), "SD02", at(), "Amina"));
        // Unlike an import, a person's value replaces the register's.
        assert!(s.set_landscape_area(" kalma", Some(3), "SD0201", at(), "Amina"));
        assert_eq!(s.landscape_area("Kalma").unwrap().level, Some(3));
        assert_eq!(s.landscape_area("Kalma").unwrap().pcode, "SD0201");
        assert!(
            !s.set_landscape_area("Kalma", Some(3), "SD0201", at(), "Amina"),
            "unchanged"
        );
        // A level outside 1–3 is no level.
        assert!(s.set_landscape_area("Kalma", Some(7), "SD0201", at(), "Amina"));
        assert_eq!(s.landscape_area("Kalma").unwrap().level, None);
        assert!(s.set_landscape_area("Kalma", None, "", at(), "Amina"));
        assert!(
            s.landscape_area("Kalma").is_none(),
            "cleared areas leave the register"
        );
        assert_eq!(s.timeline.len(), 4);
        assert!(
            s.timeline[0].summary.contains("Kalma"),
            "{:?}",
            s.timeline[0]
        );
    }

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

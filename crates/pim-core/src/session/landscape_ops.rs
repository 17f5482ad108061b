//! The changes the program makes to a session's landscape register (the entries are in
//! [`super::landscape`]).

use chrono::{DateTime, FixedOffset};

use super::landscape::LandscapeEntry;
use super::model::Session;
use super::ops::{OpError, next_id};
use super::timeline::TimelineKind;
use crate::t;

/// `L-1`, `L-2`… (no leading zero).
fn is_register_id(id: &str) -> bool {
    id.strip_prefix("L-").is_some_and(|n| {
        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && !n.starts_with('0')
    })
}

fn not_found(id: &str) -> OpError {
    OpError::NotFound {
        kind: "landscape-entry",
        id: id.to_string(),
    }
}

impl Session {
    fn landscape_entry_mut(&mut self, id: &str) -> Result<&mut LandscapeEntry, OpError> {
        self.landscape
            .iter_mut()
            .find(|e| e.id == id)
            .ok_or_else(|| not_found(id))
    }

    /// A landscape entry by id.
    pub fn landscape_entry(&self, id: &str) -> Option<&LandscapeEntry> {
        self.landscape.iter().find(|e| e.id == id)
    }

    /// Adds an entry to the landscape register and returns its id: the entry's own when it is an
    /// `L-n` id not in use (a table exported earlier keeps its ids), otherwise the next free one.
    pub fn add_landscape_entry(
        &mut self,
        mut entry: LandscapeEntry,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> String {
        let own = entry.id.trim();
        let id = if is_register_id(own) && self.landscape_entry(own).is_none() {
            own.to_string()
        } else {
            next_id("L", self.landscape.iter().map(|e| e.id.as_str()))
        };
        entry.id = id.clone();
        let summary = t!(
            "session-landscape-added",
            id = id.as_str(),
            name = entry.name.as_str()
        );
        self.landscape.push(entry);
        self.record(now, by, TimelineKind::Landscape, summary, Some(id.clone()));
        id
    }

    /// Rewrites an entry (its id stays). Returns Ok(false) when nothing changed.
    pub fn update_landscape_entry(
        &mut self,
        id: &str,
        mut entry: LandscapeEntry,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let slot = self.landscape_entry_mut(id)?;
        entry.id = id.to_string();
        if *slot == entry {
            return Ok(false);
        }
        let summary = t!(
            "session-landscape-changed",
            id = id,
            name = entry.name.as_str()
        );
        *slot = entry;
        self.record(
            now,
            by,
            TimelineKind::Landscape,
            summary,
            Some(id.to_string()),
        );
        Ok(true)
    }

    /// Removes an entry from the register.
    pub fn remove_landscape_entry(
        &mut self,
        id: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<LandscapeEntry, OpError> {
        let index = self
            .landscape
            .iter()
            .position(|e| e.id == id)
            .ok_or_else(|| not_found(id))?;
        let removed = self.landscape.remove(index);
        self.record(
            now,
            by,
            TimelineKind::Landscape,
            t!(
                "session-landscape-removed",
                id = id,
                name = removed.name.as_str()
            ),
            Some(id.to_string()),
        );
        Ok(removed)
    }

    /// Turns one data-sharing solution on or off for a system.
    pub fn toggle_sharing_in_place(
        &mut self,
        id: &str,
        item: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> Result<bool, OpError> {
        let entry = self.landscape_entry_mut(id)?;
        let on = if let Some(i) = entry.sharing_in_place.iter().position(|x| x == item) {
            entry.sharing_in_place.remove(i);
            false
        } else {
            entry.sharing_in_place.push(item.to_string());
            true
        };
        let summary = if on {
            t!("session-sharing-in-place", id = id, item = item)
        } else {
            t!("session-sharing-not-in-place", id = id, item = item)
        };
        self.record(
            now,
            by,
            TimelineKind::Landscape,
            summary,
            Some(id.to_string()),
        );
        Ok(on)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::landscape::{Reliability, SharedWith, SystemStatus};

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T10:00:00+01:00").unwrap()
    }

    #[test]
    fn entries_get_ids_and_changes_are_logged() {
        let mut s = Session::default();
        let a = s.add_landscape_entry(
            LandscapeEntry {
                name: "Monitoring".into(),
                ..Default::default()
            },
            now(),
            "amina",
        );
        let b = s.add_landscape_entry(LandscapeEntry::default(), now(), "amina");
        assert_eq!((a.as_str(), b.as_str()), ("L-1", "L-2"));
        let mut changed = s.landscape[0].clone();
        assert!(
            !s.update_landscape_entry("L-1", changed.clone(), now(), "x")
                .unwrap()
        );
        changed.status = SystemStatus::Active;
        assert!(
            s.update_landscape_entry("L-1", changed, now(), "x")
                .unwrap()
        );
        assert!(
            s.toggle_sharing_in_place("L-1", "dsa-1", now(), "x")
                .unwrap()
        );
        assert!(
            !s.toggle_sharing_in_place("L-1", "dsa-1", now(), "x")
                .unwrap()
        );
        assert!(s.landscape[0].sharing_in_place.is_empty());
        s.remove_landscape_entry("L-2", now(), "x").unwrap();
        assert_eq!(s.landscape.len(), 1);
        assert!(s.remove_landscape_entry("L-9", now(), "x").is_err());
        assert_eq!(
            s.timeline
                .iter()
                .filter(|e| e.kind == TimelineKind::Landscape)
                .count(),
            6
        );
    }

    #[test]
    fn a_free_register_id_is_kept_and_any_other_replaced() {
        let mut s = Session::default();
        let with = |id: &str| LandscapeEntry {
            id: id.into(),
            ..Default::default()
        };
        assert_eq!(s.add_landscape_entry(with("L-7"), now(), "x"), "L-7");
        assert_eq!(s.add_landscape_entry(with("L-7"), now(), "x"), "L-8");
        assert_eq!(s.add_landscape_entry(with("L-07"), now(), "x"), "L-9");
        assert_eq!(s.add_landscape_entry(with("DTM"), now(), "x"), "L-10");
    }

    #[test]
    fn enums_parse_their_file_form_and_labels() {
        for v in SharedWith::ALL {
            assert_eq!(SharedWith::parse(v.as_str()), Some(*v));
            assert_eq!(SharedWith::parse(&v.label()), Some(*v));
        }
        assert_eq!(
            SharedWith::parse("Protection Actors"),
            Some(SharedWith::ProtectionActors)
        );
        assert_eq!(SystemStatus::parse(" ACTIVE "), Some(SystemStatus::Active));
        assert_eq!(
            Reliability::parse("not assessed"),
            Some(Reliability::Unknown)
        );
        assert_eq!(Reliability::parse("excellent"), None);
        assert_eq!(SystemStatus::parse(""), Some(SystemStatus::Unknown));
    }

    #[test]
    fn register_enums_cycle_list_and_name_their_values() {
        fn cycle<T: Copy + PartialEq + std::fmt::Debug>(all: &[T], next: impl Fn(T) -> T) {
            let mut seen = vec![all[0]];
            let mut at = next(all[0]);
            while at != all[0] {
                assert!(!seen.contains(&at), "{at:?} twice");
                seen.push(at);
                at = next(at);
            }
            assert_eq!(seen.len(), all.len());
        }
        cycle(SharedWith::ALL, SharedWith::next);
        cycle(SystemStatus::ALL, SystemStatus::next);
        cycle(Reliability::ALL, Reliability::next);
        // The cycle the landscape list steps through with Space.
        let mut order = vec![SystemStatus::Unknown];
        while order.len() < 5 {
            order.push(order[order.len() - 1].next());
        }
        assert_eq!(
            order.iter().map(|s| s.label()).collect::<Vec<_>>(),
            ["not known", "active", "paused", "ended", "planned"]
        );
        assert_eq!(SystemStatus::LISTED.len(), SystemStatus::ALL.len());
        assert_eq!(SharedWith::LISTED.len(), SharedWith::ALL.len());
        assert_eq!(Reliability::LISTED.len(), Reliability::ALL.len());
        assert!(
            SystemStatus::ALL
                .iter()
                .all(|v| SystemStatus::LISTED.contains(v))
        );
        assert!(
            SharedWith::ALL
                .iter()
                .all(|v| SharedWith::LISTED.contains(v))
        );
        assert!(
            Reliability::ALL
                .iter()
                .all(|v| Reliability::LISTED.contains(v))
        );
        let e = "sometimes".parse::<SystemStatus>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "\"sometimes\" is not one of active, paused, planned, ended, unknown"
        );
        assert_eq!("Internal only".parse(), Ok(SharedWith::InternalOnly));
    }

    #[test]
    fn register_serde_names_are_the_file_names() {
        for v in SystemStatus::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
        }
        for v in SharedWith::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
        }
        for v in Reliability::ALL {
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
        }
    }

    #[test]
    fn coverage_compares_area_names_loosely() {
        let e = LandscapeEntry {
            areas: vec!["Kalma District".into(), " Tessa ".into()],
            ..Default::default()
        };
        assert!(e.covers("kalma district"));
        assert!(e.covers("Tessa"));
        assert!(!e.covers("Kalma"));
    }
}

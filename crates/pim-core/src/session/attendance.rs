//! Attendance beyond present or absent: everyone present in one go, and who arrived late or left early
//! on a day (the records are [`super::facilitation::AttendanceDay`]; marking one person present or
//! absent is [`Session::set_present`]).

use chrono::{DateTime, FixedOffset};

use super::facilitation::AttendanceDay;
use super::model::Session;
use super::timeline::TimelineKind;
use crate::t;

/// Where one participant stands on one training day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// No attendance was taken that day.
    NotRecorded,
    /// Attendance was taken and the participant was not there.
    Absent,
    /// There, perhaps arriving late or leaving early (both count as attending).
    Present { late: bool, left_early: bool },
}

impl Presence {
    /// Whether the participant attended (late arrivals and early departures included).
    pub fn attended(self) -> bool {
        matches!(self, Presence::Present { .. })
    }

    /// The word for it in the current language: "present", "late", "left early", "late, left early",
    /// "absent", or "" when no attendance was taken.
    pub fn word(self) -> String {
        match self {
            Presence::NotRecorded => String::new(),
            Presence::Absent => t!("attendance-mark-absent"),
            Presence::Present {
                late: false,
                left_early: false,
            } => t!("attendance-mark-present"),
            Presence::Present {
                late: true,
                left_early: false,
            } => t!("attendance-mark-late"),
            Presence::Present {
                late: false,
                left_early: true,
            } => t!("attendance-mark-left-early"),
            Presence::Present {
                late: true,
                left_early: true,
            } => t!("attendance-mark-late-left-early"),
        }
    }
}

/// Which of the two marks a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lateness {
    /// Arrived after the day began.
    Late,
    /// Left before the day ended.
    LeftEarly,
}

impl AttendanceDay {
    /// Where `name` stands on this day.
    pub fn presence(&self, name: &str) -> Presence {
        if !self.present.iter().any(|n| n == name) {
            return Presence::Absent;
        }
        Presence::Present {
            late: self.late.iter().any(|n| n == name),
            left_early: self.left_early.iter().any(|n| n == name),
        }
    }

    /// Takes `name` off the day: not present, not late, not left early.
    pub(super) fn forget(&mut self, name: &str) {
        self.present.retain(|n| n != name);
        self.late.retain(|n| n != name);
        self.left_early.retain(|n| n != name);
    }

    fn list_mut(&mut self, which: Lateness) -> &mut Vec<String> {
        match which {
            Lateness::Late => &mut self.late,
            Lateness::LeftEarly => &mut self.left_early,
        }
    }
}

impl Session {
    /// The attendance taken on `day`, if any.
    pub fn attendance_day(&self, day: u8) -> Option<&AttendanceDay> {
        self.facilitation.attendance.iter().find(|d| d.day == day)
    }

    /// Where `name` stands on `day`.
    pub fn presence(&self, day: u8, name: &str) -> Presence {
        self.attendance_day(day)
            .map_or(Presence::NotRecorded, |d| d.presence(name))
    }

    /// The attendance record of `day`, made (dated `now`) when none was taken yet; days stay in order.
    pub(super) fn attendance_day_mut(
        &mut self,
        day: u8,
        now: DateTime<FixedOffset>,
    ) -> &mut AttendanceDay {
        let days = &mut self.facilitation.attendance;
        let i = match days.iter().position(|d| d.day == day) {
            Some(i) => i,
            None => {
                days.push(AttendanceDay {
                    day,
                    date: Some(now.date_naive()),
                    ..AttendanceDay::default()
                });
                days.sort_by_key(|d| d.day);
                days.iter().position(|d| d.day == day).unwrap_or(0)
            }
        };
        &mut days[i]
    }

    /// Marks every listed participant present on `day` (one line on the timeline). Returns how many
    /// were not marked present before; 0 changes nothing.
    pub fn mark_all_present(&mut self, day: u8, now: DateTime<FixedOffset>, by: &str) -> usize {
        let missing: Vec<String> = self
            .participants
            .iter()
            .map(|p| p.name.clone())
            .filter(|n| !self.present_on(day).contains(n))
            .collect();
        if missing.is_empty() {
            return 0;
        }
        let count = missing.len();
        self.attendance_day_mut(day, now).present.extend(missing);
        let summary = t!("attendance-timeline-all-present", count = count, day = day);
        self.record(now, by, TimelineKind::Participant, summary, None);
        count
    }

    /// Marks `name` late (or as leaving early) on `day`, or takes the mark back (`on` false). Someone
    /// late or leaving early was there, so the mark also makes them present. Returns false when nothing
    /// changed.
    pub fn set_lateness(
        &mut self,
        day: u8,
        name: &str,
        (which, on): (Lateness, bool),
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let record = self.attendance_day_mut(day, now);
        let list = record.list_mut(which);
        let has = list.iter().any(|n| n == name);
        if has == on {
            return false;
        }
        if on {
            list.push(name.to_string());
            if !record.present.iter().any(|n| n == name) {
                record.present.push(name.to_string());
            }
        } else {
            list.retain(|n| n != name);
        }
        let summary = match (which, on) {
            (Lateness::Late, true) => t!("attendance-timeline-late", name = name, day = day),
            (Lateness::Late, false) => t!("attendance-timeline-not-late", name = name, day = day),
            (Lateness::LeftEarly, true) => {
                t!("attendance-timeline-left-early", name = name, day = day)
            }
            (Lateness::LeftEarly, false) => {
                t!("attendance-timeline-not-left-early", name = name, day = day)
            }
        };
        self.record(now, by, TimelineKind::Participant, summary, None);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Participant;

    fn at(secs: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
            + chrono::Duration::seconds(secs)
    }

    fn session() -> Session {
        let mut s = Session::default();
        for n in ["Ana", "Ben", "Chen"] {
            s.participants.push(Participant::named(n));
        }
        s
    }

    #[test]
    fn everyone_present_in_one_go_once() {
        let mut s = session();
        assert!(s.set_present(1, "Ben", true, at(0), "f"));
        assert_eq!(s.mark_all_present(1, at(10), "f"), 2);
        assert_eq!(s.present_on(1), ["Ben", "Ana", "Chen"]);
        assert_eq!(
            s.mark_all_present(1, at(20), "f"),
            0,
            "nothing left to mark"
        );
        let logged = s.timeline.iter().filter(|e| e.summary.contains("day 1"));
        assert_eq!(logged.count(), 2, "one line for Ben, one for the rest");
        assert_eq!(s.presence(2, "Ana"), Presence::NotRecorded);
    }

    #[test]
    fn late_and_left_early_make_present_and_absent_clears_them() {
        let mut s = session();
        let late = (Lateness::Late, true);
        assert!(s.set_lateness(2, "Chen", late, at(0), "f"));
        assert!(!s.set_lateness(2, "Chen", late, at(0), "f"));
        assert_eq!(
            s.presence(2, "Chen"),
            Presence::Present {
                late: true,
                left_early: false
            }
        );
        assert!(s.set_lateness(2, "Chen", (Lateness::LeftEarly, true), at(5), "f"));
        assert_eq!(s.presence(2, "Chen").word(), "late, left early");
        assert!(s.set_lateness(2, "Chen", (Lateness::Late, false), at(6), "f"));
        assert_eq!(s.presence(2, "Chen").word(), "left early");
        assert_eq!(s.presence(2, "Ana"), Presence::Absent);
        assert!(s.set_present(2, "Chen", false, at(9), "f"));
        assert_eq!(s.presence(2, "Chen"), Presence::Absent);
        let day = s.attendance_day(2).unwrap();
        assert!(day.late.is_empty() && day.left_early.is_empty());
    }
}

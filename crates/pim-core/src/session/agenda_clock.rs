//! The day's plan against the real clock: where each item of a training day really started and ended,
//! where the rest now falls, and how far behind or ahead the day runs ("11:20 — 35 min behind; lunch
//! moves to 13:05").
//!
//! Pure: the agenda day, the timers' records and `now` come in; nothing here reads a clock. Times are
//! seconds from the midnight that starts the day (past midnight they go on counting).

use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};

use super::agenda::{AgendaRecord, ModuleRecord};
use super::agenda_shape::{AgendaDay, ItemKind};
use crate::t;

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotState {
    /// Finished (a module marked done; a break or lunch once a later module has started).
    Done,
    /// Its timer runs.
    Running,
    /// Started, then paused, not finished.
    Paused,
    /// Not reached yet.
    Waiting,
}

/// One item's place in the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockSlot {
    pub id: String,
    pub kind: ItemKind,
    /// As planned: the day's start plus the planned lengths before it.
    pub planned_start: i64,
    pub planned_end: i64,
    /// As it happened (a real start or end) or as it now falls.
    pub start: i64,
    pub end: i64,
    pub state: SlotState,
    /// Seconds its timer counted (a module's; 0 for a free item).
    pub actual_secs: u64,
}

impl ClockSlot {
    /// Seconds it starts later (positive) or earlier than planned.
    pub fn start_drift(&self) -> i64 {
        self.start.saturating_sub(self.planned_start)
    }
}

/// A training day against the clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayClock {
    pub day: u8,
    pub slots: Vec<ClockSlot>,
    /// The day is being run now (its date is today, or one of its modules was started today): items
    /// not reached cannot start before `now`.
    pub live: bool,
    /// Now, in the day's seconds.
    pub now: i64,
    /// The day's start, in the day's seconds.
    pub start: i64,
}

impl DayClock {
    pub fn planned_end(&self) -> i64 {
        self.slots.last().map_or(self.start, |s| s.planned_end)
    }

    pub fn expected_end(&self) -> i64 {
        self.slots.iter().map(|s| s.end).max().unwrap_or(self.start)
    }

    /// Seconds the day is expected to end later (positive) or earlier than planned.
    pub fn drift(&self) -> i64 {
        self.expected_end().saturating_sub(self.planned_end())
    }

    /// Seconds the day runs behind (positive) or ahead, at the first item not finished: how late the
    /// one running (or paused) will end, or how late the next one will start.
    pub fn behind(&self) -> i64 {
        match self.slots.iter().find(|s| s.state != SlotState::Done) {
            Some(s) if s.state == SlotState::Waiting => s.start_drift(),
            Some(s) => s.end.saturating_sub(s.planned_end),
            None => self.drift(),
        }
    }

    /// The next break or lunch not reached yet.
    pub fn next_pause(&self) -> Option<&ClockSlot> {
        self.slots
            .iter()
            .find(|s| s.kind.is_pause() && s.state == SlotState::Waiting)
    }

    /// The sentence for the day at the clock: "11:20 — 35 min behind; Lunch moves to 13:05", or
    /// `None` when the day is not being run now. `title` names an item by its id.
    pub fn status(&self, title: impl Fn(&str) -> String) -> Option<String> {
        if !self.live {
            return None;
        }
        let minutes = self.behind() / 60;
        let now = clock_time(self.now);
        let mut text = match minutes {
            0 => t!("agenda-clock-on-time", now = now),
            m if m > 0 => t!("agenda-clock-behind", now = now, minutes = m),
            m => t!("agenda-clock-ahead", now = now, minutes = -m),
        };
        if let Some(p) = self.next_pause()
            && p.start_drift() / 60 != 0
        {
            text.push_str(&t!(
                "agenda-clock-moves",
                title = title(&p.id),
                time = clock_time(p.start)
            ));
        }
        Some(text)
    }
}

/// `HH:MM` of a time in the day's seconds (past midnight wraps).
pub fn clock_time(secs: i64) -> String {
    let s = secs.rem_euclid(86_400);
    format!("{:02}:{:02}", s / 3600, (s / 60) % 60)
}

/// The day's plan against the clock: each item from its real start (a module whose timer was started)
/// or from the end of the one before; finished modules end when they were marked done, a running one
/// when its time left runs out from `now`; on a live day nothing not reached starts before `now`.
pub fn clock_plan(
    day: &AgendaDay<'_>,
    record: &AgendaRecord,
    now: DateTime<FixedOffset>,
) -> DayClock {
    let when = When::of(day, record, now);
    let start = i64::from(day.start.num_seconds_from_midnight());
    let mut planned = start;
    let mut t = start;
    let mut slots = Vec::with_capacity(day.items.len());
    for (n, item) in day.items.iter().enumerate() {
        let len = i64::from(item.minutes) * 60;
        let planned_start = planned;
        planned = planned.saturating_add(len);
        let rec = (item.kind == ItemKind::Module)
            .then(|| record.modules.get(&item.id))
            .flatten();
        // The first later module that really started: a break before it is over.
        let later_start = day.items[n + 1..].iter().find_map(|i| {
            record
                .modules
                .get(&i.id)
                .and_then(|r| r.started.filter(|_| r.elapsed(now) > 0 || r.is_running()))
                .map(|s| when.at(s))
        });
        let (state, s, e, actual) = match rec {
            Some(r) => when.module(r, len, t),
            None if item.kind != ItemKind::Module && later_start.is_some() => {
                let e = t.saturating_add(len).min(later_start.unwrap_or(i64::MAX));
                (SlotState::Done, t, e.max(t), 0)
            }
            None => {
                let s = if when.live { t.max(when.now) } else { t };
                (SlotState::Waiting, s, s.saturating_add(len), 0)
            }
        };
        slots.push(ClockSlot {
            id: item.id.clone(),
            kind: item.kind,
            planned_start,
            planned_end: planned,
            start: s,
            end: e,
            state,
            actual_secs: actual,
        });
        t = e;
    }
    DayClock {
        day: day.day,
        slots,
        live: when.live,
        now: when.now,
        start,
    }
}

/// The clock a day is read against: its midnight, now in its seconds, whether it is run now.
struct When {
    base: NaiveDate,
    now: i64,
    live: bool,
    moment: DateTime<FixedOffset>,
}

impl When {
    fn of(day: &AgendaDay<'_>, record: &AgendaRecord, now: DateTime<FixedOffset>) -> Self {
        let records = || day.items.iter().filter_map(|i| record.modules.get(&i.id));
        let started_today = records().any(|r| {
            r.is_running()
                || r.started
                    .is_some_and(|s| s.date_naive() == now.date_naive())
        });
        let live = day.date == Some(now.date_naive()) || (day.date.is_none() && started_today);
        // The day's midnight: its date, else the date its first module started, else today.
        let base = day
            .date
            .or_else(|| {
                records()
                    .filter_map(|r| r.started)
                    .map(|s| s.date_naive())
                    .min()
            })
            .unwrap_or(now.date_naive());
        When {
            base,
            now: secs_in_day(base, now),
            live,
            moment: now,
        }
    }

    fn at(&self, t: DateTime<FixedOffset>) -> i64 {
        secs_in_day(self.base, t)
    }

    /// A module's state, start, end and seconds counted, its planned length `len`, the one before it
    /// ending at `t`.
    fn module(&self, r: &ModuleRecord, len: i64, t: i64) -> (SlotState, i64, i64, u64) {
        let actual = r.elapsed(self.moment);
        let planned_len = len.saturating_add(secs(r.extended_secs));
        let remaining = planned_len.saturating_sub(secs(actual)).max(0);
        let s = r.started.map_or(t, |s| self.at(s));
        if r.done {
            let e = r
                .finished
                .map_or(s.saturating_add(secs(actual)), |f| self.at(f));
            (SlotState::Done, s, e.max(s), actual)
        } else if r.is_running() {
            (
                SlotState::Running,
                s,
                self.now.saturating_add(remaining),
                actual,
            )
        } else if actual > 0 {
            let from = if self.live { self.now.max(t) } else { t };
            (SlotState::Paused, s, from.saturating_add(remaining), actual)
        } else {
            let s = if self.live { t.max(self.now) } else { t };
            (SlotState::Waiting, s, s.saturating_add(planned_len), actual)
        }
    }
}

/// Seconds as an `i64`, saturated.
fn secs(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

/// A moment in the seconds of the day that starts at `base`'s midnight (in the moment's own offset).
fn secs_in_day(base: NaiveDate, t: DateTime<FixedOffset>) -> i64 {
    let days = (t.date_naive() - base).num_days();
    days.saturating_mul(86_400)
        .saturating_add(i64::from(t.time().num_seconds_from_midnight()))
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime};

    use super::*;
    use crate::session::agenda_shape::AgendaItem;

    /// 2026-12-01 at `hh:mm` (Amman time).
    fn at(hh: u32, mm: u32) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-12-01T{hh:02}:{mm:02}:00+03:00")).unwrap()
    }

    fn hm(secs: i64) -> String {
        clock_time(secs)
    }

    fn item(id: &str, kind: ItemKind, minutes: u32) -> AgendaItem<'static> {
        AgendaItem {
            id: id.into(),
            kind,
            day: 1,
            title: id.into(),
            minutes,
            module: None,
        }
    }

    /// 08:30 opening 30, matrix 90, coffee 15, principles 60, lunch 60, process 45.
    fn day(date: Option<NaiveDate>) -> AgendaDay<'static> {
        AgendaDay {
            day: 1,
            date,
            start: NaiveTime::from_hms_opt(8, 30, 0).unwrap(),
            items: vec![
                item("opening", ItemKind::Module, 30),
                item("matrix", ItemKind::Module, 90),
                item("coffee", ItemKind::Break, 15),
                item("principles", ItemKind::Module, 60),
                item("lunch", ItemKind::Lunch, 60),
                item("process", ItemKind::Module, 45),
            ],
        }
    }

    fn done(start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> ModuleRecord {
        ModuleRecord {
            elapsed_secs: (end - start).num_seconds() as u64,
            done: true,
            started: Some(start),
            finished: Some(end),
            ..Default::default()
        }
    }

    fn running(start: DateTime<FixedOffset>) -> ModuleRecord {
        let mut r = ModuleRecord::default();
        r.start(start);
        r
    }

    #[test]
    fn untouched_day_is_the_plan() {
        let plan = clock_plan(&day(None), &AgendaRecord::default(), at(7, 0));
        assert!(!plan.live, "nothing started, no date");
        let starts: Vec<String> = plan.slots.iter().map(|s| hm(s.start)).collect();
        assert_eq!(
            starts,
            ["08:30", "09:00", "10:30", "10:45", "11:45", "12:45"]
        );
        assert_eq!(hm(plan.planned_end()), "13:30");
        assert_eq!(plan.drift(), 0);
        assert_eq!(plan.status(|id| id.to_string()), None, "not run today");
    }

    #[test]
    fn a_late_start_and_a_long_module_move_lunch() {
        // Opening started at 08:42 and took 38 minutes; the Matrix has run since 09:20.
        let mut rec = AgendaRecord::default();
        rec.modules
            .insert("opening".into(), done(at(8, 42), at(9, 20)));
        rec.modules.insert("matrix".into(), running(at(9, 20)));
        let plan = clock_plan(&day(None), &rec, at(11, 20));
        assert!(plan.live, "a module was started today");
        let s = &plan.slots;
        assert_eq!(
            (hm(s[0].start), hm(s[0].end)),
            ("08:42".into(), "09:20".into())
        );
        assert_eq!(s[0].state, SlotState::Done);
        // The Matrix has used its 90 minutes and two more: it ends no earlier than now.
        assert_eq!(s[1].state, SlotState::Running);
        assert_eq!(
            (hm(s[1].start), hm(s[1].end)),
            ("09:20".into(), "11:20".into())
        );
        // Coffee cannot start before now; principles and lunch follow.
        assert_eq!(hm(s[2].start), "11:20");
        assert_eq!(hm(s[3].start), "11:35");
        assert_eq!(hm(s[4].start), "12:35");
        assert_eq!(
            plan.behind(),
            50 * 60,
            "the Matrix was planned to end at 10:30"
        );
        assert_eq!(plan.drift(), 50 * 60);
        assert_eq!(
            plan.status(|id| id.to_string()).unwrap(),
            "11:20 — 50 min behind; coffee moves to 11:20"
        );
    }

    #[test]
    fn behind_at_the_next_item_when_nothing_runs() {
        // Opening and the Matrix done by 10:15 (15 min early); at 10:40 nobody has started coffee.
        let mut rec = AgendaRecord::default();
        rec.modules
            .insert("opening".into(), done(at(8, 30), at(9, 0)));
        rec.modules
            .insert("matrix".into(), done(at(9, 0), at(10, 15)));
        let plan = clock_plan(&day(Some(at(0, 0).date_naive())), &rec, at(10, 40));
        assert!(plan.live, "dated today");
        // Coffee was planned at 10:30: now it can only begin at 10:40.
        assert_eq!(hm(plan.slots[2].start), "10:40");
        assert_eq!(plan.behind(), 10 * 60);
        assert_eq!(hm(plan.next_pause().unwrap().start), "10:40");
        // At 10:20 the day runs 10 minutes ahead.
        let early = clock_plan(&day(Some(at(0, 0).date_naive())), &rec, at(10, 20));
        assert_eq!(early.behind(), -10 * 60);
        assert_eq!(
            early.status(|id| id.to_uppercase()).unwrap(),
            "10:20 — 10 min ahead; COFFEE moves to 10:20"
        );
    }

    #[test]
    fn a_break_is_over_once_the_next_module_started() {
        let mut rec = AgendaRecord::default();
        rec.modules
            .insert("opening".into(), done(at(8, 30), at(9, 0)));
        rec.modules
            .insert("matrix".into(), done(at(9, 0), at(10, 30)));
        rec.modules.insert("principles".into(), running(at(10, 40)));
        let plan = clock_plan(&day(None), &rec, at(11, 0));
        let coffee = &plan.slots[2];
        assert_eq!(coffee.state, SlotState::Done);
        assert_eq!(
            (hm(coffee.start), hm(coffee.end)),
            ("10:30".into(), "10:40".into())
        );
        // Principles from 10:40 for 60 minutes: lunch at 11:40, 5 minutes early.
        assert_eq!(hm(plan.slots[4].start), "11:40");
        assert_eq!(plan.behind(), -5 * 60);
        assert_eq!(
            plan.status(|id| id.to_string()).unwrap(),
            "11:00 — 5 min ahead; lunch moves to 11:40"
        );
    }

    #[test]
    fn a_skipped_module_is_still_to_come() {
        // The Matrix was never started, yet principles ran: the Matrix still waits, from now.
        let mut rec = AgendaRecord::default();
        rec.modules
            .insert("opening".into(), done(at(8, 30), at(9, 0)));
        rec.modules.insert("principles".into(), running(at(9, 0)));
        let plan = clock_plan(&day(None), &rec, at(9, 30));
        assert_eq!(plan.slots[1].state, SlotState::Waiting);
        assert_eq!(plan.slots[3].state, SlotState::Running);
        assert_eq!(plan.slots[2].state, SlotState::Done, "coffee is behind us");
    }

    #[test]
    fn another_day_is_arithmetic_and_on_time_says_so() {
        // Day 2 dated tomorrow: a plan from its own start, not from now.
        let tomorrow = NaiveDate::from_ymd_opt(2026, 12, 2);
        let plan = clock_plan(&day(tomorrow), &AgendaRecord::default(), at(15, 0));
        assert!(!plan.live);
        assert_eq!(hm(plan.slots[0].start), "08:30");
        // Today, at 08:30 sharp, nothing started: on time.
        let today = clock_plan(
            &day(Some(at(0, 0).date_naive())),
            &AgendaRecord::default(),
            at(8, 30),
        );
        assert_eq!(
            today.status(|id| id.to_string()).unwrap(),
            "08:30 — on time"
        );
    }

    #[test]
    fn a_paused_module_resumes_from_now_and_overnight_timers_saturate() {
        let mut rec = AgendaRecord::default();
        let mut m = running(at(8, 30));
        m.pause(at(8, 50));
        rec.modules.insert("opening".into(), m);
        let plan = clock_plan(&day(None), &rec, at(9, 0));
        // 20 of 30 minutes used, paused: 10 left from now.
        assert_eq!(plan.slots[0].state, SlotState::Paused);
        assert_eq!(hm(plan.slots[0].end), "09:10");
        // A timer running since yesterday evening counts past midnight without panicking.
        let mut rec = AgendaRecord::default();
        rec.modules.insert(
            "opening".into(),
            running(DateTime::parse_from_rfc3339("2026-11-30T17:00:00+03:00").unwrap()),
        );
        let plan = clock_plan(&day(None), &rec, at(8, 0));
        assert!(plan.live, "still running");
        assert!(plan.slots[0].end > 86_400, "{}", plan.slots[0].end);
    }
}

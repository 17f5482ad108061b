//! A training's agenda as it happens: which module is current and each module's timer (the day's plan
//! against the clock is [`super::agenda_clock`], the agenda's shape [`super::agenda_shape`]).
//!
//! Timers are a pure function of what was recorded and the time passed in (`now`): nothing here reads a
//! clock. A running timer stores when it was started; its elapsed time is the time stored before plus
//! `now - running_since`.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveTime};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::extra::Extra;

/// How far the agenda has come: the current module, each module's record, the day's start time.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct AgendaRecord {
    /// The module being taught (an agenda module id of the template).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// When each training day starts (default 09:00).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_start: Option<NaiveTime>,
    /// Ring the terminal bell when a timer runs out.
    pub bell: bool,
    /// Per module, keyed by agenda module id.
    pub modules: BTreeMap<String, ModuleRecord>,
    /// The exercise being timed within the current module (an exercise id of the template).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exercise: Option<String>,
    /// Per exercise, keyed by exercise id: its own timer, inside its module's time.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub exercises: BTreeMap<String, ModuleRecord>,
    /// The agenda as the facilitator shaped it (absent: the template's agenda). Read it through
    /// [`crate::session::Session::effective_agenda`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<super::agenda_records::AgendaShape>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

impl AgendaRecord {
    /// True when nothing was recorded (the file then leaves the field out).
    pub fn is_empty(&self) -> bool {
        self.current.is_none()
            && self.day_start.is_none()
            && !self.bell
            && self.modules.is_empty()
            && self.exercise.is_none()
            && self.exercises.is_empty()
            && self.shape.is_none()
            && self.extra.is_empty()
    }

    /// A module's record as it stands (an empty one for a module never timed).
    pub fn module(&self, id: &str) -> ModuleRecord {
        self.modules.get(id).cloned().unwrap_or_default()
    }

    /// When the days start.
    pub fn day_start(&self) -> NaiveTime {
        self.day_start.unwrap_or(DEFAULT_DAY_START)
    }
}

/// The default start of a training day.
pub const DEFAULT_DAY_START: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => NaiveTime::MIN,
};

/// The time taken by one module and its timer.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct ModuleRecord {
    /// Seconds counted before the timer was last started.
    pub elapsed_secs: u64,
    /// When the timer was started, while it runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_since: Option<DateTime<FixedOffset>>,
    /// Seconds added to the planned length with "extend".
    pub extended_secs: u64,
    /// The module is finished.
    pub done: bool,
    /// When its timer was first started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<DateTime<FixedOffset>>,
    /// When it was marked finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<DateTime<FixedOffset>>,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where a timer stands at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerPhase {
    /// Never started (or reset).
    Idle,
    /// Counting, time left.
    Running,
    /// Stopped with time left.
    Paused,
    /// Planned time used up (still counting when `running`).
    TimeUp { running: bool },
}

/// A timer read at one moment: everything a view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimerView {
    /// Planned length plus extensions, in seconds.
    pub planned_secs: u64,
    pub elapsed_secs: u64,
    /// Planned minus elapsed; negative once overrun.
    pub remaining_secs: i64,
    pub phase: TimerPhase,
}

impl ModuleRecord {
    /// Seconds counted at `now` (a clock that went backwards counts as no time).
    pub fn elapsed(&self, now: DateTime<FixedOffset>) -> u64 {
        let running = self
            .running_since
            .map_or(0, |since| (now - since).num_seconds().max(0) as u64);
        self.elapsed_secs.saturating_add(running)
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// The timer at `now`, for a module planned for `planned_minutes`.
    pub fn timer(&self, planned_minutes: u32, now: DateTime<FixedOffset>) -> TimerView {
        self.timer_secs(u64::from(planned_minutes) * 60, now)
    }

    /// The timer at `now`, for a length of `planned_secs` (a free timer counts seconds, not minutes).
    pub fn timer_secs(&self, planned_secs: u64, now: DateTime<FixedOffset>) -> TimerView {
        let planned_secs = planned_secs.saturating_add(self.extended_secs);
        let elapsed_secs = self.elapsed(now);
        let remaining_secs = (i128::from(planned_secs) - i128::from(elapsed_secs))
            .clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64;
        let running = self.is_running();
        let phase = if remaining_secs <= 0 && (running || elapsed_secs > 0) {
            TimerPhase::TimeUp { running }
        } else if running {
            TimerPhase::Running
        } else if elapsed_secs > 0 {
            TimerPhase::Paused
        } else {
            TimerPhase::Idle
        };
        TimerView {
            planned_secs,
            elapsed_secs,
            remaining_secs,
            phase,
        }
    }

    /// Starts (or resumes) the timer. Returns false when it was already running.
    pub fn start(&mut self, now: DateTime<FixedOffset>) -> bool {
        if self.running_since.is_some() {
            return false;
        }
        self.running_since = Some(now);
        self.started.get_or_insert(now);
        true
    }

    /// Pauses the timer, keeping the time counted. Returns false when it was not running.
    pub fn pause(&mut self, now: DateTime<FixedOffset>) -> bool {
        if self.running_since.is_none() {
            return false;
        }
        self.elapsed_secs = self.elapsed(now);
        self.running_since = None;
        true
    }

    /// Adds time to the planned length.
    pub fn extend(&mut self, secs: u64) {
        self.extended_secs = self.extended_secs.saturating_add(secs);
    }

    /// Back to zero: no time counted, no extension, stopped, not finished.
    pub fn reset(&mut self) {
        self.elapsed_secs = 0;
        self.running_since = None;
        self.extended_secs = 0;
        self.done = false;
        self.started = None;
        self.finished = None;
    }
}

/// `mm:ss` (or `h:mm:ss` from an hour), with a minus sign once overrun.
pub fn format_clock(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    let (h, m, s) = (s / 3600, (s / 60) % 60, s % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m:02}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T09:00:00+03:00").unwrap()
            + chrono::Duration::seconds(secs)
    }

    #[test]
    fn timer_counts_only_while_running() {
        let mut m = ModuleRecord::default();
        assert_eq!(m.timer(10, at(0)).phase, TimerPhase::Idle);
        assert_eq!(m.timer(10, at(500)).remaining_secs, 600);
        assert!(m.start(at(0)));
        assert!(!m.start(at(5)), "already running");
        let v = m.timer(10, at(90));
        assert_eq!((v.elapsed_secs, v.remaining_secs), (90, 510));
        assert_eq!(v.phase, TimerPhase::Running);
        assert!(m.pause(at(120)));
        assert!(!m.pause(at(130)));
        // Paused: time passing changes nothing.
        assert_eq!(m.timer(10, at(120)), m.timer(10, at(10_000)));
        assert_eq!(m.timer(10, at(10_000)).phase, TimerPhase::Paused);
        m.start(at(1000));
        assert_eq!(m.timer(10, at(1100)).elapsed_secs, 220);
        assert_eq!(m.started, Some(at(0)), "first start is kept");
    }

    #[test]
    fn time_up_extend_and_reset() {
        let mut m = ModuleRecord::default();
        m.start(at(0));
        assert_eq!(
            m.timer(1, at(60)).phase,
            TimerPhase::TimeUp { running: true }
        );
        assert_eq!(m.timer(1, at(75)).remaining_secs, -15);
        m.extend(300);
        let v = m.timer(1, at(75));
        assert_eq!((v.planned_secs, v.remaining_secs), (360, 285));
        assert_eq!(v.phase, TimerPhase::Running);
        m.pause(at(400));
        assert_eq!(
            m.timer(1, at(400)).phase,
            TimerPhase::TimeUp { running: false }
        );
        m.reset();
        assert_eq!(m, ModuleRecord::default());
    }

    #[test]
    fn clock_that_goes_backwards_counts_nothing() {
        let mut m = ModuleRecord::default();
        m.start(at(100));
        assert_eq!(m.elapsed(at(50)), 0);
    }

    #[test]
    fn clocks_and_times_of_day() {
        assert_eq!(format_clock(0), "00:00");
        assert_eq!(format_clock(605), "10:05");
        assert_eq!(format_clock(-65), "-01:05");
        assert_eq!(format_clock(3_725), "1:02:05");
    }
}

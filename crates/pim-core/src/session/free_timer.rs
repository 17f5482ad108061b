//! A free timer, in any session whatever its template: a countdown of a few minutes ("5 min" for a
//! buzz), or a countdown to a time of day ("back at 11:15" after a break). It is stored in the session,
//! so it goes on counting across a reopening.
//!
//! Its clock is a [`ModuleRecord`], read by the same rule as a module's timer ([`ModuleRecord::timer_secs`]);
//! nothing here reads a clock: `now` is passed in.

use chrono::{DateTime, Duration, FixedOffset, NaiveTime};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::agenda::{ModuleRecord, TimerView};
use super::extra::Extra;
use crate::t;

/// The longest free timer, in minutes (twelve hours: anything longer is a typing slip).
pub const MAX_FREE_MINUTES: u32 = 12 * 60;

/// How long after its end a free timer that nobody stopped is still shown: an hour. After that it is
/// over (a break timer left running overnight does not greet the room with "TIME UP -14:20:02").
pub const FREE_OVERRUN_SHOWN_SECS: i64 = 60 * 60;

/// The free timer of a session.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct FreeTimer {
    /// What it times, as the facilitator wrote it ("Coffee break"); may be empty.
    pub label: String,
    /// The time of day it counts down to, when it was set as "back at"; none for a countdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveTime>,
    /// Its length in seconds, from when it was set.
    pub planned_secs: u64,
    /// Its clock, kept as a module's timer is.
    pub record: ModuleRecord,
    /// Fields written by a newer pim-workshop, kept as they are.
    #[serde(flatten)]
    pub extra: Extra,
}

/// What the facilitator asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FreeTimerSpec {
    /// A countdown of this many minutes.
    Minutes(u32),
    /// A countdown to this time of day.
    Until(NaiveTime),
}

/// Why a free timer cannot be set from what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FreeTimerProblem {
    #[error("{}", t!("free-timer-unreadable", text = .0.as_str()))]
    Unreadable(String),
    #[error("{}", t!("free-timer-zero"))]
    Zero,
    #[error("{}", t!("free-timer-too-long", max = MAX_FREE_MINUTES / 60))]
    TooLong,
    #[error("{}", t!("free-timer-passed", time = .0.format("%H:%M").to_string()))]
    Passed(NaiveTime),
}

/// Reads what the facilitator typed: a number of minutes (`5`, `5 min`, `5m`, `5 mn`) or a time of day
/// (`11:15`, `11h15`, `9:05`). Words before the number (`back at 11:15`, `à 11h15`) are passed over.
pub fn parse_spec(text: &str) -> Result<FreeTimerSpec, FreeTimerProblem> {
    let unreadable = || FreeTimerProblem::Unreadable(crate::display::one_line(text.trim()));
    let lower = text.trim().to_lowercase();
    let start = lower
        .find(|c: char| c.is_ascii_digit())
        .ok_or_else(unreadable)?;
    let rest = &lower[start..];
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let (number, tail) = rest.split_at(digits_end);
    let number: u32 = number.parse().map_err(|_| unreadable())?;
    let tail = tail.trim();
    if let Some(minutes) = tail.strip_prefix([':', 'h']).filter(|m| !m.is_empty()) {
        let minutes: u32 = minutes
            .trim()
            .parse()
            .ok()
            .filter(|_| minutes.trim().len() == 2)
            .ok_or_else(unreadable)?;
        return NaiveTime::from_hms_opt(number, minutes, 0)
            .map(FreeTimerSpec::Until)
            .ok_or_else(unreadable);
    }
    if !matches!(
        tail,
        "" | "m" | "mn" | "min" | "mins" | "minute" | "minutes"
    ) {
        return Err(unreadable());
    }
    match number {
        0 => Err(FreeTimerProblem::Zero),
        n if n > MAX_FREE_MINUTES => Err(FreeTimerProblem::TooLong),
        n => Ok(FreeTimerSpec::Minutes(n)),
    }
}

impl FreeTimer {
    /// A timer started at `now`. A time of day counts down to that time today (in `now`'s offset);
    /// one already passed is refused rather than taken for tomorrow.
    pub fn start(
        spec: FreeTimerSpec,
        label: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<FreeTimer, FreeTimerProblem> {
        let (planned_secs, until) = match spec {
            FreeTimerSpec::Minutes(0) => return Err(FreeTimerProblem::Zero),
            FreeTimerSpec::Minutes(m) if m > MAX_FREE_MINUTES => {
                return Err(FreeTimerProblem::TooLong);
            }
            FreeTimerSpec::Minutes(m) => (u64::from(m) * 60, None),
            FreeTimerSpec::Until(time) => {
                let today = now.date_naive().and_time(time);
                let secs = (today - now.naive_local()).num_seconds();
                if secs <= 0 {
                    return Err(FreeTimerProblem::Passed(time));
                }
                (secs as u64, Some(time))
            }
        };
        let mut record = ModuleRecord::default();
        record.start(now);
        Ok(FreeTimer {
            label: label.trim().to_string(),
            until,
            planned_secs,
            record,
            extra: Extra::new(),
        })
    }

    /// The timer at `now`.
    pub fn view(&self, now: DateTime<FixedOffset>) -> TimerView {
        self.record.timer_secs(self.planned_secs, now)
    }

    /// Whether it ended more than [`FREE_OVERRUN_SHOWN_SECS`] before `now`: then it is no longer shown.
    pub fn is_over(&self, now: DateTime<FixedOffset>) -> bool {
        self.view(now).remaining_secs < -FREE_OVERRUN_SHOWN_SECS
    }

    /// What was asked for, as it can be typed again: `15` or `11:15`.
    pub fn spec_text(&self) -> String {
        match self.until {
            Some(time) => time.format("%H:%M").to_string(),
            None => (self.planned_secs / 60).to_string(),
        }
    }

    /// When it ends, as a time of day in `now`'s offset ("back at" this).
    pub fn ends_at(&self, now: DateTime<FixedOffset>) -> NaiveTime {
        match self.until {
            Some(time) => time,
            None => {
                let started = self.record.started.unwrap_or(now);
                (started + Duration::seconds(self.planned_secs as i64))
                    .with_timezone(now.offset())
                    .time()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::agenda::TimerPhase;

    fn at(secs: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T11:02:30+03:00").unwrap() + Duration::seconds(secs)
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn typed_lengths_and_times_of_day() {
        use FreeTimerSpec::*;
        assert_eq!(parse_spec("5"), Ok(Minutes(5)));
        assert_eq!(parse_spec(" 15 min "), Ok(Minutes(15)));
        assert_eq!(parse_spec("10m"), Ok(Minutes(10)));
        assert_eq!(parse_spec("20 MN"), Ok(Minutes(20)));
        assert_eq!(parse_spec("11:15"), Ok(Until(time(11, 15))));
        assert_eq!(parse_spec("back at 11:15"), Ok(Until(time(11, 15))));
        assert_eq!(parse_spec("à 9h05"), Ok(Until(time(9, 5))));
        assert_eq!(parse_spec("0"), Err(FreeTimerProblem::Zero));
        assert_eq!(parse_spec("721"), Err(FreeTimerProblem::TooLong));
        for bad in ["", "soon", "11:5", "25:00", "11:15:00", "5 hours", "12:60"] {
            assert!(
                matches!(parse_spec(bad), Err(FreeTimerProblem::Unreadable(_))),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn a_countdown_counts_down_and_runs_out() {
        let t = FreeTimer::start(FreeTimerSpec::Minutes(5), " Buzz ", at(0)).unwrap();
        assert_eq!(t.label, "Buzz");
        let v = t.view(at(90));
        assert_eq!((v.remaining_secs, v.phase), (210, TimerPhase::Running));
        let v = t.view(at(330));
        assert_eq!(v.remaining_secs, -30);
        assert_eq!(v.phase, TimerPhase::TimeUp { running: true });
        assert_eq!(t.spec_text(), "5");
        assert_eq!(
            t.ends_at(at(0)),
            NaiveTime::from_hms_opt(11, 7, 30).unwrap()
        );
    }

    #[test]
    fn back_at_counts_down_to_the_time_of_day() {
        let t = FreeTimer::start(FreeTimerSpec::Until(time(11, 15)), "", at(0)).unwrap();
        // Set at 11:02:30: 12 min 30 s to go; at 11:15:00 it is time.
        assert_eq!(t.view(at(0)).remaining_secs, 750);
        assert_eq!(t.view(at(750)).remaining_secs, 0);
        assert_eq!(t.spec_text(), "11:15");
        assert_eq!(t.ends_at(at(0)), time(11, 15));
        assert_eq!(
            FreeTimer::start(FreeTimerSpec::Until(time(11, 0)), "", at(0)),
            Err(FreeTimerProblem::Passed(time(11, 0))),
            "a time already passed is refused"
        );
        assert_eq!(
            FreeTimer::start(FreeTimerSpec::Minutes(0), "", at(0)),
            Err(FreeTimerProblem::Zero)
        );
    }
}

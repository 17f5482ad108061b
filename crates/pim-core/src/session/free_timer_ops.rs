//! Setting and stopping a session's free timer (the timer itself is in [`super::free_timer`]).

use chrono::{DateTime, FixedOffset};

use super::agenda::TimerView;
use super::free_timer::{FreeTimer, FreeTimerProblem, FreeTimerSpec};
use super::model::Session;

impl Session {
    /// Sets the free timer (replacing any), started at `now`.
    pub fn set_free_timer(
        &mut self,
        spec: FreeTimerSpec,
        label: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<(), FreeTimerProblem> {
        self.facilitation.free_timer = Some(FreeTimer::start(spec, label, now)?);
        self.updated = now;
        Ok(())
    }

    /// Stops and removes the free timer. Returns false when there was none.
    pub fn stop_free_timer(&mut self, now: DateTime<FixedOffset>) -> bool {
        if self.facilitation.free_timer.take().is_none() {
            return false;
        }
        self.updated = now;
        true
    }

    /// The free timer and its reading at `now`, while it is shown (set, and not over).
    pub fn free_timer(&self, now: DateTime<FixedOffset>) -> Option<(&FreeTimer, TimerView)> {
        let timer = self.facilitation.free_timer.as_ref()?;
        (!timer.is_over(now)).then(|| (timer, timer.view(now)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn at(secs: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-21T11:02:30+03:00").unwrap() + Duration::seconds(secs)
    }

    #[test]
    fn the_timer_survives_reopening_and_ends_an_hour_after_time_up() {
        let mut s = Session::default();
        s.set_free_timer(FreeTimerSpec::Minutes(10), "Coffee break", at(0))
            .unwrap();
        assert_eq!(s.updated, at(0));
        // Saved and read back (the app closed and reopened): it has gone on counting.
        let json = serde_json::to_string(&s).unwrap();
        let back: Session = serde_json::from_str(&json).unwrap();
        let (timer, view) = back.free_timer(at(240)).unwrap();
        assert_eq!(timer.label, "Coffee break");
        assert_eq!(view.remaining_secs, 360);
        // Shown until an hour after its end, then over.
        assert!(back.free_timer(at(600 + 3600)).is_some());
        assert!(back.free_timer(at(600 + 3601)).is_none());
        let mut back = back;
        assert!(back.stop_free_timer(at(5)));
        assert!(!back.stop_free_timer(at(6)));
        assert!(back.facilitation.is_empty(), "nothing left to store");
    }
}

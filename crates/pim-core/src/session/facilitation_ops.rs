//! What a facilitator does to a session: attendance, the agenda's timers and progress (the records
//! are in [`super::facilitation`]).

use chrono::{DateTime, FixedOffset};

use super::model::Session;
use super::timeline::TimelineKind;
use crate::t;

impl Session {
    /// The names present on a day.
    pub fn present_on(&self, day: u8) -> &[String] {
        self.facilitation
            .attendance
            .iter()
            .find(|d| d.day == day)
            .map_or(&[], |d| d.present.as_slice())
    }

    /// Marks a participant present or absent on a day. Returns false when nothing changed.
    pub fn set_present(
        &mut self,
        day: u8,
        name: &str,
        present: bool,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let record = self.attendance_day_mut(day, now);
        let has = record.present.iter().any(|n| n == name);
        if has == present {
            return false;
        }
        if present {
            record.present.push(name.to_string());
        } else {
            // Someone absent neither came late nor left early.
            record.forget(name);
        }
        let summary = if present {
            t!("session-present", name = name, day = day)
        } else {
            t!("session-absent", name = name, day = day)
        };
        self.record(now, by, TimelineKind::Participant, summary, None);
        true
    }

    /// Makes `module` the current one and starts its timer, pausing any other that runs (and the
    /// exercise of another module).
    pub fn start_module(&mut self, module: &str, now: DateTime<FixedOffset>) -> bool {
        let agenda = &mut self.facilitation.agenda;
        for (id, rec) in agenda.modules.iter_mut() {
            if id != module {
                rec.pause(now);
            }
        }
        if agenda.current.as_deref() != Some(module) {
            for rec in agenda.exercises.values_mut() {
                rec.pause(now);
            }
            agenda.exercise = None;
        }
        agenda.current = Some(module.to_string());
        let started = agenda
            .modules
            .entry(module.to_string())
            .or_default()
            .start(now);
        if started {
            self.updated = now;
        }
        started
    }

    /// Times `exercise` inside the current module: starts its timer (and the module's, if stopped),
    /// pausing any other exercise's.
    pub fn start_exercise(&mut self, exercise: &str, now: DateTime<FixedOffset>) -> bool {
        let agenda = &mut self.facilitation.agenda;
        let Some(current) = agenda.current.clone() else {
            return false;
        };
        for (id, rec) in agenda.exercises.iter_mut() {
            if id != exercise {
                rec.pause(now);
            }
        }
        agenda.exercise = Some(exercise.to_string());
        agenda.modules.entry(current).or_default().start(now);
        agenda
            .exercises
            .entry(exercise.to_string())
            .or_default()
            .start(now);
        self.updated = now;
        true
    }

    /// Stops timing the current exercise (its time is kept); the module's timer goes on.
    pub fn stop_exercise(&mut self, now: DateTime<FixedOffset>) -> bool {
        let agenda = &mut self.facilitation.agenda;
        let Some(ex) = agenda.exercise.take() else {
            return false;
        };
        if let Some(rec) = agenda.exercises.get_mut(&ex) {
            rec.pause(now);
        }
        self.updated = now;
        true
    }

    /// Pauses the current module's timer, and the exercise's. Returns false when none was running.
    pub fn pause_module(&mut self, now: DateTime<FixedOffset>) -> bool {
        let agenda = &mut self.facilitation.agenda;
        let Some(current) = agenda.current.clone() else {
            return false;
        };
        if let Some(ex) = agenda.exercise.clone()
            && let Some(rec) = agenda.exercises.get_mut(&ex)
        {
            rec.pause(now);
        }
        let paused = agenda
            .modules
            .get_mut(&current)
            .is_some_and(|m| m.pause(now));
        if paused {
            self.updated = now;
        }
        paused
    }

    /// Adds time to the timer in front: the current exercise's, else the current module's. Returns false
    /// when there is no current module.
    pub fn extend_module(&mut self, secs: u64, now: DateTime<FixedOffset>) -> bool {
        let Some(current) = self.facilitation.agenda.current.clone() else {
            return false;
        };
        self.extend_timer(&current, secs, now)
    }

    /// Adds time to `module`'s timer, or to its exercise's while it is the current module and one is
    /// timed.
    pub fn extend_timer(&mut self, module: &str, secs: u64, now: DateTime<FixedOffset>) -> bool {
        let agenda = &mut self.facilitation.agenda;
        match agenda
            .exercise
            .clone()
            .filter(|_| agenda.current.as_deref() == Some(module))
        {
            Some(ex) => agenda.exercises.entry(ex).or_default().extend(secs),
            None => agenda
                .modules
                .entry(module.to_string())
                .or_default()
                .extend(secs),
        }
        self.updated = now;
        true
    }

    /// Puts the timer in front (the current exercise's, else the current module's) back to zero.
    /// Returns false when there is no current module.
    pub fn reset_module(&mut self, now: DateTime<FixedOffset>) -> bool {
        let Some(current) = self.facilitation.agenda.current.clone() else {
            return false;
        };
        self.reset_timer(&current, now)
    }

    /// Puts `module`'s timer back to zero, or its exercise's while it is the current module and one is
    /// timed.
    pub fn reset_timer(&mut self, module: &str, now: DateTime<FixedOffset>) -> bool {
        let agenda = &mut self.facilitation.agenda;
        match agenda
            .exercise
            .clone()
            .filter(|_| agenda.current.as_deref() == Some(module))
        {
            Some(ex) => agenda.exercises.entry(ex).or_default().reset(),
            None => agenda
                .modules
                .entry(module.to_string())
                .or_default()
                .reset(),
        }
        self.updated = now;
        true
    }

    /// Resets `module`'s timer, as [`Session::reset_timer`], and notes on the timeline what was reset
    /// (`what`: the module's or exercise's title) and by whom, since recorded time is thrown away.
    pub fn reset_timer_noted(
        &mut self,
        module: &str,
        what: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        if !self.reset_timer(module, now) {
            return false;
        }
        let summary = t!("edit-timeline-timer-reset", what = what);
        self.record(
            now,
            by,
            TimelineKind::Status,
            summary,
            Some(module.to_string()),
        );
        true
    }

    /// Marks a module finished (stopping its timer) and logs how long it took against its plan.
    pub fn finish_module(
        &mut self,
        module: &str,
        title: &str,
        planned_minutes: u32,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let rec = self
            .facilitation
            .agenda
            .modules
            .entry(module.to_string())
            .or_default();
        if rec.done {
            return false;
        }
        rec.pause(now);
        rec.done = true;
        rec.finished = Some(now);
        let took = rec.elapsed_secs.div_ceil(60);
        if self.facilitation.agenda.current.as_deref() == Some(module) {
            let agenda = &mut self.facilitation.agenda;
            if let Some(ex) = agenda.exercise.take()
                && let Some(r) = agenda.exercises.get_mut(&ex)
            {
                r.pause(now);
            }
        }
        self.record(
            now,
            by,
            TimelineKind::Status,
            t!(
                "session-module-finished",
                title = title,
                took = took,
                planned = planned_minutes
            ),
            Some(module.to_string()),
        );
        true
    }

    /// The module whose timer runs, if one does (a file may hold several: the first).
    pub fn running_module(&self) -> Option<&str> {
        self.facilitation
            .agenda
            .modules
            .iter()
            .find(|(_, r)| r.is_running())
            .map(|(id, _)| id.as_str())
    }

    /// Stops every running timer (modules and exercises) as it stood at `at` (the moment the session
    /// was closed), keeping the time counted until then, and notes it on the timeline (`title`: the
    /// running module's title). A timer started after `at` counts nothing more. Returns false when
    /// none was running.
    pub fn stop_timers_at(
        &mut self,
        at: DateTime<FixedOffset>,
        title: &str,
        now: DateTime<FixedOffset>,
        by: &str,
    ) -> bool {
        let agenda = &mut self.facilitation.agenda;
        let mut stopped = false;
        for rec in agenda
            .modules
            .values_mut()
            .chain(agenda.exercises.values_mut())
        {
            if let Some(since) = rec.running_since {
                rec.pause(at.max(since));
                stopped = true;
            }
        }
        if stopped {
            let at = at.format("%H:%M").to_string();
            self.record(
                now,
                by,
                TimelineKind::Status,
                t!("agenda-timeline-stopped-at-close", title = title, at = at),
                None,
            );
        }
        stopped
    }

    /// Undoes "finished" on a module, keeping its time.
    pub fn reopen_module(&mut self, module: &str, now: DateTime<FixedOffset>, by: &str) -> bool {
        let Some(rec) = self.facilitation.agenda.modules.get_mut(module) else {
            return false;
        };
        if !rec.done {
            return false;
        }
        rec.done = false;
        rec.finished = None;
        self.record(
            now,
            by,
            TimelineKind::Status,
            t!("session-module-reopened", module = module),
            Some(module.to_string()),
        );
        true
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
    fn attendance_per_day() {
        let mut s = Session::default();
        assert!(s.set_present(2, "Ana", true, at(0), "f"));
        assert!(!s.set_present(2, "Ana", true, at(0), "f"));
        assert!(s.set_present(1, "Ben", true, at(0), "f"));
        assert_eq!(s.present_on(2), ["Ana".to_string()]);
        assert_eq!(s.facilitation.attendance[0].day, 1, "days kept in order");
        assert!(s.set_present(2, "Ana", false, at(0), "f"));
        assert!(s.present_on(2).is_empty());
    }

    #[test]
    fn one_timer_runs_at_a_time_and_finishing_logs_the_time() {
        let mut s = Session::default();
        s.start_module("a", at(0));
        s.start_module("b", at(600));
        let a = &s.facilitation.agenda.modules["a"];
        assert!(!a.is_running());
        assert_eq!(a.elapsed_secs, 600);
        assert_eq!(s.facilitation.agenda.current.as_deref(), Some("b"));
        assert!(s.pause_module(at(700)));
        assert!(!s.pause_module(at(800)));
        assert!(s.extend_module(300, at(800)));
        assert!(s.finish_module("b", "Bee", 5, at(900), "f"));
        assert!(!s.finish_module("b", "Bee", 5, at(900), "f"));
        let last = &s.timeline.last().unwrap().summary;
        assert!(last.contains("2 min of 5 planned"), "{last}");
        assert!(s.reopen_module("b", at(1000), "f"));
        assert!(s.reset_module(at(1000)));
        assert_eq!(s.facilitation.agenda.modules["b"].elapsed_secs, 0);
    }

    #[test]
    fn exercise_timers_run_inside_their_module() {
        let mut s = Session::default();
        assert!(!s.start_exercise("ex", at(0)), "needs a current module");
        s.start_module("m", at(0));
        assert!(s.start_exercise("ex", at(60)));
        assert!(s.extend_module(300, at(60)));
        let a = &s.facilitation.agenda;
        assert_eq!(
            a.exercises["ex"].extended_secs, 300,
            "extend goes to the exercise"
        );
        assert_eq!(a.modules["m"].extended_secs, 0);
        assert!(s.pause_module(at(120)));
        let a = &s.facilitation.agenda;
        assert_eq!(a.exercises["ex"].elapsed_secs, 60);
        assert_eq!(a.modules["m"].elapsed_secs, 120);
        s.start_module("m", at(200));
        assert_eq!(
            s.facilitation.agenda.exercise.as_deref(),
            Some("ex"),
            "same module keeps it"
        );
        assert!(s.stop_exercise(at(260)));
        assert!(s.facilitation.agenda.exercise.is_none());
        assert!(s.reset_module(at(260)));
        assert_eq!(
            s.facilitation.agenda.modules["m"].elapsed_secs, 0,
            "reset goes to the module"
        );
        assert_eq!(s.facilitation.agenda.exercises["ex"].elapsed_secs, 60);
        s.start_exercise("ex", at(300));
        s.start_module("other", at(400));
        assert!(
            s.facilitation.agenda.exercise.is_none(),
            "another module drops the exercise"
        );
        assert!(!s.facilitation.agenda.exercises["ex"].is_running());
    }
}

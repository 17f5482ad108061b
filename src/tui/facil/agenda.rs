//! The agenda screen: modules by day, their timers and the day's plan.

use super::common::*;
use super::views::*;
use crate::session::agenda::TimerPhase;
use crate::t;
use crate::tui::ctx::Ctx;
use crate::tui::form::{Field, Form, FormPurpose};
use crate::tui::keys::Command;
use crate::tui::library::NoticeKind;
use crate::tui::msg::Effect;
use crate::tui::screens::Screen;

pub(super) fn open_agenda(screen: &Screen, cx: &mut Ctx) -> Vec<Effect> {
    if matches!(screen, Screen::Facil(f) if matches!(f.as_ref(), FacilScreen::Agenda(_))) {
        return Vec::new();
    }
    if agenda(&cx.pack, cx.open.as_ref()).is_empty() {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-agenda"));
        return Vec::new();
    }
    let cursor = cx
        .open
        .as_ref()
        .and_then(|w| w.session.facilitation.agenda.current.clone())
        .and_then(|id| {
            agenda(&cx.pack, cx.open.as_ref())
                .iter()
                .position(|m| m.id == id)
        })
        .unwrap_or(0);
    cx.push(Screen::Facil(Box::new(FacilScreen::Agenda(AgendaView {
        cursor,
        scroll: 0,
    }))));
    Vec::new()
}

/// Start or pause the current module's timer; with no current module, start the one under the agenda's
/// cursor (or the first one not finished).
pub(super) fn toggle_timer(screen: &Screen, cx: &mut Ctx) -> Vec<Effect> {
    if agenda(&cx.pack, cx.open.as_ref()).is_empty() {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-timers"));
        return Vec::new();
    }
    if read_only(cx) {
        return Vec::new();
    }
    let now = cx.clock.now;
    let chosen = match screen {
        Screen::Facil(f) => match f.as_ref() {
            FacilScreen::Agenda(a) => agenda(&cx.pack, cx.open.as_ref())
                .get(a.cursor)
                .map(|m| m.id.clone()),
            _ => None,
        },
        _ => None,
    };
    let fallback = cx.open.as_ref().and_then(|w| {
        agenda(&cx.pack, cx.open.as_ref())
            .iter()
            .find(|m| {
                !w.session
                    .facilitation
                    .agenda
                    .modules
                    .get(&m.id)
                    .is_some_and(|r| r.done)
            })
            .map(|m| m.id.clone())
    });
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let current = w.session.facilitation.agenda.current.clone();
    let exercise = w.session.facilitation.agenda.exercise.clone();
    let running = match &exercise {
        Some(ex) => w
            .session
            .facilitation
            .agenda
            .exercises
            .get(ex)
            .is_some_and(|r| r.is_running()),
        None => current
            .as_ref()
            .and_then(|c| w.session.facilitation.agenda.modules.get(c))
            .is_some_and(|r| r.is_running()),
    };
    if running {
        w.session.pause_module(now);
    } else {
        let Some(id) = current.or(chosen).or(fallback) else {
            return Vec::new();
        };
        w.session.start_module(&id, now);
        if let Some(ex) = exercise {
            w.session.start_exercise(&ex, now);
        }
    }
    changed(cx)
}

pub(super) fn on_agenda(view: &mut AgendaView, command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let len = agenda(&cx.pack, cx.open.as_ref()).len();
    let cursor_day = agenda(&cx.pack, cx.open.as_ref())
        .get(view.cursor)
        .map_or(1, |m| m.day);
    match command {
        Command::Up => {
            view.cursor = view.cursor.saturating_sub(1);
            view.scroll = 0;
        }
        Command::Down => {
            view.cursor = (view.cursor + 1).min(len.saturating_sub(1));
            view.scroll = 0;
        }
        Command::ScrollDown => view.scroll = view.scroll.saturating_add(5),
        Command::ScrollUp => view.scroll = view.scroll.saturating_sub(5),
        Command::Open => return start_at_cursor(view.cursor, cx),
        Command::NextExercise => return next_exercise(view.cursor, cx),
        Command::ExtendTimer | Command::ResetTimer => return extend_or_reset(command, cx),
        Command::MarkDone => return mark_done(view, len, cx),
        Command::Bell => return toggle_bell(cx),
        Command::DayStart => return day_start_form(cx),
        Command::Attendance => {
            let day = cursor_day;
            cx.push(Screen::Facil(Box::new(FacilScreen::Attendance(
                AttendanceView { day, cursor: 0 },
            ))));
        }
        Command::DaySummary => {
            let day = cursor_day;
            cx.push(Screen::Facil(Box::new(FacilScreen::Summary(SummaryView {
                day,
                scroll: 0,
            }))));
        }
        _ => {}
    }
    Vec::new()
}

fn start_at_cursor(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    let Some(id) = agenda(&cx.pack, cx.open.as_ref())
        .get(cursor)
        .map(|m| m.id.clone())
    else {
        return Vec::new();
    };
    if let Some(w) = cx.open.as_mut() {
        w.session.start_module(&id, now);
    }
    changed(cx)
}

fn next_exercise(cursor: usize, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    let Some(module) = agenda(&cx.pack, cx.open.as_ref()).get(cursor).cloned() else {
        return Vec::new();
    };
    if module.exercises.is_empty() {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-exercise"));
        return Vec::new();
    }
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let agenda_rec = &w.session.facilitation.agenda;
    let is_current = agenda_rec.current.as_deref() == Some(module.id.as_str());
    let position = agenda_rec
        .exercise
        .as_ref()
        .filter(|_| is_current)
        .and_then(|ex| module.exercises.iter().position(|e| e == ex));
    if !is_current {
        w.session.start_module(&module.id, now);
    }
    match position.map_or(Some(0), |p| {
        (p + 1 < module.exercises.len()).then_some(p + 1)
    }) {
        Some(next) => {
            w.session.start_exercise(&module.exercises[next], now);
        }
        None => {
            w.session.stop_exercise(now);
        }
    }
    changed(cx)
}

fn extend_or_reset(command: Command, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    // A running timer is never thrown away by one stray key: pause first.
    let running = cx.open.as_ref().is_some_and(|w| {
        active_timer(&cx.pack, &w.session, now).is_some_and(|a| {
            matches!(
                a.timer.phase,
                TimerPhase::Running | TimerPhase::TimeUp { running: true }
            )
        })
    });
    if command == Command::ResetTimer && running {
        notice(cx, NoticeKind::Info, t!("facil-notice-timer-running"));
        return Vec::new();
    }
    if command == Command::ResetTimer {
        // Recorded time is thrown away by a reset: ask first, naming what is reset.
        let what = cx
            .open
            .as_ref()
            .and_then(|w| active_timer(&cx.pack, &w.session, now).map(|a| a.title().to_string()));
        let Some(what) = what else {
            notice(cx, NoticeKind::Info, t!("facil-notice-no-current"));
            return Vec::new();
        };
        let question = t!("edit-reset-timer", what = crate::display::one_line(&what));
        *cx.form = Some(crate::tui::form::Form::question(
            &question,
            crate::tui::form::Confirmation::ResetTimer,
        ));
        return Vec::new();
    }
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    if !w.session.extend_module(EXTEND_SECS, now) {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-current"));
        return Vec::new();
    }
    changed(cx)
}

/// The reset, once confirmed: the timer in front back to zero, with a timeline note.
pub fn reset_timer(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    if read_only(cx) {
        return Vec::new();
    }
    let pack = std::sync::Arc::clone(&cx.pack);
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let what = active_timer(&pack, &w.session, now)
        .map(|a| a.title().to_string())
        .unwrap_or_default();
    let by = w.by.clone();
    if !w.session.reset_module_noted(&what, now, &by) {
        notice(cx, NoticeKind::Info, t!("facil-notice-no-current"));
        return Vec::new();
    }
    changed(cx)
}

fn mark_done(view: &mut AgendaView, len: usize, cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let cursor = view.cursor;
    if read_only(cx) {
        return Vec::new();
    }
    let Some(module) = agenda(&cx.pack, cx.open.as_ref()).get(cursor).cloned() else {
        return Vec::new();
    };
    let Some(w) = cx.open.as_mut() else {
        return Vec::new();
    };
    let by = w.by.clone();
    if !w
        .session
        .finish_module(&module.id, &module.title, module.minutes, now, &by)
    {
        w.session.reopen_module(&module.id, now, &by);
    } else {
        view.cursor = (cursor + 1).min(len.saturating_sub(1));
    }
    changed(cx)
}

fn toggle_bell(cx: &mut Ctx) -> Vec<Effect> {
    let now = cx.clock.now;
    let Some(w) = cx.writable() else {
        return Vec::new();
    };
    let bell = &mut w.session.facilitation.agenda.bell;
    *bell = !*bell;
    let on = *bell;
    w.session.updated = now;
    notice(
        cx,
        NoticeKind::Info,
        if on {
            t!("facil-notice-bell-on")
        } else {
            t!("facil-notice-bell-off")
        },
    );
    changed(cx)
}

fn day_start_form(cx: &mut Ctx) -> Vec<Effect> {
    if read_only(cx) {
        return Vec::new();
    }
    let start = cx
        .open
        .as_ref()
        .map(|w| w.session.facilitation.agenda.day_start())
        .unwrap_or(crate::session::agenda::DEFAULT_DAY_START);
    *cx.form = Some(Form::new(
        &t!("facil-form-day-start-title"),
        FormPurpose::DayStart,
        vec![Field::text(
            FacilField::Start,
            &t!("facil-form-start-time"),
            &t!("facil-form-start-time-hint"),
            &start.format("%H:%M").to_string(),
            true,
        )],
    ));
    Vec::new()
}
